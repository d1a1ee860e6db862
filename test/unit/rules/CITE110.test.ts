// CITE110: a citation used for words a later case retired. The treatment and
// its phrases come from data/authorities/ (Conley's "no set of facts", retired
// by Bell Atlantic Corp. v. Twombly, 550 U.S. 544, 562-63 (2007)).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CITE110 } from '../../../server/src/core/rules/CITE110';
import { checkWith } from '../../../server/src/core/rules/index';
import { analyzeText } from '../../../server/src/core/analyze';
import { buildAuthorityIndex } from '../../../server/src/core/authorities/index';
import { curatedAuthorities } from '../../../server/src/host/bundledAuthorities';
import { run, silent } from './helpers';

const CONLEY = '*Conley v. Gibson*, 355 U.S. 41, 45-46 (1957)';

test('CITE110: Conley quoted for "no set of facts" names Twombly', () => {
  const text = `A complaint should not be dismissed "unless it appears beyond doubt that the plaintiff can prove no set of facts in support of his claim which would entitle him to relief." ${CONLEY}.`;
  const found = run(CITE110, text);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.match(text.slice(found[0].span.start, found[0].span.end), /Conley v\. Gibson\*?, 355 U\.S\. 41, 45-46 \(1957\)$/);
  assert.match(found[0].message, /Conley v\. Gibson is cited here for "no set of facts", which Bell Atl\. Corp\. v\. Twombly, 550 U\.S\. 544, 562–63 \(2007\) retired/);
});

test('CITE110: the phrase in an explanatory parenthetical, and a short form and Id. relying on it, are flagged too', () => {
  assert.equal(run(CITE110, `See ${CONLEY} (holding that dismissal is proper only if the plaintiff can prove no set of facts entitling him to relief).`).length, 1);
  const text = `Notice pleading is enough. ${CONLEY}. Dismissal requires that the plaintiff prove no set of facts. *Id.* at 45-46. Again, no set of facts would do. *Conley*, 355 U.S. at 46.`;
  const found = run(CITE110, text);
  assert.deepEqual(
    found.map((f) => text.slice(f.span.start, f.span.end).replace(/^\*/, '')),
    ['Id.* at 45-46', 'Conley*, 355 U.S. at 46'],
  );
});

test('CITE110: silent on Conley cited for what remains good law', () => {
  silent(CITE110, `Rule 8 requires only "a short and plain statement of the claim" that gives the defendant fair notice. ${CONLEY}.`);
});

test('CITE110: silent in a history of the standard that says it was retired', () => {
  silent(
    CITE110,
    `For fifty years a complaint survived unless the plaintiff could prove "no set of facts" in support of the claim. ${CONLEY}. The Supreme Court retired that language in 2007.`,
  );
  silent(
    CITE110,
    `Courts once asked whether the plaintiff could prove no set of facts. ${CONLEY}. *Bell Atl. Corp. v. Twombly*, 550 U.S. 544, 562-63 (2007), replaced it with plausibility.`,
  );
  silent(CITE110, `## History of the pleading standard\n\nThe old test asked whether the plaintiff could prove no set of facts. ${CONLEY}.\n`);
});

test('CITE110 can be turned off', () => {
  const text = `The plaintiff can prove no set of facts. ${CONLEY}.`;
  assert.equal(run(CITE110, text).length, 1);
  assert.deepEqual(run(CITE110, text, { rules: { CITE110: 'off' } }), []);
});

test('CITE110 reads the curated authorities from its context only: without them it reports nothing', () => {
  const text = `The plaintiff can prove no set of facts. ${CONLEY}.`;
  assert.equal(checkWith([CITE110], text, analyzeText(text), { authorities: curatedAuthorities() }).length, 1);
  assert.deepEqual(checkWith([CITE110], text, analyzeText(text), {}), []);
  // Another set of curated authorities is read as given: Conley without its treatment draws nothing.
  const curated = curatedAuthorities();
  const conley = curated.byKey.get('r:355 U.S. 41');
  assert.ok(conley, 'Conley is curated');
  const untreated = curated.entries.map((e) => (e === conley ? { ...e, treatment: [] } : e));
  assert.deepEqual(checkWith([CITE110], text, analyzeText(text), { authorities: buildAuthorityIndex(untreated, curated.doctrines) }), []);
});
