// The curated authorities and doctrine notes (data/authorities/) are well
// formed: unique ids, every reference resolves, every citation reads as the
// kind of authority it claims to be, and every page or section it names is in
// the bundled opinion and that opinion really cites the authority there.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeText } from '../../server/src/core/analyze';
import { allAuthorities, allDoctrines, AUTHORITY_FILES } from '../../server/src/authorities/load';
import type { AuthorityUse } from '../../server/src/authorities/types';
import { authorityKeys, Library } from '../../server/src/library/library';
import { readBundledOpinions } from '../../server/src/library/bundled';
import { ROOT } from './helpers';

const library = new Library(readBundledOpinions(path.join(ROOT, 'opinions')));
const authorities = allAuthorities();
const doctrines = allDoctrines();
const ids = new Set(authorities.map((a) => a.id));
const doctrineIds = new Set(doctrines.map((d) => d.id));

/** `228-29` → [228, 229]; `230 n.5` → [230, 230]. */
function pageRange(pages: string): [number, number] {
  const m = /^(\d+)(?:[-–](\d+))?(?:\s*nn?\.\s*\d+(?:[-–]\d+)?)?$/.exec(pages.trim());
  assert.ok(m, `pages "${pages}" should read like a pin: 228, 228-29, 230 n.5`);
  const from = Number(m[1]);
  let to = from;
  if (m[2]) to = m[2].length < m[1].length ? Number(m[1].slice(0, m[1].length - m[2].length) + m[2]) : Number(m[2]);
  return [from, to];
}

/** Keys that identify an entry's authority, read from its own citation text. */
function keysOf(citation: string, parallels: string[] = []): string[] {
  const text = [citation, ...parallels].join('; ');
  const r = analyzeText(text);
  return authorityKeys(r.citations, r.citations.map((c) => c.index));
}

function checkUse(owner: string, u: AuthorityUse, keys: string[]): void {
  const o = library.opinions.find((x) => x.meta.id === u.opinion);
  assert.ok(o, `${owner}: unknown opinion ${u.opinion}`);
  assert.ok(u.how && u.how.length > 20, `${owner}: say how ${u.opinion} uses it`);
  if (u.pages !== undefined) {
    const [from, to] = pageRange(u.pages);
    assert.ok(from <= to, `${owner}: pages ${u.pages} run backwards`);
    assert.ok(o.holdsPage(from) && o.holdsPage(to), `${owner}: pages ${u.pages} are not in the bundled text of ${u.opinion} (${o.heldPages()})`);
    if (keys.length) {
      // The opinion must cite the authority on (or within a page of) the pages named.
      const places = library.citedIn(keys).filter((p) => p.opinion === o);
      assert.ok(
        places.some((p) => p.page !== undefined && p.page >= from - 1 && p.page <= to + 1),
        `${owner}: ${u.opinion} does not cite it near pages ${u.pages} (it does at ${[...new Set(places.map((p) => p.page))].join(', ') || 'no page'})`,
      );
    }
  } else {
    assert.ok(u.section, `${owner}: a use needs pages or a section`);
    const sections = o.primary.pages.sections.map((s) => s.title);
    assert.ok(sections.includes(u.section), `${owner}: "${u.section}" is not a section of ${u.opinion} (${sections.join(' | ')})`);
    if (keys.length) {
      const places = library.citedIn(keys).filter((p) => p.opinion === o);
      assert.ok(places.some((p) => p.section === u.section), `${owner}: ${u.opinion} does not cite it in "${u.section}"`);
    }
  }
}

test('there are at least 40 curated cases and the statutes, rules and constitutional provisions', () => {
  assert.ok(authorities.filter((a) => a.kind === 'case').length >= 40, `${authorities.filter((a) => a.kind === 'case').length} cases`);
  for (const kind of ['statute', 'rule', 'constitution'] as const) assert.ok(authorities.some((a) => a.kind === kind), `no ${kind}`);
  assert.ok(doctrines.length >= 20, `${doctrines.length} doctrine notes`);
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
    for (const d of a.doctrines) assert.ok(doctrineIds.has(d), `${a.id}: unknown doctrine ${d}`);
    for (const t of a.treatment ?? []) if (t.byId) assert.ok(ids.has(t.byId), `${a.id}: treatment byId ${t.byId} has no entry`);
  }
  for (const d of doctrines) {
    assert.ok(d.controlling.length > 0, `${d.id}: no controlling authority`);
    for (const c of d.controlling) assert.ok(ids.has(c), `${d.id}: controlling ${c} has no entry`);
    assert.ok(d.phrases.length > 0 && d.phrases.every((p) => p === p.toLowerCase() && !/[*_]/.test(p)), `${d.id}: phrases are lower case, no emphasis`);
  }
});

for (const a of authorities) {
  test(`authority ${a.id}: well formed, its citation reads as a ${a.kind}, its uses are in the opinions`, () => {
    assert.ok(a.holding.length >= 60, `${a.id}: holding too short`);
    assert.ok(a.usedIn.length > 0 || (a.treatment === undefined && a.doctrines.length > 0), `${a.id}: say where the opinions use it`);
    const r = analyzeText(a.citation);
    const top = r.citations.filter((c) => !c.nested && !('parallelOf' in c && c.parallelOf !== undefined));
    assert.equal(top.length, 1, `${a.id}: "${a.citation}" should read as one citation, read ${r.citations.map((c) => c.kind + ':' + c.text).join(' | ')}`);
    const c = top[0];
    const want = { case: ['case', 'docket', 'database'], statute: ['statute'], rule: ['rule'], constitution: ['constitution'] }[a.kind];
    assert.ok(want.includes(c.kind), `${a.id}: "${a.citation}" reads as ${c.kind}`);
    if (a.kind === 'case') {
      assert.ok(a.shortName && a.court && a.year, `${a.id}: a case needs shortName, court and year`);
      assert.ok(c.kind === 'case' || c.kind === 'docket' || c.kind === 'database');
      assert.equal(c.caseName?.text.replace(/[*_]/g, ''), a.name, `${a.id}: the citation's case name`);
      if (c.kind === 'case') assert.equal(c.year, a.year, `${a.id}: year`);
    }
    for (const t of a.treatment ?? []) {
      assert.ok(analyzeText(t.by).citations.length > 0, `${a.id}: treatment "${t.by}" does not read as a citation`);
      assert.ok(t.what.length > 20);
      for (const p of t.phrases ?? []) assert.equal(p, p.toLowerCase());
    }
    const keys = keysOf(a.citation, a.parallels);
    for (const u of a.usedIn) checkUse(a.id, u, keys);
  });
}

for (const d of doctrines) {
  test(`doctrine ${d.id}: well formed, its uses are in the opinions`, () => {
    assert.ok(d.summary.length >= 80, `${d.id}: summary too short`);
    for (const u of d.usedIn) checkUse(d.id, u, []);
  });
}
