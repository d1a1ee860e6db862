// What the service is made from and what it answers: plain values, offsets into
// the text (UTF-16, end exclusive), no editor or protocol types. The language
// server turns them into LSP values (lsp/convert.ts); the CLI prints them.

import type { AuthorityIndex } from '../core/authorities/index';
import type { CheckOptions, Edit, Finding } from '../core/rules/index';
import type { Authority, Span } from '../core/types';
import type { Library, OpinionText } from '../core/library/library';
import type { IndexedBrief } from '../host/workspaceIndex';

/** A document as the host holds it. `getText()` is read again after each pause, so a live document may change under an analysis. */
export interface DocumentInput {
  readonly uri: string;
  /** `markdown` has its markup blanked before scanning; the editor's language id, or one the CLI gives from the file name. */
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

/** How one document is checked, as the host resolved it. */
export interface DocumentSettings {
  /** Language ids the service answers for; unset: every document. */
  languages?: readonly string[];
  /** Documents with more characters than this are not analysed. */
  maxDocumentSize: number;
  /**
   * Rule severities, spacing, parallels, house style: the host's own settings
   * over the project's `.pincite.json`. Asked for only once the document is
   * known to be one the service checks, so a settings file is read (and its
   * problems reported) only for briefs. The library and the authorities come
   * from the service's inputs.
   */
  checkOptions(): CheckOptions;
  /** Offer the code lens with each authority's count. */
  codeLens: boolean;
  /** Table of Authorities: more places than this print "passim". */
  toaPassim: number;
}

/** The opinions library as the service reads it: the host loads it and hands out the URIs of its texts. */
export interface OpinionsInput {
  /** The library as it stands now; reading it never waits for opinions still loading. */
  readonly library: Library | undefined;
  /** The URI a text of an opinion opens at. */
  uriFor(t: OpinionText): string;
  /** The text behind a URI `uriFor` handed out. */
  textForUri?(uri: string): OpinionText | undefined;
  /** True for a document that is one of the bundled opinion files: a source, not a brief. */
  isBundledFile?(uri: string): boolean;
  /** Hover links run the client's open-opinion command instead of naming the URI (VS Code drops links with other schemes). */
  readonly useOpinionScheme: boolean;
}

/** The writer's other briefs, for references and symbols across the workspace. */
export interface BriefsInput {
  all(): Promise<IndexedBrief[]>;
}

export interface ServiceInputs {
  /** Opinions to link citations to and check pins and quotations against; none: those answers are empty. */
  opinions?: OpinionsInput;
  /** The curated authorities: CITE110 checks later treatment against them, hover cards and completion show them. Unset: none. */
  authorities?: AuthorityIndex;
  /** The workspace's briefs; none: answers stay within the document. */
  briefs?: BriefsInput;
  /** The settings of a document; may be asynchronous (the editor asks its client). */
  settings(doc: DocumentInput): DocumentSettings | PromiseLike<DocumentSettings>;
  /** Where the service reports what went wrong while it analysed a document. */
  log(message: string): void;
}

/** Anything that can say the request behind a computation was cancelled. */
export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

/** Zero-based line and UTF-16 character, as editors count them. */
export interface LinePosition {
  line: number;
  character: number;
}

/** Turns offsets of one text into positions. */
export interface LineIndex {
  positionAt(offset: number): LinePosition;
}

/**
 * A span in some document: the one asked about (no `lines`: the host
 * positions it with its own copy), another brief of the workspace, or an
 * opinion text (with the index that positions it, since the host holds
 * neither text).
 */
export interface Place {
  uri: string;
  span: Span;
  lines?: LineIndex;
}

/** A place in a text the host does not hold (an opinion, another brief), with the index that positions it. */
export type PlaceElsewhere = Place & { lines: LineIndex };

/** What the status item shows about the last analysis of a document. */
export interface AnalysisSummary {
  citations: number;
  authorities: number;
  findings: number;
  /** Milliseconds the scan and rules took, to a tenth. */
  ms: number;
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  style?: { label: string; detected: boolean; evidence: string };
}

export interface DiagnosticsAnswer {
  findings: Finding[];
  summary: AnalysisSummary;
  /** The text the findings are about (a live document may have moved on since). */
  text: string;
}

export interface HoverAnswer {
  markdown: string;
  span: Span;
}

export interface LinkAnswer {
  span: Span;
  /** The opinion's URI, with `#L<line>,<column>` of the page the pin names. */
  target: string;
  tooltip: string;
}

export interface CitedInAnswer {
  /** The authority as Pincite labels it. */
  authority: string;
  places: Array<{ opinion: string; where: string; sentence: string; place: PlaceElsewhere }>;
}

export interface CompletionAnswer {
  label: string;
  detail?: string;
  documentation?: { kind: 'plaintext' | 'markdown'; value: string };
  /** Snippet syntax: `${1:pin}` is the first tab stop, `$0` the end. */
  snippet: string;
  /** What the snippet replaces: the word typed so far. */
  replace: Span;
  filterText: string;
  sortText: string;
}

/** A diagnostic the editor sends back with a code-action request, located by offsets. */
export interface ReportedProblem {
  code?: string | number;
  source?: string;
  span: Span;
}

export interface ActionAnswer {
  title: string;
  kind: 'quickfix' | 'source.fixAll.pincite';
  /** The reported problem (by its index in the request) the action is about. */
  problem?: number;
  isPreferred?: boolean;
  edits?: Edit[];
  command?: { title: string; command: string; arguments: unknown[] };
}

/** A document symbol: a group of authorities, an authority, or one of its citations. */
export interface SymbolAnswer {
  name: string;
  detail: string;
  kind: 'heading' | 'group' | Authority['kind'] | 'citation';
  span: Span;
  selection: Span;
  children?: SymbolAnswer[];
}

export interface WorkspaceSymbolAnswer {
  name: string;
  kind: Authority['kind'];
  place: PlaceElsewhere;
  /** The brief's file name. */
  container: string;
}

/** A count above the first citation of an authority cited more than once. */
export interface LensAnswer {
  span: Span;
  title: string;
}

export interface RenameTarget {
  span: Span;
  placeholder: string;
}

export interface TableAnswer {
  /** Authorities listed. */
  entries: number;
  /** True when the markers are new. */
  inserted: boolean;
  /** The replacement that brings the table up to date; absent when it is. */
  edit?: Edit;
}
