// buildToa: every authority the brief cites, once, in full Bluebook form, with
// where the brief cites it.
//
// - One entry per authority (all of its full, short, Id., supra and parallel
//   citations share `Authority.id`), written from the document's first full
//   citation: name, every reporter of the parallel group without pins, the
//   court-and-date parenthetical, subsequent history. Pins, explanatory and
//   weight parentheticals are left out.
// - Subsequent history is part of its case's entry, not an entry of its own.
// - Short forms and supras resolution could not attach (one written before
//   the full citation, say) join the authority resolution says they fit
//   (`fitsAuthority`, core/resolve); one with no full citation anywhere is
//   listed from its short form, flagged. The table resolves nothing itself.
// - `42 U.S.C. §§ 1983, 1988` and `Fed. R. Civ. P. 12(b)(1), 12(b)(6)` list
//   each section or rule as its own entry.
// - Record citations (Doc., Dkt., Compl.) and a bare docket number (the brief's
//   own caption) are not authorities.

import type { Authority, Citation, DocketCitation, ScanResult, Span } from '../types';
import { firstFullCitation, isParallel, parallelLead, segKey, type FullCaseCitation } from '../cite/predicates';
import { makeLocator } from './locations';
import { blankToaRegions, toaRegions } from './regions';
import { caseKey, constitutionKey, otherKey, ruleKey, statuteKey } from './sortKeys';
import { DEFAULT_TOA_OPTIONS, TOA_SECTIONS, type Toa, type ToaEntry, type ToaOptions, type ToaSectionTitle } from './types';

export const NO_FULL_CITATION = ' [no full citation]';

/** An entry in the making: which citations (by offset) count for it. */
interface Group {
  key: string;
  offsets: number[];
  /** Index of the first citation, which decides the form when no Authority does. */
  first: number;
  /** Synthetic entries (`§§` lists): kind and label stand in for an Authority. */
  synthetic?: { kind: 'statute' | 'regulation' | 'rule'; code: string; title?: string; section: string; label: string };
}

