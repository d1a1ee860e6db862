// Page, footnote and section index of the bundled opinions: facts checked by
// hand against the files in opinions/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPageIndex } from '../../server/src/core/library/pages';
import type { Pagination } from '../../server/src/core/library/types';
import { readProjectFile } from './helpers';

const LEXIS = readProjectFile('opinions/russo-v-city-of-hartford.lexis.txt');
const WEST = readProjectFile('opinions/russo-v-city-of-hartford.west.txt');
const SLIP = readProjectFile('opinions/campbell-v-city-of-waterbury.slip.md');

/** Offset of `needle`, failing loudly when the file no longer holds it. */
function at(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  assert.ok(i >= 0, `text holds ${JSON.stringify(needle)}`);
  return i;
}

const RUSSO_PAGES = Array.from({ length: 24 }, (_, k) => 219 + k);

test('Lexis: 24 star pages 219…242 in order, each running to the next marker', () => {
  const ix = buildPageIndex(LEXIS, 'lexis');
  assert.equal(ix.pagination, 'lexis');
  assert.deepEqual(
    ix.pages.map((p) => p.page),
    RUSSO_PAGES,
  );
  for (let k = 0; k + 1 < ix.pages.length; k++) assert.equal(ix.pages[k].end, ix.pages[k + 1].start);
  for (const p of ix.pages) assert.equal(LEXIS.slice(p.start, p.start + 2 + String(p.page).length + 1), `[*${p.page}]`);
  // The last page stops at the Notes line, not at the end of the file.
  assert.equal(ix.pages[23].end, at(LEXIS, '\nNotes\n') + 1);
  assert.equal(ix.bodyStart, at(LEXIS, '[*219]'));
  assert.deepEqual(ix.sections, []);
});

test('Lexis: pageStart and pageAt around [*228] and [*229]', () => {
  const ix = buildPageIndex(LEXIS, 'lexis');
  const m228 = at(LEXIS, '[*228]');
  assert.equal(ix.pageStart(228), m228);
  assert.equal(ix.pageStart(219), at(LEXIS, '[*219]'));
  assert.equal(ix.pageStart(242), at(LEXIS, '[*242]'));
  assert.equal(ix.pageStart(215), undefined);
  assert.equal(ix.pageStart(243), undefined);
  assert.equal(ix.pageAt(m228), 228);
  assert.equal(ix.pageAt(m228 - 1), 227); // "representation." ends page 227
  // First paragraph of page 228.
  assert.equal(ix.pageAt(at(LEXIS, 'Russo names several state prosecutors and inspectors')), 228);
  // "abstention is not [*229] appropriate if the state proceedings …"
  const m229 = at(LEXIS, '[*229]');
  assert.equal(LEXIS.slice(m229 - 'abstention is not '.length, m229), 'abstention is not ');
  assert.equal(ix.pageAt(at(LEXIS, 'abstention is not [*229]')), 228);
  assert.equal(ix.pageAt(m229 - 2), 228);
  assert.equal(ix.pageAt(at(LEXIS, 'appropriate if the state proceedings are being undertaken in bad faith')), 229);
  // Caption before the first marker has no page.
  assert.equal(ix.pageAt(0), undefined);
  assert.equal(ix.pageAt(at(LEXIS, '158 F. Supp. 2d 214')), undefined);
  assert.equal(ix.pageAt(at(LEXIS, '[*219]') - 1), undefined);
  assert.equal(ix.pageAt(at(LEXIS, '[*219]')), 219);
  // The Notes heading itself belongs to no page.
  assert.equal(ix.pageAt(at(LEXIS, '\nNotes\n') + 1), undefined);
});

test('Lexis: footnotes 1–11 after Notes, with n-K call-outs and their pages', () => {
  const ix = buildPageIndex(LEXIS, 'lexis');
  assert.deepEqual(
    ix.footnotes.map((f) => f.label),
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'],
  );
  const fn5 = ix.footnote('5');
  assert.ok(fn5);
  assert.equal(fn5.start, at(LEXIS, '5. The Supreme Court has declined to reach the issue whether Younger applies'));
  assert.ok(LEXIS.slice(fn5.start, fn5.end).endsWith('Deakins v. Monaghan, 484 U.S. 193, 201-03, 98 L. Ed. 2d 529, 108 S. Ct. 523 (1988).'));
  assert.equal(fn5.end, ix.footnote('6')!.start - '\n\n\u00a0\n\n'.length);
  // By hand: "… an [*230] alleged violation of § 1983). n5 The court thus finds …"
  assert.equal(fn5.callOut, at(LEXIS, 'n5 The court thus finds'));
  assert.ok(at(LEXIS, '[*230]') < fn5.callOut! && fn5.callOut! < at(LEXIS, '[*231]'));
  assert.equal(fn5.page, 230);
  // Inside a footnote's text, the page is that of its call-out.
  assert.equal(ix.pageAt(fn5.start + 10), 230);
  // n1 ("discovery. n1 Pending") and n2 ("FACTUAL BACKGROUND n2") are on 219; n4 ends page 228's first part.
  assert.equal(ix.footnote('1')!.callOut, at(LEXIS, 'n1 Pending'));
  assert.equal(ix.footnote('1')!.page, 219);
  assert.equal(ix.footnote('2')!.callOut, at(LEXIS, 'BACKGROUND n2') + 'BACKGROUND '.length);
  assert.equal(ix.footnote('2')!.page, 219);
  assert.equal(ix.footnote('4')!.page, 228);
  assert.equal(ix.footnote('10')!.page, 238);
  assert.ok(LEXIS.slice(ix.footnote('10')!.start).startsWith('10. The court notes'));
  assert.equal(ix.footnote('12'), undefined);
});

