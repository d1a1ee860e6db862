// The core's front door: text in, citations and authorities out. Pure: no I/O,
// no editor types. The language server and the command-line tool both call this,
// so what the CLI prints is what the editor shows.

import { normalize } from './text/normalize';
import { scanCitations } from './cite/scanner';
import { resolve } from './resolve/resolve';
import { blankToaRegions } from './toa/regions';
import { blankMarkdownNoise } from './text/markdown';
import { blockQuotations } from './text/quotes';
import type { Citation, ScanResult, Span } from './types';

export interface AnalyzeOptions {
  /** The text is Markdown: its code, HTML, link destinations and front matter are not brief text. */
  markdown?: boolean;
}

/** Whether a file name or URI names a Markdown document (`.md`, `.markdown`). */
export function isMarkdownPath(p: string): boolean {
  return /\.(?:md|markdown|mdown|mkd)$/i.test(p);
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): ScanResult {
  // A generated table of authorities repeats the brief's citations: blanked
  // (offsets kept), they never count, draw findings or become antecedents.
  // So, in Markdown, is everything that is markup rather than prose.
  const withoutToa = blankToaRegions(text);
  const scanned = options.markdown ? blankMarkdownNoise(withoutToa) : withoutToa;
  const n = normalize(scanned, { footnotes: true });
  const citations = scanCitations(n);
  markTableEntries(citations, n.tables);
  markOwnCitation(citations, scanned);
  // Text reproduced from another document without quotation marks: block
  // quotations (confirmed by the citation after them) and an appendix's statutes.
  // Two readings of the layout may find the same quotation: overlapping ranges are joined.
  const reproduced: Span[] = [];
  for (const r of [...blockQuotations(scanned, citations, n.blocks), ...n.appendix, ...n.blockQuotes].sort((a, b) => a.start - b.start)) {
    const last = reproduced[reproduced.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else reproduced.push({ start: r.start, end: r.end });
  }
  const authorities = resolve(citations, scanned, reproduced);
  return { citations, authorities, pageMarkers: n.pageMarkers, layout: n.layout, reproduced, pageEdges: n.pageEdges };
}

/**
 * A reported opinion often begins with its own citation on a line of its own
 * (`668 F. Supp. 2d 1260 (2009)`, the reporter's caption): name-less
 * citations alone on one of the first three lines, with the opinion after
 * them, are the document's own.
 */
function markOwnCitation(citations: Citation[], text: string): void {
  let line = 0;
  let start = 0;
  while (line < 3 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') {
      line++;
      const on = citations.filter((c) => c.span.start >= start && c.span.end <= end);
      // A caption names no case before the citation, and the opinion follows it.
      const bare = on.every((c) => (c.kind === 'case' || c.kind === 'database') && !c.caseName);
      if (on.length > 0 && bare && /\S/.test(text.slice(end))) {
        // Only citations and the separators between them: `122 S.W.3d 276 (2003)`, `2018 IL App (1st) 152522; 122 N.E.3d 432`.
        let rest = text.slice(start, end);
        for (const c of [...on].reverse()) rest = rest.slice(0, c.span.start - start) + rest.slice(c.span.end - start);
        if (/^[\s,;.]*$/.test(rest)) for (const c of on) c.ownCitation = true;
      }
    }
    start = end + 1;
  }
}

/** Citations inside the brief's own table of authorities or contents. */
function markTableEntries(citations: Citation[], tables: Span[]): void {
  if (tables.length === 0) return;
  let t = 0;
  for (const c of citations) {
    while (t < tables.length && tables[t].end <= c.span.start) t++;
    if (t === tables.length) break;
    if (c.span.start >= tables[t].start) c.inTable = true;
  }
}

export * from './types';
