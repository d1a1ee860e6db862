// Reporter lookup built from data/reporters.json (derived from reporters-db by
// scripts/derive-tables.mjs; see NOTICE). Lookups ignore whitespace, so
// `F.Supp.2d`, `F. Supp.2d` and `F. Supp. 2d` all find the same edition; the
// spacing as written is kept on the citation for the spacing rule to judge.

import reportersData from '../../../../data/reporters.json';

export type ReporterCourts =
  | 'scotus'
  | 'federal-appellate'
  | 'federal-district'
  | 'federal-other'
  | 'state'
  | 'regional'
  | 'database'
  | 'mixed';

export interface Edition {
  abbr: string;
  name: string;
  citeType: string;
  start: number | null;
  end: number | null;
  courts: ReporterCourts;
  identifiesCourt: boolean;
  states: string[];
  /** The years were corrected per the catalog (`B.3`); else reporters-db's. */
  corrected?: string;
  /** The catalog's table confirms reporters-db's years (`B.1`). */
  checked?: string;
}

/** One edition as data/reporters.json stores it. */
export interface RawEdition {
  name: string;
  citeType: string;
  start: number | null;
  end: number | null;
  courts: string;
  identifiesCourt: boolean;
  states: string[];
  corrected?: string;
  checked?: string;
}

interface RawReporters {
  editions: Record<string, RawEdition>;
  variants: Record<string, string[]>;
}

export interface ReporterMatch {
  /** Candidate editions; more than one means the abbreviation is ambiguous. */
  editions: Edition[];
  /** True when the text as written is a variant, not the canonical spelling (spacing aside). */
  variant: boolean;
}

const raw = reportersData as unknown as RawReporters;

export function spaceless(s: string): string {
  return /\s/.test(s) ? s.replace(/\s+/g, '') : s;
}

const editions = new Map<string, Edition>();
const byKey = new Map<string, ReporterMatch>();

for (const [abbr, e] of Object.entries(raw.editions)) {
  const edition: Edition = { abbr, ...e, courts: e.courts as ReporterCourts };
  editions.set(abbr, edition);
  const key = spaceless(abbr);
  const prev = byKey.get(key);
  if (prev && !prev.variant) prev.editions.push(edition);
  else byKey.set(key, { editions: [edition], variant: false });
}
for (const [variant, targets] of Object.entries(raw.variants)) {
  const key = spaceless(variant);
  if (byKey.has(key) && !byKey.get(key)!.variant) continue; // a canonical spelling wins
  const eds = targets.map((t) => editions.get(t)).filter((e): e is Edition => e !== undefined);
  if (eds.length === 0) continue;
  const prev = byKey.get(key);
  if (prev) {
    for (const e of eds) if (!prev.editions.includes(e)) prev.editions.push(e);
  } else {
    byKey.set(key, { editions: eds, variant: true });
  }
}

/** The longest reporter abbreviation, in whitespace-free characters; bounds lookups. */
export const MAX_REPORTER_KEY = Math.max(...[...byKey.keys()].map((k) => k.length));

export function lookupReporter(asWritten: string): ReporterMatch | undefined {
  return byKey.get(spaceless(asWritten));
}

export function edition(abbr: string): Edition | undefined {
  return editions.get(abbr);
}

export function allEditions(): IterableIterator<Edition> {
  return editions.values();
}
