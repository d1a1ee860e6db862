// CITE091 and CITE093: citations checked against the authorities Pincite knows
// (the curated entries in data/authorities/, the library's opinions and the
// citations the bundled opinions make). The right citations below were read off
// data/authorities/ (Younger v. Harris, 401 U.S. 37, 91 S. Ct. 746 (1971);
// Ashcroft v. Iqbal, 556 U.S. 662 (2009); Monell v. Dep't of Soc. Servs., 436
// U.S. 658 (1978)) and the West and Lexis copies of Russo (Bernheim v. Litt,
// 79 F.3d 318 (2d Cir. 1996); Cella v. Togum …, 173 F.3d 909 (3d Cir. 1999)).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { check } from './check';
import { run } from './helpers';
import { CITE091 } from '../../../server/src/core/rules/CITE091';
import { CITE093 } from '../../../server/src/core/rules/CITE093';
import { Library } from '../../../server/src/core/library/library';
import { readBundledOpinions } from '../../../server/src/host/bundledOpinions';
import { buildAuthorityIndex } from '../../../server/src/core/authorities/index';
import type { AuthorityEntry } from '../../../server/src/core/authorities/types';
import { knownTable } from '../../../server/src/core/authorities/known';
import { isSlip } from '../../../server/src/core/authorities/misspelling';
import { sameCaseName, nameKeys } from '../../../server/src/core/authorities/caseNameKeys';
import { curatedAuthorities } from '../../../server/src/host/bundledAuthorities';
import { editDistance } from '../../../server/src/core/text/editDistance';
import { ROOT } from '../helpers';

const library = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));

// ---- CITE093: the known name, the wrong volume, page or year ----

test('CITE093: a wrong volume, first page or year of a known case, fixed part by part', () => {
  check('CITE093', 'Younger v. Harris, «410» U.S. 37 (1971).', 'Younger v. Harris, 401 U.S. 37 (1971).');
  check('CITE093', 'See Younger v. Harris, 401 U.S. «73», 43-44 (1971).', 'See Younger v. Harris, 401 U.S. 37, 43-44 (1971).');
  check('CITE093', 'Younger v. Harris, 401 U.S. 37 («1917»).', 'Younger v. Harris, 401 U.S. 37 (1971).');
  check('CITE093', '*Ashcroft v. Iqbal*, «565» U.S. 662, 678 (2009).', '*Ashcroft v. Iqbal*, 556 U.S. 662, 678 (2009).');
  // The parallel is compared in its own reporter.
  check('CITE093', 'Younger v. Harris, 401 U.S. 37, 91 S. Ct. «764» (1971).', 'Younger v. Harris, 401 U.S. 37, 91 S. Ct. 746 (1971).');
  // The name as the writer abbreviates it, or in capitals, is still the known name.
  check('CITE093', 'Monell v. Department of Social Services, «463» U.S. 658 (1978).', 'Monell v. Department of Social Services, 436 U.S. 658 (1978).');
  check('CITE093', 'MONELL v. DEP’T OF SOC. SERVS., «463» U.S. 658 (1978)', 'MONELL v. DEP’T OF SOC. SERVS., 436 U.S. 658 (1978)');
});

test('CITE093: the message names the known citation and the wrong part; the fix is suggested, not applied in bulk', () => {
  const found = run(CITE093, 'Younger v. Harris, 410 U.S. 37 (1971).');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].message, 'Younger v. Harris is 401 U.S. 37 (1971): here the volume is 410, not 401.');
  assert.equal(found[0].fixes[0].title, 'Change 410 to 401');
  assert.equal(CITE093.meta.fix, 'suggest');
});

test('CITE093: silent on right citations, parallels the table lacks, and short forms', () => {
  for (const ok of [
    'Younger v. Harris, 401 U.S. 37, 43-44 (1971).',
    'Younger v. Harris, 401 U.S. 37, 91 S. Ct. 746, 27 L. Ed. 2d 669 (1971).',
    // Iqbal is curated without its S. Ct. parallel: a brief citing S. Ct. alone is not contradicted.
    'Ashcroft v. Iqbal, 129 S. Ct. 1937, 1949 (2009).',
    'Ashcroft v. Iqbal, 556 U.S. 662, 129 S. Ct. 1937 (2009).',
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658, 694 (1978).",
    'Pembaur vs. City of Cincinnati, 475 U.S. 469, 480 (1986).',
    'Younger v. Harris, 401 U.S. 37 (1971). Later, Younger, 401 U.S. at 45. Id. at 46.',
    'Ex Parte Young, 209 U.S. 123 (1908).',
  ]) {
    check('CITE093', ok);
  }
});

