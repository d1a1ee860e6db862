// What VS Code's settings editor and welcome page show from package.json: no
// setting reads `null`, every choice is explained, `pincite.rules` offers the
// registry's codes (kept in step by `npm run docs:rules`), and the walkthrough's
// pages and sample ship in the .vsix. Also how the server reads the new settings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { rulesSettingProperties, severitySchema } from '../../server/src/core/rules/settingsSchema';
import { DEFAULT_SETTINGS, sanitize } from '../../server/src/settings';
import { readProjectFile, ROOT } from './helpers';

const manifest = JSON.parse(readProjectFile('package.json'));
const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

/** Every schema in a setting, the setting's own and those nested in it. */
function schemas(s: Record<string, unknown>, where: string): Array<[string, Record<string, unknown>]> {
  const out: Array<[string, Record<string, unknown>]> = [[where, s]];
  for (const [k, v] of Object.entries((s.properties as Record<string, Record<string, unknown>>) ?? {})) out.push(...schemas(v, `${where}.${k}`));
  if (s.additionalProperties && typeof s.additionalProperties === 'object') out.push(...schemas(s.additionalProperties as Record<string, unknown>, `${where}.*`));
  if (s.items && typeof s.items === 'object') out.push(...schemas(s.items as Record<string, unknown>, `${where}[]`));
  return out;
}

test('no setting shows null: no null type, value or default', () => {
  for (const [key, setting] of Object.entries(properties)) {
    assert.notEqual(setting.default, null, `${key} has a default`);
    assert.ok(setting.default !== undefined, `${key} has a default`);
    for (const [where, s] of schemas(setting, key)) {
      assert.ok(![s.type].flat().includes('null'), `${where} is not nullable`);
      assert.ok(!((s.enum as unknown[]) ?? []).includes(null), `${where} offers no null`);
    }
  }
});

test('every enum value has a description, and every setting says what it does', () => {
  for (const [key, setting] of Object.entries(properties)) {
    assert.ok(setting.description || setting.markdownDescription, `${key} is described`);
    for (const [where, s] of schemas(setting, key)) {
      if (!s.enum) continue;
      const descriptions = (s.enumDescriptions ?? s.markdownEnumDescriptions) as string[] | undefined;
      assert.ok(Array.isArray(descriptions), `${where} describes its values`);
      assert.equal(descriptions.length, (s.enum as unknown[]).length, `${where}: one description per value`);
      assert.ok(
        descriptions.every((d) => d.trim().length > 0),
        `${where}: no empty description`,
      );
    }
  }
});

test('pincite.rules offers exactly the registered rule codes, with their titles (run npm run docs:rules after changing a rule)', () => {
  const rules = properties['pincite.rules'];
  const offered = Object.keys(rules.properties as object);
  assert.deepEqual(
    offered,
    RULES.map((r) => r.meta.code).sort((a, b) => a.localeCompare(b)),
  );
  assert.deepEqual(rules.properties, rulesSettingProperties());
  const first = (rules.properties as Record<string, { enum: string[]; markdownDescription: string }>).CITE001;
  assert.deepEqual(first.enum, ['off', 'info', 'warning', 'error']);
  assert.match(first.markdownDescription, new RegExp(`^${RULES.find((r) => r.meta.code === 'CITE001')!.meta.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `));
  // A code the registry does not have yet (a newer .pincite.json) is still accepted in the shape of a code.
  assert.deepEqual(rules.additionalProperties, severitySchema());
  assert.equal((rules.propertyNames as { pattern: string }).pattern, '^CITE\\d{3}[a-z]?$');
});

test('the README counts the registered rules', () => {
  const counts = [...readProjectFile('README.md').matchAll(/<!-- rules-count -->(\d+)<!-- \/rules-count -->/g)].map((m) => Number(m[1]));
  assert.ok(counts.length >= 1);
  for (const n of counts) assert.equal(n, RULES.length);
});

