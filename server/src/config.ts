// `.pincite.json`: project settings shared by the editor and the CLI. Looked
// up from a brief's folder towards the file-system root; the nearest one wins.
//
//   { "rules": { "CITE001": "off" }, "citationSpacing": "compact", "parallelSupremeCourt": "keep" }
//
// The file comes with the workspace, so it is read with care: only a regular
// file (not a FIFO or a device, even through a link), at most MAX_CONFIG_BYTES,
// parsed as JSON with comments (jsonc-parser). Every problem (a syntax error,
// a key the schema does not name, a rule code Pincite does not have, a value
// out of range) is reported with its line and column, and never quotes the
// file, so a link to some other file cannot show what that file holds. The
// well-formed parts still apply in the editor; the CLI refuses to check with a
// file that has problems (see cli.ts), since a rule the file meant to turn off
// would be applied anyway.
//
// `"extends": "../house.pincite.json"` starts from another settings file (its
// path relative to the file that names it, which may itself extend another);
// the extending file's settings win, rule by rule. A chain that comes back to
// a file already in it is refused with the chain named, and a problem in a
// base file is reported with that file's name, line and column.
//
// The keys and their values are checked by configSchema.ts against
// schemas/pincite.schema.json, the same schema VS Code validates the file
// with (and the one the editor's settings are checked against), so a key
// added there is known here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { CheckOptions } from './core/rules/index';
import { lineColumn, lineStarts } from './core/text/lineIndex';
import { readSharedSettings } from './configSchema';

export { CONFIG_KEYS } from './configSchema';

export const CONFIG_FILE = '.pincite.json';

/** Largest `.pincite.json` read: settings take a few hundred bytes. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ProjectConfig extends CheckOptions {
  /** Where the settings came from, for messages. */
  source?: string;
}

/** One problem in a settings file: `file:line:col: message`. */
export interface ConfigProblem {
  file: string;
  /** 1-based; 0 when the problem is the file as a whole (unreadable, not a regular file). */
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: ConfigProblem): string {
  return p.line ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`;
}

/**
 * Parses the text of a settings file. Keeps the well-formed parts; every
 * problem goes to `problems` with its line and column.
 */
export function parseConfigText(text: string, source: string, problems: ConfigProblem[] = []): ProjectConfig {
  return parseConfig(text, source, problems).config;
}

/** The settings of a file's text, and the path its "extends" names (with where it is written, for messages). */
function parseConfig(text: string, source: string, problems: ConfigProblem[]): { config: ProjectConfig; extends?: { path: string; line: number; column: number } } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  let starts: number[] | undefined;
  const at = (offset: number, message: string) => {
    const { line, column } = lineColumn(text, offset, (starts ??= lineStarts(text)));
    problems.push({ file: source, line, column, message });
  };
  for (const e of errors) at(e.offset, `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}`);
  if (!root) {
    if (!errors.length) at(0, 'expected a JSON object');
    return { config: { source } };
  }
  const config = { source, ...readSharedSettings(root, (node, message) => at(node.offset, message)) };
  const base: Node | undefined = root.type === 'object' ? findNodeAtLocation(root, ['extends']) : undefined;
  if (base?.type !== 'string' || typeof base.value !== 'string') return { config };
  const { line, column } = lineColumn(text, base.offset, (starts ??= lineStarts(text)));
  return { config, extends: { path: base.value, line, column } };
}

/** jsonc-parser's error names, as sentences. */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
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

/**
 * The text of a settings file, or a problem: only a regular file (a link is
 * followed to one), at most MAX_CONFIG_BYTES. Opened without blocking, so a
 * FIFO that replaces the file after the check cannot hang the reader.
 */
export function readConfigFile(file: string): { text: string } | { problem: ConfigProblem } {
  const whole = (message: string) => ({ problem: { file, line: 0, column: 0, message } });
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return whole('not a regular file; ignored');
    if (st.size > MAX_CONFIG_BYTES) return whole(`${st.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for a settings file; ignored`);
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    if (!fs.fstatSync(fd).isFile()) return whole('not a regular file; ignored');
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let n = 0;
    for (let k; n < buf.length && (k = fs.readSync(fd, buf, n, buf.length - n, null)) > 0;) n += k;
    if (n > MAX_CONFIG_BYTES) return whole(`over the ${MAX_CONFIG_BYTES}-byte limit for a settings file; ignored`);
    return {
      text: buf
        .subarray(0, n)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return whole(`cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error')}); ignored`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Reads the settings that apply to `file`; problems (with line and column) go to `problems`. */
export function loadConfigFor(file: string, problems: ConfigProblem[] = [], stopAt?: string): ProjectConfig {
  const found = findConfigFile(file, stopAt);
  if (!found) return {};
  return loadConfigFile(found, problems);
}

/** How many files one chain of "extends" may hold; a longer one is surely a mistake. */
const MAX_EXTENDS_DEPTH = 10;

/** Reads one settings file and the files it extends; `chain` holds the files that led here (their real paths). */
export function loadConfigFile(file: string, problems: ConfigProblem[] = [], chain: string[] = []): ProjectConfig {
  const read = readConfigFile(file);
  if ('problem' in read) {
    problems.push(read.problem);
    return {};
  }
  const parsed = parseConfig(read.text, file, problems);
  if (!parsed.extends) return parsed.config;
  const { path: named, line, column } = parsed.extends;
  const at = (message: string) => problems.push({ file, line, column, message });
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const here = [...chain, real(file)];
  const target = path.resolve(path.dirname(file), named);
  if (here.includes(real(target))) {
    const names = [...here, real(target)];
    at(`"extends" goes round in a circle (${names.join(' → ')}); not followed`);
    return parsed.config;
  }
  if (here.length >= MAX_EXTENDS_DEPTH) {
    at(`"extends" chain longer than ${MAX_EXTENDS_DEPTH} files; not followed`);
    return parsed.config;
  }
  if (!fs.existsSync(target)) {
    at(`"extends" names ${shortPath(named)}, which does not exist (relative to this file's folder)`);
    return parsed.config;
  }
  const base = loadConfigFile(target, problems, here);
  const { source, ...own } = parsed.config;
  return { source, ...dropEmptyRules(mergeConfig(base, own)) };
}

/** mergeConfig always makes a rules object; keep the shape a file without rules has. */
function dropEmptyRules(c: CheckOptions): CheckOptions {
  if (c.rules && Object.keys(c.rules).length === 0) {
    const { rules: _rules, ...rest } = c;
    return rest;
  }
  return c;
}

/** A path from a settings file, quoted in a message: never much of it. */
function shortPath(p: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  const flat = JSON.stringify(p.replace(/[\u0000-\u001f]/g, ' '));
  return flat.length > 80 ? `${flat.slice(0, 77)}…"` : flat;
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
