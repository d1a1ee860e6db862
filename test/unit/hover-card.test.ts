// The hover card: one card for every form of a citation (full, parallel,
// short, Id., supra), built from the curated entry when there is one, from the
// bundled opinions' own citations when there is not, and from the opinion
// index for a bundled opinion; and doctrine notes on prose phrases. Expected
// text comes from the curated data and from pages read off the opinions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverFor, hoverLibrary } from './editorFeatures';
import { curatedAuthorities } from '../../server/src/host/bundledAuthorities';
import { NOT_A_CITATOR } from '../../server/src/core/authorities/card';
import { lineIndex, readProjectFile } from './helpers';
import { analyseBrief, bundledService } from './libraryHelpers';

const svc = bundledService();
const LEXIS = readProjectFile('opinions/russo-v-city-of-hartford.lexis.txt');
const lexisLine = lineIndex(LEXIS);

function card(text: string, at: string, occurrence = 0): string {
  const { doc, analysis } = analyseBrief(text, svc);
  let offset = -1;
  for (let k = 0; k <= occurrence; k++) offset = text.indexOf(at, offset + 1);
  assert.ok(offset >= 0, `${at} not in the text`);
  const h = hoverFor(doc, analysis, offset + 1, hoverLibrary(analysis, svc));
  assert.ok(h, `no hover on ${at}`);
  return (h.contents as { value: string }).value;
}

