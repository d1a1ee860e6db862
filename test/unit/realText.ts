// What the real-text tests ask of a text: the codes found, the findings in a
// form an assertion can read, and the full case citations (not parallels or
// history). All with the curated authorities, as the editor checks a brief.

import { analyzeText, type AnalyzeOptions } from '../../server/src/core/analyze';
import { checkAll, type CheckOptions } from '../../server/src/core/rules/index';
import type { CaseCitation } from '../../server/src/core/types';
import { withAuthorities } from './helpers';

export function codes(text: string, options: CheckOptions = {}, analyze: AnalyzeOptions = {}): string[] {
  return checkAll(text, analyzeText(text, analyze), withAuthorities(options)).map((f) => f.code);
}

export function findings(text: string, options: CheckOptions = {}, analyze: AnalyzeOptions = {}) {
  return checkAll(text, analyzeText(text, analyze), withAuthorities(options)).map((f) => ({
    code: f.code,
    severity: f.severity,
    text: text.slice(f.span.start, f.span.end),
    message: f.message,
    fixes: f.fixes,
  }));
}

export function cases(text: string, analyze: AnalyzeOptions = {}): CaseCitation[] {
  return analyzeText(text, analyze).citations.filter((c): c is CaseCitation => c.kind === 'case' && c.parallelOf === undefined && c.historyOf === undefined);
}
