// Hover on a citation: the card for its authority (curated entry, bundled
// opinion, or the places the bundled opinions cite it), and for a citation
// Pincite could not match to an authority, the parts it read. A short form or
// Id. says what it refers to either way.

import type { Citation } from '../core/types';
import { impliedCourtName } from '../core/data/reporterCourts';
import { isParallel } from '../core/cite/predicates';
import type { Analysis } from '../service/analysis';
import type { HoverAnswer } from '../service/types';
import type { AuthorityEntry, AuthorityUse, DoctrineNote } from '../core/authorities/types';
import { doctrineAt, entryFor, type AuthorityIndex } from '../core/authorities/index';
import { curatedCardLines, doctrineCardLines, link, md, type CardLink } from '../core/authorities/card';

const KIND_LABEL: Record<Citation['kind'], string> = {
  case: 'Case citation',
  shortCase: 'Short-form case citation',
  id: 'Id. citation',
  supra: 'Supra citation',
  database: 'Database citation',
  docket: 'Docket citation',
  record: 'Record citation',
  source: 'Legislative, treaty or other publication',
  crossReference: 'Cross-reference within the filing',
  statute: 'Statute',
  regulation: 'Regulation',
  rule: 'Court rule',
  constitution: 'Constitution',
  secondary: 'Secondary source',
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

/**
 * A citation's text for display: whitespace collapsed and Markdown emphasis
 * dropped (a span read from `*Younger v. Harris*, 401 U.S. 37` starts after
 * the opening asterisk and holds the closing one).
 */
export function shown(c: Citation): string {
  return c.text.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/** A link in a hover card: text and target URI. */
export type HoverLink = CardLink;

/** A place the library's opinions cite an authority, for the card. */
export interface HoverPlace extends HoverLink {
  sentence: string;
  explanations: string[];
}

/** What the library adds to a hover; the server fills it from the opinions library. */
export interface HoverLibrary {
  /** The bundled opinion the citation designates: its citation, summary and the page a link opens. */
  opinion(c: Citation): { citation: string; summary?: string; judge?: string; open: HoverLink } | undefined;
  /** Each place the library's opinions cite the citation's authority. */
  citedIn(c: Citation): HoverPlace[];
  /** A link to where a curated use points (a page or a section of a bundled opinion). */
  useLink(u: AuthorityUse): HoverLink | undefined;
}

const MAX_PLACES = 6;

/** The parts Pincite read from the citation, as markdown list lines. */
function partLines(analysis: Analysis, c: Citation): string[] {
  const parts: Array<[string, string | undefined]> = [];
  if ('caseName' in c && c.caseName) parts.push(['Case name', c.caseName.text]);
  switch (c.kind) {
    case 'case':
    case 'shortCase':
      parts.push(['Volume', c.volume]);
      parts.push([
        'Reporter',
        c.reporter ? (c.reporter === c.reporterAsWritten ? c.reporter : `${c.reporter} (written "${c.reporterAsWritten}")`) : `${c.reporterAsWritten} (not recognised)`,
      ]);
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
    case 'source':
      parts.push(['Publication', c.volume ? `${c.volume} ${c.series}` : c.series]);
      parts.push([c.paged ? 'First page' : 'Number', c.number]);
      break;
    case 'secondary':
      parts.push(['Form', c.short ? `${c.form} (short form)` : c.form]);
      if (c.author) parts.push(['Author', c.author]);
      if (c.title) parts.push(['Title', c.title]);
      if (c.work && c.work !== c.title) parts.push(['Work', c.work]);
      if (c.volume) parts.push(['Volume', c.volume]);
      if (c.journal) parts.push(['Journal', c.journal]);
      if (c.congress) parts.push(['Congress', String(c.congress)]);
      if (c.page) parts.push(['First page', c.page]);
      if (c.section) parts.push(['Section', c.section + (c.comment ? `, ${c.comment}` : '')]);
      if (c.edition) parts.push(['Edition', c.edition]);
      break;
    case 'crossReference':
      parts.push(['Refers to', `${c.target}, ${c.direction}`]);
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
  else if (c.kind === 'case' && c.courtImplied) parts.push(['Court', `${impliedCourtName(c.courtImplied) ?? c.courtImplied} (from the reporter)`]);
  const year = c.kind === 'case' || c.kind === 'docket' || c.kind === 'secondary' ? c.year : c.kind === 'database' ? c.decisionYear : undefined;
  if (year) parts.push(['Year', String(year)]);
  if ('date' in c && c.date) parts.push(['Date', c.date]);
  if (c.signal) parts.push(['Signal', c.signal.text]);
  if (isParallel(c)) parts.push(['Parallel of', shown(analysis.result.citations[c.parallelOf])]);
  if (c.historyOf !== undefined) parts.push(['Subsequent history of', shown(analysis.result.citations[c.historyOf])]);
  return [...parts.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `- ${k}: ${md(v!)}`), ...resolutionLines(analysis, c)];
}

/** What a short form, Id. or supra refers to, or why it refers to nothing: shown under every card. */
function resolutionLines(analysis: Analysis, c: Citation): string[] {
  if (c.resolution === 'resolved' && c.antecedent != null) return [`- Refers to: ${md(shown(analysis.result.citations[c.antecedent]))}`];
  if (c.resolution && c.resolution !== 'resolved') return [`- ${c.resolution === 'ambiguous' ? 'Ambiguous' : 'Unresolved'}: ${md(c.resolutionReason ?? '')}`];
  return [];
}

/** The card for a curated authority; where it names no use, the places the opinions cite it. */
function curatedCard(entry: AuthorityEntry, lib: HoverLibrary | undefined, c: Citation): string[] {
  const out = curatedCardLines(entry, lib ? (u) => lib.useLink(u) : undefined);
  if (!entry.usedIn.length) {
    const places = lib?.citedIn(c) ?? [];
    if (places.length) out.push('', `**In the bundled opinions:** ${places.slice(0, MAX_PLACES).map(link).join(', ')}`);
  }
  return out;
}

/** The card for an authority with no curated entry that the bundled opinions cite: each place, with its sentence. */
function placesCard(label: string, places: HoverPlace[]): string[] {
  const out: string[] = [`**${md(label)}**`, '', '**In the bundled opinions:**'];
  for (const p of places.slice(0, MAX_PLACES)) {
    const why = p.explanations.length ? ` ${md(p.explanations.join(' '))}` : '';
    out.push(`- ${link(p)}: ${md(clip(p.sentence, 240))}${why}`);
  }
  if (places.length > MAX_PLACES) out.push(`- and ${places.length - MAX_PLACES} more (Find All References lists them)`);
  return out;
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** The card for a doctrine named in prose. */
export function doctrineCard(d: DoctrineNote, idx: AuthorityIndex, lib?: HoverLibrary): string {
  return doctrineCardLines(d, (id) => idx.byId.get(id)?.citation, lib ? (u) => lib.useLink(u) : undefined).join('\n');
}

export function hoverFor(analysis: Analysis, offset: number, authorities: AuthorityIndex, lib?: HoverLibrary): HoverAnswer | undefined {
  const c = citationAt(analysis, offset);
  if (!c) {
    const d = doctrineAt(authorities, analysis.text, offset);
    if (!d) return undefined;
    return { markdown: doctrineCard(d.doctrine, authorities, lib), span: { start: d.start, end: d.end } };
  }
  const authority = analysis.result.authorities.find((a) => a.id === c.authority);
  const members = authority ? authority.citations : [c.index];
  const entry = entryFor(authorities, analysis.result.citations, members);
  const opinion = lib?.opinion(c);
  const lines: string[] = [];
  if (opinion) {
    lines.push(`**${md(opinion.citation)}**${opinion.judge ? ` (${md(opinion.judge)}, J.)` : ''}`);
    if (opinion.summary) lines.push('', md(opinion.summary));
    lines.push('', `Open in the library: ${link(opinion.open)}`);
    const places = lib?.citedIn(c) ?? [];
    if (places.length) lines.push('', `**Cited in the bundled opinions:** ${places.slice(0, MAX_PLACES).map(link).join(', ')}`);
  } else if (entry) {
    lines.push(...curatedCard(entry, lib, c));
  } else {
    const places = lib?.citedIn(c) ?? [];
    if (places.length) lines.push(...placesCard(authority?.label ?? shown(c), places));
  }
  // A parallel reporter is part of the citation it follows, not another citing.
  const times = authority ? authority.citations.filter((i) => !isParallel(analysis.result.citations[i])).length : 0;
  const cited = times > 1 ? `Cited ${times} times in this document.` : '';
  if (entry || opinion) {
    // Matched to an authority: the parts Pincite read are noise to a brief
    // writer; what a short form or Id. refers to, and the count, are not.
    const footer = [...resolutionLines(analysis, c), ...(cited ? [cited] : [])];
    if (footer.length) lines.push('', '---', '', ...footer);
  } else {
    // Not matched: the parts are how the writer sees what Pincite made of it.
    if (lines.length) lines.push('', '---', '');
    lines.push(`**${KIND_LABEL[c.kind]}**${authority ? ` — ${md(authority.label)}` : ''}`);
    lines.push(...partLines(analysis, c));
    if (cited) lines.push('', cited);
  }
  return { markdown: lines.join('\n'), span: { start: c.span.start, end: c.span.end } };
}
