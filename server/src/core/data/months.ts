// Month names as citations abbreviate them in dates (Indigo Book T17, Bluebook
// T12): five months are never shortened, `Sept.` keeps its t. Read-only.

const CANONICAL: Record<string, string> = {
  january: 'Jan.',
  jan: 'Jan.',
  february: 'Feb.',
  feb: 'Feb.',
  march: 'Mar.',
  mar: 'Mar.',
  april: 'Apr.',
  apr: 'Apr.',
  may: 'May',
  june: 'June',
  jun: 'June',
  july: 'July',
  jul: 'July',
  august: 'Aug.',
  aug: 'Aug.',
  september: 'Sept.',
  sept: 'Sept.',
  sep: 'Sept.',
  october: 'Oct.',
  oct: 'Oct.',
  november: 'Nov.',
  nov: 'Nov.',
  december: 'Dec.',
  dec: 'Dec.',
};

/** Every spelling of a month a date may use, capitalised, longest first (for regular expressions). */
export const MONTH_WORDS = Object.keys(CANONICAL)
  .sort((a, b) => b.length - a.length)
  .map((w) => w[0].toUpperCase() + w.slice(1))
  .join('|');

/** The citation form of a month written as `word` (without its period): `Sep` gives `Sept.`. */
export function monthAbbreviation(word: string): string | undefined {
  return CANONICAL[word.toLowerCase()];
}

/**
 * An exact date inside a parenthetical: month word, optional period, spacing,
 * day, optional comma, year. Groups: 1 month word, 2 period, 3 space, 4 day,
 * 5 comma and space, 6 year.
 */
export const DATE_IN_PARENTHETICAL = new RegExp(
  `(?<![A-Za-z])(${MONTH_WORDS})(\\.?)(\\s*)(\\d{1,2})(?!\\d)(,?\\s*)((?:1[6-9]|20)\\d\\d)(?!\\d)`,
);
