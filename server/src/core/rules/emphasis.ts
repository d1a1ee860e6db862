// Markdown emphasis in the original text: which characters are markers, and
// the italic runs they make. Rules read emphasis from the ORIGINAL text, so
// the edits they build keep the writer's markers where they were.

export function isMarker(ch: string | undefined): boolean {
  return ch === '*' || ch === '_';
}

/** Text of `[start, end)` without emphasis markers, with each kept character's original offset. */
export function withoutMarkers(text: string, start: number, end: number): { clean: string; pos: number[] } {
  let clean = '';
  const pos: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (isMarker(ch) && !(ch === '*' && /\d/.test(text[i + 1] ?? ''))) continue;
    clean += ch;
    pos.push(i);
  }
  return { clean, pos };
}

/** One italic stretch: content offsets `[start, end)` and the marker that makes it. */
export interface ItalicRun {
  start: number;
  end: number;
  marker: '*' | '_';
}

let runCache: { text: string; runs: ItalicRun[] } | undefined;

/**
 * Italic runs of a Markdown text (`*…*`, `_…_`, `***…***`), read paragraph by
 * paragraph with CommonMark's flanking test, simplified. `**bold**` is not
 * italic; `*3` (a star page or pin) and `snake_case` are not markers. Linear.
 */
export function italicRuns(text: string): ItalicRun[] {
  if (runCache && runCache.text === text) return runCache.runs;
  const runs: ItalicRun[] = [];
  let open: Array<{ ch: '*' | '_'; len: number; at: number }> = [];
  const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
  const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      // A blank line closes every open marker.
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      if (text[k] === '\n') open = [];
      continue;
    }
    if (ch !== '*' && ch !== '_') continue;
    let n = 1;
    while (text[i + n] === ch) n++;
    const before = text[i - 1];
    const after = text[i + n];
    const at = i;
    i += n - 1;
    if (ch === '*' && n === 1 && /\d/.test(after ?? '')) continue; // `at *22`
    if (ch === '*' && before === '[') continue; // Lexis `[*228]`
    if (ch === '_' && isAlnum(before) && isAlnum(after)) continue; // snake_case
    if (n === 2) continue; // bold only
    const left = !isSpace(after);
    const right = !isSpace(before);
    const top = open.length ? open[open.length - 1] : undefined;
    if (right && top && top.ch === ch) {
      open.pop();
      const start = top.at + top.len;
      const end = at;
      if (end > start) runs.push({ start, end, marker: ch });
      continue;
    }
    if (left) open.push({ ch: ch as '*' | '_', len: n, at });
  }
  runs.sort((a, b) => a.start - b.start);
  runCache = { text, runs };
  return runs;
}

/** The italic run that holds all of `[start, end)`, if any. */
export function italicRunOver(runs: ItalicRun[], start: number, end: number): ItalicRun | undefined {
  // Runs do not nest in practice; a linear scan over the few runs before `start` is enough.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    if (runs[k].start <= start && end <= runs[k].end) return runs[k];
  }
  return undefined;
}