test('CITE093: silent on another decision of the same name', () => {
  for (const other of [
    // The lower court's decision, in a reporter the known case does not use.
    'Younger v. Harris, 281 F. Supp. 507 (C.D. Cal. 1968).',
    // Two parts differ: more likely another decision than a slip.
    'Younger v. Harris, 410 U.S. 73 (1971).',
    'Younger v. Harris, 410 U.S. 37 (1973).',
    // The same volume, a page that is no slip of 37 (an order beside the merits decision).
    'Younger v. Harris, 401 U.S. 1046 (1971).',
    // Another court: another case of the same name.
    'Kirschner v. Klemons, 252 F.3d 227 (9th Cir. 2000).',
    // One word names no case.
    'As in Younger, 410 U.S. 37 (1971), the court abstained.',
  ]) {
    check('CITE093', other);
  }
});

test('CITE093: a name two known cases share is not checked', () => {
  const curated = curatedAuthorities();
  const younger = curated.byId.get('younger-v-harris')!;
  const twin: AuthorityEntry = { ...younger, id: 'younger-v-harris-2', citation: 'Younger v. Harris, 402 U.S. 99 (1971)', parallels: [] };
  const authorities = buildAuthorityIndex([...curated.entries, twin], curated.doctrines);
  assert.deepEqual(run(CITE093, 'Younger v. Harris, 410 U.S. 37 (1971).', { authorities }), []);
});

// ---- CITE091: the known page, a misspelled name ----

test('CITE091: a misspelled name at a known page, with the caption as the fix', () => {
  check('CITE091', '«Youngre» v. Harris, 401 U.S. 37 (1971).', 'Younger v. Harris, 401 U.S. 37 (1971).');
  check('CITE091', '*Ashcroft v. «Iqbel»*, 556 U.S. 662, 678 (2009).', '*Ashcroft v. Iqbal*, 556 U.S. 662, 678 (2009).');
  check('CITE091', '«YOUNGRE» v. HARRIS, 401 U.S. 37 (1971)', 'YOUNGER v. HARRIS, 401 U.S. 37 (1971)');
  // Found through the parallel alone.
  check('CITE091', '«Youngre» v. Harris, 91 S. Ct. 746 (1971).', 'Younger v. Harris, 91 S. Ct. 746 (1971).');
  // The caption abbreviates (Commc'ns); the brief spells the word out, misspelled: the fix spells it out right.
  check('CITE091', 'Sprint «Communciations», Inc. v. Jacobs, 571 U.S. 69 (2013).', 'Sprint Communications, Inc. v. Jacobs, 571 U.S. 69 (2013).');
});

test('CITE091: the message names the caption; info, with a suggested fix', () => {
  const found = run(CITE091, 'Ashcroft v. Iqbel, 556 U.S. 662 (2009).');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.equal(found[0].message, 'The case at 556 U.S. 662 is Ashcroft v. Iqbal: this name reads "Iqbel" for "Iqbal".');
  assert.equal(CITE091.meta.fix, 'suggest');
});

test('CITE091: names that vary the way names do are not misspellings', () => {
  for (const ok of [
    'Younger v. Harris, 401 U.S. 37 (1971).',
    'YOUNGER v. HARRIS, 401 U.S. 37 (1971)',
    "Monell v. Dep't of Soc. Servs., 436 U.S. 658 (1978).",
    'Monell v. Department of Social Services, 436 U.S. 658 (1978).',
    'Monell v. Dept. of Social Services of the City of New York, 436 U.S. 658 (1978).',
    // A dropped `City of` and `Inc.`, a dropped place: shortened, not misspelled.
    'Cleburne v. Cleburne Living Ctr., 473 U.S. 432 (1985).',
    'Patsy v. Bd. of Regents, 457 U.S. 496, 516 (1982).',
    'Los Angeles v. Lyons, 461 U.S. 95 (1983).',
    'Pembaur vs. City of Cincinnati, 475 U.S. 469, 480 (1986).',
    'Ex Parte Young, 209 U.S. 123 (1908).',
    'Ashcroft v. al Kidd, 563 U.S. 731 (2011).',
    // Abbreviations the tables do not list: cut off, or letters left out.
    "Sprint Commc'n, Inc. v. Jacobs, 571 U.S. 69 (2013).",
    'Middlesex Cnty. Ethics Comm. v. Garden St. Bar Ass’n, 457 U.S. 423 (1982).',
    'Leatherman v. Tarrant Cty. Narcotics Intelligence & Coordination Unit, 507 U.S. 163 (1993).',
    // A parallel citation and a short form.
    'Younger v. Harris, 401 U.S. 37, 91 S. Ct. 746 (1971). Younger, 401 U.S. at 44.',
  ]) {
    check('CITE091', ok);
  }
});

test('CITE091: a different case at the same page is left alone', () => {
  for (const other of ['Smith v. Jones, 401 U.S. 37 (1971).', 'Harrison v. Young, 401 U.S. 37 (1971).', 'In re Application of Davis, 556 U.S. 662 (2009).']) {
    check('CITE091', other);
  }
});

