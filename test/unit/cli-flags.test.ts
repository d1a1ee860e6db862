// The `pincite` command as a user runs it (the built bin, in a child process):
// -h/--help, -v/--version, standard input, --quiet, colour, .pinciteignore and
// --ignore-pattern, --fix-dry-run, Word and PDF briefs, and SARIF help links.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';
import { ROOT } from './helpers';
import { makePdf } from './cliDocuments';
import { briefDocx, briefPdf, DOCX_PARAGRAPHS } from './cliFixtures';
import { makeDocx } from './cliDocuments';

const BIN = path.join(ROOT, 'bin', 'pincite.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');

/** The environment without the variables that decide colour, so each test sets its own. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'TERM']) delete env[k];
  return { ...env, ...extra };
}

function pincite(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: plainEnv(options.env),
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A temporary folder holding `files` (path → text or bytes). */
function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-flags-'));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

/** A warning (CITE001, closed-up reporter), fixable. */
const WARN = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';
const CLEAN = 'See Younger v. Harris, 401 U.S. 37, 43 (1971).\n';
// eslint-disable-next-line no-control-regex -- the escape character is what this looks for
const ESC = /\u001b\[/;

test('-h and --help print the usage with every command and flag, exit 0; no arguments prints it to stderr, exit 2', () => {
  for (const flag of ['-h', '--help']) {
    const r = pincite([flag]);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    for (const s of [
      'pincite cites FILE',
      'pincite check FILE',
      'pincite toa FILE',
      '--fix-dry-run',
      '--quiet',
      '--stdin-filename',
      '--ignore-pattern',
      '--no-color',
      '.pinciteignore',
      '--version',
    ]) {
      assert.ok(r.out.includes(s), `${flag}: ${s}`);
    }
  }
  const none = pincite([]);
  assert.equal(none.code, 2);
  assert.equal(none.out, '');
  assert.match(none.err, /^Usage: pincite cites/);
});

test('-v and --version print the version in package.json', () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pincite(['-v']), { code: 0, out: `${version}\n`, err: '' });
  assert.deepEqual(pincite(['--version']), { code: 0, out: `${version}\n`, err: '' });
});

test('options are checked: unknown ones, a missing or negative value, and an option of another command exit 2 with a message', () => {
  const dir = tree({ 'a.md': CLEAN });
  const unknown = pincite(['check', 'a.md', '--frobnicate'], { cwd: dir });
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /^pincite: unknown option --frobnicate \(a file whose name starts with - goes after --\)/);
  assert.match(pincite(['check', 'a.md', '--max-warnings', '-1'], { cwd: dir }).err, /--max-warnings must be a whole number, 0 or more \(got "-1"\)/);
  assert.match(pincite(['check', 'a.md', '--style'], { cwd: dir }).err, /--style needs a style name \(got nothing\)/);
  const foreign = pincite(['cites', 'a.md', '--fix'], { cwd: dir });
  assert.equal(foreign.code, 2);
  assert.match(foreign.err, /pincite cites: unknown option --fix \(it applies to check only\)/);
});

test('standard input: - reads it; --stdin-filename names it and its extension picks Markdown or text', () => {
  const brief = '# Brief\n\nSee Younger v. Harris, 401 U.S. 37, 43 (1971).\n';
  const asMarkdown = pincite(['toa', '-', '--stdin-filename', 'brief.md'], { input: brief });
  assert.equal(asMarkdown.code, 0, asMarkdown.err);
  // A Markdown table of authorities is a Markdown table; a text one has dot leaders.
  assert.match(asMarkdown.out, /\| \*Younger v\. Harris\*, 401 U\.S\. 37 \(1971\) \| Brief \|/);
  const asText = pincite(['toa', '-', '--stdin-filename', 'brief.txt'], { input: brief });
  assert.match(asText.out, /Younger v\. Harris, 401 U\.S\. 37 \(1971\) \.{5,}/);
  assert.ok(!asText.out.includes('|'));
  // check reports the findings under the given name, or <stdin>.
  const named = pincite(['check', '-', '--stdin-filename', 'drafts/motion.md'], { input: WARN });
  assert.equal(named.code, 0);
  assert.match(named.out, /^drafts\/motion\.md\n {2}1:39 +warning Reporter spacing.*CITE001/);
  assert.match(pincite(['check', '-'], { input: WARN }).out, /^<stdin>\n/);
  // A name without -, and --fix on standard input, are refused.
  assert.equal(pincite(['check', 'x.md', '--stdin-filename', 'a.md']).code, 2);
  const fix = pincite(['check', '-', '--fix'], { input: WARN });
  assert.equal(fix.code, 2);
  assert.match(fix.err, /--fix cannot write to standard input; nothing was written \(--fix-dry-run prints the changes as a diff\)/);
});

