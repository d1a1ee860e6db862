// CITE014 — a footnote pin is written `610 n.11`: no space after "n.", and
// "nn." when it names more than one footnote (`610 nn.3-4`), "n." when it
// names one. The fix only closes up or changes the abbreviation. The Supreme
// Court and West print `n. 9`: in those house styles a document that spaces
// its footnote pins throughout is not told about each one.

import type { Citation } from '../types';
import type { Edit, Rule } from './types';
import { allPins } from './citeParts';

const NOTE = /\b(nn?)\.([ \t]+)?(\d{1,3}(?:[ \t]?[-\u2010-\u2014\u2212,][ \t]?\d{1,3})?)(?![\d])/g;

/** True when some footnote pin in the document is written closed up (`610 n.13`). */
function closesFootnotesUp(cites: Citation[], text: string): boolean {
  for (const c of cites) {
    for (const pin of allPins(c)) {
      if (pin.footnote === undefined) continue;
      if (/\bnn?\.\d/.test(text.slice(pin.span.start, pin.span.end))) return true;
    }
  }
  return false;
}

export const CITE014: Rule = {
  meta: {
    code: 'CITE014',
    title: 'Footnote pin form',
    defaultSeverity: 'warning',
    indigo: 'R5.1.3, R11.7.4',
    bluebook: '3.2(b)',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    // The Supreme Court and West write `n. 9`; a document that also closes
    // footnote pins up (`n.13`) is told about the spaced ones.
    const spaceOk = style.accepts.has('footnoteSpace') && !closesFootnotesUp(cites, text);
    for (const c of cites) {
      const edits: Edit[] = [];
      const what: string[] = [];
      let span: { start: number; end: number } | undefined;
      for (const pin of allPins(c)) {
        if (pin.footnote === undefined) continue;
        const written = text.slice(pin.span.start, pin.span.end);
        if (written.includes('&')) continue; // `n.3 & n.4`: several forms are possible
        NOTE.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = NOTE.exec(written))) {
          const at = pin.span.start + m.index;
          const several = /[-\u2010-\u2014\u2212,]/.test(m[3]);
          const right = several ? 'nn' : 'n';
          const space = m[2] && !spaceOk;
          if (m[1] !== right || space) span ??= { start: at, end: at + m[0].length };
          if (m[1] !== right) {
            edits.push({ start: at, end: at + m[1].length, newText: right });
            what.push(several ? '"nn." for more than one footnote' : '"n." for a single footnote');
          }
          if (space) {
            const s = at + m[1].length + 1;
            edits.push({ start: s, end: s + m[2].length, newText: '' });
            what.push(`no space after "${right}."`);
          }
        }
      }
      if (edits.length === 0 || !span) continue;
      out.push({
        span,
        citation: c.index,
        message: `Footnote pin: ${[...new Set(what)].join('; ')} (e.g. "610 n.11", "610 nn.3-4").`,
        fixes: [{ title: 'Correct the footnote pin', edits }],
      });
    }
    return out;
  },
};
