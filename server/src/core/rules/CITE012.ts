// CITE012 — a pin that cannot exist: a page before the first page of the case
// (`850 F.2d 70, 62`) or a span that runs backwards (`46-45`). Short forms and
// Id. are measured against the full citation they refer to, in the reporter
// they use (`Shay, 749 A.2d at 1150. Id. at 140.` points before 749 A.2d 1147).
// An Id. the resolver could not attach because of its pin is CITE059's; a
// short form left unresolved because its pin comes before every case cited in
// that volume is reported here. The right page is in the source, so no fix.

import type { CaseCitation, Citation, Pin, ShortCaseCitation } from '../types';
import type { Rule } from './types';
import { allPins } from './citeParts';
import { isTopLevel, namesAgree, parallelLead, segKey } from '../cite/predicates';

/** The full-citation segment with `key` in the group led by `antecedent`. */
function segmentIn(cites: Citation[], antecedent: Citation, key: string): CaseCitation | undefined {
  const l = parallelLead(cites, antecedent);
  if (l.kind !== 'case') return undefined;
  const group = [l, ...l.parallels.map((p) => cites[p])];
  return group.find((g): g is CaseCitation => g.kind === 'case' && segKey(g) === key);
}

function backwards(pins: Pin[]): Pin[] {
  return pins.filter((p) => p.kind === 'range' && p.from !== undefined && p.to !== undefined && p.to < p.from);
}

function pagePins(pins: Pin[]): Array<Pin & { from: number }> {
  return pins.filter((p): p is Pin & { from: number } => (p.kind === 'page' || p.kind === 'range') && p.from !== undefined);
}

/** The reporter an Id. pins into: that of the citation it repeats. */
function idContextKey(cites: Citation[], id: Citation): string | undefined {
  if (id.nested) return undefined;
  for (let k = id.index - 1, steps = 0; k >= 0 && steps < 40; k--, steps++) {
    const p = cites[k];
    if (!isTopLevel(p)) continue;
    if (p.kind === 'id') continue;
    if (p.kind === 'case' || p.kind === 'shortCase') return segKey(p);
    return undefined;
  }
  return undefined;
}

export const CITE012: Rule = {
  meta: {
    code: 'CITE012',
    title: 'Impossible pinpoint',
    defaultSeverity: 'error',
    indigo: 'R11.7',
    bluebook: '3.2(a)',
    fix: 'none',
    checksQuoted: true,
  },
  check({ cites }) {
    const out = [];
    // Full citations seen so far, by `volume reporter` (the newest last, at most 200 a volume).
    const fullsBySeg = new Map<string, CaseCitation[]>();
    for (const c of cites) {
      const problems: string[] = [];
      for (const p of backwards(allPins(c))) problems.push(`the span "${p.text}" runs backwards`);
      const early = (pins: Pin[], first: number, label: string) => {
        for (const p of pagePins(pins)) {
          if (p.from < first) problems.push(`pin ${p.from} comes before page ${first}, where ${label} begins`);
        }
      };
      if (c.kind === 'case') {
        const first = Number(c.page);
        if (Number.isFinite(first) && c.page !== '') early(c.pins, first, `${c.volume} ${c.reporter ?? c.reporterAsWritten} ${c.page}`);
      } else if (c.kind === 'shortCase' && c.pins.length > 0) {
        const key = segKey(c);
        if (c.resolution === 'resolved' && c.antecedent != null) {
          const seg = segmentIn(cites, cites[c.antecedent], key);
          if (seg) early(c.pins, Number(seg.page), `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} ${seg.page}`);
        } else if (c.resolution === 'unresolved' && c.parallelOf === undefined) {
          problems.push(...beforeEveryCase(cites, c, fullsBySeg.get(key) ?? []));
        }
      } else if (c.kind === 'id' && c.resolution === 'resolved' && c.antecedent != null) {
        const key = idContextKey(cites, c);
        const seg = key ? segmentIn(cites, cites[c.antecedent], key) : undefined;
        if (seg) early(c.pins, Number(seg.page), `${seg.volume} ${seg.reporter ?? seg.reporterAsWritten} ${seg.page}`);
        for (const ps of c.parallelSegments) {
          const pseg = segmentIn(cites, cites[c.antecedent], segKey(ps));
          if (pseg) early(ps.pins, Number(pseg.page), `${pseg.volume} ${pseg.reporter ?? pseg.reporterAsWritten} ${pseg.page}`);
        }
      }
      if (c.kind === 'case') {
        const list = fullsBySeg.get(segKey(c)) ?? [];
        list.push(c);
        if (list.length > 200) list.shift();
        fullsBySeg.set(segKey(c), list);
      }
      if (problems.length === 0) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `Impossible pinpoint: ${[...new Set(problems)].join('; ')}. Check the page in the source.`,
        fixes: [],
      });
    }
    return out;
  },
};

/**
 * A short form the resolver could not attach: when every earlier full
 * citation in its volume (of a case whose name agrees) starts after the pin,
 * the pin is impossible whichever of them was meant.
 */
function beforeEveryCase(cites: Citation[], c: ShortCaseCitation, earlier: CaseCitation[]): string[] {
  const pins = pagePins(c.pins);
  if (pins.length === 0) return [];
  const fulls: CaseCitation[] = [];
  for (const f of earlier) {
    if (namesAgree(c.caseName?.text, (parallelLead(cites, f) as CaseCitation).caseName?.text)) fulls.push(f);
  }
  if (fulls.length === 0) return [];
  const out: string[] = [];
  for (const p of pins) {
    if (fulls.every((f) => Number(f.page) > p.from)) {
      const f = fulls[fulls.length - 1];
      out.push(`pin ${p.from} comes before page ${f.page}, where ${f.volume} ${f.reporter ?? f.reporterAsWritten} ${f.page} begins`);
    }
  }
  return out;
}
