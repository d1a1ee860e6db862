// The table of authorities. Every expected table below was written by reading
// the fixture briefs (test/fixtures/toa/), not copied from the engine's output:
// which authorities each brief cites, in which section, in what order a court
// expects them, and the canonical form of each.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import {
  blankToaRegions,
  buildToa,
  renderToa,
  toaFormatForPath,
  toaRegions,
  updateToaInDocument,
  TOA_END_MARKER,
  TOA_START_MARKER,
  type Toa,
  type ToaOptions,
} from '../../server/src/core/toa/index';
import { toaCommand } from '../../server/src/cli/toa';
import { readProjectFile, withAuthorities } from './helpers';

const BRIEF = readProjectFile('test/fixtures/toa/brief.md');
const BRIEF_TXT = readProjectFile('test/fixtures/toa/brief.txt');
// The fixtures cite Supreme Court cases with their parallels, as a brief under a
// local rule that wants them does (CITE020 off): the layout tests need long
// entries. 'entries take the checker's safe fixes' below checks the default.
const OPTS: ToaOptions = { passim: 5, check: { rules: { CITE020: 'off' } } };

function toaOf(text: string, options: ToaOptions = OPTS): Toa {
  return buildToa(text, analyzeText(text), options);
}

/** Section title → [entry text, locations or 'passim'] in table order. */
function summary(toa: Toa): Array<[string, Array<[string, string[] | 'passim']>]> {
  return toa.sections.map((s) => [s.title, s.entries.map((e) => [e.text, e.passim ? 'passim' : e.locations] as [string, string[] | 'passim'])]);
}

// The headings of brief.md.
const INTRO = 'Introduction';
const ARG = 'Argument';
const H1 = 'I. The Eleventh Amendment Bars the Official-Capacity Claims';
const H2 = 'II. The Complaint Fails to State a Claim';
const H3 = 'III. The Individual Defendants Are Immune';
const H4 = 'IV. State Law Bars the Remaining Claims';
const CONCL = 'Conclusion';

const CONLEY = 'Conley v. Gibson, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957)';
const MCKNIGHT = "McKnight v. Middleton, 699 F. Supp. 2d 507 (E.D.N.Y. 2010), aff'd, 434 F. App'x 32 (2d Cir. 2011)";
const JOHNSON = 'Johnson v. Cook, No. 3:19-cv-1464 (CSH), 2021 WL 2741723 (D. Conn. July 1, 2021)';

test('brief.md: sections in order, each authority once in canonical form, sorted, located by heading', () => {
  assert.deepEqual(summary(toaOf(BRIEF)), [
    [
      'Cases',
      [
        ['Ashcroft v. Iqbal, 556 U.S. 662 (2009)', [H2]],
        ['Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007)', [H2]],
        // Full cite in Argument, Id. there too; short form and supra in II; short form in IV.
        [CONLEY, [ARG, H2, H4]],
        // Docket kept, pin `at *22` dropped.
        [JOHNSON, [H3]],
        // Subsequent history is part of the entry, not an entry of its own.
        [MCKNIGHT, [H3]],
        // Short form in I, after the full citation in I.
        ['Pennhurst State Sch. & Hosp. v. Halderman, 465 U.S. 89 (1984)', [H1]],
        // Under P, not T: a leading "The" is ignored (before Rodriguez, where "The…" would not be).
        ['The Pitt News v. Pappert, 379 F.3d 96 (3d Cir. 2004)', [H2]],
        ['Rodriguez v. Weprin, 116 F.3d 62 (2d Cir. 1997)', [H3]],
        // Cited only by a short form: listed from it and flagged.
        ['Vega, 963 F.3d at 281 [no full citation]', [H3]],
        // Under Y and Z: procedural phrases are ignored.
        ['Ex parte Young, 209 U.S. 123 (1908)', [H1, H4]],
        ['In re Zappos.com, Inc., 888 F.3d 1020 (9th Cir. 2018)', [H2]],
      ],
    ],
    [
      'Constitutional Provisions',
      [
        ['U.S. Const. art. III, § 2', [H1]],
        ['U.S. Const. amend. XI', [H1]],
        ['U.S. Const. amend. XIV, § 1', [INTRO]],
      ],
    ],
    [
      'Statutes',
      [
        // Introduction, Argument, I–IV and Conclusion: seven places, more than five.
        ['42 U.S.C. § 1983', 'passim'],
        // The second section of `§§ 1983, 1988`.
        ['42 U.S.C. § 1988', [INTRO]],
        ['42 U.S.C. § 12101', [H4]],
        ['Conn. Gen. Stat. § 4-9', [H4]],
        ['Conn. Gen. Stat. § 4-165(a)', [H4]],
      ],
    ],
    ['Regulations', [['29 C.F.R. § 1614.105', [CONCL]]]],
    [
      'Rules',
      [
        ['Fed. R. Civ. P. 12(b)(1)', [INTRO]],
        // The second rule of `12(b)(1), 12(b)(6)`, and again in II.
        ['Fed. R. Civ. P. 12(b)(6)', [INTRO, H2]],
      ],
    ],
  ]);
});

