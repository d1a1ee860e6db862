// Which section of the table an authority is listed in: one function, so a new
// citation kind is routed by adding one line here. Anything this file does not
// know (a kind added later, a publication it has not met) is listed under
// Other Authorities rather than left out.

import type { Citation } from '../types';
import type { ToaSectionTitle } from './types';

/** Publications (`source` citations) by their canonical series; a series not named here (a journal, a treaty) is an Other Authority. */
const SOURCE_SECTIONS: ReadonlyArray<[RegExp, ToaSectionTitle]> = [
  // Session laws are statutes as enacted.
  [/^(?:Pub|Priv)\. L\. No\.$|^Stat\.$/, 'Statutes'],
  // The Federal Register publishes rules and proposed rules.
  [/^Fed\. Reg\.$/, 'Regulations'],
  // Committee reports and documents, the Congressional Record, bills, and the legislative history reprinted in U.S.C.C.A.N.
  [/^(?:H\.R\.|S\.) (?:Conf\. )?(?:Rep|Doc)\. No\.$|^Cong\. Rec\.$|^[SHA]\.B\.$|^U\.S\.C\.C\.A\.N\.$|\bHearings?\b/, 'Legislative Materials'],
];

/** The section an authority cited by `c` (its first citation) is listed in. */
export function toaSection(c: { kind: Citation['kind']; series?: string; form?: string }): ToaSectionTitle {
  switch (c.kind) {
    case 'case':
    case 'shortCase':
    case 'database':
    case 'docket':
      return 'Cases';
    case 'constitution':
      return 'Constitutional Provisions';
    case 'statute':
      return 'Statutes';
    case 'regulation':
      return 'Regulations';
    case 'rule':
      return 'Rules';
    case 'source':
      return sourceSection(c.series ?? '');
    case 'secondary':
      // Hearings are legislative history; treatises, books, Restatements and articles are Other Authorities.
      return c.form === 'hearing' ? 'Legislative Materials' : 'Other Authorities';
    default:
      return 'Other Authorities';
  }
}

/** The section of a publication cited by series (`H.R. Rep. No.`, `Fed. Reg.`, `106 Va. L. Rev.`'s `Va. L. Rev.`). */
export function sourceSection(series: string): ToaSectionTitle {
  for (const [re, section] of SOURCE_SECTIONS) if (re.test(series)) return section;
  return 'Other Authorities';
}
