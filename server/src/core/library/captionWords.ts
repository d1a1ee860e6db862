// Words of a caption and its date lines, for inferring an opinion's metadata
// (opinionHeader.ts): dates written out (`August 2, 2001, Decided`, `this 9th
// day of February 2022`) turned into ISO and citation forms, and ALL-CAPS party
// names turned into citation case (`NICHOLAS RUSSO` → `Russo`). Pure.

import { MONTH_WORDS, monthAbbreviation } from '../data/months';

// Dates

export const DATE_WORDS = new RegExp(`(?<![A-Za-z])(${MONTH_WORDS})\\.?[ \\t]{1,3}(\\d{1,2})(?!\\d),?[ \\t]{0,3}(\\d{4})(?!\\d)`, 'gi');
export const DAY_OF = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,3}day[ \\t]{1,3}of[ \\t]{1,3}(${MONTH_WORDS})\\.?,?[ \\t]{1,3}(\\d{4})(?!\\d)`, 'i');
const MONTH_NUMBER: Record<string, number> = {
  'Jan.': 1,
  'Feb.': 2,
  'Mar.': 3,
  'Apr.': 4,
  May: 5,
  June: 6,
  July: 7,
  'Aug.': 8,
  'Sept.': 9,
  'Oct.': 10,
  'Nov.': 11,
  'Dec.': 12,
};
const MONTH_ABBR = Object.keys(MONTH_NUMBER);

/** ISO date from year, month and day, or undefined when there is no such day. */
function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1600 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoFromWords(month: string, day: string, year: string): string | undefined {
  const abbr = monthAbbreviation(month);
  if (!abbr) return undefined;
  return isoDate(Number(year), MONTH_NUMBER[abbr], Number(day));
}

/** `2022-02-09` as a citation writes it: `Feb. 9, 2022`. */
export function citationDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTH_ABBR[m - 1]} ${d}, ${y}`;
}

/** A header `date:` value: ISO, or a date in words (`February 23, 1971`). */
export function parseDateValue(v: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  DATE_WORDS.lastIndex = 0;
  const w = DATE_WORDS.exec(v);
  if (w && w.index === 0 && w[0].length >= v.replace(/[.,\s]+$/, '').length) return isoFromWords(w[1], w[2], w[3]);
  return undefined;
}

// ---------------------------------------------------------------------------
// Party names in citation form

export const ROLE =
  /^(?:third[- ]party[ \t]+)?(?:plaintiffs?|defendants?|petitioners?|respondents?|appellants?|appellees?|movants?|intervenors?|claimants?|counter[- ]?(?:plaintiffs?|defendants?|claimants?)|cross[- ]?(?:appellants?|appellees?))(?:[ \t]?[-–—/][ \t]?(?:appellants?|appellees?|petitioners?|respondents?|counter[- ]?defendants?|cross[- ]?appellants?|cross[- ]?appellees?))?[.,;:]?$/i;
const ET_AL = /,?[ \t]*\bet[ \t]+al\b\.?/gi;
/** Words that make a party an entity rather than a person (compared upper-cased, letters only). */
const ENTITY_WORDS = new Set(
  (
    'CITY TOWN COUNTY VILLAGE BOROUGH TOWNSHIP PARISH STATE STATES UNITED AMERICA COMMONWEALTH PEOPLE GOVERNMENT ' +
    'DEPARTMENT DEPT BOARD COMMISSION COMMISSIONER AUTHORITY AGENCY OFFICE BUREAU DISTRICT SCHOOL SCHOOLS UNIVERSITY COLLEGE ' +
    'INC CORP CORPORATION CO COMPANY LLC LLP LP LTD PLC BANK TRUST ASSOCIATION ASSN UNION INSURANCE HOSPITAL CENTER ' +
    'SERVICES SERVICE SYSTEMS GROUP PARTNERS FOUNDATION CHURCH POLICE NATIONAL FEDERAL OF THE AND FOR ESTATE COMMITTEE ' +
    'COUNCIL INDUSTRIES HOLDINGS ENTERPRISES INTERNATIONAL AMERICAN MUNICIPAL HOUSING COURT JUDICIAL BRANCH MATTER RE ' +
    'GRAND JURY SUBPOENA LITIGATION APPLICATION PETITION WARRANT SEARCH PROCEEDINGS PROPERTY REAL VESSEL CURRENCY'
  ).split(' '),
);
const NAME_SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV', 'ESQ']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'by', 'to', 'a', 'an', 'de', 'la', 'ex', 'rel.', 'et', 'al.']);
const KEEP_UPPER = new Set(['LLC', 'LLP', 'LP', 'PLLC', 'PLC', 'USA', 'FBI', 'DEA', 'IRS', 'NAACP', 'II', 'III', 'IV', 'EPA', 'NLRB', 'SEC', 'FDIC', 'PC']);

