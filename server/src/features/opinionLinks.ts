// Where a citation leads in the library: document links and go-to-definition
// open the designated opinion at the pin page (or its first page), and
// references / "cited in" list where the library's opinions cite the same
// authority. The judgements are in core/ (core/library/ for the opinions); the
// URIs come from the host through the service's opinions input.

import type { Analysis } from '../service/analysis';
import type { CitedInAnswer, LinkAnswer, OpinionsInput, Place, PlaceElsewhere } from '../service/types';
import type { Citation, Span } from '../core/types';
import { parallelLead } from '../core/cite/predicates';
import { opinionPins } from '../core/rules/opinionPins';
import { authorityKeys, opinionCiteKey, type CitedPlace, type OpinionText } from '../core/library/library';
import { OPEN_OPINION_COMMAND } from '../protocol';
import { citationAt, type HoverLibrary, type HoverPlace } from './hover';

export interface OpinionTarget {
  text: OpinionText;
  offset: number;
  /** The page the link opens, when the pin names one the text holds. */
  page?: number;
}

/** Where citation `index` of the analysed document leads, or undefined when it designates no library opinion. */
export function targetFor(analysis: Analysis, index: number): OpinionTarget | undefined {
  const o = analysis.designated.get(index);
  if (!o) return undefined;
  const cites = analysis.result.citations;
  // A parallel segment (`2001 U.S. Dist. LEXIS 14297` after the F. Supp. 2d cite) goes where its lead's pin goes.
  const c = parallelLead(cites, cites[index]);
  const pin = opinionPins(cites, c, o)[0];
  const page = pin?.from;
  const text = o.textFor(page);
  const offset = text.targetOffset(page, pin?.footnote?.replace(/\D.*$/, ''));
  return { text, offset, page: page !== undefined && text.pages.pageStart(page) !== undefined ? page : undefined };
}

/** The part of a citation a link covers: from after the case name to the end (the name stays free for hover and rename). */
export function linkSpan(text: string, c: Citation): Span {
  let start = c.span.start;
  if ('caseName' in c && c.caseName && c.caseName.span.end <= c.span.end) {
    start = c.caseName.span.end;
    while (start < c.span.end && /[\s,*_]/.test(text[start])) start++;
  }
  return { start, end: c.span.end };
}

/** A place in an opinion text, positioned by the text's own line starts. */
function placeIn(opinions: OpinionsInput, t: OpinionText, offset: number, length = 0): PlaceElsewhere {
  return { uri: opinions.uriFor(t), span: { start: offset, end: offset + length }, lines: t };
}

/** Length of the page marker at `offset`, so the definition selects `[*228]`. */
function markerLength(t: OpinionText, offset: number): number {
  const m = /^(?:\[\*{1,2}\d+\]|\*\d+)/.exec(t.text.slice(offset, offset + 12));
  return m ? m[0].length : 0;
}

export function documentLinks(analysis: Analysis, opinions: OpinionsInput): LinkAnswer[] {
  const out: LinkAnswer[] = [];
  const cites = analysis.result.citations;
  let lastEnd = -1;
  for (const [i] of [...analysis.designated].sort((a, b) => a[0] - b[0])) {
    const target = targetFor(analysis, i);
    if (!target) continue;
    const span = linkSpan(analysis.text, cites[i]);
    // Links must not overlap: a lead citation's span can hold its parallels.
    if (span.start < lastEnd) continue;
    lastEnd = span.end;
    const pos = target.text.positionAt(target.offset);
    const o = target.text.opinion.meta;
    out.push({
      span,
      // `#L<line>,<column>` opens the editor at the marker itself (VS Code's link opener reads it),
      // so a page that begins at the end of a long paragraph is in view with its lines wrapped.
      target: `${opinions.uriFor(target.text)}#L${pos.line + 1},${pos.character + 1}`,
      tooltip: `Open ${o.caption}${target.page !== undefined ? ` at page ${target.page}` : ''}`,
    });
  }
  return out;
}

export function definitionAt(analysis: Analysis, offset: number, opinions: OpinionsInput): PlaceElsewhere | undefined {
  const c = citationAt(analysis, offset);
  if (!c) return undefined;
  const target = targetFor(analysis, c.index);
  if (!target) return undefined;
  return placeIn(opinions, target.text, target.offset, markerLength(target.text, target.offset));
}

/** Keys of the authority the citation at `offset` belongs to (all its full and parallel forms). */
function keysAt(analysis: Analysis, c: Citation): string[] {
  const a = analysis.result.authorities.find((x) => x.id === c.authority);
  const members = a ? a.citations : [c.index];
  const keys = authorityKeys(analysis.result.citations, members);
  // A short form or Id. whose authority has no full citation in the document still names its opinion.
  const o = analysis.designated.get(c.index);
  if (o) for (const x of o.meta.cites) keys.push(opinionCiteKey(x));
  return keys;
}

/** Keys of the authority of the citation at `offset`, for finding it in other documents. */
export function authorityKeysAt(analysis: Analysis, offset: number): string[] {
  const c = citationAt(analysis, offset);
  return c ? keysAt(analysis, c) : [];
}

