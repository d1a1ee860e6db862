// CITE057 — the name in a short form should point to one case. A government or
// a place (`United States`, `State`, `City of Hartford`) is a party to many
// cases; use the other party instead (`United States, 548 F.3d at 573` →
// `Carmel, 548 F.3d at 573`). A name another cited case shares is flagged only
// when that case sits in the same reporter volume: otherwise the volume tells
// the reader which case is meant (`Jones, 549 U.S. at 201` beside *Jones v.
// Greninger*, 188 F.3d 322).
// Which name reads best is the writer's call, so the fix is offered as a
// suggestion.

import type { CaseName, Citation } from '../types';
import type { Finding, Rule } from './types';
import { isGovernmentParty, nameKey } from './parties';

export const CITE057: Rule = {
  meta: {
    code: 'CITE057',
    title: 'Short-form name that does not identify the case',
    defaultSeverity: 'warning',
    indigo: 'R15.2.3',
    bluebook: '10.9(a)(i)',
    fix: 'suggest',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    let parties: Map<string, Citation[]> | undefined;
    for (const c of cites) {
      if (c.kind !== 'shortCase' || c.parallelOf !== undefined || !c.caseName || c.caseName.versus) continue;
      if (c.resolution !== 'resolved' || c.antecedent === null || c.antecedent === undefined) continue;
      const target = cites[c.antecedent];
      const full = 'caseName' in target ? target.caseName : undefined;
      if (!full || !full.plaintiff || !full.defendant) continue;
      const written = c.caseName.text.replace(/[*_]/g, '').trim();
      const key = nameKey(written);
      const government = isGovernmentParty(written);
      parties ??= partyIndex(cites);
      const sharedWith = government ? undefined : otherCaseNamed(parties, key, target, c);
      if (!government && !sharedWith) continue;
      // Both parties governments (`West Virginia v. EPA`): the first party is the case's short name.
      if (government && bothGovernments(full)) continue;
      const other = otherParty(full, key);
      const why = government ? `"${written}" is a government or geographic party, which names many cases` : `"${written}" is also a party in ${sharedWith}`;
      const nameSpan = c.caseName.span;
      const old = text.slice(nameSpan.start, nameSpan.end);
      const canFix = !!other && !/[*_]/.test(old);
      out.push({
        span: nameSpan,
        citation: c.index,
        message: other
          ? `${why}; name the short form for the other party instead: "${other}". (A suggestion: choose the name readers will recognise.)`
          : `${why}; name the short form for a party that identifies the case.`,
        fixes: canFix ? [{ title: `Suggestion: write "${other}"`, edits: [{ start: nameSpan.start, end: nameSpan.end, newText: other! }] }] : [],
      });
    }
    return out;
  },
};

/** Full citations by each party's name (compared loosely). */
function partyIndex(cites: Citation[]): Map<string, Citation[]> {
  const m = new Map<string, Citation[]>();
  for (const x of cites) {
    if (x.kind !== 'case' || x.parallelOf !== undefined || !x.caseName) continue;
    for (const p of new Set([nameKey(x.caseName.plaintiff), nameKey(x.caseName.defendant)])) {
      if (!p) continue;
      const l = m.get(p);
      if (l) l.push(x);
      else m.set(p, [x]);
    }
  }
  return m;
}

/** A different cited case with a party of the same name, as a label; undefined when none. */
function otherCaseNamed(parties: Map<string, Citation[]>, key: string, target: Citation, short: Citation): string | undefined {
  for (const x of parties.get(key) ?? []) {
    if (x.index === target.index || (x.authority !== undefined && x.authority === target.authority)) continue;
    if (x.kind !== 'case' || short.kind !== 'shortCase' || x.volume !== short.volume || x.reporter !== short.reporter) continue;
    return 'caseName' in x && x.caseName ? x.caseName.text.replace(/[*_]/g, '') : undefined;
  }
  return undefined;
}

/** A federal or state agency or officer: `EPA`, `FCC`, `Dep't of Commerce`, `Sec'y of Labor`, `Comm'r`. */
const AGENCY =
  /^(?:the\s+)?(?:[A-Z]{2,6}|.*\b(?:Dep't|Department|Agency|Comm'n|Commission|Comm'r|Commissioner|Bd\.|Board|Bureau|Sec'y|Secretary|Admin\.|Administration|Administrator|Att'y Gen\.|Attorney General|Governor|Off\.|Office|Auth\.|Authority)\b.*)$/;
/** Well-known companies written in capitals, which are not agencies. */
const COMPANY_ACRONYMS = new Set(['IBM', 'AT&T', 'CBS', 'NBC', 'ABC', 'RCA', 'GTE', 'MCI', 'AOL', 'UPS']);

function isAgency(name: string | undefined): boolean {
  const n = (name ?? '').replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/,$/, '').trim();
  return n !== '' && !COMPANY_ACRONYMS.has(n) && AGENCY.test(n);
}

function bothGovernments(n: CaseName): boolean {
  const gov = (p: string | undefined) => isGovernmentParty(p) || isAgency(p);
  return gov(n.plaintiff) && gov(n.defendant);
}

/** The party that is not `key`, when it is short, plain and not itself a government. */
function otherParty(n: CaseName, key: string): string | undefined {
  const p = nameKey(n.plaintiff);
  const d = nameKey(n.defendant);
  let other: string | undefined;
  if (p === key || (isGovernmentParty(n.plaintiff) && d !== key)) other = n.defendant;
  else if (d === key) other = n.plaintiff;
  else return undefined;
  const clean = (other ?? '').replace(/[*_]/g, '').trim();
  if (!clean || isGovernmentParty(clean) || clean.includes(',') || clean.split(/\s+/).length > 4) return undefined;
  return clean;
}
