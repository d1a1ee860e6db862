// The opinions library over the wire: document links, go-to-definition,
// references, "cited in", the read-only opinion text request, the library's
// diagnostics (CITE092/CITE100/CITE101) and the writer's own opinion folders,
// all driven against dist/server.js over stdio JSON-RPC as an editor would.
// Every expectation is computed from the opinion files or derived by hand.

import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  applyTextEdits,
  LspClient as Client,
  ROOT,
  type ClientOptions,
  type CodeAction,
  type CitedInResult,
  type Diagnostic,
  type Location,
  type Position,
  type Range,
} from './client';

const OPINIONS = path.join(ROOT, 'opinions');
const RUSSO_LEXIS = path.join(OPINIONS, 'russo-v-city-of-hartford.lexis.txt');
const CAMPBELL_SLIP = path.join(OPINIONS, 'campbell-v-city-of-waterbury.slip.md');
const RUSSO_SCHEME_URI = 'pincite-opinion:/russo-v-city-of-hartford.pincite/russo-v-city-of-hartford.lexis.txt';
const CAMPBELL_SCHEME_URI = 'pincite-opinion:/campbell-v-city-of-waterbury.pincite/campbell-v-city-of-waterbury.slip.md';

// ---- helpers computed from the files ----

/** 0-based line and UTF-16 character of an offset in a text with \n line ends. */
function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Offset of `needle` in `text` (the `nth` occurrence, 0-based); fails the test when absent. */
function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} (occurrence ${nth}) is in the text`);
  }
  return at;
}

function rangeOf(text: string, needle: string, nth = 0): Range {
  const start = offsetOf(text, needle, nth);
  return { start: positionIn(text, start), end: positionIn(text, start + needle.length) };
}

/** The text a range selects. */
function textAt(text: string, r: Range): string {
  const lines = text.split('\n');
  const off = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return text.slice(off(r.start), off(r.end));
}

function contains(r: Range, p: Position): boolean {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(r.start, p) && le(p, r.end);
}

/** Every file under `dir` with its size and mtime, to prove nothing was created, changed or deleted. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      out[path.relative(dir, p)] = `${e.isDirectory() ? 'dir' : 'file'} ${st.size} ${st.mtimeMs}`;
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

function tempDir(t: TestContext, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function startClient(t: TestContext, options?: ClientOptions): Client {
  const c = new Client(options);
  t.after(() => c.close());
  return c;
}

const RUSSO_TEXT = fs.readFileSync(RUSSO_LEXIS, 'utf8');
/** 1-based line of a star-page marker in the Russo Lexis text. */
/** `#L<line>,<column>` of a page's marker: links open at the marker itself. */
const markerFragment = (text: string, page: number) => {
  const p = positionIn(text, offsetOf(text, `[*${page}]`));
  return `#L${p.line + 1},${p.character + 1}`;
};

const LIBRARY_BRIEF = [
  '# Argument',
  '',
  'The prosecution was brought in bad faith. Russo v. City of Hartford, 158 F. Supp. 2d 214, 229 (D. Conn. 2001).',
  'Claims for damages go forward. Id. at 230.',
  'The Judicial Branch is immune. Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022).',
  'Federal courts abstain from pending prosecutions. Younger v. Harris, 401 U.S. 37, 43 (1971).',
  '',
].join('\n');

// ---- 1. VS Code: the read-only pincite-opinion: scheme ----