export function buildToa(text: string, result: ScanResult, options: ToaOptions = DEFAULT_TOA_OPTIONS): Toa {
  const cites = result.citations;
  // Normally empty: analyzeText already blanks the tables. Kept for a result made from unblanked text.
  const regions = toaRegions(text);
  const inRegion = (c: Citation) => regions.length > 0 && insideAny(regions, c.span.start);
  const authorities = new Map<string, Authority>(result.authorities.map((a) => [a.id, a]));

  // History authorities fold into the case they are history of, unless the brief also cites them in full on their own.
  const foldInto = historyFolds(cites, authorities);
  const canonicalKey = (key: string) => {
    let k = key;
    for (let g = 0; g < 8 && foldInto.has(k); g++) k = foldInto.get(k)!;
    return k;
  };

  // A docket number with no case name anywhere is the brief's own caption, not an authority.
  const captionDockets = new Set<string>();
  for (const a of authorities.values()) {
    if (a.kind === 'case' && a.citations.every((i) => cites[i].kind === 'docket' && !(cites[i] as DocketCitation).caseName)) captionDockets.add(a.id);
  }

  const groups = new Map<string, Group>();
  const add = (key: string, c: Citation, synthetic?: Group['synthetic']) => {
    const k = canonicalKey(key);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, offsets: [], first: c.index, synthetic }));
    g.offsets.push(c.span.start);
  };
  const keyOf: Array<string | undefined> = [];

  for (const c of cites) {
    if (inRegion(c)) continue;
    const key = entryKey(c);
    keyOf[c.index] = key;
    if (!key) continue;
    add(key, c);
    if (c.kind === 'statute' || c.kind === 'regulation' || c.kind === 'rule') {
      for (const more of continuation(text, c)) add(`${c.kind}:${more.label}`, c, more);
    }
  }

  function entryKey(c: Citation): string | undefined {
    if (c.kind === 'record') return undefined;
    if (c.authority) return captionDockets.has(c.authority) ? undefined : c.authority;
    if (isParallel(c)) return keyOf[c.parallelOf];
    // A short form or supra resolution could not attach is listed where it fits (fitsAuthority), else on its own.
    if (c.kind === 'shortCase') return c.fitsAuthority ?? `short:${segKey(c)} ${lowerWords(c.caseName?.text)}`;
    if (c.kind === 'supra' && c.antecedent == null) return c.fitsAuthority ?? `supra:${lowerWords(c.name)}`;
    return undefined; // an Id. that could not be resolved: nothing to count it for
  }

  // Entries.
  const locate = makeLocator(blankToaRegions(text));
  const bySection = new Map<ToaSectionTitle, ToaEntry[]>();
  for (const g of groups.values()) {
    const made = describe(g);
    if (!made) continue;
    const locations: string[] = [];
    const seen = new Set<string>();
    for (const o of [...g.offsets].sort((a, b) => a - b)) {
      const l = locate.at(o);
      if (!seen.has(l)) seen.add(l), locations.push(l);
    }
    const entry: ToaEntry = {
      authority: g.key,
      text: made.text,
      italic: made.italic,
      fullCitation: made.full,
      sortKey: made.sortKey,
      locations,
      passim: locations.length > options.passim,
    };
    const list = bySection.get(made.section);
    if (list) list.push(entry);
    else bySection.set(made.section, [entry]);
  }
  const sections = TOA_SECTIONS.filter((t) => bySection.has(t)).map((title) => ({
    title,
    entries: bySection.get(title)!.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0)),
  }));
  return { sections, locationKind: locate.kind };

  function describe(g: Group): { section: ToaSectionTitle; text: string; italic: Span[]; full: boolean; sortKey: string } | undefined {
    if (g.synthetic) {
      const s = g.synthetic;
      const section = s.kind === 'statute' ? 'Statutes' : s.kind === 'rule' ? 'Rules' : 'Other Authorities';
      const sortKey = s.kind === 'statute' ? statuteKey(s) : s.kind === 'rule' ? ruleKey({ code: s.code, rule: s.section }) : otherKey({ regulation: s });
      return { section, text: s.label, italic: [], full: true, sortKey };
    }
    const a = authorities.get(g.key);
    const c = cites[g.first];
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
          italic: [{ start: 0, end: name.length }, { start: name.length + 2, end: body.length }],
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
        const f = firstFullCitation(cites, a);
        if (!f) return { section: 'Cases', text: a.label.trim(), italic: [], full: true, sortKey: caseKey(undefined, a.label) };
        const w = new Writer();
        writeCase(w, f, a);
        return { section: 'Cases', text: w.text, italic: w.italic, full: true, sortKey: caseKey(nameFor(f, a), w.text) };
      }
      case 'statute': {
        if (c.kind !== 'statute') return undefined;
        // A range cited with `§§` keeps it (`§§ 1981-1983`); a hyphenated section (`§ 4-165`) has `§`.
        const range = c.sectionSign === '§§' && /[-–]/.test(c.section) && continuation(text, c).length === 0;
        return { section: 'Statutes', text: range ? a.label.trim().replace(' § ', ' §§ ') : a.label.trim(), italic: [], full: true, sortKey: statuteKey(c) };
      }
      case 'regulation':
        return c.kind === 'regulation' ? { section: 'Other Authorities', text: a.label.trim(), italic: [], full: true, sortKey: otherKey({ regulation: c }) } : undefined;
      case 'rule':
        return c.kind === 'rule' ? { section: 'Rules', text: a.label.trim(), italic: [], full: true, sortKey: ruleKey(c) } : undefined;
      case 'constitution':
        return c.kind === 'constitution'
          ? { section: 'Constitutional Provisions', text: a.label.trim(), italic: [], full: true, sortKey: constitutionKey(c) }
          : undefined;
      default:
        return undefined;
    }
  }

  /** The case's name: its first full citation's, else another full citation's. */
  function nameFor(f: FullCaseCitation, a: Authority): string | undefined {
    if (f.caseName) return f.caseName.text;
    for (const i of a.citations) {
      const c = cites[i];
      if ((c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && c.caseName) return c.caseName.text;
    }
    return undefined;
  }

  function writeCase(w: Writer, f: FullCaseCitation, a: Authority) {
    const name = nameFor(f, a);
    if (name) w.put(name, true).put(', ');
    writeBody(w, f);
    // Subsequent history: each citation whose `historyOf` is this case or earlier history, in order.
    const mine = new Set<number>([f.index, ...parallelsOf(f)]);
    const history = new Set<number>(mine);
    for (let i = f.index + 1; i < cites.length; i++) {
      const c = cites[i];
      if (mine.has(i)) continue;
      if (c.nested && c.nestedIn !== undefined && mine.has(c.nestedIn)) {
        mine.add(i);
        continue;
      }
      if (c.historyOf === undefined || !history.has(c.historyOf) || !(c.kind === 'case' || c.kind === 'database' || c.kind === 'docket')) break;
      mine.add(i);
      history.add(i);
      for (const p of parallelsOf(c)) mine.add(p), history.add(p);
      const phrase = (c.historyPhrase ?? '').replace(/,$/, '');
      w.put(', ');
      if (phrase) w.put(phrase, true).put(', ');
      if (c.caseName) w.put(c.caseName.text, true).put(', ');
      writeBody(w, c);
    }
  }

  function parallelsOf(c: Citation): number[] {
    return 'parallels' in c ? c.parallels : [];
  }

  /** Docket, reporter segments and the court-and-date parenthetical, without pins. */
  function writeBody(w: Writer, f: FullCaseCitation) {
    const parts: string[] = [];
    if (f.kind === 'docket') parts.push(docketText(f.docket));
    if (f.kind === 'database' && f.docket) parts.push(docketText(f.docket));
    for (const i of [f.index, ...parallelsOf(f)]) {
      const s = cites[i];
      if (s.kind === 'case') parts.push(`${s.volume} ${s.reporter ?? s.reporterAsWritten} ${s.page}`);
      else if (s.kind === 'database') parts.push(`${s.year} ${s.database} ${s.number}`);
    }
    w.put(parts.join(', '));
    const court = f.court;
    const when = f.date ?? (f.kind === 'database' ? f.decisionYear : f.year);
    const paren = [court, when].filter((x) => x !== undefined && x !== '').join(' ');
    if (paren) w.put(` (${paren})`);
  }
}

