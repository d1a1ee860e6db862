// The Pincite language server: LSP wiring only. Every feature lives in
// features/*, every judgement in core/*. Runs over IPC (VS Code), stdio
// (`--stdio`: Neovim, Emacs, other clients) or a socket.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, AnalysisCancelled, type Analysis } from './analysisCache';
import { isFramingError, ProtocolGuard, transportFromArgs } from './transport';
import { DEFAULT_SETTINGS, sanitize, type PinciteSettings } from './settings';
import { toDiagnostics } from './features/diagnostics';
import { hoverFor } from './features/hover';
import { documentSymbols } from './features/symbols';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { formatProblem, loadConfigFor, mergeConfig, type ConfigProblem, type ProjectConfig } from './config';
import { foldersInside, LibraryService } from './host/libraryService';
import { completionsAt } from './features/completion';
import { codeLenses, prepareRename, referencesInBriefs, renameShortName, workspaceSymbols } from './features/briefTools';
import { WorkspaceIndex } from './host/workspaceIndex';
import { ResponseError } from 'vscode-languageserver/node';
import { authorityKeysAt, citedInResult, definitionAt, documentLinks, hoverLibrary, referencesAt } from './features/opinionLinks';
import { CITED_IN_REQUEST, OPINION_TEXT_REQUEST, TOA_REQUEST, type CitedInParams, type OpinionTextParams, type ToaParams, type ToaResult } from './protocol';
import { toaFormatForLanguage, updateToaInDocument } from './core/toa/index';


const [rawReader, writer] = transportFromArgs(process.argv);
// The framing of the stream is broken: nothing after it can be read. Say so and
// stop, so the client notices and can restart the server.
rawReader.onError((e) => {
  const why = Array.isArray(e) ? e[0] : e;
  if (!isFramingError(why)) return;
  process.stderr.write(`pincite: the client's message stream is malformed (${why instanceof Error ? why.message.split('\n')[0] : String(why)}); exiting\n`);
  process.exit(1);
});
const connection: Connection = createConnection(ProposedFeatures.all, new ProtocolGuard(rawReader, writer), writer);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache((m) => log(m));
/** Per-document settings requests, cleared when configuration changes. */
const settingsByUri = new Map<string, Promise<PinciteSettings>>();

let canPullConfiguration = false;
let clientPullsDiagnostics = false;
let initOptions: PinciteSettings = DEFAULT_SETTINGS;
const ruleDocBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href;
let workspaceRoots: string[] = [];

const workspace = new WorkspaceIndex({
  maxFileSize: () => initOptions.maxDocumentSize,
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

function log(message: string): void {
  try {
    connection.console.log(message);
  } catch {
    // The connection may already be gone during shutdown.
  }
}

/**
 * Runs a handler so that no input can take the server down. A cancelled
 * request gets the protocol's RequestCancelled error, not a result.
 */
async function guarded<T>(what: string, fallback: T, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof AnalysisCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
    log(`pincite: ${what} failed: ${(e as Error)?.stack ?? e}`);
    return fallback;
  }
}

/** Stops a handler whose request was cancelled (guarded turns it into the protocol's error). */
function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new AnalysisCancelled();
}

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  canPullConfiguration = !!caps.workspace?.configuration;
  clientPullsDiagnostics = !!caps.textDocument?.diagnostic;
  initOptions = sanitize(params.initializationOptions);
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
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
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
      ...(clientPullsDiagnostics
        ? { diagnosticProvider: { identifier: 'pincite', interFileDependencies: false, workspaceDiagnostics: false } }
        : {}),
    },
    serverInfo: { name: 'pincite', version: typeof PINCITE_VERSION === 'string' ? PINCITE_VERSION : 'dev' },
  };
});

declare const PINCITE_VERSION: string | undefined;

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'pincite' }).catch(() => undefined);
  }
  void updateOpinionFolders();
});

/** Reads `pincite.opinionFolders` (window scope) and indexes them in the background. */
async function updateOpinionFolders(): Promise<void> {
  const settings = canPullConfiguration
    ? await connection.workspace.getConfiguration('pincite').then(sanitize, () => initOptions)
    : initOptions;
  const roots = workspaceRoots.length ? workspaceRoots : [process.cwd()];
  const fromUser = settings.opinionFolders.flatMap((f) => (path.isAbsolute(f) ? [f] : roots.map((r) => path.resolve(r, f))));
  // A workspace's own settings may only point inside it (with no workspace open, nowhere).
  const fromWorkspace = foldersInside(settings.workspaceOpinionFolders, workspaceRoots, log);
  library.setFolders([...new Set([...fromUser, ...fromWorkspace])], settings.maxDocumentSize * 2);
}

