// The hover card: one card for every form of a citation (full, parallel,
// short, Id., supra), built from the curated entry when there is one, from the
// bundled opinions' own citations when there is not, and from the opinion
// index for a bundled opinion; and doctrine notes on prose phrases. Expected
// text comes from the curated data and from pages read off the opinions.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverFor } from '../../server/src/features/hover';
import { hoverLibrary } from '../../server/src/features/opinionLinks';
import { authorityIndex } from '../../server/src/authorities/index';
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
  const e = authorityIndex().byId.get(id);
  assert.ok(e, `no curated entry ${id}`);
  return e;
}

function assertCuratedCard(value: string, id: string): void {
  const e = entry(id);
  const p = plain(value);
  assert.ok(p.startsWith(`**${e.citation}**`), `card should open with the canonical citation: ${p.slice(0, 120)}`);
  assert.ok(p.includes(e.holding), 'card shows the holding');
  if (e.test?.length) assert.ok(p.includes('**Test:**') && p.includes(e.test[0]), 'card shows the test');
  for (const t of e.treatment ?? []) assert.ok(p.includes(`**Later treatment (${t.kind}):** ${t.by}`), 'card shows the treatment');
  // Parsed parts stay at the bottom.
  assert.ok(/---\n\n\*\*(Case citation|Short-form case citation|Id\. citation|Supra citation)\*\*/.test(value), 'card ends with the parsed parts');
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
  assert.deepEqual(linkTo(value, 'Russo p\\. 228[^\\]]*'), { uri: 'pincite-opinion:/russo-v-city-of-hartford.pincite/russo-v-city-of-hartford.lexis.txt', line });
  assert.match(plain(value), /Sprint Commc'ns, Inc\. v\. Jacobs/);
});

test('Ex parte Young: full, short form and Id. show the card and where Campbell applies it', () => {
  const text = [
    'A state official may be enjoined from an ongoing violation of federal law. *Ex parte Young*, 209 U.S. 123, 159-60 (1908).',
    'The exception is narrow. *Id.* at 155.',
    'It reaches only officials. *Ex parte Young*, 209 U.S. at 157.',
  ].join('\n\n');
  for (const at of ['209 U.S. 123', 'Id.', '209 U.S. at 157']) assertCuratedCard(card(text, at), 'ex-parte-young');
  const campbell = linkTo(card(text, '209 U.S. 123'), 'Campbell, (?:State of Connecticut Judicial Branch|Official-capacity claims against Serafini and Leigh)');
  assert.equal(campbell.uri, 'pincite-opinion:/campbell-v-city-of-waterbury.pincite/campbell-v-city-of-waterbury.slip.md');
  const slip = readProjectFile('opinions/campbell-v-city-of-waterbury.slip.md');
  assert.equal(slip.split('\n')[campbell.line - 1], 'State of Connecticut Judicial Branch', 'the link opens at the section heading');
});

test('Monell: full, short form and Id. show the card with its policy-or-custom test and Russo\'s pages', () => {
  const text = [
    "A city answers only for its own policy. *Monell v. Dep't of Soc. Servs.*, 436 U.S. 658, 694 (1978).",
    'Respondeat superior is not enough. *Id.* at 691.',
    'The policy must cause the harm. *Monell*, 436 U.S. at 694.',
  ].join('\n\n');
  for (const at of ['436 U.S. 658', 'Id.', '436 U.S. at 694']) assertCuratedCard(card(text, at), 'monell-v-dept-of-soc-servs');
  assert.match(card(text, '436 U.S. 658'), /\[Russo p\. 2\d\d/);
});

test('Russo: every form shows the bundled opinion\'s card, with its summary and a link to the pin page', () => {
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
  assert.equal(authorityIndex().byKey.get('r:10 F. Supp. 2d 117'), undefined, 'Huff must stay uncurated for this test');
  const p = plain(card(text, '10 F. Supp. 2d'));
  assert.match(p, /^\*\*Huff v\. W\. Haven Bd\. of Educ\., 10 F\. Supp\. 2d 117/);
  assert.match(p, /\*\*In the bundled opinions:\*\*/);
  assert.match(p, /\[Russo p\. 22[67]\]/);
  assert.match(p, /extreme and outrageous conduct is stringent/);
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
