// The documentation keeps up with the code: every rule has its page and a row
// in the README's rules table, and every setting and command of the manifest is
// in the README.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { ROOT, readProjectFile } from './helpers';

const readme = readProjectFile('README.md');

test('every rule has a page under docs/rules and a row in the README', () => {
  for (const r of RULES) {
    const page = path.join(ROOT, 'docs', 'rules', `${r.meta.code}.md`);
    assert.ok(fs.existsSync(page), `docs/rules/${r.meta.code}.md`);
    assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${r.meta.code} `), `${r.meta.code} page title`);
    assert.ok(readme.includes(`[${r.meta.code}](docs/rules/${r.meta.code}.md)`), `README row for ${r.meta.code}`);
  }
});

test('the README rules table lists only rules that exist, with their default severity', () => {
  const rows = [...readme.matchAll(/^\| \[(CITE\d{3}[a-z]?)\]\(docs\/rules\/\1\.md\) \| ([^|]+) \| (\w+)/gm)];
  assert.ok(rows.length >= RULES.length);
  for (const [, code, , severity] of rows) {
    const rule = RULES.find((r) => r.meta.code === code);
    assert.ok(rule, `${code} in README is a registered rule`);
    assert.equal(severity, rule!.meta.optIn ? 'off' : rule!.meta.defaultSeverity, `${code} default severity`);
  }
});

test('every setting and command in the manifest is documented in the README', () => {
  const manifest = JSON.parse(readProjectFile('package.json'));
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key);
  for (const c of manifest.contributes.commands) {
    if (c.command === 'pincite.openRuleDoc') continue; // reached from the light bulb, not the palette
    assert.ok(readme.includes(`${c.category}: ${c.title}`), c.title);
  }
});
