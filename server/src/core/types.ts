// Plain values the core hands out. Nothing here knows about LSP or VS Code:
// offsets are UTF-16 code-unit indices into the ORIGINAL document text
// (JavaScript string indices, end exclusive), which is what LSP positions use.

import type { LayoutFacts } from './text/layout';

export type { LayoutFacts };

export interface Span {
  start: number;
  end: number;
}

export type CitationKind =
  | 'case'
  | 'shortCase'
  | 'id'
  | 'supra'
  | 'database'
  | 'docket'
  | 'record'
  | 'source'
  | 'crossReference'
  | 'statute'
  | 'regulation'
  | 'rule'
  | 'constitution'
  | 'secondary';

/** How a pin cite is written. */
export type PinKind = 'page' | 'range' | 'footnote' | 'star' | 'paragraph' | 'section' | 'slip';

export interface Pin {
  /** As written, noise removed (e.g. `43-44`, `610 n.11`, `*3`, `¶ 27`). */
  text: string;
  span: Span;
  kind: PinKind;
  /** First page (or star page / paragraph) the pin names, when numeric. */
  from?: number;
  /** Last page of a range, expanded (`911-15` gives 915). */
  to?: number;
  /** Footnote number(s) for `n.11` / `nn.3-4`. */
  footnote?: string;
  /** How the pin is joined to what precedes it: `, 43` (comma), `at 43` (at), nothing. */
  joiner: 'comma' | 'at' | 'none';
}

export type ParentheticalKind =
  | 'courtDate' // (2d Cir. 1988), (1971), (D. Conn. Feb. 9, 2022)
  | 'weight' // (per curiam), (en banc), (plurality opinion), (Scalia, J., dissenting)
  | 'quotationNote' // (internal quotation marks omitted), (emphasis added)
  | 'citing' // (quoting …), (citing …)
  | 'hereinafter' // [hereinafter Smith] or (hereinafter Smith)
  | 'explanatory'; // (holding that …)

export interface Parenthetical {
  text: string; // including the brackets
  span: Span;
  kind: ParentheticalKind;
  /** False when the closing bracket is missing before the citation ends. */
  closed: boolean;
  /** courtDate only: the court as written (`2d Cir.`), or undefined when absent. */
  court?: string;
  courtSpan?: Span;
  /** courtDate only: the year, when present. */
  year?: number;
  /** courtDate only: an exact date, when present (`Feb. 9, 2022`). */
  date?: string;
}

export interface CaseName {
  /** Noise removed (emphasis, star markers); internal spacing as written. */
  text: string;
  span: Span;
  /** First party (before `v.`), when the name has two sides. */
  plaintiff?: string;
  /** Second party (after `v.`). */
  defendant?: string;
  /** `Ex parte`, `In re`, `ex rel.` … as written. */
  procedural?: string;
  /** The `v.` token as written (`v.`, `vs.`, `v`) when present. */
  versus?: string;
  /**
   * A page break or a footnote block runs through the name, so its span takes
   * in text that is not the name (a running head, a footnote): the case-name
   * rules leave it alone.
   */
  laidOut?: boolean;
}

export interface Signal {
  text: string;
  span: Span;
}

/** A fact about a citation's form that later rules rely on. The scanner does not judge style. */
export type ScanNoteCode =
  | 'unknownReporter'
  | 'corruptedReporter' // comma for period, OCR damage: `L,Ed.2d`
  | 'ambiguousReporter'
  | 'placeholderVolume'
  | 'placeholderPage'
  | 'missingCourtDate' // no court-and-date parenthetical at all
  | 'missingYear'
  | 'unclosedParenthetical'
  | 'missingNameComma' // `Shay v. Rossi 253 Conn. 134`
  | 'pinWithAt' // full citation pin joined with `at`: `292 at 293`
  | 'starPinWithoutAt' // `2001 U.S. App. LEXIS 16202, *8`
  | 'idCommaBeforeAt' // `Id., at 5`
  | 'shortCommaBeforeAt' // `491 U. S., at 406`
  | 'idWithoutPeriod'; // `Id;`

export interface ScanNote {
  code: ScanNoteCode;
  span: Span;
  detail?: string;
}

