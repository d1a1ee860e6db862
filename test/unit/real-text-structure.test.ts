// Where a citation starts and ends in real filings: footnote blocks a PDF puts
// inside a sentence, the words around a case name that tell a citation from
// prose, pins and parallels between a page and its date, parentheticals and
// their order, signals and history. Each test is built from a class of text
// that drew false alarms (not copied from one document) and says what a
// cite-checker expects; most also keep the finding the class must not hide.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type AnalyzeOptions } from '../../server/src/core/analyze';
import { normalize } from '../../server/src/core/text/normalize';
import { checkAll, type CheckOptions } from '../../server/src/core/rules/index';
import type { CaseCitation } from '../../server/src/core/types';

function codes(text: string, options: CheckOptions = {}, analyze: AnalyzeOptions = {}): string[] {
  return checkAll(text, analyzeText(text, analyze), options).map((f) => f.code);
}

function findings(text: string, options: CheckOptions = {}, analyze: AnalyzeOptions = {}) {
  return checkAll(text, analyzeText(text, analyze), options).map((f) => ({ code: f.code, severity: f.severity, text: text.slice(f.span.start, f.span.end), fixes: f.fixes }));
}

function cases(text: string, analyze: AnalyzeOptions = {}): CaseCitation[] {
  return analyzeText(text, analyze).citations.filter((c): c is CaseCitation => c.kind === 'case' && c.parallelOf === undefined && c.historyOf === undefined);
}

/** Prose filler the width of a PDF line, so layout reads the text as full lines. */
const LINE = 'The district court considered the record as a whole before it ruled on the motion';

// ---- footnote blocks inside a sentence ----

/** A distinct full-width line of prose (page furniture is what repeats from page to page). */
function prose(k: number): string {
  const topics = ['standing', 'ripeness', 'mootness', 'abstention', 'immunity', 'preemption', 'venue', 'notice', 'waiver'];
  return `On ${topics[k % topics.length]}, the district court considered the record as a whole before it ruled on the motion.`;
}

/**
 * PDF text of a slip opinion: each page opens with a running head and the
 * opinion's part, and a footnote block (its number alone on a line) sits at the
 * foot of a page, where the page's last sentence may be cut in two.
 */
function pdfPages(pages: string[][]): string {
  return pages.map((body, k) => `${k ? '\f' : ''}Cite as: 505 U. S. 377 (1992) ${381 + k}\n\nOpinion of the Court\n\n${body.join('\n')}\n`).join('');
}

test('a footnote block that cuts a parenthetical in two: the parenthetical reads whole, the footnote keeps its citations', () => {
  const text = pdfPages([
    [prose(1), 'The charge was brought under the ordinance.1 The court held the ordinance reached only', 'fighting words. In re Welfare of R. A. V., 464 N. W. 2d 507, 510 (Minn. 1991) (citing Chaplin-', '1', 'The conduct might have violated other statutes. See Cooper v. Aaron, 358 U. S. 1, 4 (1958).'],
    ['sky v. New Hampshire, 315 U. S. 568, 572 (1942)), and there-', 'fore the ordinance reached only expression the first amendment does not protect.', prose(2)],
    [prose(3), prose(4)],
    [prose(5), prose(6)],
  ]);
  const cites = analyzeText(text).citations;
  const rav = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '464')!;
  assert.deepEqual(rav.parentheticals.map((p) => [p.kind, p.closed]), [['courtDate', true], ['citing', true]]);
  const chaplinsky = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '315')!;
  assert.equal(chaplinsky.caseName?.text, 'Chaplinsky v. New Hampshire');
  assert.equal(chaplinsky.year, 1942);
  assert.equal(chaplinsky.nestedIn, rav.index);
  // The footnote's citation is its own, not nested in the parenthetical it interrupted.
  const cooper = cites.find((c): c is CaseCitation => c.kind === 'case' && c.volume === '358')!;
  assert.equal(cooper.nested, false);
  assert.equal(text.slice(cooper.span.start, cooper.span.end), 'Cooper v. Aaron, 358 U. S. 1, 4 (1958)');
  const got = codes(text);
  assert.ok(!got.includes('CITE064') && !got.includes('CITE006'), got.join(' '));
  // A name the footnote block runs through is left to the reader: its span takes in the footnote.
  assert.equal(chaplinsky.caseName?.laidOut, true);
  assert.ok(!got.includes('CITE032'), got.join(' '));
});

test('a footnote block between a page and its date: the court-and-date parenthetical is found', () => {
  const text = pdfPages([
    [prose(1), 'There were two verdicts for plaintiffs.1 The jury found the Town liable on the claim', 'under Monell v. Department of Social Services, 436 U.S. 658', '1', 'The district court dismissed other claims. See Kennedy v. Town of Billerica, 502 F. Supp. 2d 150, 160 (D. Mass. 2007).'],
    ["(1978), only for the false arrest claim, on the ground that the Town's failure to", 'supervise amounted to deliberate indifference.', prose(2)],
    [prose(3), prose(4)],
    [prose(5), prose(6)],
  ]);
  const monell = cases(text).find((c) => c.volume === '436')!;
  assert.equal(monell.year, 1978);
  assert.ok(!codes(text).includes('CITE006'));
  // The citation's span still covers what it covers in the original text.
  assert.ok(text.slice(monell.span.start, monell.span.end).startsWith('Monell v. Department of Social Services, 436 U.S. 658'));
  assert.ok(text.slice(monell.span.start, monell.span.end).endsWith('(1978)'));
});

test('a numbered heading after a finished sentence is not a footnote, and nothing moves', () => {
  const text = pdfPages([
    [prose(1), 'The policy is judged in light of the surrounding circumstances. Cornelius v. NAACP,', '473 U. S. 788, 809 (1985).', '1', 'Our inquiry is shaped by the educational context in which it arises.'],
    [prose(2), prose(3)],
    [prose(4), prose(5)],
  ]);
  const n = normalize(text, { footnotes: true });
  assert.ok(n.text.indexOf('(1985).') < n.text.indexOf('Our inquiry'));
  assert.ok(n.text.indexOf('Our inquiry') < n.text.indexOf(prose(2)));
});

test('offsets of text read out of order still map to the original', () => {
  const text = pdfPages([
    [prose(1), 'The rule is settled.2 The ordinance was reviewed once before, in Smith v. Jones, 1 F.3d 1, 5 (1st', '2', 'A footnote cites Doe v. Roe, 2 F.3d 2, 6 (2d Cir. 1993).'],
    ['Cir. 1993), which held that it was valid.', prose(2)],
    [prose(3), prose(4)],
  ]);
  const n = normalize(text, { footnotes: true });
  for (const needle of ['Doe v. Roe', 'which held', 'Smith v. Jones']) {
    const at = n.text.indexOf(needle);
    assert.equal(text.slice(n.map.start(at), n.map.end(at + needle.length)), needle);
  }
  assert.ok(n.text.indexOf('which held') < n.text.indexOf('Doe v. Roe'));
  const smith = cases(text).find((c) => c.volume === '1')!;
  assert.equal(smith.court, '1st Cir.');
});
