// CITE093 — a case Pincite knows, cited with the wrong volume, first page or
// year (`Younger v. Harris, 410 U.S. 37 (1971)`: Younger is 401 U.S. 37). The
// name must be one known case's and no other's; the citation is compared only
// in the reporters the known case has (a brief citing S. Ct. where the table
// holds U.S. is not contradicted), and only when the rest of it agrees: of
// volume, first page and year, one may be wrong, not two (two wrong parts are
// more likely another decision of the same name, such as an earlier appeal),
// and a wrong volume or page must be a slip of the keys (one digit wrong,
// missing, added, or two swapped): `531 U.S. 1046` beside `531 U.S. 98` is
// the stay order in Bush v. Gore, not a typo for the merits decision.
// A court in the citation that is not the known case's court means the same.
// A case known only from one citation in an opinion is not used to correct a
// brief (the opinion may carry its own slip); see KnownCase.vouched.

import type { Edit, Finding, Rule } from './types';
import type { CaseCitation, Citation } from '../types';
import { citedNameWords } from './citedNameWords';
import { courtDateOf } from './citeParts';
import { knownTable, type KnownCase } from '../authorities/known';
import { nameSignature } from '../authorities/caseNameKeys';
import { editDistance } from '../text/editDistance';

interface Wrong {
  what: 'volume' | 'first page' | 'year';
  edit: Edit;
  was: string;
}

export const CITE093: Rule = {
  meta: {
    code: 'CITE093',
    title: 'Citation does not match the known case of that name',
    defaultSeverity: 'warning',
    indigo: 'R11.1',
    bluebook: '10.1, 10.3, 10.5',
    // The known form is offered one at a time: a writer may mean another decision of the same name.
    fix: 'suggest',
  },
  check({ text, result, cites, authorities, library }) {
    const table = knownTable(authorities, library?.library);
    if (!table.byName.size) return [];
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      if (c.kind !== 'case' || c.parallelOf !== undefined || !c.reporter) continue;
      const words = citedNameWords(text, result, c);
      if (!words) continue;
      const keys = words.map((w) => w.key);
      // Both parties, or `In re` and a name: one word (`Brown`) is too common to say which case.
      if (keys.length < 2) continue;
      const named = table.byName.get(nameSignature(keys));
      // A name two known cases share says nothing about which one is meant.
      if (named?.length !== 1 || !named[0].vouched) continue;
      const known = named[0];
      if (!sameCourt(c.court, known)) continue;
      const wrong = compare(text, cites, c, known);
      if (!wrong?.length) continue;
      const start = Math.min(...wrong.map((w) => w.edit.start));
      const end = Math.max(...wrong.map((w) => w.edit.end));
      const shown = knownForm(c, known);
      const parts = wrong.map((w) => `the ${w.what} is ${w.was}, not ${w.edit.newText}`).join('; ');
      out.push({
        span: { start, end },
        citation: c.index,
        message: `${known.names[0].name} is ${shown}: here ${parts}.`,
        fixes: [{ title: wrong.map((w) => `Change ${w.was} to ${w.edit.newText}`).join('; '), edits: wrong.map((w) => w.edit) }],
      });
    }
    return out;
  },
};

/** False when the citation names a court that is not the known case's (the Supreme Court's cites name none, or `U.S.`). */
function sameCourt(court: string | undefined, known: KnownCase): boolean {
  if (!court || court === 'U.S.') return true;
  return known.courts.has(court);
}

/**
 * What is wrong with the citation's group against the known case, each with its
 * edit; undefined when nothing can be compared or more than one part is wrong.
 */
function compare(text: string, cites: Citation[], lead: CaseCitation, known: KnownCase): Wrong[] | undefined {
  const year = known.years.size === 1 ? [...known.years][0] : undefined;
  const yearAgrees = year === undefined || lead.year === undefined ? undefined : lead.year === year;
  const wrong: Wrong[] = [];
  let compared = 0;
  for (const i of [lead.index, ...lead.parallels]) {
    const s = cites[i];
    if (s?.kind !== 'case' || !s.reporter) continue;
    const inReporter = known.cites.filter((k) => k.reporter === s.reporter);
    // Not in a reporter the known case has, or in two places in it: nothing to compare.
    if (inReporter.length !== 1) continue;
    const k = inReporter[0];
    compared++;
    const volumeAgrees = k.volume === s.volume;
    const pageAgrees = String(k.page) === s.page;
    if (volumeAgrees && pageAgrees) continue;
    // Two of volume, page and year wrong: another decision, not a slip.
    if (!volumeAgrees && !pageAgrees) return undefined;
    if (yearAgrees !== true) return undefined;
    // A slip of the keys (`410` for `401`, `73` for `37`), not another decision of the same name in the same volume
    // (a stay order beside the merits, a district court's second ruling in the same year).
    const [was, is] = volumeAgrees ? [s.page, String(k.page)] : [s.volume, k.volume];
    if (editDistance(was, is, 1) > 1) return undefined;
    if (!volumeAgrees) wrong.push({ what: 'volume', was: s.volume, edit: { start: s.volumeSpan.start, end: s.volumeSpan.end, newText: k.volume } });
    else wrong.push({ what: 'first page', was: s.page, edit: { start: s.pageSpan.start, end: s.pageSpan.end, newText: String(k.page) } });
  }
  if (!compared) return undefined;
  if (!wrong.length && yearAgrees === false && year !== undefined) {
    const edit = yearEdit(text, lead, year);
    if (edit) wrong.push({ what: 'year', was: String(lead.year), edit });
  }
  return wrong;
}

/** The edit that puts `year` in place of the year in the citation's date parenthetical. */
function yearEdit(text: string, c: CaseCitation, year: number): Edit | undefined {
  const p = courtDateOf(c);
  if (!p || c.year === undefined || text.slice(p.span.start, p.span.end) !== p.text) return undefined;
  const at = p.text.lastIndexOf(String(c.year));
  if (at < 0) return undefined;
  const start = p.span.start + at;
  return { start, end: start + 4, newText: String(year) };
}

/** The known citation in the citation's own reporter, with the year: `401 U.S. 37 (1971)`. */
function knownForm(c: CaseCitation, known: KnownCase): string {
  const k = known.cites.find((x) => x.reporter === c.reporter) ?? known.cites[0];
  const year = known.years.size === 1 ? ` (${[...known.years][0]})` : '';
  return `${k.volume} ${k.reporter} ${k.page}${year}`;
}