/** Fields every citation has, whatever its kind. */
export interface CitationBase {
  /** Position in the document's citation list. */
  index: number;
  kind: CitationKind;
  /** The citation's text in the original document (noise included). */
  text: string;
  span: Span;
  signal?: Signal;
  /** Sentence number (0-based) in the document; citations in one sentence share it. */
  sentence: number;
  /** True when nested inside another citation's (quoting …)/(citing …) parenthetical. */
  nested: boolean;
  /** Index of the citation whose parenthetical holds this one, when nested. */
  nestedIn?: number;
  /** True for an entry of the brief's own table of authorities or contents: checked, but never an antecedent. */
  inTable?: boolean;
  /**
   * True for the document's own citation printed above it (`668 F. Supp. 2d 1260
   * (2009)` heading a reported opinion): not a citation the writer made, so
   * neither checked nor an antecedent.
   */
  ownCitation?: boolean;
  /** Index of the citation this one is subsequent history of (`aff'd, …`). */
  historyOf?: number;
  /** History phrase before this citation as written (`aff'd,`, `cert. denied,`). */
  historyPhrase?: string;
  parentheticals: Parenthetical[];
  notes: ScanNote[];
  /** Stable id shared by every citation of the same authority (set by resolution). */
  authority?: string;
  /** Resolution outcome for short forms, Id. and supra. */
  antecedent?: number | null;
  resolution?: 'resolved' | 'unresolved' | 'ambiguous';
  /** Why a short form was left unresolved or ambiguous. */
  resolutionReason?: string;
  /** Best guess the resolver refused to attach (for rules such as CITE059). */
  candidate?: number;
  /**
   * A short form or supra left without an authority (one written before its
   * full citation, say): the authority whose full citation, anywhere in the
   * document, it fits. Not an antecedent, so rules still see it unresolved;
   * the table of authorities lists it under this authority (set by resolution).
   */
  fitsAuthority?: string;
}

/** What full and short case citations share: a named volume of a reporter, and their place in a parallel group. */
interface ReporterCitation extends CitationBase {
  caseName?: CaseName;
  volume: string;
  volumeSpan: Span;
  /** Canonical reporter abbreviation, or null when the reporter is not recognised. */
  reporter: string | null;
  reporterAsWritten: string;
  reporterSpan: Span;
  pins: Pin[];
  /** Index of the lead citation of a parallel group (absent on the lead itself). */
  parallelOf?: number;
  /** Indices of this lead's parallel citations. */
  parallels: number[];
}

/** Full case citation, and one reporter segment of a parallel group. */
export interface CaseCitation extends ReporterCitation {
  kind: 'case';
  page: string;
  pageSpan: Span;
  /** The court as the date parenthetical writes it (`9th Cir.`); absent when none is written. */
  court?: string;
  /**
   * The court the reporter implies when the parenthetical names none: a
   * courts-db id (`scotus` for `U.S.`, `cal` for `Cal. 4th`). Kept apart from
   * `court` so rules that ask whether a court is written still see none.
   */
  courtImplied?: string;
  year?: number;
  date?: string;
  docket?: string;
  /**
   * A public-domain citation (`2019 ND 12`, `2011 IL App (1st) 101234`): it
   * carries its year and court, so `year` may come from it rather than from a
   * parenthetical. `'web'` for the hyphenated form (`2006-Ohio-2095`).
   */
  publicDomain?: 'neutral' | 'web';
}

/** `Younger, 401 U.S. at 44` or `401 U.S. at 44`. */
export interface ShortCaseCitation extends ReporterCitation {
  kind: 'shortCase';
  /** Set when the short form wrongly repeats a first page (`Fenton, 233 N.E.2d 219`). */
  page?: string;
}

export interface IdCitation extends CitationBase {
  kind: 'id';
  /** `Id.`, `id.`, `Ibid.`, `Id` … as written. */
  form: string;
  pins: Pin[];
  /** Parallel reporter segments written after the pin: `Id. at 168, 113 S. Ct. 1160`. */
  parallelSegments: IdParallel[];
}

export interface IdParallel {
  volume: string;
  reporter: string | null;
  reporterAsWritten: string;
  span: Span;
  /** The segment's pin (a first page written where a pin belongs counts as the pin). */
  pins: Pin[];
}

