// Pincite's service: one object between the core and the protocols, in the
// manner of rust-analyzer's `ide` crate. It is made from its inputs (the
// opinions library, the curated authorities, the workspace's briefs, each
// document's settings, a logger), owns the per-document analysis cache, and
// answers in plain offset-based values (types.ts). The language server maps
// LSP requests onto it (server.ts, lsp/convert.ts); the CLI analyses, fixes
// and scans through it. Every answer about a document starts from the same
// analysis, so the CLI prints what the editor shows.
//
// Asynchronous answers give the event loop a turn before the scan and between
// the scan and the rules, and stop with `AnalysisCancelled` once `token` says
// the request was cancelled. Nothing here waits for the opinions still
// loading in the background: the library input answers with what it has.

import { buildAuthorityIndex, type AuthorityIndex } from '../core/authorities/index';
import { toaFormatForLanguage, updateToaInDocument } from '../core/toa/index';
import { safeEdits } from '../core/rules/fixes';
import type { Edit } from '../core/rules/index';
import type { ScanResult } from '../core/types';
import { codeActions } from '../features/codeActions';
import { completionsAt } from '../features/completion';
import { codeLenses, prepareRename, referencesInBriefs, renameShortName, workspaceSymbols } from '../features/briefTools';
import { hoverFor } from '../features/hover';
import { authorityKeysAt, citedInResult, definitionAt, documentLinks, hoverLibrary, referencesAt } from '../features/opinionLinks';
import { documentSymbols } from '../features/symbols';
import { AnalysisCache, AnalysisCancelled, scanDocument, type Analysis, type AnalysisSettings } from './analysis';
import type {
  ActionAnswer,
  AnalysisSummary,
  Cancellable,
  CitedInAnswer,
  CompletionAnswer,
  DiagnosticsAnswer,
  DocumentInput,
  DocumentSettings,
  HoverAnswer,
  LensAnswer,
  LinkAnswer,
  Place,
  PlaceElsewhere,
  RenameTarget,
  ReportedProblem,
  ServiceInputs,
  SymbolAnswer,
  TableAnswer,
  WorkspaceSymbolAnswer,
} from './types';

/** Stops an answer whose request was cancelled. */
export function checkCancelled(token: Cancellable | undefined): void {
  if (token?.isCancellationRequested) throw new AnalysisCancelled();
}

const NEVER: Cancellable = { isCancellationRequested: false };

function isThenable<T>(v: T | PromiseLike<T>): v is PromiseLike<T> {
  return typeof (v as PromiseLike<T> | undefined)?.then === 'function';
}

/** What the status item shows about an analysis. */
export function summaryOf(a: Analysis): AnalysisSummary {
  return {
    citations: a.result.citations.length,
    authorities: a.result.authorities.length,
    findings: a.findings.length,
    ms: Math.round(a.ms * 10) / 10,
    ...(a.skipped ? { skipped: a.skipped } : {}),
    ...(a.style ? { style: { label: a.style.profile.label, detected: a.style.detected, evidence: a.style.evidence } } : {}),
  };
}

export class PinciteService {
  private readonly cache: AnalysisCache;
  private noAuthorities?: AuthorityIndex;

  constructor(private readonly inputs: ServiceInputs) {
    // A rule that throws is logged (once per document and rule); the others still run.
    this.cache = new AnalysisCache((m) => inputs.log(m));
  }

  private get authorities(): AuthorityIndex {
    return this.inputs.authorities ?? (this.noAuthorities ??= buildAuthorityIndex([], []));
  }

  /** Whether the service answers for `doc`: a language it checks, and not one of the bundled opinions (sources, not briefs). */
  private answersFor(doc: DocumentInput, settings: DocumentSettings): boolean {
    if (settings.languages && !settings.languages.includes(doc.languageId)) return false;
    return !this.inputs.opinions?.isBundledFile?.(doc.uri);
  }

  private analysisSettings(settings: DocumentSettings): AnalysisSettings {
    // The rules read the curated authorities (CITE110) as they read the library: from the service's inputs.
    return { options: { ...settings.checkOptions(), authorities: this.inputs.authorities }, maxDocumentSize: settings.maxDocumentSize };
  }

