// Tools across the brief and the workspace: references of an authority in
// other briefs, workspace symbols, a code lens with each authority's count, and
// renaming a case's short-form name.

import type { Edit } from '../core/rules/index';
import type { Citation, Span } from '../core/types';
import type { Analysis } from '../service/analysis';
import type { LensAnswer, PlaceElsewhere, RenameTarget, WorkspaceSymbolAnswer } from '../service/types';
import { positionIn, type IndexedBrief } from '../host/workspaceIndex';
import { citationAt } from './hover';

/** A place in an indexed brief, positioned by the brief's own line starts. */
function placeIn(brief: IndexedBrief, span: Span): PlaceElsewhere {
  return { uri: brief.uri, span, lines: { positionAt: (offset) => positionIn(brief, offset) } };
}

/** Citations in other briefs of the authority with any of `keys`. */
export function referencesInBriefs(briefs: IndexedBrief[], exceptUri: string, keys: string[]): PlaceElsewhere[] {
  if (!keys.length) return [];
  const want = new Set(keys);
  const out: PlaceElsewhere[] = [];
  for (const b of briefs) {
    if (b.uri === exceptUri) continue;
    for (const a of b.authorities) {
      if (!a.keys.some((k) => want.has(k))) continue;
      for (const s of a.spans) out.push(placeIn(b, s));
    }
  }
  return out;
}

/** Workspace symbols: the authorities of every brief whose label contains the query (any case). */
export function workspaceSymbols(briefs: IndexedBrief[], query: string, limit = 500): WorkspaceSymbolAnswer[] {
  const q = query.trim().toLowerCase();
  const out: WorkspaceSymbolAnswer[] = [];
  for (const b of briefs) {
    const file = decodeURIComponent(b.uri.slice(b.uri.lastIndexOf('/') + 1));
    for (const a of b.authorities) {
      if (a.kind === 'record' || !a.spans.length) continue;
      if (q && !a.label.toLowerCase().includes(q)) continue;
      out.push({ name: a.label, kind: a.kind, place: placeIn(b, a.spans[0]), container: file });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * One lens per authority cited more than once, on its first citation: how
 * often the brief cites it; clicking lists the places. An authority cited once
 * gets none (a lens on every paragraph would bury the brief).
 */
export function codeLenses(analysis: Analysis): LensAnswer[] {
  const cites = analysis.result.citations;
  const out: LensAnswer[] = [];
  for (const a of analysis.result.authorities) {
    if (a.kind === 'record' || a.citations.length < 2) continue;
    const first = cites[a.citations[0]];
    out.push({ span: { start: first.span.start, end: first.span.end }, title: `${a.citations.length} citations of ${shortLabel(a.label)}` });
  }
  return out;
}

/** `Younger v. Harris, 401 U.S. 37 (1971)` → `Younger v. Harris`; a statute or rule stays whole. */
function shortLabel(label: string): string {
  const name = / v\. |^In re |^Ex parte /.test(label) ? label.split(/, (?=\d|No\.)/)[0] : label;
  return name.length > 50 ? name.slice(0, 49) + '…' : name;
}

/** The short-form name under the cursor: a short case citation's name or a supra's. */
function shortNameAt(analysis: Analysis, offset: number): { c: Citation; span: Span } | undefined {
  const c = citationAt(analysis, offset);
  if (!c) return undefined;
  let span: Span | undefined;
  if (c.kind === 'shortCase' && c.caseName) span = c.caseName.span;
  else if (c.kind === 'supra') span = c.nameSpan;
  if (!span || offset < span.start || offset > span.end) return undefined;
  return { c, span };
}

export function prepareRename(analysis: Analysis, offset: number): RenameTarget | undefined {
  const found = shortNameAt(analysis, offset);
  if (!found) return undefined;
  return { span: { start: found.span.start, end: found.span.end }, placeholder: analysis.text.slice(found.span.start, found.span.end) };
}

/** Renames the short-form name in every short form and supra of the authority; full citations keep their full name. */
export function renameShortName(analysis: Analysis, offset: number, newName: string): { edits: Edit[] } | { error: string } {
  const found = shortNameAt(analysis, offset);
  if (!found) return { error: 'Put the cursor on the name of a short-form citation (Younger, 401 U.S. at 44) to rename it.' };
  const name = newName.trim();
  if (!name || /[\n\r]/.test(name) || /[*_]/.test(name)) return { error: 'The new short name must be plain text on one line (emphasis stays as written around it).' };
  const cites = analysis.result.citations;
  const a = analysis.result.authorities.find((x) => x.id === found.c.authority);
  const members = a ? a.citations : [found.c.index];
  const old = analysis.text.slice(found.span.start, found.span.end);
  const edits: Edit[] = [];
  for (const i of members) {
    const c = cites[i];
    const span = c.kind === 'shortCase' && c.caseName ? c.caseName.span : c.kind === 'supra' ? c.nameSpan : undefined;
    // Only the short forms that use the same name: a writer who mixed names renames one of them.
    if (!span || analysis.text.slice(span.start, span.end) !== old) continue;
    edits.push({ start: span.start, end: span.end, newText: name });
  }
  return { edits };
}
