// Disable comments, written in the brief itself:
//
//   <!-- pincite-disable-next-line CITE001, CITE050 -->   the next line
//   ... text ... <!-- pincite-disable-line CITE001 -->     this line
//   <!-- pincite-disable-file CITE032 -->                  the whole file
//   <!-- pincite-disable CITE001 --> … <!-- pincite-enable CITE001 -->   a region
//
// With no codes, a directive covers every rule. HTML comments are what Markdown
// (and Pandoc) leave out of the output, and what `.brief` files use; plain-text
// briefs take the same form.

import type { Finding } from './types';
import { ruleCodeKey, ruleCodesIn } from './ruleCode';

// The body stops at the next `<` as well as `>`: an unclosed comment is then read
// up to the next one, not to the end of the text for each (quadratic when repeated).
const DIRECTIVE = /<!--\s*pincite-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>]*?)-->/g;

interface Scope {
  codes: Set<string> | 'all';
  start: number;
  end: number;
}

function codesOf(list: string): Set<string> | 'all' {
  const codes = ruleCodesIn(list);
  return codes.length ? new Set(codes.map(ruleCodeKey)) : 'all';
}

function lineBounds(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return [s, e < 0 ? text.length : e];
}

/** The ranges of `text` in which each directive silences rules. */
export function directiveScopes(text: string): Scope[] {
  if (text.indexOf('pincite-') < 0) return [];
  const scopes: Scope[] = [];
  const open = new Map<string, number>(); // code or '*' → region start
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const kind = m[1];
    const codes = codesOf(m[2]);
    const [ls, le] = lineBounds(text, m.index);
    if (kind === 'disable-file') scopes.push({ codes, start: 0, end: text.length });
    else if (kind === 'disable-line') scopes.push({ codes, start: ls, end: le });
    else if (kind === 'disable-next-line') {
      const [ns, ne] = lineBounds(text, Math.min(text.length, le + 1));
      scopes.push({ codes, start: ns, end: ne });
    } else if (kind === 'disable') {
      for (const c of codes === 'all' ? ['*'] : codes) if (!open.has(c)) open.set(c, m.index);
    } else {
      for (const c of codes === 'all' ? [...open.keys()] : codes) {
        const s = open.get(c);
        if (s === undefined) continue;
        open.delete(c);
        scopes.push({ codes: c === '*' ? 'all' : new Set([c]), start: s, end: m.index });
      }
    }
  }
  for (const [c, s] of open) scopes.push({ codes: c === '*' ? 'all' : new Set([c]), start: s, end: text.length });
  return scopes;
}

/** Drops the findings a directive silences. */
export function applyDirectives(text: string, findings: Finding[]): Finding[] {
  const scopes = directiveScopes(text);
  if (scopes.length === 0) return findings;
  return findings.filter((f) => !scopes.some((s) => f.span.start >= s.start && f.span.start <= s.end && (s.codes === 'all' || s.codes.has(ruleCodeKey(f.code)))));
}

/** The comment that silences `code` on the line after it. */
export function disableNextLineComment(code: string): string {
  return `<!-- pincite-disable-next-line ${code} -->`;
}

/** The comment that silences `code` in the whole file. */
export function disableFileComment(code: string): string {
  return `<!-- pincite-disable-file ${code} -->`;
}