  /** Names the document whose analysis threw, then lets the error go on to the host. */
  private failed(doc: DocumentInput, e: unknown): never {
    if (!(e instanceof AnalysisCancelled)) this.inputs.log(`pincite: analysing ${doc.uri} failed: ${(e as Error)?.message ?? e}`);
    throw e;
  }

  /** The analysis of `doc` and the settings it was made with; undefined for a document the service does not check. */
  private async analysed(doc: DocumentInput, token?: Cancellable): Promise<{ analysis: Analysis; settings: DocumentSettings } | undefined> {
    checkCancelled(token);
    const settings = await this.inputs.settings(doc);
    checkCancelled(token);
    if (!this.answersFor(doc, settings)) return undefined;
    let analysis: Analysis;
    try {
      analysis = await this.cache.getAsync(doc, this.analysisSettings(settings), this.inputs.opinions?.library, token ?? NEVER);
    } catch (e) {
      this.failed(doc, e);
    }
    checkCancelled(token);
    return { analysis, settings };
  }

  /** As `analysed`, for the answers that need a document that was analysed (not skipped for its size or content). */
  private async ready(doc: DocumentInput, token?: Cancellable): Promise<{ analysis: Analysis; settings: DocumentSettings } | undefined> {
    const r = await this.analysed(doc, token);
    return r && !r.analysis.skipped ? r : undefined;
  }

  // ---- analysis ----

  /** The analysis of `doc`, or undefined when the service does not check it. */
  async analyse(doc: DocumentInput, token?: Cancellable): Promise<Analysis | undefined> {
    return (await this.analysed(doc, token))?.analysis;
  }

  /**
   * The analysis of `doc` at once, for a host that has the document's settings
   * at hand (the CLI): `settings`, or the settings input, which must then
   * answer synchronously.
   */
  analyseNow(doc: DocumentInput, settings?: DocumentSettings): Analysis | undefined {
    const s = settings ?? this.inputs.settings(doc);
    if (isThenable(s)) throw new TypeError('the settings input answers asynchronously: use analyse()');
    if (!this.answersFor(doc, s)) return undefined;
    try {
      return this.cache.get(doc, this.analysisSettings(s), this.inputs.opinions?.library);
    } catch (e) {
      this.failed(doc, e);
    }
  }

  /** The citations of `doc` alone (no rules): the first half of its analysis. */
  scan(doc: DocumentInput): ScanResult {
    return scanDocument(doc.getText(), doc.languageId);
  }

  /** The safe fixes of an analysis, none overlapping: what fix-all applies in the editor and `check --fix` in each pass. */
  safeFixes(analysis: Analysis): Edit[] {
    return safeEdits(analysis.findings);
  }

  /** Drops what the service keeps about a document (it closed). */
  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Drops every analysis: the settings or the library changed. */
  invalidate(): void {
    this.cache.clear();
  }

  // ---- answers about a document ----

  /** The findings and the summary the status item shows; a document over the size limit has none, and its summary says why. */
  async diagnostics(doc: DocumentInput, token?: Cancellable): Promise<DiagnosticsAnswer | undefined> {
    const r = await this.analysed(doc, token);
    return r && { findings: r.analysis.findings, summary: summaryOf(r.analysis), text: r.analysis.text };
  }

  async hover(doc: DocumentInput, offset: number, token?: Cancellable): Promise<HoverAnswer | undefined> {
    const r = await this.ready(doc, token);
    const opinions = this.inputs.opinions;
    return r && hoverFor(r.analysis, offset, this.authorities, opinions ? hoverLibrary(r.analysis, opinions) : undefined);
  }

  async completion(doc: DocumentInput, offset: number, token?: Cancellable): Promise<CompletionAnswer[]> {
    const r = await this.ready(doc, token);
    return r ? completionsAt(r.analysis, offset, this.authorities) : [];
  }

  async codeActions(doc: DocumentInput, problems: readonly ReportedProblem[], only: readonly string[] | undefined, token?: Cancellable): Promise<ActionAnswer[]> {
    const r = await this.ready(doc, token);
    return r ? codeActions(r.analysis, problems, only) : [];
  }

  async documentSymbols(doc: DocumentInput, token?: Cancellable): Promise<SymbolAnswer[]> {
    const r = await this.ready(doc, token);
    return r ? documentSymbols(r.analysis) : [];
  }

