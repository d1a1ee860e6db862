// Law reviews and other periodicals (data/journals.json, derived from
// reporters-db by scripts/derive-tables.mjs; see NOTICE). Cited by volume and
// page like a reporter (`106 Va. L. Rev. 271`), a journal is never a case
// reporter: the scanner reads it as a publication. Lookups ignore whitespace.

import journalsData from '../../../../data/journals.json';
import { spaceless } from './reporters';

interface RawJournals {
  journals: Record<string, string>;
  variants: Record<string, string>;
}

const raw = journalsData as unknown as RawJournals;
const byKey = new Map<string, string>();
for (const abbr of Object.keys(raw.journals)) byKey.set(spaceless(abbr), abbr);
for (const [variant, abbr] of Object.entries(raw.variants)) if (!byKey.has(spaceless(variant))) byKey.set(spaceless(variant), abbr);

/** The journal's abbreviation for a written form, or undefined. */
export function lookupJournal(asWritten: string): string | undefined {
  return byKey.get(spaceless(asWritten.replace(/[\u2019]/g, "'")));
}

/** The longest run of words a journal abbreviation can have, for bounding a search. */
export const MAX_JOURNAL_WORDS = 8;
