// CITE070 — subsequent-history phrases are written exactly as the history
// table has them (`aff'd`, `rev'd`, `cert. denied`, `overruled by`). Phrases
// that stand for a decision (`aff'd,`, `rev'd,`, `vacated,`, `cert. denied,`)
// take a comma before the citation; phrases whose object is the next case
// (`overruled by`, `aff'g`, `rev'g`) take none, and `overruled`/`abrogated`
// need their `by`; the others take none (`aff'd by 197 F.3d 161` is `aff'd,`).
// Italics for the phrase are CITE042's business, and so is nothing typographic:
// a curly apostrophe (`aff’d`) and a line break between the words are the
// same phrase. The Supreme Court writes `overruled on other grounds, Pollard`
// with a comma for the `by`; in its house style that is the form. A phrase
// inside a quotation reproduces its source and is not judged.

import type { Edit, Finding, Rule } from './types';
import { mergeEdits, minimalEdit } from './edits';
import { isMarker } from './emphasis';
import { historyPhrases } from './historyPhrases';
import { insideQuotation } from '../text/quotes';

export const CITE070: Rule = {
  meta: {
    code: 'CITE070',
    title: 'Subsequent-history phrase',
    defaultSeverity: 'warning',
    indigo: 'R14.1, R14.2.1, R14.2.2, T14',
    bluebook: '10.7, 10.7.1, T8',
    fix: 'safe',
  },
  check({ cites, text, quoted, style }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    const commaForBy = style.accepts.has('historyCommaForBy');
    for (const h of historyPhrases(text, cites).values()) {
      if (insideQuotation(quoted, { start: h.words[0].start, end: h.words[h.words.length - 1].end })) continue;
      const want = h.canonical.split(' ');
      const edits: Edit[] = [];
      const lastWord = h.words[h.words.length - 1];
      // `aff'd by`: the `by` goes, and the comma the phrase takes stands in its place.
      const dropBy = want.length === h.words.length - 1;
      h.words.forEach((w, k) => {
        if (k >= want.length) return;
        // Keep the document's apostrophes: `aff’d` is `aff'd`.
        const curly = w.text.includes('\u2019');
        const right = curly ? want[k].replace(/'/g, '\u2019') : want[k];
        const e = minimalEdit(w.start, w.text, right);
        if (e) edits.push(e);
      });
      if (want.length === h.words.length + 1) {
        // `overruled on other grounds, Pollard`: the Supreme Court's comma for the `by`.
        if (commaForBy && edits.length === 0 && h.takesComma === false && h.punct?.ch === ',') continue;
        edits.push({ start: lastWord.end, end: lastWord.end, newText: ` ${want[want.length - 1]}` });
      } else if (dropBy) {
        edits.push({ start: h.words[h.words.length - 2].end, end: lastWord.end, newText: '' });
      } else if (want.length !== h.words.length) continue;
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
        .replace(/\u2019/g, "'")
        .replace(/\s+/g, ' ');
      const right = h.canonical + (h.takesComma ? ',' : '');
      out.push({
        span: { start: h.words[0].start, end: Math.max(h.punct ? h.punct.at + 1 : lastWord.end, lastWord.end) },
        citation: h.cite.index,
        message: `Subsequent history: write "${right}", not "${written}".${h.takesComma === false ? ' A phrase whose object is the next case takes no comma.' : ''}`,
        fixes: [{ title: `Write "${right}"`, edits: mergeEdits(edits) }],
      });
    }
    return out;
  },
};
