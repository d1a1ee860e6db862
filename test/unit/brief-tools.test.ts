// References, symbols, code lens and short-name rename for an authority cited
// in full, by a parallel cite, by short form and by Id., in one brief and
// across the workspace's briefs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { authorityKeysAt, codeLenses, documentSymbols, prepareRename, referencesAt, referencesInBriefs, renameShortName, workspaceSymbols } from './editorFeatures';
import { indexText, WorkspaceIndex } from '../../server/src/host/workspaceIndex';
import { analyseBrief, bundledService } from './libraryHelpers';

const svc = bundledService(false);

const BRIEF_A = [
  '# Argument',
  '',
  'Federal courts do not enjoin pending prosecutions. *Younger v. Harris*, 401 U.S. 37, 43, 91 S. Ct. 746 (1971).',
  '',
  'The rule rests on comity. *Id.* at 44. Equity adds its own reasons. *Younger*, 401 U.S. at 45.',
  '',
  'Section 1983 supplies the claim. 42 U.S.C. § 1983.',
  '',
].join('\n');

const BRIEF_B = 'The State relies on *Younger v. Harris*, 91 S. Ct. 746, 750 (1971). *Id.* at 751.\n';

function analyse(uri: string, text: string) {
  return analyseBrief(text, svc, { uri, findings: false });
}

function spanTexts(doc: TextDocument, text: string, ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>): string[] {
  return ranges.map((r) => text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end)));
}

test('references in the brief: the full cite, its parallel, the Id. and the short form, from any of them', () => {
  const { doc, analysis } = analyse('file:///a.md', BRIEF_A);
  for (const at of ['401 U.S. 37', '91 S. Ct.', 'Id.', '401 U.S. at 45']) {
    const refs = referencesAt(doc, analysis, BRIEF_A.indexOf(at) + 1, svc, true).filter((l) => l.uri === 'file:///a.md');
    const texts = spanTexts(
      doc,
      BRIEF_A,
      refs.map((l) => l.range),
    );
    assert.equal(texts.length, 4, `from ${at}: ${JSON.stringify(texts)}`);
    assert.ok(texts[0].includes('401 U.S. 37, 43'));
    assert.ok(texts.some((t) => t.startsWith('91 S. Ct. 746')));
    assert.ok(texts.some((t) => t.startsWith('Id.')));
    assert.ok(texts.some((t) => t.includes('401 U.S. at 45')));
  }
});

test('references across briefs: another brief that cites only the parallel reporter, and its Id.', () => {
  const a = analyse('file:///a.md', BRIEF_A);
  const briefs = [
    { uri: 'file:///b.md', text: BRIEF_B },
    { uri: 'file:///c.md', text: 'Nothing about abstention here. 42 U.S.C. § 1983.\n' },
  ].map(({ uri, text }) => ({ uri, text, doc: TextDocument.create(uri, 'markdown', 1, text) }));
  const index = briefs.map((b) => indexText(b.uri, b.text));
  const keys = authorityKeysAt(a.analysis, BRIEF_A.indexOf('Id.') + 1);
  const refs = referencesInBriefs(index, 'file:///a.md', keys);
  assert.deepEqual(
    refs.map((l) => l.uri),
    ['file:///b.md', 'file:///b.md'],
  );
  const texts = spanTexts(
    briefs[0].doc,
    BRIEF_B,
    refs.map((l) => l.range),
  ).map((t) => t.replace(/\*/g, ''));
  assert.ok(texts[0].startsWith('Younger v. Harris, 91 S. Ct. 746, 750'), texts[0]);
  assert.equal(texts[1], 'Id. at 751');
  // The statute is found in the third brief.
  const s = referencesInBriefs(index, 'file:///a.md', authorityKeysAt(a.analysis, BRIEF_A.indexOf('§ 1983')));
  assert.deepEqual(
    s.map((l) => l.uri),
    ['file:///b.md', 'file:///c.md'].filter((u) => u === 'file:///c.md'),
  );
});

