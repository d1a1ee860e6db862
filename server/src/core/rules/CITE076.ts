// CITE076 — an unreported decision cited to a database or as a slip opinion
// must let a reader find it without the database: the docket number goes
// before the database identifier, and the parenthetical gives the exact date
// of decision (`Feb. 9, 2022`), not just the year. Both are facts Pincite
// cannot supply, so the finding names what is missing and offers no fix.
// Short forms (`Villano, 2019 WL 4933517, at *4`) and database segments that
// sit beside a reporter (CITE077) are left alone. In West's and Lexis's text a
// court that gives no docket number in any of its database citations is
// following its own form, and is not told about each one.

import type { Citation, DatabaseCitation, DocketCitation, Parenthetical } from '../types';
import type { Rule } from './types';
import { DATE_IN_PARENTHETICAL } from '../data/months';
import { databaseSegment } from './citeSpans';

/** A bracketed drafting placeholder: `[docket]`, `[Mon. D]`. */
const PLACEHOLDER = /\[[^\]\n]{1,24}\]/;
const DOCKET_WORD = /(?:^|[\s,(])(?:Nos?\.|NOS?\.|Docket|Civ\.\s?A\.|Index No\.|Case No\.)\s?\S/;
/** A docket number given without its `No.`: `Microsoft, 98-1232, 2002 WL 31439450`. */
const BARE_DOCKET = /(?:^|[\s,(])(?:\d:)?\d{2}-(?:[a-z]{2,4}-)?\d{2,6}(?:-[A-Za-z]{1,5})*\s*,\s*$/i;
/** A lower-case phrase after the previous citation's parenthetical: subsequent history (`(court order), amended on reconsideration,`). */
const HISTORY_BEFORE = /\),?\s+(?:[a-z][a-z'\u2019.]*\s+){0,3}[a-z][a-z'\u2019.]*,\s*$/;

function hasExactDate(text: string, c: { date?: string }, p: Parenthetical | undefined): boolean {
  if (c.date) return true;
  if (!p) return false;
  const inner = text.slice(p.span.start, p.span.end);
  return DATE_IN_PARENTHETICAL.test(inner) || PLACEHOLDER.test(inner);
}

export const CITE076: Rule = {
  meta: {
    code: 'CITE076',
    title: 'Database or slip cite without docket number or exact date',
    defaultSeverity: 'warning',
    indigo: 'R12.4.1, R12.4.2',
    bluebook: '10.8.1(a), 10.5(a)',
    fix: 'lookup',
  },
  check({ cites, text, style }) {
    const out = [];
    const seen = new Set<string>();
    const judged: Array<{ c: DatabaseCitation; full: FullDatabaseCite }> = [];
    for (const c of cites) {
      const key = c.authority;
      const earlier = key !== undefined && seen.has(key);
      if (key !== undefined) seen.add(key);
      if (c.kind === 'database') {
        const full = readDatabase(c, cites, text, earlier);
        if (full) judged.push({ c, full });
      } else if (c.kind === 'docket') {
        const r = checkDocket(c, text);
        if (r) out.push(r);
      }
    }
    // West's and Lexis's texts print a court's database citations as the court
    // wrote them: where none of them gives a docket number, that is the court's form.
    const docketless = style.accepts.has('databaseWithoutDocket') && judged.length > 0 && judged.every((j) => !j.full.hasDocket);
    for (const { c, full } of judged) {
      const r = checkDatabase(c, full, docketless);
      if (r) out.push(r);
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

interface FullDatabaseCite {
  seg: { start: number; end: number };
  courtDate: Parenthetical | undefined;
  hasDocket: boolean;
  hasDate: boolean;
}

/** A full database citation (not a short form, not beside a reporter), with what it gives. */
function readDatabase(c: DatabaseCitation, cites: Citation[], text: string, earlier: boolean): FullDatabaseCite | undefined {
  if (c.parallelOf !== undefined) return undefined; // judged with its lead
  if (c.parallels.some((i) => cites[i] && cites[i].kind !== 'database')) return undefined; // CITE077
  const courtDate = c.parentheticals.find((p) => p.kind === 'courtDate');
  // A short form: no court-and-date parenthetical, and either an earlier cite
  // of the same decision or a one-party name.
  if (!courtDate && (earlier || !c.caseName?.versus)) return undefined;
  // Subsequent history of the case just cited: the case's docket number serves it.
  if (!c.caseName && (c.historyOf !== undefined || HISTORY_BEFORE.test(text.slice(Math.max(0, c.span.start - 80), c.span.start)))) return undefined;
  // `, @ *3 (S.D.N.Y. …)`: the scanner stopped at a pin it could not read, before the parenthetical.
  if (!courtDate && /^,?[ \t]*(?:@|at)[ \t]*\*?[ \t]*\d[^()\n]{0,16}\(/.test(text.slice(c.span.end, c.span.end + 40))) return undefined;
  const seg = databaseSegment(text, c);
  if (!seg) return undefined;
  const before = text.slice(c.caseName ? c.caseName.span.end : Math.max(0, c.span.start - 60), seg.start);
  // A bare docket number may have been read as part of the name (`Microsoft, 98-1232,`).
  const named = text.slice(c.caseName ? c.caseName.span.start : Math.max(0, c.span.start - 60), seg.start);
  const hasDocket = !!c.docket || DOCKET_WORD.test(before) || BARE_DOCKET.test(named) || /\[[^\]\n]{1,24}\],?\s*$/.test(before);
  return { seg, courtDate, hasDocket, hasDate: hasExactDate(text, c, courtDate) };
}

function checkDatabase(c: DatabaseCitation, full: FullDatabaseCite, docketless: boolean) {
  const { seg, courtDate, hasDate } = full;
  const hasDocket = full.hasDocket || docketless;
  if (hasDocket && hasDate) return undefined;
  const missing: string[] = [];
  if (!hasDocket) missing.push('the docket number (`No. …`) before the database identifier');
  if (!hasDate)
    missing.push(courtDate ? 'the exact date of decision (`Mon. D, YYYY`), not just the year' : 'a parenthetical with the court and the exact date of decision');
  return {
    span: { start: c.span.start, end: seg.end },
    citation: c.index,
    message: `This database citation needs ${missing.join(' and ')}. Pincite cannot know ${missing.length > 1 ? 'them' : 'it'}: take ${missing.length > 1 ? 'them' : 'it'} from the decision.`,
    fixes: [],
  };
}

function checkDocket(c: DocketCitation, text: string) {
  const courtDate = c.parentheticals.find((p) => p.kind === 'courtDate');
  // A docket number with no court-and-date parenthetical is a reference, not a slip-opinion cite.
  if (!courtDate || courtDate.year === undefined) return undefined;
  if (hasExactDate(text, c, courtDate)) return undefined;
  return {
    span: courtDate.span,
    citation: c.index,
    message: 'A slip opinion is dated by its exact date of decision (`Mon. D, YYYY`), not just the year. Pincite cannot know the date: take it from the opinion.',
    fixes: [],
  };
}
