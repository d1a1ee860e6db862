// Document symbols, in the order a reader scans a brief: its headings first,
// nested as the Markdown outline nests them, then one "Authorities" node with
// what the brief cites, grouped by kind, each citation a child of its authority.
// The caption's own docket number is the brief's case, not an authority.

import type { Authority } from '../core/types';
import { isCaptionDocket } from '../core/cite/predicates';
import { headings, type Heading } from '../core/toa/locations';
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

export const AUTHORITIES_GROUP = 'Authorities';

export function documentSymbols(analysis: Analysis): SymbolAnswer[] {
  const out = headingSymbols(analysis.text);
  const authorities = authoritySymbols(analysis);
  if (authorities.length) {
    // Editors sort an outline by position (VS Code's default): the node starts after
    // the last heading's start, so it comes after the headings even when a citation
    // sits above the first heading.
    const lastHeading = lastStart(out);
    const start = Math.max(Math.min(...authorities.map((c) => c.span.start)), lastHeading === undefined ? 0 : lastHeading + 1);
    const end = Math.max(start, ...authorities.map((c) => c.span.end));
    const count = authorities.reduce((n, g) => n + (g.children?.length ?? 0), 0);
    out.push({ name: AUTHORITIES_GROUP, detail: `${count}`, kind: 'group', span: { start, end }, selection: { start, end: start }, children: authorities });
  }
  return out;
}

/** Where the last heading (at any depth) starts. */
function lastStart(symbols: readonly SymbolAnswer[]): number | undefined {
  const last = symbols.at(-1);
  if (!last) return undefined;
  return last.children?.length ? lastStart(last.children) : last.span.start;
}

function authoritySymbols(analysis: Analysis): SymbolAnswer[] {
  const cites = analysis.result.citations;
  const out: SymbolAnswer[] = [];
  for (const [kind, title] of GROUPS) {
    const auths = analysis.result.authorities.filter((a) => a.kind === kind && a.citations.length > 0 && !isCaptionDocket(a, cites));
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

/** How deep a plain-text heading sits: `I.` under a capitals title, `A.` under that, `1.` under that. */
function plainLevel(text: string): number {
  // A lone I, V or X is read as a roman numeral: a ninth lettered subsection is rarer than a first part.
  if (/^(?:[IVX]|[IVXLC]{2,7})\.\s/.test(text)) return 2;
  if (/^[A-Z]\.\s/.test(text)) return 3;
  if (/^\d{1,3}\.\s/.test(text)) return 4;
  return 1;
}

/** Headings nested by level; each one's range runs to the next heading at its level or above, as a section does. */
function headingSymbols(text: string): SymbolAnswer[] {
  const found: Array<Heading & { depth: number }> = headings(text).map((h) => ({ ...h, depth: h.level > 0 ? h.level : plainLevel(h.text) }));
  const roots: SymbolAnswer[] = [];
  const open: Array<{ depth: number; symbol: SymbolAnswer }> = [];
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  for (let k = 0; k < found.length; k++) {
    const h = found[k];
    let sectionEnd = end;
    for (let j = k + 1; j < found.length; j++) {
      if (found[j].depth <= h.depth) {
        sectionEnd = found[j].start;
        break;
      }
    }
    while (sectionEnd > h.end && /\s/.test(text[sectionEnd - 1])) sectionEnd--;
    const symbol: SymbolAnswer = {
      name: h.text,
      detail: '',
      kind: 'heading',
      span: { start: h.start, end: Math.max(sectionEnd, h.end) },
      selection: { start: h.start, end: h.end },
    };
    while (open.length && open[open.length - 1].depth >= h.depth) open.pop();
    const parent = open[open.length - 1]?.symbol;
    if (parent) (parent.children ??= []).push(symbol);
    else roots.push(symbol);
    open.push({ depth: h.depth, symbol });
  }
  return roots;
}