test('the outline lists Younger once under Cases, with all four citations as children', () => {
  const { doc, analysis } = analyse('file:///a.md', BRIEF_A);
  const symbols = documentSymbols(doc, analysis).find((s) => s.name === 'Authorities')!.children!;
  const cases = symbols.find((s) => s.name === 'Cases') as DocumentSymbol;
  assert.equal(cases.children!.length, 1);
  assert.match(cases.children![0].name, /^Younger v\. Harris/);
  assert.deepEqual(
    cases.children![0].children!.map((c) => c.detail),
    ['case', 'case', 'id', 'shortCase'],
  );
  assert.ok(symbols.some((s) => s.name === 'Statutes'));
});

test('workspace symbols find an authority in every brief on disk, and the index reads only briefs', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-ws-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.md'), BRIEF_A);
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(path.join(dir, 'drafts', 'b.txt'), BRIEF_B);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'x.md'), BRIEF_B);
    fs.writeFileSync(path.join(dir, 'notes.json'), '{"Younger v. Harris, 401 U.S. 37": 1}');
    const before = fs.readdirSync(dir, { recursive: true }).sort();
    const ws = new WorkspaceIndex({ maxFileSize: () => 1e6, openDocument: () => undefined, log: () => undefined });
    ws.setRoots([dir]);
    const briefs = await ws.all();
    assert.deepEqual(briefs.map((b) => b.uri).sort(), [pathToFileURL(path.join(dir, 'a.md')).href, pathToFileURL(path.join(dir, 'drafts', 'b.txt')).href]);
    const found = workspaceSymbols(briefs, 'younger');
    assert.equal(found.length, 2);
    assert.ok(found.every((s) => /^Younger v\. Harris/.test(s.name)));
    assert.deepEqual(found.map((s) => s.containerName).sort(), ['a.md', 'b.txt']);
    assert.equal(workspaceSymbols(briefs, '1983').length, 1);
    // An open document's text wins over the disk.
    const open = new WorkspaceIndex({
      maxFileSize: () => 1e6,
      openDocument: (uri) => (uri.endsWith('/a.md') ? { text: 'Nothing cited.', version: 3 } : undefined),
      log: () => undefined,
    });
    open.setRoots([dir]);
    assert.equal(workspaceSymbols(await open.all(), 'younger').length, 1);
    assert.deepEqual(fs.readdirSync(dir, { recursive: true }).sort(), before);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('code lens: one per authority cited more than once, on its first citation, with the count', () => {
  const { doc, analysis } = analyse('file:///a.md', BRIEF_A);
  const lenses = codeLenses(doc, analysis);
  // The statute, cited once, gets none.
  assert.deepEqual(
    lenses.map((l) => l.command!.title),
    ['4 citations of Younger v. Harris'],
  );
  assert.equal(lenses[0].command!.command, 'pincite.showReferences');
  assert.equal(doc.offsetAt(lenses[0].range.start), analysis.result.citations[0].span.start);
});

test('rename a short-form name across its short forms and supra; the full citation keeps its name', () => {
  const text =
    '*Dist. of Columbia v. Heller*, 554 U.S. 570, 595 (2008). More follows. *Heller*, 554 U.S. at 600. Again *Heller*, 554 U.S. at 626. See *Heller*, *supra*, at 627.\n';
  const { doc, analysis } = analyse('file:///r.md', text);
  const at = text.indexOf('Heller*, 554 U.S. at 600') + 2;
  const prep = prepareRename(doc, analysis, at);
  assert.ok(prep);
  assert.equal(prep.placeholder, 'Heller');
  const edit = renameShortName(doc, analysis, at, 'D.C. v. Heller') as WorkspaceEdit;
  const edits = edit.changes!['file:///r.md'] as TextEdit[];
  assert.equal(edits.length, 3);
  const applied = TextDocument.applyEdits(doc, edits);
  assert.equal(
    applied,
    '*Dist. of Columbia v. Heller*, 554 U.S. 570, 595 (2008). More follows. *D.C. v. Heller*, 554 U.S. at 600. Again *D.C. v. Heller*, 554 U.S. at 626. See *D.C. v. Heller*, *supra*, at 627.\n',
  );
  // Not on a full citation's name, nor with a bad name.
  assert.equal(prepareRename(doc, analysis, text.indexOf('Columbia')), null);
  assert.ok('error' in (renameShortName(doc, analysis, at, '') as object));
  assert.ok('error' in (renameShortName(doc, analysis, at, 'two\nlines') as object));
});
