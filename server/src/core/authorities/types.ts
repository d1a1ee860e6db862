// The curated authorities and doctrine notes in data/authorities/: what a case
// holds and where it says so, the test it sets, how the bundled opinions use
// it, later treatment a brief writer must know, and what the curators could
// not confirm. Plain data; test/unit/authorities-data.test.ts checks it.

/** Where a bundled opinion uses an authority: reporter pages (Russo) or a section (Campbell, a slip opinion). */
export interface AuthorityUse {
  /** Id of the bundled opinion (opinions/index.json). */
  opinion: string;
  /** Pages as a pin is written, ranges with an en dash: `228`, `228–29`, `230 n.5`. Paginated opinions only. */
  pages?: string;
  /** Section heading of a slip opinion, exactly as the opinion prints it. */
  section?: string;
  /**
   * The opinion names the authority there without citing it (Campbell's "the
   * *Ex Parte Young* exception"): the data test then looks for `shortName` in
   * the text of those pages or that section instead of a citation.
   */
  byName?: boolean;
  /** How the opinion uses the authority, in one sentence, in the project's own words. */
  how: string;
}

/**
 * The kinds of later treatment, strongest first. The first six take something
 * away from what the authority can be cited for and flag the card; `limited`,
 * `modified` and `questioned` narrow it or cast doubt on it; `explained` adds
 * what a later case built on it.
 */
export const TREATMENT_KINDS = [
  'overruled',
  'overruled in part',
  'abrogated',
  'abrogated in part',
  'superseded',
  'retired',
  'limited',
  'modified',
  'questioned',
  'explained',
] as const;
export type TreatmentKind = (typeof TREATMENT_KINDS)[number];

/** A later decision (or statute) that changed what the authority can be cited for. */
export interface Treatment {
  kind: TreatmentKind;
  /**
   * Bluebook citation of the later authority with the pin where it says so:
   * `Bell Atl. Corp. v. Twombly, 550 U.S. 544, 562–63 (2007)`; a statute by
   * its subsection.
   */
  by: string;
  /** Id of the later authority's own entry, when it has one (the data test checks the citation matches it). */
  byId?: string;
  /** What changed, in one or two sentences. */
  what: string;
  /**
   * Words that show a brief relies on what was retired (lower case; matched
   * without regard to case, quotes or emphasis): `no set of facts`. CITE110
   * fires when the text a citation supports contains one of them. Leave out
   * when the treatment does not turn on a phrase (hover shows it anyway).
   */
  phrases?: string[];
}

/** One element or step of the test an authority sets, with the page that states it. */
export interface TestStep {
  text: string;
  /** Pages of the authority itself (its first reporter unless written `139 S. Ct. at 2167`). */
  pin?: string;
  /** A bundled opinion that cites the authority at this pin for this step; the data test checks it does. */
  seenIn?: string;
  /** Why there is no pin: what must be looked up. Required when `pin` is missing. */
  verify?: string;
}

/** A point the curators could not confirm offline and a brief writer must check; the card shows it. */
export interface VerifyNote {
  about: 'pin' | 'treatment' | 'citation' | 'holding';
  note: string;
}

/**
 * Whether later treatment is recorded: `recorded` (the treatment list says
 * what), `none recorded` (the curators know of none worth a note; not a
 * citator's verdict) or `to verify` (a possible treatment they could not
 * confirm; a `verify` note about the treatment says what).
 */
export type TreatmentState = 'recorded' | 'none recorded' | 'to verify';

export interface AuthorityEntry {
  /** Stable id: `younger-v-harris`, `42-usc-1983`. */
  id: string;
  kind: 'case' | 'statute' | 'rule' | 'constitution';
  /** Canonical Bluebook citation, no pin: `Younger v. Harris, 401 U.S. 37 (1971)`; `42 U.S.C. § 1983`. */
  citation: string;
  /** Parallel reporter citations the opinions use: `91 S. Ct. 746`, `27 L. Ed. 2d 669`. */
  parallels?: string[];
  /** Case name as cited (`Younger v. Harris`) or the provision's name (`Section 1983`). */
  name: string;
  /** Short-form name (`Younger`), for cases. */
  shortName?: string;
  /** Court abbreviation as in a citation (`U.S.`, `2d Cir.`, `Conn.`); cases only. */
  court?: string;
  year?: number;
  /** What the authority holds (or provides), in the project's own words. */
  holding: string;
  /** Where the case itself states the holding: pages of its first reporter (`43–45, 53–54`), or `139 S. Ct. at 2167`. */
  pin?: string;
  /** A bundled opinion that cites the case at `pin` for the holding; the data test checks it does. */
  pinSeenIn?: string;
  /** The test or elements it sets, one per step, each with its pin. */
  test?: TestStep[];
  /** Ids of the doctrine notes it belongs to. */
  doctrines: string[];
  /** Uses in the bundled opinions, most relevant first (the card shows three and links the rest). */
  usedIn: AuthorityUse[];
  /** Required for cases. */
  treatmentState?: TreatmentState;
  treatment?: Treatment[];
  verify?: VerifyNote[];
}

export interface DoctrineNote {
  /** Stable id: `younger-abstention`. */
  id: string;
  /** Display name: `*Younger* abstention`. Markdown emphasis allowed. */
  name: string;
  /**
   * How writers name it in prose (lower case, no emphasis): `younger abstention`,
   * `ex parte young exception`, `monell claim`, `qualified immunity`. Hover on
   * any of them shows the note.
   */
  phrases: string[];
  /** Two or three sentences: what the doctrine is and its test, in the project's own words, current law first. */
  summary: string;
  /** Ids of the controlling authorities (entries in data/authorities/), most important first. */
  controlling: string[];
  /** Where the bundled opinions discuss it. */
  usedIn: AuthorityUse[];
  /** Later developments that matter (as in the catalog's currency notes). */
  currency?: string;
}

export interface AuthorityFile {
  $comment?: string;
  authorities?: AuthorityEntry[];
  doctrines?: DoctrineNote[];
}
