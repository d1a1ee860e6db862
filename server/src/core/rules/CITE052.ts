// CITE052 — a pin that does not suit what it points into. "at" introduces a
// page; a section or paragraph pin stands on its own (`Id. § 9`, `Id. ¶ 12`),
// so `Id. at ¶ 12` loses its "at" (Ohio's courts keep it: their house style),
// and a span or list takes the doubled sign (`Id. ¶¶ 6-7`). A page pin cannot point into a statute,
// regulation or constitution cited by section, and a section pin cannot point
// into a reported case; those need the right pin, which only the writer knows.

import type { Citation, Pin } from '../types';
import type { Finding, Rule } from './types';

const SECTIONED = new Set(['statute', 'regulation', 'constitution']);

export const CITE052: Rule = {
  meta: {
    code: 'CITE052',
    title: 'Pin does not fit the cited source',
    defaultSeverity: 'warning',
    indigo: 'R5.3, R6.2.2',
    bluebook: '4.1, 3.3',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    // Ohio's courts write `Id. at ¶ 12`.
    const paragraphAt = style.accepts.has('paragraphPinAt');
    for (const c of cites) {
      if (c.kind !== 'id' && c.kind !== 'shortCase') continue;
      const pin = c.pins[0];
      if (!pin) continue;
      const target = antecedentOf(cites, c);
      const label = c.kind === 'id' ? c.form : 'this short form';
      if (pin.joiner === 'at' && (pin.kind === 'section' || pin.kind === 'paragraph') && !(pin.kind === 'paragraph' && paragraphAt)) {
        const at = atBefore(text, c, pin);
        const sign = pin.kind === 'section' ? '§' : '¶';
        const misfit = pin.kind === 'section' && target?.kind === 'case' ? ` A section pin cannot point into ${caseLabel(target)}; give its page.` : '';
        const written = pin.text.replace(/\.$/, '');
        // A span or list of paragraphs or sections takes the doubled sign: `Id. ¶¶ 6-7`.
        const doubled = new RegExp(`^${sign}(?!${sign})`).test(written) && /\d\s*(?:[-\u2010-\u2014,&]|and\b)\s*\d/.test(written);
        const right = doubled ? sign + written : written;
        const edits =
          at === undefined ? [] : [{ start: at, end: pin.span.start, newText: '' }, ...(doubled ? [{ start: pin.span.start, end: pin.span.start, newText: sign }] : [])];
        out.push({
          span: { start: at ?? pin.span.start, end: pin.span.end },
          citation: c.index,
          message: `A ${sign} pin takes no "at": write "${label} ${right}", not "${label} at ${written}".${misfit}`,
          fixes: edits.length === 0 ? [] : [{ title: doubled ? `Remove "at" and write "${sign}${sign}"` : 'Remove "at"', edits }],
        });
        continue;
      }
      if ((pin.kind === 'page' || pin.kind === 'range') && target && SECTIONED.has(target.kind) && sectioned(target)) {
        out.push({
          span: pin.span,
          citation: c.index,
          message: `${label} points into ${target.kind === 'constitution' ? 'a constitution' : `a ${target.kind}`} cited by section, so a page pin does not fit. If it means an authority cited before the ${target.kind}, use that authority's short form; if it means the ${target.kind}, give the section (e.g. "${label} § …"). Pincite cannot tell which is meant.`,
          fixes: [],
        });
        continue;
      }
      if (pin.kind === 'section' && target?.kind === 'case') {
        out.push({
          span: pin.span,
          citation: c.index,
          message: `${label} points into ${caseLabel(target)}, a reported case: give the page, not a section. Pincite cannot tell which page is meant.`,
          fixes: [],
        });
      }
    }
    return out;
  },
};

function antecedentOf(cites: Citation[], c: Citation): Citation | undefined {
  if (c.resolution !== 'resolved' || c.antecedent === undefined || c.antecedent === null) return undefined;
  return cites[c.antecedent];
}

function sectioned(c: Citation): boolean {
  if (c.kind === 'statute' || c.kind === 'regulation') return c.sectionSign !== '' || /^\d/.test(c.section);
  return c.kind === 'constitution';
}

function caseLabel(c: Citation): string {
  return 'caseName' in c && c.caseName ? c.caseName.text : 'the case';
}

/** Start of the `at ` (and the space after it) before `pin`, within the citation. */
function atBefore(text: string, c: Citation, pin: Pin): number | undefined {
  const before = text.slice(c.span.start, pin.span.start);
  const m = /\bat[\s*_]*$/.exec(before);
  return m ? c.span.start + m.index : undefined;
}
