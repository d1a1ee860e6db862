// Hover on a citation: what Pincite read — its kind, canonical form and parts,
// and for a short form or Id. what it refers to.

import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Citation } from '../core/types';
import type { Analysis } from '../analysisCache';

const KIND_LABEL: Record<Citation['kind'], string> = {
  case: 'Case citation',
  shortCase: 'Short-form case citation',
  id: 'Id. citation',
  supra: 'Supra citation',
  database: 'Database citation',
  docket: 'Docket citation',
  record: 'Record citation',
  statute: 'Statute',
  regulation: 'Regulation',
  rule: 'Court rule',
  constitution: 'Constitution',
};

/** The innermost citation whose span holds `offset`. */
export function citationAt(analysis: Analysis, offset: number): Citation | undefined {
  let best: Citation | undefined;
  for (const c of analysis.result.citations) {
    if (c.span.start <= offset && offset <= c.span.end) {
      if (!best || c.span.end - c.span.start <= best.span.end - best.span.start) best = c;
    }
    if (c.span.start > offset) break;
  }
  return best;
}

function md(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/** What the library adds to a hover: the opinion a link opens, and where the library's opinions cite the authority. */
export interface HoverLibrary {
  openLink(c: Citation): { label: string; target: string } | undefined;
  citedIn(c: Citation): Array<{ label: string; target: string }>;
}

export function hoverFor(doc: TextDocument, analysis: Analysis, offset: number, lib?: HoverLibrary): Hover | null {
  const c = citationAt(analysis, offset);
  if (!c) return null;
  const cites = analysis.result.citations;
  const authority = analysis.result.authorities.find((a) => a.id === c.authority);
  const lines: string[] = [];
  lines.push(`**${KIND_LABEL[c.kind]}**${authority ? ` — ${md(authority.label)}` : ''}`);
  const parts: Array<[string, string | undefined]> = [];
  if ('caseName' in c && c.caseName) parts.push(['Case name', c.caseName.text]);
  switch (c.kind) {
    case 'case':
    case 'shortCase':
      parts.push(['Volume', c.volume]);
      parts.push(['Reporter', c.reporter ? (c.reporter === c.reporterAsWritten ? c.reporter : `${c.reporter} (written "${c.reporterAsWritten}")`) : `${c.reporterAsWritten} (not recognised)`]);
      if (c.kind === 'case' || c.page) parts.push(['First page', c.page]);
      break;
    case 'database':
      parts.push(['Database', `${c.year} ${c.database} ${c.number}`]);
      if (c.docket) parts.push(['Docket', c.docket]);
      break;
    case 'docket':
      parts.push(['Docket', c.docket]);
      break;
    case 'record':
      parts.push(['Document', c.document]);
      break;
    case 'statute':
    case 'regulation':
      parts.push(['Code', `${c.title ? c.title + ' ' : ''}${c.code}`]);
      parts.push(['Section', c.section]);
      break;
    case 'rule':
      parts.push(['Rules', c.code]);
      parts.push(['Rule', c.rule]);
      break;
    case 'constitution':
      parts.push(['Constitution', c.jurisdiction]);
      if (c.part) parts.push(['Provision', `${c.part} ${c.number}${c.section ? `, § ${c.section}` : ''}${c.clause ? `, cl. ${c.clause}` : ''}`]);
      break;
    default:
      break;
  }
  if ('pins' in c && c.pins.length) parts.push(['Pin cite', c.pins.map((p) => p.text).join(', ')]);
  if ('court' in c && c.court) parts.push(['Court', c.court]);
  const year = c.kind === 'case' ? c.year : c.kind === 'database' ? c.decisionYear : c.kind === 'docket' ? c.year : undefined;
  if (year) parts.push(['Year', String(year)]);
  if ('date' in c && c.date) parts.push(['Date', c.date]);
  if (c.signal) parts.push(['Signal', c.signal.text]);
  if ('parallelOf' in c && c.parallelOf !== undefined) parts.push(['Parallel of', cites[c.parallelOf].text.replace(/\s+/g, ' ')]);
  if (c.historyOf !== undefined) parts.push(['Subsequent history of', cites[c.historyOf].text.replace(/\s+/g, ' ')]);
  if (c.resolution === 'resolved' && c.antecedent != null) parts.push(['Refers to', cites[c.antecedent].text.replace(/\s+/g, ' ')]);
  else if (c.resolution && c.resolution !== 'resolved') parts.push([c.resolution === 'ambiguous' ? 'Ambiguous' : 'Unresolved', c.resolutionReason]);
  for (const [k, v] of parts) if (v !== undefined && v !== '') lines.push(`- ${k}: ${md(v)}`);
  if (authority && authority.citations.length > 1) lines.push(`\nCited ${authority.citations.length} times in this document.`);
  const open = lib?.openLink(c);
  if (open) lines.push(`\nIn the library: [${md(open.label)}](${open.target})`);
  const places = lib?.citedIn(c) ?? [];
  if (places.length) {
    const shown = places.slice(0, 8).map((p) => `[${md(p.label)}](${p.target})`);
    lines.push(`\nCited in the library's opinions: ${shown.join(', ')}${places.length > 8 ? `, and ${places.length - 8} more` : ''}`);
  }
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: { start: doc.positionAt(c.span.start), end: doc.positionAt(c.span.end) },
  };
}
