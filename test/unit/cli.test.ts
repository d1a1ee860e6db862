// The `pincite cites` command: JSON contract, readable table, and clear errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';
import { ROOT } from './helpers';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

function tmpFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-cli-'));
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
}

test('--json prints files with citations whose offsets index the file text', () => {
  const text = 'See *Younger v. Harris*, 401 U.S. 37, 43–44 (1971).\nId. at 45.\nYounger, 401 U.S. at 46.\n';
  const f = tmpFile('brief.md', text);
  const { code, out } = run(['cites', f, '--json']);
  assert.equal(code, 0);
  const json = JSON.parse(out);
  assert.equal(json.files.length, 1);
  assert.equal(json.files[0].path, f);
  const [full, id, short] = json.files[0].citations;
  assert.equal(full.kind, 'case');
  assert.equal(text.slice(full.start, full.end), full.text);
  assert.equal(full.caseName, 'Younger v. Harris');
  assert.equal(full.volume, '401');
  assert.equal(full.reporter, 'U.S.');
  assert.equal(full.reporterAsWritten, 'U.S.');
  assert.equal(full.page, '37');
  assert.deepEqual(full.pins, ['43–44']);
  assert.equal(full.court, null);
  assert.equal(full.year, 1971);
  assert.equal(id.kind, 'id');
  assert.equal(id.antecedent, 0);
  assert.equal(short.kind, 'shortCase');
  assert.equal(short.antecedent, 0);
  assert.equal(short.authority, full.authority);
  assert.equal(id.authority, full.authority);
});

test('parallel citations carry parallelOf, the index of their lead', () => {
  const f = tmpFile('b.txt', 'Conley v. Gibson, 355 U.S. 41, 45-46, 78 S.Ct. 99 (1957).');
  const json = JSON.parse(run(['cites', f, '--json']).out);
  const [lead, par] = json.files[0].citations;
  assert.equal(lead.parallelOf, undefined);
  assert.equal(par.parallelOf, 0);
  assert.equal(par.reporter, 'S. Ct.');
  assert.equal(par.reporterAsWritten, 'S.Ct.');
});

test('without --json it prints a readable table with line:column', () => {
  const f = tmpFile('b.txt', 'Intro.\nSee 42 U.S.C. § 1983.');
  const { code, out } = run(['cites', f]);
  assert.equal(code, 0);
  assert.match(out, /1 citation\n/);
  assert.match(out, /2:5 +statute +42 U\.S\.C\. § 1983/);
});

test('bad arguments and unreadable files exit 2 with a message naming the problem', () => {
  assert.equal(run([]).code, 2);
  const unknown = run(['check-all', 'x']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "check-all"/);
  const missing = run(['cites', '/no/such/brief.md']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read \/no\/such\/brief\.md: no such file/);
  const dir = run(['cites', os.tmpdir()]);
  assert.equal(dir.code, 2);
  assert.match(dir.err, /is a directory/);
  assert.equal(run(['cites', '--frobnicate', 'x']).code, 2);
});

test('the installed bin runs the bundled CLI', () => {
  const f = tmpFile('b.md', 'Doc. #41 at 4.');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pincite.js'), 'cites', f, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).files[0].citations[0].kind, 'record');
});
