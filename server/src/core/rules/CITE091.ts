// CITE091 — a case name that misspells the caption of the case at its reporter
// page (`Youngre v. Harris, 401 U.S. 37`; `Ashcroft v. Iqbel, 556 U.S. 662`).
// The captions come from what Pincite knows (authorities/known.ts): the curated
// authorities, the library's opinions and the citations the bundled opinions
// make. Only slips are reported (authorities/misspelling.ts): a name written
// with other abbreviations, in another party order, shortened, or without
// `City of` is the same name; a name unlike the caption is another case that
// shares the page (a table of memorandum decisions), and a page whose known
// captions disagree with one another is left alone.

import type { Finding, Rule } from './types';
import type { CaseCitation, Citation } from '../types';
import { citedNameWords } from './citedNameWords';
import { knownTable, citeKey, type KnownCase } from '../authorities/known';
import { sameCaseName } from '../authorities/caseNameKeys';
import { slipsAgainst } from '../authorities/misspelling';

export const CITE091: Rule = {
  meta: {
    code: 'CITE091',
    title: 'Case name does not match the reported caption',
    defaultSeverity: 'info',
    indigo: 'R11.5.10',
    bluebook: '10.2',
    // The caption is the known one, but a writer may cite a second case on the same page: offered one at a time.
    fix: 'suggest',
  },
  check({ text, result, cites, authorities, library }) {
    const table = knownTable(authorities, library?.library);
    if (!table.byCite.size) return [];
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined || !c.reporter) continue;
      const known = knownAt(table.byCite, cites, c);
      if (!known?.names.length) continue;
      const words = citedNameWords(text, result, c);
      if (!words) continue;
      const keys = words.map((w) => w.key);
      if (known.names.some((n) => sameCaseName(keys, n.keys))) continue;
      // Captions that disagree with one another: the page holds more than one case.
      if (known.names.some((n) => !sameCaseName(n.keys, known.names[0].keys))) continue;
      for (const n of known.names) {
        const slips = slipsAgainst(words, n.name);
        if (!slips.length) continue;
        const list = slips.map((s) => `"${s.word.written}" for "${s.correct}"`).join(', ');
        const start = Math.min(...slips.map((s) => s.word.start));
        const end = Math.max(...slips.map((s) => s.word.end));
        out.push({
          span: { start, end },
          citation: c.index,
          message: `The case at ${c.volume} ${c.reporter} ${c.page} is ${n.name}: this name reads ${list}.`,
          fixes: [
            {
              title: slips.length === 1 ? `Spell it "${slips[0].correct}"` : `Spell the name as in ${n.name}`,
              edits: slips.map((s) => ({ start: s.word.start, end: s.word.end, newText: s.correct })),
            },
          ],
        });
        break;
      }
    }
    return out;
  },
};

/** The one known case at the citation's pages (its own or a parallel's); none when its pages name different cases. */
function knownAt(byCite: Map<string, KnownCase>, cites: readonly Citation[], lead: CaseCitation): KnownCase | undefined {
  let found: KnownCase | undefined;
  for (const i of [lead.index, ...lead.parallels]) {
    const s = cites[i];
    if (s?.kind !== 'case' || !s.reporter) continue;
    const k = byCite.get(citeKey({ volume: s.volume, reporter: s.reporter, page: Number(s.page) }));
    if (!k) continue;
    if (found && found !== k) return undefined;
    found = k;
  }
  return found;
}
