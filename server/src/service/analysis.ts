// The one analysis of a document: scan, then rules. The service runs it for the
// editor and the CLI alike, so what `pincite check` prints is what the editor
// shows. The cache keeps one analysis per document, so diagnostics, hover and
// symbols on the same text share one scan; an entry serves only the text it
// was made from (the version number and the text both match). Entries go when
// the document closes.

import { analyzeText } from '../core/analyze';
import { checkDocument, ruleFailureMessage, type CheckOptions, type Finding } from '../core/rules/index';
import type { StyleChoice } from '../core/style/detect';
import type { ScanResult } from '../core/types';
import type { Library, Opinion } from '../core/library/library';
import type { Cancellable, DocumentInput } from './types';

/** What an analysis depends on besides the text and the library: the rules' options and the size limit. */
export interface AnalysisSettings {
  options: CheckOptions;
  maxDocumentSize: number;
}

export interface Analysis {
  uri: string;
  version: number;
  languageId: string;
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
export function skipReason(text: string, maxDocumentSize: number): string | undefined {
  if (text.length > maxDocumentSize) {
    return `not checked: ${(text.length / 1e6).toFixed(1)} MB is over the pincite.maxDocumentSize limit (${(maxDocumentSize / 1e6).toFixed(1)} MB)`;
  }
  // NUL characters do not occur in briefs; a binary file opened by mistake has many.
  const probe = text.length > 65536 ? text.slice(0, 65536) : text;
  if (probe.indexOf('\u0000') >= 0) return 'not checked: this looks like a binary file';
  return undefined;
}

/** The first half of an analysis: citations, their resolution and authorities. A Markdown document's markup is not brief text. */
export function scanDocument(text: string, languageId: string): ScanResult {
  return analyzeText(text, { markdown: languageId === 'markdown' });
}

/** The second half: every rule (with the library's, when there is one), the house style, and the opinion each citation designates. */
export function judgeDocument(
  text: string,
  result: ScanResult,
  options: CheckOptions,
  library: Library | undefined,
): { findings: Finding[]; style: StyleChoice; designated: Map<number, Opinion> } {
  const { findings, style } = checkDocument(text, result, { ...options, library });
  const designated = library ? library.designate(result) : new Map<number, Opinion>();
  return { findings, style, designated };
}

/** Raised when the request that asked for an analysis was cancelled while it ran. */
export class AnalysisCancelled extends Error {}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class AnalysisCache {
  private readonly entries = new Map<string, { analysis: Analysis; settingsKey: string }>();
  /** `uri code` of the rule failures already logged: a document is checked again on every edit. */
  private readonly failuresLogged = new Set<string>();

  /** `log` hears of a rule that throws, once per document and rule. */
  constructor(private readonly log: (message: string) => void = () => {}) {}

  /** The rules' options for `uri`, with its rule failures going to the log. */
  private checkOptions(uri: string, options: CheckOptions): CheckOptions {
    return {
      ...options,
      onRuleError: (failure) => {
        const key = `${uri} ${failure.code}`;
        if (this.failuresLogged.has(key)) return;
        this.failuresLogged.add(key);
        this.log(ruleFailureMessage(failure, uri));
      },
    };
  }

  private keyOf(settings: AnalysisSettings): string {
    // The library is compared by identity (in `hit`); the authorities never change while the host runs.
    return JSON.stringify({ ...settings.options, library: undefined, authorities: undefined }) + settings.maxDocumentSize;
  }

  /**
   * The cached analysis of `doc`, if it was made from this very text. A version
   * number alone is not enough: a document closed and reopened (or a client
   * that reuses a number) starts again at a version already seen, with other text.
   */
  private hit(doc: DocumentInput, key: string, library: Library | undefined): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    if (!hit) return undefined;
    const a = hit.analysis;
    // The language decides whether Markdown markup is read as brief text.
    if (a.version === doc.version && hit.settingsKey === key && a.library === library && a.languageId === doc.languageId && a.text === doc.getText()) return a;
    return undefined;
  }

  private skipped(doc: DocumentInput, text: string, reason: string, library: Library | undefined): Analysis {
    return { uri: doc.uri, version: doc.version, languageId: doc.languageId, text, result: EMPTY, findings: [], designated: new Map(), library, ms: 0, skipped: reason };
  }

  get(doc: DocumentInput, settings: AnalysisSettings, library?: Library): Analysis {
    const key = this.keyOf(settings);
    const cached = this.hit(doc, key, library);
    if (cached) return cached;
    const text = doc.getText();
    const started = performance.now();
    const skipped = skipReason(text, settings.maxDocumentSize);
    let analysis: Analysis;
    if (skipped) {
      analysis = this.skipped(doc, text, skipped, library);
    } else {
      const result = scanDocument(text, doc.languageId);
      const judged = judgeDocument(text, result, this.checkOptions(doc.uri, settings.options), library);
      analysis = { uri: doc.uri, version: doc.version, languageId: doc.languageId, text, result, ...judged, library, ms: performance.now() - started };
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
  async getAsync(doc: DocumentInput, settings: AnalysisSettings, library: Library | undefined, token: Cancellable): Promise<Analysis> {
    const key = this.keyOf(settings);
    const cached = this.hit(doc, key, library);
    if (cached) return cached;
    await nextTurn();
    if (token.isCancellationRequested) throw new AnalysisCancelled();
    const again = this.hit(doc, key, library);
    if (again) return again;
    const text = doc.getText();
    if (skipReason(text, settings.maxDocumentSize)) return this.get(doc, settings, library);
    const started = performance.now();
    const result = scanDocument(text, doc.languageId);
    let ms = performance.now() - started;
    await nextTurn();
    if (token.isCancellationRequested) throw new AnalysisCancelled();
    const resumed = performance.now();
    const judged = judgeDocument(text, result, this.checkOptions(doc.uri, settings.options), library);
    ms += performance.now() - resumed;
    const analysis: Analysis = { uri: doc.uri, version: doc.version, languageId: doc.languageId, text, result, ...judged, library, ms };
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
