// The court a reporter implies (data/reporter-courts.json, derived from
// reporters-db's reporter names and courts-db's courts by
// scripts/derive-tables.mjs; see NOTICE): `U.S.` → the Supreme Court of the
// United States, `Cal. 4th` → the California Supreme Court. Only reporters
// that print a single court's decisions are listed.

import data from '../../../../data/reporter-courts.json';

const table = data as unknown as { courts: Record<string, string>; names: Record<string, string> };

/** The courts-db id of the court whose decisions a reporter edition prints, if it prints only one court's. */
export function courtOfReporter(abbr: string | null | undefined): string | undefined {
  return abbr ? table.courts[abbr] : undefined;
}

/** The name of a court the table lists (`scotus` → "Supreme Court of the United States"). */
export function impliedCourtName(id: string): string | undefined {
  return table.names[id];
}
