// Metadata of a writer's opinion file: the header block (docs/opinion-folders.md)
// and what is inferred from the text when it is absent. The three bundled
// opinions are read here as if a writer had dropped them, header-less, into an
// opinion folder; opinions/index.json holds what a reader found in them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseOpinion } from '../../server/src/core/library/opinionHeader';
import { ROOT, readProjectFile } from './helpers';

const abs = (rel: string) => path.join(ROOT, rel);
const LEXIS = 'opinions/russo-v-city-of-hartford.lexis.txt';
const WEST = 'opinions/russo-v-city-of-hartford.west.txt';
const SLIP = 'opinions/campbell-v-city-of-waterbury.slip.md';

test('Lexis copy of Russo without a header: caption, cites, dockets, court, date and pages from its caption block', () => {
  const { meta, bodyStart, problems } = parseOpinion(readProjectFile(LEXIS), abs(LEXIS));
  assert.deepEqual(problems, []);
  assert.equal(bodyStart, 0);
  assert.equal(meta.caption, 'Russo v. City of Hartford');
  assert.equal(meta.shortName, 'Russo');
  assert.equal(meta.court, 'D. Conn.');
  assert.equal(meta.date, '2001-08-02');
  assert.deepEqual(meta.cites, [
    { kind: 'reporter', volume: '158', reporter: 'F. Supp. 2d', page: 214, text: '158 F. Supp. 2d 214' },
    { kind: 'database', year: '2001', database: 'U.S. Dist. LEXIS', number: '14297', text: '2001 U.S. Dist. LEXIS 14297' },
    { kind: 'docket', docket: '3:97-cv-2380', text: 'No. 3:97-cv-2380 (JCH)' },
    { kind: 'docket', docket: '3:00-cv-2382', text: 'No. 3:00-cv-2382 (JCH)' },
    { kind: 'docket', docket: '3:00-cv-1794', text: 'No. 3:00-cv-1794 (JCH)' },
  ]);
  assert.deepEqual(meta.dockets, ['3:97-cv-2380', '3:00-cv-2382', '3:00-cv-1794']);
  assert.equal(meta.firstPage, 214);
  assert.equal(meta.lastPage, 242, 'the last [*N] marker');
  assert.equal(meta.citation, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)');
  assert.equal(meta.judge, undefined, 'the Lexis copy names no judge');
  assert.deepEqual(
    meta.texts.map((t) => [t.file, t.primary, t.pagination]),
    [[abs(LEXIS), true, 'lexis']],
  );
  assert.match(meta.id, /^russo-v-city-of-hartford-[0-9a-f]{6}$/);
  assert.equal(meta.bundled, undefined);
});

test('slip opinion Campbell without a header: caption block, docket, court line, closing date and signature', () => {
  const { meta, problems } = parseOpinion(readProjectFile(SLIP), abs(SLIP));
  assert.deepEqual(problems, []);
  assert.equal(meta.caption, 'Campbell v. City of Waterbury');
  assert.equal(meta.shortName, 'Campbell');
  assert.equal(meta.court, 'D. Conn.');
  assert.equal(meta.date, '2022-02-09', 'from "Dated at New Haven this 9th day of February 2022."');
  assert.equal(meta.judge, 'Jeffrey Alker Meyer');
  assert.deepEqual(meta.cites, [{ kind: 'docket', docket: '3:21-cv-107', text: 'No. 3:21-cv-107 (JAM)' }]);
  assert.deepEqual(meta.dockets, ['3:21-cv-107']);
  assert.equal(meta.citation, 'Campbell v. City of Waterbury, No. 3:21-cv-107 (D. Conn. Feb. 9, 2022)');
  assert.equal(meta.firstPage, undefined);
  assert.equal(meta.texts[0].pagination, 'slip');
});

