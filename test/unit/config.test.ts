// `.pincite.json` comes with the workspace: it is read only when it is a
// regular file of reasonable size, parsed as JSON with comments, checked
// against the schema's keys and Pincite's rule codes, and every problem is
// reported with its line and column. `pincite check` stops (exit 2) rather
// than apply the rules the file meant to turn off.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';
import { CONFIG_KEYS, formatProblem, loadConfigFor, MAX_CONFIG_BYTES, parseConfigText, type ConfigProblem } from '../../server/src/config';
import { sanitize } from '../../server/src/settings';
import { STYLE_NAMES } from '../../server/src/core/style/profiles';
import { ROOT } from './helpers';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const BRIEF = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';

function project(config: string | Buffer): { dir: string; brief: string; config: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-config-'));
  const brief = path.join(dir, 'brief.md');
  fs.writeFileSync(brief, BRIEF);
  const file = path.join(dir, '.pincite.json');
  fs.writeFileSync(file, config);
  return { dir, brief, config: file };
}

test('comments and trailing commas are allowed; the settings apply', () => {
  const p = project('// house style\n{\n  "rules": { "CITE001": "off", }, /* spacing */ "citationSpacing": "compact",\n}\n');
  const r = run(['check', p.brief, '--format', 'json']);
  assert.equal(r.err, '');
  assert.ok(!JSON.parse(r.out).files[0].diagnostics.some((d: { code: string }) => d.code === 'CITE001'));
});

test('an unknown key, an unknown rule code and a bad value are errors with line and column; check exits 2 and checks nothing', () => {
  const p = project('{\n  "rules": {\n    "CITE001": "off",\n    "CITE999": "off",\n    "CITE002": "loud"\n  },\n  "citationSpaceing": "compact"\n}\n');
  const r = run(['check', p.brief]);
  assert.equal(r.code, 2);
  assert.equal(r.out, '', 'nothing was checked');
  assert.match(r.err, /\.pincite\.json:4:5: unknown rule code "CITE999"/);
  assert.match(r.err, /\.pincite\.json:5:16: "CITE002" must be off, info, warning or error/);
  assert.match(r.err, /\.pincite\.json:7:3: unknown setting "citationSpaceing" \(known: rules, citationSpacing, parallelSupremeCourt/);
  assert.match(r.err, /nothing was checked/);
});

test('invalid JSON is an error with its line and column', () => {
  const p = project('{\n  "rules": { "CITE001": "off" \n  "citationSpacing": "compact"\n}\n');
  const r = run(['check', p.brief]);
  assert.equal(r.code, 2);
  assert.match(r.err, /\.pincite\.json:3:3: invalid JSON: comma expected/);
});

test('the keys come from the schema, so a key added there is known without code changes', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'pincite.schema.json'), 'utf8'));
  assert.deepEqual([...CONFIG_KEYS].sort(), Object.keys(schema.properties).sort());
  const problems: ConfigProblem[] = [];
  const cfg = parseConfigText('{"parallelSupremeCourt": "sometimes"}', 'x.json', problems);
  assert.equal(cfg.parallelSupremeCourt, undefined);
  assert.deepEqual(problems.map(formatProblem), ['x.json:1:26: "parallelSupremeCourt" must be "drop" or "keep"']);
});

test('a .pincite.json that is a link to /dev/zero, a FIFO or a huge file is refused at once, without reading it', () => {
  const z = project('{}');
  fs.rmSync(z.config);
  fs.symlinkSync('/dev/zero', z.config);
  const started = Date.now();
  const problems: ConfigProblem[] = [];
  assert.deepEqual(loadConfigFor(z.brief, problems), {});
  assert.match(formatProblem(problems[0]), /\.pincite\.json: not a regular file; ignored/);
  assert.ok(Date.now() - started < 1000);

  const f = project('{}');
  fs.rmSync(f.config);
  execFileSync('mkfifo', [f.config]);
  // A child process with a time limit: opening a FIFO used to block until a writer came.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pincite.js'), 'check', f.brief], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /\.pincite\.json: not a regular file; ignored/);

  const big = project(Buffer.alloc(MAX_CONFIG_BYTES + 10, 0x20));
  const b = run(['check', big.brief]);
  assert.equal(b.code, 2);
  assert.match(b.err, /over the 262144-byte limit for a settings file/);
});

test('a .pincite.json linked to another file never shows that file in a message', () => {
  const p = project('{}');
  const secret = path.join(p.dir, 'secret.txt');
  fs.writeFileSync(secret, 'password=hunter2 and the rest of a private file\n');
  fs.rmSync(p.config);
  fs.symlinkSync(secret, p.config);
  const r = run(['check', p.brief]);
  assert.equal(r.code, 2);
  assert.match(r.err, /\.pincite\.json:1:1: invalid JSON/);
  assert.ok(!/hunter2|password/.test(r.err), r.err);
  const keys = project('{"password=hunter2 and the rest of a private file": 1}');
  const k = run(['check', keys.brief]);
  assert.ok(!k.err.includes('private file'), 'a long unknown key is cut short');
});

