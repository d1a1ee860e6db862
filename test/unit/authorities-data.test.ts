// The curated authorities and doctrine notes (data/authorities/) hold to what a
// brief writer relies on:
// - every citation reads as the authority it claims to be, its year agrees
//   with its volume (reporter volumes are published in order), its court with
//   its reporter, and with every full citation of it in the bundled opinions
//   (year, court, parallel reporters);
// - every case says where it states its holding (a pin) and each step of its
//   test, or says what must be looked up; pins taken from a bundled opinion
//   are checked against that opinion's own citations;
// - every case has a treatment state, every treatment names its citing case
//   with a pin, later than the case, matching that case's own entry;
// - every page or section named in the bundled opinions is in the opinion
//   and the opinion cites (or names) the authority there, at the pin the note
//   says;
// - page ranges take an en dash, and every card fits the length budget.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/analyze';
import type { Citation } from '../../server/src/core/types';
import { allAuthorities, allDoctrines, AUTHORITY_FILES } from '../../server/src/host/bundledAuthorities';
import type { AuthorityEntry, AuthorityUse } from '../../server/src/core/authorities/types';
import { TREATMENT_KINDS } from '../../server/src/core/authorities/types';
import { CARD_BUDGET, NOT_A_CITATOR, cardWords, curatedCardLines, doctrineCardLines } from '../../server/src/core/authorities/card';
import { checkAll } from '../../server/src/core/rules/index';
import { edition } from '../../server/src/core/data/reporters';
import { reporterNamesCourt } from '../../server/src/core/data/courtForms';
import { authorityKeys, Library, type CitedPlace } from '../../server/src/core/library/library';
import { readBundledOpinions } from '../../server/src/host/bundledOpinions';
import { ROOT, withAuthorities } from './helpers';

const library = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));
const authorities = allAuthorities();
const doctrines = allDoctrines();
const ids = new Set(authorities.map((a) => a.id));
const byId = new Map(authorities.map((a) => [a.id, a]));
const doctrineIds = new Set(doctrines.map((d) => d.id));
const cases = authorities.filter((a) => a.kind === 'case');

/** Treatment kinds CITE110 can name in a message (it reads `phrases`). */
const CITE110_KINDS = new Set(['retired', 'overruled', 'overruled in part', 'abrogated', 'limited', 'modified', 'superseded']);

/** A page range written with a hyphen (`228-30`); statute sections (`§ 4-165`) and dockets are not ranges. */
const HYPHEN_RANGE = /(?<!§ )(?<![Ss]ection )(?<![\w:§-])\d{1,4}-\d{1,4}(?![\w-])/;

/**
 * Findings Pincite's own rules may make on a canonical citation, each with why
 * the citation is right anyway. Everything else a rule says about a canonical
 * citation is a mistake in the data (completion inserts these citations).
 */
const RULE_WAIVERS: Record<string, { code: string; why: string }> = {
  'seminole-tribe-of-fla-v-florida': { code: 'CITE036', why: '"of Fla." is part of the tribe\'s name, not a place added to it' },
  'patsy-v-bd-of-regents': { code: 'CITE036', why: "the form the litigator's review asked for; the entry marks it for verification" },
};

/**
 * Case names Pincite's scanner cannot read back from the citation yet (the
 * scanner is outside this data's reach): what it reads instead. The hover and
 * completion find these entries by reporter, so only the name check is
 * skipped; when the scanner reads them, this test fails and the entry leaves
 * the list.
 */
const SCANNER_NAME_GAPS: Record<string, string | undefined> = {};

/** One pin as the data writes it: `432`, `78–79`, `610 n.11`, `*22`, `§ 4-165(a)`, `139 S. Ct. at 2167–68`, or a list of them. */
const PIN_PART = String.raw`(?:\*?\d+(?:–\d+)?(?: nn?\.\d+(?:–\d+)?)?)`;
const PIN = new RegExp(String.raw`^(?:§ [\w-]+(?:\([a-z0-9]+\))*|(?:\d+ [A-Z][A-Za-z. ']*? at )?${PIN_PART}(?:, ${PIN_PART})*)$`);

