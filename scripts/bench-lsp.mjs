#!/usr/bin/env node
// Benchmarks the language server as an editor sees it, over stdio JSON-RPC
// against dist/server.js (run `npm run build` first; `npm run bench` does).
// Numbers only, no assertions:
// - one-character edit to fresh (pulled) diagnostics on the sample memorandum;
// - the same on a 250 KB brief (the memorandum and the clean brief repeated,
//   as scripts/bench.mjs builds it);
// - hover on a citation;
// - the server's resident memory (VmRSS) after start, with the memorandum open,
//   the bundled library loaded and its "cited in" index built, and after
//   opening the 250 KB brief as well.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const proc = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
conn.onRequest('client/registerCapability', () => null);
conn.onNotification('textDocument/publishDiagnostics', () => undefined);
conn.listen();

/** Resident memory of the server in MB (Linux /proc; undefined elsewhere). */
function rss() {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return undefined;
  }
}

const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const fmt = (x) => (x === undefined ? 'n/a' : x.toFixed(1));

try {
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
    initializationOptions: { opinionScheme: true },
  });
  conn.sendNotification('initialized', {});
  await new Promise((r) => setTimeout(r, 300));
  const rssStart = rss();

  const text = readFileSync(path.join(ROOT, 'samples', 'memorandum.md'), 'utf8');
  const uri = 'file:///bench/memorandum.md';
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  // Let the server build the "cited in" index it warms after loading the library.
  await new Promise((r) => setTimeout(r, 2500));

  /** Times `count` one-character edits at the start of `uri`, each followed by a diagnostic pull. */
  async function timeEdits(uri, count) {
    const times = [];
    for (let v = 2; v < count + 2; v++) {
      const t = process.hrtime.bigint();
      const end = v > 2 ? 1 : 0;
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: end } }, text: v % 2 ? 'x' : 'y' }],
      });
      await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      times.push(ms(t));
    }
    return times;
  }
  const edits = await timeEdits(uri, 200);

  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('401 U.S. 37'));
  const character = lines[line].indexOf('401 U.S. 37') + 2;
  const hovers = [];
  for (let k = 0; k < 300; k++) {
    const t = process.hrtime.bigint();
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    hovers.push(ms(t));
  }
  const rssLoaded = rss();

  const briefParts = [text, readFileSync(path.join(ROOT, 'samples', 'clean-brief.md'), 'utf8')];
  let brief = '';
  for (let k = 0; Buffer.byteLength(brief) < 250_000; k++) brief += (brief ? '\n\n' : '') + briefParts[k % 2];
  const briefUri = 'file:///bench/brief-250k.md';
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri: briefUri, languageId: 'markdown', version: 1, text: brief } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: briefUri } });
  const briefEdits = await timeEdits(briefUri, 100);
  const rssBrief = rss();

  console.log(`\nLanguage server over stdio — Node ${process.version}`);
  const rows = [
    [`Edit → diagnostics, ${(text.length / 1024).toFixed(0)} KB memorandum, 200 edits: median / p95`, `${fmt(pct(edits, 0.5))} / ${fmt(pct(edits, 0.95))} ms`],
    [
      `Edit → diagnostics, ${(Buffer.byteLength(brief) / 1000).toFixed(0)} KB brief, 100 edits: median / p95`,
      `${fmt(pct(briefEdits, 0.5))} / ${fmt(pct(briefEdits, 0.95))} ms`,
    ],
    ['Hover on a citation, 300 requests: median / p95', `${fmt(pct(hovers, 0.5))} / ${fmt(pct(hovers, 0.95))} ms`],
    ['Resident memory: after start / memorandum open, library and cited-in loaded / 250 KB brief open too', `${fmt(rssStart)} / ${fmt(rssLoaded)} / ${fmt(rssBrief)} MB`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
} finally {
  try {
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
  } catch {
    // already gone
  }
  setTimeout(() => {
    proc.kill();
    process.exit(0);
  }, 200);
}