test('with opinionScheme: links, definition and opinionText use pincite-opinion: URIs and create no files', async (t) => {
  const ws = tempDir(t, 'pincite-ws-');
  const briefFile = path.join(ws, 'brief.md');
  fs.writeFileSync(briefFile, LIBRARY_BRIEF);
  const before = snapshot(ws);
  const c = startClient(t);
  await c.initialize({ initializationOptions: { opinionScheme: true }, workspaceFolder: ws });
  const uri = pathToFileURL(briefFile).href;
  await c.open(uri, LIBRARY_BRIEF);

  const links = (await c.links(uri))!;
  assert.equal(links.length, 3, `three links (Russo, Id., Campbell; not Younger): ${JSON.stringify(links)}`);
  const sorted = [...links].sort((a, b) => a.range.start.line - b.range.start.line);
  const [russo, id, campbell] = sorted;

  // Russo: from after the case name, to the pin page's star marker.
  assert.deepEqual(russo.range.start, positionIn(LIBRARY_BRIEF, offsetOf(LIBRARY_BRIEF, '158 F. Supp. 2d 214')));
  assert.match(textAt(LIBRARY_BRIEF, russo.range), /^158 F\. Supp\. 2d 214, 229/);
  assert.equal(russo.target, `${RUSSO_SCHEME_URI}${markerFragment(RUSSO_TEXT, 229)}`);
  // Id. at 230: to [*230].
  assert.match(textAt(LIBRARY_BRIEF, id.range), /^Id\. at 230/);
  assert.equal(id.target, `${RUSSO_SCHEME_URI}${markerFragment(RUSSO_TEXT, 230)}`);
  // Campbell: the slip opinion (no pin); a line inside the file.
  assert.match(textAt(LIBRARY_BRIEF, campbell.range), /^No\. 3:21-cv-107/);
  const m = /^(.*)#L(\d+),\d+$/.exec(campbell.target ?? '');
  assert.ok(m, `Campbell target ${campbell.target}`);
  assert.equal(m[1], CAMPBELL_SCHEME_URI);
  const campbellLines = fs.readFileSync(CAMPBELL_SLIP, 'utf8').split('\n').length;
  assert.ok(Number(m[2]) >= 1 && Number(m[2]) <= campbellLines);
  // Younger is not in the library: no link on its line.
  const youngerLine = positionIn(LIBRARY_BRIEF, offsetOf(LIBRARY_BRIEF, 'Younger v. Harris')).line;
  assert.ok(links.every((l) => l.range.start.line !== youngerLine));

  // Definition on the Russo citation: the same URI, selecting [*229].
  const def = (await c.conn.sendRequest('textDocument/definition', {
    textDocument: { uri },
    position: positionIn(LIBRARY_BRIEF, offsetOf(LIBRARY_BRIEF, '158 F. Supp.') + 2),
  })) as Location | Location[] | null;
  const loc = Array.isArray(def) ? def[0] : def;
  assert.ok(loc, 'a definition');
  assert.equal(loc.uri, RUSSO_SCHEME_URI);
  assert.deepEqual(loc.range, rangeOf(RUSSO_TEXT, '[*229]'));
  assert.equal(textAt(RUSSO_TEXT, loc.range), '[*229]');

  // The client fills the read-only document through pincite/opinionText: byte for byte.
  const text = (await c.conn.sendRequest('pincite/opinionText', { uri: loc.uri })) as string | null;
  assert.equal(typeof text, 'string');
  assert.ok(Buffer.from(text!, 'utf8').equals(fs.readFileSync(RUSSO_LEXIS)), 'opinionText is the file byte for byte');
  // The link's URI with its fragment stripped, as the editor opens it; and a percent-encoded spelling of the same URI.
  const slip = (await c.conn.sendRequest('pincite/opinionText', { uri: m[1] })) as string | null;
  assert.ok(Buffer.from(slip ?? '', 'utf8').equals(fs.readFileSync(CAMPBELL_SLIP)));
  const encoded = (await c.conn.sendRequest('pincite/opinionText', { uri: RUSSO_SCHEME_URI.replace(/-/g, '%2D') })) as string | null;
  assert.equal(encoded, text);

  await c.close();
  assert.deepEqual(snapshot(ws), before, 'the workspace folder is unchanged');
});

// ---- 2. A plain client (Neovim): file: URIs; the bundled files are not briefs ----

test('without opinionScheme: links are file: URIs to the bundled opinions, which get no diagnostics when opened', async (t) => {
  const c = startClient(t);
  const init = await c.initialize({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics offered');
  const uri = 'file:///tmp/pincite-library-plain/brief.md';
  await c.open(uri, LIBRARY_BRIEF);
  const links = (await c.links(uri))!;
  const russo = links.find((l) => textAt(LIBRARY_BRIEF, l.range).startsWith('158 F. Supp. 2d'));
  assert.ok(russo, 'a Russo link');
  const lexisUri = pathToFileURL(RUSSO_LEXIS).href;
  assert.equal(russo.target, `${lexisUri}${markerFragment(RUSSO_TEXT, 229)}`);
  assert.match(russo.target!, /^file:\/\/.*\/opinions\/russo-v-city-of-hartford\.lexis\.txt#L\d+,\d+$/);
  const campbell = links.find((l) => textAt(LIBRARY_BRIEF, l.range).startsWith('No. 3:21-cv-107'));
  assert.equal(campbell?.target?.replace(/#L\d+,\d+$/, ''), pathToFileURL(CAMPBELL_SLIP).href);

  // Open what the link points at: the bundled opinion is a source, not a brief.
  const target = russo.target!.replace(/#.*$/, '');
  await c.open(target, RUSSO_TEXT, 'plaintext');
  const report = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: target } })) as { kind: string; items: Diagnostic[] };
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.items, []);
  assert.deepEqual(await c.links(target), [], 'no links inside the bundled opinion either');
  // Control: the same text elsewhere is checked, so the silence above is the bundled-file rule at work.
  const copy = 'file:///tmp/pincite-library-plain/russo-copy.txt';
  await c.open(copy, RUSSO_TEXT, 'plaintext');
  const copyReport = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: copy } })) as { items: Diagnostic[] };
  assert.ok(copyReport.items.length > 0, 'a copy outside the bundled folder gets diagnostics');
});