/** Whether `offset` lies in one of `spans` (sorted, disjoint). */
function insideAny(spans: Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset >= spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `No. 3:21-cv-107 (JAM)` however the docket was introduced. */
function docketText(d: string): string {
  const t = d.trim();
  return /^Nos?\./i.test(t) ? t.replace(/^(Nos?)\.\s*/i, (_m, n: string) => `${n[0].toUpperCase()}${n.slice(1).toLowerCase()}. `) : `No. ${t}`;
}

/** Authorities of subsequent history that the brief never cites on their own, mapped to the authority of the case they follow. */
function historyFolds(cites: Citation[], authorities: Map<string, Authority>): Map<string, string> {
  const folds = new Map<string, string>();
  for (const a of authorities.values()) {
    if (a.kind !== 'case') continue;
    let parent: string | undefined;
    let standsAlone = false;
    for (const i of a.citations) {
      const c = cites[i];
      const isLead = (c.kind === 'case' || c.kind === 'database' || c.kind === 'docket') && !isParallel(c);
      if (!isLead) continue;
      if (c.historyOf === undefined) standsAlone = true;
      else parent ??= parallelLead(cites, cites[c.historyOf]).authority;
    }
    if (!standsAlone && parent && parent !== a.id) folds.set(a.id, parent);
  }
  return folds;
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

function lowerWords(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * The further sections of `§§ 1983, 1988` and rules of `Fed. R. Civ. P.
 * 12(b)(1), 12(b)(6)` that the scanner leaves after the first. A token counts
 * only if what follows it ends the list (punctuation, `and`, a year), so a
 * volume of the next citation (`, 556 U.S. 662`) is never taken for one.
 */
function continuation(text: string, c: Citation): Array<NonNullable<Group['synthetic']>> {
  if (c.kind !== 'statute' && c.kind !== 'regulation' && c.kind !== 'rule') return [];
  if (c.kind !== 'rule' && !/^(?:§§|secs?\.|sections)$/i.test(c.sectionSign)) return [];
  const out: Array<NonNullable<Group['synthetic']>> = [];
  let j = c.span.end;
  for (let n = 0; n < 20; n++) {
    const m = CONTINUED.exec(text.slice(j, j + 60));
    if (!m) break;
    const token = cleanToken(m[1]);
    const tokenEnd = j + m[0].length - m[1].length + token.length;
    if (!LIST_GOES_ON.test(text.slice(tokenEnd, tokenEnd + 12))) break;
    if (c.kind === 'rule') out.push({ kind: 'rule', code: c.code, section: token, label: `${c.code} ${token}` });
    else out.push({ kind: c.kind, code: c.code, title: c.title, section: token, label: `${c.title ? c.title + ' ' : ''}${c.code} § ${token}` });
    j = tokenEnd;
  }
  return out;
}

/** A listed section without the sentence's punctuation or a bracket closing around the citation. */
function cleanToken(t: string): string {
  let s = t.replace(/[.,:]+$/, '');
  const opens = (x: string) => x.split('(').length - 1;
  const closes = (x: string) => x.split(')').length - 1;
  while (s.endsWith(')') && closes(s) > opens(s)) s = s.slice(0, -1).replace(/[.,:]+$/, '');
  return s;
}

/** `, 1988` / ` and 1988` / `, and 12(b)(6)` at the start of a slice (bounded: a 60-character window). */
const CONTINUED = /^(?:,[ \t]?(?:and[ \t]|&[ \t])?|[ \t](?:and|&)[ \t])[ \t]?(\d[\dA-Za-z\-.:()]{0,24})/;
/** What may follow a listed section: the end of the list or of the sentence, another item, a year. */
const LIST_GOES_ON = /^(?:$|[,;.)\]]|\s+(?:and|&|or)\s|\s*\(\d{4}\)|\s*\n|\s+[a-z])/;