function settingsFor(uri: string): Promise<PinciteSettings> {
  if (!canPullConfiguration) return Promise.resolve(initOptions);
  let p = settingsByUri.get(uri);
  if (!p) {
    p = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'pincite' })
      .then(sanitize, () => initOptions);
    settingsByUri.set(uri, p);
  }
  return p;
}

/** `.pincite.json` settings per folder, read once until a watched file changes. */
const projectConfigs = new Map<string, ProjectConfig>();
/** Settings-file problems already shown to the user. */
const reportedConfigProblems = new Set<string>();

function projectConfigFor(uri: string): ProjectConfig {
  if (!uri.startsWith('file:')) return {};
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return {};
  }
  const dir = path.dirname(file);
  let cfg = projectConfigs.get(dir);
  if (!cfg) {
    const problems: ConfigProblem[] = [];
    cfg = loadConfigFor(file, problems);
    for (const p of problems) log(`pincite: ${formatProblem(p)}`);
    // Once per settings file and change: the well-formed parts apply, the rest is named with its line and column.
    const shown = problems.map(formatProblem).join('\n');
    if (shown && !reportedConfigProblems.has(shown)) {
      reportedConfigProblems.add(shown);
      connection.window.showErrorMessage(`Pincite: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in ${problems[0].file}: ${shown}`);
    }
    projectConfigs.set(dir, cfg);
  }
  return cfg;
}

async function analyse(doc: TextDocument, token?: CancellationToken): Promise<{ analysis: Analysis; settings: PinciteSettings } | undefined> {
  const settings = await settingsFor(doc.uri);
  checkCancelled(token);
  if (!settings.languages.includes(doc.languageId)) return undefined;
  // The bundled opinions are sources, not briefs (an editor without the read-only scheme opens the files).
  if (library.isBundledFile(doc.uri)) return undefined;
  // The project's .pincite.json first; the editor's explicit settings on top.
  const options = mergeConfig(projectConfigFor(doc.uri), {
    rules: settings.rules,
    citationSpacing: settings.citationSpacing,
    parallelSupremeCourt: settings.parallelSupremeCourt,
    // `auto` is the setting's default, so it leaves a project's .pincite.json style in force.
    style: settings.style === 'auto' ? undefined : settings.style,
  });
  const analysis = await cache.getAsync(doc, settings, options, library.library, token ?? { isCancellationRequested: false });
  checkCancelled(token);
  return { analysis, settings };
}

function sendStatus(a: Analysis): void {
  const params: StatusParams = {
    uri: a.uri,
    citations: a.result.citations.length,
    authorities: a.result.authorities.length,
    findings: a.findings.length,
    ms: Math.round(a.ms * 10) / 10,
    ...(a.skipped ? { skipped: a.skipped } : {}),
    ...(a.style ? { style: a.style.profile.label, styleDetected: a.style.detected, styleEvidence: a.style.evidence } : {}),
  };
  void connection.sendNotification(STATUS_NOTIFICATION, params).catch(() => undefined);
}

// ---- diagnostics: pulled by clients that can, pushed to the rest ----

connection.languages.diagnostics.on(
  async (params, token: CancellationToken): Promise<DocumentDiagnosticReport> =>
    guarded('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
      const doc = documents.get(params.textDocument.uri);
      checkCancelled(token);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const r = await analyse(doc, token);
      if (!r) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      sendStatus(r.analysis);
      return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(doc, r.analysis, ruleDocBase) };
    }),
);

const pushTimers = new Map<string, NodeJS.Timeout>();

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
        const r = await analyse(current);
        // Closed, reopened or edited while it was analysed: those problems belong to a
        // text the client no longer has (the open or change event scheduled a new push).
        if (documents.get(doc.uri) !== current || (r && r.analysis.text !== current.getText())) return;
        const diagnostics = r ? toDiagnostics(current, r.analysis, ruleDocBase) : [];
        if (r) sendStatus(r.analysis);
        await connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
      });
    }, 100),
  );
}

documents.onDidOpen((e) => schedulePush(e.document));
documents.onDidChangeContent((e) => schedulePush(e.document));
documents.onDidClose((e) => {
  cache.delete(e.document.uri);
  settingsByUri.delete(e.document.uri);
  clearTimeout(pushTimers.get(e.document.uri));
  if (!clientPullsDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }).catch(() => undefined);
});

function refreshAll(): void {
  cache.clear();
  if (clientPullsDiagnostics) connection.languages.diagnostics.refresh();
  else documents.all().forEach(schedulePush);
}

// A .pincite.json was created, changed or deleted (the client watches them).
connection.onDidChangeWatchedFiles(() => {
  projectConfigs.clear();
  reportedConfigProblems.clear();
  refreshAll();
});

