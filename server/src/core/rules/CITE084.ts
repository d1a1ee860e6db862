// CITE084 — federal court rules in their standard abbreviations, spaced, with
// the rule number directly after: `Fed. R. Civ. P. 8(a)(2)`, `Fed. R. Evid.
// 403`, not `Fed.R.Civ.P.`, `FRCP`, `F.R.C.P.` or `Fed. R. Civ. Pro.`, and no
// `§` before the number. A rule in force carries no year; a year is reported
// but left in place, since it may mark a superseded version cited on purpose.
// "Rule 12(b)(6)" in prose is not a citation and is never flagged. State rule
// sets (the Connecticut Practice Book writes `§`) are left to local practice.

import { lookupCode } from '../data/codes';
import type { Edit, Rule } from './types';
import { inCapitals } from './citeSpans';
import { minimalEdit } from './edits';

export const CITE084: Rule = {
  meta: {
    code: 'CITE084',
    title: 'Court rule citation form',
    defaultSeverity: 'warning',
    indigo: 'R18.1.1, R18.1.3',
    bluebook: '12.9.3, B12.1.3',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    // West's text closes the rule's abbreviation up (`Fed.R.Civ.P.`): that house form is only spacing.
    const closedOk = style.accepts.has('closedUpCodes');
    for (const c of cites) {
      if (c.kind !== 'rule') continue;
      const code = lookupCode(c.code);
      if (!code || code.jurisdiction !== 'us') continue;
      const edits: Edit[] = [];
      const problems: string[] = [];
      const written = text.slice(c.codeSpan.start, c.codeSpan.end);
      const spacingOnly = closedOk && written.replace(/\s+/g, '') === c.code.replace(/\s+/g, '');
      if (!/\n/.test(written) && !inCapitals(written, c.code) && !spacingOnly) {
        const e = minimalEdit(c.codeSpan.start, written, c.code);
        if (e) {
          edits.push(e);
          problems.push(`write "${c.code}", not "${written.replace(/\s+/g, ' ')}"`);
        }
      }
      const between = text.slice(c.codeSpan.end, c.ruleSpan.start);
      const sign = /§§?\s*$/.exec(between);
      if (sign) {
        const at = c.codeSpan.end + sign.index;
        edits.push({ start: at, end: c.ruleSpan.start, newText: '' });
        problems.push('no "§" before a rule number');
      }
      if (c.parentheticals.some((p) => /^\(\s*(?:1[89]|20)\d\d\s*\)$/.test(p.text))) {
        problems.push('a rule in force is cited without a year (keep it only for a superseded version)');
      }
      if (!problems.length) continue;
      out.push({
        span: c.span,
        citation: c.index,
        message: `Court rule form is "${c.code} <rule>": ${problems.join('; ')}.`,
        fixes: edits.length ? [{ title: `Write "${c.code} ${c.rule.replace(/^§§?\s*/, '')}"`, edits }] : [],
      });
    }
    return out;
  },
};
