// Pincite's settings as the server sees them, read per resource (never kept in
// a global: a workspace folder may configure Pincite differently). The ones
// `.pincite.json` may also set (rules, citationSpacing, parallelSupremeCourt,
// style) are read by the same validator as that file (configSchema.ts); the
// others are the editor's own.

import type { RuleSetting } from './core/rules/index';
import type { StyleName } from './core/style/profiles';
import { CONFIG_KEYS, readSharedSettings, valueTree } from './configSchema';

export interface PinciteSettings {
  /** Off: the server answers nothing for the resource (`pincite.enable`). */
  enable: boolean;
  /** When documents are checked: as they change, or when they are opened and saved. */
  run: 'onType' | 'onSave';
  /** Language ids Pincite checks. */
  languages: string[];
  /** Per-code severity: `{"CITE001": "off"}`. */
  rules: Record<string, RuleSetting>;
  /** Documents larger than this many characters are not analysed. */
  maxDocumentSize: number;
  /** Unset: `.pincite.json` decides, else traditional. */
  citationSpacing?: 'traditional' | 'compact';
  /** Unset: `.pincite.json` decides, else drop. */
  parallelSupremeCourt?: 'drop' | 'keep';
  /** The house style to check in; unset: `.pincite.json` decides, else read from each document. */
  style?: StyleName | 'auto';
  /** Folders of the writer's own opinions (absolute, or relative to the workspace folder), set by the user. */
  opinionFolders: string[];
  /**
   * Opinion folders a workspace's own settings name (the VS Code client sends
   * them apart, see client/src/extension.ts): read only where they lie inside
   * the workspace, since the workspace may come from anyone.
   */
  workspaceOpinionFolders: string[];
  /** Show each authority's citation count above its first citation. */
  codeLens: boolean;
  /** Table of Authorities: more locations than this print "passim". */
  toaPassim: number;
}

export const DEFAULT_SETTINGS: PinciteSettings = {
  enable: true,
  run: 'onType',
  languages: ['markdown', 'plaintext', 'legal-brief'],
  rules: {},
  maxDocumentSize: 2_000_000,
  opinionFolders: [],
  workspaceOpinionFolders: [],
  codeLens: true,
  toaPassim: 5,
};

/** Accepts whatever the client sent and keeps only well-formed values. */
export function sanitize(raw: unknown): PinciteSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(s.languages) && s.languages.every((x) => typeof x === 'string') ? (s.languages as string[]) : DEFAULT_SETTINGS.languages;
  // What does not fit the schema is left out (VS Code flags it in the settings editor already).
  // `auto` (the editor's default for these) and null (older clients) leave the choice to .pincite.json.
  const sharedKeys = Object.fromEntries(CONFIG_KEYS.filter((k) => Object.hasOwn(s, k) && s[k] !== 'auto' && s[k] !== null).map((k) => [k, s[k]]));
  const shared = readSharedSettings(valueTree(sharedKeys), () => undefined);
  const max = typeof s.maxDocumentSize === 'number' && s.maxDocumentSize > 0 ? s.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize;
  const strings = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
  const out: PinciteSettings = {
    enable: s.enable !== false,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    languages,
    rules: shared.rules ?? {},
    maxDocumentSize: max,
    opinionFolders: strings(s.opinionFolders),
    workspaceOpinionFolders: strings(s.workspaceOpinionFolders),
    codeLens: s.codeLens !== false,
    toaPassim: passimOf(s),
  };
  if (shared.citationSpacing) out.citationSpacing = shared.citationSpacing;
  if (shared.parallelSupremeCourt) out.parallelSupremeCourt = shared.parallelSupremeCourt;
  if (shared.style) out.style = shared.style;
  return out;
}

/** `pincite.toa.passim` arrives flat (`toa.passim`) or nested (`toa: { passim }`) depending on the client. */
function passimOf(s: Record<string, unknown>): number {
  const nested = s.toa && typeof s.toa === 'object' ? (s.toa as Record<string, unknown>).passim : undefined;
  const v = s['toa.passim'] ?? nested;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : DEFAULT_SETTINGS.toaPassim;
}
