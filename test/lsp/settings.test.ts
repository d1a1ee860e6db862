// pincite.enable and pincite.run over LSP: a resource with Pincite turned off
// gets nothing; with run set to onSave, problems change on open and save only,
// for clients that are sent diagnostics and clients that pull them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, type Diagnostic } from './client';

const WRONG = 'See Russo v. City of Hartford, 158 F.Supp.2d 214, 228 (D. Conn. 2001).\n';
const FIXED = 'See Russo v. City of Hartford, 158 F. Supp. 2d 214, 228 (D. Conn. 2001).\n';
const CONFIG = { capabilities: { workspace: { configuration: true } } };

function change(c: LspClient, uri: string, version: number, text: string) {
  return c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('pincite.enable false: no diagnostics, hover or symbols; turned back on, the problems come', async () => {
  const c = new LspClient({ configuration: { enable: false } });
  try {
    await c.initialize(CONFIG);
    const uri = 'file:///tmp/off.md';
    await c.open(uri, WRONG);
    const first = await c.until(() => c.lastFor(uri), 'a publication for the document');
    assert.deepEqual(first.diagnostics, []);
    assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 10 } }), null);
    assert.deepEqual(await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.ok(!c.status.some((s) => s.uri === uri), 'no status for a document not checked');

    c.config = { enable: true };
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const on = await c.until(() => (c.lastFor(uri)?.diagnostics.length ? c.lastFor(uri) : undefined), 'diagnostics once enabled');
    assert.deepEqual(
      on.diagnostics.map((d) => d.code),
      ['CITE001'],
    );
  } finally {
    await c.close();
  }
});

test('pincite.run onSave, pushed: problems on open, unchanged while typing, renewed on save', async () => {
  const c = new LspClient({ configuration: { run: 'onSave' } });
  try {
    const init = await c.initialize(CONFIG);
    assert.deepEqual((init.capabilities.textDocumentSync as { save?: unknown }).save, { includeText: false });
    const uri = 'file:///tmp/onsave.md';
    await c.open(uri, WRONG);
    const opened = await c.until(() => c.lastFor(uri), 'diagnostics on open');
    assert.deepEqual(
      opened.diagnostics.map((d) => d.code),
      ['CITE001'],
    );
    const before = c.published.length;
    await change(c, uri, 2, FIXED);
    // A typing client would have had them after 100 ms; wait well past that.
    await sleep(800);
    assert.equal(c.published.length, before, 'nothing published while the file is unsaved');
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await c.until(() => (c.published.length > before ? c.lastFor(uri) : undefined), 'diagnostics on save');
    assert.deepEqual(saved.diagnostics, []);
    assert.equal(saved.version, 2);
  } finally {
    await c.close();
  }
});

test('pincite.run onType (the default), pushed: problems follow each change without a save', async () => {
  const c = new LspClient({ configuration: {} });
  try {
    await c.initialize(CONFIG);
    const uri = 'file:///tmp/ontype.md';
    await c.open(uri, FIXED);
    await c.until(() => c.lastFor(uri), 'diagnostics on open');
    await change(c, uri, 2, WRONG);
    const typed = await c.until(() => (c.lastFor(uri)?.version === 2 ? c.lastFor(uri) : undefined), 'diagnostics after the change');
    assert.deepEqual(
      typed.diagnostics.map((d) => d.code),
      ['CITE001'],
    );
  } finally {
    await c.close();
  }
});

test('pincite.run onSave, pulled: an edited, unsaved document reports unchanged; after the save, a full report of the new text', async () => {
  const c = new LspClient({ configuration: { run: 'onSave' } });
  try {
    await c.initialize({ capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
    const uri = 'file:///tmp/pull-onsave.md';
    await c.open(uri, WRONG);
    type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
    const pull = (previousResultId?: string) =>
      c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<Report>;
    const first = await pull();
    assert.equal(first.kind, 'full');
    assert.deepEqual(
      first.items!.map((d) => d.code),
      ['CITE001'],
    );
    assert.ok(first.resultId);
    await change(c, uri, 2, FIXED);
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const saved = await c.until(async () => {
      const r = await pull(first.resultId);
      return r.kind === 'full' ? r : undefined;
    }, 'a full report after the save');
    assert.deepEqual(saved.items, []);
    assert.notEqual(saved.resultId, first.resultId);
  } finally {
    await c.close();
  }
});