export interface SupraCitation extends CitationBase {
  kind: 'supra';
  /** The name before `supra` (`Roth`). */
  name: string;
  nameSpan: Span;
  note?: string;
  pins: Pin[];
}

/** `2019 WL 4933517, at *3`, `2001 U.S. Dist. LEXIS 14297`. */
export interface DatabaseCitation extends CitationBase {
  kind: 'database';
  caseName?: CaseName;
  year: string;
  /** `WL`, `U.S. Dist. LEXIS` … canonical form. */
  database: string;
  databaseAsWritten: string;
  number: string;
  docket?: string;
  pins: Pin[];
  court?: string;
  /** Year of decision from the parenthetical (may differ from the database year). */
  decisionYear?: number;
  date?: string;
  parallelOf?: number;
  parallels: number[];
}

/** `No. 3:21-cv-107 (JAM)`, with an optional slip-opinion pin. */
export interface DocketCitation extends CitationBase {
  kind: 'docket';
  caseName?: CaseName;
  docket: string;
  /** Docket normalised to `N:YY-cv-NNN` form when it is a federal district docket. */
  docketNormalized: string;
  judge?: string;
  pins: Pin[];
  court?: string;
  year?: number;
  date?: string;
}

/** `Doc. #41 at 4`, `Dkt. No. 66`, `ECF No. 12`. */
export interface RecordCitation extends CitationBase {
  kind: 'record';
  /** The record document, normalised (`Doc. 41`, `Dkt. No. 66`, `Compl.`). */
  document: string;
  pins: Pin[];
}

/**
 * A publication other than a case reporter, cited by volume and page or by
 * number: treaties (`1465 U.N.T.S. 85`, `18 U.S.T. 3201`), session laws
 * (`82 Stat. 225`, `Pub. L. No. 90-351`), the Federal Register
 * (`90 Fed. Reg. 15,041`), the Congressional Record, committee reports
 * (`H.R. Rep. No. 95-595`, `S. Rep. No. 698`) and executive opinions
 * (`1 Op. Att'y Gen. 57`).
 */
export interface SourceCitation extends CitationBase {
  kind: 'source';
  /** Canonical series: `U.N.T.S.`, `Stat.`, `Fed. Reg.`, `Cong. Rec.`, `H.R. Rep. No.`, `Pub. L. No.` … */
  series: string;
  volume?: string;
  /** First page for a paged series; the document's number for a numbered one (`95-595`). */
  number: string;
  /** True when `number` is a page, so pins are pages that cannot come before it. */
  paged: boolean;
  pins: Pin[];
}

/** `see p. 13, supra`, `n. 3, infra`, `Part II.A, infra`: a pointer within the filing itself, not an authority. */
export interface CrossReference extends CitationBase {
  kind: 'crossReference';
  /** What is pointed to, as written (`p. 13`, `n. 3`, `Part II.A`). */
  target: string;
  direction: 'supra' | 'infra';
}

/** Statutes (`42 U.S.C. § 1983`, `Conn. Gen. Stat. § 4-165(a)`) and regulations (`29 C.F.R. § 1614.105`). */
export interface StatuteCitation extends CitationBase {
  kind: 'statute' | 'regulation';
  title?: string;
  /** Canonical code abbreviation (`U.S.C.`, `Conn. Gen. Stat.`). */
  code: string;
  codeAsWritten: string;
  codeSpan: Span;
  /** Section symbol(s) as written: `§`, `§§`, `sec.`, or '' when absent. */
  sectionSign: string;
  section: string;
  sectionSpan: Span;
  /** The chapter of a code numbered by chapter and section (`Mass. Gen. Laws ch. 93A, § 11`: `93A`). */
  chapter?: string;
  year?: number;
}

/** `Fed. R. Civ. P. 12(b)(6)`. */
export interface RuleCitation extends CitationBase {
  kind: 'rule';
  /** Canonical rule set (`Fed. R. Civ. P.`). */
  code: string;
  codeAsWritten: string;
  codeSpan: Span;
  rule: string;
  ruleSpan: Span;
}

