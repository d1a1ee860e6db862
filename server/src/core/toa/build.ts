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

import type { Authority, Citation, ScanResult, Span } from '../types';
import { isCaptionDocket, isParallel, parallelLead, segKey } from '../cite/predicates';
import { makeLocator } from './locations';
import { blankToaRegions, toaRegions } from './regions';
import { describe, type EntryContext, type Group } from './entryText';
import { continuation } from './sectionLists';
import { entryFindings, fixEntry } from './canonical';
import { withRenderedPages } from './renderedPages';
import { caseKey } from './sortKeys';
import { chooseStyle } from '../style/detect';
import type { CheckOptions } from '../rules/index';
import { DEFAULT_TOA_OPTIONS, TOA_SECTIONS, type Toa, type ToaEntry, type ToaOptions, type ToaSectionTitle } from './types';

export function buildToa(text: string, result: ScanResult, options: ToaOptions = DEFAULT_TOA_OPTIONS): Toa {
  const cites = result.citations;
  const authorities = new Map<string, Authority>(result.authorities.map((a) => [a.id, a]));
  const groups = groupCitations(text, cites, authorities);

  // Entries.
  const ctx: EntryContext = { text, cites, authorities, curated: options.check?.authorities };
  // Entries are checked as the brief is: its settings, and its house style (read from the brief, not from the entry).
  // Entries carry no pins or quotations, so the opinions library has nothing to check in them.
  const checkOptions: CheckOptions = { ...options.check, library: undefined, style: chooseStyle(options.check?.style, text, result).profile.name };
  const locate = makeLocator(blankToaRegions(text));
  const bySection = new Map<ToaSectionTitle, ToaEntry[]>();
  for (const g of groups.values()) {
    const made = describe(ctx, g);
    if (!made) continue;
    if (made.full) {
      // The rules' safe fixes, applied to the entry: the table never copies a mistake the checker can mend.
      let fixed = fixEntry(made, checkOptions);
      // The curated name, unless the brief's own draws fewer findings (a curated name may keep words the rules would drop).
      if (made.alt) {
        const own = fixEntry(made.alt, checkOptions);
        if (entryFindings(own, checkOptions).length < entryFindings(fixed, checkOptions).length) fixed = own;
      }
      if (fixed.text !== made.text) {
        const name = fixed.italic[0]?.start === 0 ? fixed.text.slice(0, fixed.italic[0].end) : undefined;
        Object.assign(made, fixed, made.section === 'Cases' ? { sortKey: caseKey(name, fixed.text) } : {});
      }
    }
    const locations: string[] = [];
    const seen = new Set<string>();
    for (const o of [...g.offsets].sort((a, b) => a - b)) {
      const l = locate.at(o);
      if (!seen.has(l)) (seen.add(l), locations.push(l));
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
  const toa: Toa = { sections, locationKind: locate.kind };
  if (options.renderedPages === undefined) return toa;
  return withRenderedPages(toa, options.renderedPages, options, (t, r) => buildToa(t, r, { passim: options.passim })) ?? toa;
}

/**
 * The entries in the making, in the order their first citation comes: each
 * citation counted under its authority's key (history folded into its case,
 * a listed section under its own), outside any table of authorities.
 */
function groupCitations(text: string, cites: Citation[], authorities: Map<string, Authority>): Map<string, Group> {
  // Normally empty: analyzeText already blanks the tables. Kept for a result made from unblanked text.
  const regions = toaRegions(text);
  const inRegion = (c: Citation) => regions.length > 0 && insideAny(regions, c.span.start);

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
    if (isCaptionDocket(a, cites)) captionDockets.add(a.id);
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
    // The brief's own typed table repeats its citations, as a generated one does: neither counts.
    if (inRegion(c) || c.inTable) continue;
    const key = entryKey(c, captionDockets, keyOf);
    keyOf[c.index] = key;
    if (!key) continue;
    add(key, c);
    if (c.kind === 'statute' || c.kind === 'regulation' || c.kind === 'rule') {
      for (const more of continuation(text, c)) add(`${c.kind}:${more.label}`, c, more);
    }
  }
  return groups;
}

/** The entry a citation counts for (`keyOf` holds those of the citations before it), or undefined when it counts for none. */
function entryKey(c: Citation, captionDockets: Set<string>, keyOf: Array<string | undefined>): string | undefined {
  if (c.kind === 'record') return undefined;
  if (c.authority) return captionDockets.has(c.authority) ? undefined : c.authority;
  if (isParallel(c)) return keyOf[c.parallelOf];
  // A short form or supra resolution could not attach is listed where it fits (fitsAuthority), else on its own.
  if (c.kind === 'shortCase') return c.fitsAuthority ?? `short:${segKey(c)} ${lowerWords(c.caseName?.text)}`;
  if (c.kind === 'supra' && c.antecedent == null) return c.fitsAuthority ?? `supra:${lowerWords(c.name)}`;
  return undefined; // an Id. that could not be resolved: nothing to count it for
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

function lowerWords(s: string | undefined): string {
  return (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
