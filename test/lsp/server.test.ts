// Drives the bundled language server (dist/server.js) over stdio with a
// JSON-RPC client, as Neovim or any other LSP client would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { applyTextEdits, LspClient, type CodeAction, type Diagnostic } from './client';

/** The client these tests use: its configuration sets maxDocumentSize to 5,000 characters. */
class Client extends LspClient {
  constructor() {
    super({ configuration: { maxDocumentSize: 5000 } });
  }
}

const BRIEF = [
  '# Argument',
  '',
  'Abstention applies. *Younger v. Harris*, 401 U.S. 37, 43-44 (1971); *see also*',
  '*Russo v. City of Hartford*, 158 F.Supp.2d 214, 228 (D. Conn. 2001).',
  'Id., at 229.',
  '',
].join('\n');

test('initialize, open a brief, receive diagnostics with codes, hover, symbols, edit, shut down', async () => {
  const c = new Client();
  try {
    const init = await c.initialize({ capabilities: { workspace: { configuration: true } } });
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.documentSymbolProvider);
    assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');

    const uri = 'file:///tmp/brief.md';
    await c.open(uri, BRIEF);
    const diags = await c.until(() => c.diagnostics.get(uri), 'diagnostics');
    const codes = diags.map((d) => d.code).sort();
    // F.Supp.2d (spacing), Id., at (form), and Id. after the string cite (ambiguous).
    assert.deepEqual(codes, ['CITE001', 'CITE050', 'CITE051']);
    const spacing = diags.find((d) => d.code === 'CITE001')!;
    assert.deepEqual(spacing.range, { start: { line: 3, character: 33 }, end: { line: 3, character: 42 } });
    assert.equal(spacing.source, 'pincite');
    assert.match(spacing.message, /F\. Supp\. 2d/);
    assert.match(spacing.codeDescription!.href, /^file:.*docs\/rules\/CITE001\.md$/);

    const hover = (await c.conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 2, character: 45 },
    })) as { contents: { value: string } };
    // Younger has a curated entry: the card, not the parts Pincite read.
    assert.match(hover.contents.value, /^\*\*Younger v\. Harris, 401 U\.S\. 37 \(1971\)\*\*/);
    assert.match(hover.contents.value, /Treatment notes are selective; this is not a citator\./);
    assert.doesNotMatch(hover.contents.value, /Volume:|First page:/);

    const symbols = (await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{
      name: string;
      children: Array<{ name: string; children: unknown[] }>;
    }>;
    // The heading first, then the authorities under one node.
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Argument', 'Authorities'],
    );
    const cases = symbols[1].children[0] as { name: string; children: Array<{ name: string }> };
    assert.equal(cases.name, 'Cases');
    assert.deepEqual(
      cases.children.map((s) => s.name),
      ['Younger v. Harris, 401 U.S. 37 (1971)', 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)'],
    );

    // Fix the reporter spacing with an incremental edit; the CITE001 finding goes away.
    c.diagnostics.delete(uri);
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 33 }, end: { line: 3, character: 42 } }, text: 'F. Supp. 2d' }],
    });
    const after = await c.until(() => c.diagnostics.get(uri), 'updated diagnostics');
    assert.deepEqual(after.map((d) => d.code).sort(), ['CITE050', 'CITE051']);
    const status = await c.until(() => c.status.find((s) => s.uri === uri), 'status notification');
    assert.equal(typeof status.citations, 'number');
  } finally {
    await c.close();
  }
});

