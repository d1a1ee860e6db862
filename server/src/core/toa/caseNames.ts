// The whole name of a cited case, for its entry in the table. The scanner
// reads a name back from the reporter and stops where a name could plausibly
// start (`Diamond "D" Constr. Corp. v. McGowan` comes back as `Constr. Corp.
// v. McGowan`; `Ashcroft v. al-Kidd`, with its lower-case party, not at all).
// A table must never print a cut name, so:
//   1. a curated authority's name wins (the project's canonical form);
//   2. else the emphasis the writer put around the name, right before the
//      citation (`*Diamond "D" Constr. Corp. v. McGowan*, 282 F.3d 191`),
//      when it holds the scanner's name whole and adds nothing that is not a
//      name (a signal is dropped; a history phrase means it is not a name);
//   3. else, in text without emphasis, the scanner's name with the words it
//      stopped at when they are a quoted letter or two and the capitalised
//      word before them (`Diamond "D" Constr. Corp.`);
//   4. else the scanner's name.

import type { Authority, Citation } from '../types';
import type { FullCaseCitation } from '../cite/predicates';
import { analyzeText } from '../analyze';
import { entryFor, type AuthorityIndex } from '../authorities/index';
import type { AuthorityEntry } from '../authorities/types';

/** The curated form of an authority: its name, and the court-and-date parenthetical of its citation. */
export interface CuratedCase {
  name: string;
  /** `volume reporter page` of the curated citation, to tell whether the brief cites the same report. */
  lead?: string;
  court?: string;
  when?: string;
}

const parsed = new WeakMap<AuthorityEntry, CuratedCase>();

/** The curated entry for a case the brief cites, read once with Pincite's own scanner. */
export function curatedCase(idx: AuthorityIndex | undefined, cites: Citation[], a: Authority): CuratedCase | undefined {
  if (!idx || idx.entries.length === 0) return undefined;
  const e = entryFor(idx, cites, a.citations);
  if (!e || e.kind !== 'case') return undefined;
  let c = parsed.get(e);
  if (!c) {
    const lead = analyzeText(e.citation).citations.find((x) => x.kind === 'case' || x.kind === 'database' || x.kind === 'docket');
    c = { name: e.name };
    if (lead?.kind === 'case')
      c = { name: e.name, lead: reportKey(lead), court: lead.court, when: lead.date ?? (lead.year !== undefined ? String(lead.year) : undefined) };
    else if (lead?.kind === 'database')
      c = { name: e.name, lead: `${lead.year} ${lead.database} ${lead.number}`, court: lead.court, when: lead.date ?? lead.decisionYear?.toString() };
    parsed.set(e, c);
  }
  return c;
}

/** `436 U.S. 658`: which report a citation names, spacing and variant spellings aside. */
export function reportKey(c: Citation): string | undefined {
  if (c.kind === 'case') return `${c.volume} ${c.reporter ?? c.reporterAsWritten} ${c.page}`;
  if (c.kind === 'database') return `${c.year} ${c.database} ${c.number}`;
  return undefined;
}

/** Signals a writer may italicise together with the name (`*See Diamond "D" …*`). */
const LEADING_SIGNAL = /^(?:see(?:,? e\.g\.,?| also| generally)?|but see|but cf\.|cf\.|compare|accord|contra|e\.g\.,?|see also, e\.g\.,)\s+/i;
/** Words that show the emphasis holds more than a name: a history phrase or a sentence. */
const NOT_A_NAME = /(?:^|\s)(?:by|aff'd|rev'd|cert\.|denied|vacated|quoting|citing)(?:\s|,|$)|[;:]\s|[,;]$/;
/** `*…*` or `_…_` closing just before `, ` and the citation. */
const EMPHASIS_BEFORE = /(\*{1,2}|_{1,2})([^*_\n]{2,250})\1,\s*$/;

/**
 * The name written before the reporter of `f`, when the scanner's name is cut
 * or missing and the writer's emphasis holds it whole; undefined otherwise.
 */
export function nameFromEmphasis(text: string, f: FullCaseCitation): string | undefined {
  const at = f.kind === 'case' ? f.volumeSpan.start : f.caseName ? f.caseName.span.end : f.span.start;
  const before = text.slice(Math.max(0, (f.caseName?.span.start ?? at) - 260), at);
  const m = EMPHASIS_BEFORE.exec(before);
  if (!m) return quotedLetterBefore(text, f);
  const inner = m[2].replace(/\s+/g, ' ').trim().replace(LEADING_SIGNAL, '');
  if (NOT_A_NAME.test(inner)) return undefined;
  const scanned = f.caseName?.text.replace(/\s+/g, ' ').trim();
  if (scanned) return inner.length > scanned.length && inner.endsWith(scanned) ? inner : undefined;
  // No name read at all: take the emphasis only when it reads as a case name.
  return / v\. |^(?:In re|Ex parte|In the Matter of|Matter of) /i.test(inner) ? inner : undefined;
}

/** `Diamond "D" ` right before a name the scanner began after the quotation marks. */
const QUOTED_LETTER_BEFORE = /(?:^|[\s(])([A-Z][\p{L}'’.-]*[ \t]+["“][A-Z0-9&]{1,2}["”][ \t]+)$/u;

function quotedLetterBefore(text: string, f: FullCaseCitation): string | undefined {
  if (!f.caseName) return undefined;
  const m = QUOTED_LETTER_BEFORE.exec(text.slice(Math.max(0, f.caseName.span.start - 40), f.caseName.span.start));
  return m ? (m[1] + f.caseName.text).replace(/\s+/g, ' ') : undefined;
}