  async codeLenses(doc: DocumentInput, token?: Cancellable): Promise<LensAnswer[]> {
    const r = await this.ready(doc, token);
    return r && r.settings.codeLens ? codeLenses(r.analysis) : [];
  }

  async documentLinks(doc: DocumentInput, token?: Cancellable): Promise<LinkAnswer[]> {
    const r = await this.ready(doc, token);
    const opinions = this.inputs.opinions;
    return r && opinions ? documentLinks(r.analysis, opinions) : [];
  }

  /** Where the citation at `offset` leads in the library. */
  async definition(doc: DocumentInput, offset: number, token?: Cancellable): Promise<PlaceElsewhere | undefined> {
    const r = await this.ready(doc, token);
    const opinions = this.inputs.opinions;
    return r && opinions ? definitionAt(r.analysis, offset, opinions) : undefined;
  }

  /** Every citation of the authority at `offset`: this brief's own, then the workspace's other briefs', then the library's opinions'. */
  async references(doc: DocumentInput, offset: number, includeDeclaration: boolean, token?: Cancellable): Promise<Place[]> {
    const r = await this.ready(doc, token);
    if (!r) return [];
    const here = referencesAt(r.analysis, offset, this.inputs.opinions, includeDeclaration);
    if (!here.length || !this.inputs.briefs) return here;
    const briefs = await this.inputs.briefs.all();
    checkCancelled(token);
    const others = referencesInBriefs(briefs, doc.uri, authorityKeysAt(r.analysis, offset));
    const ownCount = here.filter((p) => p.uri === doc.uri).length;
    return [...here.slice(0, ownCount), ...others, ...here.slice(ownCount)];
  }

  /** Where the library's opinions cite the authority at `offset`. */
  async citedIn(doc: DocumentInput, offset: number, token?: Cancellable): Promise<CitedInAnswer | undefined> {
    const r = await this.ready(doc, token);
    const opinions = this.inputs.opinions;
    return r && opinions ? citedInResult(r.analysis, offset, opinions) : undefined;
  }

  async prepareRename(doc: DocumentInput, offset: number, token?: Cancellable): Promise<RenameTarget | undefined> {
    const r = await this.ready(doc, token);
    return r && prepareRename(r.analysis, offset);
  }

  /** The edits that rename the short-form name at `offset`, or why it cannot be renamed. */
  async rename(doc: DocumentInput, offset: number, newName: string, token?: Cancellable): Promise<{ edits: Edit[] } | { error: string } | undefined> {
    const r = await this.ready(doc, token);
    return r && renameShortName(r.analysis, offset, newName);
  }

  /** The edit that inserts or updates the brief's Table of Authorities, in the document's format (plain text or Markdown). */
  async tableOfAuthorities(doc: DocumentInput, token?: Cancellable): Promise<TableAnswer | undefined> {
    const r = await this.ready(doc, token);
    if (!r) return undefined;
    const format = toaFormatForLanguage(doc.languageId);
    const updated = updateToaInDocument(r.analysis.text, r.analysis.result, {
      passim: r.settings.toaPassim,
      format,
      check: this.analysisSettings(r.settings).options,
    });
    const entries = updated.toa.sections.reduce((n, s) => n + s.entries.length, 0);
    return updated.edit ? { entries, inserted: updated.inserted, edit: updated.edit } : { entries, inserted: false };
  }

  // ---- answers about the workspace and the library ----

  /** The authorities of every brief in the workspace whose label holds `query`. */
  async workspaceSymbols(query: string, token?: Cancellable): Promise<WorkspaceSymbolAnswer[]> {
    checkCancelled(token);
    if (!this.inputs.briefs) return [];
    const briefs = await this.inputs.briefs.all();
    checkCancelled(token);
    return workspaceSymbols(briefs, query);
  }

  /** The text of an opinion by a URI the service handed out. */
  opinionText(uri: string): string | undefined {
    const opinions = this.inputs.opinions;
    if (!opinions) return undefined;
    // Touch the library so a request that arrives before any brief is analysed still finds the bundled texts.
    void opinions.library;
    return opinions.textForUri?.(uri)?.text;
  }
}