test('West copy of Russo without a header: it starts mid-opinion, so only the pagination is found, and each gap is a problem', () => {
  const { meta, problems } = parseOpinion(readProjectFile(WEST), abs(WEST));
  assert.equal(meta.texts[0].pagination, 'west');
  assert.equal(meta.texts[0].file, abs(WEST));
  assert.equal(meta.caption, '');
  assert.deepEqual(meta.cites, [], 'the cases the opinion cites are not its own cites');
  assert.equal(meta.court, '');
  assert.equal(meta.date, '');
  assert.equal(meta.citation, '');
  assert.match(meta.id, /^russo-v-city-of-hartford-west-[0-9a-f]{6}$/, 'named after the file when there is no caption');
  assert.equal(problems.length, 4);
  assert.match(problems[0], /^No caption found before the opinion's first paragraph .*caption: Party v\. Party/);
  assert.match(problems[1], /^No citation found .*"cite:"/);
  assert.match(problems[2], /^No court found .*"court:"/);
  assert.match(problems[3], /^No decision date found .*"date: YYYY-MM-DD"/);
});

test('the West copy with a header: header values win, the last page comes from the *N markers', () => {
  const header = '---\ncaption: Russo v. City of Hartford\ncite: 158 F. Supp. 2d 214\ncourt: D. Conn.\ndate: 2001-08-02\njudge: Janet C. Hall\n---\n';
  const text = header + readProjectFile(WEST);
  const { meta, bodyStart, problems } = parseOpinion(text, abs(WEST));
  assert.deepEqual(problems, []);
  assert.equal(bodyStart, header.length);
  assert.ok(text.slice(bodyStart).startsWith('*219RULING ON MOTIONS'));
  assert.equal(meta.citation, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)');
  assert.equal(meta.texts[0].pagination, 'west');
  assert.equal(meta.firstPage, 214);
  assert.equal(meta.lastPage, 242);
  assert.equal(meta.judge, 'Janet C. Hall');
});

test('ids: slug of the caption plus a stable hash of the path', () => {
  const text = readProjectFile(LEXIS);
  const a = parseOpinion(text, '/briefs/opinions/russo.txt').meta.id;
  const b = parseOpinion(text, '/briefs/other/russo.txt').meta.id;
  assert.notEqual(a, b);
  assert.equal(a, parseOpinion(text, '/briefs/opinions/russo.txt').meta.id);
  assert.ok(a.startsWith('russo-v-city-of-hartford-') && b.startsWith('russo-v-city-of-hartford-'));
});

const YOUNGER = `---
caption: Younger v. Harris
cite: 401 U.S. 37
cite: 91 S. Ct. 746
court: U.S.
date: 1971-02-23
judge: Black
docket: No. 2
pages: 37-54
pagination: west
---
MR. JUSTICE BLACK delivered the opinion of the Court.
`;

test('the documented header block', () => {
  const { meta, bodyStart, problems } = parseOpinion(YOUNGER, '/op/younger.md');
  assert.deepEqual(problems, []);
  assert.equal(YOUNGER.slice(bodyStart), 'MR. JUSTICE BLACK delivered the opinion of the Court.\n');
  assert.deepEqual(meta, {
    id: meta.id,
    caption: 'Younger v. Harris',
    shortName: 'Younger',
    court: 'U.S.',
    date: '1971-02-23',
    judge: 'Black',
    dockets: ['2'],
    cites: [
      { kind: 'reporter', volume: '401', reporter: 'U.S.', page: 37, text: '401 U.S. 37' },
      { kind: 'reporter', volume: '91', reporter: 'S. Ct.', page: 746, text: '91 S. Ct. 746' },
      { kind: 'docket', docket: '2', text: 'No. 2' },
    ],
    firstPage: 37,
    lastPage: 54,
    citation: 'Younger v. Harris, 401 U.S. 37 (1971)',
    texts: [{ file: '/op/younger.md', primary: true, pagination: 'west', source: 'Opinion folder file with a header block' }],
  });
  assert.match(meta.id, /^younger-v-harris-[0-9a-f]{6}$/);
});

test('the <!-- pincite … --> form, keys in any case, a date in words, short:, CRLF and a BOM', () => {
  const text =
    '\ufeff<!-- pincite\r\nCaption: Campbell v. City of Waterbury\r\nDOCKET: 3:21-cv-107\r\nCourt: D. Conn.\r\n' +
    'date: February 9, 2022\r\nshort: Campbell (Waterbury)\r\n-->\r\n# Ruling\r\n';
  const { meta, bodyStart, problems } = parseOpinion(text, '/op/c.md');
  assert.deepEqual(problems, []);
  assert.equal(text.slice(bodyStart), '# Ruling\r\n');
  assert.equal(meta.caption, 'Campbell v. City of Waterbury');
  assert.equal(meta.shortName, 'Campbell (Waterbury)');
  assert.equal(meta.date, '2022-02-09');
  assert.deepEqual(meta.dockets, ['3:21-cv-107']);
  assert.equal(meta.citation, 'Campbell v. City of Waterbury, No. 3:21-cv-107 (D. Conn. Feb. 9, 2022)');
});

test('a header with only a caption: the cites, court and date come from the text below it', () => {
  const header = '---\ncaption: Russo v. City of Hartford\nshort: Russo\n---\n';
  const { meta, problems } = parseOpinion(header + readProjectFile(LEXIS), '/op/russo.txt');
  assert.deepEqual(problems, []);
  assert.equal(meta.citation, 'Russo v. City of Hartford, 158 F. Supp. 2d 214 (D. Conn. 2001)');
  assert.equal(meta.cites.length, 5);
  assert.equal(meta.date, '2001-08-02');
});

test('a header with dockets only still takes reporter cites from the text, header dockets first', () => {
  const header = '---\ndocket: 3:97-cv-2380\n---\n';
  const { meta } = parseOpinion(header + readProjectFile(LEXIS), '/op/russo.txt');
  assert.deepEqual(
    meta.cites.map((c) => c.text),
    ['158 F. Supp. 2d 214', '2001 U.S. Dist. LEXIS 14297', 'No. 3:97-cv-2380', 'No. 3:00-cv-2382 (JCH)', 'No. 3:00-cv-1794 (JCH)'],
  );
});

test('malformed header lines: each gives a problem naming its line, and the rest of the header still counts', () => {
  const text = `---
caption: Foo v. Bar
cite: 12 F.4th 34
court: 2d Cir.
date: 2021-02-30
pages: 54-37
pagination: westlaw
colour: blue
judge:
cite: nonsense here
caption: Again v. Twice
this line is junk
---
Body.
`;
  const { meta, bodyStart, problems } = parseOpinion(text, '/op/foo.md');
  assert.equal(text.slice(bodyStart), 'Body.\n');
  assert.deepEqual(problems, [
    'line 5: "2021-02-30" is not a date; write the decision date as YYYY-MM-DD (e.g. 1971-02-23).',
    'line 6: pages "54-37" end before they begin (the last page must not be lower than the first); ignored.',
    'line 7: pagination "westlaw" is not lexis, west or slip; using "slip", detected from the text.',
    'line 8: unknown key "colour"; ignored. The keys are caption, short, cite, docket, court, date, judge, pages, pagination.',
    'line 9: "judge:" has no value; ignored.',
    'line 10: "cite: nonsense here" is not a reporter, database or docket citation Pincite can read (e.g. 401 U.S. 37, 2019 WL 4933517, No. 3:21-cv-107); ignored.',
    'line 11: a second "caption:"; the first (line 2) is used.',
    'line 12: "this line is junk" is not a "key: value" line; ignored.',
  ]);
  // Still usable: the good keys are kept, the bad date's year still dates the citation.
  assert.equal(meta.caption, 'Foo v. Bar');
  assert.equal(meta.court, '2d Cir.');
  assert.equal(meta.date, '');
  assert.equal(meta.firstPage, 34, 'from the cite, since the pages were rejected');
  assert.equal(meta.lastPage, undefined);
  assert.equal(meta.judge, undefined);
  assert.equal(meta.citation, 'Foo v. Bar, 12 F.4th 34 (2d Cir. 2021)');
});

test('an unclosed header block: its key lines are the header, the first other line starts the body', () => {
  const text =
    '---\ncaption: Foo v. Bar\ncite: 12 F.4th 34\ncourt: 2d Cir.\ndate: 2021-06-01\nThe court holds that the plaintiff loses for the reasons that follow in this opinion.\n';
  const { meta, bodyStart, problems } = parseOpinion(text, '/op/foo.md');
  assert.deepEqual(problems, [
    'line 1: the header block is not closed: no "---" line follows its keys. Read lines 2–5 as the header and the rest as the opinion\'s text; add a "---" line after line 5.',
  ]);
  assert.ok(text.slice(bodyStart).startsWith('The court holds'));
  assert.equal(meta.citation, 'Foo v. Bar, 12 F.4th 34 (2d Cir. 2021)');

  const comment = '<!-- pincite\ncaption: Foo v. Bar\n\n# Opinion\n';
  const c = parseOpinion(comment, '/op/foo.md');
  assert.match(c.problems[0], /^line 1: the header block is not closed: no "-->" line follows its keys/);
  assert.equal(comment.slice(c.bodyStart), '# Opinion\n');
  assert.equal(c.meta.caption, 'Foo v. Bar');
});

test('a `---` rule far above a later `---` does not make the prose between them a header', () => {
  const text = '---\ncaption: Foo v. Bar\nOne line of prose.\nTwo.\nThree.\nFour.\n---\nMore.\n';
  const { bodyStart, problems } = parseOpinion(text, '/op/foo.md');
  assert.ok(text.slice(bodyStart).startsWith('One line of prose.'));
  assert.match(problems[0], /not closed/);
});

test('a file opening with a Markdown rule and no keys has no header', () => {
  const { bodyStart, problems } = parseOpinion('---\nJust a document that opens with a rule.\n', '/op/rule.md');
  assert.equal(bodyStart, 0);
  assert.match(problems[0], /^line 1: "---" opens a header block, but no "key: value" lines follow it/);
});

test('pages: abbreviated last page, a pages/cite mismatch, a pages line without a reporter cite, a pagination that contradicts the markers', () => {
  const base = '---\ncaption: A v. B\ncourt: 2d Cir.\ndate: 2001-01-01\n';
  let r = parseOpinion(`${base}cite: 250 F.3d 911\npages: 911-15\n---\n`, '/op/a.md');
  assert.deepEqual(r.problems, []);
  assert.equal(r.meta.lastPage, 915);
  r = parseOpinion(`${base}cite: 250 F.3d 911\npages: 912-15\n---\n`, '/op/a.md');
  assert.deepEqual(r.problems, ['line 6: pages start at 912, but the reporter cite 250 F.3d 911 starts at page 911.']);
  r = parseOpinion(`${base}cite: 2001 WL 12345\npages: 3-9\n---\n`, '/op/a.md');
  assert.deepEqual(r.problems, ['line 6: pages are given, but there is no reporter cite for them to belong to.']);
  r = parseOpinion(`${base}cite: 250 F.3d 911\npages: 911 to 915\n---\n`, '/op/a.md');
  assert.deepEqual(r.problems, ['line 6: pages "911 to 915" should be the first and last reporter pages, e.g. 37-54; ignored.']);
  r = parseOpinion(`${base}cite: 250 F.3d 911\npagination: slip\n---\nText [*912] more [*913] text.\n`, '/op/a.md');
  assert.deepEqual(r.problems, ['line 6: "pagination: slip", but the text has Lexis [*N] page markers.']);
  assert.equal(r.meta.texts[0].pagination, 'slip');
});

test('a bad date falls back to a date found in the text, and says so', () => {
  const text = '---\ndate: 2/9/22\n---\n' + readProjectFile(SLIP);
  const { meta, problems } = parseOpinion(text, '/op/c.md');
  assert.deepEqual(problems, ['line 2: "2/9/22" is not a date; write the decision date as YYYY-MM-DD (e.g. 1971-02-23). Using 2022-02-09 from the text.']);
  assert.equal(meta.date, '2022-02-09');
});

test('header cites with an unknown reporter are kept with a warning', () => {
  const { meta, problems } = parseOpinion('---\ncaption: A v. B\ncite: 12 Xyz. 34\ncourt: D. Conn.\ndate: 2001-01-01\n---\n', '/op/a.md');
  assert.deepEqual(problems, ['line 3: "Xyz." is not a reporter Pincite knows; the cite is kept, but citations in briefs may not match it.']);
  assert.deepEqual(meta.cites, [{ kind: 'reporter', volume: '12', reporter: 'Xyz.', page: 34, text: '12 Xyz. 34' }]);
});

test('inference: a one-line caption with roles, ALL-CAPS entities, a district with a direction, a Decided: line', () => {
  const text = `UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
JOHN Q. SMITH JR., Plaintiff, v. ACME WIDGET CO., INC., et al., Defendants.
Case No. 1:19-cv-01234 (ABC)
Decided: March 3, 2020
The plaintiff brings this action against the defendants for breach of a contract that was made in the spring of 2018.
`;
  const { meta, problems } = parseOpinion(text, '/op/smith.txt');
  assert.deepEqual(problems, []);
  assert.equal(meta.caption, 'Smith v. Acme Widget Co., Inc.');
  assert.equal(meta.shortName, 'Smith');
  assert.equal(meta.court, 'S.D.N.Y.');
  assert.equal(meta.citation, 'Smith v. Acme Widget Co., Inc., No. 1:19-cv-1234 (S.D.N.Y. Mar. 3, 2020)');
});

test('inference: a citation line at the top (Westlaw style), the date next to "Decided" among other dates', () => {
  const text = `Younger v. Harris, 401 U.S. 37 (1971)
91 S.Ct. 746, 27 L.Ed.2d 669

Supreme Court of the United States
Argued April 1, 1970 — Reargued November 16, 1970 — Decided February 23, 1971

MR. JUSTICE BLACK delivered the opinion of the Court. Appellee, John Harris, Jr., was indicted in a California state court, charged with violation of the law.
See Dombrowski v. Pfister, 380 U.S. 479 (1965).
`;
  const { meta, problems } = parseOpinion(text, '/op/younger.txt');
  assert.deepEqual(problems, []);
  assert.equal(meta.caption, 'Younger v. Harris');
  assert.equal(meta.court, 'U.S.');
  assert.equal(meta.date, '1971-02-23');
  assert.deepEqual(
    meta.cites.map((c) => c.text),
    ['401 U.S. 37', '91 S. Ct. 746', '27 L. Ed. 2d 669'],
    'a case cited in the opinion is not one of its cites',
  );
  assert.equal(meta.citation, 'Younger v. Harris, 401 U.S. 37 (1971)');
});

test('inference: courts of appeals, the District of Columbia, In re captions, government first parties, an ordered-on date', () => {
  let r = parseOpinion(
    'UNITED STATES COURT OF APPEALS\nFOR THE SECOND CIRCUIT\nUNITED STATES OF AMERICA,\nAppellee,\nv.\nJANE ROE,\nDefendant-Appellant.\n',
    '/op/roe.txt',
  );
  assert.equal(r.meta.court, '2d Cir.');
  assert.equal(r.meta.caption, 'United States of America v. Roe');
  assert.equal(r.meta.shortName, 'Roe');
  r = parseOpinion('UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA\nIn re: GRAND JURY SUBPOENA\nSO ORDERED this 3rd day of March, 2020.\n', '/op/gj.txt');
  assert.equal(r.meta.court, 'D.D.C.');
  assert.equal(r.meta.caption, 'In re Grand Jury Subpoena');
  assert.equal(r.meta.date, '2020-03-03');
});

test('never throws: empty, binary-looking and header-only texts still give a meta that names the file', () => {
  for (const text of ['', '---', '---\n---\n', '<!-- pincite\n-->', '\u0000\u0001\u0002', 'v.\n', 'x'.repeat(5000)]) {
    const r = parseOpinion(text, '/op/strange name.txt');
    assert.equal(r.meta.texts[0].file, '/op/strange name.txt');
    assert.match(r.meta.id, /^strange-name-[0-9a-f]{6}$/);
    assert.ok(r.problems.length > 0);
    assert.ok(r.bodyStart >= 0 && r.bodyStart <= text.length);
  }
});
