// The hand review of Pincite's findings on the development corpus
// (../shared/corpus: real opinions, orders and briefs that no one wrote for
// Pincite). Each document has a review file in test/fixtures/corpus/ listing
// every finding a reviewer judged, with a verdict and a one-line reason:
//
//   true   the finding is right, and the filing should change;
//   false  the finding is wrong (a misread citation, a rule applied where it
//          does not apply, a fix that would damage the text);
//   style  right under the Bluebook, but the filing follows its own house
//          style on this point throughout, which Pincite should accept.
//
// Findings are matched to review entries by rule code and span. Shared by the
// corpus test, `npm run bench` and scripts/corpus-review.mjs (which lists the
// findings still waiting for a verdict).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/analyze';
import { checkDocument, type Finding } from '../../server/src/core/rules/index';
import { withAuthorities } from './helpers';

export type Verdict = 'true' | 'false' | 'style';

export interface ReviewEntry {
  code: string;
  start: number;
  end: number;
  /** 1-based line of `start`, for the reader. */
  line: number;
  /** The flagged text, for the reader and to notice a moved span. */
  text: string;
  verdict: Verdict;
  /** One line: why. */
  reason: string;
  /** For a finding with a fix: whether the fix is right (`bad`: it would damage the text). */
  fix?: 'ok' | 'bad';
  /**
   * A false alarm Pincite still raises: recorded, so that the corpus test
   * notices both a new false alarm and the day this one is fixed (then the
   * mark comes off: `node scripts/corpus-review.mjs --mark-open`).
   */
  open?: boolean;
}

export interface DocumentReview {
  document: string;
  reviewed: string;
  findings: ReviewEntry[];
}

export interface DocumentResult {
  document: string;
  text: string;
  style: string;
  findings: Finding[];
  /** Each finding's review entry, when it has one. */
  entries: Array<ReviewEntry | undefined>;
  review?: DocumentReview;
  /** Entries judged true whose finding is no longer reported. */
  lost: ReviewEntry[];
}

/** The project root, whether running from out/test/unit or bundled from scripts/. */
function projectRoot(): string {
  for (const from of [__dirname, process.cwd()]) {
    let dir = from;
    for (let k = 0; k < 6; k++) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
      dir = path.dirname(dir);
    }
  }
  return path.resolve(__dirname, '..', '..', '..');
}

export const ROOT = projectRoot();
export const CORPUS_DIR = path.resolve(process.env.PINCITE_CORPUS_DIR ?? path.join(ROOT, '..', 'shared', 'corpus'));
export const REVIEW_DIR = path.join(ROOT, 'test', 'fixtures', 'corpus');

/** The corpus documents (their file names), or none when ../shared is not beside the project. */
export function corpusDocuments(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort();
}

export function reviewPath(document: string): string {
  return path.join(REVIEW_DIR, document.replace(/\.txt$/, '.review.json'));
}

export function readReview(document: string): DocumentReview | undefined {
  const p = reviewPath(document);
  if (!fs.existsSync(p)) return undefined;
  return JSON.parse(fs.readFileSync(p, 'utf8')) as DocumentReview;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The review entry for a finding: the same code and span, else the same code
 * and the same flagged text at an overlapping span (a span that grew or shrank
 * by a few characters is still the same finding).
 */
export function entryFor(entries: ReviewEntry[], f: Finding, text: string, taken: Set<ReviewEntry>): ReviewEntry | undefined {
  const exact = entries.find((e) => !taken.has(e) && e.code === f.code && e.start === f.span.start && e.end === f.span.end);
  if (exact) return exact;
  const flagged = text.slice(f.span.start, f.span.end);
  return entries.find(
    (e) =>
      !taken.has(e) &&
      e.code === f.code &&
      e.start < f.span.end &&
      f.span.start < e.end &&
      (e.text === flagged || Math.abs(e.start - f.span.start) + Math.abs(e.end - f.span.end) <= 12),
  );
}

/** Checks one corpus document the way `pincite check` does (its house style read from it) and matches the review. */
export function reviewDocument(document: string): DocumentResult {
  const file = path.join(CORPUS_DIR, document);
  const text = fs.readFileSync(file, 'utf8');
  // No .pincite.json: the defaults a new user meets, the house style read from the document.
  const { findings, style } = checkDocument(text, analyzeText(text), withAuthorities());
  const review = readReview(document);
  const entries: Array<ReviewEntry | undefined> = [];
  const taken = new Set<ReviewEntry>();
  for (const f of findings) {
    const e = review ? entryFor(review.findings, f, text, taken) : undefined;
    if (e) taken.add(e);
    entries.push(e);
  }
  const lost = (review?.findings ?? []).filter((e) => e.verdict === 'true' && !taken.has(e));
  return { document, text, style: style.profile.name, findings, entries, review, lost };
}

export interface CorpusFigures {
  documents: number;
  findings: number;
  bySeverity: Record<string, number>;
  byCode: Record<string, number>;
  reviewed: number;
  verdicts: Record<Verdict, number>;
  /** Reported findings whose review says false or style, by severity. */
  falseReported: { all: number; error: number };
  errors: number;
  /** Review entries judged false or style that are no longer reported: the false alarms fixed. */
  fixedFalse: number;
  lostTrue: number;
  /** Fixes offered that a review called damaging. */
  badFixes: number;
}

export function corpusFigures(results: DocumentResult[]): CorpusFigures {
  const fig: CorpusFigures = {
    documents: results.length,
    findings: 0,
    bySeverity: {},
    byCode: {},
    reviewed: 0,
    verdicts: { true: 0, false: 0, style: 0 },
    falseReported: { all: 0, error: 0 },
    errors: 0,
    fixedFalse: 0,
    lostTrue: 0,
    badFixes: 0,
  };
  for (const r of results) {
    r.findings.forEach((f, k) => {
      fig.findings++;
      fig.bySeverity[f.severity] = (fig.bySeverity[f.severity] ?? 0) + 1;
      fig.byCode[f.code] = (fig.byCode[f.code] ?? 0) + 1;
      if (f.severity === 'error') fig.errors++;
      const e = r.entries[k];
      if (!e) return;
      fig.reviewed++;
      fig.verdicts[e.verdict]++;
      if (e.fix === 'bad' && f.fixes.length > 0) fig.badFixes++;
      if (e.verdict !== 'true') {
        fig.falseReported.all++;
        if (f.severity === 'error') fig.falseReported.error++;
      }
    });
    const reported = new Set(r.entries.filter((e): e is ReviewEntry => !!e));
    fig.fixedFalse += (r.review?.findings ?? []).filter((e) => e.verdict !== 'true' && !reported.has(e)).length;
    fig.lostTrue += r.lost.length;
  }
  return fig;
}
