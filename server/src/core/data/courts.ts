// Court abbreviations from data/courts.json (derived from courts-db, plus the
// catalog's forms). Used to recognise a court inside a date parenthetical.

import courtsData from '../../../../data/courts.json';
import { spaceless } from './reporters';

export interface Court {
  id: string;
  abbr: string;
  name: string;
  system: string;
  type: string;
  level?: string;
  state: string | null;
}

const courts = (courtsData as unknown as { courts: Court[] }).courts;
const byKey = new Map<string, Court>();
for (const c of courts) {
  const k = spaceless(c.abbr);
  if (!byKey.has(k)) byKey.set(k, c);
}

/** Finds a court by its abbreviation, ignoring spacing (`D.Conn.` finds `D. Conn.`). */
export function lookupCourt(asWritten: string): Court | undefined {
  return byKey.get(spaceless(asWritten));
}