test('West: markers glued to words; no footnote texts', () => {
  const ix = buildPageIndex(WEST, 'west');
  assert.deepEqual(
    ix.pages.map((p) => p.page),
    RUSSO_PAGES,
  );
  assert.equal(ix.bodyStart, 0);
  assert.equal(ix.pages[23].end, WEST.length);
  const glued = at(WEST, 'mis*221conduct');
  assert.equal(ix.pageStart(221), glued + 3);
  assert.equal(ix.pageAt(glued), 220); // "mis"
  assert.equal(ix.pageAt(glued + 2), 220);
  assert.equal(ix.pageAt(glued + 'mis*221'.length), 221); // "conduct"
  assert.equal(ix.pageStart(228), at(WEST, '*2281. State Defendants'));
  assert.equal(ix.pageAt(at(WEST, 'Russo names several state prosecutors')), 228);
  assert.equal(ix.pageAt(at(WEST, 'appropriate if the state proceedings')), 229);
  assert.equal(ix.pageStart(215), undefined);
  assert.equal(ix.pageAt(WEST.length - 1), 242);
  assert.equal(ix.pageAt(WEST.length), undefined);
  // Footnote calls (`discovery.1 Pending`) have no texts to point at: nothing is invented.
  assert.deepEqual(ix.footnotes, []);
  assert.equal(ix.footnote('1'), undefined);
  assert.deepEqual(ix.sections, []);
});

test('slip: no pages; body starts at the order title after the caption', () => {
  const ix = buildPageIndex(SLIP, 'slip');
  assert.deepEqual(ix.pages, []);
  assert.equal(ix.bodyStart, at(SLIP, "ORDER GRANTING STATE DEFENDANTS' MOTION TO DISMISS"));
  assert.equal(ix.pageAt(at(SLIP, 'DISCUSSION')), undefined);
  assert.equal(ix.pageStart(1), undefined);
});

test('slip: top headings and the sub-headings under DISCUSSION', () => {
  const ix = buildPageIndex(SLIP, 'slip');
  assert.deepEqual(
    ix.sections.map((s) => [s.level, s.title]),
    [
      [1, 'BACKGROUND'],
      [1, 'DISCUSSION'],
      [2, 'State of Connecticut Judicial Branch'],
      [2, 'Official-capacity claims against Serafini and Leigh'],
      [2, 'Individual-capacity Takings Clause claim against Serafini'],
      [2, 'Individual-capacity Takings Clause claim against Leigh'],
      [2, 'Remaining individual-capacity state law claims'],
      [1, 'CONCLUSION'],
    ],
  );
  const [background, discussion, judicial, official, , , remaining, conclusion] = ix.sections;
  assert.equal(background.start, at(SLIP, '\nBACKGROUND\n') + 1);
  assert.equal(background.end, discussion.start);
  assert.equal(discussion.end, conclusion.start);
  assert.equal(conclusion.end, SLIP.length);
  assert.equal(judicial.start, at(SLIP, '\nState of Connecticut Judicial Branch\n') + 1);
  assert.equal(judicial.end, official.start);
  assert.equal(remaining.end, conclusion.start);
  for (const s of ix.sections.filter((x) => x.level === 2)) {
    assert.ok(discussion.start < s.start && s.end <= discussion.end, s.title);
  }

  const sentence = at(SLIP, 'Serafini is a state prosecutor, and Leigh is a deputy clerk of a state court.');
  assert.equal(ix.sectionAt(sentence)?.title, 'Official-capacity claims against Serafini and Leigh');
  assert.equal(ix.sectionAt(at(SLIP, 'On August 1, 2017, the plaintiff Tacara Campbell'))?.title, 'BACKGROUND');
  // The standard of review sits under DISCUSSION, before its first sub-heading.
  assert.equal(ix.sectionAt(at(SLIP, 'The standard that governs a motion to dismiss'))?.title, 'DISCUSSION');
  assert.equal(ix.sectionAt(at(SLIP, 'It is so ordered.'))?.title, 'CONCLUSION');
  // The introduction precedes every heading.
  assert.equal(ix.sectionAt(at(SLIP, 'The plaintiff let a friend drive her car.')), undefined);
  assert.equal(ix.sectionAt(0), undefined);
});

