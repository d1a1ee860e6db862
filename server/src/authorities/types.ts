// The curated authorities and doctrine notes in data/authorities/: what a case
// holds, the test it sets, how the bundled opinions use it, and later
// treatment a brief writer must know. Plain data; the loader checks it.

/** Where a bundled opinion uses an authority: reporter pages (Russo) or a section (Campbell, a slip opinion). */
export interface AuthorityUse {
  /** Id of the bundled opinion (opinions/index.json). */
  opinion: string;
  /** Pages as a pin is written: `228`, `228-29`, `230 n.5`. Paginated opinions only. */
  pages?: string;
  /** Section heading of a slip opinion, exactly as the opinion prints it. */
  section?: string;
  /** How the opinion uses the authority, in one sentence, in the project's own words. */
  how: string;
}

/** A later decision that changed what the authority can be cited for. */
export interface Treatment {
  /** retired (language disavowed), overruled, overruled in part, abrogated, limited, modified, superseded (statute). */
  kind: 'retired' | 'overruled' | 'overruled in part' | 'abrogated' | 'limited' | 'modified' | 'superseded';
  /** Bluebook citation of the later authority, with pin: `Bell Atl. Corp. v. Twombly, 550 U.S. 544, 562-63 (2007)`. */
  by: string;
  /** Id of the later authority's own entry, when it has one. */
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
  /** What the authority holds (or provides), two or three sentences in the project's own words. */
  holding: string;
  /** The test or elements it sets, one per item, when it sets one. */
  test?: string[];
  /** Ids of the doctrine notes it belongs to. */
  doctrines: string[];
  usedIn: AuthorityUse[];
  treatment?: Treatment[];
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
  /** Two or three sentences: what the doctrine is and its test, in the project's own words. */
  summary: string;
  /** Ids of the controlling authorities (entries in data/authorities/). */
  controlling: string[];
  /** Where the bundled opinions discuss it. */
  usedIn: AuthorityUse[];
  /** A later development that matters (as in the catalog's currency notes). */
  currency?: string;
}

export interface AuthorityFile {
  $comment?: string;
  authorities?: AuthorityEntry[];
  doctrines?: DoctrineNote[];
}