test("CITE091: a page whose known captions disagree holds more than one case (a table's memorandum decisions): no caption is right", () => {
  const curated = curatedAuthorities();
  const kent = curated.byId.get('kent-v-cardone')!;
  const other: AuthorityEntry = { ...kent, id: 'other-at-540', name: 'Doe v. Roe', citation: "Doe v. Roe, 404 F. App'x 540 (2d Cir. 2011)" };
  const authorities = buildAuthorityIndex([...curated.entries, other], curated.doctrines);
  check('CITE091', "«Kant» v. Cardone, 404 F. App'x 540 (2d Cir. 2011).", "Kent v. Cardone, 404 F. App'x 540 (2d Cir. 2011).");
  assert.deepEqual(run(CITE091, "Kant v. Cardone, 404 F. App'x 540 (2d Cir. 2011).", { authorities }), []);
});

test('CITE091 with the library: the OCR slips of the West copy of Russo, read against the citations of the Lexis copy', () => {
  const options = { options: { library } };
  check('CITE091', 'Bernheim v. «Lift», 79 F.3d 318, 321 (2d Cir. 1996).', 'Bernheim v. Litt, 79 F.3d 318, 321 (2d Cir. 1996).', options);
  check(
    'CITE091',
    'See «Celia» v. Togum Constructeur Ensemleier en Industrie Alimentaire, 173 F.3d 909, 912 (3d Cir. 1999).',
    'See Cella v. Togum Constructeur Ensemleier en Industrie Alimentaire, 173 F.3d 909, 912 (3d Cir. 1999).',
    options,
  );
  // Without the library Pincite does not know Bernheim.
  check('CITE091', 'Bernheim v. Lift, 79 F.3d 318, 321 (2d Cir. 1996).');
  // Bernheim is known only from one citation in Russo: enough to name the case at its page, not to correct a volume.
  check('CITE093', 'Bernheim v. Litt, 97 F.3d 318, 321 (2d Cir. 1996).', undefined, options);
  // The library's own opinion: its caption and citation.
  check('CITE093', 'Russo v. City of Hartford, «185» F. Supp. 2d 214 (D. Conn. 2001).', 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001).', options);
});

// ---- the parts ----

test('the known table is built once per authorities and library, and again when the library grows', () => {
  const curated = curatedAuthorities();
  const lib = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));
  const first = knownTable(curated, lib);
  assert.equal(knownTable(curated, lib), first);
  assert.notEqual(knownTable(curated, undefined), first);
  assert.equal(first.byCite.get('401 U.S. 37'), first.byCite.get('91 S. Ct. 746'), 'a parallel is the same case');
  const [russo] = readBundledOpinions(path.join(ROOT, 'opinions'));
  lib.add({
    ...russo,
    meta: {
      ...russo.meta,
      id: 'copy',
      caption: 'Copy v. Copy',
      cites: [{ kind: 'reporter', volume: '999', reporter: 'F.3d', page: 1, text: '999 F.3d 1' }],
      bundled: false,
    },
  });
  const grown = knownTable(curated, lib);
  assert.notEqual(grown, first);
  assert.ok(grown.byCite.has('999 F.3d 1'));
});

test('case names compare as the same case: abbreviations, party order, a shortened name, spacing', () => {
  const same = (a: string, b: string) => sameCaseName(nameKeys(a), nameKeys(b));
  assert.ok(same("Monell v. Dep't of Soc. Servs.", 'Monell v. Department of Social Services'));
  assert.ok(same('Harris v. Younger', 'Younger v. Harris'));
  assert.ok(same('Huffman v. Pursue', 'Huffman v. Pursue, Ltd.'));
  assert.ok(same('DeLaurentis v. City of New Haven', 'De Laurentis v. City of New Haven'));
  assert.ok(!same('Younger v. Harris', 'Youngre v. Harris'));
  assert.ok(!same('Connick v. Thompson', 'Connick v. Myers'));
});

test('a slip is a letter or two off, not an abbreviation', () => {
  assert.ok(isSlip('iqbel', 'iqbal'));
  assert.ok(isSlip('youngre', 'younger'));
  assert.ok(isSlip('harrs', 'harris'));
  assert.ok(isSlip('communciations', 'communications'));
  assert.ok(!isSlip('soc', 'social'), 'too short to judge');
  assert.ok(!isSlip('intel', 'intelligence'), 'cut off');
  assert.ok(!isSlip('mgmt', 'management'), 'letters left out');
  assert.ok(!isSlip('davis', 'davila'), 'two edits in a short word');
  assert.ok(!isSlip('young', 'younger'));
});

test('edit distance counts a swap of neighbours as one edit, and stops at its limit', () => {
  assert.equal(editDistance('Youngre', 'Younger'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('401', '410'), 1);
  assert.equal(editDistance('98', '1046'), 4);
  assert.equal(editDistance('98', '1046', 1), 2);
  assert.equal(editDistance('abcdef', 'ghijkl', 2), 3);
});
