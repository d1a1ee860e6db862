// How an entry of the table of authorities reads (see build.ts): a case from
// its first full citation with every reporter of its parallel group, the
// court-and-date parenthetical and its subsequent history, names in italics;
// a statute, rule or constitution by its label; a short form or supra with no
// full citation anywhere from its own text, flagged.

import type { Authority, Citation, Span } from '../types';
import { firstFullCitation, type FullCaseCitation } from '../cite/predicates';
import { caseKey, constitutionKey, otherKey, regulationKey, ruleKey, sourceStatuteKey, statuteKey } from './sortKeys';
import { toaSection } from './sections';
import { sourceEntry } from './sourceEntry';
import { lookupJournal } from '../data/journals';
import { continuation, type ListedSection } from './sectionLists';
import { curatedCase, nameFromEmphasis, reportKey } from './caseNames';
import type { AuthorityIndex } from '../authorities/index';
import type { ToaSectionTitle } from './types';

export const NO_FULL_CITATION = ' [no full citation]';

/** An entry in the making: which citations (by offset) count for it. */
export interface Group {
  key: string;
  offsets: number[];
  /** Index of the first citation, which decides the form when no Authority does. */
  first: number;
  /** Synthetic entries (`§§` lists): kind and label stand in for an Authority. */
  synthetic?: ListedSection;
}

/** What an entry is written from: the brief's text, its citations and their authorities by id. */
export interface EntryContext {
  text: string;
  cites: Citation[];
  authorities: Map<string, Authority>;
  /** The curated authorities, whose names and parentheticals are canonical. */
  curated?: AuthorityIndex;
}

/** An entry's text as first written, before the checker's fixes (canonical.ts). */
export interface Described {
  section: ToaSectionTitle;
  text: string;
  italic: Span[];
  full: boolean;
  sortKey: string;
  /** The same case under the brief's own name, when the curated name differs: the table takes whichever the checker finds less wrong. */
  alt?: { text: string; italic: Span[]; sortKey: string };
}

