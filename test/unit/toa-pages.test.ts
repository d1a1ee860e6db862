// Page numbers for the table: the brief's real pages when it marks them (form
// feeds, `<!-- page N -->`, and the numbers its pages print), the pages of the
// rendered brief for Markdown (`--pages`, the Pandoc/PDF workflow in
// docs/table-of-authorities.md), and headings otherwise. Expected pages were
// read off the fixtures by hand.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { buildToa, type Toa } from '../../server/src/core/toa/index';
import { toaCommand } from '../../server/src/cli/toa';
import { readProjectFile, withAuthorities } from './helpers';

const CANONICAL = readProjectFile('test/fixtures/toa/canonical.md');
const RENDERED = readProjectFile('test/fixtures/toa/canonical.rendered.txt');

function pagesOf(toa: Toa): Record<string, string[]> {
  return Object.fromEntries(toa.sections.flatMap((s) => s.entries).map((e) => [e.text.replace(/,.*$/, ''), e.locations]));
}

test('headings when the brief marks no page', () => {
  const toa = buildToa(CANONICAL, analyzeText(CANONICAL, { markdown: true }), { passim: 5 });
  assert.equal(toa.locationKind, 'headings');
  assert.deepEqual(pagesOf(toa)['Ex parte Young'], ['I. The Claims Against the Officials Fail']);
});

test('form feeds and page comments: counted pages, a comment setting the number', () => {
  const text = 'ARGUMENT\n\n42 U.S.C. § 1983.\n\fMore. 28 U.S.C. § 1331.\n<!-- page 9 -->\nAgain 42 U.S.C. § 1983.\n\fFed. R. Civ. P. 56.\n';
  const toa = buildToa(text, analyzeText(text), { passim: 5 });
  assert.equal(toa.locationKind, 'pages');
  assert.deepEqual(pagesOf(toa), { '42 U.S.C. § 1983': ['1', '9'], '28 U.S.C. § 1331': ['2'], 'Fed. R. Civ. P. 56': ['10'] });
});

test('pages that print their own numbers are those pages: a cover and roman-numbered tables before page 1', () => {
  // The text of a PDF: cover (no number), a page numbered i, then 1, 2, 3, each ending in its footer and a form feed.
  const text = [
    'MEMORANDUM OF LAW\n\n\f',
    'TABLE OF CONTENTS\n\nArgument 1\n\n   i\n\f',
    'ARGUMENT\n\nThe claim arises under 42 U.S.C. § 1983.\n\n   1\n\f',
    'It fails. Fed. R. Civ. P. 12(b)(6).\n\n   - 2 -\n\f',
    'Again 42 U.S.C. § 1983.\n\n   3\n',
  ].join('');
  assert.deepEqual(pagesOf(buildToa(text, analyzeText(text), { passim: 5 })), { '42 U.S.C. § 1983': ['1', '3'], 'Fed. R. Civ. P. 12(b)(6)': ['2'] });
  // One number alone is no numbering: pages are counted.
  const one = 'A. 42 U.S.C. § 1983.\n\fB. Fed. R. Civ. P. 56.\n\n   7\n\fC. 42 U.S.C. § 1983.\n';
  assert.deepEqual(pagesOf(buildToa(one, analyzeText(one), { passim: 5 })), { '42 U.S.C. § 1983': ['1', '3'], 'Fed. R. Civ. P. 56': ['2'] });
});

test('a Markdown brief takes the pages of its rendered text; the rendered table’s own page counts for nothing', () => {
  const toa = buildToa(CANONICAL, analyzeText(CANONICAL, { markdown: true }), { passim: 5, check: withAuthorities(), renderedPages: RENDERED });
  assert.equal(toa.locationKind, 'pages');
  // Read off canonical.rendered.txt: part I on page 1, part II on 2, Diamond "D" after the break on 3;
  // al-Kidd and Ex parte Young are also listed in the rendered table (page ii), which does not count.
  assert.deepEqual(pagesOf(toa), {
    'Ashcroft v. al-Kidd': ['2'],
    'Davis v. Lansing': ['1'],
    'Diamond "D" Constr. Corp. v. McGowan': ['3'],
    'Hafer v. Melo': ['2'],
    "Monell v. Dep't of Soc. Servs.": ['1'],
    'Pembaur v. City of Cincinnati': ['1'],
    'Saucier v. Katz': ['2'],
    'Ex parte Young': ['1'],
  });
});

test('pincite toa --pages: one brief, a rendered text with page breaks', () => {
  const disk: Record<string, string> = { 'brief.md': CANONICAL, 'brief.txt': RENDERED, 'flat.txt': 'no pages here' };
  let out = '';
  let err = '';
  const run = (files: string[], pages: string) =>
    toaCommand(
      files,
      { write: false, pages },
      (s) => (out += s),
      (s) => (err += s),
      (f) => disk[f],
      () => assert.fail('nothing is written'),
    );
  assert.equal(run(['brief.md'], 'brief.txt'), 0);
  assert.ok(out.includes('| Cases | Page(s) |'), out);
  assert.ok(out.includes('| *Ex parte Young*, 209 U.S. 123 (1908) | 1 |'), out);
  assert.equal(run(['brief.md'], 'flat.txt'), 2);
  assert.match(err, /flat\.txt marks no pages/);
  assert.equal(run(['brief.md', 'brief.md'], 'brief.txt'), 2);
  assert.match(err, /--pages goes with one brief/);
});
