// Plain values describing the library of opinions Pincite links citations to:
// the bundled opinions in `opinions/` and any folders the writer adds with
// `pincite.opinionFolders`. No file system, no editor types.

import type { Span } from '../types';

/** One way of citing an opinion. */
export type OpinionCite =
  | { kind: 'reporter'; volume: string; reporter: string; page: number; text: string }
  | { kind: 'database'; year: string; database: string; number: string; text: string }
  | { kind: 'docket'; docket: string; text: string };

/** How a text marks the reporter's pages. */
export type Pagination = 'lexis' | 'west' | 'slip';

export interface OpinionTextMeta {
  /** File name inside the bundled `opinions/` folder, or an absolute path for the writer's own opinions. */
  file: string;
  /** The text links open when more than one text holds the same opinion. */
  primary: boolean;
  pagination: Pagination;
  /** Where the text came from and what it looks like, in a few words. */
  source?: string;
}

/** An opinion: one authority, with one or more texts. */
export interface OpinionMeta {
  id: string;
  /** Caption in citation form: `Russo v. City of Hartford`. */
  caption: string;
  /** The name a short form uses: `Russo`. */
  shortName: string;
  /** Court abbreviation as in a citation: `D. Conn.`. */
  court: string;
  /** Decision date, ISO `YYYY-MM-DD`. */
  date: string;
  judge?: string;
  /** Docket numbers, normalised to `N:YY-cv-NNN`. */
  dockets: string[];
  /** Every citation that designates the opinion. */
  cites: OpinionCite[];
  /** The reporter's first and last page of the opinion, when it is reported. */
  firstPage?: number;
  lastPage?: number;
  /** Canonical citation to show: `Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)`. */
  citation: string;
  texts: OpinionTextMeta[];
  /** What the opinion decides, in two or three sentences (bundled opinions). */
  summary?: string;
  /** True for the opinions that ship with Pincite. */
  bundled?: boolean;
}

/** A reporter page and where its text is. */
export interface PageRange {
  page: number;
  /** Original-text offsets: from the page's marker to the next marker (end exclusive). */
  start: number;
  end: number;
}

/** A footnote's text and the page of its call-out. */
export interface FootnoteRange {
  label: string;
  start: number;
  end: number;
  /** Offset of the call-out (`n5`, `⁵`, `.5`) in the running text, when found. */
  callOut?: number;
  /** Page of the call-out, which is the page the footnote belongs to. */
  page?: number;
}

/** A heading of a slip opinion (`DISCUSSION`, `Official-capacity claims …`). */
export interface SectionRange {
  title: string;
  /** 1 for the top headings (BACKGROUND, DISCUSSION), 2 below them. */
  level: number;
  start: number;
  end: number;
}

/** A found quotation in an opinion's text. */
export interface QuoteMatch extends Span {
  /** Pages the match runs over (first and last), when the text is paginated. */
  fromPage?: number;
  toPage?: number;
}
