// Secondary sources (core/cite/secondary.ts, core/resolve/secondary.ts):
// treatises and books, Restatements, law-review articles and congressional
// hearings are read with their parts, resolve their short forms, Id. and
// supra, and carry one authority with a full-form label; legislative
// materials keep resolving; prose with names, titles and section signs stays
// quiet. Expected values were worked out by hand from the Bluebook forms.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/analyze';
import type { Citation, SecondaryCitation } from '../../server/src/core/types';
import { codes } from './realText';
import { fileJson } from '../../server/src/cli/citesJson';

function scan(text: string) {
  return analyzeText(text);
}
function secondary(text: string): SecondaryCitation[] {
  return scan(text).citations.filter((c): c is SecondaryCitation => c.kind === 'secondary');
}
function labelOf(text: string, c: Citation): string | undefined {
  return scan(text).authorities.find((a) => a.id === c.authority)?.label;
}

const WRIGHT = '5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1350 (3d ed. 2004)';

test('a treatise cite is read with its volume, authors, title, section, edition and year', () => {
  const [c] = secondary(`See ${WRIGHT}.`);
  assert.equal(c.text, WRIGHT);
  assert.equal(c.form, 'treatise');
  assert.equal(c.volume, '5B');
  assert.equal(c.author, 'Charles Alan Wright & Arthur R. Miller');
  assert.equal(c.title, 'Federal Practice and Procedure');
  assert.equal(c.work, 'Federal Practice and Procedure');
  assert.equal(c.section, '1350');
  assert.equal(c.edition, '3d ed.');
  assert.equal(c.year, 2004);
  assert.equal(c.signal?.text, 'See');
});

test('Id., supra and the short name after a treatise all resolve to it, under one full-form authority', () => {
  const text = `Smith v. Jones, 500 U.S. 100, 105 (1991). See ${WRIGHT}. Id. § 1351. Courts agree. 5B Wright & Miller, supra, § 1357. See also Wright & Miller § 1350.`;
  const r = scan(text);
  const [, treatise, id, supra, short] = r.citations;
  assert.equal(id.kind, 'id');
  assert.equal(id.antecedent, treatise.index);
  assert.equal(supra.kind, 'supra');
  assert.equal(supra.antecedent, treatise.index);
  assert.deepEqual(
    (supra as { pins: { text: string }[] }).pins.map((p) => p.text),
    ['§ 1357'],
  );
  assert.equal(short.kind, 'secondary');
  assert.equal((short as SecondaryCitation).short, true);
  assert.equal(short.antecedent, treatise.index);
  const authority = r.authorities.find((a) => a.id === treatise.authority)!;
  assert.equal(authority.kind, 'secondary');
  assert.equal(authority.label, WRIGHT);
  assert.deepEqual(authority.citations, [1, 2, 3, 4]);
});

test('a treatise short name with nothing before it is left unresolved, not tied to a case named Miller', () => {
  const text = 'Miller v. Jones, 500 U.S. 100 (1991). See Wright & Miller § 1350.';
  const c = scan(text).citations[1];
  assert.equal(c.kind, 'secondary');
  assert.equal(c.resolution, 'unresolved');
  assert.equal(c.authority, undefined);
});

test("Moore's, Nimmer and a book by section are read; the book's edition parenthetical is required", () => {
  const cites = secondary(
    "See 13 Moore's Federal Practice § 60.22 (3d ed. 2020); 1 Nimmer on Copyright § 2.01. Erwin Chemerinsky, Federal Jurisdiction § 7.5 (8th ed. 2021).",
  );
  assert.deepEqual(
    cites.map((c) => [c.form, c.volume, c.title, c.section, c.author]),
    [
      ['treatise', '13', "Moore's Federal Practice", '60.22', undefined],
      ['treatise', '1', 'Nimmer on Copyright', '2.01', undefined],
      ['book', undefined, 'Federal Jurisdiction', '7.5', 'Erwin Chemerinsky'],
    ],
  );
  // Without the edition and year, an author and a title before a section sign may be prose.
  assert.equal(secondary('Erwin Chemerinsky, Federal Jurisdiction § 7.5.').length, 0);
});

test('Restatements are read with their series, subject, section and comment; one authority per section', () => {
  const text = 'Restatement (Second) of Torts § 402A (Am. L. Inst. 1965). Restatement (Third) of Agency § 7.03 cmt. d. Restatement of Contracts § 90. Id. § 91.';
  const r = scan(text);
  const cites = r.citations.filter((c): c is SecondaryCitation => c.kind === 'secondary');
  assert.deepEqual(
    cites.map((c) => [c.form, c.title, c.section, c.comment, c.year]),
    [
      ['restatement', 'Restatement (Second) of Torts', '402A', undefined, 1965],
      ['restatement', 'Restatement (Third) of Agency', '7.03', 'cmt. d', undefined],
      ['restatement', 'Restatement of Contracts', '90', undefined, undefined],
    ],
  );
  assert.equal(labelOf(text, cites[0]), 'Restatement (Second) of Torts § 402A (Am. L. Inst. 1965)');
  const id = r.citations[3];
  assert.equal(id.kind, 'id');
  assert.equal(id.antecedent, cites[2].index);
  // Prose about a Restatement is no citation.
  assert.equal(secondary('The Restatement suggests five factors, and the Restatement (Second) of Torts agrees.').length, 0);
});

