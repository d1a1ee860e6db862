// Small questions about citations that the resolver, the rules, the table of
// authorities and the editor features all ask: is this a parallel segment, is
// it top-level, which full citation an authority is written from, which page
// it pins, which reporter volume it names, do two case names name the same
// case. One answer to each, here, so no two parts of Pincite can disagree
// about the same citation.

import type { Authority, CaseCitation, CaseName, Citation, DatabaseCitation, DocketCitation, Pin, ShortCaseCitation } from '../types';

// ---------------------------------------------------------------------------
// Parallel groups and nesting

/** The kinds of citation that can be a segment of a parallel group. */
export type ParallelCitation = CaseCitation | ShortCaseCitation | DatabaseCitation;

/** Whether `c` is a parallel segment (`78 S. Ct. 99` after `355 U.S. 41`) rather than its group's lead. */
export function isParallel(c: Citation): c is ParallelCitation & { parallelOf: number } {
  return 'parallelOf' in c && c.parallelOf !== undefined;
}

/** The lead of `c`'s parallel group: `c` itself when it leads one or stands alone. */
export function parallelLead(cites: readonly Citation[], c: Citation): Citation {
  let x = c;
  for (let hops = 0; hops < 8 && isParallel(x); hops++) x = cites[x.parallelOf];
  return x;
}

/**
 * Whether authority `a` is the brief's own caption docket: a docket number cited
 * nowhere with a case name (`Civil Action No. 3:24-cv-1187` in the caption)
 * numbers the brief's own case, not an authority. The table of authorities and
 * the outline both leave it out.
 */
export function isCaptionDocket(a: Authority, cites: readonly Citation[]): boolean {
  return a.kind === 'case' && a.citations.every((i) => cites[i].kind === 'docket' && !(cites[i] as DocketCitation).caseName);
}

/** A citation in the text itself: not nested in another's parenthetical, not a parallel segment. */
export function isTopLevel(c: Citation): boolean {
  return !c.nested && !isParallel(c);
}

/** A top-level citation that is not subsequent history (`aff'd, …`): one the writer cites for itself. */
export function isTopLevelNotHistory(c: Citation): boolean {
  return isTopLevel(c) && c.historyOf === undefined;
}

// ---------------------------------------------------------------------------
// Full citations and pins

/** A case's full citation: reporter, database or docket. */
export type FullCaseCitation = CaseCitation | DatabaseCitation | DocketCitation;

/**
 * The citation an authority is written from: its first full citation that
 * leads its parallel group and is not subsequent history, else the first that
 * leads its group.
 */
export function firstFullCitation(cites: readonly Citation[], a: Authority): FullCaseCitation | undefined {
  let fallback: FullCaseCitation | undefined;
  for (const i of a.citations) {
    const c = cites[i];
    if ((c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && !isParallel(c)) {
      if (c.historyOf === undefined) return c;
      fallback ??= c;
    }
  }
  return fallback;
}

/** The first pin that names a page or a span of pages (not a footnote, star page, paragraph or section). */
export function firstPagePin(pins: readonly Pin[]): Pin | undefined {
  return pins.find((p) => p.kind === 'page' || p.kind === 'range');
}

// ---------------------------------------------------------------------------
// Reporter volumes

/**
 * `volume reporter` of a segment: the key short forms are matched on. A
 * reporter Pincite does not know is keyed as written, without its spaces.
 */
export function segKey(c: { volume: string; reporter: string | null; reporterAsWritten: string }): string {
  return `${c.volume} ${c.reporter ?? c.reporterAsWritten.replace(/\s+/g, '')}`;
}

// ---------------------------------------------------------------------------
// Case names

/** Words so many case names hold that sharing one says nothing (`City`, `Inc`). */
const COMMON_NAME_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'city', 'town', 'state', 'county', 'inc', 'corp', 'ltd', 'llc', "dep't", 'dept']);

/** The United States as a party: many cases name it, so sharing it does not say two citations cite one case. */
const UNITED_STATES: ReadonlySet<string> = new Set(['united', 'states']);

/** The case name a citation gives, as written, when its kind carries one. */
export function caseNameOf(c: Citation): string | undefined {
  return 'caseName' in c ? c.caseName?.text : undefined;
}

/** Every word of three letters or more in a case name, lower case, emphasis markers dropped. */
export function nameWords(name: string | undefined): string[] {
  if (!name) return [];
  return name
    .replace(/[*_]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((w) => w.length >= 3);
}

/**
 * The words of a case name that tell it from others: `nameWords` without the
 * common ones. `United States` stays: a short form named only `United States`
 * does not agree with `Imbler v. Pachtman`.
 */
export function significantNameWords(name: string | undefined): string[] {
  return nameWords(name).filter((w) => !COMMON_NAME_WORDS.has(w));
}

/** `significantNameWords` without `United States`: the words that say which case a name is, when looking for it among many. */
export function identifyingNameWords(name: string | undefined): string[] {
  return significantNameWords(name).filter((w) => !UNITED_STATES.has(w));
}

/** Whether two words are the same, or one edit apart: scanning errors such as `Celia`/`Cella`. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a.length < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/**
 * Whether a short form's name (`Younger`) does not contradict a full
 * citation's (`Younger v. Harris`): they share a significant word, allowing a
 * one-letter scanning error, or the short name has no significant word.
 */
export function namesAgree(short: string | undefined, full: string | undefined): boolean {
  const sw = significantNameWords(short);
  if (sw.length === 0) return true;
  const fw = significantNameWords(full);
  return sw.some((w) => fw.some((f) => sameWord(w, f)));
}

/** Words that, beyond the common ones, are too general to find a case by in prose (`Board`, `School`, `New York`). */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  ...COMMON_NAME_WORDS,
  ...UNITED_STATES,
  'co',
  'cnty',
  'of',
  'for',
  'people',
  'commonwealth',
  'village',
  'vill',
  'board',
  'bd',
  "comm'n",
  'univ',
  'school',
  'sch',
  'dist',
  'district',
  'new',
  'york',
  'america',
  'am',
  "nat'l",
  "int'l",
  "ass'n",
  'servs',
  'educ',
  'hosp',
  'auth',
]);

/**
 * The capitalised words of a case name distinctive enough to tell whether a
 * sentence names the case, as written (curly apostrophes straightened).
 */
export function distinctiveNameWords(name: CaseName | undefined): string[] {
  if (!name) return [];
  return name.text
    .replace(/[*_]/g, '')
    .split(/[^A-Za-z'\u2019]+/)
    .map((w) => w.replace(/\u2019/g, "'"))
    .filter((w) => w.length >= 3 && /^[A-Z]/.test(w) && !GENERIC_NAME_WORDS.has(w.toLowerCase()));
}
