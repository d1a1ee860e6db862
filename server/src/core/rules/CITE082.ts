// CITE082 — a state code cited by its standard abbreviation, spaced:
// `Conn. Gen. Stat. § 4-165`, not `Conn.Gen.Stat.`, `C.G.S.` or `CGS`. Text in
// quotation marks reproduces its source (a brief quoting "C.G.S. § 54-36h"
// quotes it as written), and a code named in words in prose ("Connecticut
// General Statutes § 4-165 provides …") is not a citation form, so neither is
// flagged.

import type { Rule } from './types';
import { insideQuotation } from '../text/quotes';
import { inCapitals } from './citeSpans';
import { minimalEdit } from './edits';
import { isStateCode } from '../data/codeTypes';

/** A code name written out in words rather than abbreviated (`General Statutes`): a full word the abbreviation lacks. */
function spelledOut(written: string, abbr: string): boolean {
  const own = new Set(abbr.split(/[\s.]+/));
  return (written.match(/\b[A-Z][a-z]{3,}\b(?!\.)/g) ?? []).some((w) => !own.has(w));
}

export const CITE082: Rule = {
  meta: {
    code: 'CITE082',
    title: 'State code abbreviation',
    defaultSeverity: 'warning',
    indigo: 'T3, R17.2',
    bluebook: 'T1, 12.3',
    fix: 'safe',
  },
  check({ cites, text, quoted, style }) {
    const out = [];
    const closedOk = style.accepts.has('closedUpCodes');
    for (const c of cites) {
      if (c.kind !== 'statute') continue;
      if (!isStateCode(c.code)) continue;
      if (insideQuotation(quoted, c.span)) continue;
      const written = text.slice(c.codeSpan.start, c.codeSpan.end);
      if (/\n/.test(written) || spelledOut(written, c.code) || inCapitals(written, c.code)) continue;
      if (closedOk && written.replace(/\s+/g, '') === c.code.replace(/\s+/g, '')) continue; // `Colo.Rev.Stat.` in West text
      const edit = minimalEdit(c.codeSpan.start, written, c.code);
      if (!edit) continue;
      out.push({
        span: c.codeSpan,
        citation: c.index,
        message: `Write the code as "${c.code}", not "${written.replace(/\s+/g, ' ')}".`,
        fixes: [{ title: `Write "${c.code}"`, edits: [edit] }],
      });
    }
    return out;
  },
};
