#!/usr/bin/env node
// Builds Pincite's committed lookup tables from the Free Law Project data sets
// (reporters-db and courts-db) plus the corrections and additions required by
// the citation catalog (docs: citation-rules.md, sections A.8, A.10 and B).
//
//   npm run derive-data
//
// Inputs : $PINCITE_REFERENCE_DIR (default: ../shared/reference next to the
//          project) holding reporters-db/ and courts-db/.
// Outputs: data/reporters.json, data/courts.json, data/codes.json,
//          data/case-name-abbreviations.json and NOTICE, written under
//          $PINCITE_OUTPUT_DIR (default: the project root; the unit tests point
//          it at a temporary folder to check that the committed files are
//          reproducible).
//
// The output is deterministic: every map is emitted in code-unit order, every
// list is sorted or kept in a fixed preference order, and nothing depends on
// the clock or the machine. JSON is written with one entry per line so that
// diffs of the data stay reviewable.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = path.resolve(process.env.PINCITE_REFERENCE_DIR || path.join(projectRoot, '..', 'shared', 'reference'));
const outputRoot = path.resolve(process.env.PINCITE_OUTPUT_DIR || projectRoot);
const reportersDbDir = path.join(referenceDir, 'reporters-db');
const courtsDbDir = path.join(referenceDir, 'courts-db');

let warningCount = 0;
function warn(message) {
  warningCount += 1;
  console.warn(`warning: ${message}`);
}
function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

for (const dir of [reportersDbDir, courtsDbDir]) {
  if (!existsSync(dir)) fail(`reference folder not found: ${dir} (set PINCITE_REFERENCE_DIR)`);
}

