// Where each form of citation to a bundled opinion leads: the document link,
// the definition, and the places the bundled opinions cite an authority. The
// expected pages were read off the opinion texts by hand; the expected lines
// are computed from the marker text in the file, never from the code under test.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { citedInResult, definitionAt, documentLinks, referencesAt } from './editorFeatures';
import { readProjectFile, lineIndex } from './helpers';
import { analyseBrief, bundledService } from './libraryHelpers';

const LEXIS = 'russo-v-city-of-hartford.lexis.txt';
const CAMPBELL = 'campbell-v-city-of-waterbury.slip.md';

const svc = bundledService();

function analyse(text: string, s = svc) {
  return analyseBrief(text, s);
}

/** 1-based line in a bundled file of the first occurrence of `needle`. */
function lineInFile(file: string, needle: string): number {
  const text = readProjectFile(`opinions/${file}`);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${file}`);
  return lineIndex(text)(at);
}

/** The link whose range starts inside `needle` in the brief: its file and 1-based target line. */
function linkAt(brief: string, needle: string): { file: string; line: number } {
  const { doc, analysis } = analyse(brief);
  const at = brief.indexOf(needle);
  assert.ok(at >= 0);
  const links = documentLinks(doc, analysis, svc);
  const link = links.find((l) => {
    const s = doc.offsetAt(l.range.start);
    const e = doc.offsetAt(l.range.end);
    return s < at + needle.length && e > at;
  });
  assert.ok(link, `no link on ${needle}; links: ${JSON.stringify(links.map((l) => brief.slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end))))}`);
  const m = /^pincite-opinion:\/[^/]+\/([^#]+)#L(\d+),\d+$/.exec(link.target!);
  assert.ok(m, link.target);
  return { file: decodeURIComponent(m[1]), line: Number(m[2]) };
}

const RUSSO_FULL = 'Russo v. City of Hartford, 158 F. Supp. 2d 214, 228 (D. Conn. 2001).';

test('a full citation links to the pin page of the primary (Lexis) text', () => {
  assert.deepEqual(linkAt(`The court declined to abstain. ${RUSSO_FULL}`, '158 F. Supp. 2d 214, 228'), { file: LEXIS, line: lineInFile(LEXIS, '[*228]') });
});

test('a full citation with a LEXIS parallel: both segments lead to the pin page', () => {
  const brief = 'See Russo v. City of Hartford, 158 F. Supp. 2d 214, 229, 2001 U.S. Dist. LEXIS 14297 (D. Conn. 2001).';
  assert.deepEqual(linkAt(brief, '158 F. Supp. 2d'), { file: LEXIS, line: lineInFile(LEXIS, '[*229]') });
  const { analysis } = analyse(brief);
  const def = definitionAt(analysis, brief.indexOf('LEXIS 14297'), svc);
  assert.ok(def);
  assert.equal(def.range.start.line + 1, lineInFile(LEXIS, '[*229]'));
});

test("a LEXIS citation alone and a docket number alone lead to the opinion's first page", () => {
  const first = { file: LEXIS, line: lineInFile(LEXIS, '[*219]') };
  assert.deepEqual(linkAt('Russo v. City of Hartford, 2001 U.S. Dist. LEXIS 14297, at *20 (D. Conn. Aug. 2, 2001).', 'LEXIS'), first);
  assert.deepEqual(linkAt('Russo v. Bailey, No. 3:00-cv-1794 (JCH) (D. Conn. Aug. 2, 2001).', '3:00-cv-1794'), first);
});

test('the slip opinion opens at the start of its text (it has no pages)', () => {
  const brief = 'Campbell v. City of Waterbury, No. 3:21-cv-107 (JAM) (D. Conn. Feb. 9, 2022).';
  assert.deepEqual(linkAt(brief, '3:21-cv-107'), { file: CAMPBELL, line: lineInFile(CAMPBELL, 'ORDER GRANTING') });
});

test('short forms, with and without the name, and Id. lead to their pin pages', () => {
  const brief = `${RUSSO_FULL} The claims were not barred. Russo, 158 F. Supp. 2d at 229. Nor were the others. 158 F. Supp. 2d at 231. And the rest. Id. at 230.`;
  assert.deepEqual(linkAt(brief, 'Russo, 158 F. Supp. 2d at 229'), { file: LEXIS, line: lineInFile(LEXIS, '[*229]') });
  assert.deepEqual(linkAt(brief, '2d at 231'), { file: LEXIS, line: lineInFile(LEXIS, '[*231]') });
  assert.deepEqual(linkAt(brief, 'Id. at 230'), { file: LEXIS, line: lineInFile(LEXIS, '[*230]') });
});

test('a footnote pin leads to the footnote text; a pin on a missing page to the first page held', () => {
  const brief = `${RUSSO_FULL} Money damages differ. Id. at 230 n.5. The synopsis says so. Russo, 158 F. Supp. 2d at 216.`;
  assert.deepEqual(linkAt(brief, 'Id. at 230 n.5'), { file: LEXIS, line: lineInFile(LEXIS, '5. The Supreme Court has declined') });
  assert.deepEqual(linkAt(brief, '2d at 216'), { file: LEXIS, line: lineInFile(LEXIS, '[*219]') });
});

test("page 227 begins inside one of the opinion's own citations; the link still lands on its marker", () => {
  const lexis = readProjectFile(`opinions/${LEXIS}`);
  const marker = lexis.indexOf('[*227]');
  // The marker sits inside "Huff, 10 F. Supp. 2d at [*227] 122".
  const own = analyzeText(lexis).citations.find((c) => c.span.start < marker && marker < c.span.end);
  assert.ok(own, 'the [*227] marker should fall inside a citation of the opinion');
  const brief = `${RUSSO_FULL} Outrageousness needs more. Id. at 227.`;
  const { analysis } = analyse(brief);
  const def = definitionAt(analysis, brief.indexOf('Id. at 227') + 2, svc);
  assert.ok(def);
  assert.equal(def.range.start.line + 1, lineIndex(lexis)(marker));
  assert.equal(def.range.start.character, marker - lexis.lastIndexOf('\n', marker) - 1);
  // The definition selects the marker itself.
  assert.equal(def.range.end.character - def.range.start.character, '[*227]'.length);
});

test('a citation of a case outside the library has no link and no definition', () => {
  const brief = 'Younger v. Harris, 401 U.S. 37, 43 (1971).';
  const { doc, analysis } = analyse(brief);
  assert.deepEqual(documentLinks(doc, analysis, svc), []);
  assert.equal(definitionAt(analysis, 5, svc), null);
});

test('without the read-only scheme (other editors) links name the bundled file itself', () => {
  const plain = bundledService(false);
  const brief = RUSSO_FULL;
  const { doc, analysis } = analyse(brief, plain);
  const [link] = documentLinks(doc, analysis, plain);
  assert.ok(link.target!.startsWith('file://'));
  assert.ok(link.target!.includes(`/opinions/${LEXIS}#L${lineInFile(LEXIS, '[*228]')},`));
});