test('the editor settings, .pincite.json and --style are read by one validator: same codes, same styles', () => {
  const written = { rules: { cite001: 'off', CITE013b: 'info', cite013B: 'warning', CITE999: 'off', CITE002: 'loud' }, citationSpacing: 'compact', style: 'ohio' };
  const fromFile = parseConfigText(JSON.stringify(written), 'x.json', []);
  const fromEditor = sanitize(written);
  // A code in any case is the rule's own spelling (CITE013b keeps its lower-case letter); unknown codes and bad severities are left out.
  assert.deepEqual(fromFile.rules, { CITE001: 'off', CITE013b: 'warning' });
  assert.deepEqual(fromEditor.rules, fromFile.rules);
  assert.equal(fromEditor.citationSpacing, fromFile.citationSpacing);
  assert.equal(fromEditor.style, fromFile.style);
  assert.equal(sanitize({ style: 'chicago', citationSpacing: null }).style, undefined);
  // Every style the schema allows is a house style Pincite has, and the other way round.
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'pincite.schema.json'), 'utf8'));
  assert.deepEqual([...schema.properties.style.enum].sort(), ['auto', ...STYLE_NAMES].sort());
  const r = run(['check', '--style', 'chicago', 'x.md']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--style must be auto, bluebook, scotus, vendor, california, new-york, georgia, washington, ohio \(got "chicago"\)/);
});

test('"extends" starts from another settings file, relative to the one that names it; the nearer file wins rule by rule', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-extends-'));
  fs.mkdirSync(path.join(dir, 'firm'));
  fs.mkdirSync(path.join(dir, 'case', 'briefs'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'firm', 'house.pincite.json'),
    '// the firm\'s house settings\n{ "rules": { "CITE001": "off", "CITE050": "info" }, "style": "bluebook" }\n',
  );
  fs.writeFileSync(path.join(dir, 'case', '.pincite.json'), '{\n  "extends": "../firm/house.pincite.json", // shared\n  "rules": { "CITE050": "error" }\n}\n');
  const brief = path.join(dir, 'case', 'briefs', 'brief.md');
  fs.writeFileSync(brief, BRIEF);
  const problems: ConfigProblem[] = [];
  const cfg = loadConfigFor(brief, problems);
  assert.deepEqual(problems, []);
  assert.deepEqual(cfg.rules, { CITE001: 'off', CITE050: 'error' });
  assert.equal(cfg.style, 'bluebook');
  assert.equal(cfg.source, path.join(dir, 'case', '.pincite.json'));
  // The CLI applies it: CITE001 is off through the base file.
  const r = run(['check', brief, '--format', 'json']);
  assert.equal(r.err, '');
  assert.deepEqual(JSON.parse(r.out).files[0].diagnostics, []);
});

test('"extends" that comes back round, names no file, or leads to a file with an error is refused with line and column', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-extends-'));
  const brief = path.join(dir, 'brief.md');
  fs.writeFileSync(brief, BRIEF);
  const own = path.join(dir, '.pincite.json');
  const base = path.join(dir, 'base.json');
  fs.writeFileSync(own, '{\n  "extends": "base.json"\n}\n');
  fs.writeFileSync(base, '{\n  "rules": {},\n  "extends": "./.pincite.json"\n}\n');
  const cycle = run(['check', brief]);
  assert.equal(cycle.code, 2);
  assert.equal(cycle.out, '');
  assert.match(
    cycle.err,
    new RegExp(`base\\.json:3:14: "extends" goes round in a circle \\(${own.replace(/[.\\/]/g, '\\$&')} → .*base\\.json → .*\\.pincite\\.json\\); not followed`),
  );
  fs.writeFileSync(own, '{ "rules": { "CITE001": "off" },\n  "extends": "missing.json" }\n');
  const missing = run(['check', brief]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /\.pincite\.json:2:14: "extends" names "missing\.json", which does not exist \(relative to this file's folder\)/);
  // A problem in the base file is reported with the base file's name, line and column.
  fs.writeFileSync(own, '{ "extends": "base.json" }');
  fs.writeFileSync(base, '{\n  // typo\n  "rules": { "CITE001": "of" }\n}\n');
  const bad = run(['check', brief]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /base\.json:3:25: "CITE001" must be off, info, warning or error/);
  fs.writeFileSync(own, '{ "extends": 3 }');
  assert.match(run(['check', brief]).err, /\.pincite\.json:1:14: "extends" must be string/);
});