/** `228–29` → [228, 229]; `230 n.5` → [230, 230]; `1290–91` → [1290, 1291]. */
function pageRange(pages: string): [number, number] {
  const m = /^\*?(\d+)(?:[–-](\d+))?(?:\s*nn?\.\s*\d+(?:[–-]\d+)?)?$/.exec(pages.trim());
  assert.ok(m, `pages "${pages}" should read like a pin: 228, 228–29, 230 n.5`);
  const from = Number(m[1]);
  let to = from;
  if (m[2]) to = m[2].length < m[1].length ? Number(m[1].slice(0, m[1].length - m[2].length) + m[2]) : Number(m[2]);
  return [from, to];
}

/** Every page span a pin names (`43–45, 53–54` → [[43, 45], [53, 54]]); a pin naming another reporter gives none. */
function pinSpans(pin: string): Array<[number, number]> {
  if (/\bat\b|^§/.test(pin)) return [];
  return pin.split(/,\s*/).map(pageRange);
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Keys that identify an entry's authority, read from its own citation text. */
function keysOf(citation: string, parallels: string[] = []): string[] {
  const r = analyzeText([citation, ...parallels].join('; '));
  return authorityKeys(
    r.citations,
    r.citations.map((c) => c.index),
  );
}

const entryKeys = new Map(authorities.map((a) => [a.id, keysOf(a.citation, a.parallels)]));

/** The entry's own citation, read by the scanner. */
function ownCitation(a: AuthorityEntry): Citation {
  const r = analyzeText(a.citation);
  const top = r.citations.filter((c) => !c.nested && !('parallelOf' in c && c.parallelOf !== undefined));
  assert.equal(top.length, 1, `${a.id}: "${a.citation}" should read as one citation, read ${r.citations.map((c) => c.kind + ':' + c.text).join(' | ')}`);
  return top[0];
}

/** Places the opinions cite an entry, with the citation each place is. */
function placesOf(a: AuthorityEntry): Array<{ place: CitedPlace; cite: Citation; all: Citation[] }> {
  return library.citedIn(entryKeys.get(a.id)!).map((place) => {
    const all = place.text.citations.citations;
    return { place, cite: all[place.citation], all };
  });
}

/** The page spans a citation in an opinion pins (an Id. or short form carries its own pins). */
function citedSpans(c: Citation): Array<[number, number]> {
  if (!('pins' in c)) return [];
  return c.pins.filter((p) => p.from !== undefined).map((p) => [p.from!, p.to ?? p.from!] as [number, number]);
}

/** The text of the pages or section a use names, emphasis removed, for a use by name. */
function useText(u: AuthorityUse): string {
  const o = library.opinions.find((x) => x.meta.id === u.opinion)!;
  const t = o.primary;
  let start = 0;
  let end = t.text.length;
  if (u.pages !== undefined) {
    const [from, to] = pageRange(u.pages);
    start = t.pages.pageStart(from)!;
    end = t.pages.pageStart(to + 1) ?? t.text.length;
  } else {
    const s = t.pages.sections.find((x) => x.title === u.section)!;
    start = s.start;
    end = s.end;
  }
  return t.text.slice(start, end).replace(/[*_]/g, '');
}

function checkUse(owner: string, u: AuthorityUse, entry?: AuthorityEntry): void {
  const o = library.opinions.find((x) => x.meta.id === u.opinion);
  assert.ok(o, `${owner}: unknown opinion ${u.opinion}`);
  assert.ok(u.how && u.how.length > 20, `${owner}: say how ${u.opinion} uses it`);
  assert.ok(!HYPHEN_RANGE.test(u.how), `${owner}: page ranges take an en dash: ${u.how}`);
  let near: Array<{ place: CitedPlace; cite: Citation }> = [];
  if (u.pages !== undefined) {
    assert.ok(!u.pages.includes('-'), `${owner}: pages "${u.pages}" take an en dash`);
    const [from, to] = pageRange(u.pages);
    assert.ok(from <= to, `${owner}: pages ${u.pages} run backwards`);
    assert.ok(o.holdsPage(from) && o.holdsPage(to), `${owner}: pages ${u.pages} are not in the bundled text of ${u.opinion} (${o.heldPages()})`);
    if (entry) {
      const places = placesOf(entry).filter((p) => p.place.opinion === o);
      near = places.filter((p) => p.place.page !== undefined && p.place.page >= from - 1 && p.place.page <= to + 1);
      if (!u.byName) {
        assert.ok(
          near.length,
          `${owner}: ${u.opinion} does not cite it near pages ${u.pages} (it does at ${[...new Set(places.map((p) => p.place.page))].join(', ') || 'no page'})`,
        );
      }
    }
  } else {
    assert.ok(u.section, `${owner}: a use needs pages or a section`);
    const sections = o.primary.pages.sections.map((s) => s.title);
    assert.ok(sections.includes(u.section), `${owner}: "${u.section}" is not a section of ${u.opinion} (${sections.join(' | ')})`);
    if (entry) {
      near = placesOf(entry).filter((p) => p.place.opinion === o && p.place.section === u.section);
      if (!u.byName) assert.ok(near.length, `${owner}: ${u.opinion} does not cite it in "${u.section}"`);
    }
  }
  if (entry && u.byName) {
    // Named, not cited: the name must be there, and the use must say so.
    const name = (entry.shortName ?? entry.name).toLowerCase();
    assert.ok(useText(u).toLowerCase().includes(name), `${owner}: ${u.opinion} does not name ${entry.shortName} at ${u.pages ?? u.section}`);
  }
  // "(at 435)" in a note is the pin the opinion gives: it must be one of the
  // pins the opinion cites the authority at, there.
  if (entry && !u.byName) {
    for (const m of u.how.matchAll(/\(at (\d+(?:–\d+)?)\b/g)) {
      const want = pageRange(m[1]);
      const cited = near.flatMap((p) => citedSpans(p.cite));
      assert.ok(
        cited.some((s) => overlaps(s, want)),
        `${owner}: the note says ${u.opinion} cites it at ${m[1]}; there it pins ${cited.map((s) => s.join('–')).join(', ') || 'nothing'}`,
      );
    }
  }
}

/** A pin the data says a bundled opinion gives: the opinion must cite the authority at an overlapping pin. */
function checkSeenIn(a: AuthorityEntry, pin: string, opinion: string, what: string): void {
  const o = library.opinions.find((x) => x.meta.id === opinion);
  assert.ok(o, `${a.id}: ${what} seen in unknown opinion ${opinion}`);
  const spans = pinSpans(pin.replace(/^.* at /, ''));
  const cited = placesOf(a)
    .filter((p) => p.place.opinion === o)
    .flatMap((p) => citedSpans(p.cite));
  assert.ok(
    spans.some((s) => cited.some((c) => overlaps(s, c))),
    `${a.id}: ${what} pin ${pin} is not one ${opinion} cites it at (${cited.map((s) => s.join('–')).join(', ') || 'no pins'})`,
  );
}

function checkPin(a: AuthorityEntry, pin: string, what: string): void {
  assert.ok(PIN.test(pin), `${a.id}: ${what} pin "${pin}" should read like 432, 78–79, 610 n.11 or 139 S. Ct. at 2167 (en dash in ranges)`);
  for (const [from, to] of pinSpans(pin)) assert.ok(from <= to, `${a.id}: ${what} pin ${pin} runs backwards`);
  const first = ownCitation(a);
  if (first.kind === 'case' && !/\bat\b|^\*/.test(pin)) {
    const page = Number(first.page);
    for (const [from] of pinSpans(pin)) assert.ok(from >= page, `${a.id}: ${what} pin ${pin} is before the first page ${page}`);
  }
}

/** Every string the entry shows, with its field name. */
function* strings(x: unknown, at = ''): Generator<[string, string]> {
  if (typeof x === 'string') yield [at, x];
  else if (Array.isArray(x)) for (const [i, v] of x.entries()) yield* strings(v, `${at}[${i}]`);
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) yield* strings(v, at ? `${at}.${k}` : k);
}

/** How the card links a use, as the server labels it: `Russo p. 228–30`. */
function fakeLink(u: AuthorityUse) {
  const o = library.opinions.find((x) => x.meta.id === u.opinion)!;
  return { label: u.pages ? `${o.meta.shortName} p. ${u.pages}` : `${o.meta.shortName}, ${u.section}`, target: 'command:pincite.openOpinion?%5B%5D' };
}

test('coverage: at least 128 curated cases (88 before issue 17, 40 more), statutes, rules and constitutional provisions', () => {
  assert.ok(cases.length >= 128, `${cases.length} cases`);
  for (const kind of ['statute', 'rule', 'constitution'] as const)
    assert.ok(
      authorities.some((a) => a.kind === kind),
      `no ${kind}`,
    );
  assert.ok(doctrines.length >= 27, `${doctrines.length} doctrine notes`);
});

test('ids are unique across the files and every reference resolves', () => {
  const seen = new Map<string, string>();
  for (const [file, f] of Object.entries(AUTHORITY_FILES)) {
    for (const x of [...(f.authorities ?? []), ...(f.doctrines ?? [])]) {
      assert.ok(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x.id), `${file}: bad id ${x.id}`);
      assert.ok(!seen.has(x.id), `${x.id} in ${file} and ${seen.get(x.id)}`);
      seen.set(x.id, file);
    }
  }
  for (const a of authorities) {
    assert.ok(a.doctrines.length > 0, `${a.id}: belongs to no doctrine note`);
    for (const d of a.doctrines) assert.ok(doctrineIds.has(d), `${a.id}: unknown doctrine ${d}`);
    for (const t of a.treatment ?? []) if (t.byId) assert.ok(ids.has(t.byId), `${a.id}: treatment byId ${t.byId} has no entry`);
  }
  for (const d of doctrines) {
    assert.ok(d.controlling.length > 0, `${d.id}: no controlling authority`);
    for (const c of d.controlling) assert.ok(ids.has(c), `${d.id}: controlling ${c} has no entry`);
    assert.ok(d.phrases.length > 0 && d.phrases.every((p) => p === p.toLowerCase() && !/[*_]/.test(p)), `${d.id}: phrases are lower case, no emphasis`);
  }
});