test('a law-review article is read with author, title, volume, journal, first page, pin and year; a supra by surname resolves to it', () => {
  const text =
    'See Richard H. Fallon, Jr., *Of Justiciability, Remedies, and Public Law Litigation*, 114 Colum. L. Rev. 1, 12 (2014). Smith v. Jones, 500 U.S. 100 (1991). Fallon, supra, at 15.';
  const r = scan(text);
  const [a] = r.citations.filter((c): c is SecondaryCitation => c.kind === 'secondary');
  assert.equal(a.form, 'article');
  assert.equal(a.author, 'Richard H. Fallon, Jr.');
  assert.equal(a.title, 'Of Justiciability, Remedies, and Public Law Litigation');
  assert.deepEqual([a.volume, a.journal, a.page, a.year], ['114', 'Colum. L. Rev.', '1', 2014]);
  assert.deepEqual(
    a.pins.map((p) => p.text),
    ['12'],
  );
  const supra = r.citations.find((c) => c.kind === 'supra')!;
  assert.equal(supra.antecedent, a.index);
  assert.equal(supra.authority, a.authority);
  assert.equal(labelOf(text, a), 'Richard H. Fallon, Jr., Of Justiciability, Remedies, and Public Law Litigation, 114 Colum. L. Rev. 1 (2014)');
});

test('a student note and a surname-only author (as the U.S. Reports print it) are read', () => {
  const [note] = secondary('See Note, The Case for Clarity, 100 Harv. L. Rev. 1 (1987).');
  assert.deepEqual([note.author, note.title, note.volume, note.journal, note.page, note.year], ['Note', 'The Case for Clarity', '100', 'Harv. L. Rev.', '1', 1987]);
  const [old] = secondary('a category of its own, see Sunstein, Pornography and the First Amendment, 1986 Duke L. J. 589, 615.');
  assert.deepEqual([old.author, old.title], ['Sunstein', 'Pornography and the First Amendment']);
  assert.equal(old.signal?.text, 'see');
});

test('an Id. pin before an article starts cannot be in it', () => {
  const text = 'See Caleb Nelson, Intervention, 106 Va. L. Rev. 271 (2020). Id. at 12.';
  const id = scan(text).citations[1];
  assert.equal(id.resolution, 'unresolved');
  assert.match(id.resolutionReason ?? '', /before page 271/);
});

test('a congressional hearing is read with its title, Congress, page and year; Id. resolves to it', () => {
  const text = 'Hearing on S. 123 Before the S. Comm. on the Judiciary, 98th Cong. 45 (1983). Id. at 47.';
  const r = scan(text);
  const h = r.citations[0] as SecondaryCitation;
  assert.equal(h.kind, 'secondary');
  assert.deepEqual([h.form, h.title, h.congress, h.page, h.year], ['hearing', 'Hearing on S. 123 Before the S. Comm. on the Judiciary', 98, '45', 1983]);
  assert.equal(r.citations[1].antecedent, 0);
  assert.equal(labelOf(text, h), text.slice(0, text.indexOf('.', text.indexOf('(1983)'))));
});

test('a hearing with a title before it and a session keeps both, and the witness parenthetical', () => {
  const text =
    'See Nuclear Waste Management: Hearings Before the Subcomm. on Nuclear Regulation of the Senate Comm. on Environment and Public Works, 95th Cong., 2d Sess. 546 (1978) (statement of Sen. Hart).';
  const [h] = secondary(text);
  assert.equal(h.title, 'Nuclear Waste Management: Hearings Before the Subcomm. on Nuclear Regulation of the Senate Comm. on Environment and Public Works');
  assert.equal(h.signal?.text, 'See');
  assert.deepEqual([h.congress, h.page, h.year], [95, '546', 1978]);
  assert.ok(h.text.endsWith('(statement of Sen. Hart)'));
});

test('legislative materials keep their parts and resolve Id. and Id. at to themselves', () => {
  const text =
    'H.R. Rep. No. 95-595, at 5 (1977). Id. at 7. 123 Cong. Rec. 456 (1977). Id. at 457. Pub. L. No. 111-148, 124 Stat. 119 (2010). 85 Fed. Reg. 12,345, 12,350 (Mar. 2, 2020). Id. at 12,351. 29 C.F.R. § 1614.105(a). Id. § 1614.106.';
  const r = scan(text);
  const by = (t: string) => r.citations.find((c) => c.text.startsWith(t))!;
  assert.equal(by('Id. at 7').antecedent, by('H.R. Rep.').index);
  assert.equal(by('Id. at 457').antecedent, by('123 Cong.').index);
  assert.equal(by('124 Stat.').authority, by('Pub. L.').authority);
  assert.equal(by('Id. at 12,351').antecedent, by('85 Fed.').index);
  assert.equal(by('Id. § 1614.106').antecedent, by('29 C.F.R.').index);
  for (const c of r.citations) assert.ok(c.authority, `${c.text} has an authority`);
});

