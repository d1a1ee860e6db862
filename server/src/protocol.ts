// Messages the Pincite client and server exchange beyond standard LSP. Shared
// by both bundles; no imports, no side effects.

/** Sent by the server after each analysis so the client's status item can show it. */
export const STATUS_NOTIFICATION = 'pincite/status';

export interface StatusParams {
  uri: string;
  citations: number;
  authorities: number;
  findings: number;
  /** Milliseconds the last analysis took. */
  ms: number;
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  /** The house style the document was checked in (`Bluebook`, `Supreme Court and Solicitor General` …). */
  style?: string;
  /** True when the style was read from the document rather than set. */
  styleDetected?: boolean;
  /** What the detected style rests on (`U. S. ×40; Id., at ×12`). */
  styleEvidence?: string;
}

/** URI scheme of opinions opened read-only in VS Code (the client provides their text). */
export const OPINION_SCHEME = 'pincite-opinion';

/** Client command behind hover links to an opinion: arguments `[uri, zero-based line, zero-based character]`. */
export const OPEN_OPINION_COMMAND = 'pincite.openOpinion';

/** Client → server: the text of an opinion URI the server handed out in a link or location. */
export const OPINION_TEXT_REQUEST = 'pincite/opinionText';

export interface OpinionTextParams {
  uri: string;
}

/** Client → server: where the library's opinions cite the authority of the citation at a position. */
export const CITED_IN_REQUEST = 'pincite/citedIn';

export interface CitedInParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

export interface CitedInPlace {
  /** `Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)`. */
  opinion: string;
  /** `p. 228`, or the section of a slip opinion. */
  where: string;
  sentence: string;
  location: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}

export interface CitedInResult {
  /** The authority as Pincite labels it. */
  authority: string;
  places: CitedInPlace[];
}

/** Client → server: the edit that inserts or updates the Table of Authorities in a brief. */
export const TOA_REQUEST = 'pincite/tableOfAuthorities';

export interface ToaParams {
  textDocument: { uri: string };
}

export interface ToaResult {
  /** The replacement to apply (absent when the table is already up to date). */
  edit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  /** Authorities listed, for the message the client shows. */
  entries: number;
  /** True when markers were inserted (first run). */
  inserted: boolean;
}
