// Short case forms (`Fenton, 233 N.E.2d at 219`): the earlier full citation
// in the same volume and reporter whose first page is not above the pin and
// whose name, when the short form gives one, agrees.

import type { CaseCitation, ShortCaseCitation } from '../types';
import { caseNameOf, firstPagePin, namesAgree, segKey } from '../cite/predicates';
import type { Resolver } from './resolve';

/**
 * A short form looks at no more than the last MAX_PAGES_PER_VOLUME pages cited
 * in its volume, which keeps resolution linear even on adversarial text; real
 * briefs cite a handful.
 */
const MAX_PAGES_PER_VOLUME = 200;

export function resolveShort(r: Resolver, c: ShortCaseCitation): void {
  const { cites, authorities } = r;
  const lead = r.leadOf(c);
  if (lead !== c) {
    // A parallel segment of a short form shares its lead's outcome.
    c.antecedent = lead.antecedent ?? null;
    c.resolution = lead.resolution;
    if (lead.authority) r.attach(c, lead.authority, 'case', authorities.get(lead.authority)!.label);
    return;
  }
  const segments = [c, ...c.parallels.map((p) => cites[p])].filter((x): x is ShortCaseCitation => x.kind === 'shortCase');
  let chosen: number | undefined;
  let reason = '';
  let candidate: number | undefined;
  for (const sg of segments) {
    const tried = fullCitationFor(r, c, sg, candidate);
    candidate = tried.candidate;
    if (tried.chosen !== undefined) {
      chosen = tried.chosen;
      break;
    }
    reason = tried.reason;
  }
  if (chosen === undefined) {
    c.antecedent = null;
    c.resolution = 'unresolved';
    c.resolutionReason = reason || 'no earlier full citation';
    if (candidate !== undefined) c.candidate = candidate;
    return;
  }
  c.antecedent = r.leadOf(cites[chosen]).index;
  c.resolution = 'resolved';
  const a = cites[chosen].authority;
  if (a) r.attach(c, a, 'case', authorities.get(a)!.label);
}

/**
 * The full citation segment `sg` of short form `c` points to: the case cited
 * in its volume that starts closest below the pin (and whose name agrees), or
 * why there is none. `candidate` is the likely target kept so far.
 */
function fullCitationFor(
  r: Resolver,
  c: ShortCaseCitation,
  sg: ShortCaseCitation,
  candidate: number | undefined,
): { chosen?: number; reason: string; candidate: number | undefined } {
  const cites = r.cites;
  const pages = r.fullBySeg.get(segKey(sg));
  const list = pages ? [...pages.values()].slice(-MAX_PAGES_PER_VOLUME) : [];
  if (list.length === 0) {
    return { reason: `no earlier full citation in ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`, candidate };
  }
  const pin = sg.page !== undefined ? Number(sg.page) : firstPagePin(sg.pins)?.from;
  // Distinct authorities in this volume whose first page is not above the pin.
  const byAuthority = new Map<string, number>();
  for (const idx of list) {
    const full = cites[idx] as CaseCitation;
    const page = Number(full.page);
    candidate = candidate ?? idx;
    if (pin !== undefined && Number.isFinite(page) && page > pin) continue;
    const a = full.authority ?? `#${idx}`;
    const prev = byAuthority.get(a);
    if (prev === undefined || Number((cites[prev] as CaseCitation).page) <= page) byAuthority.set(a, idx);
  }
  let options = [...byAuthority.values()];
  const nameOfLead = (idx: number) => caseNameOf(r.leadOf(cites[idx])) ?? caseNameOf(cites[idx]);
  if (c.caseName && options.length > 0) {
    const named = options.filter((idx) => namesAgree(c.caseName!.text, nameOfLead(idx)));
    if (named.length === 0) {
      return {
        reason: `${c.caseName.text} does not match the case cited at ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`,
        candidate: options[options.length - 1],
      };
    }
    options = named;
  }
  if (options.length === 0) {
    return { reason: `pin ${pin} comes before the first page of every case cited in ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten}`, candidate };
  }
  // The case that starts closest below the pin is the one the pin falls in.
  options.sort((a, b) => Number((cites[a] as CaseCitation).page) - Number((cites[b] as CaseCitation).page));
  const chosen = options[options.length - 1];
  // A pin on the first page of one case may be the last page of the case
  // before it, which can end on that page: `1 U.S., at 2` after both
  // `1 U.S. 1` and `1 U.S. 2` names neither for sure.
  if (options.length > 1 && pin !== undefined && Number((cites[chosen] as CaseCitation).page) === pin) {
    const other = cites[options[options.length - 2]] as CaseCitation;
    return { reason: `page ${pin} begins ${sg.volume} ${sg.reporter ?? sg.reporterAsWritten} ${pin} and may end the case at ${other.page}`, candidate: chosen };
  }
  return { chosen, reason: '', candidate };
}
