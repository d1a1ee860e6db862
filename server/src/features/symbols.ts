// Document symbols: one entry per authority, grouped by kind, with each of its
// citations as a child, so the outline lists what the brief cites.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Authority } from '../core/types';
import type { Analysis } from '../analysisCache';
import { shown } from './hover';

const GROUPS: Array<[Authority['kind'], string, SymbolKind]> = [
  ['case', 'Cases', SymbolKind.Class],
  ['constitution', 'Constitutional Provisions', SymbolKind.Module],
  ['statute', 'Statutes', SymbolKind.Function],
  ['regulation', 'Regulations', SymbolKind.Function],
  ['rule', 'Rules', SymbolKind.Method],
  ['source', 'Other Authorities', SymbolKind.Constant],
  ['record', 'Record', SymbolKind.File],
];

export function documentSymbols(doc: TextDocument, analysis: Analysis): DocumentSymbol[] {
  const cites = analysis.result.citations;
  const out: DocumentSymbol[] = [];
  for (const [kind, title, symbolKind] of GROUPS) {
    const auths = analysis.result.authorities.filter((a) => a.kind === kind && a.citations.length > 0);
    if (auths.length === 0) continue;
    const children: DocumentSymbol[] = auths.map((a) => {
      const spans = a.citations.map((i) => cites[i].span);
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      const first = cites[a.citations[0]];
      return {
        name: a.label || first.text,
        detail: `${a.citations.length} citation${a.citations.length === 1 ? '' : 's'}`,
        kind: symbolKind,
        range: { start: doc.positionAt(start), end: doc.positionAt(end) },
        selectionRange: { start: doc.positionAt(first.span.start), end: doc.positionAt(first.span.end) },
        children: a.citations.map((i) => ({
          name: shown(cites[i]).slice(0, 120),
          detail: cites[i].kind,
          kind: SymbolKind.Field,
          range: { start: doc.positionAt(cites[i].span.start), end: doc.positionAt(cites[i].span.end) },
          selectionRange: { start: doc.positionAt(cites[i].span.start), end: doc.positionAt(cites[i].span.end) },
        })),
      };
    });
    const start = Math.min(...children.map((c) => doc.offsetAt(c.range.start)));
    const end = Math.max(...children.map((c) => doc.offsetAt(c.range.end)));
    out.push({
      name: title,
      detail: `${auths.length}`,
      kind: SymbolKind.Namespace,
      range: { start: doc.positionAt(start), end: doc.positionAt(end) },
      selectionRange: { start: doc.positionAt(start), end: doc.positionAt(start) },
      children,
    });
  }
  return out;
}
