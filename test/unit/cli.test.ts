// The `pincite cites` command: JSON contract, readable table, and clear errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';
import { expandBraces, globToRegExp, hasGlobMagic } from '../../server/src/cli/files';
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
  // A directory is read for its brief files; one without any is named.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-cli-'));
  fs.writeFileSync(path.join(empty, 'scan.pdf'), '%PDF');
  const dir = run(['cites', empty]);
  assert.equal(dir.code, 2);
  assert.equal(dir.err, `pincite: no brief files (.md, .markdown, .txt, .brief) in the directory ${empty}\n`);
  assert.equal(run(['cites', '--frobnicate', 'x']).code, 2);
});

test('the installed bin runs the bundled CLI', () => {
  const f = tmpFile('b.md', 'Doc. #41 at 4.');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'pincite.js'), 'cites', f, '--json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).files[0].citations[0].kind, 'record');
});

test('cites takes directories and quoted globs like check, and `--` ends the options', () => {
  const f = tmpFile('a.md', 'See 42 U.S.C. § 1983.');
  const dir = path.dirname(f);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Doc. #41 at 4.');
  fs.writeFileSync(path.join(dir, 'sub', 'c.json'), '{}');
  const byDir = JSON.parse(run(['cites', dir, '--json']).out);
  assert.deepEqual(
    byDir.files.map((x: { path: string }) => x.path),
    [f, path.join(dir, 'sub', 'b.txt')],
  );
  assert.deepEqual(
    byDir.files.map((x: { citations: Array<{ kind: string }> }) => x.citations[0].kind),
    ['statute', 'record'],
  );
  const byGlob = JSON.parse(run(['cites', '--json', `${dir.split(path.sep).join('/')}/**/*.{md,txt}`]).out);
  assert.equal(byGlob.files.length, 2);
  // A file whose name looks like an option is read after `--`.
  fs.writeFileSync(path.join(dir, '--odd.md'), 'See 42 U.S.C. § 1983.');
  const before = process.cwd();
  process.chdir(dir);
  try {
    assert.equal(run(['cites', '--json', '--odd.md']).code, 2);
    const r = run(['cites', '--json', '--', '--odd.md']);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).files[0].path, '--odd.md');
  } finally {
    process.chdir(before);
  }
});

test('the usage names every command and option', () => {
  const { code, out } = run(['--help']);
  assert.equal(code, 0);
  for (const s of ['pincite cites FILE...', 'pincite check FILE...', '--max-warnings N', '--format', '--fix', '--json', "'briefs/**/*.md'"]) {
    assert.ok(out.includes(s), s);
  }
});

test('glob patterns: what *, ?, **, {a,b} and [..] match', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['*.md', ['a.md', 'ab.md', 'md.md'], ['a/b.md', '.hidden.md', 'a.txt', 'a.mdx']],
    ['**/*.md', ['a.md', 'x/a.md', 'x/y/z/a.md'], ['.git/a.md', 'x/.y/a.md', 'x/.a.md', 'a.txt']],
    ['x/**/b.md', ['x/b.md', 'x/y/b.md', 'x/y/z/b.md'], ['b.md', 'y/x/b.md', 'x/bb.md']],
    ['x/**', ['x/a', 'x/y/z.md'], ['y/a', 'x/.a']],
    ['?.md', ['a.md', '1.md'], ['ab.md', '/.md', '.md']],
    ['{a,b}/*.{md,txt}', ['a/x.md', 'b/y.txt'], ['c/x.md', 'a/x.brief']],
    ['{a,b/{c,d}}.md', ['a.md', 'b/c.md', 'b/d.md'], ['b.md', 'b/e.md']],
    ['[ab]*.md', ['a.md', 'bcd.md'], ['c.md']],
    ['[!ab].md', ['c.md'], ['a.md', 'b.md']],
    ['brief(1)+.md', ['brief(1)+.md'], ['brief1.md']],
    ['{x}.md', ['{x}.md'], ['x.md']],
  ];
  for (const [glob, yes, no] of cases) {
    const re = globToRegExp(glob);
    for (const s of yes) assert.ok(re.test(s), `${glob} should match ${s}`);
    for (const s of no) assert.ok(!re.test(s), `${glob} should not match ${s}`);
  }
  assert.deepEqual(expandBraces('a{b,c{d,e}}f{1,2}'), ['abf1', 'abf2', 'acdf1', 'acdf2', 'acef1', 'acef2']);
  assert.deepEqual(expandBraces('a{b}c'), ['a{b}c']);
  assert.ok(hasGlobMagic('briefs/**/*.md') && hasGlobMagic('a?.md') && hasGlobMagic('{a,b}.md') && hasGlobMagic('[ab].md'));
  assert.ok(!hasGlobMagic('briefs/a.md') && !hasGlobMagic('{a}.md') && !hasGlobMagic('brief (final).md'));
});

