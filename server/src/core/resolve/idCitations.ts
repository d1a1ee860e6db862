// Id. and Ibid.: the immediately preceding authority, unless a string cite
// makes it ambiguous, a reference Pincite does not read comes between, or the
// Id.'s pin or parallel reporter cannot belong to it.

import type { CaseCitation, Citation, IdCitation } from '../types';
import { firstPagePin, isParallel, segKey } from '../cite/predicates';
import type { Resolver } from './resolve';

/**
 * Marks of a reference the scanner does not read as a citation, in the text
 * between an Id. and the last citation: a pin after `at`, a paragraph sign, a
 * docket entry in brackets (`[# 33]`), or a capitalised title followed by a page
 * (`Brief for Petitioner 26,`, `Reply Brief 5;`, `Tr. 45.`), or a citation in a
 * reporter Pincite does not know (`1 Law Reports of Trials of War Crim. 93
 * (1947)`, `United States v. Krauch, 7 Trials of War Criminals … 14 (1952)`),
 * a book cited by its edition (`… 361 (John J. Lalor ed., 1899)`), or a
 * Restatement (`Restatement (Second) of Torts § 876(b)`), or a sentence that is
 * a section of a code Pincite does not know (`Blah § 2.`, `Title VII § 703(a);`
 * — the section must end the sentence, so `Plaintiffs' § 1983 claim fails.`
 * is prose). Linear: each alternative is anchored on a fixed token and bounded.
 */
