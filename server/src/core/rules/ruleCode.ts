// What a rule code looks like: `CITE`, three digits, and a lower-case letter
// for a rule split from another (`CITE013b`). Everything that reads a code
// (the config file, the disable directives, the editor's command that opens a
// rule's page) asks here. The JSON schema and package.json cannot import it and
// write the pattern out; a unit test keeps them equal to RULE_CODE_SCHEMA_PATTERN.

/** The pattern of a rule code, unanchored (a RegExp source). */
export const RULE_CODE_PATTERN = 'CITE\\d{3}[a-z]?';

/** Exactly a rule code, as registered: `CITE001`, `CITE013b`. */
export const RULE_CODE = new RegExp(`^${RULE_CODE_PATTERN}$`);

/** The anchored pattern as the JSON schema and package.json write it. */
export const RULE_CODE_SCHEMA_PATTERN = `^${RULE_CODE_PATTERN}$`;

const RULE_CODE_ANY_CASE = new RegExp(`^${RULE_CODE_PATTERN}$`, 'i');

/** Whether `s` is written as a rule code; `anyCase` also accepts `cite013B` (a config key, a directive). */
export function isRuleCode(s: string, anyCase = false): boolean {
  return (anyCase ? RULE_CODE_ANY_CASE : RULE_CODE).test(s);
}

/** A code as compared when written in any case: `cite013B` and `CITE013b` are one rule. */
export function ruleCodeKey(code: string): string {
  return code.toUpperCase();
}

/** The rule codes written in `s`, in any case, in order: `CITE001, cite050` gives both. */
export function ruleCodesIn(s: string): string[] {
  return s.match(new RegExp(RULE_CODE_PATTERN, 'gi')) ?? [];
}
