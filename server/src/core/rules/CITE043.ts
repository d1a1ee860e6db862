// CITE043 — Cf., But cf. and Compare … with … tell the reader that an authority
// supports the point only by analogy or by contrast; without a parenthetical
// saying how, the reader cannot follow the comparison. Only the writer can
// supply that explanation, so there is no fix. An explanation the writer gave
// right after the citation (a statute's parenthetical, `, holding that …`)
// counts.

import type { Finding, Rule } from './types';
import { signalKey } from './sentencePosition';

const NEEDS_EXPLANATION = new Set(['cf', 'but cf', 'compare', 'with']);

/**
 * An explanation right after the citation that the citation does not carry as
 * its own parenthetical: a statute's (`42 U.S.C. 3607(b)(1) (providing that …)`,
 * which the scanner keeps apart from the section), or a participle after a
 * comma (`…, 817 (Tex. App. 2003), holding that …`).
 */
function explainedAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  return /^\s*\(\s*[a-z]/.test(after) || /^,\s*(?:holding|finding|noting|stating|explaining|reasoning|concluding|recognizing|observing|ruling)\b/.test(after);
}

export const CITE043: Rule = {
  meta: {
    code: 'CITE043',
    title: 'Cf., But cf. or Compare without an explanatory parenthetical',
    defaultSeverity: 'info',
    indigo: 'R4.6.6, R4.7, R4.8.3',
    bluebook: '1.2, 1.5',
    fix: 'none',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const c of cites) {
      if (!c.signal) continue;
      const key = signalKey(c.signal.text);
      if (!NEEDS_EXPLANATION.has(key)) continue;
      if (c.parentheticals.some((p) => p.kind === 'explanatory')) continue;
      if (explainedAfter(text, c.span.end)) continue;
      // A statute keeps only its date and publisher parentheticals; an explanation follows its span.
      if ((c.kind === 'statute' || c.kind === 'regulation') && /^[ \t]?\(/.test(text.slice(c.span.end, c.span.end + 2))) continue;
      const shown = c.signal.text.replace(/,\s*$/, '');
      out.push({
        span: { start: c.signal.span.start, end: c.span.end },
        citation: c.index,
        message: `"${shown}" asks the reader to draw a comparison; add an explanatory parenthetical saying how this authority bears on the point, e.g. "(holding that …)". Pincite cannot write it for you.`,
        fixes: [],
      });
    }
    return out;
  },
};
