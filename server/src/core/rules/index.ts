// The rule registry and the one function that runs the rules over an analysis.
// Each rule lives in its own module named for its code.

import type { ScanResult } from '../types';
import { DEFAULT_RULE_SETTINGS, type Finding, type Rule, type RuleContext, type RuleMeta, type RuleSetting, type RuleSettings } from './types';
import { applyDirectives } from './directives';
import { insideQuotation, quotedRanges } from './quotes';
import { CITE001 } from './CITE001';
import { CITE002 } from './CITE002';
import { CITE003 } from './CITE003';
import { CITE006 } from './CITE006';
import { CITE050 } from './CITE050';
import { CITE051 } from './CITE051';
import { CITE053 } from './CITE053';
import { CITE059 } from './CITE059';
import { CITE064 } from './CITE064';
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

export const RULES: readonly Rule[] = [
  CITE001,
  CITE002,
  CITE003,
  CITE006,
  CITE050,
  CITE051,
  CITE053,
  CITE059,
  CITE064,
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
];

export function ruleMeta(code: string): RuleMeta | undefined {
  return RULES.find((r) => r.meta.code === code)?.meta;
}

export interface CheckOptions extends Partial<RuleSettings> {
  /** Per-code severity overrides: `{"CITE001": "off"}`. */
  rules?: Record<string, RuleSetting>;
}

export function checkAll(text: string, result: ScanResult, options: CheckOptions = {}): Finding[] {
  return checkWith(RULES, text, result, options);
}

/**
 * Runs `rules` over an analysis. A finding inside quoted text keeps its message
 * but loses its fixes: a quotation must reproduce its source.
 */
export function checkWith(rules: readonly Rule[], text: string, result: ScanResult, options: CheckOptions = {}): Finding[] {
  const quoted = quotedRanges(text);
  const settings: RuleSettings = {
    citationSpacing: options.citationSpacing ?? DEFAULT_RULE_SETTINGS.citationSpacing,
    parallelSupremeCourt: options.parallelSupremeCourt ?? DEFAULT_RULE_SETTINGS.parallelSupremeCourt,
  };
  const ctx: RuleContext = { text, result, cites: result.citations, quoted, settings };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.code] ?? (rule.meta.optIn ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    let found: ReturnType<Rule['check']>;
    try {
      found = rule.check(ctx);
    } catch {
      continue; // a rule's bug must not hide the others' findings
    }
    for (const f of found) {
      const finding: Finding = { code: rule.meta.code, severity: setting, ...f };
      if (finding.fixes.length && insideQuotation(quoted, finding.span)) finding.fixes = [];
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return applyDirectives(text, findings);
}

export type { Finding, Fix, Edit, Severity, RuleSetting, RuleMeta, RuleSettings } from './types';
