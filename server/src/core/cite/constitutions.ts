// Constitutions: `U.S. Const. amend. XIV, § 1`, `Conn. Const. art. I, § 7`.

import type { ConstitutionCitation } from '../types';
import { at, skipWsBack, tokenStart } from './lex';
import { findSignal } from './caseName';
import { make } from './make';
import type { Scanner } from './scanner';

export function tryConstitution(scan: Scanner, i: number, _limit: number, nestedIn: number | undefined): number | null {
  const t = scan.t;
  // Jurisdiction: one or two abbreviation tokens before `Const` (`U.S.`, `Conn.`, `N.Y.`).
  let s = i;
  let jur = '';
  for (let n = 0; n < 2; n++) {
    const e = skipWsBack(t, s, scan.floor);
    if (e === s && n === 0 && t[e - 1] !== '.') break;
    const ts = tokenStart(t, e, scan.floor);
    const tok = t.slice(ts, e);
    if (!/^(?:[A-Z][A-Za-z.']*\.|[A-Z]\.)$/.test(tok) || /^(?:See|Cf)\.?$/.test(tok)) break;
    // A second token only completes a spaced initialism (`N. Y. Const.`); otherwise it ends the
    // previous sentence (`against the State. U.S. Const.`).
    if (jur && !(/^[A-Z]\.$/.test(tok) && /^[A-Z]\.$/.test(jur))) break;
    jur = jur ? `${tok} ${jur}` : tok;
    s = ts;
  }
  if (!jur) return null;
  let j = i + 5;
  if (t[j] === '.') j++;
  const pm = at(/(,?[ \t]?)((?:amend|Amend|AMEND|art|Art|ART|pmbl|Pmbl)\.?|[Aa]mendment|[Aa]rticle|[Pp]reamble)[ \t]?([IVXLCDM]+|\d{1,3})?(?![\w])/y, t, j);
  let part = '';
  let partAsWritten = '';
  let number = '';
  let section: string | undefined;
  let clause: string | undefined;
  if (pm) {
    partAsWritten = pm[2];
    part = /^a(?:mend|mendment)/i.test(pm[2]) ? 'amend.' : /^a(?:rt|rticle)/i.test(pm[2]) ? 'art.' : 'pmbl.';
    number = pm[3] ?? '';
    j += pm[0].length;
    const sm = at(/,?[ \t]?(§§?)[ \t]?(\d{1,3})/y, t, j);
    if (sm) {
      section = sm[2];
      j += sm[0].length;
    }
    const cm = at(/,?[ \t]?cl\.[ \t]?(\d{1,2})/y, t, j);
    if (cm) {
      clause = cm[1];
      j += cm[0].length;
    }
  } else if (t[i + 5] !== '.') {
    return null;
  }
  const b = scan.base('constitution', s, j, nestedIn);
  const signal = findSignal(t, s, scan.floor);
  if (signal) b.signal = { text: signal.text, span: scan.span(signal.start, signal.end) };
  const c = make<ConstitutionCitation>(b, {
    kind: 'constitution',
    jurisdiction: jur.replace(/\s+/g, ''),
    part,
    partAsWritten,
    number,
  });
  if (section !== undefined) c.section = section;
  if (clause !== undefined) c.clause = clause;
  scan.add(c, s, j);
  scan.linkHistory(c, s);
  return j;
}
