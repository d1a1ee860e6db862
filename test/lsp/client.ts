// The one LSP test client: drives the bundled language server (dist/server.js)
// over stdio JSON-RPC, as Neovim or any other client would, and keeps what the
// server sends (diagnostics, status, log messages) for the tests to wait on.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Location {
  uri: string;
  range: Range;
}
export interface Diagnostic {
  range: Range;
  code: string;
  message: string;
  severity: number;
  source: string;
  codeDescription?: { href: string };
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
  command?: { title?: string; command: string; arguments: unknown[] };
}
export interface DocumentLink {
  range: Range;
  target?: string;
  tooltip?: string;
}
export interface CitedInResult {
  authority: string;
  places: Array<{ opinion: string; where: string; sentence: string; location: Location }>;
}

export interface ClientOptions {
  /** What the client answers to workspace/configuration (asked only when `initialize` advertises it). */
  configuration?: Record<string, unknown>;
  /** Server arguments; stdio by default. */
  args?: string[];
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  /** The last diagnostics published for each document. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publication, in order. */
  readonly published: Array<{ uri: string; version?: number; diagnostics: Diagnostic[] }> = [];
  readonly status: Array<Record<string, unknown>> = [];
  readonly logs: string[] = [];
  stderr = '';
  /** What the client answers to workspace/configuration; may be changed between requests. */
  config: Record<string, unknown>;
  /** How long the client takes to answer a configuration request (an analysis waits for it). */
  configDelayMs = 0;
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(options: ClientOptions = {}) {
    this.config = options.configuration ?? {};
    this.proc = spawn(process.execPath, [SERVER, ...(options.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.published.push(p);
      this.wake();
    });
    this.conn.onNotification('pincite/status', (p: Record<string, unknown>) => {
      this.status.push(p);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.conn.onNotification('window/showMessage', () => undefined);
    this.conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
      if (this.configDelayMs) await new Promise((r) => setTimeout(r, this.configDelayMs));
      return p.items.map(() => this.config);
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.listen();
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /** Resolves on the next notification from the server, or after `ms` at most. */
  private nextEvent(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Re-evaluates `cond` (which may send requests) on every notification and every 100 ms until it yields a value; fails after `ms`. */
  async until<T>(cond: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 15_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await cond();
      if (v !== undefined && v !== false) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr}\nserver log:\n${this.logs.join('\n')}`);
      await this.nextEvent(Math.min(left, 100));
    }
  }

  /** `initialize` (with a workspace folder when given), then `initialized`. */
  async initialize(params: { capabilities?: Record<string, unknown>; initializationOptions?: unknown; workspaceFolder?: string } = {}) {
    const folder = params.workspaceFolder;
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }] : null,
      capabilities: params.capabilities ?? {},
      ...(params.initializationOptions !== undefined ? { initializationOptions: params.initializationOptions } : {}),
    });
    await this.conn.sendNotification('initialized', {});
    return r as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'markdown') {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  links(uri: string): Promise<DocumentLink[] | null> {
    return this.conn.sendRequest('textDocument/documentLink', { textDocument: { uri } });
  }

  /** The last diagnostics published for `uri`, with the version they were for. */
  lastFor(uri: string) {
    return [...this.published].reverse().find((p) => p.uri === uri);
  }

  /** Shuts the server down politely; kills it (this process only) if it does not exit in time. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const gone = () => this.proc.exitCode !== null || this.proc.signalCode !== null;
    const exited = new Promise<void>((resolve) => {
      if (gone()) resolve();
      else this.proc.once('exit', () => resolve());
    });
    const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
    if (!gone()) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), timeout(3000)]);
        // Awaited, so the write is done before the connection is disposed (else it lands on a destroyed stream).
        await this.conn.sendNotification('exit');
      } catch {
        // The server may already be gone.
      }
    }
    if ((await Promise.race([exited, timeout(3000)])) === 'timeout') {
      this.proc.kill('SIGKILL');
      await exited;
    }
    this.conn.dispose();
  }
}

/** Applies non-overlapping LSP edits to a text with \n line ends. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
