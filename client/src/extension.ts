// The VS Code side of Pincite: starts the language server over IPC, shows a
// language status item (citations found, time of the last analysis, or why a
// document was not checked), and offers restart and output commands.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CITED_IN_REQUEST,
  OPEN_OPINION_COMMAND,
  OPINION_SCHEME,
  OPINION_TEXT_REQUEST,
  STATUS_NOTIFICATION,
  TOA_REQUEST,
  type CitedInParams,
  type CitedInResult,
  type ToaResult,
  type StatusParams,
} from '../../server/src/protocol';
import { isRuleCode } from '../../server/src/core/rules/ruleCode';
import { registerOpinionHighlight } from './opinionHighlight';

let client: LanguageClient | undefined;
let status: vscode.LanguageStatusItem | undefined;
const lastStatus = new Map<string, StatusParams>();
let output: vscode.OutputChannel;

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }, { language: 'legal-brief' }];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Pincite');
  context.subscriptions.push(output, registerOpinionHighlight(OPINION_SCHEME));
  const version = (context.extension.packageJSON as { version?: string }).version ?? '?';
  output.appendLine(`Pincite ${version}: starting the language server (VS Code ${vscode.version}).`);

  status = vscode.languages.createLanguageStatusItem('pincite.status', SELECTOR);
  status.name = 'Pincite';
  status.text = 'Pincite';
  status.detail = 'starting';
  status.command = { title: 'Show Output', command: 'pincite.showOutput' };
  context.subscriptions.push(status);

  context.subscriptions.push(
    vscode.commands.registerCommand('pincite.restartServer', async () => {
      output.appendLine('Restarting the Pincite server.');
      await stopClient();
      await startClient(context);
    }),
    vscode.commands.registerCommand('pincite.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('pincite.openRuleDoc', async (code: unknown) => {
      if (typeof code !== 'string' || !isRuleCode(code)) return;
      const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${code}.md`);
      try {
        await vscode.commands.executeCommand('markdown.showPreview', page);
      } catch {
        await vscode.window.showTextDocument(page, { preview: true });
      }
    }),
    vscode.commands.registerCommand('pincite.fixAll', () =>
      vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.pincite', apply: 'first' }),
    ),
    vscode.window.onDidChangeActiveTextEditor(() => renderStatus()),
    // Opinions open read-only from the server's memory: nothing is written to disk.
    vscode.workspace.registerTextDocumentContentProvider(OPINION_SCHEME, {
      async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
        if (!client) return 'The Pincite server is not running. Run "Pincite: Restart Server".';
        const text = await client.sendRequest<string | null>(OPINION_TEXT_REQUEST, { uri: uri.toString() });
        return text ?? `Pincite has no opinion at ${uri.toString()}.`;
      },
    }),
    vscode.commands.registerCommand('pincite.showCitedIn', () => showCitedIn()),
    // Hover links to the bundled opinions run this (VS Code drops custom-scheme links in hovers).
    vscode.commands.registerCommand(OPEN_OPINION_COMMAND, async (uri: unknown, line: unknown, character: unknown) => {
      if (typeof uri !== 'string' || !uri.startsWith(`${OPINION_SCHEME}:`)) return;
      const n = typeof line === 'number' && line >= 0 ? line : 0;
      const ch = typeof character === 'number' && character >= 0 ? character : 0;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(n, ch, n, ch), preview: true });
    }),
    vscode.commands.registerCommand('pincite.updateTableOfAuthorities', () => updateTableOfAuthorities()),
    // The walkthrough's sample: an unsaved copy, so trying fixes changes no file.
    vscode.commands.registerCommand('pincite.openSample', async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'samples', 'memorandum.md'));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(doc, { preview: false });
    }),
    // The code lens's command: the server sends plain JSON, the references view wants VS Code objects.
    vscode.commands.registerCommand('pincite.showReferences', async (uri: unknown, position: unknown) => {
      if (typeof uri !== 'string' || !position || typeof position !== 'object') return;
      const p = position as { line: number; character: number };
      const target = vscode.Uri.parse(uri);
      const pos = new vscode.Position(p.line, p.character);
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, pos);
      await vscode.commands.executeCommand('editor.action.showReferences', target, pos, locations ?? []);
    }),
  );

  await startClient(context);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const languages = vscode.workspace.getConfiguration('pincite').get<string[]>('languages') ?? ['markdown', 'plaintext', 'legal-brief'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.pincite.json') },
    diagnosticPullOptions: { onChange: true, onSave: true },
    initializationOptions: { opinionScheme: true },
    // Hover cards link to opinions through this one command; nothing else in them is trusted.
    markdown: { isTrusted: { enabledCommands: [OPEN_OPINION_COMMAND] }, supportHtml: false },
    middleware: {
      workspace: {
        // The server cannot tell who set a setting; opinion folders set by the
        // workspace are sent apart, so that it reads them only inside the workspace.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value: unknown, i) => {
            const item = params.items[i];
            if (item?.section !== 'pincite' || !value || typeof value !== 'object') return value;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            const seen = vscode.workspace.getConfiguration('pincite', scope).inspect<string[]>('opinionFolders');
            return {
              ...(value as object),
              opinionFolders: seen?.globalValue ?? [],
              workspaceOpinionFolders: [...(seen?.workspaceValue ?? []), ...(seen?.workspaceFolderValue ?? [])],
            };
          });
        },
      },
    },
  };
  client = new LanguageClient('pincite', 'Pincite', serverOptions, clientOptions);
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
    lastStatus.set(p.uri, p);
    renderStatus();
  });
  try {
    await client.start();
    if (status) status.detail = 'ready';
    renderStatus();
  } catch (e) {
    output.appendLine(`Pincite server failed to start: ${(e as Error).message}`);
    if (status) {
      status.severity = vscode.LanguageStatusSeverity.Error;
      status.detail = 'server failed to start — see Output';
    }
  }
}

/** Inserts the Table of Authorities between its markers (adding them the first time), as one undoable edit. */
async function updateTableOfAuthorities(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const doc = editor.document;
  const result = await client.sendRequest<ToaResult | null>(TOA_REQUEST, { textDocument: { uri: doc.uri.toString() } });
  if (!result) {
    void vscode.window.showWarningMessage('Pincite: this document is not checked, so it has no Table of Authorities (see pincite.languages).');
    return;
  }
  if (!result.edit) {
    void vscode.window.showInformationMessage(`Pincite: the Table of Authorities is up to date (${result.entries} authorities).`);
    return;
  }
  const r = result.edit.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const ok = await editor.edit((b) => b.replace(range, result.edit!.newText));
  if (ok) {
    void vscode.window.setStatusBarMessage(`Pincite: ${result.inserted ? 'inserted' : 'updated'} the Table of Authorities (${result.entries} authorities)`, 5000);
  }
}

/** Lists where the library's opinions cite the authority under the cursor, and opens the chosen place. */
async function showCitedIn(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return;
  const params: CitedInParams = {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  };
  const result = await client.sendRequest<CitedInResult | null>(CITED_IN_REQUEST, params);
  if (!result) {
    void vscode.window.showInformationMessage('Pincite: put the cursor on a citation to see where the bundled opinions cite it.');
    return;
  }
  if (!result.places.length) {
    void vscode.window.showInformationMessage(`Pincite: the opinions in the library do not cite ${result.authority}.`);
    return;
  }
  const items = result.places.map((p) => ({ label: `${p.opinion.replace(/,.*$/, '')}, ${p.where}`, detail: p.sentence, place: p }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Where the library's opinions cite ${result.authority} (${result.places.length})`,
    matchOnDetail: true,
  });
  if (!picked) return;
  const loc = picked.place.location;
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
  const range = new vscode.Range(loc.range.start.line, loc.range.start.character, loc.range.end.line, loc.range.end.character);
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  lastStatus.clear();
  if (c) {
    try {
      await c.stop();
    } catch (e) {
      output.appendLine(`Pincite server did not stop cleanly: ${(e as Error).message}`);
    }
  }
}

function renderStatus(): void {
  if (!status) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const s = uri ? lastStatus.get(uri) : undefined;
  if (!s) {
    status.text = 'Pincite';
    status.severity = vscode.LanguageStatusSeverity.Information;
    return;
  }
  if (s.skipped) {
    status.text = 'Pincite: not checked';
    status.detail = s.skipped;
    status.severity = vscode.LanguageStatusSeverity.Warning;
    return;
  }
  status.text = `Pincite: ${s.citations} citation${s.citations === 1 ? '' : 's'}`;
  const style = s.style ? ` · ${s.style} style${s.styleDetected ? ' (from the document)' : ''}` : '';
  status.detail = `${s.authorities} authorities · ${s.findings} problem${s.findings === 1 ? '' : 's'}${style} · analysed in ${s.ms} ms`;
  status.severity = vscode.LanguageStatusSeverity.Information;
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
