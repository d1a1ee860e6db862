// Rewrites the rules table in README.md (between the rules-table markers) from
// the rules' metadata. Run after adding or changing a rule: npm run docs:rules
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pincite-rules-'));
try {
  const out = path.join(dir, 'table.cjs');
  await build({ entryPoints: [path.join(root, 'server/src/core/rules/table.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
  const { rulesTable } = createRequire(import.meta.url)(out);
  const readmePath = path.join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const re = /(<!-- rules-table:start -->\n)[\s\S]*?(<!-- rules-table:end -->)/;
  if (!re.test(readme)) throw new Error('README.md has no rules-table markers');
  writeFileSync(readmePath, readme.replace(re, `$1${rulesTable()}\n$2`));
  console.log('README.md rules table updated');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
