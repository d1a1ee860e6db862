// The documentation keeps up with the code: every rule has its page and a row
// in the README's rules table, and every setting and command of the manifest is
// in the README.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { rulesTable } from '../../server/src/core/rules/table';
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

test('the README rules table is the one made from the rules metadata (npm run docs:rules)', () => {
  const section = /<!-- rules-table:start -->\n([\s\S]*?)\n<!-- rules-table:end -->/.exec(readme)?.[1];
  assert.equal(section, rulesTable());
});

test('every setting and command in the manifest is documented in the README', () => {
  const manifest = JSON.parse(readProjectFile('package.json'));
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), key);
  for (const c of manifest.contributes.commands) {
    if (c.command === 'pincite.openRuleDoc') continue; // reached from the light bulb, not the palette
    assert.ok(readme.includes(`${c.category}: ${c.title}`), c.title);
  }
});
