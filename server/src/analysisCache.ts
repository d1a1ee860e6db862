// Analyses per document version, so diagnostics, hover and symbols on the same
// text share one scan. Entries go when the document closes.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from './core/analyze';
import { checkDocument, type CheckOptions, type Finding } from './core/rules/index';
import type { StyleChoice } from './core/style/detect';
import type { ScanResult } from './core/types';
import type { PinciteSettings } from './settings';
import type { Library, Opinion } from './library/library';

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

export class AnalysisCache {
  private readonly entries = new Map<string, { analysis: Analysis; settingsKey: string }>();

  get(doc: TextDocument, settings: PinciteSettings, options: CheckOptions = { rules: settings.rules }, library?: Library): Analysis {
    const key = JSON.stringify({ ...options, library: undefined }) + settings.maxDocumentSize;
    const hit = this.entries.get(doc.uri);
    if (hit && hit.analysis.version === doc.version && hit.settingsKey === key && hit.analysis.library === library) return hit.analysis;
    const text = doc.getText();
    const started = performance.now();
    const skipped = skipReason(text, settings);
    let analysis: Analysis;
    if (skipped) {
      analysis = { uri: doc.uri, version: doc.version, text, result: EMPTY, findings: [], designated: new Map(), library, ms: 0, skipped };
    } else {
      const result = analyzeText(text, { markdown: doc.languageId === 'markdown' });
      const { findings, style } = checkDocument(text, result, { ...options, library });
      const designated = library ? library.designate(result) : new Map<number, Opinion>();
      analysis = { uri: doc.uri, version: doc.version, text, result, findings, designated, library, ms: performance.now() - started, style };
    }
    this.entries.set(doc.uri, { analysis, settingsKey: key });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
