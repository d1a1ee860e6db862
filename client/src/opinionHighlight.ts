// When a citation link, a hover link or "cited in" opens a bundled opinion at a
// page, the paragraph there is tinted and the tint fades over about two
// seconds, so the eye finds the cited place in a page-long text. A click or a
// key in the opinion itself does not tint anything.

import * as vscode from 'vscode';

/** Steps of the fade, strongest first; each shown for STEP_MS. */
const ALPHAS = [0.45, 0.35, 0.26, 0.18, 0.11, 0.05];
const HOLD_MS = 700;
const STEP_MS = 220;

/** The lines of the paragraph around `line`: up and down to the nearest blank line. */
export function paragraphAround(lineText: (n: number) => string, lineCount: number, line: number): { start: number; end: number } {
  const blank = (n: number) => lineText(n).trim() === '';
  let start = line;
  let end = line;
  if (blank(line)) return { start, end };
  while (start > 0 && !blank(start - 1)) start--;
  while (end < lineCount - 1 && !blank(end + 1)) end++;
  return { start, end };
}

export function registerOpinionHighlight(scheme: string): vscode.Disposable {
  const types = ALPHAS.map((a) =>
    vscode.window.createTextEditorDecorationType({ backgroundColor: `rgba(255, 200, 60, ${a})`, isWholeLine: true, overviewRulerColor: `rgba(255, 200, 60, ${a})` }),
  );
  let running: { editor: vscode.TextEditor; timer: NodeJS.Timeout } | undefined;

  const stop = () => {
    if (!running) return;
    clearTimeout(running.timer);
    for (const t of types) running.editor.setDecorations(t, []);
    running = undefined;
  };

  const flash = (editor: vscode.TextEditor) => {
    stop();
    const doc = editor.document;
    const { start, end } = paragraphAround((n) => doc.lineAt(n).text, doc.lineCount, editor.selection.active.line);
    const range = [new vscode.Range(start, 0, end, doc.lineAt(end).text.length)];
    let step = 0;
    const show = () => {
      if (!running) return;
      for (const [i, t] of types.entries()) editor.setDecorations(t, i === step ? range : []);
      step++;
      if (step > types.length) stop();
      else running.timer = setTimeout(show, step === 1 ? HOLD_MS : STEP_MS);
    };
    running = { editor, timer: setTimeout(() => undefined, 0) };
    show();
  };

  const subscriptions = [
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.uri.scheme !== scheme) return;
      // Moved by a link or a command, not by the reader's own click or key.
      if (e.kind === vscode.TextEditorSelectionChangeKind.Mouse || e.kind === vscode.TextEditorSelectionChangeKind.Keyboard) return;
      flash(e.textEditor);
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Opened at a place (not at its top): the link's target.
      if (editor?.document.uri.scheme === scheme && !editor.selection.active.isEqual(new vscode.Position(0, 0))) flash(editor);
    }),
  ];
  return vscode.Disposable.from(...subscriptions, ...types, { dispose: stop });
}
