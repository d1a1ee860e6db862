// House styles. Real filers cite in the form their court or publisher uses,
// and that form differs from the Bluebook's practitioner form on points a
// cite-checker should not flag line by line in a filing that follows it
// throughout: the Supreme Court writes `U. S.`, `Fed. Appx.`, `Id., at 5` and
// `Ibid.`, `558 U. S. ___` for a volume not yet paginated and `overruled on
// other grounds, Pollard`, uses *supra* for cases and full page spans; the
// Solicitor General cites `42 U.S.C. 1983` without `§`; West and Lexis print
// `F.Supp.2d` and add S. Ct. and L. Ed. parallels; California puts the year
// first (`(2009) 45 Cal.4th 1, 5`); New York writes `101 AD3d 523 [1st Dept 2012]`;
// Ohio pins a paragraph with `Id. at ¶ 12`, pins the Ohio Official Reports
// alone and abbreviates `Natl. Assn.`.
//
// A profile lists what its style accepts. Each rule asks the profile about the
// one point it judges, so a real error in a house-style filing is still found
// (a misspelled reporter, an impossible pin, an Id. that cannot mean what it
// follows). `bluebook` accepts nothing: it is the catalog as written.

export type StyleName = 'bluebook' | 'scotus' | 'vendor' | 'california' | 'new-york' | 'georgia' | 'washington' | 'ohio';

/** Points on which a house style departs from the Bluebook's practitioner form. */
export type Acceptance =
  /** Initials and ordinals spaced apart in reporters and codes: `U. S.`, `F. 2d`, `N. W. 2d`, `U. S. C.` (CITE001, CITE081). */
  | 'spacedReporters'
  /** Reporters closed up throughout: `F.Supp.2d`, `S.Ct.`, `L.Ed.2d` (CITE001; a document that mixes the forms is still flagged). */
  | 'closedUpReporters'
  /** A reporter's recognised variant spelling (`Fed.Appx.`, `Fed. Appx.`, `Wn. App.`, `AD3d`) is a house form, not damage (CITE002). */
  | 'reporterVariants'
  /** `558 U. S. ___ (2009)`: a decision of a U.S. Reports volume not yet paginated, cited by volume and a blank page (CITE016). */
  | 'unpaginatedReports'
  /** `overruled on other grounds, Pollard v. …`: a comma where the Bluebook writes `by` (CITE070). */
  | 'historyCommaForBy'
  /** `Id., at 5` (CITE050). */
  | 'idCommaAt'
  /** `Id.` after a string citation for its last authority, as courts write it (CITE051). */
  | 'idAfterString'
  /** `Ibid.` for the same page of the same source (CITE050). */
  | 'ibid'
  /** A short form that repeats the first page to name the case as a whole: `Giaimo, 101 AD3d 523` (CITE054). */
  | 'shortFormFirstPage'
  /** `491 U. S., at 406`: a comma before "at" in a short form (CITE054). */
  | 'shortFormCommaAt'
  /** *supra* for cases (CITE055). */
  | 'supraForCases'
  /** Page spans written in full (`510–511`) (CITE013). */
  | 'fullPageSpans'
  /** `at p. 323`, `pp. 273–276` (CITE013). */
  | 'pageWords'
  /** `n. 9` with a space, where the document does not also close footnote pins up (CITE014). */
  | 'footnoteSpace'
  /** U.S. Code sections without `§` in running text and citations (CITE081). */
  | 'noSectionSign'
  /** An Act cited as a whole by its first section: `30 U.S.C. § 901 et seq.` (CITE081). */
  | 'etSeq'
  /** `§1983` closed up (CITE080). */
  | 'sectionNoSpace'
  /** Case-name words left unabbreviated in citations (CITE032). */
  | 'unabbreviatedNames'
  /** The court's own case-name abbreviations in place of the table's: `Natl.`, `Assn.`, `Cty.` (CITE032). */
  | 'ownNameAbbreviations'
  /** Case names abbreviated in textual sentences as in citations (CITE037). */
  | 'abbreviatedNamesInText'
  /** Places and second parties kept in case names as the caption has them (CITE033, CITE036). */
  | 'fullCaptions'
  /** A name as the official report prints it, business designations and all: `Lincoln Property Co. No. 41, Inc.` (CITE034). */
  | 'officialReportNames'
  /** A short form named by the first party, whoever it is: `County of Kern, supra, 46 Cal.App.5th at p. 101` (CITE057). */
  | 'firstPartyShortForms'
  /** A short form without the case name when the discussion just named the case (CITE056). */
  | 'bareShortForms'
  /** The court left out where the text has just named it, or for the decision under review (CITE007). */
  | 'courtFromContext'
  /** Certiorari and other history given however old (CITE071). */
  | 'fullHistory'
  /** S. Ct./L. Ed. and regional parallels, with or without a pin in each (CITE020, CITE024, CITE054). */
  | 'parallels'
  /** Courts and dates closed up: `(10th Cir.2008)`, `(D.Colo. 2007)` (CITE009). */
  | 'closedUpCourts'
  /** Codes and court rules closed up: `Fed.R.Civ.P.`, `Colo.Rev.Stat.` (CITE082, CITE084). */
  | 'closedUpCodes'
  /** `v` without a period between the parties (CITE030). */
  | 'versusWithoutPeriod'
  /** A state case cited to the official reporter alone (CITE023). */
  | 'officialReporterOnly'
  /** `Cal. Const., art. IV` (CITE085). */
  | 'constitutionComma'
  /** `Id. at ¶ 12`: "at" before a paragraph pin, the Supreme Court of Ohio's form (CITE052). */
  | 'paragraphPinAt'
  /** The part capitalised: `U.S. Const. Amend. II`, `Art. III` (CITE085). */
  | 'constitutionCapitals'
  /** Database citations without a docket number, where none of the document's gives one (CITE076). */
  | 'databaseWithoutDocket';