test('slip: footnote texts in the body flow, both label forms, and superscript call-outs', () => {
  const ix = buildPageIndex(SLIP, 'slip');
  assert.deepEqual(
    ix.footnotes.map((f) => f.label),
    Array.from({ length: 32 }, (_, k) => String(k + 1)),
  );
  for (const f of ix.footnotes) assert.equal(f.page, undefined);

  const fn4 = ix.footnote('4')!;
  assert.equal(fn4.start, at(SLIP, '⁴ Doc. #44-1 at 28'));
  assert.equal(SLIP.slice(fn4.start, fn4.end), '⁴ Doc. #44-1 at 28 (Def. Ex. 1).');
  assert.equal(fn4.callOut, at(SLIP, 'Court.⁴') + 'Court.'.length);

  const fn13 = ix.footnote('13')!;
  assert.equal(fn13.callOut, at(SLIP, 'judgment. ¹³ She') + 'judgment. '.length);
  assert.equal(SLIP.slice(fn13.start, fn13.end), '¹³ Doc. #41 at 6 (¶ 39).');

  // The LaTeX-ish label: ` $^{^{20}}$ Doc. #41 at 6 (¶ 42).`
  const fn20 = ix.footnote('20')!;
  assert.equal(fn20.start, at(SLIP, '$^{^{20}}$ Doc. #41'));
  assert.equal(SLIP.slice(fn20.start, fn20.end), '$^{^{20}}$ Doc. #41 at 6 (¶ 42).');
  assert.equal(fn20.callOut, at(SLIP, 'storage. ²⁰ Campbell') + 'storage. '.length);
  assert.equal(ix.footnote('25')!.callOut, at(SLIP, 'vehicle.²⁵') + 'vehicle.'.length);

  // Footnotes 1–3 and 7–10 have no call-out in this text: none is guessed.
  for (const label of ['1', '2', '3', '7', '8', '9', '10']) assert.equal(ix.footnote(label)!.callOut, undefined, label);
  assert.equal(ix.footnote('33'), undefined);
});

test('never throws: empty text, junk, bare [* fragments, a brief with no markers', () => {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let junk = '';
  for (let i = 0; i < 20000; i++) junk += String.fromCharCode(Math.floor(rand() * 0x3000));
  const fragments = '[*'.repeat(5000) + '[*2' + '[*]' + '[**' + '*[' + '[*21'.repeat(50);
  const superJunk = '¹\n²³ \n$^{^{\n$^{^{12}}\n \u00b9'.repeat(200);
  const brief = 'MEMORANDUM\n\nThe defendant argues at *3 that n1 the motion fails.\n\nNotes\n\n1. A note.\n';
  const inputs = ['', junk, fragments, superJunk, brief, '\n\n\n', 'Notes', 'BACKGROUND'];
  for (const text of inputs) {
    for (const p of ['lexis', 'west', 'slip'] as Pagination[]) {
      const ix = buildPageIndex(text, p);
      assert.ok(Array.isArray(ix.pages) && Array.isArray(ix.footnotes) && Array.isArray(ix.sections));
      for (const o of [-1, 0, 1, text.length, text.length + 5, NaN, Infinity, 0.5]) {
        ix.pageAt(o);
        ix.sectionAt(o);
      }
      assert.equal(ix.pageStart(NaN), undefined);
      assert.equal(ix.footnote(''), undefined);
    }
  }
  for (const p of ['lexis', 'west', 'slip'] as Pagination[]) {
    const ix = buildPageIndex('', p);
    assert.deepEqual([ix.pages, ix.footnotes, ix.sections, ix.bodyStart], [[], [], [], 0]);
    assert.equal(ix.pageAt(0), undefined);
  }
  const frag = buildPageIndex(fragments, 'lexis');
  assert.deepEqual([frag.pages, frag.footnotes], [[], []]);
  // A brief with no markers has no pages, whatever it claims to be.
  assert.deepEqual(buildPageIndex(brief, 'west').pages, []);
  assert.deepEqual(buildPageIndex(brief, 'west').footnotes, []);
});

test('slip: a footnote printed under a later heading belongs to the section of its call-out', () => {
  const ix = buildPageIndex(SLIP, 'slip');
  // Footnote 31 ("Schloss, 876 F.2d at 292") is called out in the Serafini
  // section but printed after the Leigh heading.
  const fn = ix.footnote('31');
  assert.ok(fn && fn.callOut !== undefined);
  assert.ok(fn.start > at(SLIP, '\nIndividual-capacity Takings Clause claim against Leigh\n'), 'footnote 31 is printed under the Leigh heading');
  assert.equal(ix.sectionAt(fn.callOut)?.title, 'Individual-capacity Takings Clause claim against Serafini');
  assert.equal(ix.sectionAt(fn.start + 5)?.title, 'Individual-capacity Takings Clause claim against Serafini');
});
