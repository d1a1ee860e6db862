// CITE056 — a short form may drop the case name (`507 U.S. at 168`) only when
// the sentence it sits in already names the case. Otherwise the reader has to
// hunt for what `507 U.S.` was. The fix puts back the name the writer used
// before for that case, or else its first party (the other party when the
// first is a government or a place). The Supreme Court and the Solicitor
// General drop the name while the discussion is about the case: in that house
// style a name in the preceding few sentences is enough.

import type { CaseName, Citation } from '../types';
import type { Finding, Rule } from './types';
import { italicRunOver, italicRuns } from './emphasis';
import { isGovernmentParty, nameKey } from './parties';
import { sentenceStart } from './sentencePosition';
import { trimSpan } from './spans';
import { distinctiveNameWords } from '../cite/predicates';

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
      // The sentence the citation supports counts: a citation sentence after
      // "In Flores, we held that “…”." needs no name (Bluebook 10.9).
      // A blank line inside a sentence is double spacing or a page break, not a paragraph's end.
      const own = sentenceStart(text, c.span.start, 1500, true);
      const supported = own > 0 ? sentenceStart(text, Math.max(0, own - 1), 1500, true) : own;
      // `Id. 122 S.W.3d at 283`: the Id. names the case (a redundant reporter is another matter).
      if (/\b[Ii]d\.,?[ \t]*$/.test(text.slice(Math.max(0, c.span.start - 6), c.span.start))) continue;
      // A citation after a block quotation supports it and the sentence that introduced it
      // (`As the D.C. Circuit explained in Halberstam:`).
      const intro = blockQuoteIntro(text, c.span.start);
      const from = Math.min(own, supported, intro === undefined ? own : sentenceStart(text, intro, 1500, true));
      const plain = (discussion ? proseBefore(text, c.span.start, 700) : text.slice(from, c.span.start)).replace(/[*_]/g, '');
      // A name broken at a line end (`Hanra-⏎han`, `Rosen⏎berger`) is read joined too.
      const before = plain + '\n' + plain.replace(/([A-Za-z])[-\u00ad]?[ \t]*\r?\n[ \t]*(?=[a-z])/g, '$1');
      const used = usedName.get(c.antecedent);
      const wordsToFind = [...distinctiveNameWords(full), ...(used ? [used] : [])];
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
          ? `This short form has no case name and the sentence does not name the case: write "${name}, ${shown}".`
          : `This short form has no case name and the sentence does not name the case (${full.text}): add the name the case goes by before "${shown}".`,
        fixes: inserted ? [{ title: `Add "${name}"`, edits: [{ start: c.span.start, end: c.span.start, newText: inserted }] }] : [],
      });
    }
    return out;
  },
};

/**
 * The last `length` characters of running text before `pos`, leaving out the
 * footnotes of earlier pages: a sentence interrupted by a page end continues
 * after the footnotes below the page's rule (`——————`, in a slip opinion) or
 * after a blank line and a footnote number (in the United States Reports), and
 * after the page break.
 */
function proseBefore(text: string, pos: number, length: number): string {
  const from = Math.max(0, pos - 4000);
  const raw = text.slice(from, pos);
  // Only up to the last page break: a rule with no page break after it is not cut (and not searched to the end again).
  const ff = raw.lastIndexOf('\f');
  if (ff < 0) return raw.slice(-length);
  const window = raw.slice(0, ff + 1).replace(/\n[ \t]*(?:[\u2014\u2013_-]{4,}|\n[ \t]*\d{1,3})[ \t]*\n(?=[ \t]*\S)[^\f]*\f/g, '\n') + raw.slice(ff + 1);
  return window.slice(-length);
}

/**
 * Where a citation opens the line after a block quotation, the end of the line
 * that introduced the quotation (`… explained in Halberstam:`); else undefined.
 * The block is the run of lines above the citation, set off by blank lines (a
 * page number on its own line may stand between), and its introduction ends in a colon.
 */
function blockQuoteIntro(text: string, pos: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (text.slice(lineStart, pos).trim() !== '') return undefined;
  // Up over blank lines and lone page numbers to the block's last line.
  let k = lineStart - 1;
  let blank = false;
  for (let guard = 0; guard < 8 && k > 0; guard++) {
    const s = text.lastIndexOf('\n', k - 1) + 1;
    const line = text.slice(s, k).trim();
    if (line === '') blank = true;
    else if (!/^\d{1,4}$/.test(line)) break;
    k = s - 1;
  }
  if (!blank || k <= 0) return undefined;
  // Up through the block to the blank line above it.
  const limit = Math.max(0, k - 3000);
  let top = k;
  for (;;) {
    const s = text.lastIndexOf('\n', top - 1) + 1;
    if (s <= limit) return undefined;
    if (text.slice(s, top).trim() === '') break;
    top = s - 1;
  }
  // Past the blank lines above the block: the introduction ends in a colon.
  let e = top;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e > 0 && text[e - 1] === ':' ? e - 1 : undefined;
}

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
