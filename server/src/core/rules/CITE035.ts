// CITE035 — `State of`, `People of` and `Commonwealth of` are dropped from a
// party's name. When the party is the state itself, a case from that state's
// own courts keeps just `State`/`People`/`Commonwealth` (`State of Conn. v.
// Russo` in the Superior Court → `State v. Russo`); in any other court the
// state's name stands alone (`New York v. …`). When the phrase opens a longer
// name, only the place remains (`State of Connecticut Jud. Branch` →
// `Conn. Jud. Branch` in a citation). Which court decided the case comes from
// the date parenthetical or the reporter; when neither tells, no fix is offered.
// A brief's list of related proceedings gives captions as docketed: not judged.

import { lookupCourt } from '../data/courts';
import { edition } from '../data/reporters';
import { lookupPlace, type Place } from '../data/places';
import type { Citation } from '../types';
import type { Edit, Rule } from './types';
import { inCaptionList, nameContext, partiesOf, tokensIn, namedCitations } from './caseNameTools';
import { minimalEdit } from './edits';

const PREFIX = /^(?:The\s+)?(State|People|Commonwealth)\s+of\s+(?:the\s+State\s+of\s+)?/;

/** A state named at the head of a court or database name (`Conn. Super.`, `Conn. Super. LEXIS`). */
function leadingState(name: string): string | null | undefined {
  if (/\bCir\.|Bankr\.|^(?:[NSEWMC]\.)?D\.|U\.S\./.test(name)) return undefined;
  const words = name.trim().split(/\s+/);
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const place = lookupPlace(words.slice(0, n).join(' '));
    if (place) return place.postal;
  }
  return undefined;
}

/** The court of a citation, from its parenthetical, its reporter or its database. */
function courtState(c: Citation): { system: string; state: string | null } | undefined {
  const court = (c as { court?: string }).court ?? c.parentheticals.find((p) => p.kind === 'courtDate')?.court;
  if (court) {
    const found = lookupCourt(court);
    if (found) return { system: found.system, state: found.state };
    const state = leadingState(court);
    if (state) return { system: 'state', state };
  }
  const reporter = (c as { reporter?: string | null }).reporter;
  if (reporter) {
    const e = edition(reporter);
    if (e && e.citeType === 'state' && e.states.length === 1) return { system: 'state', state: e.states[0] };
    if (!court && e && (e.courts === 'scotus' || e.citeType === 'federal')) return { system: 'federal', state: null };
  }
  const database = (c as { database?: string }).database;
  if (database) {
    const state = leadingState(database);
    if (state) return { system: 'state', state };
  }
  return undefined;
}

/** The place right after the prefix: up to three words, the longest that names a state. */
function placeAfter(text: string, start: number, end: number): { place: Place; start: number; end: number } | undefined {
  const tokens = tokensIn(text, start, end).slice(0, 3);
  for (let n = tokens.length; n >= 1; n--) {
    const group = tokens.slice(0, n);
    const phrase = group.map((t) => t.s).join(' ');
    const place = lookupPlace(phrase);
    if (place) return { place, start: group[0].start, end: group[n - 1].end };
  }
  return undefined;
}

export const CITE035: Rule = {
  meta: {
    code: 'CITE035',
    title: '"State of", "People of", "Commonwealth of" in a case name',
    defaultSeverity: 'warning',
    indigo: 'R11.5.9',
    bluebook: '10.2.1(f)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const { c, name } of namedCitations(cites)) {
      // A list of related proceedings gives each caption as docketed.
      if (inCaptionList(text, name.span.start)) continue;
      const context = nameContext(text, c);
      for (const party of partiesOf(text, name)) {
        const m = PREFIX.exec(party.text);
        if (!m) continue;
        const found = placeAfter(text, party.start + m[0].length, party.end);
        if (!found) continue;
        const { place } = found;
        const word = m[1];
        const prefixEnd = party.start + m[0].length;
        const alone = text.slice(found.end, party.end).trim() === '';
        const written = text.slice(found.start, found.end);
        let edits: Edit[] = [];
        let right: string;
        let note = '';
        if (alone) {
          const court = courtState(c);
          if (court && court.system === 'state' && court.state === place.postal) {
            right = word;
            const e = minimalEdit(party.start, text.slice(party.start, found.end), word);
            if (e) edits = [e];
            note = ` (a ${place.name} court: keep "${word}")`;
          } else if (court) {
            right = place.name;
            const e = minimalEdit(party.start, text.slice(party.start, found.end), place.name);
            if (e) edits = [e];
            note = ` (not a ${place.name} court: the state's name alone)`;
          } else {
            right = word;
            note = ` in ${place.name}'s own courts, "${place.name}" elsewhere; Pincite cannot tell which court decided the case, so no fix is offered`;
          }
        } else {
          // The phrase opens a longer name: keep the place, abbreviated in a citation.
          const placeText = context === 'citation' ? place.abbr : context === 'prose' ? place.name : written;
          right = `${placeText}${text.slice(found.end, party.end)}`;
          edits.push({ start: party.start, end: prefixEnd, newText: '' });
          const e = minimalEdit(found.start, written, placeText);
          if (e) edits.push(e);
        }
        out.push({
          span: { start: party.start, end: found.end },
          citation: c.index,
          message: `Drop "${m[0].trim()}" from the party name: write "${right.replace(/\s+/g, ' ')}"${note}.`,
          fixes: edits.length ? [{ title: `Write "${right.replace(/\s+/g, ' ')}"`, edits }] : [],
        });
        break; // one finding per citation
      }
    }
    return out;
  },
};
