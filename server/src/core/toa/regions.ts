// Where the generated table lives: between `<!-- pincite-toa -->` and
// `<!-- /pincite-toa -->`, each alone on its line, starting the line (an
// indented or inline copy, as in documentation, is not a marker). The table
// repeats every citation of the brief, so analysis blanks these regions.

import type { Span } from '../types';

export const TOA_START_MARKER = '<!-- pincite-toa -->';
export const TOA_END_MARKER = '<!-- /pincite-toa -->';

const WORD = 'pincite-toa';

/** One marker pair; `end` missing for a start marker with no end marker after it. */
export interface ToaMarkers {
  /** The start marker. */
  start: Span;
  /** The end marker, when there is one. */
  end?: Span;
}

/** The marker comment holding `pincite-toa` at `i`, if it is one that starts its line and ends it. */
function markerAt(text: string, i: number): { span: Span; closing: boolean } | undefined {
  // Backwards: optional `/`, optional blanks, `<!--` at the start of the line.
  let s = i;
  const closing = text.charCodeAt(s - 1) === 47; /* / */
  if (closing) s--;
  let k = 0;
  while (k < 8 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) (s--, k++);
  if (!text.startsWith('<!--', s - 4)) return undefined;
  s -= 4;
  if (s > 0 && text.charCodeAt(s - 1) !== 10) return undefined;
  // Forwards: optional blanks, `-->`, then only blanks to the end of the line.
  let e = i + WORD.length;
  k = 0;
  while (k < 8 && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) (e++, k++);
  if (!text.startsWith('-->', e)) return undefined;
  e += 3;
  let j = e;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
  if (j < text.length && text.charCodeAt(j) !== 10) return undefined;
  return { span: { start: s, end: e }, closing };
}

/**
 * The fenced code blocks of a Markdown text (``` or ~~~, up to three spaces
 * in): a marker shown in a code example is not a marker.
 */
export function fencedCode(text: string): Span[] {
  const out: Span[] = [];
  let open: { start: number; fence: string } | undefined;
  for (let s = 0; s < text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    // Only a line whose first non-blank (within three columns) is ` or ~ can open or close a fence.
    let i = s;
    while (i < s + 3 && text.charCodeAt(i) === 32) i++;
    const c = text[i];
    if (c === '`' || c === '~') {
      let j = i;
      while (text[j] === c) j++;
      const run = j - i;
      if (run >= 3) {
        if (!open) {
          if (c === '~' || text.slice(j, e).indexOf('`') < 0) open = { start: s, fence: c.repeat(run) };
        } else if (c === open.fence[0] && run >= open.fence.length && text.slice(j, e).trim() === '') {
          out.push({ start: open.start, end: e });
          open = undefined;
        }
      }
    }
    s = e + 1;
  }
  if (open) out.push({ start: open.start, end: text.length });
  return out;
}

/** Every marker comment outside fenced code, start and end alike, in document order. */
export function toaMarkerComments(text: string): Array<{ span: Span; closing: boolean }> {
  const out: Array<{ span: Span; closing: boolean }> = [];
  let code: Span[] | undefined;
  for (let i = text.indexOf(WORD); i >= 0; i = text.indexOf(WORD, i + WORD.length)) {
    const m = markerAt(text, i);
    if (!m) continue;
    code ??= fencedCode(text);
    if (code.some((c) => c.start <= m.span.start && m.span.start < c.end)) continue;
    out.push(m);
  }
  return out;
}

/** Every marker pair outside fenced code, in document order. A lone end marker is ignored. */
export function findToaMarkers(text: string): ToaMarkers[] {
  const out: ToaMarkers[] = [];
  let open: Span | undefined;
  for (const m of toaMarkerComments(text)) {
    if (!m.closing) {
      if (open) out.push({ start: open });
      open = m.span;
    } else if (open) {
      out.push({ start: open, end: m.span });
      open = undefined;
    }
  }
  if (open) out.push({ start: open });
  return out;
}

/** The generated tables: each from its start marker to the end of its end marker (a lone start marker alone). */
export function toaRegions(text: string): Span[] {
  if (text.indexOf(WORD) < 0) return [];
  return findToaMarkers(text).map((m) => ({ start: m.start.start, end: (m.end ?? m.start).end }));
}

/**
 * `text` with every generated table blanked: each character but line breaks
 * becomes a space, so every offset and line stays where it was. Without a
 * marker it costs one indexOf and returns `text` itself.
 */
export function blankToaRegions(text: string): string {
  if (text.indexOf(WORD) < 0) return text;
  const regions = toaRegions(text);
  if (regions.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const r of regions) {
    out += text.slice(pos, r.start) + text.slice(r.start, r.end).replace(/[^\r\n]/g, ' ');
    pos = r.end;
  }
  return out + text.slice(pos);
}
