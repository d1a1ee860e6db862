// Pincite's settings as the server sees them, read per resource (never kept in
// a global: a workspace folder may configure Pincite differently).

import type { RuleSetting } from './core/rules/index';
import { isStyleName, type StyleName } from './core/style/profiles';

export interface PinciteSettings {
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
  languages: ['markdown', 'plaintext', 'legal-brief'],
  rules: {},
  maxDocumentSize: 2_000_000,
  opinionFolders: [],
  workspaceOpinionFolders: [],
  codeLens: true,
  toaPassim: 5,
};

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Accepts whatever the client sent and keeps only well-formed values. */
export function sanitize(raw: unknown): PinciteSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const languages = Array.isArray(s.languages) && s.languages.every((x) => typeof x === 'string') ? (s.languages as string[]) : DEFAULT_SETTINGS.languages;
  const rules: Record<string, RuleSetting> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [code, v] of Object.entries(s.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && SEVERITIES.has(v)) rules[code.toUpperCase()] = v as RuleSetting;
    }
  }
  const max = typeof s.maxDocumentSize === 'number' && s.maxDocumentSize > 0 ? s.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize;
  const strings = (v: unknown) => (Array.isArray(v) ? (v as unknown[]).filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
  const out: PinciteSettings = {
    languages,
    rules,
    maxDocumentSize: max,
    opinionFolders: strings(s.opinionFolders),
    workspaceOpinionFolders: strings(s.workspaceOpinionFolders),
    codeLens: s.codeLens !== false,
    toaPassim: passimOf(s),
  };
  if (s.citationSpacing === 'traditional' || s.citationSpacing === 'compact') out.citationSpacing = s.citationSpacing;
  if (s.parallelSupremeCourt === 'drop' || s.parallelSupremeCourt === 'keep') out.parallelSupremeCourt = s.parallelSupremeCourt;
  if (s.style === 'auto' || isStyleName(s.style)) out.style = s.style;
  return out;
}

/** `pincite.toa.passim` arrives flat (`toa.passim`) or nested (`toa: { passim }`) depending on the client. */
function passimOf(s: Record<string, unknown>): number {
  const nested = s.toa && typeof s.toa === 'object' ? (s.toa as Record<string, unknown>).passim : undefined;
  const v = s['toa.passim'] ?? nested;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : DEFAULT_SETTINGS.toaPassim;
}
