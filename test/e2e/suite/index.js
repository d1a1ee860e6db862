// In-host test suite: runs inside a VS Code extension host (desktop through
// @vscode/test-electron). Uses only the vscode API and waits on events with
// deadlines, never fixed sleeps. CommonJS because the host loads it with require.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

function waitFor(what, check, ms = 20000) {
  return new Promise((resolve, reject) => {
    const done = (v) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    };
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const v = check();
      if (v) done(v);
    });
    const first = check();
    if (first) done(first);
  });
}

async function run() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(folder, 'a workspace folder is open');
  const uri = vscode.Uri.file(path.join(folder, 'brief.md'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);

  const diags = await waitFor('Pincite diagnostics', () => {
    const d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'pincite');
    return d.length ? d : undefined;
  });
  const codes = diags.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
  assert.ok(codes.includes('CITE001'), `CITE001 among ${codes.join(', ')}`);

  const at = doc.getText().indexOf('401 U.S. 37');
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, doc.positionAt(at + 2));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /Volume: 401/);
}

module.exports = { run };
