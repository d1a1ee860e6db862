// CITE053 — a short form (or supra) with no earlier full citation to refer to.
//
// Not reported, because the finding would be a guess:
// - a short form inside quoted text: it reproduces another document, whose
//   full citations are not in this one;
// - a supra whose name is not a case name (`Prosser, supra, at 292`): supra
//   is how treatises and articles are cited again, and those are not yet read
//   as citations;
// - a short form whose name matches an earlier full citation in another
//   volume or reporter: that is a mistyped volume, which CITE054 reports;
// - a short form whose full citation is in a note called before it: text
//   converted from a web page gathers the notes at the end (`… monopoly,[4]`
//   in the body, `[4] … United States v. United Shoe Mach. Corp., 391 U.S.
//   244 …` after it);
// - a short form whose name and volume stand together earlier in text Pincite
//   does not read as a citation (a court's brackets inside a quotation:
//   `Ford Motor Co. [v. United States], 405 U.S. [562,] 577 [1972]`).

import type { Citation, ShortCaseCitation } from '../types';
import type { Rule } from './types';
import { insideQuotation } from '../text/quotes';
import { inNoteCalledBefore } from './citeParts';
import { identifyingNameWords } from '../cite/predicates';

/** An earlier full case citation whose name shares a distinctive word with `name`. */
function namedEarlier(cites: Citation[], c: Citation, name: string): boolean {
  const want = identifyingNameWords(name);
  if (want.length === 0) return false;
  for (let k = c.index - 1; k >= 0; k--) {
    const f = cites[k];
    if (f.kind !== 'case' || !f.caseName || f.inTable || f.ownCitation) continue;
    const have = identifyingNameWords(f.caseName.text);
    if (want.some((w) => have.includes(w))) return true;
  }
  return false;
}

/** The short form's segments: its own and its parallels'. */
function segments(cites: Citation[], c: ShortCaseCitation): ShortCaseCitation[] {
  return [c, ...c.parallels.map((p) => cites[p])].filter((x): x is ShortCaseCitation => x.kind === 'shortCase');
}

/** The short form's name and one of its volumes together, earlier, in text that no citation covers. */
function unreadFullCitation(cites: Citation[], c: ShortCaseCitation, text: string): boolean {
  const want = identifyingNameWords(c.caseName?.text);
  if (want.length === 0) return false;
  for (const sg of segments(cites, c)) {
    for (const at of unreadOccurrences(cites, text, sg)) {
      if (at >= c.span.start) break;
      const lead = identifyingNameWords(text.slice(Math.max(0, at - 100), at));
      if (want.some((w) => lead.includes(w))) return true;
    }
  }
  return false;
}

/**
 * Where `volume reporter` of a segment appears outside every citation, in
 * order (at most 20 places). Searched once per volume and reporter, and for at
 * most 100 of them in a document, so the check stays linear.
 */
const occurrenceCache = new WeakMap<Citation[], Map<string, number[]>>();
function unreadOccurrences(cites: Citation[], text: string, sg: ShortCaseCitation): number[] {
  let cache = occurrenceCache.get(cites);
  if (!cache) occurrenceCache.set(cites, (cache = new Map<string, number[]>()));
  const key = `${sg.volume} ${sg.reporterAsWritten}`;
  const known = cache.get(key);
  if (known) return known;
  const out: number[] = [];
  const reporter = (sg.reporterAsWritten || sg.reporter || '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
  if (reporter && /^\d{1,5}$/.test(sg.volume) && cache.size < 100) {
    const re = new RegExp(`(?<![\\d.])${sg.volume}\\s+${reporter}(?![A-Za-z])`, 'g');
    for (let m = re.exec(text); m && out.length < 20; m = re.exec(text)) if (!covered(cites, m.index)) out.push(m.index);
  }
  cache.set(key, out);
  return out;
}

/** True when a top-level citation's span covers `at` (citations are in text order; nested ones lie inside their owner). */
function covered(cites: Citation[], at: number): boolean {
  let lo = 0;
  let hi = cites.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cites[mid].span.start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let k = hi; k >= 0 && k >= hi - 8; k--) if (cites[k].span.start <= at && at < cites[k].span.end) return true;
  return false;
}

export const CITE053: Rule = {
  meta: {
    code: 'CITE053',
    title: 'Short form without a full citation',
    defaultSeverity: 'error',
    indigo: 'R6.1, R15.2.1',
    bluebook: '10.9(a)',
    fix: 'none',
  },
  check({ cites, quoted, text }) {
    const out = [];
    for (const c of cites) {
      const isShort = c.kind === 'shortCase' && c.parallelOf === undefined;
      if (!isShort && c.kind !== 'supra') continue;
      if (c.resolution !== 'unresolved' || c.candidate !== undefined) continue;
      if (insideQuotation(quoted, c.span)) continue;
      if (c.kind === 'supra' && !/\sv\.?\s/.test(c.name)) continue;
      if (c.kind === 'shortCase' && c.caseName && namedEarlier(cites, c, c.caseName.text)) continue;
      if (c.kind === 'shortCase' && (inNoteCalledBefore(cites, c, text) || unreadFullCitation(cites, c, text))) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `No earlier full citation for this short form (${c.resolutionReason ?? 'none found'}). Cite the case in full the first time it appears.`,
        fixes: [],
      });
    }
    return out;
  },
};
