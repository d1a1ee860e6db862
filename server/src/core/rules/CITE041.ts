// CITE041 — signal spelling and punctuation: `See, e.g.,` (a comma on each side
// of e.g.), `Cf.` with its period, `But see` with a lower-case second word.
// Also notes, without a fix, a string citation whose signals run out of
// category order: support, then comparison, then contradiction, then
// background. The capital of the first word is CITE040's business.

import type { Citation } from '../types';
import type { Edit, Finding, Rule } from './types';
import { mergeEdits, minimalEdit } from './edits';
import { isMarker } from './emphasis';
import { signalKey } from './sentencePosition';
import { isTopLevelNotHistory } from '../cite/predicates';

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The signals and how each is written; `e.g.` combinations carry their commas. */
const FORMS: Record<string, string[]> = {
  see: ['see'],
  'see also': ['see', 'also'],
  'see generally': ['see', 'generally'],
  'see e.g.': ['see,', 'e.g.,'],
  'see also e.g.': ['see', 'also,', 'e.g.,'],
  'but see': ['but', 'see'],
  'but see e.g.': ['but', 'see,', 'e.g.,'],
  cf: ['cf.'],
  'but cf': ['but', 'cf.'],
  'e.g.': ['e.g.,'],
  accord: ['accord'],
  contra: ['contra'],
  compare: ['compare'],
  contrast: ['contrast'],
  with: ['with'],
};

/** Bluebook 1.2 categories: support, comparison, contradiction, background. `contrast` is left out. */
const CATEGORY: Record<string, number> = {
  see: 0,
  'see also': 0,
  'see e.g.': 0,
  'see also e.g.': 0,
  cf: 0,
  'e.g.': 0,
  accord: 0,
  compare: 1,
  with: 1,
  contra: 2,
  'but see': 2,
  'but see e.g.': 2,
  'but cf': 2,
  'see generally': 3,
};
const CATEGORY_NAMES = ['support', 'comparison', 'contradiction', 'background'];

/** The signal's words in the original text (emphasis markers are not part of any word). */
function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const re = /[^\s*_]+/g;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export const CITE041: Rule = {
  meta: {
    code: 'CITE041',
    title: 'Signal spelling and order',
    defaultSeverity: 'warning',
    indigo: 'R4.2, R4.3, R4.6.2',
    bluebook: '1.2, 1.3',
    fix: 'safe',
  },
  check({ cites, text }) {
    const out: Array<Omit<Finding, 'code' | 'severity'>> = [];
    // Signals in force in each citation sentence, for the order check.
    let sentence = -1;
    let highest = -1;
    let highestSignal = '';
    for (const c of cites) {
      let orderNote: string | undefined;
      if (isTopLevelNotHistory(c)) {
        if (c.sentence !== sentence) {
          sentence = c.sentence;
          highest = -1;
        }
        const key = c.signal ? signalKey(c.signal.text) : undefined;
        const cat = key !== undefined ? CATEGORY[key] : undefined;
        if (cat !== undefined) {
          if (cat < highest) {
            orderNote = `"${c.signal!.text.replace(/,\s*$/, '')}" (${CATEGORY_NAMES[cat]}) comes after "${highestSignal}" (${CATEGORY_NAMES[highest]}) in the same citation sentence; signals go in the order support, comparison, contradiction, background. Move this citation, or start a new citation sentence.`;
          } else if (cat > highest) {
            highest = cat;
            highestSignal = c.signal!.text.replace(/,\s*$/, '');
          }
        }
      }
      const spelling = c.signal ? spellingFix(text, c) : undefined;
      if (!spelling && !orderNote) continue;
      const parts: string[] = [];
      if (spelling) parts.push(`write "${spelling.right}", not "${spelling.written}"`);
      if (orderNote) parts.push(orderNote);
      out.push({
        span: c.signal!.span,
        citation: c.index,
        message: `Signal: ${parts.join('. ')}${orderNote ? '' : '.'}`,
        fixes: spelling ? [{ title: `Write "${spelling.right}"`, edits: mergeEdits(spelling.edits) }] : [],
      });
    }
    return out;
  },
};

/** Edits that spell the signal of `c` right, or undefined when it is right already. */
function spellingFix(text: string, c: Citation): { written: string; right: string; edits: Edit[] } | undefined {
  const sig = c.signal!;
  const words = wordsOf(text, sig.span.start, sig.span.end);
  if (words.length === 0) return undefined;
  const key = signalKey(sig.text);
  const form = FORMS[key];
  if (!form) return undefined;
  // A trailing comma written after the last word's closing emphasis (`*See, e.g.*,`) counts as written.
  const last = words[words.length - 1];
  if (last.text === ',' && words.length > 1) {
    words.pop();
    words[words.length - 1] = { ...words[words.length - 1], text: words[words.length - 1].text + ',' };
  }
  if (words.length !== form.length) return undefined;
  const edits: Edit[] = [];
  words.forEach((w, k) => {
    const want = form[k];
    const core = w.text.replace(/,$/, '');
    const wantCore = want.replace(/,$/, '');
    // Case: the first word's capital is CITE040's; later words are lower-case.
    const rightCore = k === 0 ? core[0] + wantCore.slice(1) : wantCore;
    const e = minimalEdit(w.start, core, rightCore);
    if (e) edits.push(e);
    const hasComma = w.text.endsWith(',');
    const wantsComma = want.endsWith(',');
    if (wantsComma && !hasComma) {
      // The comma after the signal's last word stays out of its italics: put it after closing markers.
      let at = w.start + core.length;
      if (k === form.length - 1) while (isMarker(text[at])) at++;
      edits.push({ start: at, end: at, newText: ',' });
    } else if (!wantsComma && hasComma && k < form.length - 1) {
      const at = text.lastIndexOf(',', w.end);
      edits.push({ start: at, end: at + 1, newText: '' });
    }
  });
  if (edits.length === 0) return undefined;
  const written = text.slice(sig.span.start, sig.span.end).replace(/[*_]/g, '');
  const right = form.map((f, k) => (k === 0 ? written[0] + f.slice(1) : f)).join(' ');
  return { written: written.trim(), right, edits };
}
