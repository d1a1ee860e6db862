// The server under a hostile or careless client, over stdio: no stale answers
// after a document is closed and reopened, problems of a closed file cleared,
// cancellations honoured, the protocol's errors before initialize and after
// shutdown, an exit on a broken message stream, open documents over the size
// limit left out of workspace symbols, and opinion folders a workspace names
// outside itself never read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspClient as Client, SERVER, type Diagnostic } from './client';

const A = 'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).\n';
const B = 'Nothing to fix here.\n\nAbstention applies. Younger v. Harris, 401 U.S. 37, 43-44 (1971).\n';

test('a document closed and reopened at version 1 with other text gets answers about the new text, in pull and push modes', async () => {
  for (const pull of [true, false]) {
    const c = new Client();
    try {
      await c.initialize({ capabilities: pull ? { textDocument: { diagnostic: {} } } : {} });
      const uri = `file:///tmp/reopen-${pull}.md`;
      const open = (text: string) => c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await open(A);
      if (pull) {
        const first = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        assert.ok(first.items.some((d) => d.code === 'CITE001'));
      }
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await open(B);
      if (pull) {
        const second = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        assert.ok(!second.items.some((d) => d.code === 'CITE001'), 'no finding of the closed text');
      } else {
        await new Promise((r) => setTimeout(r, 800));
        const last = c.lastFor(uri);
        assert.ok(last && !last.diagnostics.some((d) => d.code === 'CITE001'), `push: ${JSON.stringify(last)}`);
      }
      // Fix-all on the new text: no edit meant for the old one.
      const actions = (await c.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.pincite'] },
      })) as Array<{ edit?: unknown }>;
      assert.deepEqual(
        actions.filter((a) => a.edit),
        [],
        'nothing to fix in the new text',
      );
      // A change that reuses a version number is read as the text it brings.
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: A }] });
      if (pull) {
        const third = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        assert.ok(
          third.items.some((d) => d.code === 'CITE001'),
          'the findings of the text now open',
        );
      }
    } finally {
      await c.close();
    }
  }
});

test('push mode: a file closed while it is analysed ends with its problems cleared', async () => {
  const c = new Client();
  // The analysis waits for the client's settings; the file closes meanwhile.
  c.configDelayMs = 400;
  try {
    await c.initialize({ capabilities: { workspace: { configuration: true } } });
    for (let k = 0; k < 5; k++) {
      const uri = `file:///tmp/closing-${k}.md`;
      await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: A } });
      await new Promise((r) => setTimeout(r, 150 + 40 * k));
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    await new Promise((r) => setTimeout(r, 2000));
    for (let k = 0; k < 5; k++) {
      const last = c.lastFor(`file:///tmp/closing-${k}.md`);
      assert.ok(last, `something was published for closing-${k}`);
      assert.deepEqual(last.diagnostics, [], `closing-${k}: the last word is "no problems"`);
    }
  } finally {
    await c.close();
  }
});

test('cancelled requests are answered with RequestCancelled', async () => {
  const c = new Client();
  try {
    await c.initialize({});
    const uri = 'file:///tmp/cancel.md';
    // Each edit makes the next hover analyse anew, so there is work to cancel.
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: A.repeat(200) } });
    let cancelled = 0;
    let answered = 0;
    const jobs: Array<Promise<void>> = [];
    for (let k = 0; k < 200; k++) {
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: k + 2 }, contentChanges: [{ text: A.repeat(200) + `${k}\n` }] });
      const source = new CancellationTokenSource();
      const p = c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 40 } }, source.token);
      source.cancel();
      jobs.push(
        p.then(
          () => void answered++,
          (e: { code?: number }) => {
            if (e?.code === -32800) cancelled++;
          },
        ),
      );
    }
    await Promise.all(jobs);
    assert.ok(cancelled >= 150, `${cancelled} of 200 cancellations took effect (${answered} answered)`);
    // Still serving.
    const hover = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 40 } });
    assert.ok(hover);
  } finally {
    await c.close();
  }
});

