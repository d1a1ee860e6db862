// The rule registry and the one function that runs the rules over an analysis.
// Each rule lives in its own module named for its code.

import type { ScanResult, Span } from '../types';
import { DEFAULT_RULE_SETTINGS, type Finding, type LibraryContext, type Rule, type RuleContext, type RuleMeta, type RuleSetting, type RuleSettings } from './types';
import type { Library } from '../library/library';
import type { AuthorityIndex } from '../authorities/index';
import { attributedQuotations } from './attribution';
import { applyDirectives } from './directives';
import { insideQuotation, mergeRanges, quotedRanges } from '../text/quotes';
import { chooseStyle, type StyleChoice } from '../style/detect';
import { silencedByStyle, type StyleName } from '../style/profiles';
import { CITE001 } from './CITE001';
import { CITE002 } from './CITE002';
import { CITE003 } from './CITE003';
import { CITE005 } from './CITE005';
import { CITE006 } from './CITE006';
import { CITE007 } from './CITE007';
import { CITE008 } from './CITE008';
import { CITE009 } from './CITE009';
import { CITE010 } from './CITE010';
import { CITE011 } from './CITE011';
import { CITE012 } from './CITE012';
import { CITE013 } from './CITE013';
import { CITE013b } from './CITE013b';
import { CITE014 } from './CITE014';
import { CITE015 } from './CITE015';
import { CITE016 } from './CITE016';
import { CITE017 } from './CITE017';
import { CITE020 } from './CITE020';
import { CITE021 } from './CITE021';
import { CITE023 } from './CITE023';
import { CITE024 } from './CITE024';
import { CITE030 } from './CITE030';
import { CITE031 } from './CITE031';
import { CITE032 } from './CITE032';
import { CITE033 } from './CITE033';
import { CITE034 } from './CITE034';
import { CITE035 } from './CITE035';
import { CITE036 } from './CITE036';
import { CITE037 } from './CITE037';
import { CITE040 } from './CITE040';
import { CITE041 } from './CITE041';
import { CITE042 } from './CITE042';
import { CITE043 } from './CITE043';
import { CITE050 } from './CITE050';
import { CITE051 } from './CITE051';
import { CITE052 } from './CITE052';
import { CITE053 } from './CITE053';
import { CITE054 } from './CITE054';
import { CITE055 } from './CITE055';
import { CITE056 } from './CITE056';
import { CITE057 } from './CITE057';
import { CITE059 } from './CITE059';
import { CITE060 } from './CITE060';
import { CITE061 } from './CITE061';
import { CITE062 } from './CITE062';
import { CITE063 } from './CITE063';
import { CITE064 } from './CITE064';
import { CITE070 } from './CITE070';
import { CITE071 } from './CITE071';
import { CITE074 } from './CITE074';
import { CITE075 } from './CITE075';
import { CITE076 } from './CITE076';
import { CITE077 } from './CITE077';
import { CITE078 } from './CITE078';
import { CITE079 } from './CITE079';
import { CITE080 } from './CITE080';
import { CITE081 } from './CITE081';
import { CITE082 } from './CITE082';
import { CITE083 } from './CITE083';
import { CITE084 } from './CITE084';
import { CITE085 } from './CITE085';
import { CITE091 } from './CITE091';
import { CITE092 } from './CITE092';
import { CITE093 } from './CITE093';
import { CITE100 } from './CITE100';
import { CITE101 } from './CITE101';
import { CITE102 } from './CITE102';
import { CITE110 } from './CITE110';

export const RULES: readonly Rule[] = [
  CITE001,
  CITE002,
  CITE003,
  CITE005,
  CITE006,
  CITE007,
  CITE008,
  CITE009,
  CITE010,
  CITE011,
  CITE012,
  CITE013,
  CITE013b,
  CITE014,
  CITE015,
  CITE016,
  CITE017,
  CITE020,
  CITE021,
  CITE023,
  CITE024,
  CITE030,
  CITE031,
  CITE032,
  CITE033,
  CITE034,
  CITE035,
  CITE036,
  CITE037,
  CITE040,
  CITE041,
  CITE042,
  CITE043,
  CITE050,
  CITE051,
  CITE052,
  CITE053,
  CITE054,
  CITE055,
  CITE056,
  CITE057,
  CITE059,
  CITE060,
  CITE061,
  CITE062,
  CITE063,
  CITE064,
  CITE070,
  CITE071,
  CITE074,
  CITE075,
  CITE076,
  CITE077,
  CITE078,
  CITE079,
  CITE080,
  CITE081,
  CITE082,
  CITE083,
  CITE084,
  CITE085,
  CITE091,
  CITE092,
  CITE093,
  CITE100,
  CITE101,
  CITE102,
  CITE110,
];

export function ruleMeta(code: string): RuleMeta | undefined {
  return RULES.find((r) => r.meta.code === code)?.meta;
}

