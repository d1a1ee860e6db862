// Checks the packaged extension: at most 2 MB, and nothing in it beyond what the
// extension runs or shows (bundles, data, opinions, grammar, snippets, rule
// pages, the walkthrough and its sample briefs, README and its images, CHANGELOG, LICENSE, NOTICE, icon, manifest).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `pincite-${version}.vsix`;
const size = statSync(vsix).size;
const allowed = [
  /^package\.json$/,
  /^dist\/(client|server)\.js$/,
  /^data\/(reporters|courts|codes)\.json$/,
  /^opinions\/[\w.-]+\.(txt|md)$/,
  /^opinions\/index\.json$/,
  /^docs\/opinion-folders\.md$/,
  /^samples\/[\w.-]+\.md$/,
  /^walkthrough\/[\w-]+\.md$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^snippets\/[\w.-]+\.code-snippets$/,
  /^language-configuration\.json$/,
  /^schemas\/pincite\.schema\.json$/,
  /^docs\/rules\/CITE\d{3}[a-z]?\.md$/,
  /^docs\/images\/(memorandum-in-vscode|hover-card)\.png$/,
  /^images\/icon\.png$/,
  /^(README|CHANGELOG)\.md$/,
  /^(LICENSE|NOTICE)$/,
];
const files = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' })
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !/^npm warn/i.test(l));
const stray = files.filter((f) => !allowed.some((re) => re.test(f)));
const problems = [];
if (size > 2 * 1024 * 1024) problems.push(`${vsix} is ${(size / 1048576).toFixed(2)} MB, over 2 MB`);
if (stray.length) problems.push(`unexpected files in ${vsix}: ${stray.join(', ')}`);
for (const need of ['dist/client.js', 'dist/server.js', 'README.md', 'LICENSE', 'NOTICE', 'images/icon.png', 'opinions/index.json', 'samples/memorandum.md']) {
  if (!files.includes(need)) problems.push(`${vsix} lacks ${need}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${vsix}: ${(size / 1024).toFixed(0)} KB, ${files.length} files, nothing unexpected`);
