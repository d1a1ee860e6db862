// CITE056 — a short form may drop the case name (`507 U.S. at 168`) only when
// the sentence it sits in already names the case. Otherwise the reader has to
// hunt for what `507 U.S.` was. The fix puts back the name the writer used
// before for that case, or else its first party (the other party when the
// first is a government or a place). The Supreme Court and the Solicitor
// General drop the name while the discussion is about the case: in that house
// style a name in the preceding few sentences is enough.

import type { CaseName, Citation } from '../types';
import type { Finding, Rule } from './types';
import { distinctiveWords, isGovernmentParty, italicRunOver, italicRuns, nameKey, sentenceStart, trimSpan } from './a46Helpers';

export const CITE056: Rule = {
  meta: {
    code: 'CITE056',
    title: 'Short form without a case name',
    defaultSeverity: 'warning',
    indigo: 'R15.1, R15.2.2',
    bluebook: '10.9(a)',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    const discussion = style.accepts.has('bareShortForms');
    const runs = italicRuns(text);
    const italicStyle = italicNames(cites, text, runs);
    /** The latest name the writer gave a short form of each antecedent, as the document is read. */
    const usedName = new Map<number, string>();
    for (const c of cites) {
      if (c.kind === 'shortCase' && c.caseName && c.antecedent !== null && c.antecedent !== undefined) {
        usedName.set(c.antecedent, c.caseName.text.replace(/[*_]/g, ''));
      }
      if (c.kind !== 'shortCase' && c.kind !== 'database') continue;
      if (c.parallelOf !== undefined || c.historyOf !== undefined || c.caseName) continue;
      if (c.resolution !== 'resolved' || c.antecedent === null || c.antecedent === undefined) continue;
      if (c.kind === 'database' && c.pins.length === 0) continue;
      const target = cites[c.antecedent];
      const full = 'caseName' in target ? target.caseName : undefined;
      if (!full) continue;
      // Named in the same sentence? Look at the sentence up to the short form.
      const from = discussion ? Math.max(0, c.span.start - 700) : sentenceStart(text, c.span.start);
      const before = text.slice(from, c.span.start).replace(/[*_]/g, '');
      const used = usedName.get(c.antecedent);
      const wordsToFind = [...distinctiveWords(full), ...(used ? [used] : [])];
      if (wordsToFind.length === 0) continue;
      if (wordsToFind.some((w) => new RegExp(`\\b${escape(w)}\\b`).test(before))) continue;
      const name = used ?? pickParty(full);
      const mark = italicStyle ? '*' : '';
      const inserted = name ? `${mark}${name}${mark}, ` : undefined;
      const shown = text.slice(c.span.start, c.span.end).replace(/[*_]/g, '');
      out.push({
        span: c.span,
        citation: c.index,
        message: name
          ? `CITE056 This short form has no case name and the sentence does not name the case: write "${name}, ${shown}".`
          : `CITE056 This short form has no case name and the sentence does not name the case (${full.text}): add the name the case goes by before "${shown}".`,
        fixes: inserted ? [{ title: `Add "${name}"`, edits: [{ start: c.span.start, end: c.span.start, newText: inserted }] }] : [],
      });
    }
    return out;
  },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** First party, unless it is a government or place; then the other. Long or compound parties are left to the writer. */
function pickParty(n: CaseName): string | undefined {
  if (n.procedural || !n.plaintiff || !n.defendant) return undefined;
  for (const p of [n.plaintiff, n.defendant]) {
    const clean = p.replace(/[*_]/g, '').trim();
    if (isGovernmentParty(clean)) continue;
    if (clean.includes(',') || clean.split(/\s+/).length > 4 || nameKey(clean) === '') return undefined;
    return clean;
  }
  return undefined;
}

/** True when the document italicises most of its case names (so an added name should be italic too). */
function italicNames(cites: Citation[], text: string, runs: ReturnType<typeof italicRuns>): boolean {
  let italic = 0;
  let roman = 0;
  for (const c of cites) {
    if (!('caseName' in c) || !c.caseName) continue;
    const s = trimSpan(text, c.caseName.span.start, c.caseName.span.end);
    if (italicRunOver(runs, s.start, s.end)) italic++;
    else roman++;
  }
  return italic > roman;
}
