// CITE033 — a case name keeps only the first party on each side: further
// parties after a comma and "et al." go (`Parsons v. United Techs. Corp.,
// Sikorsky Aircraft Div., et al.` → `Parsons v. United Techs. Corp.`). A comma
// before a business designation (`Pursue, Ltd.`), a place (CITE036's business)
// or inside a list that runs on with `&` (`Health, Educ. & Welfare`) is part of
// the one party and stays.
//
// Only "et al." proves that further parties are listed, so only then is
// anything reported (and fixed). Whether other matter after a comma is a second
// party or the rest of one (`Director, Division of Taxation`, an official's
// title; `Sabena, Belgian World Airlines`) takes knowledge of the case, so it is
// left alone; so is matter with digits or a broken word (`No. 25-cv- 464`).

import { lookupPlace } from '../data/places';
import type { Edit, Rule } from './types';
import { DESIGNATIONS, partiesOf, straight, tokensIn, type Party, namedCitations } from './caseNameTools';

interface Cut {
  /** Where the deletion starts (the comma or space before the extra matter). */
  start: number;
  end: number;
  why: 'et al.' | 'party';
}

/** A segment that cannot be a further party: a docket number, digits, or a word broken by the PDF's line wrap. */
const NOT_A_PARTY = /\d|^No\.|[A-Za-z]-\s/;

function cutFor(text: string, party: Party): Cut | undefined {
  const tokens = tokensIn(text, party.start, party.end);
  if (tokens.length < 2) return undefined;
  // Segments of the party between commas.
  const segs: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].comma || k === tokens.length - 1) {
      segs.push({ from, to: k + 1 });
      from = k + 1;
    }
  }
  const etAl = (k: number) => tokens[k].s === 'et' && k + 1 < tokens.length && /^al\.?$/.test(tokens[k + 1].s);
  // `et al.` without a comma before it: `Smith et al.`
  for (let k = 1; k < tokens.length; k++) {
    if (etAl(k) && !tokens[k - 1].comma) {
      return { start: tokens[k - 1].end, end: party.end, why: 'et al.' };
    }
  }
  for (let j = 1; j < segs.length; j++) {
    const seg = tokens.slice(segs[j].from, segs[j].to);
    const first = seg[0];
    const start = tokens[segs[j].from - 1].end; // the comma before the segment
    if (etAl(segs[j].from)) return { start, end: party.end, why: 'et al.' };
    const segText = seg.map((t) => straight(t.s)).join(' ');
    if (seg.every((t) => DESIGNATIONS.test(straight(t.s)))) continue;
    if (lookupPlace(segText)) return undefined; // geography after a comma: CITE036
    if (!/^[A-Z]/.test(first.s)) return undefined; // `by and through …`: a descriptor, not judged here
    if (NOT_A_PARTY.test(text.slice(tokens[segs[j].from].start, party.end))) return undefined;
    // A list inside one party name runs on with `&` or `and`: `Health, Educ. & Welfare`.
    const rest = tokens.slice(segs[j].from);
    if (rest.some((t) => t.s === '&' || t.s === 'and' || t.s.includes('&'))) return undefined;
    // A closing "et al." says the matter before it lists further parties.
    const listed = rest.some((_t, k) => etAl(segs[j].from + k));
    return { start, end: party.end, why: listed ? 'et al.' : 'party' };
  }
  return undefined;
}

export const CITE033: Rule = {
  meta: {
    code: 'CITE033',
    title: 'Extra parties or "et al." in a case name',
    defaultSeverity: 'warning',
    indigo: 'R11.5.2, R11.5.5',
    bluebook: '10.2.1(a)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const { c, name } of namedCitations(cites)) {
      const cuts = partiesOf(text, name)
        .map((p) => cutFor(text, p))
        .filter((x): x is Cut => !!x && x.why === 'et al.');
      if (!cuts.length) continue;
      const dropped = cuts.map((k) => `"${text.slice(k.start, k.end).replace(/\s+/g, ' ').trim()}"`).join(' and ');
      out.push({
        span: { start: cuts[0].start, end: cuts[cuts.length - 1].end },
        citation: c.index,
        message: `Keep only the first party on each side of the case name: drop ${dropped}.`,
        fixes: [{ title: 'Keep the first party on each side', edits: cuts.map((k): Edit => ({ start: k.start, end: k.end, newText: '' })) }],
      });
    }
    return out;
  },
};