export function describe(ctx: EntryContext, g: Group): Described | undefined {
  if (g.synthetic) {
    const s = g.synthetic;
    const sortKey = s.kind === 'statute' ? statuteKey(s) : s.kind === 'rule' ? ruleKey({ code: s.code, rule: s.section }) : regulationKey(s);
    return { section: toaSection(s), text: s.label, italic: [], full: true, sortKey };
  }
  const a = ctx.authorities.get(g.key);
  const c = ctx.cites[g.first];
  if (!a) {
    // Cited only by short forms or supra: listed from the first of them, flagged.
    if (c.kind === 'shortCase') {
      const name = c.caseName ? squash(c.caseName.text) : undefined;
      const pin = c.pins[0] ? ` at ${c.pins[0].text}` : c.page ? ` ${c.page}` : '';
      const body = `${name ? name + ', ' : ''}${c.volume} ${c.reporter ?? c.reporterAsWritten}${pin}`;
      return {
        section: 'Cases',
        text: body + NO_FULL_CITATION,
        italic: name ? [{ start: 0, end: name.length }] : [],
        full: false,
        sortKey: caseKey(name, body),
      };
    }
    if (c.kind === 'supra') {
      const name = squash(c.name);
      const body = `${name}, supra`;
      return {
        section: 'Other Authorities',
        text: body + NO_FULL_CITATION,
        italic: [
          { start: 0, end: name.length },
          { start: name.length + 2, end: body.length },
        ],
        full: false,
        sortKey: otherKey({ name }),
      };
    }
    return undefined;
  }
  switch (a.kind) {
    case 'case':
    case 'database':
    case 'docket': {
      const f = firstFullCitation(ctx.cites, a);
      if (!f) return { section: 'Cases', text: a.label.trim(), italic: [], full: true, sortKey: caseKey(undefined, a.label) };
      const w = new Writer();
      const name = writeCase(ctx, w, f, a, true);
      const made: Described = { section: 'Cases', text: w.text, italic: w.italic, full: true, sortKey: caseKey(name, w.text) };
      const own = new Writer();
      const ownName = writeCase(ctx, own, f, a, false);
      if (own.text !== w.text) made.alt = { text: own.text, italic: own.italic, sortKey: caseKey(ownName, own.text) };
      return made;
    }
    case 'statute': {
      if (c.kind !== 'statute') return undefined;
      // A range cited with `§§` keeps it (`§§ 1981-1983`); a hyphenated section (`§ 4-165`) has `§`.
      const range = c.sectionSign === '§§' && /[-–]/.test(c.section) && continuation(ctx.text, c).length === 0;
      return { section: toaSection(c), text: range ? a.label.trim().replace(' § ', ' §§ ') : a.label.trim(), italic: [], full: true, sortKey: statuteKey(c) };
    }
    case 'regulation':
      return c.kind === 'regulation' ? { section: toaSection(c), text: a.label.trim(), italic: [], full: true, sortKey: regulationKey(c) } : undefined;
    case 'rule':
      return c.kind === 'rule' ? { section: toaSection(c), text: a.label.trim(), italic: [], full: true, sortKey: ruleKey(c) } : undefined;
    case 'constitution':
      return c.kind === 'constitution' ? { section: toaSection(c), text: a.label.trim(), italic: [], full: true, sortKey: constitutionKey(c) } : undefined;
    case 'source': {
      if (c.kind !== 'source') return undefined;
      const section = toaSection(c);
      const made = sourceEntry(ctx.text, ctx.cites, c, lookupJournal(c.series) !== undefined);
      // Session laws after the codes; the Federal Register after the C.F.R.; the rest by how they read.
      const sortKey =
        section === 'Statutes' ? sourceStatuteKey(made.text) : section === 'Regulations' ? regulationKey({ name: made.text }) : otherKey({ name: made.text });
      return { section, text: made.text, italic: made.italic, full: true, sortKey };
    }
    case 'secondary': {
      if (c.kind !== 'secondary') return undefined;
      // The work's label in full; its title in italics, as briefs set the titles of books, articles and hearings.
      // (A Restatement's name is its title and stays roman, as the brief writes it.)
      const text = a.label.trim();
      const title = c.form === 'restatement' ? undefined : (c.work ?? c.title);
      const at = title ? text.indexOf(title) : -1;
      const italic = title && at >= 0 ? [{ start: at, end: at + title.length }] : [];
      return { section: toaSection(c), text, italic, full: true, sortKey: otherKey({ name: text }) };
    }
    default:
      // A kind this file does not write yet: listed as the scanner labels it, where toaSection routes it.
      return a.label.trim() ? { section: toaSection(c), text: a.label.trim(), italic: [], full: true, sortKey: otherKey({ name: a.label }) } : undefined;
  }
}