const readJson = (dir, name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
const readText = (dir, name) => readFileSync(path.join(dir, name), 'utf8');

// Plain code-unit ordering: identical on every platform and Node version.
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortedKeys = (obj) => Object.keys(obj).sort(byCodeUnit);
const squash = (s) => s.replace(/\s+/gu, '');
const yearOf = (iso) => (iso == null ? null : Number.parseInt(String(iso).slice(0, 4), 10));

/** The snapshot commit recorded in a reference folder's SOURCE.md. */
function snapshotCommit(dir) {
  const m = /Snapshot commit:\s*([0-9a-f]{7,40})/u.exec(readText(dir, 'SOURCE.md'));
  if (!m) fail(`no "Snapshot commit:" line in ${path.join(dir, 'SOURCE.md')}`);
  return m[1];
}

const reportersDbCommit = snapshotCommit(reportersDbDir);
const courtsDbCommit = snapshotCommit(courtsDbDir);

// ---------------------------------------------------------------------------
// Postal codes. courts-db ships a code -> state name table; invert it so that
// the names used by laws.json, state_abbreviations.json and courts.json can be
// turned into lower-case two-letter codes.
// ---------------------------------------------------------------------------

const postalByName = new Map();
const postalCodes = new Set();
{
  const states = readJson(courtsDbDir, 'states.json');
  for (const code of sortedKeys(states)) {
    if (!/^[A-Z]{2}$/u.test(code)) continue; // skips aliases such as "MARYLAND", "NDAK"
    postalCodes.add(code.toLowerCase());
    postalByName.set(states[code].toLowerCase(), code.toLowerCase());
  }
  // Spellings of the capital used by the data sets.
  for (const alias of ['district of columbia', 'washington d.c.', 'd.c.', 'dc']) postalByName.set(alias, 'dc');
}
const postalOf = (name) => (name ? (postalByName.get(String(name).trim().toLowerCase()) ?? null) : null);

// ===========================================================================
// 1. Reporters
// ===========================================================================

// Catalog table B.1: validation year ranges (B.3 explains why reporters-db's
// own dates cannot be used as-is), which courts each reporter covers, and
// whether the reporter by itself tells the reader which court decided the
// case. Where B.1 gives two candidate years ("2013/14", "late 2013") the wider
// range is used so that the date check does not produce false positives.
// "Any year" reporters (WL, LEXIS) keep reporters-db's open range. For the
// regional and Connecticut/New York reporters the covered states also come
// from B.1, because reporters-db's jurisdiction lists carry stray entries
// (Iowa and New York for the Atlantic Reporter, Florida for N.Y.S.).
const ATLANTIC_STATES = ['ct', 'dc', 'de', 'md', 'me', 'nh', 'nj', 'pa', 'ri', 'vt'];
const NORTH_EASTERN_STATES = ['il', 'in', 'ma', 'ny', 'oh'];
const B1 = {
  'U.S.': { start: 1875, end: null, courts: 'scotus', identifiesCourt: true },
  'S. Ct.': { start: 1882, end: null, courts: 'scotus', identifiesCourt: true },
  'L. Ed.': { start: 1790, end: 1956, courts: 'scotus', identifiesCourt: true },
  'L. Ed. 2d': { start: 1956, end: null, courts: 'scotus', identifiesCourt: true },
  'U.S.L.W.': { start: 1933, end: null, courts: 'mixed', identifiesCourt: false },
  'F.': { start: 1880, end: 1924, courts: 'federal-appellate', identifiesCourt: false },
  'F.2d': { start: 1924, end: 1993, courts: 'federal-appellate', identifiesCourt: false },
  'F.3d': { start: 1993, end: 2021, courts: 'federal-appellate', identifiesCourt: false },
  'F.4th': { start: 2021, end: null, courts: 'federal-appellate', identifiesCourt: false },
  "F. App'x": { start: 2001, end: 2021, courts: 'federal-appellate', identifiesCourt: false },
  'F. Supp.': { start: 1932, end: 1998, courts: 'federal-district', identifiesCourt: false },
  'F. Supp. 2d': { start: 1998, end: 2014, courts: 'federal-district', identifiesCourt: false },
  'F. Supp. 3d': { start: 2014, end: null, courts: 'federal-district', identifiesCourt: false },
  'F.R.D.': { start: 1938, end: null, courts: 'federal-district', identifiesCourt: false },
  'B.R.': { start: 1979, end: null, courts: 'federal-other', identifiesCourt: false },
  'F. Cas.': { start: 1789, end: 1880, courts: 'federal-other', identifiesCourt: false },
  WL: { courts: 'database', identifiesCourt: false },
  'U.S. Dist. LEXIS': { courts: 'database', identifiesCourt: false },
  'U.S. App. LEXIS': { courts: 'database', identifiesCourt: false },
  // B.1: for U.S. LEXIS only the exact date is given, no court.
  'U.S. LEXIS': { courts: 'database', identifiesCourt: true },
  'A.': { start: 1885, end: 1938, courts: 'regional', identifiesCourt: false, states: ATLANTIC_STATES },
  'A.2d': { start: 1938, end: 2010, courts: 'regional', identifiesCourt: false, states: ATLANTIC_STATES },
  'A.3d': { start: 2010, end: null, courts: 'regional', identifiesCourt: false, states: ATLANTIC_STATES },
  'Conn.': { start: 1814, end: null, courts: 'state', identifiesCourt: true, states: ['ct'] },
  'Conn. App.': { start: 1983, end: null, courts: 'state', identifiesCourt: true, states: ['ct'] },
  'Conn. Supp.': { start: 1935, end: null, courts: 'state', identifiesCourt: false, states: ['ct'] },
  'Conn. L. Rptr.': { start: 1990, end: null, courts: 'state', identifiesCourt: false, states: ['ct'] },
  'Conn. Super. Ct.': { start: 1986, end: 1994, courts: 'state', identifiesCourt: false, states: ['ct'] },
  'Conn. Cir. Ct.': { start: 1961, end: 1974, courts: 'state', identifiesCourt: true, states: ['ct'] },
  'Conn. Super. LEXIS': { courts: 'database', identifiesCourt: false, states: ['ct'] },
  'N.E.': { start: 1885, end: 1936, courts: 'regional', identifiesCourt: false, states: NORTH_EASTERN_STATES },
  'N.E.2d': { start: 1936, end: 2014, courts: 'regional', identifiesCourt: false, states: NORTH_EASTERN_STATES },
  'N.E.3d': { start: 2013, end: null, courts: 'regional', identifiesCourt: false, states: NORTH_EASTERN_STATES },
  'N.Y.': { start: 1847, end: 1956, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'N.Y.2d': { start: 1956, end: 2004, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'N.Y.3d': { start: 2003, end: null, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'N.Y.S.': { start: 1888, end: 1937, courts: 'state', identifiesCourt: false, states: ['ny'] },
  'N.Y.S.2d': { start: 1938, end: 2015, courts: 'state', identifiesCourt: false, states: ['ny'] },
  'N.Y.S.3d': { start: 2015, end: null, courts: 'state', identifiesCourt: false, states: ['ny'] },
  'A.D.': { start: 1896, end: 1955, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'A.D.2d': { start: 1955, end: 2004, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'A.D.3d': { start: 2003, end: null, courts: 'state', identifiesCourt: true, states: ['ny'] },
  'Misc.': { start: 1892, end: 1955, courts: 'state', identifiesCourt: false, states: ['ny'] },
  'Misc. 2d': { start: 1955, end: 2004, courts: 'state', identifiesCourt: false, states: ['ny'] },
  'Misc. 3d': { start: 2004, end: null, courts: 'state', identifiesCourt: false, states: ['ny'] },
};

// Catalog table B.1, "Common wrong forms": spellings seen in briefs and in the
// corpus. Each is added as a variant unless it would make a lookup ambiguous.
// Comma/OCR forms ("L,Ed.2d", "A,2d", "Conn,") are left to the scanner, and the
// placeholder "___ U.S. ___" is not a spelling. "S.C." is already ambiguous in
// reporters-db (S. Ct. / South Carolina Reports) and stays that way.
const B1_WRONG_FORMS = {
  'U.S.': ['U. S.', 'US', 'U.S.R.', 'U. S. Rep.'],
  'S. Ct.': ['S.Ct.', 'S. Ct', 'S Ct', 'SCt', 'Sup.Ct.'],
  'L. Ed.': ['L.Ed.'],
  'L. Ed. 2d': ['L.Ed.2d', 'L. Ed.2d', 'L.E.2d', 'LEd2d', 'LE2d'],
  'U.S.L.W.': ['USLW'],
  'F.': ['Fed.Rep.'],
  'F.2d': ['F 2d', 'F. 2d', 'F.(2d)'],
  'F.3d': ['F3d', 'F. 3d'],
  'F.4th': ['F4th', 'F. 4th'],
  "F. App'x": ["Fed. App'x", 'Fed. Appx.', 'F. Appx.', 'F.Appx.', "F.App'x", 'Fed. App.'],
  'F. Supp.': ['F.Supp.', 'F Supp'],
  'F. Supp. 2d': ['F.Supp.2d', 'F. Supp.2d'],
  'F. Supp. 3d': ['F.Supp. 3d', 'FSupp3d'],
  'F.R.D.': ['FRD', 'F. R. D.'],
  'B.R.': ['B. R.', 'BR'],
  'F. Cas.': ['F.Cas.', 'Fed. Cas.', 'F.C.'],
  WL: ['Wl', 'wl', 'W.L.', 'Westlaw'],
  'U.S. Dist. LEXIS': ['US Dist LEXIS', 'U.S. Dist. Lexis'],
  'A.': ['Atl.'],
  'A.2d': ['A. 2d', 'A2d', 'A .2d', 'Atl.2d'],
  'Conn.': ['Conn', 'Conn. Rep.'],
  'Conn. App.': ['Conn.App.'],
  'Conn. Supp.': ['Conn.Supp.'],
  'Conn. L. Rptr.': ['CLR'],
  'Conn. Super. Ct.': ['CSCR', 'Conn. Sup.', 'Ct. Sup.'],
  'Conn. Cir. Ct.': ['Conn.Cir.Ct.'],
  'N.E.': ['N. E.'],
  'N.E.2d': ['N.E. 2d', 'NE2d'],
  'N.Y.': ['N. Y.'],
  'N.Y.2d': ['N.Y. 2d', 'NY2d'],
  'N.Y.S.': ['N.Y. Supp.'],
  'N.Y.S.2d': ['N.Y.S. 2d', 'NYS2d'],
  'A.D.': ['App. Div.', 'App.Div.'],
  'A.D.2d': ['AD2d', 'A.D. 2d'],
  'Misc.': ['Misc. Rep.'],
  'Misc. 2d': ['Misc 2d', 'Misc.2d'],
};

/**
 * Sorts one reporters-db mlz_jurisdiction string ("us:ct;supreme.court",
 * "us:c2:ct.d;district.court", "us;supreme.court", ...) into a coarse kind.
 * Tribal, foreign and malformed entries come back as "other".
 */
function jurisdictionKind(j) {
  if (j === 'us;supreme.court') return { kind: 'scotus' };
  if (/^us:c\d*;court\.appeals/u.test(j)) return { kind: 'federal-appellate' };
  if (/^us:c\d+:[a-z]{2}\.[a-z]*d;district\.court$/u.test(j)) return { kind: 'federal-district' };
  if (/^us;/u.test(j) || /^us:c\d*[:;]/u.test(j) || /^us:fed[:;]/u.test(j) || /^us:[a-z]{2}\.[a-z]*d;/u.test(j)) {
    return { kind: 'federal-other' };
  }
  const m = /^us:([a-z]{2})[:;]/u.exec(j);
  if (m && postalCodes.has(m[1])) return { kind: 'state', state: m[1] };
  return { kind: 'other' };
}

const DATABASE_TYPES = new Set(['specialty_west', 'specialty_lexis']);

/** Court category of one reporters-db reporter entry (before B.1 overrides). */
function courtsOf(reporter, abbreviation) {
  const type = reporter.cite_type;
  if (DATABASE_TYPES.has(type) || /\bLEXIS\b/u.test(abbreviation)) return 'database';
  if (type === 'state_regional') return 'regional';
  if (type === 'scotus_early') return 'scotus';
  if (type === 'state' || type === 'neutral') return 'state';
  // federal and specialty: look at the jurisdictions the reporter lists.
  const kinds = new Set();
  for (const j of reporter.mlz_jurisdiction ?? []) {
    const { kind } = jurisdictionKind(j);
    if (kind === 'other') continue;
    if (kind === 'state' && type === 'federal') continue; // stray entries in federal reporters
    kinds.add(kind);
  }
  if (kinds.size === 0) return type === 'federal' ? 'federal-other' : 'mixed';
  if (kinds.size === 1) return [...kinds][0];
  return 'mixed';
}

/** A state's name, as courts-db spells it, for matching reporter names. */
const STATE_NAME_ALTERNATION = [...postalByName.keys()]
  .filter((n) => n.length >= 4 && /^[a-z ]+$/u.test(n))
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * The official reports of one court are named for the state and, below its
 * highest court, for the court: "Georgia Reports", "Georgia Appeals Reports",
 * "North Carolina Court of Appeals Reports", "Ohio State Reports",
 * "Pennsylvania Superior Court Reports". Such a reporter tells the reader
 * which court decided the case (Bluebook 10.4), so its date parenthetical needs
 * only the year. Reporters of several trial courts ("New York Miscellaneous
 * Reports", "Pennsylvania District and County Reports") do not match.
 * reporters-db's jurisdiction lists cannot decide this: they also name the
 * courts that reviewed or were cited by the reported decisions.
 */
const OFFICIAL_REPORTS = new RegExp(
  `^(?:(?:${STATE_NAME_ALTERNATION}) (?:state |supreme court |appellate court |appeals court |court of appeals |superior court |commonwealth court |criminal |appeals |appellate )?reports|decisiones de (?:${STATE_NAME_ALTERNATION}))$`,
  'u',
);
/**
 * Ohio State Reports, Third Series began with volume 1 in 1982 (reporters-db says 1991).
 * North Carolina Reports: the state reprinted every volume of the nominative
 * reports before 63 N.C. (1868) under a N.C. number, so 1 N.C. (1 and 2 Martin,
 * Taylor and Conference) opens with 1778 decisions (reporters-db says 1868).
 */
const CORPUS_DATE_FIXES = {
  'Ohio St. 3d': { start: 1982, end: null },
  'N.C.': { start: 1778, end: null },
};

/** An agency's own reports of its adjudications. */
const AGENCY_REPORTS = /Commission|Board|Issuances|Decisions|Comptroller/u;
/** Public-domain formats of one court: `IL` (its supreme court), `IL App (1st)`, `UT App`, `COA`, `NMCA`. */
const ONE_COURT_NEUTRAL = /^(?:[A-Z]{2}(?: App(?: \(\w+\))?)?|COA|NMCA|NMSC)$/u;

/**
 * Whether a reporter, by itself, names the court that decided its cases: its
 * jurisdiction list names one court (the nominative reports, `Gray`, `Cush.`),
 * or it is a state's official reports or a one-court public-domain format.
 */
function namesOneCourt(reporter, abbreviation) {
  const list = [...new Set(reporter.mlz_jurisdiction ?? [])];
  if (list.length === 1) {
    // One state court, the Supreme Court, or one federal tribunal or agency
    // (`T.C.`, `N.R.C.`): not a district or circuit, which share reporters.
    const { kind } = jurisdictionKind(list[0]);
    if (kind === 'state' || kind === 'scotus') return true;
    // `us;federal` is reporters-db's catch-all: an agency's own reports (N.R.C.,
    // F.C.C.) name their tribunal, the looseleaf services (L.R.R.M.) do not.
    if (kind === 'federal-other' && (list[0] !== 'us;federal' || (reporter.cite_type === 'federal' && AGENCY_REPORTS.test(String(reporter.name ?? ''))))) return true;
  }
  if (reporter.cite_type === 'scotus_early') return false;
  if (reporter.cite_type === 'neutral') return ONE_COURT_NEUTRAL.test(abbreviation);
  return OFFICIAL_REPORTS.test(String(reporter.name ?? '').toLowerCase());
}

function statesOf(reporter) {
  const out = new Set();
  for (const j of reporter.mlz_jurisdiction ?? []) {
    const { kind, state } = jurisdictionKind(j);
    if (kind === 'state') out.add(state);
  }
  return out;
}

const reportersDb = readJson(reportersDbDir, 'reporters.json');

// Collect every edition. A few edition abbreviations are used by more than one
// reporters-db entry (e.g. "Cranch", "Ark.", "Conn. Super. Ct."); those are
// merged into one edition whose range covers all of them.
const editionSources = new Map(); // abbreviation -> [{ reporter, edition }]
const rawVariants = new Map(); // variant -> Set(canonical)
let reporterEntryCount = 0;
let rawEditionCount = 0;
let rawVariantPairs = 0;
for (const key of sortedKeys(reportersDb)) {
  for (const reporter of reportersDb[key]) {
    reporterEntryCount += 1;
    for (const abbreviation of sortedKeys(reporter.editions)) {
      rawEditionCount += 1;
      if (!editionSources.has(abbreviation)) editionSources.set(abbreviation, []);
      editionSources.get(abbreviation).push({ reporter, edition: reporter.editions[abbreviation] });
    }
    for (const variant of sortedKeys(reporter.variations ?? {})) {
      const target = reporter.variations[variant];
      if (!rawVariants.has(variant)) rawVariants.set(variant, new Set());
      if (!rawVariants.get(variant).has(target)) rawVariantPairs += 1;
      rawVariants.get(variant).add(target);
    }
  }
}

const editions = new Map();
const corrections = []; // { abbreviation, from, to }
for (const abbreviation of [...editionSources.keys()].sort(byCodeUnit)) {
  const sources = editionSources.get(abbreviation);
  const first = sources[0].reporter;
  let start = null;
  let end = null;
  let openEnd = false;
  const courtKinds = new Set();
  const states = new Set();
  for (const { reporter, edition } of sources) {
    const s = yearOf(edition.start);
    const e = yearOf(edition.end);
    if (s !== null && (start === null || s < start)) start = s;
    if (e === null) openEnd = true;
    else if (end === null || e > end) end = e;
    courtKinds.add(courtsOf(reporter, abbreviation));
    for (const st of statesOf(reporter)) states.add(st);
  }
  if (openEnd) end = null;
  let courts = courtKinds.size === 1 ? [...courtKinds][0] : 'mixed';
  // Every reporters-db entry sharing the abbreviation must name its court
  // (`Pa. Super.` is both the Superior Court's reports and its neutral citation).
  let identifiesCourt =
    (courts === 'state' && sources.some(({ reporter }) => ['state', 'neutral'].includes(reporter.cite_type) && namesOneCourt(reporter, abbreviation))) ||
    (courts === 'federal-other' && sources.length === 1 && namesOneCourt(first, abbreviation));
  if (sources.length === 1 && first.cite_type === 'scotus_early') {
    identifiesCourt = namesOneCourt(first, abbreviation);
  }

  const override = B1[abbreviation];
  let corrected = false;
  // The catalog's range agrees with reporters-db's: the dates are checked, not corrected.
  let checked = false;
  // Series dates reporters-db has wrong that the development corpus exposed
  // (each checked against the reporter's first volume).
  const fix = CORPUS_DATE_FIXES[abbreviation];
  if (fix && (fix.start !== start || fix.end !== end)) {
    corrections.push({ abbreviation, from: [start, end], to: [fix.start, fix.end] });
    start = fix.start;
    end = fix.end;
    corrected = true;
  }
  if (override) {
    courts = override.courts;
    identifiesCourt = override.identifiesCourt;
    if (override.states) {
      states.clear();
      for (const st of override.states) states.add(st);
    }
    if ('start' in override && (override.start !== start || override.end !== end)) {
      corrections.push({ abbreviation, from: [start, end], to: [override.start, override.end] });
      start = override.start;
      end = override.end;
      corrected = true;
    } else if ('start' in override) {
      checked = true;
    }
  }

  const entry = {
    name: first.name,
    citeType: first.cite_type,
    start,
    end,
    courts,
    identifiesCourt,
    // Federal reporters list the districts/circuits they cover, not states.
    states: courts.startsWith('federal') || courts === 'scotus' ? [] : [...states].sort(byCodeUnit),
  };
  if (corrected) entry.corrected = 'B.3';
  else if (checked) entry.checked = 'B.1';
  if (sources.length > 1) entry.otherNames = sources.slice(1).map((s) => s.reporter.name);
  editions.set(abbreviation, entry);
}
for (const abbreviation of Object.keys(B1)) {
  if (!editions.has(abbreviation)) fail(`table B.1 names "${abbreviation}", which reporters-db does not have`);
}

// Public-domain formats reporters-db does not list: North Carolina's appellate
// courts have cited their own decisions as `2022-NCSC-1` and `2021-NCCOA-123`
// since 2021. Each names its court.
const NEUTRAL_ADDITIONS = {
  NCSC: { name: 'North Carolina Supreme Court Neutral Citation', start: 2021, states: ['nc'] },
  NCCOA: { name: 'North Carolina Court of Appeals Neutral Citation', start: 2021, states: ['nc'] },
};
for (const [abbreviation, e] of Object.entries(NEUTRAL_ADDITIONS)) {
  if (editions.has(abbreviation)) continue;
  editions.set(abbreviation, { name: e.name, citeType: 'neutral', start: e.start, end: null, courts: 'state', identifiesCourt: true, states: e.states });
}

// English reports (Bluebook T2.43), which reporters-db, a table of American
// reporters, does not list: the nominative reports, the Law Reports and the
// English Reports reprint that American opinions and briefs cite (`Regina v.
// Saunders, 2 Plowd. 473 (1575)`). Their courts varied and their years are not
// given here, so no court or date is checked against them. Abbreviations that
// are plain words (`East`, `Dyer`), or that other sources already use (`Doug.`
// for Michigan, `C.B.` for the Cumulative Bulletin, `Ch.` for a chapter), are left out.
const ENGLISH_REPORTS = {
  'A.C.': 'Law Reports, Appeal Cases (third series)',
  'Ad. & El.': "Adolphus & Ellis's Reports",
  'All E.R.': 'All England Law Reports',
  'App. Cas.': 'Law Reports, Appeal Cases (second series)',
  'Atk.': "Atkyns's Reports",
  'B. & Ald.': "Barnewall & Alderson's Reports",
  'B. & C.': "Barnewall & Cresswell's Reports",
  'Beav.': "Beavan's Reports",
  'Bing.': "Bingham's Reports",
  'Bos. & P.': "Bosanquet & Puller's Reports",
  'Bulst.': "Bulstrode's Reports",
  'Burr.': "Burrow's Reports",
  'Camp.': "Campbell's Reports",
  'Car. & P.': "Carrington & Payne's Reports",
  'Ch. D.': 'Law Reports, Chancery Division',
  'Co. Rep.': "Coke's Reports",
  'Cowp.': "Cowper's Reports",
  'Cro. Car.': "Croke's Reports, tempore Charles I",
  'Cro. Eliz.': "Croke's Reports, tempore Elizabeth",
  'Cro. Jac.': "Croke's Reports, tempore James I",
  'El. & Bl.': "Ellis & Blackburn's Reports",
  'Eng. Rep.': 'English Reports (full reprint)',
  'Esp.': "Espinasse's Reports",
  'Exch.': 'Exchequer Reports',
  'H. & N.': "Hurlstone & Norman's Reports",
  'H. Bl.': "Henry Blackstone's Reports",
  'H.L. Cas.': 'House of Lords Cases',
  'Hob.': "Hobart's Reports",
  'How. St. Tr.': "Howell's State Trials",
  'K.B.': "Law Reports, King's Bench",
  'Keb.': "Keble's Reports",
  'Keilw.': "Keilwey's Reports",
  'Ld. Raym.': "Lord Raymond's Reports",
  'Leon.': "Leonard's Reports",
  'Lev.': "Levinz's Reports",
  'M. & S.': "Maule & Selwyn's Reports",
  'M. & W.': "Meeson & Welsby's Reports",
  'Mod.': 'Modern Reports',
  'Moore K.B.': "Moore's King's Bench Reports",
  'Myl. & K.': "Mylne & Keen's Reports",
  'P. Wms.': "Peere Williams's Reports",
  'Plowd.': "Plowden's Commentaries",
  'Q.B.': "Law Reports, Queen's Bench",
  'Q.B.D.': "Law Reports, Queen's Bench Division",
  'Salk.': "Salkeld's Reports",
  'Show.': "Shower's King's Bench Reports",
  'Sid.': "Siderfin's Reports",
  'St. Tr.': 'State Trials',
  'Taunt.': "Taunton's Reports",
  'Term Rep.': 'Term Reports (Durnford & East)',
  'Vaugh.': "Vaughan's Reports",
  'Vent.': "Ventris's Reports",
  'Vern.': "Vernon's Reports",
  'Ves. Jr.': "Vesey Junior's Reports",
  'Ves. Sen.': "Vesey Senior's Reports",
  'W.L.R.': 'Weekly Law Reports',
  'Wils. K.B.': "Wilson's King's Bench Reports",
  'Wm. Bl.': "William Blackstone's Reports",
  'Yel.': "Yelverton's Reports",
};
{
  const taken = new Set([...editions.keys(), ...rawVariants.keys()].map(squash));
  for (const [abbreviation, name] of Object.entries(ENGLISH_REPORTS)) {
    if (taken.has(squash(abbreviation))) {
      warn(`English report "${abbreviation}" is already a reporters-db spelling; not added`);
      continue;
    }
    editions.set(abbreviation, { name, citeType: 'foreign', start: null, end: null, courts: 'mixed', identifiesCourt: false, states: [] });
  }
}

// Variants: every reporters-db spelling, plus the catalog's wrong forms.
const variants = new Map(); // variant -> Set(canonical)
for (const [variant, targets] of rawVariants) {
  for (const target of targets) {
    if (!editions.has(target)) {
      warn(`reporters-db variant "${variant}" points at unknown edition "${target}"; dropped`);
      continue;
    }
    if (variant === target) continue;
    if (!variants.has(variant)) variants.set(variant, new Set());
    variants.get(variant).add(target);
  }
}

/** Every canonical edition a written form could stand for. */
function candidatesOf(form) {
  const out = new Set(variants.get(form) ?? []);
  if (editions.has(form)) out.add(form);
  return out;
}

/** Canonical editions reachable from a form once whitespace is removed. */
const squashIndex = new Map(); // squashed -> Map(form -> Set(canonical))
function indexForm(form, canonical) {
  const key = squash(form);
  if (!squashIndex.has(key)) squashIndex.set(key, new Map());
  const forms = squashIndex.get(key);
  if (!forms.has(form)) forms.set(form, new Set());
  forms.get(form).add(canonical);
}
function buildSquashIndex() {
  for (const abbreviation of editions.keys()) indexForm(abbreviation, abbreviation);
  for (const [variant, targets] of variants) for (const t of targets) indexForm(variant, t);
}
buildSquashIndex();

const addedVariants = [];
const skippedWrongForms = [];
for (const canonical of sortedKeys(B1_WRONG_FORMS)) {
  if (!editions.has(canonical)) fail(`wrong-form table names unknown edition "${canonical}"`);
  for (const form of B1_WRONG_FORMS[canonical]) {
    if (form === canonical) continue;
    const direct = candidatesOf(form);
    if (direct.size > 0) {
      if (!(direct.size === 1 && direct.has(canonical))) {
        skippedWrongForms.push({ form, canonical, reason: `already means ${[...direct].sort(byCodeUnit).join(' / ')}` });
      }
      continue; // either already present or would be ambiguous
    }
    const squashed = new Set();
    for (const targets of (squashIndex.get(squash(form)) ?? new Map()).values()) for (const t of targets) squashed.add(t);
    squashed.delete(canonical);
    if (squashed.size > 0) {
      skippedWrongForms.push({ form, canonical, reason: `without spaces it reads as ${[...squashed].sort(byCodeUnit).join(' / ')}` });
      continue;
    }
    variants.set(form, new Set([canonical]));
    indexForm(form, canonical);
    addedVariants.push({ form, canonical });
  }
}
for (const s of skippedWrongForms) warn(`B.1 wrong form "${s.form}" -> "${s.canonical}" not added: ${s.reason}`);

// Whitespace-free collisions. The scanner looks written forms up after
// deleting all whitespace. A squashed key that reaches several canonical
// editions is acceptable only when some single written form already declares
// that ambiguity (e.g. "S.C." -> S. Ct. / South Carolina Reports); anything
// else is a collision that exists only because spaces were removed.
const collisions = [];
for (const key of [...squashIndex.keys()].sort(byCodeUnit)) {
  const forms = squashIndex.get(key);
  const all = new Set();
  for (const targets of forms.values()) for (const t of targets) all.add(t);
  if (all.size < 2) continue;
  const declared = [...forms.keys()].some((form) => {
    const c = candidatesOf(form);
    return [...all].every((t) => c.has(t));
  });
  if (declared) continue;
  const entry = { key, editions: [...all].sort(byCodeUnit), forms: [...forms.keys()].sort(byCodeUnit) };
  collisions.push(entry);
  warn(`whitespace-free collision "${key}": ${entry.forms.join(' | ')} -> ${entry.editions.join(' / ')}`);
}

// Serialize variants: a form that is itself a canonical edition lists that
// edition first, then the other editions it may stand for.
const variantsOut = {};
for (const form of [...variants.keys()].sort(byCodeUnit)) {
  const others = [...variants.get(form)].filter((t) => t !== form).sort(byCodeUnit);
  if (others.length === 0) continue;
  variantsOut[form] = editions.has(form) ? [form, ...others] : others;
}
const editionsOut = {};
for (const abbreviation of [...editions.keys()].sort(byCodeUnit)) editionsOut[abbreviation] = editions.get(abbreviation);

const reportersOut = {
  source:
    `reporters-db (Free Law Project, github.com/freelawproject/reporters-db) commit ${reportersDbCommit}, ` +
    `BSD-2-Clause (see NOTICE); edition years corrected per citation catalog table B.3 ("corrected": "B.3") ` +
    `or confirmed by table B.1 ("checked": "B.1"), other years as reporters-db has them (approximate), ` +
    `wrong forms of table B.1 added as variants; generated by scripts/derive-tables.mjs`,
  editions: editionsOut,
  variants: variantsOut,
  collisions,
};

// ===========================================================================
// 2. Courts
// ===========================================================================

const ORDINAL = { 1: '1st', 2: '2d', 3: '3d', 4: '4th', 5: '5th', 6: '6th', 7: '7th', 8: '8th', 9: '9th', 10: '10th', 11: '11th' };
// Current geographic circuits (28 U.S.C. § 41), keyed by postal code.
const CIRCUIT_OF_STATE = {};
for (const [circuit, codes] of Object.entries({
  1: 'me ma nh ri pr',
  2: 'ct ny vt',
  3: 'de nj pa vi',
  4: 'md nc sc va wv',
  5: 'la ms tx',
  6: 'ky mi oh tn',
  7: 'il in wi',
  8: 'ar ia mn mo ne nd sd',
  9: 'ak az ca hi id mt nv or wa gu mp',
  10: 'co ks nm ok ut wy',
  11: 'al fl ga',
})) {
  for (const code of codes.split(' ')) CIRCUIT_OF_STATE[code] = `${ORDINAL[circuit]} Cir.`;
}
CIRCUIT_OF_STATE.dc = 'D.C. Cir.';

/** Bluebook ordinals: 2d/3d (also 22d, 53d ...), never 2nd/3rd. */
const fixOrdinals = (s) => s.replace(/\b(\d*)(2nd|3rd)\b/gu, (_, tens, suffix) => `${tens}${suffix[0]}d`);

function federalCircuitOf(court, state) {
  let m = /^ca(\d+)$/u.exec(court.id);
  if (m) return `${ORDINAL[m[1]]} Cir.`;
  if (court.id === 'cadc') return 'D.C. Cir.';
  if (court.id === 'cafc') return 'Fed. Cir.';
  m = /^bap(\d+)$/u.exec(court.id);
  if (m) return `${ORDINAL[m[1]]} Cir.`;
  if ((court.type === 'trial' || court.type === 'bankruptcy') && state) return CIRCUIT_OF_STATE[state] ?? null;
  return null;
}

const courtsDb = readJson(courtsDbDir, 'courts.json');
const courtsById = new Map(courtsDb.map((c) => [c.id, c]));

function courtRecord(court, abbr) {
  const system = court.system || null;
  const type = court.type || null;
  let state = null;
  if (system === 'state' || system === 'colonial') state = postalOf(court.location);
  // A federal trial or bankruptcy court sits in one state; appellate panels
  // (BAPs) and national courts do not belong to the state they meet in.
  else if (system === 'federal' && (type === 'trial' || type === 'bankruptcy') && !/^bap\d/u.test(court.id)) {
    state = postalOf(court.location);
  }
  const record = {
    id: court.id,
    abbr,
    name: String(court.name).trim().replace(/\s+/gu, ' '),
    system,
    type,
    level: court.level || null,
    state,
  };
  if (system === 'federal') {
    const circuit = federalCircuitOf(court, state);
    if (circuit) {
      record.federalCircuit = circuit;
      if (typeof court.federal_circuit === 'number' && `${ORDINAL[court.federal_circuit]} Cir.` !== circuit) {
        warn(`courts-db gives ${court.id} (${abbr}) federal_circuit ${court.federal_circuit}; using ${circuit}`);
      }
    }
  }
  return record;
}

const courtsOut = [];
const courtAbbrs = new Set();
for (const court of courtsDb) {
  const raw = court.citation_string;
  if (!raw || !raw.trim()) continue;
  const abbr = fixOrdinals(raw.trim().replace(/\s+/gu, ' '));
  const record = courtRecord(court, abbr);
  if (abbr !== raw) record.courtsDbAbbr = raw;
  if (courtAbbrs.has(abbr)) warn(`court abbreviation "${abbr}" used by more than one courts-db court`);
  courtAbbrs.add(abbr);
  courtsOut.push(record);
}
const courtsFromDb = courtsOut.length;

// Catalog B.2 forms courts-db lacks, each tied to the courts-db court it names.
// "stateFromReporter" marks the New York short forms that are correct only
// after a reporter that already shows the state (N.Y.S., A.D., Misc.).
const B2_ADDITIONS = [
  ["Ct. Int'l Trade", 'cit'],
  ['C.C.D. Conn.', 'circtdct'],
  ['C.C.S.D.N.Y.', 'circtsdny'],
  ['Conn. C.P.', 'conncpct'],
  ['Conn. Cir. Ct.', 'conncirct'],
  ['N.Y.', 'ny'],
  ['N.Y. App. Term', 'nyappterm'],
  ['N.Y. Ct. Cl.', 'nyclaimsct'],
  ['N.Y. Civ. Ct.', 'nycivct'],
  ['N.Y. Crim. Ct.', 'nycrimct'],
  ['N.Y. Sur. Ct.', 'nysurct'],
  ['App. Div.', 'nyappdiv', true],
  ['App. Term', 'nyappterm', true],
  ['Sup. Ct.', 'nysupct', true],
  ['Ct. Cl.', 'nyclaimsct', true],
  ['Civ. Ct.', 'nycivct', true],
  ['Crim. Ct.', 'nycrimct', true],
  ['Fam. Ct.', 'nyfamct', true],
  ['Sur. Ct.', 'nysurct', true],
];
// The B.A.P. form of B.2 for every bankruptcy appellate panel courts-db knows.
for (const court of courtsDb) {
  const m = /^bap(\d+)$/u.exec(court.id);
  if (m) B2_ADDITIONS.push([`B.A.P. ${ORDINAL[m[1]]} Cir.`, court.id]);
}
let courtsAdded = 0;
for (const [abbr, id, stateFromReporter] of B2_ADDITIONS) {
  const court = courtsById.get(id);
  if (!court) fail(`catalog court "${abbr}" refers to courts-db id "${id}", which is missing`);
  if (courtsOut.some((c) => c.abbr === abbr && c.id === id)) continue;
  const record = courtRecord(court, abbr);
  record.added = 'B.2';
  if (stateFromReporter) record.stateFromReporter = true;
  courtsOut.push(record);
  courtsAdded += 1;
}

// Every court form named in catalog B.2 must now be present.
const B2_FORMS = [
  ...Object.values(ORDINAL).map((o) => `${o} Cir.`),
  'D.C. Cir.',
  'Fed. Cir.',
  'D. Conn.',
  'D. Vt.',
  'E.D.N.Y.',
  'N.D.N.Y.',
  'S.D.N.Y.',
  'W.D.N.Y.',
  'Bankr. D. Conn.',
  'B.A.P. 1st Cir.',
  'J.P.M.L.',
  'Fed. Cl.',
  "Ct. Int'l Trade",
  'C.C.D. Conn.',
  'C.C.S.D.N.Y.',
  'Conn.',
  'Conn. App. Ct.',
  'Conn. Super. Ct.',
  'Conn. C.P.',
  'Conn. Cir. Ct.',
  'N.Y.',
  'N.Y. App. Div.',
  'N.Y. App. Term',
  'N.Y. Sup. Ct.',
  'N.Y. Ct. Cl.',
  'N.Y. Civ. Ct.',
  'N.Y. Crim. Ct.',
  'N.Y. Fam. Ct.',
  'N.Y. Sur. Ct.',
  'App. Div.',
  'Sup. Ct.',
];
for (const form of B2_FORMS) {
  if (!courtsOut.some((c) => c.abbr === form)) fail(`catalog B.2 court "${form}" is missing from courts.json`);
}

courtsOut.sort((a, b) => byCodeUnit(a.abbr, b.abbr) || byCodeUnit(a.id, b.id));
const courtsFileOut = {
  source:
    `courts-db (Free Law Project, github.com/freelawproject/courts-db) commit ${courtsDbCommit}, BSD-2-Clause ` +
    `(see NOTICE): every court with a citation_string (ordinals normalized to 2d/3d, original kept as courtsDbAbbr), ` +
    `plus the court forms of citation catalog B.2 ("added": "B.2"); generated by scripts/derive-tables.mjs`,
  courts: courtsOut,
};

// ===========================================================================
// 3. Statute, regulation, rule and constitution codes
// ===========================================================================

const stateAbbreviations = readJson(reportersDbDir, 'state_abbreviations.json'); // "Conn." -> "Connecticut"

// Catalog B.5 state abbreviations (Indigo T12 / Bluebook T10).
const B5_STATES = [
  'Ala.',
  'Alaska',
  'Ariz.',
  'Ark.',
  'Cal.',
  'Colo.',
  'Conn.',
  'Del.',
  'Fla.',
  'Ga.',
  'Haw.',
  'Idaho',
  'Ill.',
  'Ind.',
  'Iowa',
  'Kan.',
  'Ky.',
  'La.',
  'Me.',
  'Md.',
  'Mass.',
  'Mich.',
  'Minn.',
  'Miss.',
  'Mo.',
  'Mont.',
  'Neb.',
  'Nev.',
  'N.H.',
  'N.J.',
  'N.M.',
  'N.Y.',
  'N.C.',
  'N.D.',
  'Ohio',
  'Okla.',
  'Or.',
  'Pa.',
  'R.I.',
  'S.C.',
  'S.D.',
  'Tenn.',
  'Tex.',
  'Utah',
  'Vt.',
  'Va.',
  'Wash.',
  'W. Va.',
  'Wis.',
  'Wyo.',
];
for (const abbr of sortedKeys(stateAbbreviations)) {
  if (!B5_STATES.includes(abbr)) warn(`reporters-db state abbreviation "${abbr}" is not in catalog B.5`);
}

const JURISDICTION_EXTRA = { 'united states': 'us', 'canal zone': 'cz', 'navajo nation': 'navajo' };
function jurisdictionCode(name) {
  const key = String(name).trim().toLowerCase();
  const code = JURISDICTION_EXTRA[key] ?? postalOf(key);
  if (!code) {
    warn(`no jurisdiction code for laws.json jurisdiction "${name}"`);
    return key;
  }
  return code;
}

function kindOfLaw(entry) {
  if (/\bConstitution\b/u.test(entry.name)) return 'constitution';
  if (String(entry.cite_type).startsWith('leg_')) return 'statute';
  return 'regulation'; // admin_compilation, admin_register, admin_docket, admin_filing, municipal
}

const codes = new Map(); // abbr -> record
const laws = readJson(reportersDbDir, 'laws.json');
let lawEntries = 0;
for (const abbr of sortedKeys(laws)) {
  for (const entry of laws[abbr]) {
    lawEntries += 1;
    const record = {
      abbr,
      kind: kindOfLaw(entry),
      jurisdiction: jurisdictionCode(entry.jurisdiction),
      name: entry.name,
      variants: [...new Set(entry.variations ?? [])],
      citeType: entry.cite_type,
    };
    // A family of codes named by subject (`Tex. $law_subject Code Ann.`: `Tex. Gov't Code Ann.`):
    // the words around the subject, which the scanner fills with the subject as written.
    for (const rx of entry.regexes ?? []) {
      const sm = /^\(\?P<reporter>(.+?) \$law_subject (.+?)\)/.exec(rx);
      if (sm) record.subject = { before: sm[1].replace(/\\/g, ''), after: sm[2].replace(/\\/g, '') };
    }
    const existing = codes.get(abbr);
    if (existing) {
      // Two publications share this abbreviation (e.g. a West and a Lexis advance service).
      existing.name = `${existing.name}; ${record.name}`;
      for (const v of record.variants) if (!existing.variants.includes(v)) existing.variants.push(v);
      if (existing.kind !== record.kind) warn(`laws.json entries for "${abbr}" disagree on kind`);
    } else {
      codes.set(abbr, record);
    }
  }
}

// Additions the catalog requires (A.8, A.10, B.2, B.3). For an abbreviation
// laws.json already has, the listed variants are merged into its entry.
const CODE_ADDITIONS = [
  // laws.json's U.S.C. entry also names the annotated codes, which are listed separately here.
  { abbr: 'U.S.C.', kind: 'statute', jurisdiction: 'us', name: 'United States Code', replaceName: true, variants: ['USC', 'U.S.C', 'U. S. C.'] },
  { abbr: 'U.S.C.A.', kind: 'statute', jurisdiction: 'us', name: 'United States Code Annotated (West)', variants: ['USCA'] },
  { abbr: 'U.S.C.S.', kind: 'statute', jurisdiction: 'us', name: 'United States Code Service (LexisNexis)', variants: ['USCS'] },
  { abbr: 'C.F.R.', kind: 'regulation', jurisdiction: 'us', name: 'Code of Federal Regulations', variants: ['CFR'] },
  {
    abbr: 'Fed. R. Civ. P.',
    kind: 'rule',
    jurisdiction: 'us',
    name: 'Federal Rules of Civil Procedure',
    variants: ['Fed.R.Civ.P.', 'FRCP', 'F.R.C.P.', 'Fed. R. Civ. Pro.', 'Fed.R.Civ.Pro.'],
  },
  { abbr: 'Fed. R. App. P.', kind: 'rule', jurisdiction: 'us', name: 'Federal Rules of Appellate Procedure', variants: ['FRAP', 'Fed.R.App.P.'] },
  { abbr: 'Fed. R. Evid.', kind: 'rule', jurisdiction: 'us', name: 'Federal Rules of Evidence', variants: ['FRE', 'Fed.R.Evid.'] },
  { abbr: 'Fed. R. Crim. P.', kind: 'rule', jurisdiction: 'us', name: 'Federal Rules of Criminal Procedure', variants: ['Fed.R.Crim.P.'] },
  { abbr: 'Fed. R. Bankr. P.', kind: 'rule', jurisdiction: 'us', name: 'Federal Rules of Bankruptcy Procedure', variants: ['Fed.R.Bankr.P.'] },
  { abbr: 'Sup. Ct. R.', kind: 'rule', jurisdiction: 'us', name: 'Rules of the Supreme Court of the United States', variants: ['Sup.Ct.R.'] },
  {
    abbr: 'D. Conn. L. Civ. R.',
    kind: 'rule',
    jurisdiction: 'us',
    name: 'Local Civil Rules of the United States District Court for the District of Connecticut',
    variants: ['D.Conn.L.Civ.R.'],
  },
  {
    abbr: 'Conn. Gen. Stat.',
    kind: 'statute',
    jurisdiction: 'ct',
    name: 'General Statutes of Connecticut',
    variants: ['Conn.Gen.Stat.', 'Conn.Gen. Stat.', 'Conn. Gen.Stat.', 'C.G.S.', 'CGS'],
  },
  { abbr: 'Conn. Agencies Regs.', kind: 'regulation', jurisdiction: 'ct', name: 'Regulations of Connecticut State Agencies', variants: [] },
  { abbr: 'Conn. Practice Book', kind: 'rule', jurisdiction: 'ct', name: 'Connecticut Practice Book (rules of the state courts)', variants: ['Practice Book'] },
  {
    abbr: 'N.Y. Comp. Codes R. & Regs.',
    kind: 'regulation',
    jurisdiction: 'ny',
    name: 'Official Compilation of Codes, Rules and Regulations of the State of New York',
    variants: ['NYCRR', 'N.Y.C.R.R.'],
  },
  { abbr: 'U.S. Const.', kind: 'constitution', jurisdiction: 'us', name: 'Constitution of the United States', variants: ['U.S.Const.', 'US Const.'] },
];
for (const abbr of B5_STATES) {
  const stateName = stateAbbreviations[abbr];
  if (!stateName) fail(`catalog B.5 state "${abbr}" is missing from reporters-db state_abbreviations.json`);
  const code = postalOf(stateName);
  if (!code) fail(`no postal code for "${stateName}"`);
  const constitution = `${abbr} Const.`;
  const closed = squash(constitution);
  CODE_ADDITIONS.push({
    abbr: constitution,
    kind: 'constitution',
    jurisdiction: code,
    name: `Constitution of ${stateName}`,
    variants: closed === constitution ? [] : [closed],
  });
}
let codesAdded = 0;
for (const addition of CODE_ADDITIONS) {
  const existing = codes.get(addition.abbr);
  if (existing) {
    if (addition.replaceName) existing.name = addition.name;
    if (existing.kind !== addition.kind) warn(`catalog kind "${addition.kind}" for "${addition.abbr}" differs from laws.json's "${existing.kind}"`);
    for (const v of addition.variants) if (!existing.variants.includes(v)) existing.variants.push(v);
  } else {
    const { replaceName: _unused, ...record } = addition;
    codes.set(addition.abbr, { ...record, variants: [...addition.variants] });
    codesAdded += 1;
  }
}
// A variant must not be another code's own abbreviation (laws.json lists
// U.S.C.A. and U.S.C.S. as spellings of U.S.C.; they are separate codes here
// because each needs its publisher in the parenthetical).
const variantOwners = new Map();
for (const record of codes.values()) {
  record.variants = record.variants.filter((v) => v !== record.abbr && !codes.has(v)).sort(byCodeUnit);
  for (const v of record.variants) {
    if (variantOwners.has(v)) warn(`code variant "${v}" claimed by "${variantOwners.get(v)}" and "${record.abbr}"`);
    else variantOwners.set(v, record.abbr);
  }
}
const codesOut = [...codes.keys()].sort(byCodeUnit).map((abbr) => {
  const r = codes.get(abbr);
  const out = { abbr: r.abbr, kind: r.kind, jurisdiction: r.jurisdiction, name: r.name, variants: r.variants };
  if (r.citeType) out.citeType = r.citeType;
  if (r.subject) out.subject = r.subject;
  return out;
});
const codesFileOut = {
  source:
    `reporters-db laws.json (Free Law Project) commit ${reportersDbCommit}, BSD-2-Clause (see NOTICE); kind from ` +
    `cite_type/name (reporters-db cite_type kept as citeType); plus federal and Connecticut/New York court rules, ` +
    `statute variants and constitutions required by citation catalog A.8, A.10, B.2, B.3 and B.5; generated by scripts/derive-tables.mjs`,
  codes: codesOut,
};

// ===========================================================================
// 4. Case-name words
// ===========================================================================

// Indigo Book table T11 (= Bluebook T6), as listed in catalog B.4: each row is
// [abbreviation, ...words]. The Indigo Book is CC0. "University -> U." is for
// periodical titles only and is left out; "County" accepts both Cnty. and Cty.
const T11 = [
  ['Acad.', 'Academic', 'Academy'],
  ['Acct.', 'Accountant', 'Accounting', 'Accountancy'],
  ['Admin.', 'Administrative', 'Administration'],
  ["Adm'r", 'Administrator'],
  ["Adm'x", 'Administratrix'],
  ['Advert.', 'Advertising'],
  ['Advoc.', 'Advocate', 'Advocacy'],
  ['Aff.', 'Affair'],
  ['Afr.', 'Africa', 'African'],
  ['Agric.', 'Agriculture', 'Agricultural'],
  ['All.', 'Alliance'],
  ['Alt.', 'Alternative'],
  ['Amend.', 'Amendment'],
  ['Am.', 'America', 'American'],
  ['&', 'and'],
  ['Ann.', 'Annual'],
  ['App.', 'Appellate'],
  ['Arb.', 'Arbitration', 'Arbitrator'],
  ['A.I.', 'Artificial Intelligence'],
  ['Assoc.', 'Associate'],
  ["Ass'n", 'Association'],
  ['Atl.', 'Atlantic'],
  ["Att'y", 'Attorney'],
  ['Auth.', 'Authority'],
  ['Auto.', 'Automobile', 'Automotive'],
  ['Ave.', 'Avenue'],
  ['Bankr.', 'Bankruptcy'],
  ['Behav.', 'Behavior', 'Behavioral'],
  ['Bd.', 'Board'],
  ['Broad.', 'Broadcaster', 'Broadcasting'],
  ['Bhd.', 'Brotherhood'],
  ['Bros.', 'Brothers'],
  ['Bldg.', 'Building'],
  ['Bus.', 'Business', 'Businesses'],
  ['Cap.', 'Capital'],
  ['Cas.', 'Casualty', 'Casualties'],
  ['Cath.', 'Catholic'],
  ['Ctr.', 'Center', 'Centre'],
  ['Cent.', 'Central'],
  ['Chem.', 'Chemical'],
  ['Child.', 'Children'],
  ['Chron.', 'Chronicle'],
  ['Cir.', 'Circuit'],
  ['Coal.', 'Coalition'],
  ['Coll.', 'College'],
  ['Comment.', 'Commentary'],
  ["Comm'n", 'Commission'],
  ["Comm'r", 'Commissioner'],
  ['Comm.', 'Committee'],
  ["Commc'n", 'Communication'],
  ['Cmty.', 'Community'],
  ['Co.', 'Company'],
  ['Compar.', 'Comparative'],
  ['Comp.', 'Compensation'],
  ['Comput.', 'Computer', 'Computing', 'Computational'],
  ['Condo.', 'Condominium'],
  ['Conf.', 'Conference'],
  ['Cong.', 'Congress', 'Congressional'],
  ['Consol.', 'Consolidated'],
  ['Constr.', 'Construction'],
  ['Contemp.', 'Contemporary'],
  ["Cont'l", 'Continental'],
  ['Cont.', 'Contract'],
  ['Conv.', 'Conveyance', 'Conveyancer'],
  ['Coop.', 'Cooperation', 'Cooperative'],
  ['Corp.', 'Corporate', 'Corporation'],
  ['Corr.', 'Corrections', 'Correctional'],
  ['Cosm.', 'Cosmetic'],
  ['Couns.', 'Counselor', 'Counselors', "Counselor's", 'Counseling'],
  ['Cnty.', 'County'],
  ['Cty.', 'County'],
  ['Def.', 'Defend', 'Defender', 'Defense', 'Defensive'],
  ['Delinq.', 'Delinquent', 'Delinquency'],
  ["Dep't", 'Department'],
  ['Det.', 'Detention'],
  ['Dev.', 'Developer', 'Development'],
  ['Dig.', 'Digest'],
  ['Digit.', 'Digital'],
  ['Dipl.', 'Diplomacy'],
  ['Dir.', 'Director'],
  ['Disc.', 'Discount'],
  ['Disp.', 'Dispute'],
  ['Distrib.', 'Distributor', 'Distributing', 'Distribution'],
  ['Dist.', 'District'],
  ['Div.', 'Division'],
  ['Dr.', 'Doctor'],
  ['E.', 'East', 'Eastern'],
  ['Econ.', 'Economic', 'Economical', 'Economics', 'Economy'],
  ['Ed.', 'Editor', 'Editorial'],
  ['Educ.', 'Educate', 'Education', 'Educating', 'Educational', 'Educator'],
  ['Elec.', 'Electric', 'Electrical', 'Electricity', 'Electronic'],
  ['Emp.', 'Employee', 'Employer', 'Employment'],
  ["Enf't", 'Enforcement'],
  ["Eng'r", 'Engineer'],
  ["Eng'g", 'Engineering'],
  ['Eng.', 'English'],
  ['Enter.', 'Enterprise'],
  ['Ent.', 'Entertainment'],
  ["Env't", 'Environment', 'Environmental'],
  ['Equal.', 'Equality'],
  ['Equip.', 'Equipment'],
  ['Est.', 'Estate'],
  ["Exam'r", 'Examiner'],
  ['Exch.', 'Exchange'],
  ['Exec.', 'Executive'],
  ["Ex'r", 'Executor'],
  ["Ex'x", 'Executrix'],
  ['Expl.', 'Exploration', 'Exploratory'],
  ['Exp.', 'Exporter', 'Exportation'],
  ['Fac.', 'Faculty'],
  ['Fed.', 'Federal'],
  ["Fed'n", 'Federation'],
  ['Fid.', 'Fidelity'],
  ['Fin.', 'Finance', 'Financial', 'Financing'],
  ['Fort.', 'Fortnightly'],
  ['F.', 'Forum'],
  ['Found.', 'Foundation'],
  ['Gen.', 'General'],
  ['Glob.', 'Global'],
  ["Gov't", 'Government'],
  ['Grp.', 'Group'],
  ['Guar.', 'Guaranty', 'Guarantor'],
  ['Hisp.', 'Hispanic'],
  ['Hist.', 'Historical', 'History'],
  ['Hosp.', 'Hospital'],
  ['Hosp.', 'Hospitality'],
  ['Hous.', 'Housing'],
  ['Hum.', 'Human'],
  ['Imp.', 'Import', 'Importer', 'Importation'],
  ['Inc.', 'Incorporated'],
  ['Indem.', 'Indemnity'],
  ['Indep.', 'Independence', 'Independent'],
  ['Indus.', 'Industry', 'Industries', 'Industrial'],
  ['Ineq.', 'Inequality'],
  ['Info.', 'Information'],
  ['Inst.', 'Institute', 'Institution'],
  ['Ins.', 'Insurance'],
  ['Intell.', 'Intellectual'],
  ['Intel.', 'Intelligence'],
  ['Interdisc.', 'Interdisciplinary'],
  ['Int.', 'Interest'],
  ["Int'l", 'International'],
  ['Inv.', 'Investment', 'Investor'],
  ['J.', 'Journal', 'Journals'],
  ['Jud.', 'Judicial'],
  ['Jurid.', 'Juridicial'],
  ['Juris.', 'Jurisprudence'],
  ['Just.', 'Justice'],
  ['Juv.', 'Juvenile'],
  ['Lab.', 'Labor'],
  ["Lab'y", 'Laboratory'],
  ['Lab.', 'Laboratory'],
  ['L.', 'Law'],
  ['Law.', 'Lawyer'],
  ['Legis.', 'Legislate', 'Legislation', 'Legislative'],
  ['Liab.', 'Liability'],
  ['Libr.', 'Library', 'Librarian'],
  ['Ltd.', 'Limited'],
  ['Litig.', 'Litigation'],
  ['Loc.', 'Local'],
  ['Mach.', 'Machine', 'Machinery'],
  ['Mag.', 'Magazine'],
  ['Maint.', 'Maintenance'],
  ['Mgmt.', 'Management'],
  ['Mfr.', 'Manufacturer'],
  ['Mfg.', 'Manufacturing'],
  ['Mar.', 'Maritime'],
  ['Mkt.', 'Market'],
  ['Mktg.', 'Marketing'],
  ['Matrim.', 'Matrimonial'],
  ['Mech.', 'Mechanic', 'Mechanical'],
  ['Med.', 'Medical', 'Medicinal', 'Medicine'],
  ["Mem'l", 'Memorial'],
  ['Merch.', 'Merchant', 'Merchandise', 'Merchandising'],
  ['Metro.', 'Metropolitan'],
  ['Mil.', 'Military'],
  ['Min.', 'Mineral'],
  ['Mod.', 'Modern'],
  ['Mortg.', 'Mortgage'],
  ['Mun.', 'Municipal', 'Municipality'],
  ['Mut.', 'Mutual'],
  ["Nat'l", 'National'],
  ["Nat'y", 'Nationality'],
  ['Nat.', 'Natural'],
  ['Negl.', 'Negligence'],
  ['Negot.', 'Negotiation', 'Negotiator'],
  ['Newsl.', 'Newsletter'],
  ['N.', 'North', 'Northern'],
  ['Ne.', 'Northeast', 'Northeastern'],
  ['Nw.', 'Northwest', 'Northwestern'],
  ['No.', 'Number'],
  ['Off.', 'Office', 'Official'],
  ['Op.', 'Opinion'],
  ['Ord.', 'Order'],
  ['Org.', 'Organization', 'Organizing'],
  ['Pac.', 'Pacific'],
  ['Par.', 'Parish'],
  ["P'ship", 'Partnership'],
  ['Pat.', 'Patent'],
  ['Pers.', 'Person', 'Personal', 'Personnel'],
  ['Persp.', 'Perspective'],
  ['Pharm.', 'Pharmaceutic', 'Pharmaceutical'],
  ['Phil.', 'Philosophical', 'Philosophy'],
  ['Plan.', 'Planning'],
  ["Pol'y", 'Policy'],
  ['Pol.', 'Politic', 'Political', 'Politics'],
  ['Prac.', 'Practical', 'Practice', 'Practitioner'],
  ['Pres.', 'Preserve', 'Preservation'],
  ['Priv.', 'Privacy', 'Private'],
  ['Prob.', 'Probate', 'Probation'],
  ['Probs.', 'Problems'],
  ['Proc.', 'Proceedings', 'Procedure'],
  ['Prod.', 'Product', 'Production'],
  ['Pro.', 'Profession', 'Professional'],
  ['Prop.', 'Property'],
  ['Prot.', 'Protection'],
  ['Psych.', 'Psychological', 'Psychologist', 'Psychology'],
  ['Pub.', 'Public'],
  ["Publ'n", 'Publication'],
  ["Publ'g", 'Publishing'],
  ['Q.', 'Quarterly'],
  ['R.R.', 'Railroad'],
  ['Ry.', 'Railway'],
  ['Rec.', 'Record'],
  ['Ref.', 'Referee'],
  ['Refin.', 'Refining', 'Refinement'],
  ["Reg'l", 'Regional'],
  ['Reg.', 'Register'],
  ['Regul.', 'Regulation', 'Regulator', 'Regulatory'],
  ['Rehab.', 'Rehabilitation', 'Rehabilitative'],
  ['Rel.', 'Relation'],
  ['Rep.', 'Report', 'Reporter'],
  ['Reprod.', 'Reproduction', 'Reproductive'],
  ['Rsch.', 'Research'],
  ['Rsrv.', 'Reservation', 'Reserve'],
  ['Resol.', 'Resolution'],
  ['Res.', 'Resource', 'Resources'],
  ['Resp.', 'Responsibility'],
  ['Rest.', 'Restaurant'],
  ['Ret.', 'Retirement'],
  ['Rev.', 'Review', 'Revista'],
  ['Rts.', 'Rights'],
  ['Rd.', 'Road'],
  ['Sav.', 'Savings'],
  ['Sch.', 'School'],
  ['Sci.', 'Science', 'Scientific'],
  ['Scot.', 'Scottish'],
  ["Sec'y", 'Secretary'],
  ['Sec.', 'Security', 'Securities'],
  ["Sent'g", 'Sentencing'],
  ['Serv.', 'Service'],
  ["S'holder", 'Shareholder', 'Stockholder'],
  ['Soc.', 'Social'],
  ["Soc'y", 'Society'],
  ['Socio.', 'Sociological', 'Sociology'],
  ['Solic.', 'Solicitor'],
  ['Sol.', 'Solution'],
  ['S.', 'South', 'Southern'],
  ['Se.', 'Southeast', 'Southeastern'],
  ['Sw.', 'Southwest', 'Southwestern'],
  ['Stat.', 'Statistic', 'Statistics', 'Statistical'],
  ['S.S.', 'Steamship', 'Steamships'],
  ['St.', 'Street'],
  ['Stud.', 'Studies'],
  ['Subcomm.', 'Subcommittee'],
  ['Sup. Ct.', 'Supreme Court'],
  ['Sur.', 'Surety'],
  ['Sys.', 'System', 'Systems'],
  ["Tax'n", 'Taxation'],
  ['Tchr.', 'Teacher'],
  ['Tech.', 'Technical', 'Technique', 'Technological', 'Technology'],
  ['Telecomm.', 'Telecommunication'],
  ['Tel.', 'Telephone', 'Telegraph'],
  ['Temp.', 'Temporary'],
  ['Twp.', 'Township'],
  ['Transcon.', 'Transcontinental'],
  ["Transnat'l", 'Transnational'],
  ['Transp.', 'Transport', 'Transportation'],
  ['Trib.', 'Tribune'],
  ['Tr.', 'Trust', 'Trustee'],
  ['Tpk.', 'Turnpike'],
  ['Unif.', 'Uniform'],
  ['U.S.', 'United States'],
  ['Univ.', 'University'],
  ['Urb.', 'Urban'],
  ['Util.', 'Utility'],
  ['Vill.', 'Village'],
  ['Wk.', 'Week'],
  ['Wkly.', 'Weekly'],
  ['W.', 'West', 'Western'],
  ['Y.B.', 'Yearbook', 'Year Book'],
];
// Catalog B.4 "Additions and Bluebook-only forms to accept" (A.10 adds
// Trustees and Railway). Listed after T11, so T11's form stays preferred.
const B4_ADDITIONS = [
  ['Trs.', 'Trustees'],
  ['Servs.', 'Services'],
  ['Hosps.', 'Hospitals'],
  ['Assocs.', 'Associates'],
  ['Techs.', 'Technologies'],
  ["Lab'y", 'Laboratory'],
  ['Lab.', 'Laboratory'],
  ["Env't", 'Environmental'],
  ['Envtl.', 'Environmental'],
  ['Pro.', 'Professional'],
  ["Prof'l", 'Professional'],
  ['Ry.', 'Railway'],
];
// Forms never to accept, with the replacement to suggest (null: depends on
// the name, e.g. "R. Co." is either "Ry. Co." or "R.R. Co.").
const FORBIDDEN = { 'Dept.': "Dep't", 'Int l': "Int'l", 'R. Co.': null, 'N. Carolina': 'N.C.' };

const words = new Map(); // word -> [abbr...] in preference order
function addWord(word, abbr) {
  const w = word.replace(/\u2019/gu, "'");
  const a = abbr.replace(/\u2019/gu, "'");
  if (Object.hasOwn(FORBIDDEN, a)) {
    warn(`forbidden case-name form "${a}" for "${w}" dropped`);
    return;
  }
  if (!words.has(w)) words.set(w, []);
  const list = words.get(w);
  if (!list.includes(a)) list.push(a);
}
for (const [abbr, ...ws] of T11) for (const w of ws) addWord(w, abbr);
for (const [abbr, w] of B4_ADDITIONS) addWord(w, abbr);
const caseNameDb = readJson(reportersDbDir, 'case_name_abbreviations.json'); // abbr -> [word...]
for (const abbr of sortedKeys(caseNameDb)) {
  // Every abbreviation ends in a period or contains an apostrophe (or is "&");
  // reporters-db's "Advert" (no period) is a slip next to its "Adver.".
  if (abbr !== '&' && !abbr.endsWith('.') && !abbr.includes("'")) {
    warn(`reporters-db case-name abbreviation "${abbr}" has no period; skipped`);
    continue;
  }
  for (const w of caseNameDb[abbr]) addWord(w, abbr);
}

const wordsOut = {};
for (const w of [...words.keys()].sort(byCodeUnit)) wordsOut[w] = words.get(w);
const forbiddenOut = {};
for (const k of sortedKeys(FORBIDDEN)) forbiddenOut[k] = FORBIDDEN[k];
const caseNamesOut = {
  source:
    `Indigo Book table T11 (CC0) as listed in citation catalog B.4, with its additions and Bluebook-only forms, ` +
    `merged with reporters-db case_name_abbreviations.json (Free Law Project) commit ${reportersDbCommit}, ` +
    `BSD-2-Clause (see NOTICE); the first abbreviation of each word is the preferred one; generated by scripts/derive-tables.mjs`,
  words: wordsOut,
  forbidden: forbiddenOut,
};

// ===========================================================================
// 5. NOTICE
// ===========================================================================

const range = ([s, e]) => `${s ?? '?'}-${e ?? 'open'}`;
const correctionLines = corrections
  .slice()
  .sort((a, b) => byCodeUnit(a.abbreviation, b.abbreviation))
  .map((c) => {
    const shared = editions.get(c.abbreviation).otherNames ? ' (range of all reporters-db entries sharing the key)' : '';
    return `  ${c.abbreviation}: ${range(c.from)} -> ${range(c.to)}${shared}`;
  });

const notice = [
  'Pincite',
  'Copyright 2026 the Pincite authors',
  'Pincite is licensed under the MIT License (see LICENSE).',
  '',
  'This product includes data derived from two projects of the Free Law Project',
  '(https://free.law), each distributed under the BSD 2-Clause License reproduced',
  'below.',
  '',
  '* reporters-db, https://github.com/freelawproject/reporters-db',
  `  snapshot commit ${reportersDbCommit}`,
  '  Used for: data/reporters.json (from reporters.json), data/journals.json (from',
  '  journals.json), data/codes.json (from laws.json and state_abbreviations.json)',
  '  and data/case-name-abbreviations.json (from case_name_abbreviations.json).',
  '',
  '* courts-db, https://github.com/freelawproject/courts-db',
  `  snapshot commit ${courtsDbCommit}`,
  '  Used for: data/courts.json (from courts.json and states.json), the court',
  "  ids and names of data/reporter-courts.json (with reporters-db's reporter",
  '  names), and the state names behind the postal codes in the other files.',
  '',
  'These files are generated by scripts/derive-tables.mjs (npm run derive-data),',
  "which also applies Pincite's own corrections and additions:",
  '',
  "* Reporter edition years replaced with the validation ranges of Pincite's",
  '  citation catalog (tables B.1 and B.3), for Ohio St. 3d with the year of',
  '  its first volume, and for N.C. with the first year of the renumbered',
  '  nominative volumes, marked "corrected": "B.3" in',
  '  data/reporters.json. reporters-db range -> range used:',
  ...correctionLines,
  '* Reporter edition years that table B.1 confirms marked "checked": "B.1";',
  "  the rest are reporters-db's, which its maintainers call approximate",
  '  (reporters-db issue #182).',
  '* Whether a reporter names its court, for the reporters table B.1 does not',
  "  list: from each reporters-db entry's name (a state's official reports),",
  '  jurisdictions (one court or tribunal) and public-domain format.',
  '* Public-domain formats reporters-db lacks: NCSC and NCCOA (North Carolina).',
  '* English reports (Bluebook T2.43) reporters-db lacks, without courts or',
  '  years: the nominative reports, the Law Reports and the English Reports.',
  '* Courts covered (court category, whether the reporter identifies the court,',
  '  and for the Atlantic, North Eastern, Connecticut and New York reporters the',
  '  states) taken from catalog table B.1 for the reporters it lists.',
  '* Misspellings of reporters listed in catalog table B.1 added as variants',
  '  where they are unambiguous:',
  ...addedVariants.map((a) => `    ${a.form} -> ${a.canonical}`),
  '* Court abbreviations: ordinals normalized to "2d"/"3d" (the courts-db form is',
  '  kept as courtsDbAbbr), and the court forms of catalog section B.2 added',
  '  ("added": "B.2").',
  '* Codes: federal court rules, Connecticut and New York rules and statute',
  '  variants, and constitution abbreviations added per catalog A.8, A.10, B.2,',
  '  B.3 and B.5.',
  "* Case-name words: the Indigo Book table T11 (CC0) and the catalog's",
  "  additions merged with reporters-db's list.",
  '',
  '',
  '----------------------------------------------------------------------------',
  'reporters-db license (reporters-db/LICENSE)',
  '----------------------------------------------------------------------------',
  '',
  readText(reportersDbDir, 'LICENSE').trimEnd(),
  '',
  '',
  '----------------------------------------------------------------------------',
  'courts-db license (courts-db/LICENSE)',
  '----------------------------------------------------------------------------',
  '',
  readText(courtsDbDir, 'LICENSE').trimEnd(),
  '',
].join('\n');

// ===========================================================================
// Writing
// ===========================================================================

/**
 * Compact JSON with one entry per line: the top-level object's members each on
 * a line, and a member that is an object or array spread one item per line.
 */
function layout(top) {
  const members = Object.keys(top).map((key) => {
    const value = top[key];
    let body;
    if (Array.isArray(value)) {
      body = value.length === 0 ? '[]' : `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      body = keys.length === 0 ? '{}' : `{\n${keys.map((k) => `${JSON.stringify(k)}: ${JSON.stringify(value[k])}`).join(',\n')}\n}`;
    } else {
      body = JSON.stringify(value);
    }
    return `${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${members.join(',\n')}\n}\n`;
}

// ===========================================================================
// Journals: law reviews and other periodicals, cited by volume and page like
// reporters but never a case reporter.
// ===========================================================================

const journalsDb = readJson(reportersDbDir, 'journals.json');
const journalNames = {};
const journalVariants = {};
for (const abbr of sortedKeys(journalsDb)) {
  journalNames[abbr] = journalsDb[abbr][0]?.name ?? abbr;
  for (const entry of journalsDb[abbr]) {
    for (const v of entry.variations ?? []) if (v !== abbr && !(v in journalsDb)) journalVariants[v] = abbr;
  }
}
const journalsOut = {
  source: `reporters-db (Free Law Project, github.com/freelawproject/reporters-db) commit ${reportersDbCommit}, BSD-2-Clause (see NOTICE); journals.json; generated by scripts/derive-tables.mjs`,
  journals: journalNames,
  variants: journalVariants,
};

// ===========================================================================
// The court a reporter implies: a reporter that prints one court's decisions
// (U.S., S. Ct. and L. Ed. the Supreme Court's; Cal. 4th the Supreme Court of
// California's; IL App (1st) the Appellate Court of Illinois's) names the court
// without a parenthetical. reporters-db's jurisdiction lists cannot say which
// court (they also name the courts whose cases a volume reprints or reviews),
// so the court is read from the reporter's name: a state's Reports are its
// court of last resort's, its Appellate (or Appeals, Court of Appeals) Reports
// its one intermediate appellate court's, a public-domain `XX` or `XX App`
// format the same; each matched to one courts-db court by state and level.
// Nominative reports (other than the Supreme Court's) are left out.
// ===========================================================================

const SCOTUS_REPORTS =
  /^(?:United States Supreme Court Reports|West's Supreme Court Reporter|Lawyer's Edition|Otto's Reports|(?:Cranch|Wheaton|Peters|Howard|Black|Wallace)'s? Supreme Court Reports)$/u;
const TAX_COURT_REPORTS = /^(?:Reports of the United States Tax Court|Tax Court (?:Memorandum (?:Opinions|Decisions)|Summary Opinions|Opinions))$/u;

/** How courts-db names a state's court of last resort and its intermediate appellate court. */
const LEVEL_NAMES = {
  colr: /^(?:(?!.*(?:Criminal|Appellate Division|Workers)).*Supreme (?:Judicial )?Court.*|New York Court of Appeals|Court of Appeals of Maryland)$/u,
  iac: /^(?!.*(?:Criminal|Tax|Workers|Supreme|Special|Civil))(?:.*(?:Courts? of Appeals?|Appellate Court|Appeals Court).*)$/u,
};

/** The courts-db id of a state's court at one level (`colr`, `iac`), when exactly one court of the state has that level's name. */
function stateCourtId(state, level) {
  const found = courtsDb.filter(
    (c) =>
      c.system === 'state' &&
      c.type === 'appellate' &&
      c.citation_string &&
      String(c.location ?? '').toLowerCase() === state &&
      LEVEL_NAMES[level].test(String(c.name).trim()) &&
      // A court of last resort may lack a level in courts-db; an intermediate court must have it.
      (c.level === level || (level === 'colr' && !c.level)),
  );
  return found.length === 1 ? found[0].id : null;
}

function impliedCourtId(abbreviation, entry) {
  const name = String(entry.name ?? '');
  if (SCOTUS_REPORTS.test(name) && entry.courts !== 'database') return 'scotus';
  if (TAX_COURT_REPORTS.test(name)) return 'tax';
  if (!entry.identifiesCourt || entry.courts !== 'state') return null;
  if (/^New York Supreme Court Appellate Division Reports$/u.test(name)) return courtsById.has('nyappdiv') ? 'nyappdiv' : null;
  const lower = name.toLowerCase();
  let state = [...postalByName.keys()].filter((n) => lower.startsWith(n + ' ')).sort((x, y) => y.length - x.length)[0];
  // A public-domain format names its state by its letters (`IL App (1st)`), whatever its description says.
  if (entry.citeType === 'neutral' && entry.states.length >= 1) state = [...postalByName].find(([, code]) => code === entry.states[0])?.[0] ?? state;
  if (!state) return null;
  const rest = lower.slice(state.length + 1);
  if (entry.citeType === 'neutral') {
    if (/^[A-Z]{2}$/u.test(abbreviation)) return stateCourtId(state, 'colr');
    if (/^[A-Z]{2} App\b/u.test(abbreviation)) return stateCourtId(state, 'iac');
    return null;
  }
  if (/^(?:state |supreme court )?reports$/u.test(rest)) return stateCourtId(state, 'colr');
  if (/^(?:appellate|appeals|court of appeals|appellate court) reports$/u.test(rest)) return stateCourtId(state, 'iac');
  return null;
}

const reporterCourts = {};
for (const [abbreviation, entry] of [...editions].sort(([a], [b]) => byCodeUnit(a, b))) {
  const id = impliedCourtId(abbreviation, entry);
  if (id && courtsById.has(id)) reporterCourts[abbreviation] = id;
}
const reporterCourtsOut = {
  source:
    `reporters-db (commit ${reportersDbCommit}) reporter jurisdictions matched to courts-db (commit ${courtsDbCommit}) court ids, ` +
    `BSD-2-Clause (see NOTICE): the one court each reporter's decisions come from; generated by scripts/derive-tables.mjs`,
  courts: reporterCourts,
  names: Object.fromEntries([...new Set(Object.values(reporterCourts))].sort(byCodeUnit).map((id) => [id, String(courtsById.get(id).name).trim()])),
};

const outputs = [
  ['data/reporters.json', layout(reportersOut)],
  ['data/reporter-courts.json', layout(reporterCourtsOut)],
  ['data/journals.json', layout(journalsOut)],
  ['data/courts.json', layout(courtsFileOut)],
  ['data/codes.json', layout(codesFileOut)],
  ['data/case-name-abbreviations.json', layout(caseNamesOut)],
  ['NOTICE', notice],
];
mkdirSync(path.join(outputRoot, 'data'), { recursive: true });
for (const [relative, text] of outputs) {
  const file = path.join(outputRoot, relative);
  writeFileSync(file, text, 'utf8');
  console.log(`wrote ${relative} (${Buffer.byteLength(text, 'utf8')} bytes)`);
}

console.log(
  [
    `reporters-db: ${reporterEntryCount} reporter entries, ${rawEditionCount} editions (${editions.size} distinct abbreviations), ${rawVariantPairs} variant spellings`,
    `reporters.json: ${editions.size} editions, ${Object.keys(variantsOut).length} variants ` +
      `(${addedVariants.length} added from B.1, ${Object.values(variantsOut).filter((v) => v.length > 1).length} ambiguous), ` +
      `${corrections.length} date corrections, ${collisions.length} whitespace-free collisions`,
    `reporter-courts.json: ${Object.keys(reporterCourts).length} reporters that imply their court`,
    `courts.json: ${courtsOut.length} courts (${courtsFromDb} from courts-db, ${courtsAdded} added from B.2)`,
    `codes.json: ${codesOut.length} codes (${lawEntries} laws.json entries, ${codesAdded} added)`,
    `case-name-abbreviations.json: ${Object.keys(wordsOut).length} words, ${Object.keys(forbiddenOut).length} forbidden forms`,
    `${warningCount} warning(s)`,
  ].join('\n'),
);
