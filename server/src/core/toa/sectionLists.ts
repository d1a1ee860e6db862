// The further sections of `42 U.S.C. §§ 1983, 1988` and rules of `Fed. R.
// Civ. P. 12(b)(1), 12(b)(6)` after the first, each an entry of its own in the
// table of authorities.

import type { Citation } from '../types';

/** A listed section or rule: kind and label stand in for an Authority. */
export interface ListedSection {
  kind: 'statute' | 'regulation' | 'rule';
  code: string;
  title?: string;
  section: string;
  label: string;
}

/**
 * The further sections of `§§ 1983, 1988` and rules of `Fed. R. Civ. P.
 * 12(b)(1), 12(b)(6)` that the scanner leaves after the first. A token counts
 * only if what follows it ends the list (punctuation, `and`, a year), so a
 * volume of the next citation (`, 556 U.S. 662`) is never taken for one.
 */
export function continuation(text: string, c: Citation): ListedSection[] {
  if (c.kind !== 'statute' && c.kind !== 'regulation' && c.kind !== 'rule') return [];
  if (c.kind !== 'rule' && !/^(?:§§|secs?\.|sections)$/i.test(c.sectionSign)) return [];
  const out: ListedSection[] = [];
  let j = c.span.end;
  for (let n = 0; n < 20; n++) {
    const m = CONTINUED.exec(text.slice(j, j + 60));
    if (!m) break;
    const token = cleanToken(m[1]);
    const tokenEnd = j + m[0].length - m[1].length + token.length;
    if (!LIST_GOES_ON.test(text.slice(tokenEnd, tokenEnd + 12))) break;
    if (c.kind === 'rule') out.push({ kind: 'rule', code: c.code, section: token, label: `${c.code} ${token}` });
    else out.push({ kind: c.kind, code: c.code, title: c.title, section: token, label: `${c.title ? c.title + ' ' : ''}${c.code} § ${token}` });
    j = tokenEnd;
  }
  return out;
}

/** A listed section without the sentence's punctuation or a bracket closing around the citation. */
function cleanToken(t: string): string {
  let s = t.replace(/[.,:]+$/, '');
  const opens = (x: string) => x.split('(').length - 1;
  const closes = (x: string) => x.split(')').length - 1;
  while (s.endsWith(')') && closes(s) > opens(s)) s = s.slice(0, -1).replace(/[.,:]+$/, '');
  return s;
}

/** `, 1988` / ` and 1988` / `, and 12(b)(6)` at the start of a slice (bounded: a 60-character window). */
const CONTINUED = /^(?:,[ \t]?(?:and[ \t]|&[ \t])?|[ \t](?:and|&)[ \t])[ \t]?(\d[\dA-Za-z\-.:()]{0,24})/;
/** What may follow a listed section: the end of the list or of the sentence, another item, a year. */
const LIST_GOES_ON = /^(?:$|[,;.)\]]|\s+(?:and|&|or)\s|\s*\(\d{4}\)|\s*\n|\s+[a-z])/;
