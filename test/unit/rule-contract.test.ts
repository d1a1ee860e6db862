// The contract every rule keeps: its code has the one shape the config file,
// the directives and the editor read; its messages say what is wrong without
// repeating the code (the code travels in its own field); a rule that throws
// is logged with its code and the document, and the others still report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll, RULES } from '../../server/src/core/rules/index';
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
