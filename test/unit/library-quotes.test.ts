// The quotation index against the three bundled texts of two opinions. Every
// expected span is computed here from the original file (where the passage's
// first and last words are), never copied from the matcher's output.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuoteIndex, quoteWords } from '../../server/src/core/library/quotes';
import type { QuoteIndex } from '../../server/src/core/library/quotes';
import { readProjectFile } from './helpers';

interface Text {
  name: string;
  text: string;
  index: QuoteIndex;
}

function load(name: string, file: string): Text {
  const text = readProjectFile(file);
  return { name, text, index: buildQuoteIndex(text) };
}

const LEXIS = load('Lexis', 'opinions/russo-v-city-of-hartford.lexis.txt');
const WEST = load('West', 'opinions/russo-v-city-of-hartford.west.txt');
const SLIP = load('slip', 'opinions/campbell-v-city-of-waterbury.slip.md');

/**
 * The span from `first` (text beginning with the passage's first word, which
 * must occur once in the file) to the end of the first `last` after it (text
 * ending with the passage's last word).
 */
function span(t: Text, first: string, last: string): { start: number; end: number } {
  const start = t.text.indexOf(first);
  assert.ok(start >= 0, `${t.name}: not in the text: ${first}`);
  assert.equal(t.text.indexOf(first, start + 1), -1, `${t.name}: occurs more than once: ${first}`);
  const at = t.text.indexOf(last, start);
  assert.ok(at >= 0, `${t.name}: not after the start: ${last}`);
  return { start, end: at + last.length };
}

/** Asserts the quote is found exactly once, from `first` to `last`; returns the matched original text. */
function found(t: Text, quote: string, first: string, last: string): string {
  const want = span(t, first, last);
  assert.deepEqual(t.index.find(quote), [want], `${t.name}: ${quote}`);
  return t.text.slice(want.start, want.end);
}

function notFound(t: Text, quote: string): void {
  assert.deepEqual(t.index.find(quote), [], `${t.name} should not match: ${quote}`);
}

// ---------------------------------------------------------------------------
// Lexis: [*222] star pages, ` n1 ` footnote calls, straight quotes.

test('Lexis: an exact quote', () => {
  found(LEXIS, 'A facial attack merely questions the sufficiency of the pleading.', 'A facial attack merely', 'pleading');
});

test('Lexis: a quote crossing a [*229] star-page marker', () => {
  const got = found(
    LEXIS,
    'Even in the presence of the necessary predicates for Younger abstention, abstention is not appropriate if the state proceedings are being undertaken in bad faith',
    'Even in the presence of the necessary predicates',
    'bad faith',
  );
  assert.ok(got.includes('[*229]'));
  const facial = found(
    LEXIS,
    'A Rule 12(b)(1) motion to dismiss based on lack of subject matter jurisdiction can be either a facial attack or a factual attack.',
    'A Rule 12(b)(1) motion to dismiss based',
    'factual attack',
  );
  assert.ok(facial.includes('[*222]'));
});

test('Lexis: a quote crossing n1 and n5 footnote calls', () => {
  const got = found(
    LEXIS,
    'which have been consolidated for purposes of discovery. Pending before the court are motions to dismiss',
    'which have been consolidated for purposes of discovery',
    'motions to dismiss',
  );
  assert.ok(got.includes(' n1 '));
  // n5 and a [*230] marker in one passage.
  const n5 = found(
    LEXIS,
    'the litigant seeks money damages for an alleged violation of § 1983). The court thus finds that Younger abstention is not appropriate',
    'the litigant seeks money damages for an',
    'is not appropriate',
  );
  assert.ok(n5.includes(' n5 ') && n5.includes('[*230]'));
});

test('Lexis: ellipses in the middle, at the start and at the end', () => {
  for (const dots of [' . . . ', '...', ' … ', '. . . .']) {
    found(
      LEXIS,
      `A Rule 12(b)(1) motion to dismiss${dots}can be either a facial attack or a factual attack.`,
      'A Rule 12(b)(1) motion to dismiss based',
      'factual attack',
    );
  }
  found(LEXIS, '. . . the court takes the allegations in the complaint as true . . . .', 'the court takes the allegations in the complaint as true', 'as true');
});