test('brief.md: record cites are not authorities; a passim entry keeps its locations; the passim threshold is "more than"', () => {
  const toa = toaOf(BRIEF);
  const all = toa.sections.flatMap((s) => s.entries);
  assert.ok(!all.some((e) => /Compl\.|Doc\./.test(e.text)));
  const s1983 = all.find((e) => e.text === '42 U.S.C. § 1983')!;
  assert.deepEqual(s1983.locations, [INTRO, ARG, H1, H2, H3, H4, CONCL]);
  assert.equal(s1983.authority, 'statute:42 U.S.C. § 1983');
  assert.equal(buildToa(BRIEF, analyzeText(BRIEF), { passim: 7 }).sections[2].entries[0].passim, false);
  assert.equal(buildToa(BRIEF, analyzeText(BRIEF), { passim: 6 }).sections[2].entries[0].passim, true);
  const vega = all.find((e) => e.text.startsWith('Vega'))!;
  assert.equal(vega.fullCitation, false);
  assert.equal(all.find((e) => e.text === CONLEY)!.authority, 'case:355 U.S. 41');
});

test('brief.md as Markdown: one table per section, case names and history in italics', () => {
  const expected = [
    '**Table of Authorities**',
    '',
    '| Cases | Cited in |',
    '| :--- | :--- |',
    `| *Ashcroft v. Iqbal*, 556 U.S. 662 (2009) | ${H2} |`,
    `| *Bell Atl. Corp. v. Twombly*, 550 U.S. 544 (2007) | ${H2} |`,
    `| *Conley v. Gibson*, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957) | ${ARG}; ${H2}; ${H4} |`,
    `| *Johnson v. Cook*, No. 3:19-cv-1464 (CSH), 2021 WL 2741723 (D. Conn. July 1, 2021) | ${H3} |`,
    `| *McKnight v. Middleton*, 699 F. Supp. 2d 507 (E.D.N.Y. 2010), *aff'd*, 434 F. App'x 32 (2d Cir. 2011) | ${H3} |`,
    `| *Pennhurst State Sch. & Hosp. v. Halderman*, 465 U.S. 89 (1984) | ${H1} |`,
    `| *The Pitt News v. Pappert*, 379 F.3d 96 (3d Cir. 2004) | ${H2} |`,
    `| *Rodriguez v. Weprin*, 116 F.3d 62 (2d Cir. 1997) | ${H3} |`,
    `| *Vega*, 963 F.3d at 281 [no full citation] | ${H3} |`,
    `| *Ex parte Young*, 209 U.S. 123 (1908) | ${H1}; ${H4} |`,
    `| *In re Zappos.com, Inc.*, 888 F.3d 1020 (9th Cir. 2018) | ${H2} |`,
    '',
    '| Constitutional Provisions | Cited in |',
    '| :--- | :--- |',
    `| U.S. Const. art. III, § 2 | ${H1} |`,
    `| U.S. Const. amend. XI | ${H1} |`,
    `| U.S. Const. amend. XIV, § 1 | ${INTRO} |`,
    '',
    '| Statutes | Cited in |',
    '| :--- | :--- |',
    '| 42 U.S.C. § 1983 | *passim* |',
    `| 42 U.S.C. § 1988 | ${INTRO} |`,
    `| 42 U.S.C. § 12101 | ${H4} |`,
    `| Conn. Gen. Stat. § 4-9 | ${H4} |`,
    `| Conn. Gen. Stat. § 4-165(a) | ${H4} |`,
    '',
    '| Regulations | Cited in |',
    '| :--- | :--- |',
    `| 29 C.F.R. § 1614.105 | ${CONCL} |`,
    '',
    '| Rules | Cited in |',
    '| :--- | :--- |',
    `| Fed. R. Civ. P. 12(b)(1) | ${INTRO} |`,
    `| Fed. R. Civ. P. 12(b)(6) | ${INTRO}; ${H2} |`,
    '',
  ].join('\n');
  assert.equal(renderToa(toaOf(BRIEF), { format: 'markdown' }), expected);
});

