// CITE110 — later treatment: a citation used for a proposition a later
// decision retired or overruled. The curated authorities (data/authorities/)
// give each such treatment the words that show reliance on what was retired:
// Conley v. Gibson cited for "no set of facts" after Bell Atlantic Corp. v.
// Twombly. The rule reads the text the citation supports (back to the previous
// citation in its paragraph, plus its parentheticals). Citing the authority
// for what remains good law draws nothing, and so does a paragraph that itself
// says the language was retired (a history of the standard) and a section
// headed as history. Merely citing the later case nearby is not enough: a
// brief that quotes Conley's test and then cites Twombly still relies on it.

import type { Rule } from './types';
import type { Citation } from '../types';
import { entryFor } from '../../authorities/index';
import { authorityIndex } from '../../authorities/index';
import { paragraphAround, supportedSpan } from './attribution';

/** Words that show the writer knows the language is no longer good law. */
const HISTORY_WORDS = /\b(?:retir\w*|abrogat\w*|overrul\w*|disavow\w*|repudiat\w*|abandon\w*|supersed\w*|no longer|jettison\w*|replaced|discard\w*|once (?:held|asked|allowed))/i;

function plain(s: string): string {
  return s.replace(/[*_]/g, '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** The Markdown heading above `at`, if any: scans back line by line. */
function headingAbove(text: string, at: number): string {
  let end = at;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const m = /^#{1,6}[ \t]+(.*)$/.exec(text.slice(start, end).replace(/\r?\n$/, ''));
    if (m) return m[1];
    if (start === 0) break;
    end = start - 1;
  }
  return '';
}

function isSegment(c: Citation): boolean {
  return 'parallelOf' in c && c.parallelOf !== undefined;
}

export const CITE110: Rule = {
  meta: {
    code: 'CITE110',
    title: 'Cited for a proposition a later case retired or overruled',
    defaultSeverity: 'warning',
    indigo: 'R14.1, R14.2',
    bluebook: '10.7, 10.7.1',
    fix: 'none',
  },
  check({ text, cites, result }) {
    const idx = authorityIndex();
    const phrases = idx.entries.flatMap((e) => (e.treatment ?? []).flatMap((t) => t.phrases ?? []));
    // Most briefs contain none of the phrases: one pass over the text settles it.
    const lower = plain(text);
    if (!phrases.some((p) => lower.includes(p))) return [];
    const out = [];
    for (const a of result.authorities) {
      if (a.kind !== 'case') continue;
      const entry = entryFor(cites, a.citations);
      const treatments = (entry?.treatment ?? []).filter((t) => t.phrases?.length);
      if (!entry || !treatments.length) continue;
      for (const i of a.citations) {
        const c = cites[i];
        if (isSegment(c) || c.historyOf !== undefined) continue;
        const span = supportedSpan(text, cites, c);
        const supported = plain(text.slice(span.start, span.end));
        for (const t of treatments) {
          const phrase = t.phrases!.find((p) => supported.includes(p));
          if (!phrase) continue;
          const para = paragraphAround(text, c.span.start);
          const paraText = text.slice(para.start, para.end);
          if (HISTORY_WORDS.test(plain(paraText)) || /histor/i.test(headingAbove(text, para.start))) continue;
          out.push({
            span: c.span,
            citation: c.index,
            message: `CITE110 ${entry.name} is cited here for "${phrase}", which ${t.by} ${VERB[t.kind]}. ${t.what}`,
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