test('Lexis: bracketed alterations', () => {
  found(LEXIS, '[a]bstention under Younger is appropriate only where', 'Abstention under Younger is appropriate only where', 'only where');
  // A bracketed group stands for the words it replaces.
  found(
    LEXIS,
    'When a defendant raises a facial attack to subject matter jurisdiction, [the district court] takes the allegations in the complaint as true',
    'When a defendant raises a facial attack',
    'as true',
  );
  // [sic] and a trailing note are not words of the quotation.
  found(
    LEXIS,
    '"[t]he court takes the allegations in the complaint as true [sic] and draws all inferences in favor of the non-movant." (emphasis added)',
    'the court takes the allegations in the complaint as true',
    'non-movant',
  );
});

test('Lexis: curly quotes and apostrophes in the quote, straight in the text', () => {
  found(
    LEXIS,
    'the court may not apply a \u201cheightened pleading standard,\u201d that is, a standard more stringent than the usual pleading requirements',
    'the court may not apply a "heightened',
    'usual pleading requirements',
  );
  found(LEXIS, 'Russo\u2019s involvement in the arrest and his affiliation with the federal authorities', "Russo's involvement in the arrest", 'federal authorities');
  // And straight against straight.
  found(LEXIS, "Russo's involvement in the arrest", "Russo's involvement in the arrest", 'arrest');
});

test('Lexis: a quote wrapped across lines with a word hyphenated at a line end', () => {
  found(
    LEXIS,
    'When a court reviews a complaint under a factual attack for lack of sub-\n    ject matter jurisdiction, it must determine whether the factual\n    predicate for subject matter exists or not.',
    'When a court reviews a complaint',
    'exists or not',
  );
});

test('Lexis: digits are compared when the quote has them', () => {
  found(LEXIS, 'A motion to dismiss filed pursuant to Rule 12(b)(6) can only be granted if', 'A motion to dismiss filed pursuant', 'can only be granted if');
  notFound(LEXIS, 'A motion to dismiss filed pursuant to Rule 12(b)(1) can only be granted if');
});

test('Lexis: invented, altered, reordered and glued quotes are not found', () => {
  notFound(LEXIS, 'The court holds that abstention is mandatory whenever a state proceeding is pending.');
  notFound(LEXIS, 'A facial attack merely questions the sufficiency of the complaint.');
  notFound(LEXIS, 'can be either a facial attack or a factual attack . . . A Rule 12(b)(1) motion to dismiss');
  // The end of a sentence on page 220 and the start of one on page 231.
  notFound(LEXIS, 'Lieutenant Kenary contacted the Drug Enforcement Administration memorandum in opposition that he withdraws all claims');
});

// ---------------------------------------------------------------------------
// West: glued *221 star pages, glued footnote digits, curly quotes.

test('West: an exact quote', () => {
  found(WEST, 'A facial attack merely questions the sufficiency of the pleading.', 'A facial attack merely', 'pleading');
});

test('West: a quote crossing a star page glued inside a word (mis*221conduct)', () => {
  const got = found(
    WEST,
    'The reporter contacted Russo about the drug test and other allegations of misconduct and indicated she intended to print a story about Russo.',
    'The reporter contacted Russo',
    'story about Russo',
  );
  assert.ok(got.includes('mis*221conduct'));
  const glued = found(WEST, 'abstention is not appropriate if the state proceedings are being undertaken in bad faith', 'abstention is not *229appropriate', 'bad faith');
  assert.ok(glued.includes('*229'));
});

