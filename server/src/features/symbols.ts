// Document symbols: one entry per authority, grouped by kind, with each of its
// citations as a child, so the outline lists what the brief cites.

import type { Authority } from '../core/types';
import type { Analysis } from '../service/analysis';
import type { SymbolAnswer } from '../service/types';
import { shown } from './hover';

const GROUPS: Array<[Authority['kind'], string]> = [
  ['case', 'Cases'],
  ['constitution', 'Constitutional Provisions'],
  ['statute', 'Statutes'],
  ['regulation', 'Regulations'],
  ['rule', 'Rules'],
  ['source', 'Other Authorities'],
  ['secondary', 'Secondary Sources'],
  ['record', 'Record'],
];

export function documentSymbols(analysis: Analysis): SymbolAnswer[] {
  const cites = analysis.result.citations;
  const out: SymbolAnswer[] = [];
  for (const [kind, title] of GROUPS) {
    const auths = analysis.result.authorities.filter((a) => a.kind === kind && a.citations.length > 0);
    if (auths.length === 0) continue;
    const children: SymbolAnswer[] = auths.map((a) => {
      const spans = a.citations.map((i) => cites[i].span);
      const start = Math.min(...spans.map((s) => s.start));
      const end = Math.max(...spans.map((s) => s.end));
      const first = cites[a.citations[0]];
      return {
        name: a.label || first.text,
        detail: `${a.citations.length} citation${a.citations.length === 1 ? '' : 's'}`,
        kind,
        span: { start, end },
        selection: { start: first.span.start, end: first.span.end },
        children: a.citations.map((i) => ({
          name: shown(cites[i]).slice(0, 120),
          detail: cites[i].kind,
          kind: 'citation' as const,
          span: { start: cites[i].span.start, end: cites[i].span.end },
          selection: { start: cites[i].span.start, end: cites[i].span.end },
        })),
      };
    });
    const start = Math.min(...children.map((c) => c.span.start));
    const end = Math.max(...children.map((c) => c.span.end));
    out.push({ name: title, detail: `${auths.length}`, kind: 'group', span: { start, end }, selection: { start, end: start }, children });
  }
  return out;
}
