// A table of authorities a clerk would file: entries in canonical form (never
// the brief's mistakes, never a new one, never a cut name), filed under the
// right letter, in the right section, and the table's own region silent.
// Every expected entry below was written by hand from the Bluebook form of the
// authority, not copied from the engine's output.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import { buildToa, renderToa, toaRegions, updateToaInDocument, type Toa, type ToaOptions } from '../../server/src/core/toa/index';
import { entryFindings, fixEntry, fromMarkdown, toMarkdown } from '../../server/src/core/toa/canonical';
import { toaSection } from '../../server/src/core/toa/sections';
import { readProjectFile, withAuthorities } from './helpers';

const CANONICAL = readProjectFile('test/fixtures/toa/canonical.md');
const SOURCES = readProjectFile('test/fixtures/toa/sources.md');
const MEMO = readProjectFile('samples/memorandum.md');
/** As the editor and `pincite toa` build the table: default rules, the curated authorities. */
const OPTS: ToaOptions = { passim: 5, check: withAuthorities() };

function toaOf(text: string, options: ToaOptions = OPTS): Toa {
  return buildToa(text, analyzeText(text, { markdown: true }), options);
}
function texts(toa: Toa): Array<[string, string[]]> {
  return toa.sections.map((s) => [s.title, s.entries.map((e) => e.text)]);
}

test("canonical.md: the brief's mistakes are mended in the table, names come whole, each filed under its letter", () => {
  assert.deepEqual(texts(toaOf(CANONICAL)), [
    [
      'Cases',
      [
        // The scanner reads no name before a lower-case party; the curated name (and the writer's emphasis) has it.
        'Ashcroft v. al-Kidd, 563 U.S. 731 (2011)',
        // `(1988)` alone: the curated entry gives the court.
        'Davis v. Lansing, 851 F.2d 72 (2d Cir. 1988)',
        // Whole, with its quoted letter, and under D (the scanner read `Constr. Corp. v. McGowan`, which would file under C).
        'Diamond "D" Constr. Corp. v. McGowan, 282 F.3d 191 (2d Cir. 2002)',
        // `(U.S. 1991)`: U.S. Reports name the court (CITE008's fix).
        'Hafer v. Melo, 502 U.S. 21 (1991)',
        // The long name abbreviated and without its place: the curated form.
        "Monell v. Dep't of Soc. Servs., 436 U.S. 658 (1978)",
        // `vs.` → `v.` (CITE030's fix).
        'Pembaur v. City of Cincinnati, 475 U.S. 469 (1986)',
        // No comma between a history phrase ending in "by" and the case it names.
        'Saucier v. Katz, 533 U.S. 194 (2001), overruled in part on other grounds by Pearson v. Callahan, 555 U.S. 223 (2009)',
        // `Ex Parte` → `Ex parte` (CITE031's fix), filed under Y.
        'Ex parte Young, 209 U.S. 123 (1908)',
      ],
    ],
  ]);
});

test('canonical.md as Markdown: case names and the history phrase in italics, the phrase without a comma after it', () => {
  const md = renderToa(toaOf(CANONICAL), { format: 'markdown' });
  assert.ok(md.includes('| *Diamond "D" Constr. Corp. v. McGowan*, 282 F.3d 191 (2d Cir. 2002) | II. Immunity |'), md);
  assert.ok(
    md.includes('| *Saucier v. Katz*, 533 U.S. 194 (2001), *overruled in part on other grounds by* *Pearson v. Callahan*, 555 U.S. 223 (2009) | II. Immunity |'),
    md,
  );
  assert.ok(md.includes('| *Ex parte Young*, 209 U.S. 123 (1908) | I. The Claims Against the Officials Fail |'), md);
});

test('without the curated authorities: the fixes still apply, and a name the scanner loses comes from the writer’s emphasis', () => {
  const byText = new Set(
    toaOf(CANONICAL, { passim: 5 })
      .sections.flatMap((s) => s.entries)
      .map((e) => e.text),
  );
  assert.ok(byText.has('Ashcroft v. al-Kidd, 563 U.S. 731 (2011)'));
  assert.ok(byText.has('Diamond "D" Constr. Corp. v. McGowan, 282 F.3d 191 (2d Cir. 2002)'));
  assert.ok(byText.has('Ex parte Young, 209 U.S. 123 (1908)'));
  assert.ok(byText.has('Pembaur v. City of Cincinnati, 475 U.S. 469 (1986)'));
  // CITE032's abbreviations apply; whether "of the City of New York" goes is the caption's question (CITE036 offers no fix).
  assert.ok(byText.has("Monell v. Dep't of Soc. Servs. of the City of New York, 436 U.S. 658 (1978)"));
  // Nothing curated gives Davis's court, and Pincite does not guess it.
  assert.ok(byText.has('Davis v. Lansing, 851 F.2d 72 (1988)'));
});

