// The table of authorities Pincite knows: the curated entries (data/authorities/),
// the opinions of the library (caption, reporter citations, date), and every
// full case citation the bundled opinions themselves make. CITE091 asks it for
// the names known at a reporter page, CITE093 for the citations known under a
// name. Records that share a reporter page are one case (union by page), so a
// parallel citation (`91 S. Ct. 746` for `401 U.S. 37`) is the same case's.
//
// Built once per authority index and library and kept (a WeakMap on each);
// every lookup after that is a Map read.

import type { ScanResult } from '../types';
import type { Library } from '../library/library';
import type { AuthorityIndex } from './index';
import { nameKeys, nameSignature } from './caseNameKeys';

/** A reporter citation: `401 U.S. 37`. */
export interface ReporterCite {
  volume: string;
  reporter: string;
  page: number;
}

/** Where a known name comes from, most trusted first. */
export type KnownSource = 'curated' | 'library' | 'cited';

export interface KnownName {
  name: string;
  keys: string[];
  source: KnownSource;
}

/** One case as Pincite knows it, merged from every record that shares one of its reporter pages. */
export interface KnownCase {
  names: KnownName[];
  /** Every reporter citation, each once. */
  cites: ReporterCite[];
  /** Decision years the records give (more than one: the records disagree). */
  years: Set<number>;
  /** Courts the records give, as a citation writes them (`2d Cir.`); none for the Supreme Court. */
  courts: Set<string>;
  /**
   * True when a curated entry or a library opinion vouches for the case, or an
   * opinion cites it in full more than once: a single citation in an opinion
   * may carry the court's own slip, good enough to name the case at a page but
   * not to correct a brief's volume.
   */
  vouched: boolean;
}

export interface KnownTable {
  /** The case at a reporter page (`401 U.S. 37`). */
  byCite: Map<string, KnownCase>;
  /** The cases written with a name, by its signature (nameSignature). Two or more: the name is shared. */
  byName: Map<string, KnownCase[]>;
}

export function citeKey(c: ReporterCite): string {
  return `${c.volume} ${c.reporter} ${c.page}`;
}

export interface KnownRecord {
  name?: string;
  source: KnownSource;
  cites: ReporterCite[];
  year?: number;
  court?: string;
}

const NO_LIBRARY = {};
const tables = new WeakMap<object, WeakMap<object, { size: number; table: KnownTable }>>();

/** The table for these authorities and this library, built on first use and kept while neither changes. */
export function knownTable(authorities: AuthorityIndex | undefined, library: Library | undefined): KnownTable {
  const a: object = authorities ?? NO_LIBRARY;
  const l: object = library ?? NO_LIBRARY;
  let inner = tables.get(a);
  if (!inner) tables.set(a, (inner = new WeakMap()));
  const size = library?.size ?? 0;
  const hit = inner.get(l);
  if (hit && hit.size === size) return hit.table;
  const table = buildKnownTable(records(authorities, library));
  inner.set(l, { size, table });
  return table;
}

function records(authorities: AuthorityIndex | undefined, library: Library | undefined): KnownRecord[] {
  const out: KnownRecord[] = [];
  for (const e of authorities?.entries ?? []) {
    if (e.kind !== 'case') continue;
    const cites = (authorities!.keysOf.get(e.id) ?? []).map(reporterOfKey).filter((c): c is ReporterCite => !!c);
    out.push({ name: e.name, source: 'curated', cites, year: e.year, court: e.court === 'U.S.' ? undefined : e.court });
  }
  for (const o of library?.opinions ?? []) {
    const cites = o.meta.cites.flatMap((c) => (c.kind === 'reporter' ? [{ volume: c.volume, reporter: c.reporter, page: c.page }] : []));
    const year = Number(o.meta.date.slice(0, 4));
    out.push({ name: o.meta.caption, source: 'library', cites, year: Number.isInteger(year) && year > 0 ? year : undefined, court: o.meta.court });
    // The opinions that ship are few and fixed; a writer's folders may hold hundreds, whose texts are not scanned here.
    if (o.meta.bundled && o.primary) out.push(...citedIn(o.primary.citations));
  }
  return out;
}

/** `r:401 U.S. 37` → the citation; other keys (dockets, databases) give nothing. */
function reporterOfKey(key: string): ReporterCite | undefined {
  const m = /^r:(\S+) (.+) (\d+)$/.exec(key);
  return m ? { volume: m[1], reporter: m[2], page: Number(m[3]) } : undefined;
}

/** The full case citations an opinion makes (its text's scan, which "cited in" shares), each with its parallels, name, year and court. */
function citedIn(scan: ScanResult): KnownRecord[] {
  const out: KnownRecord[] = [];
  for (const c of scan.citations) {
    if (c.kind !== 'case' || c.parallelOf !== undefined || !c.reporter || c.ownCitation) continue;
    const cites: ReporterCite[] = [];
    for (const i of [c.index, ...c.parallels]) {
      const s = scan.citations[i];
      const page = Number(s?.kind === 'case' ? s.page : NaN);
      if (s?.kind === 'case' && s.reporter && Number.isInteger(page) && page > 0) cites.push({ volume: s.volume, reporter: s.reporter, page });
    }
    const name = c.caseName && !c.caseName.laidOut ? c.caseName.text : undefined;
    out.push({ name, source: 'cited', cites, year: c.year, court: c.court });
  }
  return out;
}

/** Merges records that share a reporter page, then indexes the cases by page and by name. */
export function buildKnownTable(recs: KnownRecord[]): KnownTable {
  // Union-find over records, joined through their pages.
  const parent = recs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const firstAt = new Map<string, number>();
  recs.forEach((r, i) => {
    for (const c of r.cites) {
      const k = citeKey(c);
      const j = firstAt.get(k);
      if (j === undefined) firstAt.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const cited = new Map<number, number>();
  recs.forEach((r, i) => {
    if (r.source === 'cited' && r.cites.length) cited.set(find(i), (cited.get(find(i)) ?? 0) + 1);
  });
  const cases = new Map<number, KnownCase>();
  recs.forEach((r, i) => {
    if (!r.cites.length) return;
    const root = find(i);
    let kc = cases.get(root);
    if (!kc) cases.set(root, (kc = { names: [], cites: [], years: new Set(), courts: new Set(), vouched: false }));
    kc.vouched ||= r.source !== 'cited' || (cited.get(root) ?? 0) >= 2;
    for (const c of r.cites) if (!kc.cites.some((x) => citeKey(x) === citeKey(c))) kc.cites.push(c);
    if (r.year !== undefined) kc.years.add(r.year);
    if (r.court) kc.courts.add(r.court);
    if (r.name) {
      const keys = nameKeys(r.name);
      if (keys.length && !kc.names.some((n) => n.name === r.name)) kc.names.push({ name: r.name, keys, source: r.source });
    }
  });
  const byCite = new Map<string, KnownCase>();
  const byName = new Map<string, KnownCase[]>();
  for (const kc of cases.values()) {
    const order: KnownSource[] = ['curated', 'library', 'cited'];
    kc.names.sort((x, y) => order.indexOf(x.source) - order.indexOf(y.source));
    for (const c of kc.cites) byCite.set(citeKey(c), kc);
    // A one-word name (`Brown`, or a scanner's `Co.`) is a short form, not a caption: it names no case.
    for (const sig of new Set(kc.names.filter((n) => n.keys.length >= 2).map((n) => nameSignature(n.keys)))) {
      const list = byName.get(sig);
      if (list) list.push(kc);
      else byName.set(sig, [kc]);
    }
  }
  return { byCite, byName };
}