connection.onDidChangeConfiguration((change) => {
  settingsByUri.clear();
  if (!canPullConfiguration) initOptions = sanitize((change.settings as { pincite?: unknown } | undefined)?.pincite);
  refreshAll();
  void updateOpinionFolders();
});

// ---- hover and symbols ----

connection.onHover((params, token) =>
  guarded('hover', null, async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return null;
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return null;
    return hoverFor(doc, r.analysis, doc.offsetAt(params.position), hoverLibrary(r.analysis, library));
  }),
);

connection.onCodeAction((params, token) =>
  guarded('code actions', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return [];
    return codeActions(doc, r.analysis, params);
  }),
);

connection.onDocumentSymbol((params, token) =>
  guarded('document symbols', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return [];
    return documentSymbols(doc, r.analysis);
  }),
);

// ---- the opinions library: links, definition, references, cited-in, opinion text ----

connection.onCompletion((params, token) =>
  guarded('completion', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return [];
    return completionsAt(doc, r.analysis, doc.offsetAt(params.position));
  }),
);

connection.onDocumentLinks((params, token) =>
  guarded('document links', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return [];
    return documentLinks(doc, r.analysis, library);
  }),
);

connection.onDefinition((params, token) =>
  guarded('definition', null, async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return null;
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return null;
    return definitionAt(r.analysis, doc.offsetAt(params.position), library);
  }),
);

connection.onReferences((params, token) =>
  guarded('references', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return [];
    const offset = doc.offsetAt(params.position);
    const here = referencesAt(doc, r.analysis, offset, library, params.context?.includeDeclaration !== false);
    if (!here.length) return here;
    // The same authority in the workspace's other briefs, after this brief's own citations.
    const briefs = await workspace.all();
    checkCancelled(token);
    const others = referencesInBriefs(briefs, doc.uri, authorityKeysAt(r.analysis, offset));
    const ownCount = here.filter((l) => l.uri === doc.uri).length;
    return [...here.slice(0, ownCount), ...others, ...here.slice(ownCount)];
  }),
);

connection.onWorkspaceSymbol((params, token) =>
  guarded('workspace symbols', [], async () => {
    checkCancelled(token);
    const briefs = await workspace.all();
    checkCancelled(token);
    return workspaceSymbols(briefs, params.query);
  }),
);

connection.onCodeLens((params, token) =>
  guarded('code lens', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    checkCancelled(token);
    if (!doc) return [];
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped || !r.settings.codeLens) return [];
    return codeLenses(doc, r.analysis);
  }),
);

connection.onPrepareRename((params, token) =>
  guarded('prepare rename', null, async () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return null;
    return prepareRename(doc, r.analysis, doc.offsetAt(params.position));
  }),
);

connection.onRenameRequest(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const r = await guarded('rename', undefined, () => analyse(doc, token));
  if (!r || r.analysis.skipped) return null;
  const result = await guarded('rename', null as ReturnType<typeof renameShortName> | null, () =>
    renameShortName(doc, r.analysis, doc.offsetAt(params.position), params.newName),
  );
  if (result && 'error' in result) throw new ResponseError(-32602, result.error);
  return result;
});

connection.onRequest(CITED_IN_REQUEST, (params: CitedInParams, token: CancellationToken) =>
  guarded('cited in', null, async () => {
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return null;
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return null;
    return citedInResult(r.analysis, doc.offsetAt(params.position), library);
  }),
);

// The Table of Authorities: the client applies the edit, so the writer can undo it.
connection.onRequest(TOA_REQUEST, (params: ToaParams, token: CancellationToken) =>
  guarded('table of authorities', null as ToaResult | null, async () => {
    const doc = documents.get(params?.textDocument?.uri);
    if (!doc) return null;
    const r = await analyse(doc, token);
    if (!r || r.analysis.skipped) return null;
    const text = r.analysis.text;
    const result = r.analysis.result;
    const options = { passim: r.settings.toaPassim, format: toaFormatForLanguage(doc.languageId) };
    const updated = updateToaInDocument(text, result, options);
    const entries = updated.toa.sections.reduce((n, s) => n + s.entries.length, 0);
    if (!updated.edit) return { entries, inserted: false };
    const e = updated.edit;
    return {
      entries,
      inserted: updated.inserted,
      edit: { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText },
    };
  }),
);

connection.onRequest(OPINION_TEXT_REQUEST, (params: OpinionTextParams) =>
  guarded('opinion text', null, () => {
    if (typeof params?.uri !== 'string') return null;
    // Touch the library so a request that arrives before any brief is analysed still finds the bundled texts.
    void library.library;
    return library.textForUri(params.uri)?.text ?? null;
  }),
);

process.on('uncaughtException', (e) => log(`pincite: unexpected error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => log(`pincite: unexpected rejection: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
