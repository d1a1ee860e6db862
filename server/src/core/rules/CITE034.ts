// CITE034 — one business designation is enough. When a party's name already
// shows it is a firm (`Co.`, `Corp.`, `Ass'n`, `Bros.`, `R.R.`, `Ry.`), a
// further `Inc.`, `Ltd.`, `L.L.C.`, `N.A.` and the like is dropped:
// `Oppenheimer & Co., Inc.` → `Oppenheimer & Co.`.

import type { Edit, Rule } from './types';
import { FIRM_WORDS, partiesOf, straight, tokensIn, namedCitations } from './caseNameTools';

const EXTRA = /^(?:Inc\.|Ltd\.|L\.L\.C\.|LLC|L\.L\.P\.|LLP|L\.P\.|N\.A\.|F\.S\.B\.|P\.C\.|P\.A\.|PLC|P\.L\.C\.|S\.A\.|GmbH|AG)$/;

export const CITE034: Rule = {
  meta: {
    code: 'CITE034',
    title: 'More than one business designation',
    defaultSeverity: 'warning',
    indigo: 'R11.5.6',
    bluebook: '10.2.1(h)',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out = [];
    for (const { c, name } of namedCitations(cites)) {
      const edits: Edit[] = [];
      const notes: string[] = [];
      for (const party of partiesOf(text, name)) {
        const tokens = tokensIn(text, party.start, party.end);
        const firm = tokens.findIndex((t) => FIRM_WORDS.test(straight(t.s)));
        if (firm < 0) continue;
        // Trailing designations after the firm word: `Co., Inc.`
        let k = tokens.length;
        while (k - 1 > firm && EXTRA.test(straight(tokens[k - 1].s))) k--;
        if (k === tokens.length) continue;
        const start = tokens[k - 1].end; // keeps the firm word, drops the comma and what follows
        edits.push({ start, end: tokens[tokens.length - 1].end, newText: '' });
        const kept = text.slice(party.start, start).replace(/[*_]/g, '').replace(/\s+/g, ' ');
        notes.push(`"${kept}" already shows a business firm: drop "${text.slice(start, tokens[tokens.length - 1].end).replace(/^[,\s]+/, '')}"`);
      }
      if (!edits.length) continue;
      out.push({
        span: { start: edits[0].start, end: edits[edits.length - 1].end },
        citation: c.index,
        message: `One business designation is enough: ${notes.join('; ')}.`,
        fixes: [{ title: 'Drop the extra designation', edits }],
      });
    }
    return out;
  },
};
