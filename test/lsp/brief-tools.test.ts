// Brief tools over real JSON-RPC against dist/server.js: the Table of
// Authorities request (insert, then update to the same text), references into
// another brief on disk, workspace symbols, code lenses and short-name rename.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, type Range } from './client';

const BRIEF = [
  '# Memorandum',
  '',
  '## I. Abstention',
  '',
  'Federal courts abstain. *Younger v. Harris*, 401 U.S. 37, 43 (1971). The rule rests on comity. *Id.* at 44.',
  '',
  '## II. Immunity',
  '',
  'The claim arises under 42 U.S.C. § 1983. Equity bars it. *Younger*, 401 U.S. at 45. See Fed. R. Civ. P. 12(b)(6); U.S. Const. amend. XI.',
  '',
].join('\n');

test('Table of Authorities, references across briefs, workspace symbols, code lens and rename over LSP', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-lsp-tools-'));
  const other = path.join(dir, 'reply.md');
  fs.writeFileSync(other, 'The State relies on *Younger v. Harris*, 401 U.S. 37, 41 (1971).\n');
  const briefPath = path.join(dir, 'brief.md');
  fs.writeFileSync(briefPath, BRIEF);
  const uri = pathToFileURL(briefPath).href;
  const c = new LspClient();
  const conn = c.conn;
  t.after(async () => {
    await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const caps = (await c.initialize({ capabilities: { workspace: { configuration: true } }, workspaceFolder: dir })).capabilities;
  assert.ok(caps.workspaceSymbolProvider && caps.codeLensProvider && caps.renameProvider && caps.referencesProvider);
  await c.open(uri, BRIEF);
  let doc = TextDocument.create(uri, 'markdown', 1, BRIEF);

  // Table of Authorities: the first request inserts the markers and the table.
  const first = (await conn.sendRequest('pincite/tableOfAuthorities', { textDocument: { uri } })) as {
    edit?: { range: Range; newText: string };
    entries: number;
    inserted: boolean;
  };
  assert.ok(first.edit, 'the first request returns an edit');
  assert.equal(first.inserted, true);
  assert.equal(first.entries, 4, 'Younger, the statute, the rule and the amendment');
  const withTable = TextDocument.applyEdits(doc, [first.edit]);
  assert.match(withTable, /<!-- pincite-toa -->[\s\S]*Younger v\. Harris[\s\S]*<!-- \/pincite-toa -->/);
  // Everything outside the table is untouched.
  const outside = withTable.replace(/<!-- pincite-toa -->[\s\S]*<!-- \/pincite-toa -->\n*/, '');
  assert.equal(outside.replace(/\n+/g, '\n'), BRIEF.replace(/\n+/g, '\n'));
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: withTable }] });
  doc = TextDocument.create(uri, 'markdown', 2, withTable);
  // The second request finds the table up to date: updating twice gives the same document.
  const second = (await conn.sendRequest('pincite/tableOfAuthorities', { textDocument: { uri } })) as { edit?: unknown; inserted: boolean };
  assert.equal(second.edit, undefined);

  // References from the Id. reach the other brief on disk.
  const idAt = doc.positionAt(withTable.indexOf('*Id.*') + 1);
  const refs = (await conn.sendRequest('textDocument/references', { textDocument: { uri }, position: idAt, context: { includeDeclaration: true } })) as Array<{
    uri: string;
  }>;
  const uris = refs.map((r) => r.uri);
  assert.equal(uris.filter((u) => u === uri).length, 3, 'full, Id. and short form in the brief (the table does not count)');
  assert.ok(uris.includes(pathToFileURL(other).href), 'the reply brief cites it too');

  // Workspace symbols.
  const symbols = (await conn.sendRequest('workspace/symbol', { query: 'Younger' })) as Array<{ name: string; location: { uri: string } }>;
  assert.deepEqual([...new Set(symbols.map((s) => path.basename(new URL(s.location.uri).pathname)))].sort(), ['brief.md', 'reply.md']);

  // Code lens on Younger's first citation.
  const lenses = (await conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ range: Range; command: { title: string } }>;
  assert.ok(
    lenses.some((l) => l.command.title.startsWith('3 citations of Younger v. Harris')),
    JSON.stringify(lenses.map((l) => l.command.title)),
  );

  // Rename the short-form name.
  const shortAt = doc.positionAt(withTable.indexOf('*Younger*, 401 U.S. at 45') + 2);
  const prep = (await conn.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: shortAt })) as { placeholder: string } | null;
  assert.equal(prep?.placeholder, 'Younger');
  const rename = (await conn.sendRequest('textDocument/rename', { textDocument: { uri }, position: shortAt, newName: 'Harris' })) as {
    changes: Record<string, Array<{ range: Range; newText: string }>>;
  };
  const renamed = TextDocument.applyEdits(doc, rename.changes[uri]);
  assert.ok(renamed.includes('*Harris*, 401 U.S. at 45'));
  assert.ok(renamed.includes('*Younger v. Harris*, 401 U.S. 37, 43'));
  await assert.rejects(conn.sendRequest('textDocument/rename', { textDocument: { uri }, position: doc.positionAt(5), newName: 'X' }));
  // The disk was never written.
  assert.equal(fs.readFileSync(briefPath, 'utf8'), BRIEF);
});