const UNREAD_REFERENCE =
  /(?:[.;:][ \t\n]+|\n[ \t]*)[A-Z][A-Za-z.]{1,30}(?:[ \t][A-Z][A-Za-z.]{0,30}){0,3}[ \t]§§?[ \t]?\d[\w().\-\u2013]*[ \t]*[.;]|\bRestatement\b|\beds?\.,?[ \t\n](?:1[6-9]|20)\d\d\)|\bv\.[ \t\n]+[A-Z][^;]{0,80}?,[ \t\n]+\d{1,4}[ \t\n]+[A-Z][a-z]|\bat\s\*?\d|¶\s?\d|\[\s?#\s?\d|\b(?!(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][A-Za-z.'\u2019]{1,20}[ \t\n]\d{1,4}[a-z]{0,2}[ \t]*[,;.)\]]|\b\d{1,4}[ \t\n]+[A-Z][^\n()\d]{2,60}?[ \t\n]\d{1,5}[ \t\n]*\((?:[^()]{0,80}[ \t])?(?:1[6-9]|20)\d\d\)/;

export function resolveId(r: Resolver, c: IdCitation): void {
  const { cites, authorities } = r;
  const prev = previousCitation(r, c);
  if (!prev) {
    c.antecedent = null;
    c.resolution = 'unresolved';
    c.resolutionReason = 'no earlier citation';
    return;
  }
  if (unreadReferenceBetween(r, prev, c)) {
    c.antecedent = null;
    c.resolution = 'unresolved';
    c.resolutionReason = 'a reference Pincite does not read as a citation comes between this Id. and the last citation';
    return;
  }
  // A string cite before the Id. (in an earlier sentence) makes it ambiguous.
  if (prev.sentence !== c.sentence && !c.nested && citesSeveral(r, prev.sentence)) {
    c.antecedent = null;
    c.resolution = 'ambiguous';
    c.resolutionReason = 'the preceding citation sentence cites more than one authority';
    c.candidate = prev.index;
    return;
  }
  let target: Citation = prev;
  if (prev.kind === 'id') {
    if (prev.antecedent === null || prev.antecedent === undefined) {
      c.antecedent = null;
      c.resolution = prev.resolution === 'ambiguous' ? 'ambiguous' : 'unresolved';
      c.resolutionReason = 'the preceding Id. is not resolved';
      return;
    }
    target = cites[prev.antecedent];
  } else if (prev.kind === 'shortCase' || prev.kind === 'supra' || (prev.kind === 'database' && prev.antecedent != null) || (prev.kind === 'secondary' && prev.short)) {
    if (prev.antecedent === null || prev.antecedent === undefined) {
      c.antecedent = null;
      c.resolution = 'unresolved';
      c.resolutionReason = 'the preceding short form is not resolved';
      return;
    }
    target = cites[prev.antecedent];
  }
  // Does the Id.'s pin fit the antecedent?
  const misfit = idMisfit(cites, c, target);
  if (misfit) {
    c.antecedent = null;
    c.resolution = 'unresolved';
    c.resolutionReason = misfit;
    c.candidate = target.index;
    return;
  }
  c.antecedent = target.index;
  c.resolution = 'resolved';
  if (target.authority) {
    const a = authorities.get(target.authority)!;
    r.attach(c, a.id, a.kind, a.label);
  }
}

/**
 * The immediately preceding top-level citation (parallels and history fold into their lead).
 * Subsequent history and table entries fold into nothing an Id. can mean;
 * a citation inside quoted text belongs to the quotation.
 */
function previousCitation(r: Resolver, c: IdCitation): Citation | undefined {
  const cites = r.cites;
  for (let k = c.index - 1; k >= 0; k--) {
    const p = cites[k];
    if (c.nested ? (p.nested && p.nestedIn === c.nestedIn ? false : p.index === c.nestedIn ? false : p.nested) : p.nested) continue;
    if (isParallel(p)) continue;
    if (p.historyOf !== undefined || p.inTable || p.ownCitation || p.kind === 'crossReference') continue;
    if (!c.nested && r.inQuote(p) && !r.inQuote(c)) continue;
    return p;
  }
  return undefined;
}

/**
 * Whether something between the two reads like a reference Pincite does not
 * parse (a brief, a transcript, `[# 33] at 2`, `¶ 12`), which may be what the
 * Id. repeats: then nothing can be said about it. The citations Pincite did
 * read in between (history, quoted cites) are blanked out first.
 */
function unreadReferenceBetween(r: Resolver, prev: Citation, c: IdCitation): boolean {
  const cites = r.cites;
  let gap = r.text.slice(prev.span.end, c.span.start);
  for (let k = prev.index + 1; k < c.index; k++) {
    const s = Math.max(cites[k].span.start, prev.span.end) - prev.span.end;
    const e = Math.min(cites[k].span.end, c.span.start) - prev.span.end;
    if (e > s) gap = gap.slice(0, s) + ' '.repeat(e - s) + gap.slice(e);
  }
  return gap.length > 0 && UNREAD_REFERENCE.test(gap.length > 600 ? gap.slice(-600) : gap);
}

/** Whether citation sentence `sentence` cites more than one authority (an Id. in it counts as the authority it repeats). */
function citesSeveral(r: Resolver, sentence: number): boolean {
  const cites = r.cites;
  const members = r.sentenceMembers.get(sentence) ?? [];
  const distinct = new Set(
    members.map((x) =>
      x.kind === 'id' ? (x.antecedent != null ? (cites[x.antecedent].authority ?? `#${x.antecedent}`) : `id${x.index}`) : (x.authority ?? `#${x.index}`),
    ),
  );
  return distinct.size > 1;
}

function idMisfit(cites: Citation[], c: IdCitation, target: Citation): string | undefined {
  if (target.kind === 'source' && target.paged) {
    const pin = firstPagePin(c.pins);
    const page = Number(target.number.replace(/,/g, ''));
    // A pin reads the Federal Register's thousands comma (`Id. at 15,043`) as part of the number.
    if (pin?.from === undefined || !Number.isFinite(page)) return undefined;
    if (pin.from < page) return `pin ${pin.from} comes before page ${target.number}, where ${target.volume} ${target.series} ${target.number} begins`;
    return undefined;
  }
  if (target.kind === 'secondary') {
    // A case reporter after the pin means a case; a page before an article's first page cannot be in it.
    const seg = c.parallelSegments[0];
    if (seg) return `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} is a case reporter, and the citation before it is ${target.title || 'a secondary source'}`;
    const pin = firstPagePin(c.pins);
    const page = Number(target.page);
    if (target.form === 'article' && pin?.from !== undefined && Number.isFinite(page) && pin.from < page) {
      return `pin ${pin.from} comes before page ${target.page}, where ${target.volume} ${target.journal} ${target.page} begins`;
    }
    return undefined;
  }
  if (target.kind === 'statute' || target.kind === 'regulation' || target.kind === 'constitution') {
    // A statute has no reporters: an Id. with a parallel reporter (`Id. at 363, 112 S. Ct. 1360`)
    // means a case, most often the one cited before the statute was mentioned.
    // (A page pin alone is CITE052's: it may be a slip for the section.)
    const seg = c.parallelSegments[0];
    if (!seg) return undefined;
    const label =
      target.kind === 'constitution'
        ? 'a constitution'
        : `${target.title ? target.title + ' ' : ''}${target.code}${target.kind === 'statute' && target.chapter ? ` ch. ${target.chapter},` : ''} § ${target.section}`;
    return `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} is a case reporter, and the citation before it is ${label}`;
  }
  if (target.kind !== 'case') return undefined;
  const group = [target, ...target.parallels.map((p) => cites[p])].filter((x): x is CaseCitation => x.kind === 'case');
  const paragraph = c.pins.some((p) => p.kind === 'paragraph') || /^\(\s*¶/.test(c.parentheticals[0]?.text ?? '');
  if (paragraph) return `a paragraph pin cannot point into ${target.caseName?.text ?? 'a reported case'}`;
  const pin = firstPagePin(c.pins);
  if (pin?.from !== undefined) {
    const page = Number(target.page);
    if (Number.isFinite(page) && pin.from < page) {
      return `pin ${pin.from} comes before page ${page}, where ${target.caseName?.text ?? 'the preceding case'} begins`;
    }
  }
  for (const seg of c.parallelSegments) {
    const match = group.find((g) => segKey(g) === segKey(seg));
    if (!match) {
      return `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} is not a reporter of ${target.caseName?.text ?? 'the preceding case'}`;
    }
  }
  return undefined;
}