test('reporter volumes and years agree across the curated cases: a later volume never holds an earlier year', () => {
  const series = new Map<string, Array<{ id: string; volume: number; page: number; year: number }>>();
  for (const a of cases) {
    const c = ownCitation(a);
    if (c.kind !== 'case' || !c.reporter) continue;
    const list = series.get(c.reporter) ?? [];
    list.push({ id: a.id, volume: Number(c.volume), page: Number(c.page), year: a.year! });
    series.set(c.reporter, list);
  }
  let compared = 0;
  for (const [reporter, list] of series) {
    list.sort((x, y) => x.volume - y.volume || x.page - y.page);
    for (let i = 1; i < list.length; i++) {
      const [p, q] = [list[i - 1], list[i]];
      assert.ok(p.year <= q.year, `${reporter}: ${p.id} (${p.volume}, ${p.year}) comes before ${q.id} (${q.volume}, ${q.year})`);
      compared++;
    }
  }
  assert.ok(compared > 100, `only ${compared} comparisons`);
});

for (const a of authorities) {
  test(`authority ${a.id}: citation, holding and pins, treatment, uses in the opinions`, () => {
    assert.ok(a.holding.length >= 60, `${a.id}: holding too short`);
    const c = ownCitation(a);
    const want = { case: ['case', 'docket', 'database'], statute: ['statute'], rule: ['rule'], constitution: ['constitution'] }[a.kind];
    assert.ok(want.includes(c.kind), `${a.id}: "${a.citation}" reads as ${c.kind}`);
    for (const [field, s] of strings(a)) assert.ok(!HYPHEN_RANGE.test(s), `${a.id}: ${field} writes a page range with a hyphen: ${s}`);
    // The canonical citation is what completion inserts and the card shows: Pincite's own rules must pass it.
    const sentence = `${a.citation}.`;
    const findings = checkAll(sentence, analyzeText(sentence), withAuthorities()).filter((f) => f.code !== RULE_WAIVERS[a.id]?.code);
    assert.deepEqual(
      findings.map((f) => f.message),
      [],
      `${a.id}: Pincite's rules flag the canonical citation`,
    );

    if (a.kind === 'case') {
      assert.ok(a.shortName && a.court && a.year, `${a.id}: a case needs shortName, court and year`);
      const readName = c.kind === 'case' || c.kind === 'database' || c.kind === 'docket' ? c.caseName?.text.replace(/[*_]/g, '') : undefined;
      if (a.id in SCANNER_NAME_GAPS) assert.equal(readName, SCANNER_NAME_GAPS[a.id], `${a.id}: the scanner now reads the name differently; update SCANNER_NAME_GAPS`);
      else assert.equal(readName, a.name, `${a.id}: the citation's case name`);
      if (c.kind === 'case') {
        assert.equal(c.year, a.year, `${a.id}: year`);
        // The court: named in the parenthetical, or identified by the reporter (U.S., Conn., Conn. App.).
        if (c.court) assert.equal(c.court, a.court, `${a.id}: court in the citation`);
        else
          assert.ok(
            c.reporter && reporterNamesCourt(edition(c.reporter)!, a.court!),
            `${a.id}: ${c.reporter} does not identify the court ${a.court}, so the citation must name it`,
          );
      }
      if (c.kind === 'database') assert.equal(c.decisionYear, a.year, `${a.id}: year`);

      // The holding's pin, or what must be looked up instead.
      if (a.pin) checkPin(a, a.pin, 'holding');
      else
        assert.ok(
          a.verify?.some((v) => v.about === 'pin'),
          `${a.id}: no pin for the holding and no note saying it must be verified`,
        );
      if (a.pinSeenIn) checkSeenIn(a, a.pin!, a.pinSeenIn, 'the holding');
      for (const [k, s] of (a.test ?? []).entries()) {
        if (s.pin) checkPin(a, s.pin, `test step ${k + 1}`);
        else assert.ok(s.verify, `${a.id}: test step ${k + 1} has no pin and no note saying it must be verified`);
        if (s.seenIn) checkSeenIn(a, s.pin!, s.seenIn, `test step ${k + 1}`);
      }

      // Treatment: recorded with a citing case and pin, none recorded, or to verify.
      const state = a.treatmentState;
      assert.ok(state === 'recorded' || state === 'none recorded' || state === 'to verify', `${a.id}: treatmentState must say whether treatment is recorded`);
      if (state === 'recorded') assert.ok(a.treatment?.length, `${a.id}: treatment recorded but none listed`);
      else assert.ok(!a.treatment?.length, `${a.id}: treatment listed but the state is "${state}"`);
      if (state === 'to verify')
        assert.ok(
          a.verify?.some((v) => v.about === 'treatment'),
          `${a.id}: say what treatment must be verified`,
        );
    } else {
      assert.equal(a.treatmentState, undefined, `${a.id}: treatment states are for cases`);
      for (const s of a.test ?? []) assert.ok(s.pin && PIN.test(s.pin), `${a.id}: each element names its subsection`);
    }

    for (const t of a.treatment ?? []) {
      assert.ok((TREATMENT_KINDS as readonly string[]).includes(t.kind), `${a.id}: unknown treatment kind ${t.kind}`);
      assert.ok(t.what.length > 20);
      const r = analyzeText(t.by);
      const lead = r.citations.find((x) => !x.nested && !('parallelOf' in x && x.parallelOf !== undefined));
      assert.ok(lead, `${a.id}: treatment "${t.by}" does not read as a citation`);
      if (lead.kind === 'case') {
        const pins = r.citations.filter((x) => x === lead || ('parallelOf' in x && x.parallelOf === lead.index)).flatMap((x) => ('pins' in x ? x.pins : []));
        assert.ok(pins.length, `${a.id}: treatment "${t.by}" needs the pin where the later case says so`);
        assert.ok(lead.year && a.year && lead.year >= a.year, `${a.id}: treatment by ${t.by} is not later than ${a.year}`);
      } else {
        assert.equal(lead.kind, 'statute', `${a.id}: treatment "${t.by}" reads as ${lead.kind}`);
      }
      if (t.byId) {
        const later = byId.get(t.byId)!;
        const keys = authorityKeys(
          r.citations,
          r.citations.filter((x) => !x.nested).map((x) => x.index),
        );
        assert.ok(
          keys.some((k) => entryKeys.get(later.id)!.includes(k)),
          `${a.id}: treatment "${t.by}" is not the citation of ${later.id} (${later.citation})`,
        );
        if (lead.kind === 'case') assert.equal(lead.year, later.year, `${a.id}: treatment by ${t.by}: year differs from ${later.citation}`);
      }
      for (const p of t.phrases ?? []) assert.equal(p, p.toLowerCase());
      if (t.phrases?.length) assert.ok(CITE110_KINDS.has(t.kind), `${a.id}: CITE110 cannot name a "${t.kind}" treatment; leave out its phrases`);
    }
    for (const v of a.verify ?? []) assert.ok(v.note.length > 30, `${a.id}: say what to verify and why`);

    // The bundled opinions: every use is real, and every full citation of
    // the authority there agrees with the entry's year, court and parallels.
    for (const u of a.usedIn) checkUse(a.id, u, a);
    if (a.kind === 'case' && c.kind === 'case') {
      const mine = new Set(entryKeys.get(a.id)!);
      for (const { cite, all, place } of placesOf(a)) {
        if (cite.kind !== 'case') continue;
        const where = `${place.opinion.meta.shortName} ${place.page ?? place.section}`;
        if (cite.year) assert.equal(cite.year, a.year, `${a.id}: ${where} dates it ${cite.year}`);
        if (cite.court && c.reporter !== 'U.S.') assert.equal(cite.court.replace(/\s+/g, ' '), a.court, `${a.id}: ${where} gives the court as ${cite.court}`);
        if (a.parallels?.length) {
          const segs = all.filter((x) => 'parallelOf' in x && x.parallelOf === cite.index);
          for (const k of authorityKeys(
            all,
            segs.map((x) => x.index),
          ))
            assert.ok(mine.has(k), `${a.id}: ${where} gives a parallel ${k} the entry does not list`);
        }
      }
    }
  });
}

