// Parties of a case name: whether a party is a government or a place, and a
// name compared loosely. (The distinctive words of a name are in
// cite/predicates.ts, with the other name-word questions.)

const STATES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'Puerto Rico',
  'Guam',
  'Ala.',
  'Ariz.',
  'Ark.',
  'Cal.',
  'Colo.',
  'Conn.',
  'Del.',
  'Fla.',
  'Ga.',
  'Haw.',
  'Ill.',
  'Ind.',
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
  'Okla.',
  'Or.',
  'Pa.',
  'R.I.',
  'S.C.',
  'S.D.',
  'Tenn.',
  'Tex.',
  'Vt.',
  'Va.',
  'Wash.',
  'W. Va.',
  'Wis.',
  'Wyo.',
  'P.R.',
];
const STATE_SET = new Set(STATES.map((s) => s.toLowerCase()));
const GOVERNMENT =
  /^(?:the\s+)?(?:united\s+states(?:\s+of\s+america)?|u\.\s?s\.|america|state|states|people|commonwealth|government|gov't|territory|district\s+of\s+columbia|d\.c\.|new\s+york\s+city|n\.y\.c\.)$/i;
const LOCALITY =
  /^(?:the\s+)?(?:city|town|village|vill\.|county|cnty\.|cty\.|borough|township|twp\.|parish|par\.|municipality|mun\.|state|commonwealth|people|district|dist\.)(?:\s+(?:and\s+county\s+)?of\s+.+)?$/i;

/** True for a party that is a government or a place (`United States`, `State`, `City of Hartford`, `Connecticut`). */
export function isGovernmentParty(name: string | undefined): boolean {
  if (!name) return false;
  const n = name.replace(/[*_]/g, '').replace(/\s+/g, ' ').replace(/,$/, '').trim();
  if (n === '') return false;
  if (GOVERNMENT.test(n) || LOCALITY.test(n)) return true;
  if (STATE_SET.has(n.toLowerCase())) return true;
  const m = /^(?:state|commonwealth|people)\s+of\s+(?:the\s+)?(.+)$/i.exec(n);
  return !!m && STATE_SET.has(m[1].toLowerCase());
}

/** A name compared loosely: no emphasis, one space, no trailing comma, lower case. */
export function nameKey(s: string | undefined): string {
  return (s ?? '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[,\s]+$/, '')
    .trim()
    .toLowerCase();
}
