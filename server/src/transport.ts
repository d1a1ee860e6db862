// The server's end of the connection, with the two rules of the protocol that
// the library leaves to the server:
//
// - a request before `initialize` is answered with ServerNotInitialized, and
//   one after `shutdown` with InvalidRequest; notifications then are dropped
//   (except `exit`), so no handler ever runs on an uninitialised server;
// - a stream whose framing breaks (a missing or bad Content-Length, a header
//   line that is not `Name: value`) cannot be read any further: the server
//   says why on standard error and exits, so the client sees it stop and can
//   start it again, instead of a server that answers nothing.
//
// The transport is chosen from the command line as vscode-languageserver
// does: --node-ipc (VS Code), --stdio, --socket=PORT or --pipe=NAME.

import {
  createServerPipeTransport,
  createServerSocketTransport,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type PartialMessageInfo,
} from 'vscode-languageserver/node';

type State = 'new' | 'initializing' | 'running' | 'shutdown';

interface RequestLike {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
}

/** Passes on the messages the server may act on in its current state, and answers the others itself. */
export class ProtocolGuard implements MessageReader {
  private state: State = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      const m = message as RequestLike;
      const isRequest = typeof m.method === 'string' && m.id !== undefined && m.id !== null;
      const isNotification = typeof m.method === 'string' && !isRequest;
      if (m.method === 'exit') return callback(message);
      if (this.state === 'new') {
        if (isRequest && m.method === 'initialize') {
          this.state = 'initializing';
          return callback(message);
        }
        if (isRequest) return this.refuse(m, -32002 /* ServerNotInitialized */, 'the server is not initialized: send "initialize" first');
        if (isNotification) return; // dropped, as the protocol says
        return callback(message);
      }
      if (this.state === 'shutdown') {
        if (isRequest) return this.refuse(m, ErrorCodes.InvalidRequest, 'the server is shut down: send "exit"');
        if (isNotification) return;
        return callback(message);
      }
      if (m.method === 'initialized') this.state = 'running';
      if (isRequest && m.method === 'initialize') return this.refuse(m, ErrorCodes.InvalidRequest, 'the server is already initialized');
      if (isRequest && m.method === 'shutdown') this.state = 'shutdown';
      return callback(message);
    });
  }

  private refuse(m: RequestLike, code: number, message: string): void {
    void this.writer.write({ jsonrpc: '2.0', id: m.id ?? null, error: { code, message } } as Message).catch(() => undefined);
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** True for the reader errors after which the stream cannot be read on: its framing is broken. */
export function isFramingError(e: unknown): boolean {
  const text = e instanceof Error ? e.message : String(e);
  return /Content-Length|Message header must separate key and value|Header must provide/i.test(text);
}

/** Reader and writer for the transport named on the command line. */
export function transportFromArgs(argv: string[]): [MessageReader, MessageWriter] {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
  };
  if (argv.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const socket = value('--socket') ?? value('--port');
  if (socket !== undefined) return createServerSocketTransport(Number(socket));
  const pipe = value('--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  return [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout)];
}

export type { PartialMessageInfo };
