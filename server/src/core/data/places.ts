// Place names as case names abbreviate them (Indigo Book T12, Bluebook T10):
// the fifty states, the District of Columbia and the territories, each with its
// abbreviation and its postal code (the code the reporter and court tables use).
// Read-only; the case-name rules use it to tell a place from a party word.

export interface Place {
  name: string;
  /** The T10/T12 abbreviation (`Conn.`); equal to `name` when never abbreviated (`Ohio`). */
  abbr: string;
  /** Lower-case postal code (`ct`), as in data/courts.json and data/reporters.json. */
  postal: string;
}

const STATES: Array<[string, string, string]> = [
  ['Alabama', 'Ala.', 'al'], ['Alaska', 'Alaska', 'ak'], ['Arizona', 'Ariz.', 'az'], ['Arkansas', 'Ark.', 'ar'],
  ['California', 'Cal.', 'ca'], ['Colorado', 'Colo.', 'co'], ['Connecticut', 'Conn.', 'ct'], ['Delaware', 'Del.', 'de'],
  ['Florida', 'Fla.', 'fl'], ['Georgia', 'Ga.', 'ga'], ['Hawaii', 'Haw.', 'hi'], ['Idaho', 'Idaho', 'id'],
  ['Illinois', 'Ill.', 'il'], ['Indiana', 'Ind.', 'in'], ['Iowa', 'Iowa', 'ia'], ['Kansas', 'Kan.', 'ks'],
  ['Kentucky', 'Ky.', 'ky'], ['Louisiana', 'La.', 'la'], ['Maine', 'Me.', 'me'], ['Maryland', 'Md.', 'md'],
  ['Massachusetts', 'Mass.', 'ma'], ['Michigan', 'Mich.', 'mi'], ['Minnesota', 'Minn.', 'mn'], ['Mississippi', 'Miss.', 'ms'],
  ['Missouri', 'Mo.', 'mo'], ['Montana', 'Mont.', 'mt'], ['Nebraska', 'Neb.', 'ne'], ['Nevada', 'Nev.', 'nv'],
  ['New Hampshire', 'N.H.', 'nh'], ['New Jersey', 'N.J.', 'nj'], ['New Mexico', 'N.M.', 'nm'], ['New York', 'N.Y.', 'ny'],
  ['North Carolina', 'N.C.', 'nc'], ['North Dakota', 'N.D.', 'nd'], ['Ohio', 'Ohio', 'oh'], ['Oklahoma', 'Okla.', 'ok'],
  ['Oregon', 'Or.', 'or'], ['Pennsylvania', 'Pa.', 'pa'], ['Rhode Island', 'R.I.', 'ri'], ['South Carolina', 'S.C.', 'sc'],
  ['South Dakota', 'S.D.', 'sd'], ['Tennessee', 'Tenn.', 'tn'], ['Texas', 'Tex.', 'tx'], ['Utah', 'Utah', 'ut'],
  ['Vermont', 'Vt.', 'vt'], ['Virginia', 'Va.', 'va'], ['Washington', 'Wash.', 'wa'], ['West Virginia', 'W. Va.', 'wv'],
  ['Wisconsin', 'Wis.', 'wi'], ['Wyoming', 'Wyo.', 'wy'], ['District of Columbia', 'D.C.', 'dc'],
  ['Puerto Rico', 'P.R.', 'pr'], ['Guam', 'Guam', 'gu'], ['Virgin Islands', 'V.I.', 'vi'], ['American Samoa', 'Am. Sam.', 'as'],
];

export const PLACES: readonly Place[] = STATES.map(([name, abbr, postal]) => ({ name, abbr, postal }));

const byName = new Map<string, Place>();
const byAbbr = new Map<string, Place>();
const byPostal = new Map<string, Place>();
for (const p of PLACES) {
  byName.set(p.name, p);
  if (p.abbr !== p.name) byAbbr.set(p.abbr, p);
  byPostal.set(p.postal, p);
}

/** A state or territory by its full name (`Connecticut`). */
export function placeByName(name: string): Place | undefined {
  return byName.get(name);
}

/** A state or territory by its abbreviation (`Conn.`, `W. Va.`). */
export function placeByAbbr(abbr: string): Place | undefined {
  return byAbbr.get(abbr);
}

/** A state or territory by postal code (`ct`). */
export function placeByPostal(postal: string): Place | undefined {
  return byPostal.get(postal.toLowerCase());
}

/** A place written either way. */
export function lookupPlace(written: string): Place | undefined {
  return byName.get(written) ?? byAbbr.get(written);
}

/** The only city the catalog's examples abbreviate inside a longer party name. */
export const CITY_ABBREVIATIONS: ReadonlyArray<[string, string]> = [['New York City', 'N.Y.C.']];