test('standard input takes the .pincite.json of the folder --stdin-filename names', () => {
  const dir = tree({ 'lenient/.pincite.json': '{ "rules": { "CITE001": "off" } }' });
  const r = pincite(['check', '-', '--stdin-filename', 'lenient/brief.md'], { cwd: dir, input: WARN });
  assert.equal(r.code, 0);
  assert.match(r.out, /No citation problems\./);
  assert.match(pincite(['check', '-', '--stdin-filename', 'brief.md'], { cwd: dir, input: WARN }).out, /CITE001/);
});

test('--quiet reports errors only, and warnings then leave the exit code alone (as ESLint)', () => {
  const dir = tree({ 'a.md': WARN });
  const loud = pincite(['check', 'a.md', '--max-warnings', '0'], { cwd: dir });
  assert.equal(loud.code, 1);
  assert.match(loud.out, /CITE001/);
  const quiet = pincite(['check', 'a.md', '--max-warnings', '0', '--quiet'], { cwd: dir });
  assert.equal(quiet.code, 0, quiet.err);
  assert.equal(quiet.out, 'No citation problems.\n');
  // An error still shows and still fails.
  fs.writeFileSync(path.join(dir, 'b.md'), 'See Younger v. Harris, 401 U.S. 37 (1971). Id., at 43. Graham, 490 U.S. at 395.\n');
  const err = pincite(['check', 'b.md', '-q'], { cwd: dir });
  assert.equal(err.code, 1);
  assert.match(err.out, / error +.*CITE\d{3}/);
  assert.ok(!/ warning /.test(err.out), err.out);
});

