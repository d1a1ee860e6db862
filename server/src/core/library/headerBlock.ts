// The header block at the top of a writer's opinion file: `---` front matter
// or a `<!-- pincite` comment of `key: value` lines (docs/opinion-folders.md),
// with a problem for each line it cannot use.

import { linesFrom, type Line } from './fileLines';

/** A header block longer than this is taken to be unclosed. */
const MAX_HEADER_LINES = 100;
/** More non-`key: value` lines than this before a closing delimiter means the delimiter is not the header's (a Markdown rule further down). */
const MAX_STRAY_LINES = 3;

export const KEYS = ['caption', 'short', 'cite', 'docket', 'court', 'date', 'judge', 'pages', 'pagination'] as const;
export type Key = (typeof KEYS)[number];
const REPEATABLE = new Set<Key>(['cite', 'docket']);

export interface Field {
  value: string;
  line: number;
}

export interface HeaderRead {
  fields: Map<Key, Field[]>;
  bodyStart: number;
  problems: string[];
  present: boolean;
}

const FRONT_OPEN = /^---[ \t]*$/;
const FRONT_CLOSE = /^---[ \t]*$/;
const COMMENT_OPEN = /^<!--[ \t]*pincite[ \t]*$/i;
const COMMENT_CLOSE = /^[ \t]*-->[ \t]*$/;
const KEY_LINE = /^[ \t]*([A-Za-z][A-Za-z0-9_-]{0,40})[ \t]*:(.*)$/;

function isBlankOrComment(s: string): boolean {
  const t = s.trim();
  return t === '' || t.startsWith('#');
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && ((t[0] === '"' && t.endsWith('"')) || (t[0] === "'" && t.endsWith("'")))) return t.slice(1, -1).trim();
  return t;
}

export function readHeader(text: string): HeaderRead {
  const fields = new Map<Key, Field[]>();
  const problems: string[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = linesFrom(text, bom, MAX_HEADER_LINES + 2, 1);
  if (lines.length === 0) return { fields, bodyStart: 0, problems, present: false };
  const first = lines[0].text;
  let close: RegExp;
  let closeName: string;
  if (FRONT_OPEN.test(first)) {
    close = FRONT_CLOSE;
    closeName = '---';
  } else if (COMMENT_OPEN.test(first)) {
    close = COMMENT_CLOSE;
    closeName = '-->';
  } else {
    return { fields, bodyStart: 0, problems, present: false };
  }

  // Look for the closing line; a block that would swallow prose is not closed there.
  let closeAt = -1;
  let stray = 0;
  for (let k = 1; k < lines.length && k <= MAX_HEADER_LINES; k++) {
    if (close.test(lines[k].text)) {
      closeAt = k;
      break;
    }
    if (!KEY_LINE.test(lines[k].text) && !isBlankOrComment(lines[k].text)) stray++;
  }
  if (closeAt >= 0 && stray > MAX_STRAY_LINES) closeAt = -1;

  let keyLines: Line[];
  let bodyStart: number;
  if (closeAt >= 0) {
    keyLines = lines.slice(1, closeAt);
    bodyStart = lines[closeAt].next;
  } else {
    // Unclosed: the header is the run of `key: value` lines after the opening line.
    let k = 1;
    // `#` lines stop the run here: in the text below an unclosed block they are Markdown headings.
    while (k < lines.length && (KEY_LINE.test(lines[k].text) || lines[k].text.trim() === '')) k++;
    keyLines = lines.slice(1, k);
    const keys = keyLines.filter((l) => KEY_LINE.test(l.text)).length;
    if (keys === 0) {
      problems.push(
        `line 1: "${first.trim()}" opens a header block, but no "key: value" lines follow it and no "${closeName}" line closes it; read the file as text with no header.`,
      );
      return { fields, bodyStart: 0, problems, present: false };
    }
    bodyStart = k < lines.length ? lines[k].start : text.length;
    const last = keyLines[keyLines.length - 1].number;
    problems.push(
      `line 1: the header block is not closed: no "${closeName}" line follows its keys. Read lines 2–${last} as the header and the rest as the opinion's text; add a "${closeName}" line after line ${last}.`,
    );
  }

  readFields(keyLines, fields, problems);
  return { fields, bodyStart, problems, present: true };
}

/** The header's fields from its `key: value` lines, with a problem for each line it cannot use. */
function readFields(keyLines: Line[], fields: Map<Key, Field[]>, problems: string[]): void {
  for (const l of keyLines) {
    if (isBlankOrComment(l.text)) continue;
    const m = KEY_LINE.exec(l.text);
    if (!m) {
      problems.push(`line ${l.number}: "${l.text.trim().slice(0, 60)}" is not a "key: value" line; ignored.`);
      continue;
    }
    const key = m[1].toLowerCase();
    const value = unquote(m[2]);
    if (!(KEYS as readonly string[]).includes(key)) {
      problems.push(`line ${l.number}: unknown key "${m[1]}"; ignored. The keys are ${KEYS.join(', ')}.`);
      continue;
    }
    if (value === '') {
      problems.push(`line ${l.number}: "${key}:" has no value; ignored.`);
      continue;
    }
    const k = key as Key;
    const list = fields.get(k) ?? [];
    if (list.length > 0 && !REPEATABLE.has(k)) {
      problems.push(`line ${l.number}: a second "${key}:"; the first (line ${list[0].line}) is used.`);
      continue;
    }
    list.push({ value, line: l.number });
    fields.set(k, list);
  }
}
