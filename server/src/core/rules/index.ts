// The rule registry and the one function that runs the rules over an analysis.
// Each rule lives in its own module named for its code.

import type { ScanResult } from '../types';
import type { Finding, Rule, RuleMeta, RuleSetting } from './types';
import { CITE001 } from './CITE001';
import { CITE002 } from './CITE002';
import { CITE003 } from './CITE003';
import { CITE006 } from './CITE006';
import { CITE050 } from './CITE050';
import { CITE051 } from './CITE051';
import { CITE053 } from './CITE053';
import { CITE059 } from './CITE059';
import { CITE064 } from './CITE064';

export const RULES: readonly Rule[] = [CITE001, CITE002, CITE003, CITE006, CITE050, CITE051, CITE053, CITE059, CITE064];

export function ruleMeta(code: string): RuleMeta | undefined {
  return RULES.find((r) => r.meta.code === code)?.meta;
}

export interface CheckOptions {
  /** Per-code severity overrides: `{"CITE001": "off"}`. */
  rules?: Record<string, RuleSetting>;
}

export function checkAll(text: string, result: ScanResult, options: CheckOptions = {}): Finding[] {
  const ctx = { text, result, cites: result.citations };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.code] ?? (rule.meta.optIn ? 'off' : rule.meta.defaultSeverity);
    if (setting === 'off') continue;
    let found: ReturnType<Rule['check']>;
    try {
      found = rule.check(ctx);
    } catch {
      continue; // a rule's bug must not hide the others' findings
    }
    for (const f of found) findings.push({ code: rule.meta.code, severity: setting, ...f });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return findings;
}

export type { Finding, Fix, Edit, Severity, RuleSetting, RuleMeta } from './types';
