// Which house style a document follows, read from the document itself when
// the writer has not set one. A style is chosen only on consistent evidence
// (several citations, most of their kind written that way), so a Bluebook
// brief with a few slips stays `bluebook` and its slips are still flagged.

import type { Citation, ScanResult } from '../types';
import { STYLES, type Acceptance, type StyleName, type StyleProfile } from './profiles';

export interface StyleChoice {
  profile: StyleProfile;
  /** True when the document's own citations chose the style (no setting named one). */
  detected: boolean;
  /** What the choice rests on, for the status item: `U. S. ×40; Id., at ×12`. */
  evidence: string;
}

/** Multi-word reporters the West and Lexis texts close up. */
const CLOSABLE = new Set(['F. Supp.', 'F. Supp. 2d', 'F. Supp. 3d', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d', "F. App'x", 'B.R.', 'F.R.D.']);

function count(text: string, re: RegExp, cap = 1000): number {
  let n = 0;
  re.lastIndex = 0;
  while (n < cap && re.exec(text)) n++;
  return n;
}

/** California's year-first citations: `(2024) 100 Cal.App.5th 263`. */
const CAL_YEAR_FIRST = /\((?:1[89]|20)\d\d\)\s\d{1,3}\sCal\.\s?(?:App\.\s?)?(?:\d(?:d|th)\s?)?(?:Supp\.\s?)?\d/g;
/** Georgia's official reports with the regional reporter in brackets: `331 Ga. App. 191 (770 SE2d 279)`. */
const GA_PARALLEL = /\b\d{1,3} Ga\.(?: App\.)? \d{1,4} \(\d{1,4} S\.?\s?E\.?\s?2d \d{1,4}\)/g;
/** Washington's own abbreviations of its reports: `147 Wn.2d 602`, `33 Wn. App. 2d 75`. */
const WA_REPORTS = /\b\d{1,3} Wn\.\s?(?:App\.\s?)?(?:[23]d\s)?\d/g;
/** New York's bracketed court and year, and its unperioded official reporters. */
const NY_BRACKET = /\[(?:\d(?:st|d|nd|rd|th) Dept|Sup Ct|Ct App|App Term|Civ Ct|Fam Ct|Sur Ct)[^\]\n]{0,40}(?:1[89]|20)\d\d\]/g;
const NY_REPORTER = /\b\d{1,4} (?:AD[23]d|NY[23]d|NYS[23]d|Misc [23]d|AD|NY) \d/g;
/** Ohio's web citations (`2012-Ohio-4901`), and the marks of its own style beside them. */
const OHIO_WEB = /\b(?:19|20)\d\d-Ohio-\d{1,5}\b/g;
/** `5th Dist. Stark No. 2012-CA-93`: an Ohio court of appeals named by district and county. */
const OHIO_DISTRICT = /\b\d{1,2}(?:st|d|nd|rd|th) Dist\. [A-Z][a-z]+(?: [A-Z][a-z]+)? Nos?\./g;
/** `Id. at ¶ 9`, and the Ohio manual's abbreviations without apostrophes. */
const OHIO_MARKS = /\b(?:Id\. at ¶|(?:Natl|Assn|Cty|Dept)\.(?= ))/g;

export function detectStyle(text: string, result: ScanResult): StyleChoice {
  const cites = result.citations;
  // State styles first: their marks are unambiguous.
  const state = stateStyle(text);
  if (state) return state;

  const { usAll, usSpaced, idAt, idCommaAt, ibid, usc, uscNoSign, appellateRecord, closable, closed, usLeads, usWithParallel, courtsClosed, courtsSpaced } = countForms(
    text,
    cites,
  );
  const evidence: string[] = [];
  if (usSpaced) evidence.push(`U. S. ×${usSpaced}`);
  if (idCommaAt) evidence.push(`Id., at ×${idCommaAt}`);
  if (ibid) evidence.push(`Ibid. ×${ibid}`);
  if (uscNoSign) evidence.push(`U.S.C. without § ×${uscNoSign}`);
  if (appellateRecord) evidence.push(`Pet. App./J.A./Br. ×${appellateRecord}`);
  const court = usSpaced >= 3 && usSpaced >= usAll * 0.5;
  const solicitor = uscNoSign >= 3 && uscNoSign >= usc * 0.6 && (ibid >= 1 || appellateRecord >= 2 || idCommaAt >= 1);
  const idStyle = idCommaAt >= 3 && idCommaAt >= idAt * 0.5;
  if (court || solicitor || idStyle) return pick('scotus', evidence.join('; '));

  const closedUp = closed >= 5 && closed >= closable * 0.7;
  const parallel = usWithParallel >= 3 && usWithParallel >= usLeads * 0.6;
  if (closedUp || parallel) {
    const v: string[] = [];
    if (closed) v.push(`closed-up reporters ×${closed}`);
    if (usWithParallel) v.push(`U.S. cites with S. Ct./L. Ed. parallels ×${usWithParallel}`);
    return pick('vendor', v.join('; '));
  }
  // West's typography in text otherwise cited in Bluebook form: its closed-up
  // courts and dates, and its spaced footnote pins, are the publisher's.
  if (courtsClosed >= 5 && courtsClosed >= (courtsClosed + courtsSpaced) * 0.6) {
    const accepts: Acceptance[] = ['closedUpCourts', 'footnoteSpace'];
    const profile: StyleProfile = { ...STYLES.bluebook, label: 'Bluebook, in West’s typography', accepts: new Set(accepts) };
    return { profile, detected: true, evidence: `closed-up courts and dates ×${courtsClosed}` };
  }
  return { profile: STYLES.bluebook, detected: true, evidence: 'no consistent house style' };
}

function pick(name: StyleName, evidence: string): StyleChoice {
  return { profile: STYLES[name], detected: true, evidence };
}

/** A state's style, when the document carries enough of its unambiguous marks. */
function stateStyle(text: string): StyleChoice | undefined {
  const calYear = count(text, CAL_YEAR_FIRST);
  if (calYear >= 3) return pick('california', `year-first California citations ×${calYear}`);
  const georgia = count(text, GA_PARALLEL);
  if (georgia >= 2) return pick('georgia', `Georgia reports with the regional parallel in brackets ×${georgia}`);
  const washington = count(text, WA_REPORTS);
  if (washington >= 3) return pick('washington', `Wn.2d and Wn. App. ×${washington}`);
  const nyBracket = count(text, NY_BRACKET);
  const nyReporter = count(text, NY_REPORTER);
  if (nyBracket >= 2 || nyReporter >= 4) return pick('new-york', `[Dept year] ×${nyBracket}; unperioded N.Y. reporters ×${nyReporter}`);
  // A Bluebook brief gives Ohio's web citations too; the Ohio manual's own marks decide.
  const ohioWeb = count(text, OHIO_WEB);
  if (ohioWeb >= 3) {
    const ohioDistrict = count(text, OHIO_DISTRICT);
    const ohioMarks = count(text, OHIO_MARKS);
    if (ohioDistrict >= 2 || ohioMarks >= 2)
      return pick('ohio', `2012-Ohio-4901 ×${ohioWeb}; 5th Dist. Stark No. ×${ohioDistrict}; Id. at ¶, Natl., Assn. ×${ohioMarks}`);
  }
  return undefined;
}

/** How often the document writes each form the federal styles tell apart (table entries aside). */
function countForms(text: string, cites: Citation[]) {
  let usAll = 0;
  let usSpaced = 0;
  let idAt = 0;
  let idCommaAt = 0;
  let ibid = 0;
  let usc = 0;
  let uscNoSign = 0;
  let appellateRecord = 0;
  let closable = 0;
  let closed = 0;
  let usLeads = 0;
  let usWithParallel = 0;
  let courtsClosed = 0;
  let courtsSpaced = 0;
  for (const c of cites) {
    if (c.inTable) continue;
    const paren = c.parentheticals.find((p) => p.kind === 'courtDate');
    if (paren?.courtSpan && paren.year !== undefined) {
      const court = text.slice(paren.courtSpan.start, paren.courtSpan.end);
      // `(Tex.App.-Austin 1996)`, `(D.Colo. 2007)`, `(Tex.1992)`: West's closed-up courts and dates.
      if (/[A-Za-z]\.[A-Z][a-z]/.test(court) || /^\d/.test(text.slice(paren.courtSpan.end, paren.courtSpan.end + 1))) courtsClosed++;
      else courtsSpaced++;
    }
    if (c.kind === 'case' || c.kind === 'shortCase') {
      if (c.reporter === 'U.S.') {
        usAll++;
        if (/^U\.\s+S\.$/.test(c.reporterAsWritten)) usSpaced++;
        if (c.kind === 'case' && c.parallelOf === undefined) {
          usLeads++;
          if (c.parallels.some((p) => isSupremeParallel(cites[p]))) usWithParallel++;
        }
      }
      if (c.reporter && CLOSABLE.has(c.reporter)) {
        closable++;
        if (!/\s/.test(c.reporterAsWritten)) closed++;
      }
    } else if (c.kind === 'id') {
      if (/^i(?:bid)/i.test(c.form)) ibid++;
      if (c.pins.some((p) => p.joiner === 'at')) idAt++;
      if (c.notes.some((n) => n.code === 'idCommaBeforeAt')) idCommaAt++;
    } else if (c.kind === 'statute' && c.code === 'U.S.C.') {
      usc++;
      if (c.sectionSign === '') uscNoSign++;
    } else if (c.kind === 'record' && /App\.|J\.A\.|Br\.|Cert\.|Oral Arg\./.test(c.document)) {
      appellateRecord++;
    }
  }
  return { usAll, usSpaced, idAt, idCommaAt, ibid, usc, uscNoSign, appellateRecord, closable, closed, usLeads, usWithParallel, courtsClosed, courtsSpaced };
}

function isSupremeParallel(c: Citation | undefined): boolean {
  return !!c && (c.kind === 'case' || c.kind === 'shortCase') && (c.reporter === 'S. Ct.' || c.reporter === 'L. Ed.' || c.reporter === 'L. Ed. 2d');
}

/** The style to check with: the one the writer set, or the one the document follows. */
export function chooseStyle(setting: StyleName | 'auto' | undefined, text: string, result: ScanResult): StyleChoice {
  if (setting && setting !== 'auto') return { profile: STYLES[setting], detected: false, evidence: 'set' };
  return detectStyle(text, result);
}