function lettersUpper(w: string): string {
  return w.replace(/[^A-Za-z]/g, '').toUpperCase();
}

function capitalise(seg: string): string {
  if (seg === '') return seg;
  if (/^MC[A-Z]{2}/.test(seg)) return 'Mc' + seg[2] + seg.slice(3).toLowerCase();
  return seg[0].toUpperCase() + seg.slice(1).toLowerCase();
}

/** One ALL-CAPS word in citation case: `HARTFORD` → `Hartford`, `O'BRIEN` → `O'Brien`, `DEPARTMENT'S` → `Department's`. */
export function citationCaseWord(w: string, first: boolean): string {
  const bare = w.replace(/[,;:]+$/, '');
  if (KEEP_UPPER.has(bare.replace(/\.$/, ''))) return w;
  if (/^(?:[A-Z]\.){1,4},?$/.test(w)) return w; // U.S., N.A.
  if (!first && SMALL_WORDS.has(w.toLowerCase())) return w.toLowerCase();
  return w
    .split('-')
    .map((seg) =>
      seg
        .split("'")
        .map((p, i) => (i > 0 && p.length <= 1 ? p.toLowerCase() : capitalise(p)))
        .join("'"),
    )
    .join('-');
}

function stripEtAl(s: string): string {
  return s
    .replace(ET_AL, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A party as a caption block writes it (`NICHOLAS RUSSO,`, `CITY OF HARTFORD, et al.,`), in citation form. */
export function partyName(raw: string): string {
  let s = stripEtAl(raw.replace(/\u00a0/g, ' '));
  // Drop trailing `, Plaintiff,` / `, Defendants.` segments.
  const segs = s.split(',');
  while (segs.length > 1 && (segs[segs.length - 1].trim() === '' || ROLE.test(segs[segs.length - 1].trim()))) segs.pop();
  s = segs
    .join(',')
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (ROLE.test(s)) return '';
  const words = s.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  const allCaps = !/[a-z]/.test(s) && /[A-Z]{2}/.test(s);
  const person =
    words.length >= 2 && words.length <= 5 && !s.includes('&') && words.every((w) => /^[A-Za-z][A-Za-z'’.-]*,?$/.test(w) && !ENTITY_WORDS.has(lettersUpper(w)));
  if (person) {
    // An individual is cited by surname.
    let k = words.length - 1;
    while (k > 0 && NAME_SUFFIXES.has(lettersUpper(words[k]))) k--;
    const surname = words[k].replace(/[,.]+$/, '');
    return allCaps ? citationCaseWord(surname, true) : surname;
  }
  return allCaps ? words.map((w, i) => citationCaseWord(w, i === 0)).join(' ') : words.join(' ');
}

/** A case name from a citation line (`Russo v. City of Hartford, et al.`), tidied for a caption. */
export function cleanCaption(s: string): string {
  return stripEtAl(s)
    .replace(/[\s,;:]+$/, '')
    .trim();
}

const GOVERNMENT_PARTY = /^(?:the\s+)?(?:united states(?: of america)?|state(?: of [a-z .]+)?|people(?: of [a-z .]+)?|commonwealth(?: of [a-z .]+)?)$/i;
const GENERIC_WORDS = new Set(
  (
    'city town county village borough township state states united people commonwealth of the and in re department ' +
    "dep't board bd. inc. inc corp. corp co. co llc ltd. ltd bank trust estate matter ex parte rel. et al. school district"
  ).split(' '),
);

/** The word a short form uses: the first party's distinctive word (`Russo`; `Hartford` for `City of Hartford`). */
export function shortNameOf(caption: string): string {
  if (caption === '') return '';
  const inRe = /^in re:?\s+(.+)$/i.exec(caption);
  let party: string;
  if (inRe) party = inRe[1];
  else {
    const parts = caption.split(/\s(?:v|vs)\.?\s/);
    party = parts[0];
    if (parts.length > 1 && GOVERNMENT_PARTY.test(party.trim())) party = parts[1];
  }
  const words = party
    .split(/\s+/)
    .map((w) => w.replace(/[,;:]+$/, ''))
    .filter((w) => /[A-Za-z]/.test(w));
  const pick = words.find((w) => !GENERIC_WORDS.has(w.toLowerCase()) && w.length > 1) ?? words[0] ?? '';
  return pick.replace(/['’]s$/, '');
}
