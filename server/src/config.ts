// `.pincite.json`: project settings shared by the editor and the CLI. Looked
// up from a brief's folder towards the file-system root; the nearest one wins.
//
//   { "rules": { "CITE001": "off" }, "citationSpacing": "compact", "parallelSupremeCourt": "keep" }

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckOptions, RuleSetting } from './core/rules/index';
import { isStyleName, STYLE_NAMES } from './core/style/profiles';

export const CONFIG_FILE = '.pincite.json';

export interface ProjectConfig extends CheckOptions {
  /** Where the settings came from, for messages. */
  source?: string;
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** Keeps the well-formed parts of a settings object; reports the rest in `problems`. */
export function parseConfig(raw: unknown, source: string, problems: string[] = []): ProjectConfig {
  const out: ProjectConfig = { source };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${source}: expected a JSON object`);
    return out;
  }
  const o = raw as Record<string, unknown>;
  if (o.rules !== undefined) {
    if (!o.rules || typeof o.rules !== 'object') problems.push(`${source}: "rules" must be an object of CITEnnn: severity`);
    else {
      out.rules = {};
      for (const [code, v] of Object.entries(o.rules as Record<string, unknown>)) {
        if (!/^CITE\d{3}[a-z]?$/i.test(code)) problems.push(`${source}: unknown rule code "${code}"`);
        else if (typeof v !== 'string' || !SEVERITIES.has(v)) problems.push(`${source}: "${code}" must be off, info, warning or error`);
        else out.rules[code.toUpperCase()] = v as RuleSetting;
      }
    }
  }
  if (o.citationSpacing !== undefined) {
    if (o.citationSpacing === 'traditional' || o.citationSpacing === 'compact') out.citationSpacing = o.citationSpacing;
    else problems.push(`${source}: "citationSpacing" must be "traditional" or "compact"`);
  }
  if (o.parallelSupremeCourt !== undefined) {
    if (o.parallelSupremeCourt === 'drop' || o.parallelSupremeCourt === 'keep') out.parallelSupremeCourt = o.parallelSupremeCourt;
    else problems.push(`${source}: "parallelSupremeCourt" must be "drop" or "keep"`);
  }
  if (o.style !== undefined) {
    if (o.style === 'auto' || isStyleName(o.style)) out.style = o.style;
    else problems.push(`${source}: "style" must be "auto" or one of ${STYLE_NAMES.map((n) => `"${n}"`).join(', ')}`);
  }
  return out;
}

/** The nearest `.pincite.json` above `file`, or undefined. */
export function findConfigFile(file: string, stopAt?: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (stop && dir === stop) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Reads the settings that apply to `file`; unreadable or malformed files add to `problems`. */
export function loadConfigFor(file: string, problems: string[] = [], stopAt?: string): ProjectConfig {
  const found = findConfigFile(file, stopAt);
  if (!found) return {};
  try {
    return parseConfig(JSON.parse(fs.readFileSync(found, 'utf8')), found, problems);
  } catch (e) {
    problems.push(`${found}: ${(e as Error).message}`);
    return {};
  }
}

/** Layers settings: later ones override earlier ones, rule by rule. */
export function mergeConfig(...layers: Array<CheckOptions | undefined>): CheckOptions {
  const out: CheckOptions = { rules: {} };
  for (const l of layers) {
    if (!l) continue;
    if (l.rules) Object.assign(out.rules!, l.rules);
    if (l.citationSpacing) out.citationSpacing = l.citationSpacing;
    if (l.parallelSupremeCourt) out.parallelSupremeCourt = l.parallelSupremeCourt;
    if (l.style) out.style = l.style;
  }
  return out;
}
