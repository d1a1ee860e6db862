// Code actions: fix this problem, fix all problems of one rule, fix all safe
// problems (also as `source.fixAll.pincite` for editor.codeActionsOnSave),
// silence a rule for a line or the file with a comment, and open the rule's page.

import { CodeActionKind, type CodeAction, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding } from '../core/rules/index';
import { ruleMeta } from '../core/rules/index';
import { safeEdits } from '../core/rules/fixes';
import { disableFileComment, disableNextLineComment } from '../core/rules/directives';
import type { Analysis } from '../analysisCache';

export const FIX_ALL_KIND = 'source.fixAll.pincite';

function toTextEdits(doc: TextDocument, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** The edit that adds `code` to a disable-next-line comment above `line`, or inserts one. */
function disableLineEdit(doc: TextDocument, line: number, code: string): TextEdit {
  if (line > 0) {
    const prev = doc.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$/, '');
    const m = /^(\s*<!--\s*pincite-disable-next-line\b)([^>]*?)(\s*-->)\s*$/.exec(prev);
    if (m) {
      const codes = m[2].trim();
      const newText = `${m[1]} ${codes ? `${codes}, ` : ''}${code}${m[3]}`;
      return { range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: prev.length } }, newText };
    }
  }
  const current = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(current)?.[0] ?? '';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${disableNextLineComment(code)}\n` };
}

function disableFileEdit(doc: TextDocument, code: string): TextEdit {
  const first = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  const m = /^(\s*<!--\s*pincite-disable-file\b)([^>]*?)(\s*-->)\s*$/.exec(first);
  if (m) {
    const codes = m[2].trim();
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: first.length } },
      newText: `${m[1]} ${codes ? `${codes}, ` : ''}${code}${m[3]}`,
    };
  }
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${disableFileComment(code)}\n` };
}

export function codeActions(doc: TextDocument, analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const uri = doc.uri;
  const actions: CodeAction[] = [];
  const findings = analysis.findings;

  if (wants(only, CodeActionKind.QuickFix)) {
    const seenCodes = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d.source !== 'pincite' || typeof d.code !== 'string') continue;
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const f: Finding | undefined = findings.find((x) => x.code === d.code && x.span.start === start && x.span.end === end);
      if (!f) continue;
      f.fixes.forEach((fix, k) =>
        actions.push({
          title: `${fix.title} (${f.code})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: k === 0,
          edit: { changes: { [uri]: toTextEdits(doc, fix.edits) } },
        }),
      );
      if (seenCodes.has(f.code)) continue;
      seenCodes.add(f.code);
      const sameRule = safeEdits(findings, f.code);
      if (sameRule.length > 1) {
        actions.push({
          title: `Fix all ${f.code} problems in this document`,
          kind: CodeActionKind.QuickFix,
          edit: { changes: { [uri]: toTextEdits(doc, sameRule) } },
        });
      }
      actions.push({
        title: `Disable ${f.code} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [uri]: [disableLineEdit(doc, d.range.start.line, f.code)] } },
      });
      actions.push({
        title: `Disable ${f.code} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: { changes: { [uri]: [disableFileEdit(doc, f.code)] } },
      });
      const meta = ruleMeta(f.code);
      actions.push({
        title: `Show documentation for ${f.code}${meta ? ` (${meta.title})` : ''}`,
        kind: CodeActionKind.QuickFix,
        command: { title: `Show documentation for ${f.code}`, command: 'pincite.openRuleDoc', arguments: [f.code] },
      });
    }
  }

  const all = safeEdits(findings);
  if (all.length > 0) {
    if (wants(only, FIX_ALL_KIND) && (only || params.context.diagnostics.length === 0)) {
      actions.push({ title: 'Fix all safe citation problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: toTextEdits(doc, all) } } });
    }
    if (wants(only, CodeActionKind.QuickFix) && params.context.diagnostics.some((d) => d.source === 'pincite')) {
      actions.push({ title: 'Fix all safe citation problems', kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: toTextEdits(doc, all) } } });
    }
  }
  return actions;
}