for (const d of doctrines) {
  test(`doctrine ${d.id}: well formed, its uses are in the opinions`, () => {
    assert.ok(d.summary.length >= 80, `${d.id}: summary too short`);
    for (const [field, s] of strings(d)) assert.ok(!HYPHEN_RANGE.test(s), `${d.id}: ${field} writes a page range with a hyphen: ${s}`);
    for (const u of d.usedIn) checkUse(d.id, u);
  });
}

test('length budget: every card fits, and a typical card is well under it', () => {
  const sizes: number[] = [];
  const over: string[] = [];
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  for (const a of authorities) {
    const card = curatedCardLines(a, fakeLink).join('\n');
    const n = cardWords(card);
    sizes.push(n);
    if (n > CARD_BUDGET.card) over.push(`${a.id}: card ${n} words`);
    if (words(a.holding) > CARD_BUDGET.holding) over.push(`${a.id}: holding ${words(a.holding)} words`);
    for (const s of a.test ?? []) if (words(s.text) > CARD_BUDGET.step) over.push(`${a.id}: step of ${words(s.text)} words`);
    for (const t of a.treatment ?? []) if (words(t.what) > CARD_BUDGET.treatment) over.push(`${a.id}: treatment by ${t.by} of ${words(t.what)} words`);
    for (const u of a.usedIn) if (words(u.how) > CARD_BUDGET.use) over.push(`${a.id}: use of ${words(u.how)} words`);
    if (a.kind === 'case') assert.ok(card.includes(NOT_A_CITATOR), `${a.id}: the card says it is not a citator`);
  }
  for (const d of doctrines) {
    const n = cardWords(doctrineCardLines(d, (id) => byId.get(id)?.citation, fakeLink).join('\n'));
    if (n > CARD_BUDGET.doctrine) over.push(`${d.id}: doctrine card ${n} words`);
    for (const u of d.usedIn) if (words(u.how) > CARD_BUDGET.use) over.push(`${d.id}: use of ${words(u.how)} words`);
  }
  assert.deepEqual(over, [], 'over the budget');
  sizes.sort((x, y) => x - y);
  const median = sizes[Math.floor(sizes.length / 2)];
  assert.ok(median <= CARD_BUDGET.median, `median card ${median} words`);
});
