// The Pincite language server: a table from LSP requests to the service
// (service/), behind one guard, through one conversion (lsp/convert.ts). Every
// answer comes from the service, every judgement from core/. Runs over IPC (VS
// Code), stdio (`--stdio`: Neovim, Emacs, other clients) or a socket.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isFramingError, ProtocolGuard, transportFromArgs } from './transport';
import { CITED_IN_REQUEST, OPINION_TEXT_REQUEST, STATUS_NOTIFICATION, TOA_REQUEST, type CitedInParams, type OpinionTextParams, type ToaParams } from './protocol';
import { FIX_ALL_KIND } from './features/codeActions';
import { foldersInside, LibraryService } from './host/libraryService';
import { WorkspaceIndex } from './host/workspaceIndex';
import { curatedAuthorities } from './host/bundledAuthorities';
import { AnalysisCancelled, checkCancelled, PinciteService, type AnalysisSummary } from './service/index';
import { EditorSettings } from './lsp/editorSettings';
import * as lsp from './lsp/convert';

const [rawReader, writer] = transportFromArgs(process.argv);
// The framing of the stream is broken: nothing after it can be read. Say so and
// stop, so the client notices and can restart the server.
rawReader.onError((e) => {
  const why: unknown = Array.isArray(e) ? e[0] : e;
  if (!isFramingError(why)) return;
  process.stderr.write(`pincite: the client's message stream is malformed (${why instanceof Error ? why.message.split('\n')[0] : String(why)}); exiting\n`);
  process.exit(1);
});
const connection: Connection = createConnection(ProposedFeatures.all, new ProtocolGuard(rawReader, writer), writer);
const documents = new TextDocuments(TextDocument);
const settings = new EditorSettings(connection, log);

let clientPullsDiagnostics = false;
let clientRefreshesDiagnostics = false;
const ruleDocBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href;
let workspaceRoots: string[] = [];

const workspace = new WorkspaceIndex({
  maxFileSize: () => settings.initialSettings.maxDocumentSize,
  openDocument: (uri) => {
    const d = documents.get(uri);
    return d ? { text: d.getText(), version: d.version } : undefined;
  },
  log: (m) => log(m),
});

const library = new LibraryService({
  bundledDir: path.join(__dirname, '..', 'opinions'),
  log: (m) => log(m),
  onChange: () => refreshAll(),
});

const service = new PinciteService({
  opinions: library,
  authorities: curatedAuthorities(),
  briefs: workspace,
  settings: (doc) => settings.forDocument(doc.uri),
  log: (m) => log(m),
});

function log(message: string): void {
  try {
    connection.console.log(message);
  } catch {
    // The connection may already be gone during shutdown.
  }
}

/**
 * The one guard: no input can take the server down. A failure is logged and
 * the request answered with `fallback`; a cancelled request gets the
 * protocol's RequestCancelled error, and an answer that is an error (a rename
 * refused) goes to the client as it is.
 */