// ---- 3. References and "cited in" ----

test('references and pincite/citedIn on Younger list the places the Russo Lexis text cites it', async (t) => {
  const c = startClient(t);
  await c.initialize({ initializationOptions: { opinionScheme: true } });
  const uri = 'file:///tmp/pincite-library-refs/brief.md';
  await c.open(uri, LIBRARY_BRIEF);
  const position = positionIn(LIBRARY_BRIEF, offsetOf(LIBRARY_BRIEF, '401 U.S. 37') + 1);

  // Hand-derived from the Lexis text: Russo cites Younger where "401 U.S." appears (the full cite and `Younger, 401 U.S. at 44`),
  // each on the page of the last star marker before it.
  const expected: Array<{ line: number; page: number }> = [];
  for (let at = RUSSO_TEXT.indexOf('401 U.S.'); at >= 0; at = RUSSO_TEXT.indexOf('401 U.S.', at + 1)) {
    const markers = [...RUSSO_TEXT.slice(0, at).matchAll(/\[\*(\d+)\]/g)];
    expected.push({ line: positionIn(RUSSO_TEXT, at).line, page: Number(markers[markers.length - 1][1]) });
  }
  assert.ok(expected.length >= 2);

  const refs = (await c.conn.sendRequest('textDocument/references', {
    textDocument: { uri },
    position,
    context: { includeDeclaration: true },
  })) as Location[];
  const own = refs.filter((r) => r.uri === uri);
  assert.equal(own.length, 1, 'the brief cites Younger once');
  assert.ok(contains(own[0].range, position));
  assert.match(textAt(LIBRARY_BRIEF, own[0].range), /401 U\.S\. 37, 43/);
  const inRusso = refs.filter((r) => r.uri === RUSSO_SCHEME_URI);
  assert.equal(inRusso.length + own.length, refs.length, `only the brief and the Russo Lexis text: ${JSON.stringify(refs.map((r) => r.uri))}`);
  assert.deepEqual(
    inRusso.map((r) => r.range.start.line),
    expected.map((e) => e.line),
  );
  for (const r of inRusso) assert.match(textAt(RUSSO_TEXT, r.range), /401 U\.S\./);

  const cited = (await c.conn.sendRequest('pincite/citedIn', { textDocument: { uri }, position })) as CitedInResult | null;
  assert.ok(cited);
  assert.deepEqual(
    cited.places.map((p) => p.where),
    expected.map((e) => `p. ${e.page}`),
  );
  assert.ok(cited.places.some((p) => p.where.includes('p. 228')));
  for (const p of cited.places) {
    assert.equal(p.opinion, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)');
    assert.equal(p.location.uri, RUSSO_SCHEME_URI);
    assert.match(p.sentence, /401 U\.S\./);
  }
});

// ---- 4. Diagnostics from the library ----