test('the server hands out the opinion text for its URIs, byte for byte', () => {
  const t = svc.library.opinions[0].primary;
  const uri = svc.uriFor(t);
  assert.equal(svc.textForUri(uri)?.text, readProjectFile(`opinions/${LEXIS}`));
  assert.equal(svc.textForUri('pincite-opinion:/nothing/here.txt'), undefined);
});

test('cited in: every place the bundled opinions cite Younger v. Harris, with the page', () => {
  const brief = 'Younger v. Harris, 401 U.S. 37, 43 (1971).';
  const { doc, analysis } = analyse(brief);
  const r = citedInResult(analysis, 3, svc);
  assert.ok(r);
  assert.ok(r.places.length >= 2, JSON.stringify(r.places));
  // Russo discusses Younger from page 228 (state defendants' argument) on.
  const lexis = readProjectFile(`opinions/${LEXIS}`);
  const firstCite = lexis.indexOf('Younger v. Harris, 401 U.S. 37');
  assert.equal(r.places[0].where, 'p. 228');
  assert.equal(r.places[0].location.range.start.line + 1, lineIndex(lexis)(firstCite));
  assert.ok(r.places[0].sentence.includes('The state defendants argue that, under Younger v. Harris'));
  for (const p of r.places) assert.match(p.opinion, /^Russo v\. City of Hartford|^Campbell v\. City of Waterbury/);
  // References: the brief's own citation first, then the opinions' places.
  const refs = referencesAt(doc, analysis, 3, svc, true);
  assert.equal(refs[0].uri, 'file:///brief.md');
  assert.equal(refs.length, 1 + r.places.length);
});

test('cited in finds a statute too: 42 U.S.C. § 1983 in both opinions', () => {
  const brief = 'Plaintiff sues under 42 U.S.C. § 1983.';
  const { analysis } = analyse(brief);
  const r = citedInResult(analysis, brief.indexOf('1983'), svc);
  assert.ok(r);
  const opinions = new Set(r.places.map((p) => p.opinion.replace(/,.*$/, '')));
  assert.deepEqual([...opinions].sort(), ['Campbell v. City of Waterbury', 'Russo v. City of Hartford']);
  assert.ok(r.places.filter((p) => p.opinion.startsWith('Russo')).every((p) => /^p\. 2\d\d$/.test(p.where)));
});
