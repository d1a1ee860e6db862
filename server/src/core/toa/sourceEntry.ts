// How a publication cited by series (`source` citations) reads in the table:
// its series and number or volume and page without pins, the citations of the
// same authority written right after it (`Pub. L. No. 90-351, 82 Stat. 197`),
// and the date parenthetical. An article in a journal also takes the author
// and italicised title the writer put before it (`Jane Doe, *Title*, 106 Va.
// L. Rev. 271 (2020)`), when they are there in that form.

import type { Citation, SourceCitation, Span } from '../types';

export interface SourceText {
  text: string;
  italic: Span[];
}

/** `106 Va. L. Rev. 271`, `H.R. Rep. No. 95-595`: the publication without its pins. */
function body(c: SourceCitation): string {
  return c.volume ? `${c.volume} ${c.series} ${c.number}` : `${c.series} ${c.number}`;
}

/** The date parenthetical that ends the citation's text (`(1977)`, `(Apr. 1, 2025)`), if any. */
function dateParen(c: SourceCitation): string | undefined {
  const m = /\(([^()]{0,40}\b\d{4})\)\s*[.,;]?\s*$/.exec(c.text);
  return m ? `(${m[1].replace(/\s+/g, ' ')})` : undefined;
}

/** The entry of the source authority first cited by `first`. */
export function sourceEntry(text: string, cites: Citation[], first: SourceCitation, journal: boolean): SourceText {
  const parts = [body(first)];
  let last = first;
  // `Pub. L. No. 90-351, 82 Stat. 197`: the same authority, joined by a comma.
  for (let i = first.index + 1; i < cites.length && i < first.index + 4; i++) {
    const c = cites[i];
    if (c.kind !== 'source' || c.authority !== first.authority || !/^,\s*$/.test(text.slice(last.span.end, c.span.start))) break;
    parts.push(body(c));
    last = c;
  }
  const paren = dateParen(last) ?? dateParen(first);
  const cite = parts.join(', ') + (paren ? ` ${paren}` : '');
  const lead = journal ? authorAndTitle(text, first.span.start) : undefined;
  if (!lead) return { text: cite, italic: [] };
  const prefix = `${lead.author}, `;
  return { text: `${prefix}${lead.title}, ${cite}`, italic: [{ start: prefix.length, end: prefix.length + lead.title.length }] };
}

/** `Jane Q. Doe, *A Title*, ` right before a journal citation: an author of a few capitalised words, then the title in emphasis. */
const AUTHOR_TITLE =
  /(?:^|[;(]\s*|[a-z0-9)]\.\s+|\*(?:see(?: also| generally)?|cf\.|accord|but see)\*\s+|\b(?:See(?: also| generally)?|Cf\.|Accord|But see)\s+)((?:[A-Z][\p{L}'’.-]*\s+){0,4}[A-Z][\p{L}'’.-]*(?:\s+(?:&|and)\s+(?:[A-Z][\p{L}'’.-]*\s+){0,3}[A-Z][\p{L}'’.-]*)?),\s+(\*|_)([^*_\n]{2,300})\2,\s*$/u;

function authorAndTitle(text: string, at: number): { author: string; title: string } | undefined {
  const m = AUTHOR_TITLE.exec(text.slice(Math.max(0, at - 500), at));
  return m ? { author: m[1].replace(/\s+/g, ' '), title: m[3].replace(/\s+/g, ' ').trim() } : undefined;
}