export interface CheckOptions extends Partial<RuleSettings> {
  /** Per-code severity overrides: `{"CITE001": "off"}`. */
  rules?: Record<string, RuleSetting>;
  /** Opinions to check pins and quotations against (CITE092–CITE102). */
  library?: Library;
  /** Curated authorities whose later treatment CITE110 checks citations against. */
  authorities?: AuthorityIndex;
  /** The house style to check in; `auto` (the default) reads it from the document. */
  style?: StyleName | 'auto';
  /**
   * Told of each rule that throws. The rule reports nothing on this document
   * and the other rules still run; the caller logs it (ruleFailureMessage)
   * with the document's name. Unset, the failure is not reported.
   */
  onRuleError?: (failure: RuleFailure) => void;
}

/** A rule that threw while checking a document. */
export interface RuleFailure {
  code: string;
  error: unknown;
}

/** The log line for a rule that threw on `document` (a path or URI), with the error's stack. */
export function ruleFailureMessage(failure: RuleFailure, document: string): string {
  const e = failure.error;
  const detail = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
  return `pincite: rule ${failure.code} failed on ${document}; its findings are missing, the other rules ran: ${detail}`;
}

export function checkAll(text: string, result: ScanResult, options: CheckOptions = {}): Finding[] {
  return checkWith(RULES, text, result, options);
}

/** Every rule, and the house style the findings were judged in. */
export function checkDocument(text: string, result: ScanResult, options: CheckOptions = {}): { findings: Finding[]; style: StyleChoice } {
  const style = chooseStyle(options.style, text, result);
  return { findings: checkWith(RULES, text, result, options, style), style };
}

/**
 * Runs `rules` over an analysis. Inside quoted text (quotation marks, block
 * quotations, an appendix's statutes) only the rules that check a citation
 * against its source report, and without fixes: a quotation must reproduce its
 * source, and its citations are written in the source's form, not the writer's.
 */
export function checkWith(
  rules: readonly Rule[],
  text: string,
  result: ScanResult,
  options: CheckOptions = {},
  style: StyleChoice = chooseStyle(options.style, text, result),
): Finding[] {
  const marked = quotedRanges(text);
  const quoted = mergeRanges(marked, result.reproduced);
  const settings: RuleSettings = {
    citationSpacing: options.citationSpacing ?? DEFAULT_RULE_SETTINGS.citationSpacing,
    parallelSupremeCourt: options.parallelSupremeCourt ?? DEFAULT_RULE_SETTINGS.parallelSupremeCourt,
  };
  const ctx: RuleContext = { text, result, cites: result.citations, quoted, settings, style: style.profile, authorities: options.authorities };
  if (options.library?.size) {
    let quotations: ReturnType<LibraryContext['quotations']> | undefined;
    ctx.library = {
      library: options.library,
      designated: options.library.designate(result),
      quotations: () => (quotations ??= attributedQuotations(text, result.citations, marked)),
    };
  }
  const findings: Finding[] = [];
  const tableEntries = result.citations.filter((c) => c.inTable).map((c) => c.span);
  for (const rule of rules) {
    const chosen = options.rules?.[rule.meta.code];
    const setting = chosen ?? (rule.meta.optIn ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    // A filing that follows its house style is not flagged for following it.
    if (chosen === undefined && silencedByStyle(style.profile, rule.meta.code)) continue;
    let found: ReturnType<Rule['check']>;
    try {
      found = rule.check(ctx);
    } catch (error) {
      // A rule's bug must not hide the others' findings; the caller logs it.
      options.onRuleError?.({ code: rule.meta.code, error });
      continue;
    }
    for (const f of found) {
      // The document's own citation, and the brief's own typed table of authorities, are not checked:
      // a table repeats the brief's citations, and the writer fixes them where they are cited.
      const own = f.citation !== undefined ? result.citations[f.citation] : undefined;
      if (own?.ownCitation || own?.inTable || insideTableEntry(tableEntries, f.span)) continue;
      // A finding about a quoted citation is the quoted writer's, wherever its span falls.
      const about = f.citation !== undefined ? (result.citations[f.citation]?.span ?? f.span) : f.span;
      if (!rule.meta.checksQuoted && insideQuotation(quoted, about)) continue;
      // A rule may grade its own findings, but a severity the writer chose wins.
      const severity = f.severity && setting === rule.meta.defaultSeverity ? f.severity : setting;
      const finding: Finding = { ...f, code: rule.meta.code, severity };
      if (insideQuotation(quoted, finding.span)) {
        if (!rule.meta.checksQuoted) continue;
        finding.fixes = [];
      }
      // An edit that would replace a page break would carry the page's furniture and footnotes with it.
      if (finding.fixes.length) finding.fixes = finding.fixes.filter((fx) => !fx.edits.some((e) => text.slice(e.start, e.end).includes('\f')));
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return applyDirectives(text, findings);
}

/** Whether `span` lies within one of `entries` (citation spans of the brief's own table, in document order). */
function insideTableEntry(entries: Span[], span: Span): boolean {
  if (entries.length === 0) return false;
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].end <= span.start) lo = mid + 1;
    else if (entries[mid].start > span.start) hi = mid - 1;
    else return span.end <= entries[mid].end;
  }
  return false;
}

export type { Finding, Fix, Edit, Severity, RuleSetting, RuleMeta, RuleSettings } from './types';