test('prose with names, titles and section signs is not a treatise or book', () => {
  const prose = [
    'Judge Charles Alan Wright, writing in Federal Practice and Procedure, said so.',
    'The Court of Appeals, Federal Practice Division § 5 applies.',
    'Mr. Wright and Mr. Miller met on Tuesday. Under § 1983 the claim fails.',
    'John Smith, Chief Counsel § 4 of the agreement governs.',
    'Mary Jones, Vice President § 3 (2020) signed the lease.',
    'Nimmer said that copying is copying.',
    'The hearing on the motion was held before the magistrate judge.',
    'The Restatement, which the court adopted, is persuasive.',
  ];
  for (const t of prose) assert.deepEqual(secondary(t), [], t);
});

test('no rule fires on correct secondary citations', () => {
  const text = `See ${WRIGHT}. Id. § 1351. See Restatement (Second) of Torts § 402A (Am. L. Inst. 1965). See Richard H. Fallon, Jr., Of Justiciability, Remedies, and Public Law Litigation, 114 Colum. L. Rev. 1, 12 (2014). Hearing on S. 123 Before the S. Comm. on the Judiciary, 98th Cong. 45 (1983). Fallon, supra, at 15. 5B Wright & Miller, supra, § 1357.`;
  assert.deepEqual(codes(text), []);
});

test('the secondary readers stay fast on adversarial text', () => {
  const words = 'Aaa Bbb, Ccc Ddd & Eee Fff, '.repeat(2000) + '§ 1 ';
  const hearing = 'Hearing on '.repeat(3000);
  const t0 = Date.now();
  scan(words.repeat(3));
  scan(hearing);
  scan('Restatement (Second) of '.repeat(3000));
  assert.ok(Date.now() - t0 < 4000, `took ${Date.now() - t0} ms`);
});

test('a book or treatise cited by page is found at its edition parenthetical, the page kept as a pin', () => {
  const text =
    'See W. Keeton, D. Dobbs, R. Keeton, & D. Owen, Prosser and Keeton on Law of Torts 165 (5th ed. 1984). Id. at 170. Richard A. Posner, Economic Analysis of Law 25, 27-28 (9th ed. 2014).';
  const r = scan(text);
  const [prosser, id, posner] = r.citations;
  assert.equal(prosser.kind, 'secondary');
  const p = prosser as SecondaryCitation;
  assert.deepEqual([p.form, p.work, p.edition, p.year], ['treatise', 'Prosser and Keeton on the Law of Torts', '5th ed.', 1984]);
  assert.deepEqual(
    p.pins.map((x) => x.text),
    ['165'],
  );
  assert.equal(id.antecedent, 0);
  const b = posner as SecondaryCitation;
  assert.deepEqual([b.form, b.author, b.title], ['book', 'Richard A. Posner', 'Economic Analysis of Law']);
  assert.deepEqual(
    b.pins.map((x) => x.text),
    ['25', '27-28'],
  );
  // An edition parenthetical after a case is the case's (a wrong court), never a book.
  assert.equal(secondary('Smith v. Jones, 500 U.S. 1 (2d ed. 1990).').length, 0);
});

test("an older opinion's Restatement with its volume, spelled-out comment and page pin, and its supra", () => {
  const text = 'See 3 Restatement (Second) of Torts § 652H, p. 401 (1976). Compare 3 Restatement (Second) of Torts, supra, at 402, Comment b.';
  const [full, supra] = secondary(text);
  assert.deepEqual([full.volume, full.section, full.year], ['3', '652H', 1976]);
  assert.deepEqual(
    full.pins.map((p) => p.text),
    ['p. 401'],
  );
  assert.equal(supra.short, true);
  assert.equal(supra.comment, 'Comment b');
  assert.equal(supra.antecedent, full.index);
  assert.equal(supra.authority, full.authority);
});

test('the CLI JSON gives a secondary citation its parts', () => {
  const json = fileJson('brief.md', scan(`See ${WRIGHT}.`));
  const c = json.citations[0] as Record<string, unknown>;
  assert.deepEqual(
    [c.kind, c.form, c.volume, c.author, c.title, c.section, c.edition, c.year],
    ['secondary', 'treatise', '5B', 'Charles Alan Wright & Arthur R. Miller', 'Federal Practice and Procedure', '1350', '3d ed.', 2004],
  );
  assert.deepEqual(json.authorities[0], { id: 'secondary:5B federal practice and procedure', kind: 'secondary', label: WRIGHT, citations: [0] });
});