/** The card's text with markdown escapes removed, for comparing with the data. */
function plain(value: string): string {
  return value.replace(/\\([\\`*_{}[\]<>#|])/g, '$1');
}

/**
 * The target of the link labelled `label` (a regular expression source): VS Code
 * gets `command:pincite.openOpinion?[uri, line]`, because its hover renderer
 * drops links with other schemes. Returns the opinion URI and the 1-based line.
 */
function linkTo(value: string, label: string): { uri: string; line: number } {
  const m = new RegExp(`\\[${label}\\]\\(command:pincite\\.openOpinion\\?([^)]+)\\)`).exec(value);
  assert.ok(m, `no opinion link labelled ${label} in ${value.slice(0, 400)}`);
  const [uri, line, character] = JSON.parse(decodeURIComponent(m[1])) as [string, number, number];
  assert.equal(typeof character, 'number');
  return { uri, line: line + 1 };
}

function entry(id: string) {
  const e = curatedAuthorities().byId.get(id);
  assert.ok(e, `no curated entry ${id}`);
  return e;
}

function assertCuratedCard(value: string, id: string): void {
  const e = entry(id);
  const p = plain(value);
  assert.ok(p.startsWith(`**${e.citation}**`), `card should open with the canonical citation: ${p.slice(0, 120)}`);
  assert.ok(p.includes(e.holding), 'card shows the holding');
  for (const s of e.test ?? []) assert.ok(p.includes(s.text), 'card shows each step of the test');
  for (const t of e.treatment ?? []) {
    const line = e.treatment!.length === 1 ? `**Later treatment (${t.kind}):** ${t.by}. ${t.what}` : `- ${t.kind}: ${t.by}. ${t.what}`;
    assert.ok(p.includes(line), `card shows the treatment by ${t.by}`);
  }
  assert.ok(p.includes(NOT_A_CITATOR), 'card says the notes are not a citator');
  // Matched to an authority: no parsed parts.
  assert.doesNotMatch(value, /Volume:|Reporter:|First page:|\*\*Case citation\*\*/, 'a matched citation shows no parsed parts');
}

const YOUNGER_FULL = '*Younger v. Harris*, 401 U.S. 37, 43 (1971)';

test('Younger: the same card on the full cite, a parallel segment, the short form, Id. and supra', () => {
  const text = [
    `Federal courts do not enjoin pending prosecutions. *See* ${YOUNGER_FULL}.`,
    'The rule rests on comity. *Id.* at 44.',
    'Equity adds its own reasons. *Younger*, 401 U.S. at 45.',
    'The parallel reporters agree. *Younger v. Harris*, 401 U.S. 37, 91 S. Ct. 746, 27 L. Ed. 2d 669 (1971).',
    'As noted, *Younger*, *supra*, at 46, controls.',
  ].join('\n\n');
  for (const at of ['401 U.S. 37, 43', 'Id.', '401 U.S. at 45', '91 S. Ct. 746', 'supra']) assertCuratedCard(card(text, at), 'younger-v-harris');
  // Russo cites Younger on page 228: the card links there.
  const value = card(text, '401 U.S. 37, 43');
  const line = lexisLine(LEXIS.indexOf('[*228]'));
  assert.deepEqual(linkTo(value, 'Russo p\\. 228–30'), { uri: 'pincite-opinion:/russo-v-city-of-hartford.pincite/russo-v-city-of-hartford.lexis.txt', line });
  assert.match(plain(value), /\*\*Later treatment \(limited\):\*\* Sprint Commc'ns, Inc\. v\. Jacobs, 571 U\.S\. 69, 78–81 \(2013\)\./);
  // The holding's pin, in the reporter of the citation above it.
  assert.match(plain(value), /cannot cure\. \(401 U\.S\. at 43–45, 53–54\)/);
  // Id. and the short form say what they refer to, under the card.
  assert.match(plain(card(text, 'Id.')), /---\n\n- Refers to: Younger v\. Harris, 401 U\.S\. 37, 43 \(1971\)\nCited 5 times in this document\.$/);
});

test('Ex parte Young: full, short form and Id. show the card and where Campbell applies it', () => {
  const text = [
    'A state official may be enjoined from an ongoing violation of federal law. *Ex parte Young*, 209 U.S. 123, 159-60 (1908).',
    'The exception is narrow. *Id.* at 155.',
    'It reaches only officials. *Ex parte Young*, 209 U.S. at 157.',
  ].join('\n\n');
  for (const at of ['209 U.S. 123', 'Id.', '209 U.S. at 157']) assertCuratedCard(card(text, at), 'ex-parte-young');
  const value = card(text, '209 U.S. 123');
  const slip = readProjectFile('opinions/campbell-v-city-of-waterbury.slip.md').split('\n');
  // Both Campbell sections that apply it, each link opening at its heading:
  // the three reasons against the official-capacity claims first.
  for (const section of ['Official-capacity claims against Serafini and Leigh', 'State of Connecticut Judicial Branch']) {
    const l = linkTo(value, `Campbell, ${section}`);
    assert.equal(l.uri, 'pincite-opinion:/campbell-v-city-of-waterbury.pincite/campbell-v-city-of-waterbury.slip.md');
    assert.equal(slip[l.line - 1], section, 'the link opens at the section heading');
  }
  assert.ok(value.indexOf('Official-capacity claims') < value.indexOf('State of Connecticut Judicial Branch'), 'the more relevant use first');
  // Later treatment, most important first: Whole Woman's Health v. Jackson.
  const p = plain(value);
  const treatment = p.slice(p.indexOf('**Later treatment:**'));
  assert.match(
    treatment,
    /^\*\*Later treatment:\*\*\n- limited: Whole Woman's Health v\. Jackson, 595 U\.S\. 30, 39–40 \(2021\)\. No injunction against state-court judges or clerks/,
  );
  for (const later of ['Edelman v. Jordan, 415 U.S. 651', 'Seminole Tribe of Fla. v. Florida, 517 U.S. 44', "Verizon Md. Inc. v. Pub. Serv. Comm'n, 535 U.S. 635, 645"])
    assert.ok(treatment.includes(later), later);
  assert.match(p, /\*\*To verify \(treatment\):\*\* Idaho v\. Coeur d'Alene Tribe/);
  assert.match(p.split('\n')[0], /— ⚠ limited$/, 'the header flags limiting treatment');
});

test("Scheuer: the card flags Harlow's abrogation, names Davis v. Scherer, and keeps Russo's use", () => {
  const text = 'The allegations are taken as true. *Scheuer v. Rhodes*, 416 U.S. 232, 236 (1974).';
  const value = card(text, '416 U.S. 232');
  assertCuratedCard(value, 'scheuer-v-rhodes');
  const p = plain(value);
  assert.equal(p.split('\n')[0], '**Scheuer v. Rhodes, 416 U.S. 232 (1974)** — ⚠ abrogated in part');
  assert.match(
    p,
    /\*\*Later treatment \(abrogated in part\):\*\* Harlow v\. Fitzgerald, 457 U\.S\. 800, 815–19 \(1982\)\. .*Davis v\. Scherer, 468 U\.S\. 183, 191 \(1984\)/,
  );
  assert.match(value, /\[Russo p\. 222\]\(command:pincite\.openOpinion/);
  // The flag sits above the holding, the warning below the treatment.
  assert.ok(p.indexOf(entry('scheuer-v-rhodes').holding) < p.indexOf('Later treatment') && p.indexOf('Later treatment') < p.indexOf(NOT_A_CITATOR));
});

test('treatment states: none recorded, and a possible treatment to verify', () => {
  const none = plain(card('Damages claims are at most stayed. *Kirschner v. Klemons*, 225 F.3d 227, 238 (2d Cir. 2000).', '225 F.3d'));
  assert.match(none, /\n\*\*Later treatment:\*\* none recorded\.\n/);
  assert.doesNotMatch(none.split('\n')[0], /⚠/, 'no flag without treatment');
  const unsure = plain(card('Bald assertions do not suffice. *Tarshis v. Riese Org.*, 211 F.3d 30, 35 (2d Cir. 2000).', '211 F.3d'));
  assert.match(unsure, /\*\*Later treatment:\*\* possible, not confirmed \(see below\)\./);
  assert.match(unsure, /\*\*To verify \(treatment\):\*\* Many district court decisions cite Tarshis as "abrogated on other grounds by Swierkiewicz/);
});

test('a test shows each step with its pin; a pin in another report says so', () => {
  const p = plain(card("The conditions are familiar. *Middlesex Cnty. Ethics Comm. v. Garden State Bar Ass'n*, 457 U.S. 423, 432 (1982).", '457 U.S. 423'));
  assert.match(p, /\(457 U\.S\. at 432–35\)\n\n\*\*Test:\*\*\n1\. There is an ongoing state proceeding that is judicial in nature\. \(at 432\)\n/);
  assert.match(p, /\n4\. Even when all three are met, .* defeat abstention\. \(at 435\)\n/);
  const young = plain(card('*Ex parte Young*, 209 U.S. 123 (1908).', '209 U.S. 123'));
  assert.match(young, /\n2\. The complaint alleges an ongoing violation of federal law\. \(535 U\.S\. at 645\)\n/);
});

test('three uses in the bundled opinions, then one line of links to the rest', () => {
  const e = entry('42-usc-1983');
  assert.ok(e.usedIn.length > 3, 'the § 1983 entry has more than three uses');
  const value = card('The claim arises under 42 U.S.C. § 1983.', '1983');
  const uses = value
    .slice(value.indexOf('**In the bundled opinions:**'))
    .split('\n')
    .filter((l) => l.startsWith('- '));
  assert.equal(uses.length, 4, 'three uses and a line for the rest');
  for (const [k, u] of e.usedIn.slice(0, 3).entries()) assert.ok(plain(uses[k]).includes(`Russo p. ${u.pages}](`) && plain(uses[k]).endsWith(u.how), `use ${k + 1}`);
  const rest = e.usedIn.slice(3);
  assert.ok(uses[3].startsWith(`- ${rest.length} more: `), uses[3]);
  assert.equal([...uses[3].matchAll(/\]\(command:pincite\.openOpinion\?/g)].length, rest.length, 'a link for each of the rest');
});

test('a doctrine note says it is not a citator', () => {
  const value = card('Campbell relies on the *Ex parte Young* exception.', 'exception');
  assert.match(value, /— doctrine/);
  assert.ok(plain(value).includes(`_${NOT_A_CITATOR}_`));
  assert.match(plain(value), /\*\*Later developments:\*\* Whole Woman's Health v\. Jackson, 595 U\.S\. 30, 39–40 \(2021\)/);
});

test("Monell: full, short form and Id. show the card with its policy-or-custom test and Russo's pages", () => {
  const text = [
    "A city answers only for its own policy. *Monell v. Dep't of Soc. Servs.*, 436 U.S. 658, 694 (1978).",
    'Respondeat superior is not enough. *Id.* at 691.',
    'The policy must cause the harm. *Monell*, 436 U.S. at 694.',
  ].join('\n\n');
  for (const at of ['436 U.S. 658', 'Id.', '436 U.S. at 694']) assertCuratedCard(card(text, at), 'monell-v-dept-of-soc-servs');
  assert.match(card(text, '436 U.S. 658'), /\[Russo p\. 2\d\d/);
});

test("Russo: every form shows the bundled opinion's card, with its summary and a link to the pin page", () => {
  const text = [
    '*Russo v. City of Hartford*, 158 F. Supp. 2d 214, 229, 2001 U.S. Dist. LEXIS 14297 (D. Conn. 2001).',
    'Damages claims go on. *Id.* at 230.',
    'Prosecutors who investigate are not absolutely immune. *Russo*, 158 F. Supp. 2d at 231.',
  ].join('\n\n');
  const meta = svc.library.opinions.find((o) => o.meta.id === 'russo-v-city-of-hartford')!.meta;
  const cases: Array<[string, number]> = [
    ['158 F. Supp. 2d 214', 229],
    ['LEXIS 14297', 229],
    ['Id.* at 230', 230],
    ['2d at 231', 231],
  ];
  for (const [at, page] of cases) {
    const value = card(text, at);
    const p = plain(value);
    assert.ok(p.startsWith(`**${meta.citation}** (Janet C. Hall, J.)`), p.slice(0, 100));
    assert.ok(p.includes(meta.summary!));
    assert.match(value, new RegExp(`Open in the library: \\[Russo v\\. City of Hartford at page ${page}\\]`));
    assert.equal(linkTo(value, `Russo v\\. City of Hartford at page ${page}`).line, lexisLine(LEXIS.indexOf(`[*${page}]`)));
  }
});

test('an authority with no curated entry gets a card built from the bundled opinions: each place, its sentence and parenthetical', () => {
  // Huff is cited by Russo on page 226-27 for intentional infliction of emotional distress.
  const text = 'Outrageousness is a question of law first. *Huff v. W. Haven Bd. of Educ.*, 10 F. Supp. 2d 117, 122 (D. Conn. 1998).';
  assert.equal(curatedAuthorities().byKey.get('r:10 F. Supp. 2d 117'), undefined, 'Huff must stay uncurated for this test');
  const p = plain(card(text, '10 F. Supp. 2d'));
  assert.match(p, /^\*\*Huff v\. W\. Haven Bd\. of Educ\., 10 F\. Supp\. 2d 117/);
  assert.match(p, /\*\*In the bundled opinions:\*\*/);
  assert.match(p, /\[Russo p\. 22[67]\]/);
  assert.match(p, /extreme and outrageous conduct is stringent/);
  // Not matched to a curated entry or a bundled opinion: the parts Pincite read are shown.
  assert.match(
    p,
    /---\n\n\*\*Case citation\*\* — Huff v\. W\. Haven Bd\. of Educ\..*\n- Case name: Huff v\. W\. Haven Bd\. of Educ\.\n- Volume: 10\n- Reporter: F\. Supp\. 2d\n- First page: 117\n/,
  );
});

test('a citation with no entry and no place in the opinions keeps the plain parts card', () => {
  const value = card('*Smith v. Jones*, 999 F.3d 1, 5 (2d Cir. 2021).', '999 F.3d');
  assert.match(value, /^\*\*Case citation\*\*/);
  assert.doesNotMatch(value, /In the bundled opinions/);
});

test('doctrine phrases in prose show the doctrine note', () => {
  const text = [
    'The State invokes *Younger* abstention here.',
    'Campbell relies on the *Ex parte Young* exception.',
    'She pleads a *Monell* claim against the City.',
    'The officers raise qualified immunity.',
  ].join('\n\n');
  const expect: Array<[string, RegExp]> = [
    ['abstention', /abstention/i],
    ['exception', /Young/],
    ['claim against', /Monell/],
    ['qualified immunity', /qualified immunity/i],
  ];
  for (const [at, name] of expect) {
    const value = card(text, at);
    assert.match(value, /— doctrine/);
    assert.match(value.split('\n')[0], name);
    assert.match(value, /\*\*Controlling:\*\*/);
  }
});
