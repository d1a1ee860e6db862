// An entry of the table in canonical form: the entry, set as a citation
// sentence of its own, is checked by the same rules that check the brief, and
// their safe fixes are applied to it (pass after pass, as `pincite check --fix`
// does), so the table never copies a mistake the checker can mend (`Ex Parte`,
// `vs.`, `(U.S. 1991)`, `Department`). The brief itself is left as written.

import type { Span } from '../types';
import { analyzeText } from '../analyze';
import { checkAll, type CheckOptions } from '../rules/index';
import { applyEdits, safeEdits } from '../rules/fixes';

/** Text with the ranges set in italics, as an entry carries it. */
export interface StyledText {
  text: string;
  italic: Span[];
}

/** At most this many passes of fixes; one fix may make room for another, as in `pincite check --fix`. */
const PASSES = 4;

/**
 * `entry` with the checker's safe fixes applied. The entry is checked as
 * Markdown (`*…*` for its italics) so the emphasis rules see what the table
 * will print; `options` carry the brief's house style and the curated
 * authorities, so the entry is judged as the brief is.
 */
export function fixEntry(entry: StyledText, options: CheckOptions = {}): StyledText {
  let md = toMarkdown(entry) + '.';
  for (let pass = 0; pass < PASSES; pass++) {
    const findings = checkAll(md, analyzeText(md, { markdown: true }), options);
    const edits = safeEdits(findings);
    if (edits.length === 0) break;
    md = applyEdits(md, edits);
  }
  return fromMarkdown(md.endsWith('.') && !entry.text.endsWith('.') ? md.slice(0, -1) : md);
}

/** What the checker reports on `entry` as a citation sentence of its own (used by tests and to judge an entry). */
export function entryFindings(entry: StyledText, options: CheckOptions = {}) {
  const md = toMarkdown(entry) + '.';
  return checkAll(md, analyzeText(md, { markdown: true }), options);
}

/** `*…*` around each italic range. Entries never hold `*` of their own (pins, where `*3` lives, are left out). */
export function toMarkdown(e: StyledText): string {
  let out = '';
  let pos = 0;
  for (const r of [...e.italic].sort((a, b) => a.start - b.start)) {
    if (r.start < pos || r.end <= r.start) continue;
    out += e.text.slice(pos, r.start) + '*' + e.text.slice(r.start, r.end) + '*';
    pos = r.end;
  }
  return out + e.text.slice(pos);
}

/** The inverse of `toMarkdown`: each `*…*` pair becomes an italic range. */
export function fromMarkdown(md: string): StyledText {
  let text = '';
  const italic: Span[] = [];
  let open: number | undefined;
  for (const ch of md) {
    if (ch !== '*') {
      text += ch;
      continue;
    }
    if (open === undefined) open = text.length;
    else {
      if (text.length > open) italic.push({ start: open, end: text.length });
      open = undefined;
    }
  }
  return { text, italic };
}
