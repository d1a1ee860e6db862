// CITE070 — subsequent-history phrases are written exactly as the history
// table has them (`aff'd`, `rev'd`, `cert. denied`, `overruled by`). Phrases
// that stand for a decision (`aff'd,`, `rev'd,`, `vacated,`, `cert. denied,`)
// take a comma before the citation; phrases whose object is the next case
// (`overruled by`, `aff'g`, `rev'g`) take none, and `overruled`/`abrogated`
// need their `by`. Italics for the phrase are CITE042's business.

import type { Edit, Finding, Rule } from './types';
import { historyPhrases, isMarker, mergeEdits, smallestEdit } from './a46Helpers';

export const CITE070: Rule = {
  meta: {
    code: 'CITE070',
    title: 'Subsequent-history phrase',
    defaultSeverity: 'warning',
    indigo: 'R14.1, R14.2.1, R14.2.2, T14',
    bluebook: '10.7, 10.7.1, T8',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    for (const h of historyPhrases(text, cites).values()) {
      const want = h.canonical.split(' ');
      const edits: Edit[] = [];
      h.words.forEach((w, k) => {
        const e = smallestEdit(w.start, w.text, want[k]);
        if (e) edits.push(e);
      });
      const lastWord = h.words[h.words.length - 1];
      if (want.length === h.words.length + 1) edits.push({ start: lastWord.end, end: lastWord.end, newText: ` ${want[want.length - 1]}` });
      else if (want.length !== h.words.length) continue;
      if (h.takesComma === true && h.punct?.ch !== ',') {
        if (h.punct) {
          // `aff'd.` → `aff'd,`; a period inside the italics becomes a comma after them.
          let after = h.punct.at + 1;
          while (after < h.gap.end && isMarker(text[after])) after++;
          if (after === h.punct.at + 1) edits.push({ start: h.punct.at, end: after, newText: ',' });
          else edits.push({ start: h.punct.at, end: h.punct.at + 1, newText: '' }, { start: after, end: after, newText: ',' });
        } else {
          edits.push({ start: h.afterWords, end: h.afterWords, newText: ',' });
        }
      } else if (h.takesComma === false && h.punct) {
        edits.push({ start: h.punct.at, end: h.punct.at + 1, newText: '' });
      }
      if (edits.length === 0) continue;
      const written = text
        .slice(h.words[0].start, h.punct ? h.punct.at + 1 : lastWord.end)
        .replace(/[*_]/g, '')
        .replace(/\u2019/g, "'");
      const right = h.canonical + (h.takesComma ? ',' : '');
      out.push({
        span: { start: h.words[0].start, end: Math.max(h.punct ? h.punct.at + 1 : lastWord.end, lastWord.end) },
        citation: h.cite.index,
        message: `CITE070 Subsequent history: write "${right}", not "${written}".${h.takesComma === false ? ' A phrase whose object is the next case takes no comma.' : ''}`,
        fixes: [{ title: `Write "${right}"`, edits: mergeEdits(edits) }],
      });
    }
    return out;
  },
};
