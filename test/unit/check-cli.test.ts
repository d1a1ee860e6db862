// `pincite check`: the findings, the three output formats, --fix, .pincite.json
// and the exit codes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { main } from '../../server/src/cli';
import { ROOT } from './helpers';

function run(args: string[], cwd?: string) {
  let out = '';
  let err = '';
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = main(args, (s) => (out += s), (s) => (err += s));
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-check-'));
}

const BRIEF = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998). Id., at 123. Graham, 490 U.S. at 395.\n';

test('stylish output lists each problem with line:column, severity, message and code; exit 1 on an error', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  const r = run(['check', f]);
  assert.equal(r.code, 1);
  assert.match(r.out, /1:39 +warning Reporter spacing: write "F\. Supp\. 2d", not "F\.Supp\.2d"\..*CITE001/);
  assert.match(r.out, /CITE050/);
  assert.match(r.out, /CITE053/);
  assert.match(r.out, /3 problems \(2 errors, 1 warning, 0 info\)/);
});

test('--format json gives offsets into the file and the fixes', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  const r = run(['check', f, '--format', 'json']);
  const json = JSON.parse(r.out);
  const d = json.files[0].diagnostics.find((x: { code: string }) => x.code === 'CITE001');
  assert.equal(BRIEF.slice(d.start, d.end), 'F.Supp.2d');
  assert.equal(d.severity, 'warning');
  assert.deepEqual(d.fixes[0].edits, [{ start: d.start, end: d.end, newText: 'F. Supp. 2d' }]);
  assert.ok(!/^CITE/.test(d.message), 'the code is not repeated in the message');
});

test('--format sarif validates against the SARIF 2.1.0 schema', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  const r = run(['check', 'brief.md', '--format=sarif'], dir);
  const log = JSON.parse(r.out) as { runs: Array<{ results: Array<Record<string, any>> }> };
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const results = log.runs[0].results;
  assert.equal(results.length, 3);
  const spacing = results.find((x) => x.ruleId === 'CITE001')!;
  assert.equal(spacing.level, 'warning');
  assert.equal(spacing.locations[0].physicalLocation.artifactLocation.uri, 'brief.md');
  assert.equal(spacing.locations[0].physicalLocation.region.startLine, 1);
  assert.equal(spacing.locations[0].physicalLocation.region.startColumn, 39);
  // A malformed log is rejected: the validation can fail.
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: {} }] }), false);
});

test('--fix writes the safe fixes, leaves the rest, and re-checks', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  const r = run(['check', f, '--fix']);
  const fixed = fs.readFileSync(f, 'utf8');
  assert.equal(fixed, BRIEF.replace('F.Supp.2d', 'F. Supp. 2d').replace('Id., at', 'Id. at'));
  // CITE053 (no full citation) cannot be fixed without a fact; it remains and is an error.
  assert.equal(r.code, 1);
  assert.match(r.out, /Fixed 2 problems/);
  assert.match(r.out, /CITE053/);
  assert.doesNotMatch(r.out, /CITE001|CITE050/);
  // No temporary file is left behind.
  assert.deepEqual(fs.readdirSync(dir), ['brief.md']);
});

test('a clean brief exits 0 and --fix leaves it byte for byte', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'clean.md');
  const text = fs.readFileSync(path.join(ROOT, 'samples', 'clean-brief.md'), 'utf8');
  fs.writeFileSync(f, text);
  const r = run(['check', f, '--fix']);
  assert.equal(r.code, 0, r.out);
  assert.equal(fs.readFileSync(f, 'utf8'), text);
});

test('.pincite.json turns rules off and chooses compact spacing', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  fs.writeFileSync(path.join(dir, '.pincite.json'), JSON.stringify({ rules: { CITE053: 'off', CITE050: 'warning' }, citationSpacing: 'compact' }));
  const r = run(['check', f, '--format', 'json']);
  const codes = JSON.parse(r.out).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
  // compact: a single closed-up reporter is consistent; CITE050 downgraded; CITE053 off.
  assert.deepEqual(codes, ['CITE050:warning']);
  assert.equal(r.code, 0);
});

test('a malformed .pincite.json is reported by name and ignored part by part', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  fs.writeFileSync(path.join(dir, '.pincite.json'), '{"rules": {"CITE001": "loud"}, "citationSpacing": "tight"}');
  const r = run(['check', f]);
  assert.match(r.err, /\.pincite\.json: "CITE001" must be off, info, warning or error/);
  assert.match(r.err, /"citationSpacing" must be "traditional" or "compact"/);
  assert.match(r.out, /CITE001/);
});

test('bad arguments and unreadable files exit 2', () => {
  assert.equal(run(['check']).code, 2);
  assert.equal(run(['check', 'x.md', '--format', 'xml']).code, 2);
  assert.equal(run(['check', 'x.md', '--json']).code, 2);
  const missing = run(['check', '/no/such/brief.md']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read \/no\/such\/brief\.md/);
});

test('pincite check loads the bundled opinions: a wrong pin and a quotation on another page are reported as in the editor', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(
    f,
    'Russo v. City of Hartford, 158 F. Supp. 2d 214, 229 (D. Conn. 2001). The court added that "abstention is not appropriate if the state proceedings are being undertaken in bad faith." Id. at 231. Nothing follows. Id. at 245.\n',
  );
  const r = run(['check', '--format', 'json', f]);
  assert.equal(r.code, 1, r.err);
  const findings = JSON.parse(r.out).files[0].diagnostics as Array<{ code: string }>;
  assert.deepEqual(findings.map((x) => x.code), ['CITE101', 'CITE092']);
  // --fix applies safe fixes only; CITE101's is a suggestion the writer chooses, so the brief is untouched.
  const before = fs.readFileSync(f, 'utf8');
  run(['check', '--fix', f]);
  assert.equal(fs.readFileSync(f, 'utf8'), before);
});
