// Statute, regulation, court-rule and constitution abbreviations, from
// data/codes.json (derived from reporters-db laws.json plus the catalog's
// additions). Lookups ignore whitespace and a trailing period.

import codesData from '../../../../data/codes.json';
import { spaceless } from './reporters';

export type CodeKind = 'statute' | 'regulation' | 'rule' | 'constitution';

export interface Code {
  abbr: string;
  kind: CodeKind;
  jurisdiction: string;
  name: string;
}

interface RawCode extends Code {
  variants?: string[];
  /** A family of codes named by subject: `Tex.` and `Code Ann.` around `Gov't` in `Tex. Gov't Code Ann.`. */
  subject?: { before: string; after: string };
}

const raw = (codesData as unknown as { codes: RawCode[] }).codes;
const byKey = new Map<string, Code>();

function keyOf(s: string): string {
  return spaceless(s).replace(/\.$/, '').toLowerCase();
}

for (const c of raw) {
  const code: Code = { abbr: c.abbr, kind: c.kind, jurisdiction: c.jurisdiction, name: c.name };
  const k = keyOf(c.abbr);
  if (!byKey.has(k)) byKey.set(k, code);
}
for (const c of raw) {
  for (const v of c.variants ?? []) {
    const k = keyOf(v);
    if (!byKey.has(k)) byKey.set(k, byKey.get(keyOf(c.abbr))!);
  }
}

/** `Tex. Gov't Code Ann.`, `TEX. GOV'T CODE ANN.`, `Tex. Gov't Code`, `Cal. Civ. Proc. Code`, `N.Y. Gen. Bus. Law`. */
const subjectCodes = raw
  .filter((c) => c.subject)
  .map((c) => {
    const { before, after } = c.subject!;
    const words = (s: string) => s.split(' ').map((w) => w.replace(/[.]/g, '\\.')).join('\\s?');
    // A writer may leave out the `Ann.` of an annotated code.
    const tail = after.endsWith(' Ann.') ? `${words(after.slice(0, -5))}(\\s?Ann\\.)?` : `${words(after)}()`;
    return { code: c, re: new RegExp(`^${words(before)}\\s?(.+?)\\s?${tail}$`, 'i') };
  });
/** A subject word as codes abbreviate it: `Gov't`, `Civ.`, `Prac.`, `Not-for-Profit`, `&`. */
const SUBJECT_WORD = /^(?:[A-Z][.\-'\u2019A-Za-z]*|&)$/;

function subjectCode(asWritten: string): Code | undefined {
  const s = asWritten.replace(/\s+/g, ' ').trim();
  for (const { code, re } of subjectCodes) {
    const m = re.exec(s);
    if (!m) continue;
    const subject = m[1].split(/ |(?<=\.)(?=[A-Z&])/).filter(Boolean);
    if (subject.length > 5 || !subject.every((w) => SUBJECT_WORD.test(w))) continue;
    // Written in capitals (`TEX. GOV'T CODE ANN.`): the canonical form is in ordinary case.
    const caps = !/[a-z]/.test(subject.join(''));
    const word = (w: string) => (caps ? w.charAt(0) + w.slice(1).toLowerCase() : w).replace(/\u2019/g, "'");
    const after = m[2] === undefined && code.subject!.after.endsWith(' Ann.') ? code.subject!.after.slice(0, -5) : code.subject!.after;
    return {
      abbr: `${code.subject!.before} ${subject.map(word).join(' ')} ${after}`,
      kind: code.kind,
      jurisdiction: code.jurisdiction,
      name: code.name,
    };
  }
  return undefined;
}

export function lookupCode(asWritten: string): Code | undefined {
  // A code's name is short: a longer text is no code, and is not searched (the subject pattern is quadratic in it).
  return byKey.get(keyOf(asWritten)) ?? (asWritten.length <= 80 && /[A-Za-z]/.test(asWritten) ? subjectCode(asWritten) : undefined);
}
