// The table of authorities over real JSON-RPC: the server's table lists the
// brief's authorities in canonical form (not its mistakes), and once the table
// is in the document the editor shows no diagnostic inside it, while the
// brief's own mistakes keep theirs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, ROOT, type Range } from './client';

const BRIEF = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'toa', 'canonical.md'), 'utf8');

test('the table the server writes mends the brief’s mistakes and draws no diagnostics of its own', async (t) => {
  const c = new LspClient();
  t.after(() => c.close());
  await c.initialize({ capabilities: { workspace: { configuration: true } } });
  const uri = 'file:///tmp/pincite-toa-region/brief.md';
  await c.open(uri, BRIEF);
  const before = await c.until(() => c.published.find((p) => p.uri === uri)?.diagnostics, 'diagnostics of the brief');
  const codes = before.map((d) => d.code).sort();
  // Ex Parte, Department…, of the City of New York, (1988), vs., (U.S. 1991): the brief is flagged as written.
  for (const code of ['CITE007', 'CITE008', 'CITE030', 'CITE031', 'CITE032']) assert.ok(codes.includes(code), `${code} in ${codes.join(' ')}`);

  const answer = (await c.conn.sendRequest('pincite/tableOfAuthorities', { textDocument: { uri } })) as { edit?: { range: Range; newText: string }; entries: number };
  assert.ok(answer.edit);
  assert.equal(answer.entries, 8);
  const doc = TextDocument.create(uri, 'markdown', 1, BRIEF);
  const withTable = TextDocument.applyEdits(doc, [answer.edit]);
  for (const right of [
    '*Ex parte Young*, 209 U.S. 123 (1908)',
    "*Monell v. Dep't of Soc. Servs.*, 436 U.S. 658 (1978)",
    '*Davis v. Lansing*, 851 F.2d 72 (2d Cir. 1988)',
  ]) {
    assert.ok(withTable.includes(right), right);
  }

  const published = c.published.length;
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: withTable }] });
  const after = await c.until(() => c.published.slice(published).find((p) => p.uri === uri && p.version === 2)?.diagnostics, 'diagnostics after the table');
  const lines = withTable.split('\n');
  const first = lines.indexOf('<!-- pincite-toa -->');
  const last = lines.indexOf('<!-- /pincite-toa -->');
  assert.ok(first > 0 && last > first);
  assert.deepEqual(
    after.filter((d) => d.range.start.line >= first && d.range.start.line <= last),
    [],
  );
  // The brief's own findings are all still there, below the table.
  assert.deepEqual(after.map((d) => d.code).sort(), codes);
});
