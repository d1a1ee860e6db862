// Citation completion. Typing a case name (or part of one) offers the full
// Bluebook citation from the library — the curated authorities and the
// bundled opinions — as a snippet whose tab stop is the pin. Once a case has
// been cited in full above the cursor, its short form is offered, and `Id. at`
// when it is the authority cited last.

import type { Analysis } from '../service/analysis';
import type { CompletionAnswer } from '../service/types';
import type { Citation } from '../core/types';
import { isParallel } from '../core/cite/predicates';
import { entryFor, type AuthorityIndex } from '../core/authorities/index';

/** Characters a case name is typed with. */
const NAME_CHAR = /[A-Za-z0-9.'’&-]/;
/** First parties that make a poor short form (Bluebook 10.9: use the other party). */
const COMMON_PARTIES = new Set(['united', 'state', 'states', 'city', 'county', 'people', 'commonwealth', 'town', 'village', 'board', 'bd.', 'in', 'ex', 'the']);

function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** `Younger v. Harris, 401 U.S. 37 (1971)` → name and the rest, split where the pin goes. */
export function pinSnippet(citation: string, name: string, italic: boolean): string | undefined {
  if (!citation.startsWith(name)) return undefined;
  const rest = citation.slice(name.length).replace(/^,\s*/, '');
  const paren = rest.lastIndexOf(' (');
  const body = paren > 0 ? rest.slice(0, paren) : rest;
  const tail = paren > 0 ? rest.slice(paren) : '';
  // Database and slip citations take `at *N`; reporter citations a bare page.
  const pin = /\b(?:WL|LEXIS)\s+\d+$/.test(body) ? ', at *${1:pin}' : /^No\. /.test(body) && !/\d+$/.test(body) ? '${1}' : ', ${1:pin}';
  const shown = italic ? `*${escapeSnippet(name)}*` : escapeSnippet(name);
  return `${shown}, ${escapeSnippet(body)}${pin}${escapeSnippet(tail)}$0`;
}

/** The word being typed before `offset` and where it starts. */
function typedWord(text: string, offset: number): { word: string; start: number } {
  let s = offset;
  while (s > 0 && offset - s < 60 && NAME_CHAR.test(text[s - 1])) s--;
  return { word: text.slice(s, offset).replace(/^[*_]+/, ''), start: s };
}

/** True when the cursor sits in a Markdown code span or fence, where completion would be noise. */
function inCode(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  if ((line.match(/`/g) ?? []).length % 2 === 1) return true;
  const fences = (text.slice(0, lineStart).match(/^```/gm) ?? []).length;
  return fences % 2 === 1;
}

function matches(name: string, word: string): boolean {
  if (!word) return true;
  const w = word.toLowerCase();
  return (
    name
      .toLowerCase()
      .split(/[\s,]+/)
      .some((part) => part.startsWith(w)) || name.toLowerCase().startsWith(w)
  );
}

/** The name a short form uses when no curated entry gives one: the first party's first word, or the second party's when the first is a government or a common litigant. */
function shortNameOf(c: Citation): string | undefined {
  if (!('caseName' in c) || !c.caseName) return undefined;
  const firstWord = (s: string | undefined) =>
    (s ?? '')
      .replace(/[*_]/g, '')
      .trim()
      .split(/[\s,]+/)[0] || undefined;
  const first = firstWord(c.caseName.plaintiff ?? c.caseName.text);
  if (first && !COMMON_PARTIES.has(first.toLowerCase())) return first;
  return firstWord(c.caseName.defendant) ?? first;
}

export function completionsAt(analysis: Analysis, offset: number, authorities: AuthorityIndex): CompletionAnswer[] {
  const text = analysis.text;
  if (inCode(text, offset)) return [];
  const { word, start } = typedWord(text, offset);
  // Not inside a citation already written (other than its case name being typed).
  const cites = analysis.result.citations;
  const inside = cites.find((c) => c.span.start < start && offset < c.span.end);
  if (inside) return [];
  const italic = analysis.languageId === 'markdown';
  const replace = { start, end: offset };
  const items: CompletionAnswer[] = [];
  const seen = new Set<string>();

  // Short forms and Id. for cases cited in full above the cursor.
  const before = cites.filter((c) => c.span.end <= start && !c.nested);
  const last = before[before.length - 1];
  const lastAuthority = last?.authority;
  const fullByAuthority = new Map<string, Citation>();
  for (const c of before) if (c.kind === 'case' && c.authority && !isParallel(c) && !fullByAuthority.has(c.authority)) fullByAuthority.set(c.authority, c);
  for (const [authority, full] of fullByAuthority) {
    if (full.kind !== 'case' || !full.reporter) continue;
    const a = analysis.result.authorities.find((x) => x.id === authority);
    const entry = a ? entryFor(authorities, cites, a.citations) : undefined;
    const short = entry?.shortName ?? shortNameOf(full);
    if (!short) continue;
    if (matches(short, word)) {
      const label = `${short}, ${full.volume} ${full.reporter} at …`;
      items.push({
        label,
        detail: 'Short form',
        ...(a ? { documentation: { kind: 'plaintext' as const, value: a.label } } : {}),
        snippet: `${italic ? `*${escapeSnippet(short)}*` : escapeSnippet(short)}, ${full.volume} ${escapeSnippet(full.reporter)} at \${1:pin}$0`,
        replace,
        filterText: short,
        sortText: `0-${short}`,
      });
    }
    if (authority === lastAuthority && matches('Id.', word)) {
      items.push({
        label: 'Id. at …',
        detail: `Id. — ${a?.label ?? short}`,
        snippet: `${italic ? '*Id.*' : 'Id.'} at \${1:pin}$0`,
        replace,
        filterText: 'Id.',
        sortText: '0-Id',
      });
    }
  }

  // Full citations from the curated authorities and the bundled opinions.
  const idx = authorities;
  const candidates: Array<{ name: string; citation: string; doc?: string }> = [
    ...idx.entries.filter((e) => e.kind === 'case').map((e) => ({ name: e.name, citation: e.citation, doc: e.holding })),
    ...(analysis.library?.opinions ?? []).map((o) => ({ name: o.meta.caption, citation: o.meta.citation, doc: o.meta.summary })),
  ];
  for (const cand of candidates) {
    if (seen.has(cand.citation) || !matches(cand.name, word)) continue;
    seen.add(cand.citation);
    const snippet = pinSnippet(cand.citation, cand.name, italic);
    if (!snippet) continue;
    items.push({
      label: cand.name,
      detail: cand.citation,
      ...(cand.doc ? { documentation: { kind: 'markdown' as const, value: cand.doc } } : {}),
      snippet,
      replace,
      filterText: cand.name,
      sortText: `1-${cand.name}`,
    });
  }
  return items;
}