test('West: a quote crossing footnote digits glued after punctuation', () => {
  const got = found(
    WEST,
    'which have been consolidated for purposes of discovery. Pending before the court are motions to dismiss',
    'which have been consolidated for purposes of discovery',
    'motions to dismiss',
  );
  assert.ok(got.includes('discovery.1 Pending'));
  const five = found(
    WEST,
    'the litigant seeks money damages for an alleged violation of § 1983). The court thus finds that Younger abstention is not appropriate',
    'the litigant seeks money damages for an',
    'is not appropriate',
  );
  assert.ok(five.includes('1983).5 The'));
  // The quote may carry the call itself, copied from either printing.
  found(WEST, 'for purposes of discovery.1 Pending before the court', 'for purposes of discovery.1', 'before the court');
  found(WEST, 'for purposes of discovery. n1 Pending before the court', 'for purposes of discovery.1', 'before the court');
});

test('West: an ellipsis in the middle', () => {
  found(
    WEST,
    'A facial attack merely questions the sufficiency of the pleading. . . . Therefore, there is no presumptive truthfulness to the facts alleged in the complaint',
    'A facial attack merely',
    'facts alleged in the complaint',
  );
});

test('West: bracketed alterations', () => {
  found(WEST, '[A]bstention and dismissal are inappropriate when damages are sought', 'abstention and dismissal are inappropriate', 'damages are sought');
  found(
    WEST,
    '[The Court of Appeals] has held that "[w]hen money damages, as opposed to equitable relief, are sought, it is less likely that unacceptable interference',
    'has held that \u201c[w]hen money damages',
    'unacceptable interference',
  );
  // The opinion's own alteration, quoted as it stands.
  found(
    WEST,
    'inflicts the injury that the [municipality] as an entity is responsible under § 1983.',
    'inflicts the injury that the [municipality]',
    'responsible under § 1983',
  );
  found(WEST, 'defendant[s] argue that the breach of contract claim', 'defendants argue that the breach of contract claim', 'contract claim');
  found(WEST, 'the state defendants are still entitled to qualified immun[e]', 'the state defendants are still entitled to qualified immunity', 'immunity');
});

test('West: straight quotes in the quote, curly in the text, and the reverse', () => {
  found(
    WEST,
    'It is only when the execution of a municipality\'s "policy or custom, whether made by its lawmakers',
    'It is only when the execution of a municipality\u2019s',
    'by its lawmakers',
  );
  found(
    WEST,
    'It is only when the execution of a municipality\u2019s \u201cpolicy or custom, whether made by its lawmakers',
    'It is only when the execution of a municipality\u2019s',
    'by its lawmakers',
  );
  // Inner single quotes are punctuation.
  found(
    WEST,
    "Younger abstention arose primarily from \"the notion of 'comity,' that is, a proper respect for state functions",
    'Younger abstention arose primarily',
    'state functions',
  );
});

test('West: a quote wrapped across lines, reading past a hyphen the PDF left mid-line', () => {
  const got = found(
    WEST,
    'A municipality cannot be held liable in a § 1983 action\n    under a theory of respondeat superior merely because it\n    employs a tortfeasor.',
    'A municipality cannot be held liable in a § 1983 action under',
    'tortfeasor',
  );
  assert.ok(got.includes('re-spondeat'));
});

test('West: a statute cite in the quote is compared', () => {
  found(WEST, 'brought pursuant to 42 U.S.C. § 1983 by the plaintiff', 'brought pursuant to 42 U.S.C. § 1983 by the plaintiff', 'plaintiff');
  notFound(WEST, 'brought pursuant to 42 U.S.C. § 1985 by the plaintiff');
});

test('West: invented, altered, reordered and glued quotes are not found', () => {
  notFound(WEST, 'The court holds that abstention is mandatory whenever a state proceeding is pending.');
  notFound(WEST, 'A facial attack merely questions the sufficiency of the complaint.');
  notFound(
    WEST,
    'Therefore, there is no presumptive truthfulness to the facts alleged in the complaint . . . A facial attack merely questions the sufficiency of the pleading.',
  );
  notFound(WEST, 'Lieutenant Kenary contacted the Drug Enforcement Administration memorandum in opposition that he withdraws all claims');
});

