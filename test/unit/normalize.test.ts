// Noise handling: what normalisation removes, and that spans still index the
// original text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../server/src/core/text/normalize';
import { analyzeText } from '../../server/src/core/analyze';
import type { CaseCitation, ShortCaseCitation } from '../../server/src/core/types';

test('a West star page inside a pin is a page marker, not part of the pin', () => {
  const src = 'text *226 more. Huff, 10 F.Supp.2d at *227122. Then *228 on.';
  const n = normalize(src);
  assert.ok(n.text.includes('10 F.Supp.2d at 122.'));
  assert.deepEqual(
    n.pageMarkers.map((m) => m.page),
    [226, 227, 228],
  );
  const short = analyzeText(src).citations.find((c) => c.kind === 'shortCase') as ShortCaseCitation;
  assert.equal(short.pins[0].text, '122');
  assert.equal(src.slice(short.pins[0].span.start, short.pins[0].span.end), '122');
});

test('a database star pin after "at" is kept: at *3 is a pin, not a page marker', () => {
  const n = normalize('Villano v. Jud. Dep\u2019t, 2019 WL 4933517, at *3 (D. Conn. 2019). Later, id. at *4.');
  assert.ok(n.text.includes('at *3'));
  assert.ok(n.text.includes('at *4'));
  assert.equal(n.pageMarkers.length, 0);
});

test('Lexis [*219] markers are removed and recorded', () => {
  const src = '[*219] RULING\n... see Younger v. Harris, 401 U.S. 37, [*220] 43 (1971).';
  const r = analyzeText(src);
  assert.deepEqual(
    r.pageMarkers.map((m) => [m.page, m.style]),
    [
      [219, 'lexis'],
      [220, 'lexis'],
    ],
  );
  const c = r.citations[0] as CaseCitation;
  assert.deepEqual(
    c.pins.map((p) => p.text),
    ['43'],
  );
  assert.equal(c.year, 1971);
});

test('Markdown emphasis, curly quotes, NBSP and CRLF do not hide a citation; spans index the original', () => {
  const src = 'See *Monell v. Dep\u2019t of Soc.\u00a0Servs.*, 436 U.S.\u00a0658, 691 (1978).\r\nNext line.';
  const r = analyzeText(src);
  const c = r.citations[0] as CaseCitation;
  assert.equal(c.caseName?.text, "Monell v. Dep't of Soc. Servs.");
  assert.equal(src.slice(c.caseName!.span.start, c.caseName!.span.end), 'Monell v. Dep\u2019t of Soc.\u00a0Servs.');
  assert.equal(src.slice(c.volumeSpan.start, c.volumeSpan.end), '436');
  assert.equal(src.slice(c.span.start, c.span.end), 'Monell v. Dep\u2019t of Soc.\u00a0Servs.*, 436 U.S.\u00a0658, 691 (1978)');
  assert.equal(c.signal?.text, 'See');
});

test('a citation wrapped across lines and a word hyphenated at a line end are read whole', () => {
  const src = 'See Monell v. Dep\u2019t of Soc. Ser-\nvices, 436 U.S.\n658, 691 (1978).';
  const c = analyzeText(src).citations[0] as CaseCitation;
  assert.equal(c.caseName?.text, "Monell v. Dep't of Soc. Services");
  assert.equal(c.page, '658');
  assert.equal(c.year, 1978);
});

test('PDF page headers inside a citation are skipped', () => {
  const src = 'See Younger v. Harris, 401 U.S.\nCase 3:21-cv-00107-JAM Document 70 Filed 02/09/22 Page 5 of 20\n37, 43 (1971).';
  const c = analyzeText(src).citations[0] as CaseCitation;
  assert.equal(c.page, '37');
  assert.deepEqual(
    c.pins.map((p) => p.text),
    ['43'],
  );
});

test('Lexis P for a paragraph sign is read as a paragraph pin', () => {
  const r = analyzeText('Doc. #41 at 4. Id. P27.');
  const id = r.citations.find((c) => c.kind === 'id')!;
  assert.equal(id.kind, 'id');
  if (id.kind === 'id') assert.equal(id.pins[0].kind, 'paragraph');
});

test('placeholder underscores survive normalisation; emphasis underscores do not', () => {
  assert.equal(normalize('___ U.S. ___').text, '___ U.S. ___');
  assert.equal(normalize('_Younger_').text, 'Younger');
  assert.equal(normalize('snake_case').text, 'snake_case');
});

test('one-for-one replacements keep offsets; a lone CR becomes a line break and CRLF loses its CR', () => {
  const src = 'a\u2019b\u00a0c\r\nd\re \u201cq\u201d\tz';
  const n = normalize(src);
  assert.equal(n.text, 'a\'b c\nd\ne "q" z');
  // Every normalised character maps back to the original character it came from.
  for (let i = 0; i < n.text.length; i++) {
    const o = n.map.start(i);
    const want = src[o]
      .replace(/[\u2019]/, "'")
      .replace(/[\u201c\u201d]/, '"')
      .replace(/[\u00a0\t]/, ' ')
      .replace('\r', '\n');
    assert.equal(n.text[i], want, `character ${i}`);
  }
});
