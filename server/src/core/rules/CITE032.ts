// CITE032 — words of a case name abbreviated as the case-name table says
// (Indigo T11 / Bluebook T6, and T12 / T10 for places) when the name stands in a
// citation sentence or clause, short-form names included: `Board` → `Bd.`,
// `Services` → `Servs.`, `Connecticut Jud. Branch` → `Conn. Jud. Branch`. Also
// catches malformed abbreviations (`Dept.`, `Int l`, `N. Carolina`). Names in
// the prose of a sentence are left to CITE037. Not abbreviated: a place that is
// itself the party (`City of Los Angeles`, `South Dakota`), `United States` as
// a party, and words that look like a person's name (`United States v. North`).
// `Cnty.` and `Cty.` are both accepted for County.

import { abbreviationsOf, isListedAbbreviation, MALFORMED, MULTIWORD_KEYS } from '../data/nameWords';
import { CITY_ABBREVIATIONS, lookupPlace, placeByName } from '../data/places';
import type { Edit, Rule } from './types';
import { DESIGNATIONS, FIRM_WORDS, geography, nameContext, partiesOf, straight, tokensIn, type Party, type Token, namedCitations } from './caseNameTools';
import { minimalEdit } from './edits';

/** Words that are often a person's or place's own name: abbreviated only inside an organisation's name. */
const RISKY = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Northeast',
  'Northwest',
  'Southeast',
  'Southwest',
  'Northeastern',
  'Northwestern',
  'Southeastern',
  'Southwestern',
  'Central',
  'Atlantic',
  'Pacific',
  'America',
  'American',
  'African',
  'Africa',
  'Law',
  'Street',
  'Justice',
  'Doctor',
  'Trust',
  'English',
  'Scottish',
  'Local',
  'Forum',
  'General',
  'Human',
  'Modern',
  'Capital',
  'Global',
  'Interest',
  'Order',
  'Record',
  'Report',
  'Review',
  'Week',
  'Digest',
  'Group',
  'Estate',
  'Annual',
  'Natural',
  'Mutual',
  'Urban',
  'Rights',
  'Hispanic',
  'Catholic',
  'Fortnightly',
  'Journal',
]);

/** Places that are as often a person's name (`George Washington Univ.`). */
const PERSON_PLACES = new Set(['Washington', 'Virginia', 'Georgia', 'Indiana', 'Nevada', 'Carolina']);

