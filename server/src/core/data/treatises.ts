// Treatises briefs cite by a short name as often as by their title: the
// federal-practice treatises and the standard multi-volume works. Each work
// has its canonical title (what the table of authorities and the hover card
// call it) and the other names it goes by. A name only counts as a citation
// when a section sign or `supra` follows it (see cite/secondary.ts), so a
// surname in prose is never read as a treatise.

export interface Treatise {
  /** Canonical title. */
  work: string;
  /** Titles as written in full citations (the canonical one included). */
  titles: string[];
  /** Short names (`Wright & Miller`, `Moore's`), with and without the authors' ampersand. */
  short: string[];
}

export const TREATISES: Treatise[] = [
  {
    work: 'Federal Practice and Procedure',
    titles: ['Federal Practice and Procedure', 'Federal Practice & Procedure', 'Fed. Prac. & Proc.'],
    short: ['Wright & Miller', 'Wright and Miller', 'Wright, Miller & Kane', 'Wright, Miller & Cooper', 'Wright, Miller & Marcus', 'Wright & Graham', 'Wright & Kane'],
  },
  { work: "Moore's Federal Practice", titles: ["Moore's Federal Practice", "Moore's Fed. Prac."], short: ["Moore's"] },
  { work: 'Nimmer on Copyright', titles: ['Nimmer on Copyright'], short: ['Nimmer'] },
  { work: 'McCarthy on Trademarks and Unfair Competition', titles: ['McCarthy on Trademarks and Unfair Competition', 'McCarthy on Trademarks'], short: ['McCarthy'] },
  { work: 'Chisum on Patents', titles: ['Chisum on Patents'], short: ['Chisum'] },
  { work: 'Williston on Contracts', titles: ['Williston on Contracts'], short: ['Williston'] },
  { work: 'Corbin on Contracts', titles: ['Corbin on Contracts'], short: ['Corbin'] },
  { work: 'Wigmore on Evidence', titles: ['Wigmore on Evidence', 'Evidence in Trials at Common Law'], short: ['Wigmore'] },
  { work: 'McCormick on Evidence', titles: ['McCormick on Evidence'], short: ['McCormick'] },
  { work: 'Collier on Bankruptcy', titles: ['Collier on Bankruptcy'], short: ['Collier'] },
  { work: 'Couch on Insurance', titles: ['Couch on Insurance'], short: ['Couch'] },
  { work: "Weinstein's Federal Evidence", titles: ["Weinstein's Federal Evidence"], short: ["Weinstein's"] },
  { work: 'Prosser and Keeton on the Law of Torts', titles: ['Prosser and Keeton on the Law of Torts', 'Prosser and Keeton on Law of Torts'], short: ['Prosser & Keeton', 'Prosser and Keeton'] },
  { work: 'Antitrust Law', titles: ['Antitrust Law'], short: ['Areeda & Hovenkamp', 'Areeda and Hovenkamp'] },
  { work: 'Substantive Criminal Law', titles: ['Substantive Criminal Law'], short: [] },
  { work: 'Search and Seizure', titles: ['Search and Seizure: A Treatise on the Fourth Amendment', 'Search and Seizure'], short: [] },
];

/** The written name with its spacing, apostrophes and ampersands made comparable. */
export function treatiseKey(name: string): string {
  return name
    .replace(/[\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ and /g, ' & ')
    .trim()
    .toLowerCase();
}

const byTitle = new Map<string, Treatise>();
const byShort = new Map<string, Treatise>();
for (const tr of TREATISES) {
  for (const n of tr.titles) byTitle.set(treatiseKey(n), tr);
  for (const n of tr.short) byShort.set(treatiseKey(n), tr);
}

/** The treatise a full title names (`Federal Practice & Procedure`). */
export function treatiseByTitle(name: string): Treatise | undefined {
  return byTitle.get(treatiseKey(name));
}

/** The treatise a short name names (`Wright & Miller`, `Moore's`). */
export function treatiseByShortName(name: string): Treatise | undefined {
  return byShort.get(treatiseKey(name));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\n]+').replace(/'/g, "['\u2019]");
}

/** Every title and short name as one regular-expression alternation, longest first (`Wright, Miller & Kane` before `Wright`). */
export const TREATISE_NAMES = [...new Set(TREATISES.flatMap((tr) => [...tr.titles, ...tr.short]))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

/** The short names alone, which also stand as the authors of a full citation (`Wright, Miller & Kane, Federal Practice & Procedure`). */
export const TREATISE_SHORT_NAMES = [...new Set(TREATISES.flatMap((tr) => tr.short))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
