// CITE021 — the order of parallel citations. A Supreme Court cite runs U.S.,
// then S. Ct., then L. Ed.; a state case gives the official state reporter
// first, then the regional reporter (and, for New York, N.Y.S. last). The fix
// moves each reporter segment together with its own pin; the separators and
// everything around the group stay where they are. While the settings drop
// Supreme Court parallels after U.S. (the default), CITE020 speaks for those
// instead: putting in order what should go would only add noise.

import { edition } from '../data/reporters';
import type { Edit, Rule } from './types';
import { isReporterCitation, parallelGroup } from './parallelTools';
import { minimalEdit } from './edits';

const SCOTUS_RANK: Record<string, number> = { 'U.S.': 0, 'S. Ct.': 1, 'L. Ed.': 2, 'L. Ed. 2d': 2 };

/** [family, rank] of a reporter, or undefined when the order rule does not cover it. */
function rankOf(reporter: string | null): [string, number] | undefined {
  if (!reporter) return undefined;
  if (reporter in SCOTUS_RANK) return ['scotus', SCOTUS_RANK[reporter]];
  const e = edition(reporter);
  if (!e) return undefined;
  if (e.citeType === 'state_regional') return ['state', 1];
  if (e.citeType === 'state') return ['state', /^N\.Y\.S\./.test(reporter) ? 2 : 0];
  return undefined;
}

export const CITE021: Rule = {
  meta: {
    code: 'CITE021',
    title: 'Order of parallel citations',
    defaultSeverity: 'warning',
    indigo: 'T1, R11.6.3',
    bluebook: 'T1, 10.3.1',
    fix: 'safe',
  },
  check({ cites, text, settings }) {
    const out = [];
    const keepScotus = settings?.parallelSupremeCourt === 'keep';
    for (const c of cites) {
      if (!isReporterCitation(c) || c.parallelOf !== undefined || c.parallels.length === 0) continue;
      // A short form that repeats a full segment (`Saucier, 150 L. Ed. 2d 272, 121 S. Ct. at 2156`) is
      // CITE054's: its fix drops the full segment, so reordering would only fight it.
      if (c.kind === 'shortCase' && [c, ...c.parallels.map((p) => cites[p])].some((x) => x.kind === 'shortCase' && x.page !== undefined)) continue;
      const group = parallelGroup(cites, c);
      if (!group) continue;
      const ranks = group.map((s) => rankOf(s.cite.reporter));
      if (ranks.some((r) => !r)) continue;
      const family = ranks[0]![0];
      if (ranks.some((r) => r![0] !== family)) continue;
      // Parallels after a U.S. cite are dropped (CITE020) unless the settings keep them: their order is moot.
      if (family === 'scotus' && !keepScotus && group.some((s) => s.cite.reporter === 'U.S.')) continue;
      let ordered = true;
      for (let k = 1; k < ranks.length; k++) if (ranks[k]![1] < ranks[k - 1]![1]) ordered = false;
      if (ordered) continue;
      const order = group.map((s, k) => ({ s, k })).sort((a, b) => ranks[a.k]![1] - ranks[b.k]![1] || a.k - b.k);
      const texts = group.map((s) => text.slice(s.span.start, s.span.end));
      const edits: Edit[] = [];
      for (let k = 0; k < group.length; k++) {
        const e = minimalEdit(group[k].span.start, texts[k], texts[order[k].k]);
        if (e) edits.push(e);
      }
      const want = order.map((o) => o.s.cite.reporter).join(', ');
      out.push({
        span: { start: group[0].span.start, end: group[group.length - 1].span.end },
        citation: c.index,
        message:
          family === 'scotus'
            ? `Parallel Supreme Court cites go U.S., then S. Ct., then L. Ed.: reorder to ${want}, each with its own pin.`
            : `Parallel state cites give the official reporter first, then the regional reporter: reorder to ${want}, each with its own pin.`,
        fixes: [{ title: `Reorder to ${want}`, edits }],
      });
    }
    return out;
  },
};