test('a plain-text brief: a quoted letter before the name the scanner read joins it', () => {
  const text = 'ARGUMENT\n\nA fee award is discretionary. Diamond "D" Constr. Corp. v. McGowan, 282 F.3d 191, 198 (2d Cir. 2002).\n';
  assert.deepEqual(texts(buildToa(text, analyzeText(text), { passim: 5 })), [['Cases', ['Diamond "D" Constr. Corp. v. McGowan, 282 F.3d 191 (2d Cir. 2002)']]]);
});

test('samples/memorandum.md: none of the planted mistakes reaches the table', () => {
  const entries = toaOf(MEMO).sections.flatMap((s) => s.entries);
  const all = entries.map((e) => e.text);
  for (const wrong of [/Ex Parte/, / vs\. /, /\(U\.S\. 1991\)/, /F\.Supp\.2d/, /Fed\. App'x/, /Amend\. XIV/, /Fed\.R\.Civ\.P\./, /§1983/, /, 851 F\.2d 72 \(1988\)/]) {
    assert.ok(!all.some((t) => wrong.test(t)), `${wrong} copied into the table`);
  }
  for (const right of [
    'Ex parte Young, 209 U.S. 123 (1908)',
    'Davis v. Lansing, 851 F.2d 72 (2d Cir. 1988)',
    'Hafer v. Melo, 502 U.S. 21 (1991)',
    'Pembaur v. City of Cincinnati, 475 U.S. 469 (1986)',
    "Byrne v. City of New York, 736 F. App'x 263 (2d Cir. 2018)",
    "McKnight v. Middleton, 699 F. Supp. 2d 507 (E.D.N.Y. 2010), aff'd, 434 F. App'x 32 (2d Cir. 2011)",
    // The brief's own name is kept where the curated one ("… of Fla.") would draw CITE036.
    'Patsy v. Bd. of Regents, 457 U.S. 496 (1982)',
    'U.S. Const. amend. XIV, § 1',
    '42 U.S.C. § 1983',
    'Fed. R. Civ. P. 12(b)(6)',
  ]) {
    assert.ok(all.includes(right), `${right} missing`);
  }
  // Ex parte Young files under Y: after Vill. of Willowbrook, before Younger.
  const cases = toaOf(MEMO).sections[0].entries.map((e) => e.text);
  const y = cases.indexOf('Ex parte Young, 209 U.S. 123 (1908)');
  assert.ok(cases[y - 1].startsWith('Vill. of Willowbrook') && cases[y + 1].startsWith('Younger v. Harris'), cases.slice(y - 1, y + 2).join(' | '));
});

test('never a new error: each entry, and the Markdown table on its own, draws no finding (but the flagged short form)', () => {
  for (const [name, text] of [
    ['canonical.md', CANONICAL],
    ['memorandum.md', MEMO],
    ['sources.md', SOURCES],
    ['clean-brief.md', readProjectFile('samples/clean-brief.md')],
  ]) {
    const toa = toaOf(text);
    for (const e of toa.sections.flatMap((s) => s.entries)) {
      if (!e.fullCitation) continue;
      assert.deepEqual(
        entryFindings(e, withAuthorities()).map((f) => `${f.code} ${f.message}`),
        [],
        `${name}: ${e.text}`,
      );
    }
    const table = renderToa(toa, { format: 'markdown' });
    const findings = checkAll(table, analyzeText(table, { markdown: true }), withAuthorities());
    // Only memorandum.md's *Graham*, cited only by a short form, is flagged (CITE053), as the brief is.
    const expected = name === 'memorandum.md' ? ['CITE053'] : [];
    assert.deepEqual(
      findings.map((f) => f.code),
      expected,
      `${name}: ${findings.map((f) => `${f.code} ${table.slice(f.span.start, f.span.end)}`).join('; ')}`,
    );
  }
});

test('fixEntry mends an entry through the rules; toMarkdown and fromMarkdown are inverses', () => {
  const e = { text: 'Pembaur vs. City of Cincinnati, 475 U.S. 469 (1986)', italic: [{ start: 0, end: 30 }] };
  assert.equal(toMarkdown(e), '*Pembaur vs. City of Cincinnati*, 475 U.S. 469 (1986)');
  assert.deepEqual(fromMarkdown(toMarkdown(e)), e);
  assert.deepEqual(fixEntry(e), { text: 'Pembaur v. City of Cincinnati, 475 U.S. 469 (1986)', italic: [{ start: 0, end: 29 }] });
  // Settings reach the entry: a local rule that keeps Supreme Court parallels (CITE020 off) keeps them.
  const parallel = { text: 'Conley v. Gibson, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957)', italic: [{ start: 0, end: 16 }] };
  assert.equal(fixEntry(parallel).text, 'Conley v. Gibson, 355 U.S. 41 (1957)');
  assert.equal(fixEntry(parallel, { rules: { CITE020: 'off' } }).text, parallel.text);
});

test('sources.md: statutes, regulations, rules, legislative materials and other authorities, in that order', () => {
  assert.deepEqual(texts(toaOf(SOURCES)), [
    // Session laws after the code.
    ['Statutes', ['42 U.S.C. § 1983', 'Pub. L. No. 90-351, 82 Stat. 197 (1968)']],
    // The C.F.R. before the Federal Register.
    ['Regulations', ['29 C.F.R. § 1614.105', '90 Fed. Reg. 15,041 (Apr. 1, 2025)']],
    ['Rules', ['Fed. R. Civ. P. 12(b)(6)']],
    // Pins (`at 12`) left out; alphabetical, a name starting with a number last.
    ['Legislative Materials', ['H.R. Rep. No. 95-595 (1977)', 'S. Rep. No. 95-698 (1978)', '124 Cong. Rec. 1234 (1978)']],
    // A journal article with its author and title; the pin left out.
    ['Other Authorities', ['Jane Doe, The Title of an Article, 106 Va. L. Rev. 271 (2020)']],
  ]);
  const md = renderToa(toaOf(SOURCES), { format: 'markdown' });
  assert.ok(md.includes('| Jane Doe, *The Title of an Article*, 106 Va. L. Rev. 271 (2020) | ARGUMENT |'), md);
});

test('toaSection routes every kind in one place; an unknown kind falls to Other Authorities', () => {
  assert.equal(toaSection({ kind: 'case' }), 'Cases');
  assert.equal(toaSection({ kind: 'constitution' }), 'Constitutional Provisions');
  assert.equal(toaSection({ kind: 'statute' }), 'Statutes');
  assert.equal(toaSection({ kind: 'regulation' }), 'Regulations');
  assert.equal(toaSection({ kind: 'rule' }), 'Rules');
  assert.equal(toaSection({ kind: 'source', series: 'Pub. L. No.' }), 'Statutes');
  assert.equal(toaSection({ kind: 'source', series: 'Stat.' }), 'Statutes');
  assert.equal(toaSection({ kind: 'source', series: 'Fed. Reg.' }), 'Regulations');
  for (const s of ['H.R. Rep. No.', 'S. Rep. No.', 'H.R. Conf. Rep. No.', 'S. Doc. No.', 'Cong. Rec.', 'U.S.C.C.A.N.'])
    assert.equal(toaSection({ kind: 'source', series: s }), 'Legislative Materials', s);
  for (const s of ['Va. L. Rev.', 'Harv. L. Rev.', 'U.N.T.S.', "Op. Att'y Gen."]) assert.equal(toaSection({ kind: 'source', series: s }), 'Other Authorities', s);
  assert.equal(toaSection({ kind: 'treatise' as 'source' }), 'Other Authorities');
});

test("the generated table's region draws no diagnostics through the rules, though it lists what the brief gets wrong", () => {
  const updated = updateToaInDocument(CANONICAL, analyzeText(CANONICAL, { markdown: true }), { ...OPTS, format: 'markdown' }).text;
  const [region] = toaRegions(updated);
  assert.ok(updated.slice(region.start, region.end).includes('Ex parte Young'));
  const findings = checkAll(updated, analyzeText(updated, { markdown: true }), withAuthorities());
  assert.ok(findings.length >= 5, 'the brief body keeps its findings');
  assert.deepEqual(
    findings.filter((f) => f.span.start < region.end && f.span.end > region.start),
    [],
  );
  // The body's findings are the same with the table as without it.
  const without = checkAll(CANONICAL, analyzeText(CANONICAL, { markdown: true }), withAuthorities());
  assert.deepEqual(
    findings.map((f) => f.code),
    without.map((f) => f.code),
  );
});

/** A brief with its own typed table of authorities, its mistakes copied into it. */
const TYPED = [
  '                         MEMORANDUM OF LAW',
  '',
  '                       TABLE OF AUTHORITIES',
  '',
  'Cases                                                              Page(s)',
  '',
  'Ex Parte Young, 209 U.S. 123 (1908) ................................. 2',
  'Pembaur vs. City of Cincinnati, 475 U.S. 469 (1986) ................. 3',
  'Hafer v. Melo, 502 U.S. 21 (U.S. 1991) .............................. 3',
  '',
  '                             ARGUMENT',
  '',
  'Kellerman invokes Ex Parte Young, 209 U.S. 123, 159 (1908). A final policymaker may bind the city. Pembaur v. City of Cincinnati, 475 U.S. 469, 480 (1986).',
  '',
].join('\n');

test("a brief's own typed table of authorities draws no diagnostics and counts for nothing in the generated table", () => {
  const r = analyzeText(TYPED);
  const tableEnd = TYPED.indexOf('                             ARGUMENT');
  assert.ok(r.citations.filter((c) => c.span.start < tableEnd).every((c) => c.inTable));
  const findings = checkAll(TYPED, r, withAuthorities());
  // Only the body's `Ex Parte` (CITE031); the table's three mistakes are not reported.
  assert.deepEqual(
    findings.map((f) => [f.code, f.span.start > tableEnd]),
    [['CITE031', true]],
  );
  // Hafer is cited only in the typed table: it is no authority of the brief.
  assert.deepEqual(texts(buildToa(TYPED, r, OPTS)), [['Cases', ['Pembaur v. City of Cincinnati, 475 U.S. 469 (1986)', 'Ex parte Young, 209 U.S. 123 (1908)']]]);
});

test('secondary sources: treatises, books and Restatements under Other Authorities, hearings under Legislative Materials, titles in italics', () => {
  const brief = [
    '# ARGUMENT',
    '',
    'Courts read the rule liberally. 5B Charles Alan Wright & Arthur R. Miller, *Federal Practice and Procedure* § 1350 (3d ed. 2004). ' +
      'So does the Restatement. Restatement (Second) of Torts § 402A (Am. L. Inst. 1965). ' +
      'Congress heard as much. *Hearing on S. 123 Before the S. Comm. on the Judiciary*, 98th Cong. 45 (1983). ' +
      'The treatise says so again. Wright & Miller § 1351.',
    '',
  ].join('\n');
  const toa = toaOf(brief);
  assert.deepEqual(texts(toa), [
    ['Legislative Materials', ['Hearing on S. 123 Before the S. Comm. on the Judiciary, 98th Cong. 45 (1983)']],
    // The short form (`Wright & Miller § 1351`) is the same work: one entry, in full, without the section cited later.
    [
      'Other Authorities',
      ['Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)', '5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1350 (3d ed. 2004)'],
    ],
  ]);
  const md = renderToa(toa, { format: 'markdown' });
  assert.ok(md.includes('| 5B Charles Alan Wright & Arthur R. Miller, *Federal Practice and Procedure* § 1350 (3d ed. 2004) |'), md);
  assert.ok(md.includes('| Restatement (Second) of Torts § 402A (Am. L. Inst. 1965) |'), md);
  assert.ok(md.includes('| *Hearing on S. 123 Before the S. Comm. on the Judiciary*, 98th Cong. 45 (1983) |'), md);
});

test('public-domain citations are listed as their courts write them: the hyphens of a web citation kept, no year parenthetical repeating the cite', () => {
  const brief =
    '# ARGUMENT\n\nState v. Jones, 2006-Ohio-2095. People v. Smith, 2011 IL App (1st) 101234, ¶ 12. State v. Roe, 2019 ND 12. Doe v. Poe, 2018 IL 122008 (2018).\n';
  assert.deepEqual(texts(toaOf(brief)), [
    ['Cases', ['Doe v. Poe, 2018 IL 122008', 'People v. Smith, 2011 IL App (1st) 101234', 'State v. Jones, 2006-Ohio-2095', 'State v. Roe, 2019 ND 12']],
  ]);
});
