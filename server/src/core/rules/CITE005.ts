// CITE005 — a direct quotation whose supporting case citation gives no pin.
// A reader who wants to check the quoted words needs the page they are on, so a
// quotation needs a pinpoint even where a paraphrase could do without one.
// "Supporting" is read narrowly: the citation (or its signal, when it is a
// plain `See`) follows the closing quotation mark with only punctuation and
// spaces between. An Id. without a pin borrows the pin of the citation it
// repeats, so it is flagged only when that citation has none either, and as a
// warning that names it, since which citation an Id. repeats is inferred; a case
// cited in a `(quoting …)` parenthetical of such a citation is held to the same
// standard. Words in quotation marks that define a short name (`(“NIH”)`) are
// no quotation; Ohio's `, at syllabus` and `at ¶ 11` are pins; an `Id.,` that
// opens a full citation takes that citation's pin. The page is a fact of the
// source, so no fix is offered.

import type { Citation, Span } from '../types';
import type { Rule } from './types';
import { isCaseLike } from './citeParts';
import { insideQuotation } from '../text/quotes';
import { isParallel, isTopLevelNotHistory } from '../cite/predicates';

/** What may separate a closing quotation mark from the citation that supports it. */
const GAP = /^[\s.,;:!?)\]*_\u2019\u201d]*$/;

function quoteBefore(text: string, quoted: Span[], at: number): Span | undefined {
  // The last quoted range that ends at or before `at`.
  let lo = 0;
  let hi = quoted.length - 1;
  let best: Span | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  // Quotations may nest (a block quote holding an inline one): look back a little.
  for (let k = hi; k >= 0 && k >= hi - 4; k--) {
    const q = quoted[k];
    if (q.end <= at && (!best || q.end > best.end)) best = q;
  }
  if (!best || definedTerm(text, best) || letterInName(text, best)) return undefined;
  const gap = text.slice(best.end, at);
  if (!GAP.test(gap)) return undefined;
  // A blank line parts a paragraph's quotation from the next paragraph's
  // citation, except after a block quote.
  const block = /^\s*>/.test(text.slice(best.start, best.start + 8));
  if (!block && /\n[ \t]*\n/.test(gap)) return undefined;
  return best;
}

/**
 * A pin the scanner leaves outside the citation: Ohio's `, at syllabus` (the
 * quoted words are the syllabus) and `2012-Ohio-4901 at ¶ 11`.
 */
function pinAfter(text: string, end: number): boolean {
  return /^,?[ \t]*(?:at[ \t]+)?(?:¶|syllabus\b|paragraph [a-z]+ of the syllabus)/.test(text.slice(end, end + 40));
}

/** Words set in quotation marks inside brackets to define a short name (`(“NIH”)`, `(the “Act”)`): no quotation. */
function definedTerm(text: string, q: Span): boolean {
  const inner = text.slice(q.start + 1, q.end - 1);
  if (inner.length > 40 || inner.split(/\s+/).length > 4) return false;
  return /\((?:the\s+|hereinafter\s+)?$/i.test(text.slice(Math.max(0, q.start - 14), q.start)) && /^\s*\)/.test(text.slice(q.end, q.end + 3));
}

/**
 * A letter or two in quotation marks inside a party's name (`Diamond "D"
 * Constr. Corp. v. McGowan`): the scanner reads the name from the quotation
 * mark on, so the marks sit just before the citation, but they quote nothing.
 */
function letterInName(text: string, q: Span): boolean {
  return /^.[A-Z0-9&]{1,2}.$/.test(text.slice(q.start, q.end)) && /^[ \t]+[A-Z]/.test(text.slice(q.end, q.end + 3));
}