/** The case's name: its first full citation's, else another full citation's. */
function nameFor(ctx: EntryContext, f: FullCaseCitation, a: Authority): string | undefined {
  if (f.caseName) return f.caseName.text;
  for (const i of a.citations) {
    const c = ctx.cites[i];
    if ((c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && c.caseName) return c.caseName.text;
  }
  return undefined;
}

/** Writes the case's entry; returns the name it is filed under. */
function writeCase(ctx: EntryContext, w: Writer, f: FullCaseCitation, a: Authority, curatedName: boolean): string | undefined {
  // The curated name (when asked for), else the writer's whole name when the scanner read it cut (caseNames.ts), else the scanner's.
  const curated = curatedCase(ctx.curated, ctx.cites, a);
  const name = (curatedName ? curated?.name : undefined) ?? nameFromEmphasis(ctx.text, f) ?? nameFor(ctx, f, a);
  if (name) w.put(name, true).put(', ');
  // The curated parenthetical when the brief cites the report the curators did (it gives a court the brief may leave out).
  writeBody(ctx, w, f, curated && curated.lead === reportKey(f) ? curated : undefined);
  // Subsequent history: each citation whose `historyOf` is this case or earlier history, in order.
  const mine = new Set<number>([f.index, ...parallelsOf(f)]);
  const history = new Set<number>(mine);
  for (let i = f.index + 1; i < ctx.cites.length; i++) {
    const c = ctx.cites[i];
    if (mine.has(i)) continue;
    if (c.nested && c.nestedIn !== undefined && mine.has(c.nestedIn)) {
      mine.add(i);
      continue;
    }
    if (c.historyOf === undefined || !history.has(c.historyOf) || !(c.kind === 'case' || c.kind === 'database' || c.kind === 'docket')) break;
    mine.add(i);
    history.add(i);
    for (const p of parallelsOf(c)) (mine.add(p), history.add(p));
    const phrase = squash(c.historyPhrase ?? '')
      .replace(/,\s*$/, '')
      .trim();
    w.put(', ');
    // `aff'd, 434 F. App'x 32` but `overruled by Pearson v. Callahan`: a phrase ending in "by" runs straight into the name.
    if (phrase) w.put(phrase, true).put(/\bby$/.test(phrase) ? ' ' : ', ');
    const historyName = c.caseName ? (nameFromEmphasis(ctx.text, c) ?? c.caseName.text) : undefined;
    if (historyName) w.put(historyName, true).put(', ');
    writeBody(ctx, w, c);
  }
  return name;
}

function parallelsOf(c: Citation): number[] {
  return 'parallels' in c ? c.parallels : [];
}

/** Docket, reporter segments and the court-and-date parenthetical, without pins. */
function writeBody(ctx: EntryContext, w: Writer, f: FullCaseCitation, curated?: { court?: string; when?: string }) {
  const parts: string[] = [];
  if (f.kind === 'docket') parts.push(docketText(f.docket));
  if (f.kind === 'database' && f.docket) parts.push(docketText(f.docket));
  for (const i of [f.index, ...parallelsOf(f)]) {
    const s = ctx.cites[i];
    // A web citation keeps its hyphens (`2006-Ohio-2095`), as its court requires.
    if (s.kind === 'case')
      parts.push(s.publicDomain === 'web' ? `${s.volume}-${s.reporter ?? s.reporterAsWritten}-${s.page}` : `${s.volume} ${s.reporter ?? s.reporterAsWritten} ${s.page}`);
    else if (s.kind === 'database') parts.push(`${s.year} ${s.database} ${s.number}`);
  }
  w.put(parts.join(', '));
  const court = curated ? curated.court : f.court;
  // A public-domain citation carries its year and court: the entry does not repeat the year in a parenthetical.
  const yearInCite = f.kind === 'case' && f.publicDomain !== undefined && f.date === undefined && String(f.year) === f.volume;
  const when = curated?.when ?? f.date ?? (f.kind === 'database' ? f.decisionYear : yearInCite ? undefined : f.year);
  const paren = [court, when].filter((x) => x !== undefined && x !== '').join(' ');
  if (paren) w.put(` (${paren})`);
}

/** `No. 3:21-cv-107 (JAM)` however the docket was introduced. */
function docketText(d: string): string {
  const t = d.trim();
  return /^Nos?\./i.test(t) ? t.replace(/^(Nos?)\.\s*/i, (_m, n: string) => `${n[0].toUpperCase()}${n.slice(1).toLowerCase()}. `) : `No. ${t}`;
}

/** Text with italic ranges, built left to right. */
class Writer {
  text = '';
  italic: Span[] = [];
  put(written: string, italic = false): this {
    const s = squash(written);
    if (italic && s) this.italic.push({ start: this.text.length, end: this.text.length + s.length });
    this.text += s;
    return this;
  }
}

/** A name written across a line break reads as one line. */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}
