// Bulk use of the `pincite` command (the built bin, in a child process):
// --stdin-jsonl answers one JSON line per brief line, in input order, bad
// lines included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers';

const BIN = path.join(ROOT, 'bin', 'pincite.js');
// A folder of a few briefs.
const BRIEFS = path.join(ROOT, 'samples');

function pincite(args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const LINES = [
  JSON.stringify({ id: 'roe', text: 'See Roe v. Wade, 410 U.S. 113, 120 (1973).' }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 7, text: '' }),
  '',
  JSON.stringify({ id: 'md', markdown: true, text: '*Brown v. Board of Education*, 347 U.S. 483 (1954)' }),
  JSON.stringify({ id: 'notext' }),
].join('\n');

function results(out: string): Array<Record<string, unknown>> {
  return out
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('cites --stdin-jsonl: one line per brief, in input order, with ids; a bad line gets an error and the stream goes on', () => {
  const r = pincite(['cites', '--stdin-jsonl'], LINES);
  assert.equal(r.code, 0, r.err);
  const rs = results(r.out);
  assert.deepEqual(
    rs.map((x) => x.id),
    ['roe', undefined, 7, 'md', 'notext'],
  );
  const roe = rs[0].citations as Array<Record<string, unknown>>;
  assert.equal(roe.length, 1);
  assert.equal(roe[0].text, 'Roe v. Wade, 410 U.S. 113, 120 (1973)');
  assert.equal(roe[0].start, 4);
  assert.match(String(rs[1].error), /line 2 is not JSON/);
  assert.deepEqual(rs[2].citations, []);
  assert.equal((rs[3].citations as Array<Record<string, unknown>>)[0].volume, '347');
  assert.match(String(rs[4].error), /no "text"/);
});

test('cites --stdin-jsonl gives the same citation objects as cites --json', () => {
  const text = 'See Roe v. Wade, 410 U.S. 113, 120 (1973). Id. at 125.';
  const streamed = results(pincite(['cites', '--stdin-jsonl'], JSON.stringify({ id: 1, text }) + '\n').out)[0].citations;
  const whole = JSON.parse(pincite(['cites', '--json', '-'], text).out) as { files: Array<{ citations: unknown }> };
  assert.deepEqual(streamed, whole.files[0].citations);
});

test('check --stdin-jsonl: findings per line, with the rule codes check reports; Markdown by "markdown" or "path"', () => {
  const bad = 'Brown v. Board of Education, 347 U.S. 483 (1954).';
  const input = [JSON.stringify({ id: 'a', text: bad }), 'nope', JSON.stringify({ id: 'b', text: '' }), JSON.stringify({ id: 'c', path: 'x.md', text: bad })].join('\n');
  const r = pincite(['check', '--stdin-jsonl'], input + '\n');
  assert.equal(r.code, 0, r.err);
  const rs = results(r.out);
  assert.deepEqual(
    rs.map((x) => x.id),
    ['a', undefined, 'b', 'c'],
  );
  const codes = (rs[0].findings as Array<{ code: string }>).map((f) => f.code);
  assert.ok(codes.includes('CITE032'), codes.join());
  assert.ok('error' in rs[1]);
  assert.deepEqual(rs[2].findings, []);
  // The same findings as check over a file holding that text.
  const whole = JSON.parse(pincite(['check', '--format', 'json', '-'], bad).out) as { files: Array<{ diagnostics: Array<{ code: string }> }> };
  assert.deepEqual(
    codes,
    whole.files[0].diagnostics.map((d) => d.code),
  );
});

test('--stdin-jsonl takes no file and no report format', () => {
  assert.equal(pincite(['cites', '--stdin-jsonl', 'a.md']).code, 2);
  assert.equal(pincite(['cites', '--stdin-jsonl', '--json']).code, 2);
  assert.equal(pincite(['check', '--stdin-jsonl', '--format', 'sarif']).code, 2);
  assert.equal(pincite(['toa', '--stdin-jsonl']).code, 2);
});

test('--jobs is not an option (yet): refused with exit 2, nothing read', () => {
  const r = pincite(['check', '--jobs', '2', BRIEFS]);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown option --jobs/);
});