test('requests before initialize get ServerNotInitialized; after shutdown, InvalidRequest', async () => {
  const c = new Client();
  try {
    await assert.rejects(
      c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } }),
      (e: { code?: number }) => e.code === -32002,
    );
    await assert.rejects(c.conn.sendRequest('workspace/symbol', { query: '' }), (e: { code?: number }) => e.code === -32002);
    await c.initialize({});
    assert.deepEqual(await c.conn.sendRequest('workspace/symbol', { query: 'zzz' }), []);
    await c.conn.sendRequest('shutdown');
    await assert.rejects(c.conn.sendRequest('workspace/symbol', { query: '' }), (e: { code?: number }) => e.code === -32600);
    await c.conn.sendNotification('exit');
    const code = await new Promise<number | null>((r) => (c.proc.exitCode !== null ? r(c.proc.exitCode) : c.proc.on('exit', (x) => r(x))));
    assert.equal(code, 0);
  } finally {
    c.conn.dispose();
    c.proc.kill();
  }
});

test('a bad Content-Length or a garbage header makes the stdio server log why and exit', async () => {
  for (const garbage of ['Content-Length: banana\r\n\r\n{}', 'this is not a header at all\r\n\r\n', 'Content-Type: text/plain\r\n\r\n{}']) {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    proc.stdin!.write(garbage);
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
    if (code === 'hung') proc.kill();
    assert.equal(code, 1, `${JSON.stringify(garbage)}: the server exits (stderr: ${stderr})`);
    assert.match(stderr, /message stream is malformed/);
  }
});

test('workspace symbols leave out an open document over pincite.maxDocumentSize', async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-ws-'));
  const small = path.join(ws, 'small.md');
  const huge = path.join(ws, 'huge.md');
  fs.writeFileSync(small, 'Younger v. Harris, 401 U.S. 37 (1971).\n');
  fs.writeFileSync(huge, 'x\n');
  const c = new Client();
  try {
    await c.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).href,
      workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
      capabilities: {},
      initializationOptions: { maxDocumentSize: 5000 },
    });
    await c.conn.sendNotification('initialized', {});
    // On disk the file is tiny; the editor holds a document far over the limit.
    await c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: pathToFileURL(huge).href, languageId: 'markdown', version: 1, text: "Monell v. Dep't of Soc. Servs., 436 U.S. 658 (1978). ".repeat(200) },
    });
    const symbols = (await c.conn.sendRequest('workspace/symbol', { query: '' })) as Array<{ name: string; location: { uri: string } }>;
    assert.ok(symbols.some((s) => s.location.uri === pathToFileURL(small).href));
    assert.ok(!symbols.some((s) => s.location.uri === pathToFileURL(huge).href), 'the oversized open document is not analysed');
  } finally {
    await c.close();
  }
});

test("opinion folders set by the workspace are read only inside it; the user's own are read anywhere", async () => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-ws-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-outside-'));
  fs.mkdirSync(path.join(ws, 'opinions'));
  const opinion = (title: string) => `${title}\n\nUNITED STATES DISTRICT COURT\n\nThe motion is denied.\n`;
  fs.writeFileSync(path.join(ws, 'opinions', 'a.txt'), opinion('Inside v. Workspace'));
  fs.writeFileSync(path.join(outside, 'b.txt'), opinion('Outside v. Workspace'));
  // A link inside the workspace that leads out of it does not count as inside.
  fs.symlinkSync(outside, path.join(ws, 'escape'));
  const c = new Client();
  c.config = { workspaceOpinionFolders: ['opinions', outside, 'escape', '/'] };
  try {
    await c.initialize({ capabilities: { workspace: { configuration: true } }, workspaceFolder: ws });
    await c.until(() => c.logs.find((l) => /indexed \d+ opinion/.test(l)), 'the folders indexed');
    const indexed = c.logs.find((l) => /indexed \d+ opinion/.test(l))!;
    assert.match(indexed, /indexed 1 opinion from .*opinions in/);
    for (const f of [outside, 'escape', '/']) {
      assert.ok(
        c.logs.some((l) => l.includes(`skipped ${f}: the workspace's settings may name folders inside the workspace only`)),
        `${f} refused`,
      );
    }
  } finally {
    await c.close();
  }
  const u = new Client();
  u.config = { opinionFolders: [outside] };
  try {
    await u.initialize({ capabilities: { workspace: { configuration: true } }, workspaceFolder: ws });
    const indexed = await u.until(() => u.logs.find((l) => /indexed \d+ opinion/.test(l)), 'the user folder indexed');
    assert.match(indexed, /indexed 1 opinion from /);
  } finally {
    await u.close();
  }
});
