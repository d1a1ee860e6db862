// The authority a short form or supra fits when resolution could not attach
// it (one written before its full citation): where the table of authorities
// lists it, while the rules still see it unresolved.

import type { Authority, CaseCitation, Citation, ShortCaseCitation } from '../types';
import { caseNameOf, firstFullCitation, firstPagePin, isParallel, namesAgree, parallelLead, segKey, significantNameWords } from '../cite/predicates';

/**
 * Short forms and supras resolution left without an authority (one written
 * before its full citation, say) get `fitsAuthority` when a full citation
 * anywhere in the document fits them:
 * - a short form: a full citation in the same volume and reporter whose name
 *   agrees and whose first page is not above the pin (the closest below it);
 *   with no pin, only when one authority qualifies;
 * - a supra: the one case whose first full citation shares a significant word
 *   of its name.
 * History citations are no fit; a table's entries are (a short form after a
 * brief's hand-written table of authorities still belongs to its entry).
 */
export function fitUnattached(cites: Citation[], authorities: Map<string, Authority>): void {
  let fullBySeg: Map<string, CaseCitation[]> | undefined;
  let casesByNameWord: Map<string, Set<string>> | undefined;
  for (const c of cites) {
    if (c.authority) continue;
    if (c.kind === 'shortCase' && !isParallel(c)) c.fitsAuthority = fitShort(cites, c, (fullBySeg ??= fullsBySegment(cites)));
    else if (c.kind === 'supra' && c.antecedent == null) c.fitsAuthority = fitSupra(c.name, (casesByNameWord ??= casesByFirstNameWord(cites, authorities)));
  }
}

/** Full case citations with an authority, not history, by `volume reporter`, in document order. */
function fullsBySegment(cites: Citation[]): Map<string, CaseCitation[]> {
  const out = new Map<string, CaseCitation[]>();
  for (const c of cites) {
    if (c.kind !== 'case' || !c.authority || c.historyOf !== undefined) continue;
    const k = segKey(c);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

function fitShort(cites: Citation[], c: ShortCaseCitation, fullBySeg: Map<string, CaseCitation[]>): string | undefined {
  // The latest 200 full citations of a volume, as resolution looks at, keep this linear on any input.
  const list = (fullBySeg.get(segKey(c)) ?? []).slice(-200);
  const pin = c.page !== undefined ? Number(c.page) : firstPagePin(c.pins)?.from;
  let best: CaseCitation | undefined;
  const ids = new Set<string>();
  for (const f of list) {
    if (c.caseName && !namesAgree(c.caseName.text, caseNameOf(parallelLead(cites, f)))) continue;
    ids.add(f.authority!);
    const page = Number(f.page);
    if (pin !== undefined && Number.isFinite(page) && page > pin) continue;
    if (!best || Number(best.page) < page) best = f;
  }
  return best && (pin !== undefined || ids.size === 1) ? best.authority : undefined;
}

/** Authorities of cases by each significant word of their first full citation's name. */
function casesByFirstNameWord(cites: Citation[], authorities: Map<string, Authority>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of authorities.values()) {
    if (a.kind !== 'case') continue;
    for (const w of significantNameWords(firstFullCitation(cites, a)?.caseName?.text)) {
      const set = out.get(w);
      if (set) set.add(a.id);
      else out.set(w, new Set([a.id]));
    }
  }
  return out;
}

function fitSupra(name: string, casesByNameWord: Map<string, Set<string>>): string | undefined {
  const found = new Set<string>();
  for (const w of significantNameWords(name)) for (const id of casesByNameWord.get(w) ?? []) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}
