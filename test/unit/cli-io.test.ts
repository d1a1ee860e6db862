// What `pincite check --fix` and `pincite toa --write` do to the file on disk:
// the encoding is kept or the file refused, links and permissions are
// respected, a change made meanwhile is not lost, temporary files cannot be
// hijacked, and toa --write only replaces a table it wrote. Also what the CLI
// refuses to read (a FIFO, a Word or PDF file).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';
import { readBrief, writeBrief } from '../../server/src/cli/io';
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

function tmpDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-io-'));
}

/** A brief with one safe fix: the closed-up reporter `F.Supp.2d`. */
const BRIEF = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';
const FIXED = 'See Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117, 122 (D. Conn. 1998).\n';

test('--fix keeps a UTF-8 byte-order mark', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'bom.md');
  fs.writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BRIEF + '“Quoted” § 1983 — café.\n')]));
  const r = run(['check', '--fix', f]);
  assert.equal(r.err, '');
  const bytes = fs.readFileSync(f);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is still there');
  assert.equal(bytes.subarray(3).toString('utf8'), FIXED + '“Quoted” § 1983 — café.\n');
});

test('a file that is not UTF-8 (Latin-1) is refused with exit 2 and left byte for byte', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'latin1.md');
  const latin1 = Buffer.from(BRIEF + 'Caf\xe9 \xa7 1983.\n', 'latin1');
  fs.writeFileSync(f, latin1);
  for (const args of [
    ['check', '--fix', f],
    ['check', f],
    ['toa', '--write', f],
    ['cites', f],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /latin1\.md is not valid UTF-8 text \(byte \d+, line 2\)/);
    assert.ok(fs.readFileSync(f).equals(latin1), `${args.join(' ')} left the file alone`);
  }
});

test('--fix writes through a symbolic link to its target and keeps the link', () => {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'real'));
  const target = path.join(dir, 'real', 'brief.md');
  fs.writeFileSync(target, BRIEF);
  const link = path.join(dir, 'link.md');
  fs.symlinkSync(path.join('real', 'brief.md'), link);
  assert.equal(run(['check', '--fix', link]).code, 0);
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.equal(fs.readlinkSync(link), path.join('real', 'brief.md'));
  assert.equal(fs.readFileSync(target, 'utf8'), FIXED);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['brief.md'], 'no temporary file left behind');
});

test('--fix keeps hard links: every name sees the fixed text', () => {
  const dir = tmpDir();
  const a = path.join(dir, 'a.md');
  const b = path.join(dir, 'b.md');
  fs.writeFileSync(a, BRIEF);
  fs.linkSync(a, b);
  const ino = fs.statSync(a).ino;
  assert.equal(run(['check', '--fix', a]).code, 0);
  assert.equal(fs.statSync(a).ino, ino, 'the same file, not a new one');
  assert.equal(fs.statSync(a).nlink, 2);
  assert.equal(fs.readFileSync(b, 'utf8'), FIXED);
});

test('--fix and toa --write refuse a read-only file (exit 2, unchanged)', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'ro.md');
  fs.writeFileSync(f, BRIEF);
  fs.chmodSync(f, 0o444);
  const r = run(['check', '--fix', f]);
  assert.equal(r.code, 2);
  assert.match(r.err, /ro\.md is read-only; not written/);
  assert.equal(fs.readFileSync(f, 'utf8'), BRIEF);
  assert.equal(fs.statSync(f).mode & 0o777, 0o444);
  const t = run(['toa', '--write', f]);
  assert.equal(t.code, 2);
  assert.equal(fs.readFileSync(f, 'utf8'), BRIEF);
});

test('a change saved while the fix was computed is kept: the fix is applied again to the new text', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  const read = readBrief(f);
  assert.ok(read.ok);
  // Another program saves a new line after Pincite read the file.
  fs.appendFileSync(f, 'A line saved meanwhile. Smith v. Jones, 5 F.Supp.3d 9 (D. Conn. 2014).\n');
  let redone = 0;
  const w = writeBrief(f, read.brief, FIXED, (current) => {
    redone++;
    return current.replace(/F\.Supp\.(\d)d/g, 'F. Supp. $1d');
  });
  assert.ok(w.ok);
  assert.equal(redone, 1);
  assert.equal(fs.readFileSync(f, 'utf8'), FIXED + 'A line saved meanwhile. Smith v. Jones, 5 F. Supp. 3d 9 (D. Conn. 2014).\n');
  // A file that keeps changing is refused rather than overwritten.
  const again = readBrief(f);
  assert.ok(again.ok);
  fs.appendFileSync(f, 'edit 0\n');
  let n = 0;
  const busy = writeBrief(f, again.brief, 'replaced\n', (current) => {
    fs.appendFileSync(f, `edit ${++n}\n`);
    return current + 'fixed\n';
  });
  assert.equal(busy.ok, false);
  assert.match(!busy.ok ? busy.message : '', /kept changing while Pincite worked on it; not written/);
  const kept = fs.readFileSync(f, 'utf8');
  assert.ok(kept.includes('A line saved meanwhile.') && kept.includes('edit 0\n') && !kept.includes('fixed') && !kept.includes('replaced'));
});

