// Reading a court as written in a date parenthetical, and how courts relate to
// reporters. Read-only lookups over data/courts.json and data/reporters.json for
// the court rules (CITE007–CITE011): which court a written form names, whether
// it is spelled the way the table spells it, and whether a reporter already
// tells the reader which court decided the case.

import { lookupCourt, type Court } from './courts';
import { spaceless, type Edition } from './reporters';

export type CourtFormProblem = 'spacing' | 'ordinal' | 'incomplete';

export interface CourtReading {
  court: Court;
  /** The court's abbreviation as it should be written. */
  right: string;
  /** What is wrong with the written form, when anything is. */
  problem?: CourtFormProblem;
}

/** A table form that itself runs a longer abbreviation into the next word (`Bankr.D. Colo.`) is not offered as a correction. */
const CLOSED_UP = /[A-Za-z']{2,}\.[A-Z]|\.[A-Z][a-z]/;

/** Whitespace that only wraps a line (or pads a justified one) is not a spacing fault. */
function sameApartFromWraps(written: string, right: string, padded: boolean): boolean {
  return written.replace(padded ? /\s+/g : /[ \t]*(?:\n[ \t]*)+/g, ' ') === right;
}

/**
 * Reads a court abbreviation as written (`2d Cir.`, `D.Conn.`, `2nd Cir.`,
 * `Conn. Super.`). Undefined when the text names no court Pincite knows.
 */
export function readCourt(written: string, padded = false): CourtReading | undefined {
  const w = written.replace(/\s+/g, ' ').trim();
  if (w === '') return undefined;
  const exact = lookupCourt(w);
  if (exact) {
    if (sameApartFromWraps(written, exact.abbr, padded) || CLOSED_UP.test(exact.abbr)) return { court: exact, right: written };
    return { court: exact, right: exact.abbr, problem: 'spacing' };
  }
  // `2nd Cir.`, `3rd Cir.`: the ordinals are `2d` and `3d`.
  const ordinal = w.replace(/(\d)(?:nd|rd)\b/g, '$1d');
  if (ordinal !== w) {
    const c = lookupCourt(ordinal);
    if (c && !CLOSED_UP.test(c.abbr)) return { court: c, right: c.abbr, problem: 'ordinal' };
  }
  // `Conn. Super.` for `Conn. Super. Ct.` (the Westlaw display form). Only for
  // a name of two or more words, so a lone `Sup.` or `Tax` is never completed.
  const words = ordinal.split(' ');
  if (words.length >= 2 && !/^U\.S\./.test(ordinal) && !/\bCt\.$/.test(ordinal)) {
    const c = lookupCourt(ordinal + ' Ct.');
    if (c && !CLOSED_UP.test(c.abbr)) return { court: c, right: c.abbr, problem: 'incomplete' };
  }
  return undefined;
}

/** Forms of the Supreme Court of the United States in a parenthetical. */
const SCOTUS_FORMS = new Set(['U.S.', 'U.S.Sup.Ct.', 'U.S.S.Ct.', 'S.Ct.', 'Sup.Ct.', 'SCOTUS']);

/** Official reporters whose court is not named after the reporter's own abbreviation. */
const REPORTER_COURT_FORMS: Record<string, string[]> = {
  'A.D.': ['App.Div.', 'N.Y.App.Div.'],
  'A.D.2d': ['App.Div.', 'N.Y.App.Div.'],
  'A.D.3d': ['App.Div.', 'N.Y.App.Div.'],
};

function stem(s: string): string {
  return spaceless(s)
    .replace(/(?:\d+(?:d|th|st|nd|rd))$/, '')
    .replace(/Ct\.$/, '');
}

/**
 * True when `edition` identifies its court and `court` (as written) names
 * exactly that court, so the parenthetical repeats what the reporter says:
 * `U.S.` after a U.S. Reports cite, `Conn.` after Conn., `Conn. App. Ct.`
 * after Conn. App. A court that adds something (`2d Dep't`) is not a repeat.
 */
export function reporterNamesCourt(ed: Edition, court: string): boolean {
  if (!ed.identifiesCourt) return false;
  const written = spaceless(court).replace(/,$/, '');
  if (ed.courts === 'scotus') return SCOTUS_FORMS.has(written);
  const special = REPORTER_COURT_FORMS[ed.abbr];
  if (special) return special.includes(written);
  if (ed.courts !== 'state') return false;
  const s = stem(ed.abbr);
  return s !== '' && stem(written) === s;
}
