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
    const code = main(
      args,
      (s) => (out += s),
      (s) => (err += s),
    );
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
  // `Id., at` is the Supreme Court's form, a departure rather than an error: a warning.
  assert.match(r.out, /3 problems \(1 error, 2 warnings, 0 info\)/);
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

test('a malformed .pincite.json is reported by name, line and column, and check exits 2 without checking', () => {
  const dir = tmpDir();
  const f = path.join(dir, 'brief.md');
  fs.writeFileSync(f, BRIEF);
  fs.writeFileSync(path.join(dir, '.pincite.json'), '{"rules": {"CITE001": "loud"}, "citationSpacing": "tight"}');
  const r = run(['check', f]);
  assert.equal(r.code, 2);
  assert.match(r.err, /\.pincite\.json:1:23: "CITE001" must be off, info, warning or error/);
  assert.match(r.err, /\.pincite\.json:1:51: "citationSpacing" must be "traditional" or "compact"/);
  assert.equal(r.out, '');
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
  assert.deepEqual(
    findings.map((x) => x.code),
    ['CITE101', 'CITE092'],
  );
  // --fix applies safe fixes only; CITE101's is a suggestion the writer chooses, so the brief is untouched.
  const before = fs.readFileSync(f, 'utf8');
  run(['check', '--fix', f]);
  assert.equal(fs.readFileSync(f, 'utf8'), before);
});

// ---- Files, directories and globs; --max-warnings ----

/** Writes `files` (relative path → text) under a new temporary folder. */
function tree(files: Record<string, string>): string {
  const dir = tmpDir();
  for (const [rel, text] of Object.entries(files)) {
    const f = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
  }
  return dir;
}

/** One warning (CITE001, reporter spacing), nothing else. */
const WARN = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';
const CLEAN = 'Nothing cited here.\n';

/** The paths `pincite cites --json` reads for `args`, run in `cwd`; '/'-separated. */
function selected(args: string[], cwd: string): string[] {
  const r = run(['cites', '--json', ...args], cwd);
  assert.equal(r.code, 0, r.err);
  return (JSON.parse(r.out).files as Array<{ path: string }>).map((f) => f.path.split(path.sep).join('/'));
}

const p = (...parts: string[]) => path.join(...parts);