// ---- pincite toa ----

const TOA_BRIEF = `# Memorandum of Law

## Argument

The claim fails. *Bell Atl. Corp. v. Twombly*, 550 U.S. 544, 570 (2007); *Ashcroft v. Iqbal*, 556 U.S. 662, 678 (2009). It arises under 42 U.S.C. § 1983. *Iqbal*, 556 U.S. at 679.
`;

test('pincite toa prints the table of authorities of a brief', () => {
  const f = tmpFile('brief.md', TOA_BRIEF);
  const r = run(['toa', f]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Table of Authorities/);
  assert.match(r.out, /\*Ashcroft v\. Iqbal\*, 556 U\.S\. 662 \(2009\)/);
  assert.match(r.out, /\*Bell Atl\. Corp\. v\. Twombly\*, 550 U\.S\. 544 \(2007\)/);
  assert.match(r.out, /42 U\.S\.C\. § 1983/);
  assert.ok(r.out.indexOf('Ashcroft') < r.out.indexOf('Bell Atl.'), 'cases in alphabetical order');
  // Printing leaves the brief alone.
  assert.equal(fs.readFileSync(f, 'utf8'), TOA_BRIEF);
  // --format text: no Markdown table.
  const text = run(['toa', f, '--format', 'text']);
  assert.equal(text.code, 0, text.err);
  assert.doesNotMatch(text.out, /\| :---/);
  assert.match(text.out, /Ashcroft v\. Iqbal/);
});

test('pincite toa --write inserts the table between markers, and a second run changes nothing', () => {
  const f = tmpFile('brief.md', TOA_BRIEF);
  const first = run(['toa', f, '--write']);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out, `${f}: table of authorities inserted\n`);
  const written = fs.readFileSync(f, 'utf8');
  assert.match(written, /^# Memorandum of Law\n\n<!-- pincite-toa -->\n[\s\S]*Ashcroft v\. Iqbal[\s\S]*<!-- \/pincite-toa -->\n\n## Argument\n/);
  // Everything outside the markers is as it was.
  assert.equal(written.replace(/<!-- pincite-toa -->[\s\S]*<!-- \/pincite-toa -->\n\n/, ''), TOA_BRIEF);
  const second = run(['toa', f, '--write']);
  assert.equal(second.code, 0);
  assert.equal(second.out, `${f}: table of authorities up to date\n`);
  assert.equal(fs.readFileSync(f, 'utf8'), written);
  // No temporary file is left beside the brief.
  assert.deepEqual(fs.readdirSync(path.dirname(f)), ['brief.md']);
  // A changed brief updates the table in place.
  fs.writeFileSync(f, written.replace('It arises under 42 U.S.C. § 1983.', 'It arises under 42 U.S.C. § 1983 and 28 U.S.C. § 1331.'));
  const third = run(['toa', f, '--write']);
  assert.equal(third.out, `${f}: table of authorities updated\n`);
  assert.match(fs.readFileSync(f, 'utf8'), /<!-- pincite-toa -->[\s\S]*28 U\.S\.C\. § 1331[\s\S]*<!-- \/pincite-toa -->/);
});

test('pincite toa takes directories and globs, and checks its options', () => {
  const f = tmpFile('a.md', TOA_BRIEF);
  const dir = path.dirname(f);
  fs.writeFileSync(path.join(dir, 'b.txt'), 'See 42 U.S.C. § 1983.\n');
  const both = run(['toa', dir]);
  assert.equal(both.code, 0, both.err);
  // Several briefs: each table under its file's name.
  assert.ok(both.out.startsWith(`${f}\n\n`), both.out.slice(0, 80));
  assert.ok(both.out.includes(`\n${path.join(dir, 'b.txt')}\n\n`));
  for (const bad of [['--format', 'html'], ['--format'], ['--passim', '-1'], ['--passim', 'x'], ['--passim'], ['--fix'], ['--max-warnings', '0']]) {
    const r = run(['toa', f, ...bad]);
    assert.equal(r.code, 2, bad.join(' '));
    assert.equal(r.out, '');
  }
  assert.match(run(['toa', f, '--passim', 'x']).err, /--passim must be a whole number, 0 or more \(got "x"\)/);
  assert.match(run(['toa', f, '--format=html']).err, /--format must be markdown or text \(got "html"\)/);
  assert.equal(run(['toa', f, '--passim=0', '--format=markdown']).code, 0);
  assert.equal(run(['toa']).code, 2);
  assert.match(run(['toa', path.join(dir, 'missing.md')]).err, /cannot read .*missing\.md: no such file/);
  assert.match(run(['--help']).out, /pincite toa FILE\.\.\. \[--write\] \[--format markdown\|text\] \[--passim N\]/);
});
