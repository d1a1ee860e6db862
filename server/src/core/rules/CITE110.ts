// CITE110 — later treatment: a citation used for a proposition a later
// decision retired or overruled. The curated authorities (data/authorities/,
// handed in as `RuleContext.authorities`) give each such treatment the words
// that show reliance on what was retired: Conley v. Gibson cited for "no set
// of facts" after Bell Atlantic Corp. v. Twombly. The rule reads the text the
// citation supports (back to the previous citation in its paragraph, plus its
// parentheticals). Citing the authority for what remains good law draws
// nothing, and so does a paragraph that itself says the language was retired
// (a history of the standard) and a section headed as history. Merely citing
// the later case nearby is not enough: a brief that quotes Conley's test and
// then cites Twombly still relies on it.

import type { Rule } from './types';
import { entryFor } from '../authorities/index';
import { paragraphAround, supportedSpan } from './attribution';
import { isParallel } from '../cite/predicates';
import { countBelow } from '../text/sorted';

/** Words that show the writer knows the language is no longer good law. */
const HISTORY_WORDS =
  /\b(?:retir\w*|abrogat\w*|overrul\w*|disavow\w*|repudiat\w*|abandon\w*|supersed\w*|no longer|jettison\w*|replaced|discard\w*|once (?:held|asked|allowed))/i;

function plain(s: string): string {
  return s
    .replace(/[*_]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * `plain(text)` with the offset in `text` of each of its characters, and a
 * query for a phrase inside a span of `text`. The text a citation supports
 * runs back over the whole string citation it ends, so reading it anew for
 * each member cost the square of a long string citation's length; each
 * phrase's places are found once instead.
 */
function plainWithOrigins(text: string): { occursWithin(phrase: string, start: number, end: number): boolean } {
  const chars: string[] = [];
  const origin: number[] = [];
  let blank = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '*' || ch === '_') continue;
    if (isBlank(ch.charCodeAt(0))) {
      if (!blank) (chars.push(' '), origin.push(i));
      blank = true;
      continue;
    }
    blank = false;
    const mapped = ch === '\u2018' || ch === '\u2019' ? "'" : ch === '\u201c' || ch === '\u201d' ? '"' : ch.toLowerCase();
    for (let k = 0; k < mapped.length; k++) (chars.push(mapped[k]), origin.push(i));
  }
  const plainText = chars.join('');
  const places = new Map<string, number[]>();
  return {
    occursWithin(phrase, start, end) {
      let at = places.get(phrase);
      if (!at) {
        at = [];
        for (let k = plainText.indexOf(phrase); k >= 0; k = plainText.indexOf(phrase, k + 1)) at.push(k);
        places.set(phrase, at);
      }
      // The first place starting inside the span; the later ones end later still.
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (origin[at[mid]] < start) lo = mid + 1;
        else hi = mid;
      }
      return lo < at.length && origin[at[lo] + phrase.length - 1] < end;
    },
  };
}

/** The characters `\s` matches. */
function isBlank(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The Markdown heading above each offset, from one pass over the text's lines
 * (scanning back from every paragraph cost the whole text per paragraph).
 */
function headingsOf(text: string): (at: number) => string {
  const starts: number[] = [];
  const titles: string[] = [];
  for (let s = 0; s < text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    if (text.charCodeAt(s) === 35) {
      const m = /^#{1,6}[ \t]/.exec(text.slice(s, Math.min(e, s + 7)));
      if (m) {
        starts.push(s);
        titles.push(text.slice(s + m[0].length, e));
      }
    }
    s = e + 1;
  }
  return (at) => {
    const k = countBelow(starts, at);
    return k > 0 ? titles[k - 1] : '';
  };
}

export const CITE110: Rule = {
  meta: {
    code: 'CITE110',
    title: 'Cited for a proposition a later case retired or overruled',
    defaultSeverity: 'warning',
    indigo: 'R14.1, R14.2',
    bluebook: '10.7, 10.7.1',
    fix: 'none',
    checksQuoted: true,
  },
  check({ text, cites, result, authorities: idx }) {
    // Without curated authorities there is no treatment to check against.
    if (!idx) return [];
    const phrases = idx.entries.flatMap((e) => (e.treatment ?? []).flatMap((t) => t.phrases ?? []));
    // Most briefs contain none of the phrases: one pass over the text settles it.
    const lower = plain(text);
    if (!phrases.some((p) => lower.includes(p))) return [];
    const doc = plainWithOrigins(text);
    const out = [];
    let headingAbove: ((at: number) => string) | undefined;
    /** Per paragraph start: whether the paragraph, or its section, tells the history of the standard. */
    const history = new Map<number, boolean>();
    for (const a of result.authorities) {
      if (a.kind !== 'case') continue;
      const entry = entryFor(idx, cites, a.citations);
      const treatments = (entry?.treatment ?? []).filter((t) => t.phrases?.length);
      if (!entry || !treatments.length) continue;
      for (const i of a.citations) {
        const c = cites[i];
        if (isParallel(c) || c.historyOf !== undefined) continue;
        const span = supportedSpan(text, cites, c);
        for (const t of treatments) {
          const phrase = t.phrases!.find((p) => doc.occursWithin(p, span.start, span.end));
          if (!phrase) continue;
          const para = paragraphAround(text, c.span.start);
          let told = history.get(para.start);
          if (told === undefined) {
            headingAbove ??= headingsOf(text);
            told = HISTORY_WORDS.test(plain(text.slice(para.start, para.end))) || /histor/i.test(headingAbove(para.start));
            history.set(para.start, told);
          }
          if (told) continue;
          out.push({
            span: c.span,
            citation: c.index,
            message: `${entry.name} is cited here for "${phrase}", which ${t.by} ${VERB[t.kind]}. ${t.what}`,
            fixes: [],
          });
          break;
        }
      }
    }
    return out;
  },
};

const VERB: Record<string, string> = {
  retired: 'retired',
  overruled: 'overruled',
  'overruled in part': 'overruled in part',
  abrogated: 'abrogated',
  limited: 'limited',
  modified: 'modified',
  superseded: 'superseded',
};
