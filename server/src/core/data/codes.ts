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

export function lookupCode(asWritten: string): Code | undefined {
  return byKey.get(keyOf(asWritten));
}
