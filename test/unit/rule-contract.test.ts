// The contract every rule keeps: its code has the one shape the config file,
// the directives and the editor read; its messages say what is wrong without
// repeating the code (the code travels in its own field); a rule that throws
// is logged with its code and the document, and the others still report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll, checkWith, ruleFailureMessage, RULES, type RuleFailure } from '../../server/src/core/rules/index';
import type { Rule } from '../../server/src/core/rules/types';
import { CITE001 } from '../../server/src/core/rules/CITE001';
import { CITE006 } from '../../server/src/core/rules/CITE006';
import { AnalysisCache } from '../../server/src/service/analysis';
import { checkFiles } from '../../server/src/cli/check';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { isRuleCode, RULE_CODE, RULE_CODE_PATTERN, RULE_CODE_SCHEMA_PATTERN, ruleCodesIn } from '../../server/src/core/rules/ruleCode';
import { readProjectFile } from './helpers';

test('every registered rule code has the rule-code shape', () => {
  for (const r of RULES) assert.match(r.meta.code, RULE_CODE);
  assert.ok(isRuleCode('CITE013b'));
  assert.ok(!isRuleCode('cite013B'));
  assert.ok(isRuleCode('cite013B', true));
  assert.ok(!isRuleCode('CITE13'));
  assert.ok(!isRuleCode('CITE0013'));
  assert.deepEqual(ruleCodesIn('pincite-disable CITE001, cite013b and CITE050 '), ['CITE001', 'cite013b', 'CITE050']);
});

test('the JSON schema and package.json write the same rule-code pattern', () => {
  const schema = JSON.parse(readProjectFile('schemas/pincite.schema.json'));
  assert.equal(schema.properties.rules.propertyNames.pattern, RULE_CODE_SCHEMA_PATTERN);
  const manifest = JSON.parse(readProjectFile('package.json'));
  assert.equal(manifest.contributes.configuration.properties['pincite.rules'].propertyNames.pattern, RULE_CODE_SCHEMA_PATTERN);
});

test('no message repeats a rule code at its start: the code travels in its own field', () => {
  const { examples } = JSON.parse(readProjectFile('test/fixtures/catalog-examples.json')) as { examples: Array<{ side: string; text: string; context?: string }> };
  const texts = [readProjectFile('samples/memorandum.md'), ...examples.filter((e) => e.side === 'wrong').map((e) => e.context ?? e.text)];
  const codes = new Set<string>();
  for (const text of texts) {
    for (const f of checkAll(text, analyzeText(text))) {
      codes.add(f.code);
      assert.ok(!new RegExp(`^${RULE_CODE_PATTERN}\\b`, 'i').test(f.message), `${f.code}: ${f.message}`);
    }
  }
  assert.ok(codes.size >= 40, `only ${codes.size} rules reported: the check would prove little`);
});

const SPACING = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';

/** A rule that throws on every document. */
const throwing: Rule = {
  meta: { ...CITE001.meta, code: 'CITE999', title: 'Throws' },
  check() {
    throw new TypeError('cannot read the pin');
  },
};

test('a rule that throws is reported with its code; the other rules still run', () => {
  const failures: RuleFailure[] = [];
  const found = checkWith([throwing, CITE001], SPACING, analyzeText(SPACING), { onRuleError: (f) => failures.push(f) });
  assert.deepEqual(
    found.map((f) => f.code),
    ['CITE001'],
  );
  assert.deepEqual(
    failures.map((f) => f.code),
    ['CITE999'],
  );
  assert.ok(failures[0].error instanceof TypeError);
  const line = ruleFailureMessage(failures[0], 'file:///brief.md');
  assert.match(line, /^pincite: rule CITE999 failed on file:\/\/\/brief\.md/);
  assert.match(line, /TypeError: cannot read the pin/);
  // Without a listener the failure is still contained.
  assert.deepEqual(
    checkWith([throwing, CITE001], SPACING, analyzeText(SPACING)).map((f) => f.code),
    ['CITE001'],
  );
});

/** Runs `f` with registered rule `rule` throwing, then restores it. */
function withThrowing<T>(rule: Rule, f: () => T): T {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back, never called
  const check = rule.check;
  rule.check = () => {
    throw new RangeError(`${rule.meta.code} broke`);
  };
  try {
    return f();
  } finally {
    rule.check = check;
  }
}

test('the language server logs a throwing rule with its code and the document, once per document', () => {
  const logged: string[] = [];
  const cache = new AnalysisCache((m) => logged.push(m));
  const settings = { options: {}, maxDocumentSize: DEFAULT_SETTINGS.maxDocumentSize };
  const uri = 'file:///work/brief.md';
  withThrowing(CITE006, () => {
    const a = cache.get(TextDocument.create(uri, 'markdown', 1, SPACING), settings);
    assert.deepEqual(
      a.findings.map((f) => f.code),
      ['CITE001'],
    );
    cache.get(TextDocument.create(uri, 'markdown', 2, SPACING + '\n'), settings);
  });
  assert.equal(logged.length, 1, logged.join('\n'));
  assert.match(logged[0], /^pincite: rule CITE006 failed on file:\/\/\/work\/brief\.md.*RangeError: CITE006 broke/s);
});

test('pincite check prints a throwing rule with its code and the file to stderr, once per file', () => {
  // --fix checks the file on each pass and once more at the end: the rule throws each time.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-contract-'));
  const file = path.join(dir, 'brief.md');
  fs.writeFileSync(file, SPACING);
  const warned: string[] = [];
  const reports = withThrowing(CITE006, () => checkFiles([{ path: file, text: SPACING }], true, (s) => warned.push(s)));
  assert.equal(reports[0].fixed, 1, 'the other rules ran and fixed the spacing');
  assert.equal(warned.length, 1, warned.join(''));
  assert.ok(warned[0].startsWith(`pincite: rule CITE006 failed on ${file}`), warned[0]);
  assert.match(warned[0], /RangeError: CITE006 broke/);
  fs.rmSync(dir, { recursive: true, force: true });
});