export interface StyleProfile {
  name: StyleName;
  /** How the style is named to the writer (the status item, messages). */
  label: string;
  accepts: ReadonlySet<Acceptance>;
}

function profile(name: StyleName, label: string, accepts: Acceptance[]): StyleProfile {
  return { name, label, accepts: new Set(accepts) };
}

export const STYLES: Readonly<Record<StyleName, StyleProfile>> = {
  bluebook: profile('bluebook', 'Bluebook', []),
  scotus: profile('scotus', 'Supreme Court and Solicitor General', [
    'idAfterString',
    'shortFormFirstPage',
    'spacedReporters',
    'reporterVariants',
    'unpaginatedReports',
    'historyCommaForBy',
    'idCommaAt',
    'ibid',
    'shortFormCommaAt',
    'supraForCases',
    'fullPageSpans',
    'footnoteSpace',
    'noSectionSign',
    'etSeq',
    'sectionNoSpace',
    'unabbreviatedNames',
    'abbreviatedNamesInText',
    'fullCaptions',
    'bareShortForms',
    'fullHistory',
    'courtFromContext',
    'constitutionCapitals',
  ]),
  vendor: profile('vendor', 'West/Lexis reporter text', [
    'shortFormFirstPage',
    'idAfterString',
    'closedUpReporters',
    'reporterVariants',
    'parallels',
    'closedUpCourts',
    'closedUpCodes',
    'footnoteSpace',
    'databaseWithoutDocket',
    'unabbreviatedNames',
    'abbreviatedNamesInText',
    'fullCaptions',
    'fullHistory',
  ]),
  california: profile('california', 'California Style Manual', [
    'idAfterString',
    'officialReportNames',
    'firstPartyShortForms',
    'closedUpReporters',
    'reporterVariants',
    'supraForCases',
    'ibid',
    'fullPageSpans',
    'pageWords',
    'unabbreviatedNames',
    'fullCaptions',
    'bareShortForms',
    'parallels',
    'officialReporterOnly',
    'constitutionComma',
  ]),
  georgia: profile('georgia', 'Georgia courts', [
    'idAfterString',
    'shortFormFirstPage',
    'reporterVariants',
    'parallels',
    'supraForCases',
    'unabbreviatedNames',
    'fullCaptions',
    'officialReporterOnly',
  ]),
  washington: profile('washington', 'Washington courts', ['idAfterString', 'shortFormFirstPage', 'reporterVariants', 'parallels', 'unabbreviatedNames', 'fullCaptions']),
  'new-york': profile('new-york', 'New York Official Reports', [
    'shortFormFirstPage',
    'idAfterString',
    'reporterVariants',
    'versusWithoutPeriod',
    'fullPageSpans',
    'unabbreviatedNames',
    'fullCaptions',
    'officialReporterOnly',
    'parallels',
  ]),
  ohio: profile('ohio', 'Ohio Official Reports', ['idAfterString', 'parallels', 'ownNameAbbreviations', 'abbreviatedNamesInText', 'fullCaptions', 'paragraphPinAt']),
};

export const STYLE_NAMES = Object.keys(STYLES) as StyleName[];

/**
 * Rules that judge nothing but a point a house style accepts: a document in
 * that style is not checked by them (unless the writer sets the rule's
 * severity explicitly). Rules that judge several points ask the profile
 * about each one instead.
 */
const WHOLE_RULES: Partial<Record<Acceptance, readonly string[]>> = {
  supraForCases: ['CITE055'],
  fullHistory: ['CITE071'],
  parallels: ['CITE020', 'CITE024'],
  unabbreviatedNames: ['CITE032'],
  ownNameAbbreviations: ['CITE032'],
  officialReporterOnly: ['CITE023'],
  fullCaptions: ['CITE036'],
  officialReportNames: ['CITE034'],
  firstPartyShortForms: ['CITE057'],
  abbreviatedNamesInText: ['CITE037'],
  idAfterString: ['CITE051'],
};

export function silencedByStyle(style: StyleProfile, code: string): boolean {
  for (const a of style.accepts) if (WHOLE_RULES[a]?.includes(code)) return true;
  return false;
}