test('a quotation pinned to the wrong page gets CITE101 with a fix; a pin past the last page gets CITE092 as an error', async (t) => {
  const c = startClient(t);
  await c.initialize({});
  const uri = 'file:///tmp/pincite-library-diags/brief.md';
  const text = [
    'Abstention does not reach bad-faith prosecutions. Russo v. City of Hartford, 158 F. Supp. 2d 214, 228 (D. Conn. 2001).',
    '"Even in the presence of the necessary predicates for Younger abstention, abstention is not appropriate if the state proceedings are being undertaken in bad faith." Id. at 231.',
    '',
    'The court also dismissed the state claims. Russo, 158 F. Supp. 2d at 245.',
    '',
  ].join('\n');
  await c.open(uri, text);
  const diags = await c.until(() => c.diagnostics.get(uri), 'diagnostics');

  // The quotation runs from page 228 over the [*229] marker: the pin 231 is wrong, 228-29 is right.
  const pin231 = rangeOf(text, '231');
  const wrong = diags.find((d) => d.code === 'CITE101');
  assert.ok(wrong, `CITE101 among ${JSON.stringify(diags.map((d) => d.code))}`);
  assert.deepEqual(wrong.range, pin231);
  assert.equal(diags.filter((d) => d.code === 'CITE100').length, 0, 'the quotation is in the opinion');
  const actions = (await c.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: wrong.range,
    context: { diagnostics: [wrong] },
  })) as CodeAction[];
  const fix = actions.find((a) => a.title.startsWith('Change the pin cite to '));
  assert.ok(fix, `a pin fix among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.match(fix.title, /^Change the pin cite to 228-29\b/);
  assert.equal(applyTextEdits(text, fix.edit!.changes[uri]), text.replace('Id. at 231', 'Id. at 228-29'));

  // Russo runs to page 242 (opinions/index.json): 245 is past its end.
  const last = JSON.parse(fs.readFileSync(path.join(OPINIONS, 'index.json'), 'utf8')).opinions.find((o: { id: string }) => o.id === 'russo-v-city-of-hartford').lastPage;
  assert.ok(last < 245);
  const past = diags.find((d) => d.code === 'CITE092');
  assert.ok(past, `CITE092 among ${JSON.stringify(diags.map((d) => d.code))}`);
  assert.equal(past.severity, 1);
  assert.deepEqual(past.range, rangeOf(text, '245'));
});

// ---- 5. The writer's own opinion folders ----

const DOE_SENTENCES: Record<number, string> = {
  100: 'The plaintiff kept bees on the roof of a rented warehouse for eleven summers.',
  101: 'A landlord who accepts honey in lieu of rent cannot later call the hives a nuisance.',
  102: 'The defendant first complained about the bees in a letter written on the back of a seed catalogue.',
  103: 'Acquiescence for a decade is a course of dealing, and a course of dealing is a term of the lease.',
  104: 'The remaining claims fail for want of any allegation of damage.',
  105: 'The motion to dismiss is granted in part and denied in part.',
};

function doeOpinion(): string {
  const header = [
    '---',
    'caption: Doe v. Roe',
    'cite: 999 F. Supp. 3d 100',
    'court: D. Conn.',
    'date: 2020-03-04',
    'judge: Imaginary',
    'pages: 100-110',
    'pagination: lexis',
    '---',
  ];
  const body: string[] = ['RULING ON MOTION TO DISMISS', ''];
  for (const page of [100, 101, 102, 103, 104, 105]) {
    body.push(`[*${page}] ${DOE_SENTENCES[page]} The parties dispute little else on this page of the ruling.`, '');
  }
  return [...header, ...body].join('\n');
}

test("pincite.opinionFolders: the writer's opinion is linked and checked; oversized and binary files are skipped and logged; the folder is untouched", async (t) => {
  const dir = tempDir(t, 'pincite-opfolder-');
  const maxDocumentSize = 3000; // the folder scan's file limit is twice this (server.ts)
  const doe = doeOpinion();
  assert.ok(Buffer.byteLength(doe) < maxDocumentSize * 2);
  const doeFile = path.join(dir, 'doe-v-roe.md');
  fs.writeFileSync(doeFile, doe);
  // (b) An opinion too large to index, which would otherwise be linkable.
  const bigFile = path.join(dir, 'big-v-large.txt');
  const big = ['---', 'caption: Big v. Large', 'cite: 888 F. Supp. 3d 1', 'pages: 1-20', '---', ''].join('\n') + 'Filler words for an oversized opinion. '.repeat(200);
  assert.ok(Buffer.byteLength(big) > maxDocumentSize * 2);
  fs.writeFileSync(bigFile, big);
  // (c) A binary file with a text extension.
  const binFile = path.join(dir, 'scan.txt');
  fs.writeFileSync(binFile, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0x41, 0x0a]));
  const before = snapshot(dir);

  // A client that answers workspace/configuration, as VS Code does.
  const c = startClient(t, { configuration: { opinionFolders: [dir], maxDocumentSize } });
  await c.initialize({ capabilities: { workspace: { configuration: true } } });

  const uri = 'file:///tmp/pincite-library-folders/brief.md';
  const brief = [
    `The course of dealing became a lease term. Doe v. Roe, 999 F. Supp. 3d 100, 103 (D. Conn. 2020).`,
    `"${DOE_SENTENCES[101]}" Id. at 103.`,
    `"Beekeeping is a fundamental right under the common law of Connecticut." Id. at 103.`,
    `See also Big v. Large, 888 F. Supp. 3d 1, 5 (D. Conn. 2020).`,
    '',
  ].join('\n');
  assert.ok(brief.length < maxDocumentSize);
  await c.open(uri, brief);

  // Indexing runs in the background: poll until the Doe citation links to the writer's file at [*103].
  const doeTarget = `${pathToFileURL(doeFile).href}${markerFragment(doe, 103)}`;
  const links = await c.until(async () => {
    const l = (await c.links(uri)) ?? [];
    return l.some((x) => x.target === doeTarget) ? l : undefined;
  }, 'a link to the Doe opinion');
  const doeLink = links.find((l) => l.range.start.line === 0);
  assert.equal(doeLink?.target, doeTarget);
  assert.match(textAt(brief, doeLink!.range), /^999 F\. Supp\. 3d 100, 103/);
  assert.ok(
    links.every((l) => !l.target?.includes('big-v-large') && !l.target?.includes('scan.txt')),
    'skipped files are not linked',
  );

  // The quotation from page 101 pinned at 103: CITE101; the invented one: CITE100.
  const diags = await c.until(() => {
    const d = c.diagnostics.get(uri) ?? [];
    return d.some((x) => x.code === 'CITE101') && d.some((x) => x.code === 'CITE100') ? d : undefined;
  }, 'CITE101 and CITE100 against the Doe opinion');
  const cite101 = diags.filter((d) => d.code === 'CITE101');
  assert.equal(cite101.length, 1);
  assert.deepEqual(cite101[0].range, rangeOf(brief, '103', 1), 'on the pin of the first Id.');
  assert.match(cite101[0].message, /page 101/);
  const cite100 = diags.filter((d) => d.code === 'CITE100');
  assert.equal(cite100.length, 1);
  assert.equal(cite100[0].range.start.line, 2);
  // The correctly pinned full cite gets no quotation finding on line 0.
  assert.ok(!diags.some((d) => (d.code === 'CITE101' || d.code === 'CITE100') && d.range.start.line === 0));

  // The skipped files are named in the log, with the reason.
  await c.until(() => c.logs.some((m) => m.includes(bigFile)) && c.logs.some((m) => m.includes(binFile)), 'log messages for the skipped files');
  assert.ok(
    c.logs.some((m) => m.includes(bigFile) && /too large/.test(m)),
    c.logs.join('\n'),
  );
  assert.ok(
    c.logs.some((m) => m.includes(binFile) && /binary/.test(m)),
    c.logs.join('\n'),
  );

  await c.close();
  assert.deepEqual(snapshot(dir), before, 'the opinion folder is unchanged (names, sizes, mtimes)');
});

// ---- 6. Robustness ----

test('robustness: junk opinion URIs give null, an empty document has no links, an unknown document does not take the server down', async (t) => {
  const c = startClient(t);
  await c.initialize({ initializationOptions: { opinionScheme: true } });
  for (const junk of [
    'not a uri',
    '',
    '%E0%A4%A',
    'pincite-opinion:/nope/nope.txt',
    'pincite-opinion:/russo-v-city-of-hartford.pincite/../../package.json',
    'pincite-opinion:/russo-v-city-of-hartford.pincite/russo-v-city-of-hartford.lexis.txt/extra',
    pathToFileURL(path.join(ROOT, 'package.json')).href,
    'file:///etc/passwd',
  ]) {
    assert.equal(await c.conn.sendRequest('pincite/opinionText', { uri: junk }), null, `opinionText(${JSON.stringify(junk)})`);
  }
  assert.equal(await c.conn.sendRequest('pincite/opinionText', { uri: 42 }), null);
  assert.equal(await c.conn.sendRequest('pincite/opinionText', {}), null);

  const empty = 'file:///tmp/pincite-library-robust/empty.md';
  await c.open(empty, '');
  assert.deepEqual(await c.links(empty), []);

  assert.deepEqual(await c.links('file:///tmp/pincite-library-robust/never-opened.md'), []);
  assert.equal(await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: 'file:///tmp/never-opened.md' }, position: { line: 0, character: 0 } }), null);
  assert.equal(await c.conn.sendRequest('pincite/citedIn', { textDocument: { uri: 'file:///tmp/never-opened.md' }, position: { line: 0, character: 0 } }), null);
  assert.equal(await c.conn.sendRequest('pincite/citedIn', {}), null);

  // Still serving: a real brief gets its links.
  const uri = 'file:///tmp/pincite-library-robust/brief.md';
  await c.open(uri, LIBRARY_BRIEF);
  const links = (await c.links(uri))!;
  assert.equal(links.length, 3);
  assert.equal(c.proc.exitCode, null, 'the server is still running');
});
