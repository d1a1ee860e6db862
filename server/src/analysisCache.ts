// Analyses per document, so diagnostics, hover and symbols on the same text
// share one scan. An entry serves only the text it was made from (the version
// number and the text both match). Entries go when the document closes.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from './core/analyze';
import { checkDocument, ruleFailureMessage, type CheckOptions, type Finding } from './core/rules/index';
import type { StyleChoice } from './core/style/detect';
import type { ScanResult } from './core/types';
import type { PinciteSettings } from './settings';
import type { Library, Opinion } from './core/library/library';
import { curatedAuthorities } from './host/bundledAuthorities';

export interface Analysis {
  uri: string;
  version: number;
  text: string;
  result: ScanResult;
  findings: Finding[];
  /** The library opinion each citation designates, by citation index. */
  designated: Map<number, Opinion>;
  library?: Library;
  /** Milliseconds the scan and rules took. */
  ms: number;
  /** Set when the document was not analysed, with the reason shown to the user. */
  skipped?: string;
  /** The house style the findings were judged in. */
  style?: StyleChoice;
}

const EMPTY: ScanResult = { citations: [], authorities: [], pageMarkers: [] };

/** Why a document should not be analysed, or undefined when it should. */
export function skipReason(text: string, settings: PinciteSettings): string | undefined {
  if (text.length > settings.maxDocumentSize) {
    return `not checked: ${(text.length / 1e6).toFixed(1)} MB is over the pincite.maxDocumentSize limit (${(settings.maxDocumentSize / 1e6).toFixed(1)} MB)`;
  }
  // NUL characters do not occur in briefs; a binary file opened by mistake has many.
  const probe = text.length > 65536 ? text.slice(0, 65536) : text;
  if (probe.indexOf('\u0000') >= 0) return 'not checked: this looks like a binary file';
  return undefined;
}

/** Raised when the request that asked for an analysis was cancelled while it ran. */
export class AnalysisCancelled extends Error {}

export interface Cancellable {
  readonly isCancellationRequested: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class AnalysisCache {
  private readonly entries = new Map<string, { analysis: Analysis; settingsKey: string }>();
  /** `uri code` of the rule failures already logged: a document is checked again on every edit. */
  private readonly failuresLogged = new Set<string>();

  /** `log` hears of a rule that throws, once per document and rule. */
  constructor(private readonly log: (message: string) => void = () => {}) {}

  /** The options for checking `uri`, with its rule failures going to the log. */
  private checkOptions(uri: string, options: CheckOptions, library: Library | undefined): CheckOptions {
    return {
      ...options,
      library,
      authorities: curatedAuthorities(),
      onRuleError: (failure) => {
        const key = `${uri} ${failure.code}`;
        if (this.failuresLogged.has(key)) return;
        this.failuresLogged.add(key);
        this.log(ruleFailureMessage(failure, uri));
      },
    };
  }

  private keyOf(settings: PinciteSettings, options: CheckOptions): string {
    return JSON.stringify({ ...options, library: undefined }) + settings.maxDocumentSize;
  }

  /**
   * The cached analysis of `doc`, if it was made from this very text. A version
   * number alone is not enough: a document closed and reopened (or a client
   * that reuses a number) starts again at a version already seen, with other text.
   */
  private hit(doc: TextDocument, key: string, library: Library | undefined): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    if (hit && hit.analysis.version === doc.version && hit.settingsKey === key && hit.analysis.library === library && hit.analysis.text === doc.getText()) {
      return hit.analysis;
    }
    return undefined;
  }

  get(doc: TextDocument, settings: PinciteSettings, options: CheckOptions = { rules: settings.rules }, library?: Library): Analysis {
    const key = this.keyOf(settings, options);
    const cached = this.hit(doc, key, library);
    if (cached) return cached;
    const text = doc.getText();
    const started = performance.now();
    const skipped = skipReason(text, settings);
    let analysis: Analysis;
    if (skipped) {
      analysis = { uri: doc.uri, version: doc.version, text, result: EMPTY, findings: [], designated: new Map(), library, ms: 0, skipped };
    } else {
      const result = analyzeText(text, { markdown: doc.languageId === 'markdown' });
      const { findings, style } = checkDocument(text, result, this.checkOptions(doc.uri, options, library));
      const designated = library ? library.designate(result) : new Map<number, Opinion>();
      analysis = { uri: doc.uri, version: doc.version, text, result, findings, designated, library, ms: performance.now() - started, style };
    }
    this.entries.set(doc.uri, { analysis, settingsKey: key });
    return analysis;
  }

  /**
   * As `get`, for a request: gives the event loop a turn before the scan and
   * between the scan and the rules, so a `$/cancelRequest` (or a newer edit)
   * that arrives meanwhile is seen, and stops with `AnalysisCancelled` when the
   * request was cancelled. Nothing half-done is cached.
   */
  async getAsync(
    doc: TextDocument,
    settings: PinciteSettings,
    options: CheckOptions,
    library: Library | undefined,
    token: Cancellable,
  ): Promise<Analysis> {
    const key = this.keyOf(settings, options);
    const cached = this.hit(doc, key, library);
    if (cached) return cached;
    await nextTurn();
    if (token.isCancellationRequested) throw new AnalysisCancelled();
    const again = this.hit(doc, key, library);
    if (again) return again;
    const text = doc.getText();
    const skipped = skipReason(text, settings);
    if (skipped) return this.get(doc, settings, options, library);
    const started = performance.now();
    const result = analyzeText(text);
    let ms = performance.now() - started;
    await nextTurn();
    if (token.isCancellationRequested) throw new AnalysisCancelled();
    const resumed = performance.now();
    const { findings, style } = checkDocument(text, result, this.checkOptions(doc.uri, options, library));
    const designated = library ? library.designate(result) : new Map<number, Opinion>();
    ms += performance.now() - resumed;
    const analysis: Analysis = { uri: doc.uri, version: doc.version, text, result, findings, designated, library, ms, style };
    // The document may have changed while this ran: cache only what still matches it.
    if (doc.getText() === text) this.entries.set(doc.uri, { analysis, settingsKey: key });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    for (const key of this.failuresLogged) if (key.startsWith(`${uri} `)) this.failuresLogged.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
