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
// The keys and their values are checked by configSchema.ts against
// schemas/pincite.schema.json, the same schema VS Code validates the file
// with (and the one the editor's settings are checked against), so a key
// added there is known here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
    return { source };
  }
  return { source, ...readSharedSettings(root, (node, message) => at(node.offset, message)) };
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
  const read = readConfigFile(found);
  if ('problem' in read) {
    problems.push(read.problem);
    return {};
  }
  return parseConfigText(read.text, found, problems);
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