test('a directory means every .md, .markdown, .txt and .brief file under it, sorted, skipping node_modules and dot-folders', () => {
  const dir = tree({
    'briefs/b.md': WARN,
    'briefs/a.MD': WARN,
    'briefs/c.brief': WARN,
    'briefs/d.markdown': WARN,
    'briefs/sub/deep/e.txt': WARN,
    'briefs/sub/f.md': WARN,
    'briefs/exhibit.pdf': '%PDF-1.4 binary',
    'briefs/notes.docx': 'PK',
    'briefs/.pincite.json': '{}',
    'briefs/.draft.md': WARN,
    'briefs/node_modules/pkg/readme.md': WARN,
    'briefs/.git/COMMIT_EDITMSG.md': WARN,
    'briefs/.hidden/g.md': WARN,
    'other.md': WARN,
  });
  const want = ['briefs/a.MD', 'briefs/b.md', 'briefs/c.brief', 'briefs/d.markdown', 'briefs/sub/f.md', 'briefs/sub/deep/e.txt'];
  assert.deepEqual(selected(['briefs'], dir), want);
  assert.deepEqual(selected(['./briefs/'], dir), want);
  // `.` is the folder named, not a dot-folder to skip.
  assert.deepEqual(selected(['.'], path.join(dir, 'briefs', 'sub')), ['f.md', 'deep/e.txt']);
  // check reads them too, and reports each with its path.
  const r = run(['check', 'briefs', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.err);
  const files = JSON.parse(r.out).files as Array<{ path: string; diagnostics: Array<{ code: string }> }>;
  assert.deepEqual(
    files.map((f) => f.path),
    want.map((w) => p(...w.split('/'))),
  );
  assert.ok(files.every((f) => f.diagnostics.length === 1 && f.diagnostics[0].code === 'CITE001'));
  // An absolute directory gives absolute paths.
  assert.deepEqual(
    selected([path.join(dir, 'briefs', 'sub')], dir),
    [p(dir, 'briefs', 'sub', 'f.md'), p(dir, 'briefs', 'sub', 'deep', 'e.txt')].map((x) => x.split(path.sep).join('/')),
  );
});

test('quoted glob patterns: **, *, ?, {a,b} and [..], without dot-folders or node_modules unless named', () => {
  const dir = tree({
    'a.md': CLEAN,
    'b.md': CLEAN,
    'ab.md': CLEAN,
    'x/c.md': CLEAN,
    'x/note.txt': CLEAN,
    'x/y/d.md': CLEAN,
    'x/y/e.brief': CLEAN,
    'x/y/scan.pdf': 'binary',
    'z/f.md': CLEAN,
    'node_modules/n.md': CLEAN,
    '.git/g.md': CLEAN,
    'x/.hidden.md': CLEAN,
  });
  assert.deepEqual(selected(['**/*.md'], dir), ['a.md', 'ab.md', 'b.md', 'x/c.md', 'x/y/d.md', 'z/f.md']);
  assert.deepEqual(selected(['x/**/*.md'], dir), ['x/c.md', 'x/y/d.md']);
  assert.deepEqual(selected(['*.md'], dir), ['a.md', 'ab.md', 'b.md']);
  assert.deepEqual(selected(['?.md'], dir), ['a.md', 'b.md']);
  assert.deepEqual(selected(['[ab].md'], dir), ['a.md', 'b.md']);
  assert.deepEqual(selected(['{x,z}/*.md'], dir), ['x/c.md', 'z/f.md']);
  assert.deepEqual(selected(['x/*.{md,txt}'], dir), ['x/c.md', 'x/note.txt']);
  assert.deepEqual(selected(['x/{c.md,y/{d.md,e.brief}}'], dir), ['x/c.md', 'x/y/d.md', 'x/y/e.brief']);
  // Without an extension in its last part, a glob takes brief files only (not the PDF).
  assert.deepEqual(selected(['x/y/*'], dir), ['x/y/d.md', 'x/y/e.brief']);
  assert.deepEqual(selected(['x/**'], dir), ['x/c.md', 'x/note.txt', 'x/y/d.md', 'x/y/e.brief']);
  // A folder the pattern matches is taken whole, as when a shell expands `x/*`.
  assert.deepEqual(selected(['x/*'], dir), ['x/c.md', 'x/note.txt', 'x/y/d.md', 'x/y/e.brief']);
  // Named explicitly, dot-folders and node_modules are read.
  assert.deepEqual(selected(['node_modules/*.md', '.git/*.md', 'x/.*.md'], dir), ['.git/g.md', 'node_modules/n.md', 'x/.hidden.md']);
  // An absolute pattern.
  assert.deepEqual(selected([`${dir.split(path.sep).join('/')}/z/*.md`], dir), [`${dir.split(path.sep).join('/')}/z/f.md`]);
  // check accepts globs as well.
  const r = run(['check', 'x/**/*.md', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).files.length, 2);
});

test('a file named twice, or by a file, a directory and a glob at once, is read once', () => {
  const dir = tree({ 'a.md': WARN, 'sub/b.md': WARN });
  assert.deepEqual(selected(['a.md', './a.md', path.join(dir, 'a.md'), '.', '*.md', 'sub', 'sub/b.md'], dir), ['a.md', 'sub/b.md']);
  const r = run(['check', 'a.md', 'a.md', '--format', 'json'], dir);
  assert.equal(JSON.parse(r.out).files.length, 1);
  assert.match(run(['check', 'a.md', '.'], dir).out, /2 problems \(0 errors, 2 warnings/);
});

test('a directory or pattern that selects nothing is an error (exit 2) that names it', () => {
  const dir = tree({ 'a.md': WARN, 'only-pdfs/x.pdf': 'binary', 'empty/.keep': '' });
  fs.mkdirSync(path.join(dir, 'bare'));
  for (const [args, message] of [
    [['briefs/**/*.md'], /^pincite: no files match briefs\/\*\*\/\*\.md$/m],
    [['*.txt'], /no files match \*\.txt/],
    [['{x,y}.md'], /no files match \{x,y\}\.md/],
    [['only-pdfs'], /no brief files \(\.md, \.markdown, \.txt, \.brief\) in the directory only-pdfs/],
    [['empty'], /in the directory empty/],
    [['bare'], /in the directory bare/],
    // One bad argument fails the run even when others select files; each is named.
    [['a.md', 'bare', 'nope/*.md'], /bare[\s\S]*nope\/\*\.md/],
  ] as Array<[string[], RegExp]>) {
    for (const command of ['check', 'cites']) {
      const r = run([command, ...args], dir);
      assert.equal(r.code, 2, `${command} ${args.join(' ')}`);
      assert.match(r.err, message);
      assert.equal(r.out, '', 'nothing is checked');
    }
  }
  // A missing plain file keeps its message.
  assert.match(run(['check', 'missing.md'], dir).err, /cannot read missing\.md: no such file/);
});

test('--max-warnings: exit 1 when the warnings are more than N, with a message saying so', () => {
  const dir = tree({ 'one.md': WARN, 'two.md': WARN, 'clean.md': CLEAN });
  const under = run(['check', '.', '--max-warnings', '3'], dir);
  assert.equal(under.code, 0);
  assert.doesNotMatch(under.err, /max-warnings/);
  assert.match(under.out, /2 problems \(0 errors, 2 warnings, 0 info\)/);
  const equal = run(['check', '.', '--max-warnings=2'], dir);
  assert.equal(equal.code, 0);
  assert.equal(equal.err, '');
  const over = run(['check', '.', '--max-warnings', '1'], dir);
  assert.equal(over.code, 1);
  assert.equal(over.err, 'pincite: 2 warnings, more than --max-warnings 1\n');
  const zero = run(['check', 'one.md', '--max-warnings', '0'], dir);
  assert.equal(zero.code, 1);
  assert.equal(zero.err, 'pincite: 1 warning, more than --max-warnings 0\n');
  // Zero warnings pass a zero-warning policy.
  assert.equal(run(['check', 'clean.md', '--max-warnings', '0'], dir).code, 0);
  // Machine-readable output stays clean: the message is on standard error.
  const json = run(['check', '.', '--max-warnings', '0', '--format', 'json'], dir);
  assert.equal(json.code, 1);
  assert.equal(JSON.parse(json.out).files.length, 3);
  assert.match(json.err, /2 warnings, more than --max-warnings 0/);
  // Fixed warnings no longer count.
  const fixed = run(['check', '.', '--fix', '--max-warnings', '0'], dir);
  assert.equal(fixed.code, 0, fixed.err);
  // Without the option, warnings never fail the run.
  fs.writeFileSync(path.join(dir, 'one.md'), WARN);
  assert.equal(run(['check', '.'], dir).code, 0);
  // Errors fail the run whatever the limit.
  fs.writeFileSync(path.join(dir, 'err.md'), BRIEF);
  const errors = run(['check', 'err.md', '--max-warnings', '10'], dir);
  assert.equal(errors.code, 1);
  assert.equal(errors.err, '');
});

test('--max-warnings takes a whole number, 0 or more; anything else exits 2', () => {
  const dir = tree({ 'a.md': WARN });
  for (const bad of [
    ['--max-warnings', '-1'],
    ['--max-warnings', '1.5'],
    ['--max-warnings', 'five'],
    ['--max-warnings='],
    ['--max-warnings'],
    ['--max-warnings', '1e3'],
  ]) {
    const r = run(['check', 'a.md', ...bad], dir);
    assert.equal(r.code, 2, bad.join(' '));
    assert.match(r.err, /--max-warnings must be a whole number, 0 or more \(got (nothing|".*")\)/);
    assert.equal(r.out, '');
  }
  // Only check takes it.
  assert.equal(run(['cites', 'a.md', '--max-warnings', '0'], dir).code, 2);
});

test('SARIF for a run over several folders is valid and locates each result in its own file', () => {
  const dir = tree({ 'briefs/a/one.md': BRIEF, 'briefs/b/two.md': WARN, 'briefs/b/clean.md': CLEAN });
  const r = run(['check', 'briefs/**/*.md', '--format', 'sarif'], dir);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.out) as { runs: Array<{ results: Array<Record<string, any>>; tool: { driver: { rules: Array<{ id: string }> } } }> };
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const results = log.runs[0].results;
  const uris = results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
  assert.deepEqual(uris, ['briefs/a/one.md', 'briefs/a/one.md', 'briefs/a/one.md', 'briefs/b/two.md']);
  // Each rule is described once, and each result's ruleIndex points at its rule.
  const rules = log.runs[0].tool.driver.rules;
  assert.equal(new Set(rules.map((x) => x.id)).size, rules.length);
  for (const x of results) assert.equal(rules[x.ruleIndex].id, x.ruleId);
});

test('a .pincite.json in a subfolder applies to the briefs under it only', () => {
  const dir = tree({
    '.pincite.json': JSON.stringify({ rules: { CITE053: 'off' } }),
    'strict/brief.md': WARN,
    'lenient/.pincite.json': JSON.stringify({ rules: { CITE001: 'off' } }),
    'lenient/brief.md': WARN,
    'lenient/deeper/brief.md': WARN,
    'root.md': BRIEF,
  });
  const r = run(['check', '.', '--format', 'json'], dir);
  const codes = Object.fromEntries(
    (JSON.parse(r.out).files as Array<{ path: string; diagnostics: Array<{ code: string }> }>).map((f) => [
      f.path.split(path.sep).join('/'),
      f.diagnostics.map((d) => d.code),
    ]),
  );
  assert.deepEqual(codes, {
    'root.md': ['CITE001', 'CITE050'],
    'lenient/brief.md': [],
    'lenient/deeper/brief.md': [],
    'strict/brief.md': ['CITE001'],
  });
  // The same through a glob; and the folder's warnings do not count against --max-warnings.
  assert.equal(run(['check', 'lenient/**/*.md', '--max-warnings', '0'], dir).code, 0);
  assert.equal(run(['check', '{strict,lenient}/*.md', '--max-warnings', '0'], dir).code, 1);
});

test("pincite check --opinions DIR checks pins and quotations against the writer's own opinions", async () => {
  const { run: runAsync } = await import('../../server/src/cli');
  const dir = tmpDir();
  const ops = path.join(dir, 'opinions');
  fs.mkdirSync(ops);
  fs.writeFileSync(
    path.join(ops, 'doe.md'),
    [
      '---',
      'caption: Doe v. Roe',
      'cite: 999 F. Supp. 3d 100',
      'court: D. Conn.',
      'date: 2020-03-04',
      'pages: 100-104',
      'pagination: lexis',
      '---',
      '',
      '[*100] The parties dispute the facts.',
      '',
      '[*101] A municipality cannot be held liable merely because it employs a tortfeasor.',
      '',
      '[*102] The motion is denied.',
      '',
    ].join('\n'),
  );
  const brief = path.join(dir, 'brief.md');
  fs.writeFileSync(
    brief,
    'Doe v. Roe, 999 F. Supp. 3d 100, 102 (D. Conn. 2020). "A municipality cannot be held liable merely because it employs a tortfeasor." Id. at 102. Nor later. Id. at 110.\n',
  );
  let out = '';
  let err = '';
  const code = await runAsync(
    ['check', '--format', 'json', '--opinions', ops, brief],
    (s) => (out += s),
    (s) => (err += s),
  );
  assert.equal(code, 1, err);
  assert.deepEqual(
    JSON.parse(out).files[0].diagnostics.map((d: { code: string }) => d.code),
    ['CITE101', 'CITE092'],
  );
  // Without the folder, Doe v. Roe is unknown and nothing is checked against it.
  out = '';
  assert.equal(
    await runAsync(
      ['check', '--format', 'json', brief],
      (s) => (out += s),
      () => undefined,
    ),
    0,
  );
  assert.deepEqual(JSON.parse(out).files[0].diagnostics, []);
  // --opinions belongs to check, and needs a folder.
  assert.equal(
    await runAsync(
      ['cites', '--opinions', ops, brief],
      () => undefined,
      () => undefined,
    ),
    2,
  );
  assert.equal(
    await runAsync(
      ['check', brief, '--opinions'],
      () => undefined,
      () => undefined,
    ),
    2,
  );
});
