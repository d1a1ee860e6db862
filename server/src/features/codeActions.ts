// Code actions: fix this problem, fix all problems of one rule, fix all safe
// problems (also as `source.fixAll.pincite` for editor.codeActionsOnSave),
// silence a rule for a line or the file with a comment, and open the rule's page.

import type { Edit, Finding } from '../core/rules/index';
import { ruleMeta } from '../core/rules/index';
import { safeEdits } from '../core/rules/fixes';
import { disableFileComment, disableNextLineComment } from '../core/rules/directives';
import type { Analysis } from '../service/analysis';
import type { ActionAnswer, ReportedProblem } from '../service/types';

export const FIX_ALL_KIND = 'source.fixAll.pincite';
const QUICK_FIX = 'quickfix';

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

/** Start of the line that holds `offset`; lines end at `\n`, `\r\n` or a lone `\r`, as editors count them. */
function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  if (i > 0 && text[i - 1] === '\r' && text[i] === '\n') i--;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Start of the line after the one that begins at `start` (the text's end on the last line). */
function nextLineStart(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\n') return i + 1;
    if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

/** The edit that adds `code` to a disable-next-line comment above the line of `offset`, or inserts one. */
function disableLineEdit(text: string, offset: number, code: string): Edit {
  const line = lineStartAt(text, offset);
  if (line > 0) {
    const prevStart = lineStartAt(text, line - (text[line - 1] === '\n' && text[line - 2] === '\r' ? 2 : 1));
    const prev = text.slice(prevStart, line).replace(/\r?\n$/, '');
    const m = /^(\s*<!--\s*pincite-disable-next-line\b)([^>]*?)(\s*-->)\s*$/.exec(prev);
    if (m) {
      const codes = m[2].trim();
      return { start: prevStart, end: prevStart + prev.length, newText: `${m[1]} ${codes ? `${codes}, ` : ''}${code}${m[3]}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(line, nextLineStart(text, line)))?.[0] ?? '';
  return { start: line, end: line, newText: `${indent}${disableNextLineComment(code)}\n` };
}

function disableFileEdit(text: string, code: string): Edit {
  const first = text.slice(0, nextLineStart(text, 0)).replace(/\r?\n$/, '');
  const m = /^(\s*<!--\s*pincite-disable-file\b)([^>]*?)(\s*-->)\s*$/.exec(first);
  if (m) {
    const codes = m[2].trim();
    return { start: 0, end: first.length, newText: `${m[1]} ${codes ? `${codes}, ` : ''}${code}${m[3]}` };
  }
  return { start: 0, end: 0, newText: `${disableFileComment(code)}\n` };
}

/** The actions for the problems the editor reports at a place (`problems`), of the kinds it asks for (`only`). */
export function codeActions(analysis: Analysis, problems: readonly ReportedProblem[], only?: readonly string[]): ActionAnswer[] {
  const actions: ActionAnswer[] = [];
  const findings = analysis.findings;
  const text = analysis.text;

  if (wants(only, QUICK_FIX)) {
    const seenCodes = new Set<string>();
    problems.forEach((d, problem) => {
      if (d.source !== 'pincite' || typeof d.code !== 'string') return;
      const f: Finding | undefined = findings.find((x) => x.code === d.code && x.span.start === d.span.start && x.span.end === d.span.end);
      if (!f) return;
      f.fixes.forEach((fix, k) => actions.push({ title: `${fix.title} (${f.code})`, kind: QUICK_FIX, problem, isPreferred: k === 0, edits: fix.edits }));
      if (seenCodes.has(f.code)) return;
      seenCodes.add(f.code);
      const sameRule = safeEdits(findings, f.code);
      if (sameRule.length > 1) actions.push({ title: `Fix all ${f.code} problems in this document`, kind: QUICK_FIX, edits: sameRule });
      actions.push({ title: `Disable ${f.code} for this line`, kind: QUICK_FIX, problem, edits: [disableLineEdit(text, d.span.start, f.code)] });
      actions.push({ title: `Disable ${f.code} for this file`, kind: QUICK_FIX, problem, edits: [disableFileEdit(text, f.code)] });
      const meta = ruleMeta(f.code);
      actions.push({
        title: `Show documentation for ${f.code}${meta ? ` (${meta.title})` : ''}`,
        kind: QUICK_FIX,
        command: { title: `Show documentation for ${f.code}`, command: 'pincite.openRuleDoc', arguments: [f.code] },
      });
    });
  }

  const all = safeEdits(findings);
  if (all.length > 0) {
    if (wants(only, FIX_ALL_KIND) && (only || problems.length === 0)) {
      actions.push({ title: 'Fix all safe citation problems', kind: FIX_ALL_KIND, edits: all });
    }
    if (wants(only, QUICK_FIX) && problems.some((d) => d.source === 'pincite')) {
      actions.push({ title: 'Fix all safe citation problems', kind: QUICK_FIX, edits: all });
    }
  }
  return actions;
}