test('colour: off in a pipe; FORCE_COLOR and --color turn it on, NO_COLOR and --no-color off', () => {
  const dir = tree({ 'a.md': WARN });
  const piped = pincite(['check', 'a.md'], { cwd: dir });
  assert.ok(!ESC.test(piped.out), 'no escapes in a pipe');
  const forced = pincite(['check', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } });
  // The severity in yellow (SGR 33), the file name underlined (SGR 4).
  assert.ok(forced.out.includes('\u001b[33mwarning'), JSON.stringify(forced.out.slice(0, 120)));
  assert.ok(forced.out.startsWith('\u001b[4ma.md'));
  // Without the escapes it is the plain report.
  // eslint-disable-next-line no-control-regex -- the escapes are what is removed
  assert.equal(forced.out.replace(/\u001b\[\d+m/g, ''), piped.out);
  assert.ok(!ESC.test(pincite(['check', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '0' } }).out));
  assert.ok(!ESC.test(pincite(['check', 'a.md'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).out));
  assert.ok(ESC.test(pincite(['check', 'a.md', '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).out));
  assert.ok(!ESC.test(pincite(['check', 'a.md', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).out));
});

test('.pinciteignore (gitignore syntax) and --ignore-pattern skip files; --no-ignore reads them', () => {
  const dir = tree({ 'a.md': WARN, 'drafts/b.md': WARN, 'drafts/keep.md': WARN, '.pinciteignore': '# old drafts\ndrafts/\n!drafts/keep.md\n' });
  const files = (out: string) => [...out.matchAll(/^(\S+\.md)$/gm)].map((m) => m[1]);
  // A folder's negated file stays ignored with it, as in git.
  assert.deepEqual(files(pincite(['check', '.'], { cwd: dir }).out), ['a.md']);
  assert.deepEqual(files(pincite(['check', '.', '--no-ignore'], { cwd: dir }).out), ['a.md', 'drafts/b.md', 'drafts/keep.md']);
  fs.writeFileSync(path.join(dir, '.pinciteignore'), 'drafts/*\n!drafts/keep.md\n');
  assert.deepEqual(files(pincite(['check', '.'], { cwd: dir }).out), ['a.md', 'drafts/keep.md']);
  assert.deepEqual(files(pincite(['check', '.', '--ignore-pattern', 'a.md', '--ignore-pattern', '**/keep.md'], { cwd: dir }).out), []);
  // Every file ignored: nothing to check is an error, as for a folder without briefs.
  const none = pincite(['check', 'a.md', '--ignore-pattern', '*.md'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.err, /every file named is ignored \(by \.pinciteignore and --ignore-pattern\); --no-ignore reads them anyway/);
});

test('--fix-dry-run prints the unified diff --fix would make and writes nothing', () => {
  const dir = tree({ 'a.md': `# Brief\n\n${WARN}`, 'b.md': CLEAN });
  const before = fs.readFileSync(path.join(dir, 'a.md'));
  const r = pincite(['check', '--fix-dry-run', 'a.md', 'b.md'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  assert.equal(
    r.out,
    [
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -1,3 +1,3 @@',
      ' # Brief',
      ' ',
      '-See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).',
      '+See Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117, 122 (D. Conn. 1998).',
      '',
    ].join('\n'),
  );
  assert.match(r.err, /--fix would make 1 change in 1 file; nothing was written/);
  assert.ok(fs.readFileSync(path.join(dir, 'a.md')).equals(before));
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'b.md']);
  // The diff is one `git apply` and `patch -p1` take: applying it gives what --fix writes.
  fs.writeFileSync(path.join(dir, 'fix.patch'), r.out);
  const applied = spawnSync('patch', ['-p1', '-i', 'fix.patch'], { cwd: dir, encoding: 'utf8' });
  if (applied.error === undefined) {
    assert.equal(applied.status, 0, applied.stderr);
    const patched = fs.readFileSync(path.join(dir, 'a.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'a.md'), before);
    assert.equal(pincite(['check', '--fix', 'a.md'], { cwd: dir }).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), patched);
  }
  assert.equal(pincite(['check', '--fix', '--fix-dry-run', 'a.md'], { cwd: dir }).code, 2);
  assert.equal(pincite(['check', '--fix-dry-run', '--format', 'json', 'a.md'], { cwd: dir }).code, 2);
});

test('the committed Word and PDF fixtures are the ones cliFixtures.ts makes', () => {
  assert.ok(fs.readFileSync(path.join(FIXTURES, 'brief.docx')).equals(briefDocx()));
  assert.ok(fs.readFileSync(path.join(FIXTURES, 'brief.pdf')).equals(briefPdf()));
});

test('a .docx brief: findings by paragraph, the table of authorities, and a clean one says so', () => {
  const docx = path.join(FIXTURES, 'brief.docx');
  const r = pincite(['check', docx]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /brief\.docx\n {2}¶ 3 +warning Reporter spacing: write "F\. Supp\. 2d", not "F\.Supp\.2d"\..*CITE001\n/);
  const json = JSON.parse(pincite(['check', docx, '--format', 'json']).out);
  assert.deepEqual(
    json.files[0].diagnostics.map((d: { code: string; paragraph: number }) => [d.code, d.paragraph]),
    [['CITE001', 3]],
  );
  const cites = pincite(['cites', docx]).out;
  assert.match(cites, /¶ 2 +statute +42 U\.S\.C\. § 1983/);
  assert.match(cites, /¶ 2 +case +Younger v\. Harris, 401 U\.S\. 37, 43 \(1971\)/);
  const toa = pincite(['toa', docx]);
  assert.equal(toa.code, 0, toa.err);
  assert.match(toa.out, /TABLE OF AUTHORITIES/);
  assert.match(toa.out, /Younger v\. Harris, 401 U\.S\. 37 \(1971\)/);
  assert.match(toa.out, /42 U\.S\.C\. § 1983/);
  const dir = tree({ 'clean.docx': makeDocx([DOCX_PARAGRAPHS[0], DOCX_PARAGRAPHS[1]]) });
  assert.deepEqual(pincite(['check', 'clean.docx'], { cwd: dir }), { code: 0, out: 'No citation problems.\n', err: '' });
});

test('a text-layer PDF: lines rebuilt from the text positions, findings by page and line, page numbers in the table', () => {
  const pdf = path.join(FIXTURES, 'brief.pdf');
  const r = pincite(['check', pdf]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /brief\.pdf\n {2}p\. 2, l\. 2 +warning Reporter spacing.*CITE001\n/);
  // The two pieces drawn on one baseline make one line, with the space between them.
  const cites = JSON.parse(pincite(['cites', pdf, '--json']).out).files[0].citations;
  assert.deepEqual(
    cites.map((c: { text: string; page: number; line: number }) => [c.text, c.page, c.line]),
    [
      ['Younger v. Harris, 401 U.S. 37, 43 (1971)', 1, 2],
      ['Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998)', 2, 2],
    ],
  );
  const toa = pincite(['toa', pdf]).out;
  assert.match(toa, /Younger v\. Harris, 401 U\.S\. 37 \(1971\) \.+ 1\n/);
  assert.match(toa, /Conn\. 1998\) \.+ 2\n/);
  // A PDF without a text layer (a scan) is named as such.
  const dir = tree({ 'scan.pdf': makePdf([[]]) });
  const scan = pincite(['check', 'scan.pdf'], { cwd: dir });
  assert.equal(scan.code, 2);
  assert.match(scan.err, /scan\.pdf has no text layer/);
});

test('--fix, --fix-dry-run and toa --write on a Word or PDF brief are refused with exit 2, and nothing is written', () => {
  const dir = tree({ 'brief.docx': briefDocx(), 'brief.pdf': briefPdf() });
  const stat = (f: string) => fs.statSync(path.join(dir, f)).mtimeMs;
  const before = { docx: stat('brief.docx'), pdf: stat('brief.pdf') };
  for (const [args, re] of [
    [['check', '--fix', 'brief.docx'], /--fix does not change brief\.docx: Pincite reads Word documents but never writes them; nothing was written/],
    [['check', '--fix', 'brief.pdf'], /--fix does not change brief\.pdf: Pincite reads PDF files but never writes them/],
    [['toa', '--write', 'brief.docx'], /--write does not change brief\.docx/],
    [['check', '--fix-dry-run', 'brief.pdf'], /--fix-dry-run has no diff for brief\.pdf: Pincite reads PDF files but never fixes them/],
  ] as const) {
    const r = pincite([...args], { cwd: dir });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.out, '');
    assert.match(r.err, re);
  }
  assert.deepEqual({ docx: stat('brief.docx'), pdf: stat('brief.pdf') }, before);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['brief.docx', 'brief.pdf']);
  assert.ok(fs.readFileSync(path.join(dir, 'brief.docx')).equals(briefDocx()));
});

test('a damaged .docx is an error that names the file, exit 2', () => {
  const dir = tree({ 'broken.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]), 'notes.docx': 'just text' });
  const broken = pincite(['check', 'broken.docx'], { cwd: dir });
  assert.equal(broken.code, 2);
  assert.match(broken.err, /broken\.docx could not be read as a Word document/);
  assert.match(pincite(['check', 'notes.docx'], { cwd: dir }).err, /notes\.docx is not a Word document/);
});

test('SARIF rules carry help text, not a link to a file on the machine that ran the check', () => {
  const dir = tree({ 'a.md': WARN });
  let out = '';
  const before = process.cwd();
  process.chdir(dir);
  try {
    main(
      ['check', 'a.md', '--format', 'sarif'],
      (s) => (out += s),
      () => undefined,
    );
  } finally {
    process.chdir(before);
  }
  const [rule] = JSON.parse(out).runs[0].tool.driver.rules;
  assert.equal(rule.id, 'CITE001');
  assert.equal(rule.helpUri, undefined);
  assert.match(rule.help.text, /See docs\/rules\/CITE001\.md/);
  assert.ok(!out.includes(ROOT), 'no path of this machine in the rules');
});

test('toa --docx writes the table as a Word document: italic case names, a dot-leader tab to the pages', () => {
  const dir = tree({ 'brief.pdf': briefPdf(), 'brief.docx': briefDocx(), 'other.md': CLEAN });
  const r = pincite(['toa', 'brief.pdf', '--docx', 'toa.docx'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'toa.docx: table of authorities of brief.pdf written\n');
  const bytes = fs.readFileSync(path.join(dir, 'toa.docx'));
  // Stored, not compressed: the document's XML can be read from the archive's bytes.
  const xml = bytes.toString('utf8');
  assert.ok(xml.includes('<w:tab w:val="right" w:leader="dot" w:pos="9360"/>'));
  assert.ok(xml.includes('<w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Younger v. Harris</w:t>'));
  assert.ok(xml.includes('<w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">1</w:t></w:r>'));
  // A Word reader reads it back: the CLI's own finds both cases, with their pages after a tab.
  const back = JSON.parse(pincite(['cites', 'toa.docx', '--json'], { cwd: dir }).out).files[0].citations;
  assert.deepEqual(
    back.map((c: { volume: string; reporter: string; page: string }) => `${c.volume} ${c.reporter} ${c.page}`),
    ['10 F. Supp. 2d 117', '401 U.S. 37'],
  );
  for (const bad of [
    ['toa', 'brief.pdf', 'other.md', '--docx', 'two.docx'],
    ['toa', 'other.md', '--write', '--docx', 'w.docx'],
    ['toa', 'other.md', '--docx', 'toa.txt'],
    ['toa', 'brief.docx', '--docx', 'brief.docx'],
  ]) {
    const b = pincite(bad, { cwd: dir });
    assert.equal(b.code, 2, bad.join(' '));
    assert.equal(b.out, '');
  }
  assert.deepEqual(fs.readdirSync(dir).sort(), ['brief.docx', 'brief.pdf', 'other.md', 'toa.docx']);
  assert.ok(fs.readFileSync(path.join(dir, 'brief.docx')).equals(briefDocx()));
});