// ---------------------------------------------------------------------------
// Slip opinion (Markdown): superscript footnote calls, *italics*, straight quotes.

test('slip: an exact quote', () => {
  found(
    SLIP,
    'This type of act to settle or resolve ongoing litigation falls well within the scope of the acts that are accorded absolute immunity.',
    'This type of act to settle',
    'accorded absolute immunity',
  );
});

test('slip: a quote across *italics*, with or without the emphasis in the quote', () => {
  for (const q of [
    'the Supreme Court in Knick did not address the intersection of the Takings Clause and Eleventh Amendment immunity',
    'the Supreme Court in *Knick* did not address the intersection of the Takings Clause and Eleventh Amendment immunity',
  ]) {
    found(SLIP, q, 'the Supreme Court in *Knick*', 'Eleventh Amendment immunity');
  }
  found(
    SLIP,
    'the Takings Clause "can overcome court-imposed\u2014rather than constitutional \u2014 restrictions on takings claims."',
    'the Takings Clause "can overcome *court-imposed*',
    'restrictions on takings claims',
  );
});

test('slip: a quote crossing superscript footnote calls', () => {
  const got = found(
    SLIP,
    'the State of Connecticut filed a civil forfeiture action against the car in Connecticut Superior Court. Bowens disclaimed any interest in the vehicle',
    'the State of Connecticut filed a civil forfeiture action against the car in Connecticut',
    'in the vehicle',
  );
  assert.ok(got.includes('Court.\u2074 Bowens'));
  const spaced = found(
    SLIP,
    'the two later amendments to the judgment. She maintains that she was never presented with',
    'the two later amendments to the judgment',
    'never presented with',
  );
  assert.ok(spaced.includes('\u00b9\u00b3'));
});

test('slip: an ellipsis in the middle', () => {
  found(
    SLIP,
    'The principle of absolute prosecutorial immunity exists to protect prosecutors from personal-capacity lawsuits . . . . It is premised on the countervailing importance of discouraging vexatious litigation',
    'The principle of absolute prosecutorial immunity',
    'discouraging vexatious litigation',
  );
});

test('slip: bracketed alterations', () => {
  found(SLIP, '[c]ourt clerks have been granted absolute immunity from liability for actions', 'court clerks have been granted', 'for actions');
  // The match starts with the first word the opinion and the quote share.
  found(SLIP, '[A prosecutor] may not be held personally liable for her official acts', 'may not be held personally liable', 'official acts');
  found(SLIP, '[S]erafini may not be held personally liable', 'Serafini may not be held personally liable', 'personally liable');
});

test('slip: curly quotes in the quote, straight in the text, and straight against straight', () => {
  found(
    SLIP,
    '\u201cit has long been settled that if the government acts pursuant to a forfeiture statute, it may seize personal property without compensating the owner.\u201d',
    'it has long been settled',
    'compensating the owner',
  );
  found(SLIP, 'Campbell\u2019s claims against Serafini and Leigh are based entirely on', "Campbell's claims against Serafini and Leigh are based", 'based entirely on');
  found(SLIP, "Campbell's claims against Serafini and Leigh are based entirely on", "Campbell's claims against Serafini and Leigh are based", 'based entirely on');
});

test('slip: a quote wrapped across lines and across the blank line of a page break', () => {
  found(
    SLIP,
    'The Knick decision involved a Takings Clause claim against a\n    local government\u2014not against a State, a state entity, or a state\n    official',
    'The *Knick* decision involved',
    'a state official',
  );
  found(
    SLIP,
    'The principle of absolute prosecutorial immunity exists to protect prosecutors from personal-\n    capacity lawsuits even if the prosecutor has made a mistake',
    'The principle of absolute prosecutorial immunity',
    'made a mistake',
  );
});