/** `U.S. Const. amend. XIV, § 1`. */
export interface ConstitutionCitation extends CitationBase {
  kind: 'constitution';
  jurisdiction: string; // `U.S.`, `Conn.`
  /** `amend.`, `art.`, `pmbl.` as written. */
  part: string;
  partAsWritten: string;
  number: string; // as written (`XIV`, `14`)
  section?: string;
  clause?: string;
}

/** What kind of work a secondary source is. */
export type SecondaryForm = 'treatise' | 'book' | 'restatement' | 'article' | 'hearing';

/**
 * Commentary and legislative history cited by author, title or body rather
 * than by a reporter: treatises and books (`5B Charles Alan Wright & Arthur R.
 * Miller, Federal Practice and Procedure § 1350 (3d ed. 2004)`), Restatements
 * (`Restatement (Second) of Torts § 402A`), law-review articles and notes
 * (`Author, Title, 114 Colum. L. Rev. 1, 12 (2014)`) and congressional hearings
 * (`Hearing on S. 123 Before the S. Comm. on the Judiciary, 98th Cong. 45 (1983)`).
 * A short form of a treatise (`Wright & Miller § 1350`) is one too, with `short` set.
 */
export interface SecondaryCitation extends CitationBase {
  kind: 'secondary';
  form: SecondaryForm;
  /** Author(s) as written (`Charles Alan Wright & Arthur R. Miller`, `Note`), when given. */
  author?: string;
  /** Title as written, emphasis removed: `Federal Practice and Procedure`, `Restatement (Second) of Torts`, a hearing's title. */
  title: string;
  /** Canonical title of a well-known treatise cited by any of its names (`Federal Practice and Procedure` for `Wright & Miller`). */
  work?: string;
  /** Volume (`5B`, `114`), when given. */
  volume?: string;
  /** Journal abbreviation of an article (canonical, from data/journals.json). */
  journal?: string;
  /** First page of an article or a hearing's printed volume. */
  page?: string;
  /** The section cited (`1350`, `402A`, `2.01`), without the sign. */
  section?: string;
  /** Restatement comment or illustration as written (`cmt. d`, `cmt. b, illus. 2`). */
  comment?: string;
  /** Congress of a hearing (`98`). */
  congress?: number;
  /** Edition as written (`3d ed.`), when given. */
  edition?: string;
  year?: number;
  pins: Pin[];
  /** A short form of a treatise named before (`Wright & Miller § 1350`): it resolves to that treatise. */
  short?: boolean;
}

export type Citation =
  | CaseCitation
  | ShortCaseCitation
  | IdCitation
  | SupraCitation
  | DatabaseCitation
  | DocketCitation
  | RecordCitation
  | SourceCitation
  | CrossReference
  | StatuteCitation
  | RuleCitation
  | ConstitutionCitation
  | SecondaryCitation;

/** One cited thing: a case with all its parallels, short forms and Id.s, or a statute section, … */
export interface Authority {
  id: string;
  kind: 'case' | 'database' | 'docket' | 'record' | 'source' | 'statute' | 'regulation' | 'rule' | 'constitution' | 'secondary';
  /** Canonical label (`Younger v. Harris, 401 U.S. 37 (1971)`, `42 U.S.C. § 1983`). */
  label: string;
  /** Indices of every citation of this authority, in document order. */
  citations: number[];
}

/** A star-page marker found in the text (`[*228]`, `*228`). */
export interface PageMarker {
  page: number;
  span: Span;
  style: 'lexis' | 'west';
}

export interface ScanResult {
  citations: Citation[];
  authorities: Authority[];
  pageMarkers: PageMarker[];
  /** How the text is laid out (double-spaced, justified, line-numbered), for rules that judge spacing. */
  layout?: LayoutFacts;
  /**
   * Text the document reproduces from another without quotation marks, sorted
   * by start: block quotations set off by the layout (or confirmed by the citation after them), and the statutes and
   * rules a brief's appendix reprints. Citations there are quoted, like those
   * between quotation marks (see text/quotes.ts).
   */
  reproduced?: Span[];
  /** Original offsets where pages end in the text: the first line of page furniture, or a form feed (see text/layout.ts). */
  pageEdges?: number[];
}