test('a client with pull diagnostics gets them by request', async () => {
  const c = new Client();
  try {
    const init = await c.initialize({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    assert.ok(init.capabilities.diagnosticProvider);
    const uri = 'file:///tmp/pull.md';
    await c.open(uri, 'See Graham, 490 U.S. at 395.');
    const report = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
    assert.equal(report.kind, 'full');
    assert.deepEqual(
      report.items.map((d) => d.code),
      ['CITE053'],
    );
  } finally {
    await c.close();
  }
});

test('an oversized or binary document is not analysed, and the status says why; the server keeps serving', async () => {
  const c = new Client();
  try {
    await c.initialize({ capabilities: { workspace: { configuration: true } } });
    // The test client's configuration sets maxDocumentSize to 5,000 characters.
    await c.open('file:///tmp/huge.md', 'Younger v. Harris, 401 U.S. 37 (1971). '.repeat(500));
    const big = await c.until(() => c.status.find((s) => s.uri === 'file:///tmp/huge.md'), 'status for the big document');
    assert.match(String(big.skipped), /over the pincite\.maxDocumentSize limit/);
    await c.open('file:///tmp/binary.txt', 'PK\u0003\u0004\u0000\u0000binary', 'plaintext');
    const bin = await c.until(() => c.status.find((s) => s.uri === 'file:///tmp/binary.txt'), 'status for the binary file');
    assert.match(String(bin.skipped), /binary/);
    assert.deepEqual(c.diagnostics.get('file:///tmp/huge.md'), []);
    // Still serving: a normal document gets its diagnostics.
    await c.open('file:///tmp/ok.md', 'Id; see 401 U.S. at 44.');
    const ok = await c.until(() => c.diagnostics.get('file:///tmp/ok.md'), 'diagnostics after skipped documents');
    assert.ok(ok.length > 0);
  } finally {
    await c.close();
  }
});

test('documents in languages Pincite does not check get no diagnostics', async () => {
  const c = new Client();
  try {
    await c.initialize({});
    await c.open('file:///tmp/code.ts', 'const x = "Id; 401 U.S. at 44";', 'typescript');
    await c.open('file:///tmp/brief.txt', 'See Graham, 490 U.S. at 395.', 'plaintext');
    await c.until(() => c.diagnostics.get('file:///tmp/brief.txt'), 'diagnostics for the brief');
    assert.deepEqual(c.diagnostics.get('file:///tmp/code.ts') ?? [], []);
  } finally {
    await c.close();
  }
});

test('code actions: fix one, fix all of a rule, fix all on save, disable for a line or the file, open the rule page', async () => {
  const c = new Client();
  try {
    await c.initialize({});
    const uri = 'file:///tmp/actions.md';
    const text = [
      'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).',
      'Also Russo v. City of Hartford, 158 F.Supp.2d 214, 228 (D. Conn. 2001).',
      'Id., at 229.',
      '',
    ].join('\n');
    await c.open(uri, text);
    const diags = await c.until(() => c.diagnostics.get(uri), 'diagnostics');
    const spacing = diags.find((d) => d.code === 'CITE001' && d.range.start.line === 0)!;
    const actions = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: spacing.range,
      context: { diagnostics: [spacing] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles, [
      'Write "F. Supp. 2d" (CITE001)',
      'Fix all CITE001 problems in this document',
      'Disable CITE001 for this line',
      'Disable CITE001 for this file',
      'Show documentation for CITE001 (Reporter spacing)',
      'Fix all safe citation problems',
    ]);
    const one = actions[0];
    assert.equal(one.isPreferred, true);
    assert.equal(applyTextEdits(text, one.edit!.changes[uri]).split('\n')[0], 'See Huff v. W. Haven Bd. of Educ., 10 F. Supp. 2d 117, 122 (D. Conn. 1998).');
    const allOfRule = applyTextEdits(text, actions[1].edit!.changes[uri]);
    assert.equal((allOfRule.match(/F\. Supp\. 2d/g) ?? []).length, 2);
    assert.match(allOfRule, /Id\., at 229/, 'fix all CITE001 leaves other rules alone');
    assert.equal(
      applyTextEdits(text, actions[2].edit!.changes[uri]).split('\n').slice(0, 2).join('\n'),
      '<!-- pincite-disable-next-line CITE001 -->\nSee Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).',
    );
    assert.equal(applyTextEdits(text, actions[3].edit!.changes[uri]).split('\n')[0], '<!-- pincite-disable-file CITE001 -->');
    assert.deepEqual(actions[4].command, { title: 'Show documentation for CITE001', command: 'pincite.openRuleDoc', arguments: ['CITE001'] });

    // What editor.codeActionsOnSave asks for.
    const onSave = (await c.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      onSave.map((a) => a.kind),
      ['source.fixAll.pincite'],
    );
    const fixed = applyTextEdits(text, onSave[0].edit!.changes[uri]);
    assert.equal(fixed, text.replace(/F\.Supp\.2d/g, 'F. Supp. 2d').replace('Id., at', 'Id. at'));

    // After fix-all, nothing fixable is left.
    c.diagnostics.delete(uri);
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await c.until(() => c.diagnostics.get(uri), 'diagnostics after fix-all');
    assert.deepEqual(after, []);
  } finally {
    await c.close();
  }
});

test('the server reads .pincite.json beside the brief and re-reads it when it changes', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { pathToFileURL } = await import('node:url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-lsp-'));
  fs.writeFileSync(path.join(dir, '.pincite.json'), JSON.stringify({ rules: { CITE001: 'off' } }));
  const file = path.join(dir, 'brief.md');
  const uri = pathToFileURL(file).href;
  const text = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998). Id., at 123.\n';
  fs.writeFileSync(file, text);
  const c = new Client();
  try {
    await c.initialize({});
    await c.open(uri, text);
    const first = await c.until(() => c.diagnostics.get(uri), 'diagnostics');
    assert.deepEqual(
      first.map((d) => d.code),
      ['CITE050'],
    );
    fs.writeFileSync(path.join(dir, '.pincite.json'), JSON.stringify({ rules: { CITE050: 'off' } }));
    c.diagnostics.delete(uri);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.pincite.json')).href, type: 2 }] });
    const second = await c.until(() => c.diagnostics.get(uri), 'diagnostics after the change');
    assert.deepEqual(
      second.map((d) => d.code),
      ['CITE001'],
    );
  } finally {
    await c.close();
  }
});