test('pincite.enable, pincite.languages and pincite.run: declared with their defaults, and read by the server', () => {
  assert.equal(properties['pincite.enable'].type, 'boolean');
  assert.equal(properties['pincite.enable'].default, true);
  assert.deepEqual(properties['pincite.languages'].default, ['markdown', 'plaintext', 'legal-brief']);
  assert.deepEqual(properties['pincite.run'].enum, ['onType', 'onSave']);
  assert.equal(properties['pincite.run'].default, 'onType');
  assert.deepEqual(DEFAULT_SETTINGS.languages, properties['pincite.languages'].default);
  assert.equal(sanitize({}).enable, true);
  assert.equal(sanitize({ enable: false }).enable, false);
  assert.equal(sanitize({ enable: 'no' }).enable, true, 'only false turns it off');
  assert.equal(sanitize({ run: 'onSave' }).run, 'onSave');
  assert.equal(sanitize({ run: 'sometimes' }).run, 'onType');
});

test('auto (the default) and null leave citation spacing and parallels to .pincite.json', () => {
  assert.equal(properties['pincite.citationSpacing'].default, 'auto');
  assert.equal(properties['pincite.parallelSupremeCourt'].default, 'auto');
  const auto = sanitize({ citationSpacing: 'auto', parallelSupremeCourt: 'auto', style: 'auto' });
  assert.equal(auto.citationSpacing, undefined);
  assert.equal(auto.parallelSupremeCourt, undefined);
  assert.equal(auto.style, undefined);
  const old = sanitize({ citationSpacing: null, parallelSupremeCourt: null });
  assert.equal(old.citationSpacing, undefined);
  const set = sanitize({ citationSpacing: 'compact', parallelSupremeCourt: 'keep' });
  assert.equal(set.citationSpacing, 'compact');
  assert.equal(set.parallelSupremeCourt, 'keep');
});

test('opinions open without invisible or non-ASCII character highlighting, in the language the opinions get', () => {
  const opinionLanguage = manifest.contributes.languages.find((l: { filenamePatterns?: string[] }) => l.filenamePatterns?.includes('**/*.pincite/*'));
  assert.equal(opinionLanguage?.id, 'pincite-opinion');
  const defaults = manifest.contributes.configurationDefaults[`[${opinionLanguage.id}]`];
  assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
  assert.equal(defaults['editor.unicodeHighlight.nonBasicASCII'], false);
  // The server names opinions so that they match that pattern (host/libraryService.ts).
  assert.match(readProjectFile('server/src/host/libraryService.ts'), /\.pincite\/\$\{encodeURIComponent\(path\.basename/);
});

test('the walkthrough: every step has a page that exists and ships, its commands are contributed, the sample ships', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const ignore = readProjectFile('.vscodeignore');
  const allowed = readProjectFile('scripts/check-vsix.mjs');
  const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
  const steps = walkthrough.steps as Array<{ id: string; title: string; description: string; media: { markdown: string } }>;
  assert.ok(steps.length >= 5);
  for (const step of steps) {
    assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown} exists`);
    assert.match(step.media.markdown, /^walkthrough\/[\w-]+\.md$/);
    for (const m of step.description.matchAll(/\(command:([\w.]+)\)/g)) {
      if (m[1].startsWith('pincite.')) assert.ok(commands.has(m[1]), `${step.id}: ${m[1]} is contributed`);
    }
  }
  assert.match(ignore, /^!walkthrough\/\*\.md$/m);
  assert.match(ignore, /^!samples\/\*\.md$/m);
  assert.match(allowed, /walkthrough/);
  assert.match(readProjectFile('client/src/extension.ts'), /'samples', 'memorandum\.md'/);
  // The steps cover what the walkthrough promises.
  const titles = steps.map((s) => s.title).join(' | ');
  for (const topic of [/sample/i, /finding/i, /fix/i, /hover/i, /opinion/i, /Table of Authorities/]) assert.match(titles, topic);
});

test('package.json names its repository, so vsce packages without --allow-missing-repository', () => {
  assert.match(manifest.repository?.url ?? '', /^https:\/\//);
  assert.doesNotMatch(manifest.scripts.package, /allow-missing-repository/);
});