test('slip: invented, altered, reordered and glued quotes are not found', () => {
  notFound(SLIP, 'The court holds that abstention is mandatory whenever a forfeiture proceeding is pending.');
  notFound(SLIP, 'This type of act to settle or resolve ongoing litigation falls well outside the scope of the acts that are accorded absolute immunity.');
  notFound(SLIP, 'It is premised on the countervailing importance of discouraging vexatious litigation . . . The principle of absolute prosecutorial immunity exists');
  // The last sentence before one page break and the first after another.
  notFound(SLIP, 'Even if she did, Leigh has absolute immunity from this claim. Campbell seeks an award of money damages');
});

// ---------------------------------------------------------------------------
// All texts

test('a phrase that occurs twice is found twice, in text order', () => {
  const cases: Array<[Text, string]> = [
    [LEXIS, 'Captain Flaherty stated that Chief Croughwell'],
    [WEST, 'Captain Flaherty stated that Chief Croughwell'],
    [SLIP, 'filed a civil forfeiture action against'],
  ];
  for (const [t, phrase] of cases) {
    const first = t.text.indexOf(phrase);
    const second = t.text.indexOf(phrase, first + 1);
    assert.ok(first >= 0 && second > first && t.text.indexOf(phrase, second + 1) === -1, `${t.name}: ${phrase} should occur exactly twice`);
    assert.deepEqual(t.index.find(phrase), [
      { start: first, end: first + phrase.length },
      { start: second, end: second + phrase.length },
    ]);
  }
});

test('quoteWords reads a quote the way the matcher does', () => {
  assert.deepEqual(quoteWords('The court\u2019s \u201cholding\u201d'), ['the', 'courts', 'holding']);
  assert.deepEqual(quoteWords('[a]bstention by defendant[s] [the court] judg[]ment'), ['*bstention', 'by', 'defendant*', 'judg*ment']);
  assert.deepEqual(quoteWords('discovery.1 Pending n1 before Court.\u2074 it [sic]'), ['discovery', 'pending', 'before', 'court', 'it']);
  assert.deepEqual(quoteWords('42 U.S.C. § 1983 and Rule 12(b)(6)'), ['42', 'u', 's', 'c', '1983', 'and', 'rule', '12', 'b', '6']);
  assert.deepEqual(quoteWords('as true. (internal quotation marks omitted) (emphasis added).'), ['as', 'true']);
  assert.deepEqual(quoteWords('\u2026 . . . [...] []'), []);
});

test('no input throws or hangs', () => {
  const junk = (() => {
    const alphabet = 'ab [].\u2026*_\n-\'\u2019\u00b9n()\u00a7\u201c"1';
    let seed = 7;
    let s = '';
    for (let i = 0; i < 1_000_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[seed % alphabet.length];
    }
    return s;
  })();
  const quotes = [
    '',
    '   ',
    '...',
    '. . . .',
    '\u2026',
    '[the court]',
    '[]',
    '[',
    ']]]',
    '[[[[]]]]',
    '[sic]',
    '(emphasis added)',
    '\u0000\ufffd',
    junk.slice(0, 5000),
    'a ... '.repeat(2000),
  ];
  const t0 = Date.now();
  for (const q of quotes) {
    for (const t of [LEXIS, WEST, SLIP]) assert.ok(Array.isArray(t.index.find(q)));
    assert.ok(Array.isArray(quoteWords(q)));
  }
  for (const q of ['', '[]', '...', '[the court]']) assert.deepEqual(LEXIS.index.find(q), []);
  const big = buildQuoteIndex(junk);
  for (const q of [...quotes, junk]) assert.ok(Array.isArray(big.find(q)));
  const as = buildQuoteIndex('a '.repeat(500_000));
  assert.ok(Array.isArray(as.find('a ... '.repeat(1000))));
  assert.ok(Array.isArray(as.find('a [x y] '.repeat(1000))));
  assert.ok(Array.isArray(buildQuoteIndex('').find('a')));
  assert.ok(Array.isArray(buildQuoteIndex('['.repeat(200_000) + ']'.repeat(200_000)).find('[a]')));
  assert.ok(Date.now() - t0 < 30_000, 'the junk inputs took too long');
});
