// Writes what the rule registry says into the files that repeat it: the rules
// table and the rule count in README.md (between their markers), and the
// per-code properties of the `pincite.rules` setting in package.json (so the
// settings editor offers every code). Run after adding or changing a rule:
// npm run docs:rules
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pincite-rules-'));
try {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { rulesTable } from ${JSON.stringify(path.join(root, 'server/src/core/rules/table.ts'))};\n` +
      `export { rulesSettingProperties, severitySchema } from ${JSON.stringify(path.join(root, 'server/src/core/rules/settingsSchema.ts'))};\n` +
      `export { RULES } from ${JSON.stringify(path.join(root, 'server/src/core/rules/index.ts'))};\n`,
  );
  const out = path.join(dir, 'rules.cjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  const { rulesTable, rulesSettingProperties, severitySchema, RULES } = createRequire(import.meta.url)(out);

  const readmePath = path.join(root, 'README.md');
  let readme = readFileSync(readmePath, 'utf8');
  const table = /(<!-- rules-table:start -->\n)[\s\S]*?(<!-- rules-table:end -->)/;
  const count = /(<!-- rules-count -->)\d+(<!-- \/rules-count -->)/g;
  if (!table.test(readme)) throw new Error('README.md has no rules-table markers');
  if (!count.test(readme)) throw new Error('README.md has no rules-count markers');
  readme = readme.replace(table, `$1${rulesTable()}\n$2`).replace(count, `$1${RULES.length}$2`);
  writeFileSync(readmePath, readme);

  const manifestPath = path.join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const rules = manifest.contributes.configuration.properties['pincite.rules'];
  rules.properties = rulesSettingProperties();
  rules.additionalProperties = severitySchema();
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`README.md rules table and count (${RULES.length}) and package.json pincite.rules updated`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