test('brief.md with form feeds: locations are page numbers', () => {
  // Pages: 1 introduction and Argument, 2 part I, 3 part II, 4 part III, 5 part IV, 6 conclusion.
  const paged = BRIEF.replace(/\n(## I|# Conclusion)/g, '\n\f$1');
  assert.equal(paged.split('\f').length, 6);
  const toa = toaOf(paged);
  assert.equal(toa.locationKind, 'pages');
  const byText = new Map(toa.sections.flatMap((s) => s.entries).map((e) => [e.text, e]));
  assert.deepEqual(byText.get(CONLEY)!.locations, ['1', '3', '5']);
  assert.deepEqual(byText.get('Ex parte Young, 209 U.S. 123 (1908)')!.locations, ['2', '5']);
  assert.deepEqual(byText.get('Fed. R. Civ. P. 12(b)(6)')!.locations, ['1', '3']);
  assert.deepEqual(byText.get('29 C.F.R. § 1614.105')!.locations, ['6']);
  // Pages 1–6: six places, more than five.
  assert.equal(byText.get('42 U.S.C. § 1983')!.passim, true);
  assert.deepEqual(byText.get('42 U.S.C. § 1983')!.locations, ['1', '2', '3', '4', '5', '6']);
  const md = renderToa(toa, { format: 'markdown' });
  assert.ok(md.includes('| Cases | Page(s) |\n| :--- | ---: |\n'));
  assert.ok(md.includes(`| *Conley v. Gibson*, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957) | 1, 3, 5 |`));
});

test('page-marker comments set the page; form feeds count on from there', () => {
  // Introduction, Argument and I on page 7; a form feed before II makes 8; IV and the conclusion on 12.
  const paged = '<!-- page 7 -->\n' + BRIEF.replace('\n## II.', '\n\f## II.').replace('\n## IV.', '\n<!-- page 12 -->\n## IV.');
  const byText = new Map(
    toaOf(paged)
      .sections.flatMap((s) => s.entries)
      .map((e) => [e.text, e]),
  );
  assert.deepEqual(byText.get(CONLEY)!.locations, ['7', '8', '12']);
  assert.deepEqual(byText.get('Rodriguez v. Weprin, 116 F.3d 62 (2d Cir. 1997)')!.locations, ['8']);
  assert.deepEqual(byText.get('42 U.S.C. § 1983')!.locations, ['7', '8', '12']);
});

/** `left`, dot leaders, `right`, ending at column 78. */
function leader(left: string, right: string): string {
  return `${left} ${'.'.repeat(78 - left.length - right.length - 2)} ${right}`;
}
function rightAligned(s: string): string {
  return ' '.repeat(78 - s.length) + s;
}

test('brief.txt: plain-text headings, and the text layout with dot leaders at width 78', () => {
  assert.equal(toaFormatForPath('brief.txt'), 'text');
  assert.equal(toaFormatForPath('brief.brief'), 'text');
  assert.equal(toaFormatForPath('brief.md'), 'markdown');
  const P = 'PRELIMINARY STATEMENT';
  const I = 'I. THE ELEVENTH AMENDMENT BARS THE OFFICIAL-CAPACITY CLAIMS';
  const A = 'A. The Pleading Standard';
  const B = 'B. The Claim Against the Clerk';
  const expected = [
    ' '.repeat(29) + 'TABLE OF AUTHORITIES',
    '',
    rightAligned('Cited in'),
    '',
    'CASES',
    '',
    // 47 + 25 characters leave room for four dots on one line.
    leader('Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007)', `${A};`),
    rightAligned(B),
    // Wrapped at 70 with a hanging indent; the heading needs a line of its own.
    'Pennhurst State Sch. & Hosp. v. Halderman, 465 U.S. 89, 104 S. Ct.',
    '    900, 79 L. Ed. 2d 67 (1984)',
    leader('   ', `${I};`),
    rightAligned(A),
    'Rodriguez v. Weprin, 116 F.3d 62 (2d Cir. 1997)',
    leader('   ', B),
    'Ex parte Young, 209 U.S. 123 (1908)',
    leader('   ', I),
    '',
    'CONSTITUTIONAL PROVISIONS',
    '',
    'U.S. Const. amend. XI',
    leader('   ', I),
    '',
    'STATUTES',
    '',
    leader('42 U.S.C. § 1983', `${P};`),
    rightAligned(B),
    leader('Conn. Gen. Stat. § 4-165', B),
    '',
    'RULES',
    '',
    leader('Fed. R. Civ. P. 12(b)(6)', P),
    '',
  ].join('\n');
  const got = renderToa(toaOf(BRIEF_TXT), { format: 'text' });
  assert.equal(got, expected);
  for (const line of got.split('\n')) assert.ok(line.length <= 78, line);
});

test('text layout with page numbers: leaders on the last line of a wrapped citation', () => {
  const paged = BRIEF.replace(/\n(## I|# Conclusion)/g, '\n\f$1');
  const lines = renderToa(toaOf(paged), { format: 'text' }).split('\n');
  assert.equal(lines[2], rightAligned('Page(s)'));
  // The first 56 columns, then the rest under a four-space indent with the leaders.
  const k = lines.indexOf('Conley v. Gibson, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d');
  assert.ok(k > 0, 'Conley wraps at 56 columns');
  assert.equal(lines[k + 1], leader('    80 (1957)', '1, 3, 5'));
  assert.ok(lines.includes(leader('42 U.S.C. § 1983', 'passim')));
  assert.ok(lines.includes(leader('Ashcroft v. Iqbal, 556 U.S. 662 (2009)', '3')));
});

test('inserting into a brief without markers, then updating again, gives the same text', () => {
  const first = updateToaInDocument(BRIEF, analyzeText(BRIEF), { ...OPTS, format: 'markdown' });
  // After the title line and its blank line; the rest untouched.
  const titleEnd = BRIEF.indexOf('\n') + 1;
  const table = renderToa(toaOf(BRIEF), { format: 'markdown' });
  const want = BRIEF.slice(0, titleEnd) + '\n' + TOA_START_MARKER + '\n\n' + table + '\n' + TOA_END_MARKER + '\n' + BRIEF.slice(titleEnd);
  assert.equal(first.text, want);
  assert.ok(first.edit);
  const e = first.edit!;
  assert.equal(BRIEF.slice(0, e.start) + e.newText + BRIEF.slice(e.end), first.text);
  const second = updateToaInDocument(first.text, analyzeText(first.text), { ...OPTS, format: 'markdown' });
  assert.equal(second.text, first.text);
  assert.equal(second.edit, undefined);
});

test("the table's own citations are not citations: not counted, no findings, no antecedents", () => {
  const updated = updateToaInDocument(BRIEF, analyzeText(BRIEF), { ...OPTS, format: 'markdown' }).text;
  const [region] = toaRegions(updated);
  assert.ok(region && updated.slice(region.start, region.end).includes('Conley v. Gibson'));
  const before = analyzeText(BRIEF);
  const after = analyzeText(updated);
  assert.equal(after.citations.length, before.citations.length);
  assert.deepEqual(
    after.citations.map((c) => c.text),
    before.citations.map((c) => c.text),
  );
  assert.ok(after.citations.every((c) => c.span.start >= region.end || c.span.end <= region.start));
  assert.ok(checkAll(updated, after, withAuthorities()).every((f) => f.span.start >= region.end || f.span.end <= region.start));
  // An Id. right after a table resolves to the citation before the table, not to the table's last entry.
  const doc = `*Younger v. Harris*, 401 U.S. 37 (1971).\n\n${TOA_START_MARKER}\n| *Conley v. Gibson*, 355 U.S. 41 (1957) | 1 |\n${TOA_END_MARKER}\n\n*Id.* at 43.\n`;
  const r = analyzeText(doc);
  assert.deepEqual(
    r.citations.map((c) => c.kind),
    ['case', 'id'],
  );
  assert.equal(r.citations[1].antecedent, 0);
});

test('editing the body and updating changes only the table region', () => {
  const first = updateToaInDocument(BRIEF, analyzeText(BRIEF), { ...OPTS, format: 'markdown' }).text;
  const edited = first.replace('The Court should dismiss the complaint.', 'The Court should dismiss the complaint. *See Rodriguez*, 116 F.3d at 66.');
  assert.notEqual(edited, first);
  const next = updateToaInDocument(edited, analyzeText(edited), { ...OPTS, format: 'markdown' });
  const [r0] = toaRegions(edited);
  const [r1] = toaRegions(next.text);
  assert.equal(next.text.slice(0, r1.start), edited.slice(0, r0.start));
  assert.equal(next.text.slice(r1.end), edited.slice(r0.end));
  assert.ok(next.text.slice(r1.start, r1.end).includes(`| *Rodriguez v. Weprin*, 116 F.3d 62 (2d Cir. 1997) | ${H3}; ${CONCL} |`));
  // The edit covers only what lies between the markers.
  assert.ok(next.edit && next.edit.start > r0.start + TOA_START_MARKER.length && next.edit.end < r0.end - TOA_END_MARKER.length);
  assert.equal(edited.slice(0, next.edit!.start) + next.edit!.newText + edited.slice(next.edit!.end), next.text);
});

test('brief.txt: inserted after the title line, in text format, and stable', () => {
  const first = updateToaInDocument(BRIEF_TXT, analyzeText(BRIEF_TXT), { ...OPTS, format: 'text' });
  const titleEnd = BRIEF_TXT.indexOf('\n') + 1;
  assert.ok(first.text.startsWith(BRIEF_TXT.slice(0, titleEnd) + '\n' + TOA_START_MARKER + '\n\n' + ' '.repeat(29) + 'TABLE OF AUTHORITIES\n'));
  assert.ok(first.text.endsWith(TOA_END_MARKER + '\n' + BRIEF_TXT.slice(titleEnd)));
  // The headings still come from the brief, not from the table's capitals.
  assert.deepEqual(toaOf(first.text), toaOf(BRIEF_TXT));
  assert.equal(updateToaInDocument(first.text, analyzeText(first.text), { ...OPTS, format: 'text' }).edit, undefined);
});

test('markers: existing ones are kept byte for byte; a lone start marker gets the table and an end marker', () => {
  const doc = '# Brief\n\n<!--pincite-toa-->\nstale table\n<!--  /pincite-toa  -->\n\n## Argument\n\n42 U.S.C. § 1983.\n';
  const out = updateToaInDocument(doc, analyzeText(doc), { ...OPTS, format: 'markdown' }).text;
  assert.equal(
    out,
    '# Brief\n\n<!--pincite-toa-->\n\n**Table of Authorities**\n\n| Statutes | Cited in |\n| :--- | :--- |\n| 42 U.S.C. § 1983 | Argument |\n\n<!--  /pincite-toa  -->\n\n## Argument\n\n42 U.S.C. § 1983.\n',
  );
  const lone = 'Title\n\n<!-- pincite-toa -->\n\nFed. R. Civ. P. 56.\n';
  const out2 = updateToaInDocument(lone, analyzeText(lone), { ...OPTS, format: 'markdown' }).text;
  assert.equal(
    out2,
    'Title\n\n<!-- pincite-toa -->\n\n**Table of Authorities**\n\n| Rules | Cited in |\n| :--- | :--- |\n| Fed. R. Civ. P. 56 | Introduction |\n\n<!-- /pincite-toa -->\n\nFed. R. Civ. P. 56.\n',
  );
  // Markers quoted inline or indented (documentation) are not markers.
  assert.deepEqual(toaRegions('Write `<!-- pincite-toa -->` where it goes.\n    <!-- pincite-toa -->\n'), []);
});

test('without markers, a caption line is passed over for the line that names the paper', () => {
  const doc = "**UNITED STATES DISTRICT COURT**\n\n**DEFENDANTS' MEMORANDUM OF LAW**\n\n## PRELIMINARY STATEMENT\n\nSee 42 U.S.C. § 1983.\n";
  const out = updateToaInDocument(doc, analyzeText(doc), { ...OPTS, format: 'markdown' }).text;
  const at = doc.indexOf('## PRELIMINARY');
  assert.ok(out.startsWith(doc.slice(0, at) + TOA_START_MARKER + '\n'));
  assert.ok(out.endsWith(TOA_END_MARKER + '\n\n' + doc.slice(at)));
});

test('CRLF documents get CRLF line breaks; a brief with no citations gets an empty table', () => {
  const doc = '# Brief\r\n\r\nNothing cited here.\r\n';
  const out = updateToaInDocument(doc, analyzeText(doc), { ...OPTS, format: 'markdown' }).text;
  assert.equal(
    out,
    '# Brief\r\n\r\n<!-- pincite-toa -->\r\n\r\n**Table of Authorities**\r\n\r\nNo authorities cited.\r\n\r\n<!-- /pincite-toa -->\r\n\r\nNothing cited here.\r\n',
  );
});

test('blanking keeps every offset and line; without a marker the text is returned as is', () => {
  const doc = `a\n${TOA_START_MARKER}\r\nx § 1\n${TOA_END_MARKER}\nb`;
  const blanked = blankToaRegions(doc);
  assert.equal(blanked.length, doc.length);
  assert.equal(blanked, `a\n${' '.repeat(TOA_START_MARKER.length)}\r\n     \n${' '.repeat(TOA_END_MARKER.length)}\nb`);
  assert.equal(blankToaRegions(BRIEF), BRIEF);
});

test('a short form or supra written before the full citation joins it; chained history stays in one entry', () => {
  const doc = [
    '# One',
    '',
    '*Vega*, 963 F.3d at 281. *Roth*, *supra*, at 5.',
    '',
    '# Two',
    '',
    "*Vega v. Semple*, 963 F.3d 259, 281 (2d Cir. 2020). *Roth v. Jennings*, 489 F.3d 499, 510 (2d Cir. 2007), *aff'd*, 555 U.S. 1 (2008), *cert. denied*, 556 U.S. 2 (2009).",
    '',
  ].join('\n');
  assert.deepEqual(summary(toaOf(doc)), [
    [
      'Cases',
      [
        ["Roth v. Jennings, 489 F.3d 499 (2d Cir. 2007), aff'd, 555 U.S. 1 (2008), cert. denied, 556 U.S. 2 (2009)", ['One', 'Two']],
        ['Vega v. Semple, 963 F.3d 259 (2d Cir. 2020)', ['One', 'Two']],
      ],
    ],
  ]);
});

test('constitutions, statutes and rules sort by number, not by spelling', () => {
  const doc =
    'U.S. Const. amend. XIX; Conn. Const. art. I, § 7; U.S. Const. amend. IX; U.S. Const. amend. V; U.S. Const. art. III, § 2, cl. 1; U.S. Const. art. I, § 8, cl. 3. ' +
    'Fed. R. Evid. 401; Fed. R. Civ. P. 56; Fed. R. Civ. P. 8(a)(2); Fed. R. App. P. 4(a)(1). ' +
    'Conn. Gen. Stat. § 52-577; 42 U.S.C. § 2000e-5; 28 U.S.C. § 1331; 42 U.S.C. § 1983.\n';
  const texts = toaOf(doc).sections.map((s) => [s.title, s.entries.map((e) => e.text)]);
  assert.deepEqual(texts, [
    [
      'Constitutional Provisions',
      [
        'U.S. Const. art. I, § 8, cl. 3',
        'U.S. Const. art. III, § 2, cl. 1',
        'U.S. Const. amend. V',
        'U.S. Const. amend. IX',
        'U.S. Const. amend. XIX',
        'Conn. Const. art. I, § 7',
      ],
    ],
    ['Statutes', ['28 U.S.C. § 1331', '42 U.S.C. § 1983', '42 U.S.C. § 2000e-5', 'Conn. Gen. Stat. § 52-577']],
    ['Rules', ['Fed. R. App. P. 4(a)(1)', 'Fed. R. Civ. P. 8(a)(2)', 'Fed. R. Civ. P. 56', 'Fed. R. Evid. 401']],
  ]);
});

test('a caption docket is not an authority; a list never swallows the next citation', () => {
  const doc = 'Civil Action No. 3:24-cv-1187 (RWM)\n\n# Argument\n\nDismissal is proper. Fed. R. Civ. P. 12(b)(6), 556 U.S. 662.\n';
  const entries = toaOf(doc).sections.flatMap((s) => s.entries.map((e) => [s.title, e.text]));
  assert.deepEqual(
    entries.filter(([t]) => t === 'Rules'),
    [['Rules', 'Fed. R. Civ. P. 12(b)(6)']],
  );
  assert.ok(!entries.some(([, e]) => e.includes('3:24-cv-1187')));
});

function cli(files: string[], flags: Parameters<typeof toaCommand>[1], disk: Record<string, string>) {
  let out = '';
  let err = '';
  const writes: string[] = [];
  const code = toaCommand(
    files,
    flags,
    (s) => (out += s),
    (s) => (err += s),
    (f) => disk[f],
    (f, t) => {
      disk[f] = t;
      writes.push(f);
    },
  );
  return { code, out, err, writes };
}

test('toaCommand prints each table, writes between the markers with --write, and rejects bad flags', () => {
  const disk: Record<string, string> = { 'brief.md': BRIEF, 'brief.txt': BRIEF_TXT };
  // The command checks entries with the default rules and the curated authorities.
  const CLI_OPTS: ToaOptions = { passim: 5, check: withAuthorities() };
  const printed = cli(['brief.txt'], { write: false }, disk);
  assert.equal(printed.code, 0);
  assert.equal(printed.out, renderToa(toaOf(BRIEF_TXT, CLI_OPTS), { format: 'text' }));
  assert.equal(cli(['brief.txt'], { write: false, format: 'markdown' }, disk).out, renderToa(toaOf(BRIEF_TXT, CLI_OPTS), { format: 'markdown' }));
  const both = cli(['brief.md', 'brief.txt'], { write: false, passim: 10 }, disk);
  assert.ok(both.out.startsWith('brief.md\n\n**Table of Authorities**\n'));
  assert.ok(both.out.includes('\nbrief.txt\n\n' + ' '.repeat(29) + 'TABLE OF AUTHORITIES\n'));
  assert.ok(!both.out.includes('passim'));

  const w1 = cli(['brief.md'], { write: true }, disk);
  assert.equal(w1.code, 0);
  assert.deepEqual(w1.writes, ['brief.md']);
  assert.equal(w1.out, 'brief.md: table of authorities inserted\n');
  assert.equal(disk['brief.md'], updateToaInDocument(BRIEF, analyzeText(BRIEF), { ...CLI_OPTS, format: 'markdown' }).text);
  const w2 = cli(['brief.md'], { write: true }, disk);
  assert.deepEqual(w2.writes, []);
  assert.equal(w2.out, 'brief.md: table of authorities up to date\n');

  assert.equal(cli(['missing.md'], { write: false }, disk).code, 2);
  assert.equal(cli([], { write: false }, disk).code, 2);
  const badFormat = cli(['brief.md'], { write: false, format: 'html' as 'text' }, disk);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.err, /--format must be markdown or text/);
  assert.equal(cli(['brief.md'], { write: false, passim: -1 }, disk).code, 2);
  const failing = toaCommand(
    ['brief.txt'],
    { write: true },
    () => {},
    (s) => assert.match(s, /could not write brief\.txt: disk full/),
    (f) => disk[f],
    () => {
      throw new Error('disk full');
    },
  );
  assert.equal(failing, 2);
});
