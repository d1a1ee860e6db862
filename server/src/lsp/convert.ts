// The one conversion between the service's plain answers (offsets into a text)
// and LSP values (line and character positions). Offsets in the document asked
// about are positioned with the editor's copy of it; a place in another text
// (an opinion, another brief) carries the line index that positions it.

import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentLink,
  type DocumentSymbol,
  type Hover,
  type Location,
  type Range,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, Finding } from '../core/rules/index';
import type { Authority, Span } from '../core/types';
import type { CitedInResult, StatusParams, ToaResult } from '../protocol';
import type {
  ActionAnswer,
  AnalysisSummary,
  CitedInAnswer,
  CompletionAnswer,
  HoverAnswer,
  LensAnswer,
  LineIndex,
  LinkAnswer,
  Place,
  RenameTarget,
  ReportedProblem,
  SymbolAnswer,
  TableAnswer,
  WorkspaceSymbolAnswer,
} from '../service/types';

export function rangeOf(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toTextEdits(doc: TextDocument, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(doc, e), newText: e.newText }));
}

/** A place as a location: in the document asked about (`doc`), or elsewhere, positioned by its own index. */
export function toLocation(doc: TextDocument | undefined, p: Place): Location {
  const lines = p.lines ?? doc;
  if (!lines) throw new Error(`no line index for a place in ${p.uri}`);
  return { uri: p.uri, range: rangeOf(lines, p.span) };
}

// ---- diagnostics and status ----

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Findings as diagnostics, each with its rule code, a link to the rule's page and the source "pincite". */
export function toDiagnostics(doc: TextDocument, findings: readonly Finding[], ruleDocBase: string | undefined): Diagnostic[] {
  return findings.map((f) => {
    const d: Diagnostic = {
      range: rangeOf(doc, f.span),
      severity: SEVERITY[f.severity],
      code: f.code,
      source: 'pincite',
      message: f.message,
    };
    if (ruleDocBase) d.codeDescription = { href: `${ruleDocBase}/${f.code}.md` };
    return d;
  });
}

export function toStatus(uri: string, s: AnalysisSummary): StatusParams {
  return {
    uri,
    citations: s.citations,
    authorities: s.authorities,
    findings: s.findings,
    ms: s.ms,
    ...(s.skipped ? { skipped: s.skipped } : {}),
    ...(s.style ? { style: s.style.label, styleDetected: s.style.detected, styleEvidence: s.style.evidence } : {}),
  };
}

// ---- hover, completion, links ----

export function toHover(doc: TextDocument, h: HoverAnswer | undefined): Hover | null {
  return h ? { contents: { kind: 'markdown', value: h.markdown }, range: rangeOf(doc, h.span) } : null;
}

export function toCompletionItems(doc: TextDocument, items: readonly CompletionAnswer[]): CompletionItem[] {
  return items.map((i) => ({
    label: i.label,
    kind: CompletionItemKind.Reference,
    detail: i.detail,
    documentation: i.documentation && (i.documentation.kind === 'markdown' ? i.documentation : i.documentation.value),
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range: rangeOf(doc, i.replace), newText: i.snippet },
    filterText: i.filterText,
    sortText: i.sortText,
  }));
}

export function toDocumentLinks(doc: TextDocument, links: readonly LinkAnswer[]): DocumentLink[] {
  return links.map((l) => ({ range: rangeOf(doc, l.span), target: l.target, tooltip: l.tooltip }));
}

export function toCitedInResult(c: CitedInAnswer | undefined): CitedInResult | null {
  if (!c) return null;
  return {
    authority: c.authority,
    places: c.places.map((p) => ({ opinion: p.opinion, where: p.where, sentence: p.sentence, location: toLocation(undefined, p.place) })),
  };
}

// ---- code actions ----

/** The diagnostics an editor sends with a code-action request, located by offsets. */
export function toReportedProblems(doc: TextDocument, diagnostics: readonly Diagnostic[]): ReportedProblem[] {
  return diagnostics.map((d) => ({ code: d.code, source: d.source, span: { start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) } }));
}

export function toCodeActions(doc: TextDocument, diagnostics: readonly Diagnostic[], actions: readonly ActionAnswer[]): CodeAction[] {
  return actions.map((a) => {
    const out: CodeAction = { title: a.title, kind: a.kind };
    if (a.problem !== undefined) out.diagnostics = [diagnostics[a.problem]];
    if (a.isPreferred !== undefined) out.isPreferred = a.isPreferred;
    if (a.edits) out.edit = { changes: { [doc.uri]: toTextEdits(doc, a.edits) } };
    if (a.command) out.command = a.command;
    return out;
  });
}

// ---- symbols, lenses, rename ----

const SYMBOL_KIND: Record<Authority['kind'], SymbolKind> = {
  case: SymbolKind.Class,
  database: SymbolKind.Class,
  docket: SymbolKind.Class,
  constitution: SymbolKind.Module,
  statute: SymbolKind.Function,
  regulation: SymbolKind.Function,
  rule: SymbolKind.Method,
  record: SymbolKind.File,
  source: SymbolKind.Constant,
  secondary: SymbolKind.Constant,
};

function symbolKind(kind: SymbolAnswer['kind']): SymbolKind {
  // Headings as the Markdown outline shows them (a string symbol), so both read alike.
  if (kind === 'heading') return SymbolKind.String;
  return kind === 'group' ? SymbolKind.Namespace : kind === 'citation' ? SymbolKind.Field : SYMBOL_KIND[kind];
}

export function toDocumentSymbols(doc: TextDocument, symbols: readonly SymbolAnswer[]): DocumentSymbol[] {
  return symbols.map((s) => ({
    name: s.name,
    detail: s.detail,
    kind: symbolKind(s.kind),
    range: rangeOf(doc, s.span),
    selectionRange: rangeOf(doc, s.selection),
    ...(s.children ? { children: toDocumentSymbols(doc, s.children) } : {}),
  }));
}

export function toWorkspaceSymbols(symbols: readonly WorkspaceSymbolAnswer[]): SymbolInformation[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: SYMBOL_KIND[s.kind],
    location: toLocation(undefined, s.place),
    containerName: s.container,
  }));
}

/** Each lens runs the client's references command on the authority's first citation. */
export function toCodeLenses(doc: TextDocument, lenses: readonly LensAnswer[]): CodeLens[] {
  return lenses.map((l) => {
    const range = rangeOf(doc, l.span);
    return { range, command: { title: l.title, command: 'pincite.showReferences', arguments: [doc.uri, range.start] } };
  });
}

export function toPrepareRename(doc: TextDocument, t: RenameTarget | undefined): { range: Range; placeholder: string } | null {
  return t ? { range: rangeOf(doc, t.span), placeholder: t.placeholder } : null;
}

export function toWorkspaceEdit(doc: TextDocument, edits: readonly Edit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: toTextEdits(doc, edits) } };
}

export function toToaResult(doc: TextDocument, t: TableAnswer | undefined): ToaResult | null {
  if (!t) return null;
  return t.edit
    ? { entries: t.entries, inserted: t.inserted, edit: { range: rangeOf(doc, t.edit), newText: t.edit.newText } }
    : { entries: t.entries, inserted: t.inserted };
}