/** Units of government whose own name follows `of`: `City of New York`, `Vill. of Willowbrook`. */
const GEO_UNIT =
  /^(?:City|Town|County|Cnty\.|Cty\.|Village|Vill\.|Township|Twp\.|Borough|Parish|State|Commonwealth|People|Territory|Republic|Kingdom|Government|Gov't|Gov’t)$/;

const ORG_WORDS = /^(?:City|Town|State|Bank|Union|Church|Board|Univ\.|University|College|School|Hospital)$/;

let malformedRe: RegExp | undefined;
function malformedPattern(): RegExp {
  if (!malformedRe) {
    const keys = [...MALFORMED.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    malformedRe = new RegExp(`(?<![A-Za-z'’.])(?:${keys.join('|')})(?![A-Za-z'’])`, 'g');
  }
  return malformedRe;
}

function institutional(tokens: Token[]): boolean {
  return tokens.some((t) => {
    const s = straight(t.s);
    if (DESIGNATIONS.test(s) || FIRM_WORDS.test(s) || ORG_WORDS.test(s) || isListedAbbreviation(s)) return true;
    return /^[A-Z][a-z]+$/.test(s) && !RISKY.has(s) && !!abbreviationsOf(s);
  });
}

interface Change {
  start: number;
  end: number;
  from: string;
  to: string | null;
}

function partyChanges(text: string, party: Party): Change[] {
  const changes: Change[] = [];
  const tokens = tokensIn(text, party.start, party.end);
  if (tokens.length === 0) return changes;
  const plain = party.text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  // The party is a place, or the United States: not abbreviated.
  if (lookupPlace(plain) || /^(?:The\s+)?United States(?: of America)?$/.test(plain)) return changes;
  const covered: Array<[number, number]> = [];
  const isCovered = (s: number, e: number) => covered.some(([a, b]) => s < b && a < e);
  // A closing place phrase (`of Florida`) is CITE036's to question: abbreviating it would be moot.
  const geo = geography(text, party);
  if (geo) covered.push([geo.start, geo.end]);

  // Malformed abbreviations first: they may span two tokens (`Int l`, `N. Carolina`).
  malformedChanges(text, party, changes, covered);

  // A unit of government named by its place (`Village of Willowbrook`): only the unit word is abbreviated.
  const off = tokens[0].s === 'The' ? 1 : 0;
  const geoParty = tokens.length >= off + 3 && GEO_UNIT.test(straight(tokens[off].s)) && tokens[off + 1].s === 'of';
  const last = geoParty ? off + 1 : tokens.length;
  const org = institutional(tokens);
  const single = tokens.length === 1;
  let k = 0;
  // `United States` opening the party is the party itself (`United States ex rel. Foreman`).
  if (tokens.length >= 2 && tokens[0].s === 'United' && tokens[1].s.replace(/[,]$/, '') === 'States') k = 2;
  let exemptFrom = Infinity;
  for (; k < last && k < exemptFrom; k++) {
    const t = tokens[k];
    if (isCovered(t.start, t.end)) continue;
    // `… of the City of New York` inside a longer name: the rest is the unit's own name.
    if (k + 1 < tokens.length && tokens[k + 1].s === 'of' && GEO_UNIT.test(straight(t.s)) && k > 0) exemptFrom = k + 2;
    // Multi-word places and table entries (longest first), over plain spaces only.
    const taken = multiWordChange(text, tokens, k, single, changes, covered);
    if (taken > 0) {
      k += taken - 1;
      continue;
    }
    if (single) continue;
    const s = t.s;
    const place = placeByName(s);
    if (place) {
      // `Virginia Off. for Prot.` opens an organisation's name; `George Washington Univ.` names a person.
      const personRisk = PERSON_PLACES.has(s) && (k > 0 || !org);
      if (place.abbr !== place.name && !personRisk) changes.push({ start: t.start, end: t.end, from: s, to: place.abbr });
      continue;
    }
    if (s === 'and') {
      if (org && k > 0 && k < tokens.length - 1) changes.push({ start: t.start, end: t.end, from: s, to: '&' });
      continue;
    }
    if (!/^[A-Z][a-z]+$/.test(s)) continue;
    const abbrs = abbreviationsOf(s);
    if (!abbrs) continue;
    if (RISKY.has(s) && !org) continue;
    changes.push({ start: t.start, end: t.end, from: s, to: abbrs[0] });
  }
  return changes;
}

/** Malformed abbreviations in the party (`Int l`, `N. Carolina`), which may span two tokens. */
function malformedChanges(text: string, party: Party, changes: Change[], covered: Array<[number, number]>): void {
  const re = malformedPattern();
  const slice = text.slice(party.start, party.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const start = party.start + m.index;
    const end = start + m[0].length;
    changes.push({ start, end, from: m[0], to: MALFORMED.get(m[0]) ?? null });
    covered.push([start, end]);
  }
}

/**
 * A multi-word place or table entry starting at token `k` (longest first, over
 * plain spaces only), with its change noted unless an earlier one covers it.
 * Returns how many tokens it takes, or 0 when none starts there.
 */
function multiWordChange(text: string, tokens: Token[], k: number, single: boolean, changes: Change[], covered: Array<[number, number]>): number {
  for (let n = Math.min(3, tokens.length - k); n >= 2; n--) {
    const group = tokens.slice(k, k + n);
    if (group.slice(0, -1).some((g) => g.comma)) continue;
    if (group.some((g, j) => j > 0 && !/^\s+$/.test(text.slice(group[j - 1].end, g.start)))) continue;
    const phrase = group.map((g) => g.s).join(' ');
    const city = CITY_ABBREVIATIONS.find(([name]) => name === phrase);
    const place = placeByName(phrase);
    const key = MULTIWORD_KEYS.includes(phrase) ? abbreviationsOf(phrase)?.[0] : undefined;
    const to = city?.[1] ?? (place && place.abbr !== place.name && !single ? place.abbr : undefined) ?? key;
    if (to) {
      const start = group[0].start;
      const end = group[n - 1].end;
      if (!covered.some(([a, b]) => start < b && a < end)) changes.push({ start, end, from: text.slice(start, end), to });
      covered.push([start, end]);
      return n;
    }
    if (place) return n;
  }
  return 0;
}

/** Words naming a unit of government, which courts long spelled out in case names. */
const UNIT_WORD = /^(?:County|Village|Township|Borough|Parish)$/;

/**
 * Place and government-unit words a document spells out in its citations at
 * least four times and never abbreviates: its own consistent practice (a
 * court that writes `County of Imperial`, `Johnson County` … throughout, as
 * many did before T6 listed `Cnty.`; a state court that keeps its state's name
 * whole). Fewer names show no practice, and the table applies. Other words are judged one by one.
 */
function spelledOutThroughout(changes: Change[], names: string): Set<string> {
  const to = new Map<string, string[]>();
  for (const ch of changes) {
    const from = ch.from.replace(/\s+/g, ' ');
    if (ch.to === null || !(UNIT_WORD.test(from) || placeByName(from))) continue;
    to.set(from, from === 'County' ? ['Cnty.', 'Cty.'] : [ch.to]);
  }
  const kept = new Set<string>();
  for (const word of to.keys()) {
    // Every citation naming it counts, including those where it is the party itself.
    if (names.split(word).length - 1 < 4) continue;
    if (to.get(word)!.some((a) => names.includes(a))) continue;
    kept.add(word);
  }
  return kept;
}

export const CITE032: Rule = {
  meta: {
    code: 'CITE032',
    title: 'Case-name abbreviations in citations',
    defaultSeverity: 'warning',
    indigo: 'R11.3.1–R11.3.3, T11, T12, R11.4',
    bluebook: '10.2.2, T6, T10',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    const found: Array<{ c: (typeof cites)[number]; name: { span: { start: number; end: number } }; changes: Change[] }> = [];
    const names: string[] = [];
    for (const { c, name } of namedCitations(cites)) {
      // The document's practice shows in the names it cites, short forms included (prose has its own rule).
      const context = nameContext(text, c);
      if (context !== 'prose') names.push(text.slice(name.span.start, name.span.end).replace(/\s+/g, ' '));
      if (context !== 'citation') continue;
      const changes = partiesOf(text, name).flatMap((p) => partyChanges(text, p));
      if (changes.length) found.push({ c, name, changes });
    }
    const kept = spelledOutThroughout(
      found.flatMap((f) => f.changes),
      names.join('\n'),
    );
    for (const { c, name, changes: all } of found) {
      const changes = all.filter((ch) => !kept.has(ch.from.replace(/\s+/g, ' ')));
      if (!changes.length) continue;
      const curly = text.slice(name.span.start, name.span.end).includes('’');
      const edits: Edit[] = [];
      for (const ch of changes) {
        if (ch.to === null) continue;
        const to = curly ? ch.to.replace(/'/g, '’') : ch.to;
        const e = minimalEdit(ch.start, ch.from, to);
        if (e) edits.push(e);
      }
      const parts = changes.map((ch) =>
        ch.to === null
          ? `"${ch.from}" is malformed, and the right form depends on the name (${/^R\./.test(ch.from) ? '"Ry. Co." for a railway, "R.R. Co." for a railroad' : 'see the case-name table'}), so no fix is offered`
          : `"${ch.from}" → "${ch.to}"`,
      );
      out.push({
        span: name.span,
        citation: c.index,
        message: `In a citation, case-name words take their table abbreviations: ${parts.join('; ')}.`,
        fixes: edits.length ? [{ title: 'Abbreviate the case-name words', edits }] : [],
      });
    }
    return out;
  },
};