export function citedInAt(analysis: Analysis, offset: number): { label: string; places: CitedPlace[] } | undefined {
  const c = citationAt(analysis, offset);
  if (!c || !analysis.library) return undefined;
  const a = analysis.result.authorities.find((x) => x.id === c.authority);
  return { label: a?.label ?? c.text.replace(/\s+/g, ' '), places: citedPlaces(analysis, c) };
}

/**
 * Opinions a request may index for "cited in" before answering: enough for the
 * bundled ones at once; a large folder of the writer's is left to the
 * background warm-up, and the answer lists what is indexed so far.
 */
export const CITED_IN_BUDGET = 50;

/** Where the library's opinions cite the authority of citation `c`. */
export function citedPlaces(analysis: Analysis, c: Citation): CitedPlace[] {
  return analysis.library ? analysis.library.citedIn(keysAt(analysis, c), CITED_IN_BUDGET) : [];
}

export function whereLabel(p: CitedPlace): string {
  if (p.page !== undefined) return `p. ${p.page}`;
  if (p.section) return p.section;
  return 'slip op.';
}

export function citedInResult(analysis: Analysis, offset: number, opinions: OpinionsInput): CitedInAnswer | undefined {
  const found = citedInAt(analysis, offset);
  if (!found) return undefined;
  return {
    authority: found.label,
    places: found.places.map((p) => ({
      opinion: p.opinion.meta.citation,
      where: whereLabel(p),
      sentence: p.sentence,
      place: placeIn(opinions, p.text, p.span.start, p.span.end - p.span.start),
    })),
  };
}

/** References: every citation of the authority in this document, then the places the library's opinions cite it. */
export function referencesAt(analysis: Analysis, offset: number, opinions: OpinionsInput | undefined, includeDeclaration: boolean): Place[] {
  const c = citationAt(analysis, offset);
  if (!c) return [];
  const a = analysis.result.authorities.find((x) => x.id === c.authority);
  const cites = analysis.result.citations;
  const own: Place[] = (a ? a.citations : [c.index])
    .filter((i) => includeDeclaration || i !== a?.citations[0])
    .map((i) => ({ uri: analysis.uri, span: { start: cites[i].span.start, end: cites[i].span.end } }));
  const places = opinions ? (citedInAt(analysis, offset)?.places ?? []) : [];
  return [...own, ...places.map((p) => placeIn(opinions!, p.text, p.span.start, p.span.end - p.span.start))];
}

/**
 * A link target for hover markdown. VS Code's hover renderer keeps only a few
 * URI schemes (not `pincite-opinion:`), so in VS Code the link runs the
 * client's `pincite.openOpinion` command, which the client trusts; other
 * editors get the file itself with a `#L<line>,<column>` fragment.
 */
export function hoverTarget(opinions: OpinionsInput, t: OpinionText, offset: number): string {
  const { line, character } = t.positionAt(offset);
  if (!opinions.useOpinionScheme) return `${opinions.uriFor(t)}#L${line + 1},${character + 1}`;
  return `command:${OPEN_OPINION_COMMAND}?${encodeURIComponent(JSON.stringify([opinions.uriFor(t), line, character]))}`;
}

/** What the hover card needs from the library: the opinion a citation opens, where the opinions cite it, links for curated uses. */
export function hoverLibrary(analysis: Analysis, opinions: OpinionsInput): HoverLibrary {
  const uriAt = (t: OpinionText, offset: number) => hoverTarget(opinions, t, offset);
  const lib = analysis.library;
  return {
    opinion(c) {
      const target = targetFor(analysis, c.index);
      if (!target) return undefined;
      const o = target.text.opinion.meta;
      const where = target.page !== undefined ? `page ${target.page}` : o.firstPage !== undefined ? 'its first page' : 'the start';
      return {
        citation: o.citation,
        summary: o.summary,
        judge: o.judge,
        open: { label: `${o.caption} at ${where}`, target: uriAt(target.text, target.offset) },
      };
    },
    citedIn(c) {
      const places = lib ? citedPlaces(analysis, c) : [];
      // One entry per opinion and page: `Russo p. 228`.
      const seen = new Set<string>();
      const out: HoverPlace[] = [];
      for (const p of places) {
        const label = `${p.opinion.meta.shortName} ${whereLabel(p)}`;
        if (seen.has(label)) continue;
        seen.add(label);
        out.push({ label, target: uriAt(p.text, p.span.start), sentence: p.sentence, explanations: p.explanations });
      }
      return out;
    },
    useLink(u) {
      const o = lib?.opinions.find((x) => x.meta.id === u.opinion);
      if (!o) return undefined;
      if (u.pages) {
        const from = Number(/^\d+/.exec(u.pages)?.[0]);
        const t = o.textFor(from);
        return { label: `${o.meta.shortName} p. ${u.pages}`, target: uriAt(t, t.targetOffset(from)) };
      }
      const t = o.primary;
      const section = u.section ? t.pages.sections.find((x) => x.title === u.section) : undefined;
      return { label: `${o.meta.shortName}, ${u.section ?? 'slip op.'}`, target: uriAt(t, section ? section.start : t.targetOffset()) };
    },
  };
}