async function guarded<T>(what: string, fallback: T, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    if (e instanceof ResponseError) throw e;
    log(`pincite: ${what} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

/** A request about an open document, guarded; a document the server does not hold gets `fallback`. */
function onDocument<P extends { textDocument: { uri: string } }, R>(
  what: string,
  fallback: R,
  answer: (doc: TextDocument, params: P, token: CancellationToken) => Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return (params, token) =>
    guarded(what, fallback, () => {
      const doc = documents.get(params?.textDocument?.uri);
      checkCancelled(token);
      return doc ? answer(doc, params, token) : fallback;
    });
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.canPull = !!caps.workspace?.configuration;
  clientPullsDiagnostics = !!caps.textDocument?.diagnostic;
  clientRefreshesDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
  settings.initialize(params.initializationOptions);
  library.useOpinionScheme = (params.initializationOptions as { opinionScheme?: unknown } | undefined)?.opinionScheme === true;
  workspaceRoots = (params.workspaceFolders ?? []).flatMap((f) => {
    try {
      return [fileURLToPath(f.uri)];
    } catch {
      return [];
    }
  });
  if (!workspaceRoots.length && params.rootUri) {
    try {
      workspaceRoots = [fileURLToPath(params.rootUri)];
    } catch {
      // not a file URI: relative opinion folders cannot be resolved
    }
  }
  workspace.setRoots(workspaceRoots);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      definitionProvider: true,
      completionProvider: { resolveProvider: false },
      referencesProvider: true,
      workspaceSymbolProvider: true,
      codeLensProvider: { resolveProvider: false },
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      ...(clientPullsDiagnostics ? { diagnosticProvider: { identifier: 'pincite', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'pincite', version: VERSION },
  };
});

declare const PINCITE_VERSION: string | undefined;
const VERSION = typeof PINCITE_VERSION === 'string' ? PINCITE_VERSION : 'dev';

connection.onInitialized(() => {
  log(`pincite: server ${VERSION} started (Node ${process.version}, workspace: ${workspaceRoots.join(', ') || 'none'})`);
  void logSettings();
  // Load the library now, so its size and load time are in the output before the first hover needs it.
  setTimeout(() => void guarded('library load', undefined, () => void library.library), 0);
  if (settings.canPull) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pincite' }).catch(() => undefined);
  }
  void updateOpinionFolders();
});

/** Reads `pincite.opinionFolders` (window scope) and indexes them in the background. */
async function updateOpinionFolders(): Promise<void> {
  const s = await settings.window();
  const roots = workspaceRoots.length ? workspaceRoots : [process.cwd()];
  const fromUser = s.opinionFolders.flatMap((f) => (path.isAbsolute(f) ? [f] : roots.map((r) => path.resolve(r, f))));
  // A workspace's own settings may only point inside it (with no workspace open, nowhere).
  const fromWorkspace = foldersInside(s.workspaceOpinionFolders, workspaceRoots, log);
  library.setFolders([...new Set([...fromUser, ...fromWorkspace])], s.maxDocumentSize * 2);
}

/** The window's effective settings, as the server reads them (per-folder settings may differ). */
async function logSettings(): Promise<void> {
  await guarded('settings log', undefined, async () => {
    const { workspaceOpinionFolders, ...s } = await settings.window();
    log(`pincite: settings: ${JSON.stringify({ ...s, opinionFolders: [...s.opinionFolders, ...workspaceOpinionFolders] })}`);
  });
}

/** Each document not checked, and why, once per reason. */
const skippedLogged = new Map<string, string>();

function sendStatus(uri: string, summary: AnalysisSummary): void {
  if (summary.skipped && skippedLogged.get(uri) !== summary.skipped) {
    skippedLogged.set(uri, summary.skipped);
    log(`pincite: ${uri}: ${summary.skipped}`);
  }
  void connection.sendNotification(STATUS_NOTIFICATION, lsp.toStatus(uri, summary)).catch(() => undefined);
}

// ---- the table: each request, the service's answer, converted ----

const NO_DIAGNOSTICS: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

// Diagnostics are pulled by clients that can, pushed to the rest (below).
// With `pincite.run: onSave`, a document edited since it was opened or saved keeps
// the problems last reported (an unchanged report), until the next save.
let reportId = 0;
connection.languages.diagnostics.on(
  onDocument('diagnostics', NO_DIAGNOSTICS, async (doc, params, token): Promise<DocumentDiagnosticReport> => {
    if (params.previousResultId && (await waitsForSave(doc))) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
    const d = await service.diagnostics(doc, token);
    if (!d) return NO_DIAGNOSTICS;
    sendStatus(doc.uri, d.summary);
    return { kind: DocumentDiagnosticReportKind.Full, resultId: String(++reportId), items: lsp.toDiagnostics(doc, d.findings, ruleDocBase) };
  }),
);

connection.onHover(onDocument('hover', null, async (doc, p, token) => lsp.toHover(doc, await service.hover(doc, doc.offsetAt(p.position), token))));

connection.onCompletion(
  onDocument('completion', [], async (doc, p, token) => lsp.toCompletionItems(doc, await service.completion(doc, doc.offsetAt(p.position), token))),
);

connection.onCodeAction(
  onDocument('code actions', [], async (doc, p, token) => {
    const problems = lsp.toReportedProblems(doc, p.context.diagnostics);
    return lsp.toCodeActions(doc, p.context.diagnostics, await service.codeActions(doc, problems, p.context.only, token));
  }),
);

connection.onDocumentSymbol(onDocument('document symbols', [], async (doc, _p, token) => lsp.toDocumentSymbols(doc, await service.documentSymbols(doc, token))));

connection.onCodeLens(onDocument('code lens', [], async (doc, _p, token) => lsp.toCodeLenses(doc, await service.codeLenses(doc, token))));

connection.onDocumentLinks(onDocument('document links', [], async (doc, _p, token) => lsp.toDocumentLinks(doc, await service.documentLinks(doc, token))));

connection.onDefinition(
  onDocument('definition', null, async (doc, p, token) => {
    const place = await service.definition(doc, doc.offsetAt(p.position), token);
    return place ? lsp.toLocation(doc, place) : null;
  }),
);

connection.onReferences(
  onDocument('references', [], async (doc, p, token) => {
    const places = await service.references(doc, doc.offsetAt(p.position), p.context?.includeDeclaration !== false, token);
    return places.map((place) => lsp.toLocation(doc, place));
  }),
);

connection.onWorkspaceSymbol((p, token) => guarded('workspace symbols', [], async () => lsp.toWorkspaceSymbols(await service.workspaceSymbols(p.query, token))));

connection.onPrepareRename(
  onDocument('prepare rename', null, async (doc, p, token) => lsp.toPrepareRename(doc, await service.prepareRename(doc, doc.offsetAt(p.position), token))),
);

connection.onRenameRequest(
  onDocument('rename', null, async (doc, p, token) => {
    const r = await service.rename(doc, doc.offsetAt(p.position), p.newName, token);
    if (r && 'error' in r) throw new ResponseError(ErrorCodes.InvalidParams, r.error);
    return r ? lsp.toWorkspaceEdit(doc, r.edits) : null;
  }),
);

connection.onRequest(
  CITED_IN_REQUEST,
  onDocument('cited in', null, async (doc, p: CitedInParams, token) => lsp.toCitedInResult(await service.citedIn(doc, doc.offsetAt(p.position), token))),
);

// The Table of Authorities: the client applies the edit, so the writer can undo it.
connection.onRequest(
  TOA_REQUEST,
  onDocument('table of authorities', null, async (doc, _p: ToaParams, token) => lsp.toToaResult(doc, await service.tableOfAuthorities(doc, token))),
);

connection.onRequest(OPINION_TEXT_REQUEST, (params: OpinionTextParams) =>
  guarded('opinion text', null, () => (typeof params?.uri === 'string' ? (service.opinionText(params.uri) ?? null) : null)),
);

// ---- pushed diagnostics and the document lifecycle ----

const pushTimers = new Map<string, NodeJS.Timeout>();
/** The version each open document had when it was opened or last saved. */
const savedVersions = new Map<string, number>();

/** True when `doc` is checked on save only and has changed since it was opened or saved. */
async function waitsForSave(doc: TextDocument): Promise<boolean> {
  if (savedVersions.get(doc.uri) === doc.version) return false;
  return (await settings.forResource(doc.uri)).run === 'onSave';
}

function schedulePush(doc: TextDocument): void {
  if (clientPullsDiagnostics) return;
  clearTimeout(pushTimers.get(doc.uri));
  pushTimers.set(
    doc.uri,
    setTimeout(() => {
      pushTimers.delete(doc.uri);
      void guarded('diagnostics', undefined, async () => {
        const current = documents.get(doc.uri);
        if (!current) return;
        const d = await service.diagnostics(current);
        // Closed, reopened or edited while it was analysed: those problems belong to a
        // text the client no longer has (the open or change event scheduled a new push).
        if (documents.get(doc.uri) !== current || (d && d.text !== current.getText())) return;
        if (d) sendStatus(current.uri, d.summary);
        await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: d ? lsp.toDiagnostics(current, d.findings, ruleDocBase) : [] });
      });
    }, 100),
  );
}

documents.onDidOpen((e) => {
  savedVersions.set(e.document.uri, e.document.version);
  schedulePush(e.document);
});
documents.onDidChangeContent((e) => {
  // The open event comes first and has scheduled the push already.
  if (savedVersions.get(e.document.uri) === e.document.version) return;
  void guarded('change', undefined, async () => {
    if (!(await waitsForSave(e.document))) schedulePush(e.document);
  });
});
documents.onDidSave((e) => {
  savedVersions.set(e.document.uri, e.document.version);
  void guarded('save', undefined, async () => {
    if ((await settings.forResource(e.document.uri)).run !== 'onSave') return;
    // The client may have pulled before it told of the save; ask it to pull again.
    if (clientPullsDiagnostics && clientRefreshesDiagnostics) connection.languages.diagnostics.refresh();
    else schedulePush(e.document);
  });
});
documents.onDidClose((e) => {
  savedVersions.delete(e.document.uri);
  skippedLogged.delete(e.document.uri);
  service.forget(e.document.uri);
  settings.closed(e.document.uri);
  clearTimeout(pushTimers.get(e.document.uri));
  if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
});

function refreshAll(): void {
  service.invalidate();
  if (clientPullsDiagnostics) connection.languages.diagnostics.refresh();
  else documents.all().forEach(schedulePush);
}

// A .pincite.json was created, changed or deleted (the client watches them).
connection.onDidChangeWatchedFiles(() => {
  settings.projectFilesChanged();
  refreshAll();
});

connection.onDidChangeConfiguration((change) => {
  settings.changed(change.settings);
  refreshAll();
  void logSettings();
  void updateOpinionFolders();
});

process.on('uncaughtException', (e) => log(`pincite: unexpected error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`pincite: unexpected rejection: ${(e as Error)?.stack ?? String(e)}`));

documents.listen(connection);
connection.listen();
