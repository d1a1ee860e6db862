// CITE081 — a United States Code citation reads `<title> U.S.C. § <section>`:
// the code abbreviation dotted (`USC` → `U.S.C.`), a section symbol before the
// section, no leading "Title". The annotated codes name their publisher
// (`U.S.C.A.` → `(West)`, `U.S.C.S.` → `(LexisNexis)`). `et seq.` is flagged
// without a fix: the sections meant are the writer's to name (the Supreme
// Court's house style cites an Act as a whole that way, `30 U.S.C. § 901 et seq.`).

import type { StatuteCitation } from '../types';
import type { Edit, Rule } from './types';
import type { StyleProfile } from '../style/profiles';
import { minimalEdit } from './edits';

const PUBLISHER: Record<string, string> = { 'U.S.C.A.': 'West', 'U.S.C.S.': 'LexisNexis' };

export const CITE081: Rule = {
  meta: {
    code: 'CITE081',
    title: 'U.S. Code citation form',
    defaultSeverity: 'error',
    indigo: 'R16.1.1-R16.1.5, R5.2.3',
    bluebook: '12.3, 12.3.2',
    fix: 'safe',
  },
  check({ cites, text, style }) {
    const out = [];
    for (const c of cites) {
      if (c.kind !== 'statute' || !(c.code === 'U.S.C.' || c.code in PUBLISHER)) continue;
      const r = checkCode(c, text, style);
      if (r) out.push({ ...r, citation: c.index });
    }
    return out;
  },
};

function checkCode(c: StatuteCitation, text: string, style: StyleProfile) {
  const edits: Edit[] = [];
  const problems: string[] = [];
  const noFix: string[] = [];
  // "Title 42 U.S.C." → "42 U.S.C."
  const title = /^Title\s+(?=\d)/.exec(text.slice(c.span.start, c.codeSpan.start));
  if (title) {
    edits.push({ start: c.span.start, end: c.span.start + title[0].length, newText: '' });
    problems.push('drop "Title"');
  }
  if (c.title === undefined) noFix.push('the title number goes before the code (`42 U.S.C.`); Pincite cannot know which title is meant');
  const written = text.slice(c.codeSpan.start, c.codeSpan.end);
  // The Supreme Court spaces the code's initials (`U. S. C.`).
  const spacedOk = style.accepts.has('spacedReporters') && written.replace(/\s+/g, ' ') === c.code.replace(/\.(?=\S)/g, '. ');
  if (!/\n/.test(written) && !spacedOk) {
    const e = minimalEdit(c.codeSpan.start, written, c.code);
    if (e) {
      edits.push(e);
      problems.push(`write "${c.code}", not "${written.replace(/\s+/g, ' ')}"`);
    }
  }
  // The Solicitor General cites sections without `§`.
  if (c.sectionSign === '' && !style.accepts.has('noSectionSign')) {
    edits.push({ start: c.sectionSpan.start, end: c.sectionSpan.start, newText: '§ ' });
    problems.push('put "§" before the section');
  }
  const publisher = PUBLISHER[c.code];
  if (publisher && !c.parentheticals.some((p) => /West|LexisNexis|Lexis|Law\. Co-op/.test(p.text))) {
    const end = c.parentheticals.length ? c.parentheticals[c.parentheticals.length - 1] : undefined;
    const year = end && /^\((\d{4})\)$/.exec(text.slice(end.span.start, end.span.end));
    if (end && year) {
      edits.push({ start: end.span.start + 1, end: end.span.start + 1, newText: `${publisher} ` });
    } else if (!end) {
      edits.push({ start: c.sectionSpan.end, end: c.sectionSpan.end, newText: ` (${publisher})` });
    }
    problems.push(`${c.code} names its publisher: "(${publisher})"`);
  }
  // The Supreme Court and the Solicitor General cite an Act as a whole by its first section.
  if (/\bet seq\.$/.test(c.section) && !style.accepts.has('etSeq'))
    noFix.push('cite the sections relied on (a range with "§§") instead of "et seq."; Pincite cannot know which sections are meant');
  if (!problems.length && !noFix.length) return undefined;
  const message = `U.S. Code form is "<title> ${c.code} § <section>": ${[...problems, ...noFix].join('; ')}.`;
  return {
    span: c.span,
    message,
    fixes: edits.length ? [{ title: `Write "${c.code}" in its standard form`, edits }] : [],
  };
}