/** How a message names the citation an Id. repeats: its case name, else its text. */
function nameOf(c: Citation | undefined, text: string): string | undefined {
  if (!c) return undefined;
  const name = 'caseName' in c && c.caseName ? c.caseName.text : text.slice(c.span.start, c.span.end);
  const one = name.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

/** Does the citation (or, for Id., the citation it repeats) give a pin? */
function hasPin(cites: Citation[], c: Citation, text: string): boolean {
  if (pinAfter(text, c.span.end)) return true;
  if (c.kind === 'case' || c.kind === 'database') {
    const group = [c, ...c.parallels.map((p) => cites[p])];
    return group.some((g) => 'pins' in g && g.pins.length > 0);
  }
  if (c.kind === 'shortCase') return c.pins.length > 0 || c.page !== undefined;
  if (c.kind === 'id') {
    if (c.pins.length > 0) return true;
    // `Id., 35 S.W.3d 777, 782`: the Id. opens a full citation that gives the pin.
    const next = cites[c.index + 1];
    if (next && next.kind === 'case' && /^,\s*$/.test(text.slice(c.span.end, next.span.start))) return hasPin(cites, next, text);
    // Walk back over the citations this Id. repeats until one shows a pin.
    for (let k = c.index - 1, steps = 0; k >= 0 && steps < 40; k--, steps++) {
      const p = cites[k];
      if (!isTopLevelNotHistory(p) || p.inTable) continue;
      if (p.kind === 'id') {
        if (p.pins.length > 0) return true;
        continue;
      }
      if (p.kind === 'case' || p.kind === 'database' || p.kind === 'shortCase') return hasPin(cites, p, text);
      return true; // something other than a case: not this rule's business
    }
    return true;
  }
  return true;
}

export const CITE005: Rule = {
  meta: {
    code: 'CITE005',
    title: 'Quotation without a pinpoint',
    defaultSeverity: 'error',
    indigo: 'R11.7, R8.1.3',
    bluebook: '3.2(a), B10.1',
    fix: 'lookup',
  },
  check({ cites, text, quoted }) {
    const out = [];
    const supporting = new Set<number>();
    for (const c of cites) {
      if (c.nested || c.historyOf !== undefined) continue;
      if (!isCaseLike(c) && c.kind !== 'id') continue;
      if (isParallel(c)) continue;
      if (c.kind === 'id' && c.resolution !== 'resolved') continue;
      if (insideQuotation(quoted, c.span)) continue; // part of the quoted text itself
      let start = c.span.start;
      if (c.signal) {
        const sig = c.signal.text.replace(/[*_,\s]+/g, ' ').trim();
        if (!/^see$/i.test(sig)) continue;
        start = Math.min(start, c.signal.span.start);
      }
      if (!quoteBefore(text, quoted, start)) continue;
      supporting.add(c.index);
      if (hasPin(cites, c, text)) continue;
      const what = 'This citation has no pinpoint';
      const form =
        c.kind === 'case'
          ? `"${c.volume} ${c.reporter ?? c.reporterAsWritten} ${c.page}, [page]"`
          : c.kind === 'database'
            ? `"${c.year} ${c.database} ${c.number}, at *[page]"`
            : c.kind === 'id'
              ? `"${c.form} at [page]"`
              : '"at [page]"';
      // Which citation an Id. repeats is inferred, and the quoted words may come
      // from another source the text names: a warning that says what it assumed.
      const repeats = c.kind === 'id' && c.antecedent != null ? nameOf(cites[c.antecedent], text) : undefined;
      out.push({
        span: c.span,
        citation: c.index,
        ...(c.kind === 'id' ? { severity: 'warning' as const } : {}),
        message:
          c.kind === 'id'
            ? `This Id. is taken to repeat ${repeats ?? 'the citation before it'}, which has no pinpoint, yet it supports a direct quotation. Give the page the quoted words are on: ${form}. Pincite cannot tell which page that is.`
            : `${what}, yet it supports a direct quotation. Give the page the quoted words are on: ${form}. Pincite cannot tell which page that is.`,
        fixes: [],
      });
    }
    // A case named in a `(quoting …)` parenthetical of a supporting citation is the quotation's source too.
    for (const c of cites) {
      if (!c.nested || c.nestedIn === undefined || !supporting.has(c.nestedIn)) continue;
      if (c.kind !== 'case' && c.kind !== 'database') continue;
      // Subsequent history (`cert. denied, 506 U.S. 973`) is not where the words are.
      if (c.parallelOf !== undefined || c.historyOf !== undefined) continue;
      const owner = cites[c.nestedIn];
      const paren = owner.parentheticals.find((p) => p.span.start <= c.span.start && c.span.end <= p.span.end);
      if (!paren || !/^\(\s*quoting\b/i.test(paren.text)) continue;
      if (hasPin(cites, c, text)) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: 'The quoted source in this (quoting …) parenthetical has no pinpoint. Add the page the quoted words are on; Pincite cannot tell which page that is.',
        fixes: [],
      });
    }
    return out;
  },
};