test('check --fix and toa --write run together: both changes land', async () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  const body = fs.readFileSync(path.join(ROOT, 'samples', 'memorandum.md'), 'utf8');
  const bin = path.join(ROOT, 'bin', 'pincite.js');
  for (let round = 0; round < 3; round++) {
    fs.writeFileSync(f, body);
    const start = (args: string[]) => new Promise<number>((resolve) => spawn(process.execPath, [bin, ...args], { stdio: 'ignore' }).on('exit', (c) => resolve(c ?? -1)));
    const [fix, toa] = await Promise.all([start(['check', '--fix', f]), start(['toa', '--write', f])]);
    assert.ok(fix === 0 || fix === 1, `check --fix exited ${fix}`);
    assert.equal(toa, 0);
    const after = fs.readFileSync(f, 'utf8');
    assert.match(after, /<!-- pincite-toa -->[\s\S]*\*\*Table of Authorities\*\*[\s\S]*<!-- \/pincite-toa -->/, `round ${round}: the table is there`);
    assert.ok(!after.includes('F.Supp.2d'), `round ${round}: the fixes are there`);
  }
  assert.deepEqual(fs.readdirSync(dir), ['brief.md'], 'no temporary or lock file left');
});

test('temporary files are created exclusively with unpredictable names: a planted link is never followed', () => {
  const dir = tmpDir();
  const outside = path.join(tmpDir(), 'victim.txt');
  fs.writeFileSync(outside, 'precious\n');
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  // The old predictable name, and a spread of guesses, all pointing outside.
  fs.symlinkSync(outside, path.join(dir, `.brief.md.pincite-${process.pid}.tmp`));
  for (let k = 0; k < 50; k++) fs.symlinkSync(outside, path.join(dir, `.brief.md.pincite-${k}.tmp`));
  assert.equal(run(['check', '--fix', f]).code, 0);
  assert.equal(fs.readFileSync(outside, 'utf8'), 'precious\n');
  assert.equal(fs.readFileSync(f, 'utf8'), FIXED);
  assert.ok(fs.lstatSync(f).isFile());
  assert.equal(fs.readdirSync(dir).filter((n) => !fs.lstatSync(path.join(dir, n)).isSymbolicLink()).length, 1, 'only the brief is a regular file');
});

test('toa --write refuses markers that are not one pair around a table Pincite wrote (exit 2, unchanged)', () => {
  const dir = tmpDir();
  const memo = fs.readFileSync(path.join(ROOT, 'samples', 'memorandum.md'), 'utf8');
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, memo);
  assert.equal(run(['toa', '--write', f]).code, 0);
  const withTable = fs.readFileSync(f, 'utf8');
  // Rewriting its own table is fine.
  assert.equal(run(['toa', '--write', f]).code, 0);

  // The end marker moved to the end of the file: the region now holds the brief.
  const moved = withTable.replace('<!-- /pincite-toa -->\n', '') + '<!-- /pincite-toa -->\n';
  const cases: Array<[string, string, RegExp]> = [
    ['end marker moved to the end', moved, /is not a table Pincite wrote/],
    ['start marker only', withTable.replace('<!-- /pincite-toa -->\n', ''), /found 1 start and 0 end markers/],
    ['two pairs', withTable + '\n<!-- pincite-toa -->\n<!-- /pincite-toa -->\n', /found 2 start and 2 end markers/],
    ['end before start', '<!-- /pincite-toa -->\n\n' + memo + '\n<!-- pincite-toa -->\n', /an end marker first/],
    ['prose between the markers', '# Brief\n\n<!-- pincite-toa -->\nThe argument starts here.\n<!-- /pincite-toa -->\n\n' + memo, /not a table Pincite wrote/],
  ];
  for (const [what, text, message] of cases) {
    fs.writeFileSync(f, text);
    const r = run(['toa', '--write', f]);
    assert.equal(r.code, 2, what);
    assert.match(r.err, message, what);
    assert.equal(fs.readFileSync(f, 'utf8'), text, `${what}: unchanged`);
  }

  // Markers inside a fenced code block are an example, not markers: the table is inserted after the title.
  const example = '# Memorandum\n\nUsage:\n\n```markdown\n<!-- pincite-toa -->\n<!-- /pincite-toa -->\n```\n\nSee Younger v. Harris, 401 U.S. 37 (1971).\n';
  fs.writeFileSync(f, example);
  assert.equal(run(['toa', '--write', f]).code, 0);
  const written = fs.readFileSync(f, 'utf8');
  assert.ok(written.includes('```markdown\n<!-- pincite-toa -->\n<!-- /pincite-toa -->\n```'), 'the example is untouched');
  assert.match(written, /^# Memorandum\n\n<!-- pincite-toa -->\n\n\*\*Table of Authorities\*\*/);

  // A plain-text table Pincite wrote is recognised as its own.
  const txt = path.join(dir, 'brief.txt');
  fs.writeFileSync(txt, memo);
  assert.equal(run(['toa', '--write', txt]).code, 0);
  assert.equal(run(['toa', '--write', txt]).code, 0);
});

test('the CLI refuses a FIFO, a .docx and a .pdf with exit 2 and a message, without blocking', () => {
  const dir = tmpDir();
  const fifo = path.join(dir, 'pipe.md');
  execFileSync('mkfifo', [fifo]);
  // In a child process with a time limit: reading a FIFO used to block forever.
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pincite.js'), 'check', fifo], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /pipe\.md is not a regular file/);

  const docx = path.join(dir, 'brief.docx');
  fs.writeFileSync(docx, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64, 1)]));
  const d = run(['check', docx]);
  assert.equal(d.code, 2);
  assert.match(d.err, /brief\.docx is a Word document \(\.docx\), not text/);

  const pdf = path.join(dir, 'brief.pdf');
  fs.writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nSmith v. Jones, 1 U.S. 1 (1999).\n');
  const p = run(['cites', pdf]);
  assert.equal(p.code, 2);
  assert.match(p.err, /brief\.pdf is a PDF file, not text/);
  assert.equal(run(['toa', pdf]).code, 2);
});
