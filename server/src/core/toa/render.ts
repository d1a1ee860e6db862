// renderToa: the table as Markdown or plain text.
//
// Markdown: a bold title, then one two-column table per section whose header
// row names the section and the location column (`Page(s)` or `Cited in`);
// case names and history phrases in italics, *passim* in italics. A table
// keeps each entry on one source line and previews as aligned columns.
//
// Text: the title centred and section titles in capitals; each entry wraps
// with a four-space hanging indent (at 56 columns beside page numbers, 70
// beside headings), and dot leaders run from its last line to the locations,
// right-aligned at column 78. Locations that do not fit there go on the lines
// below, right-aligned: pages run together, headings one to a line.

import type { Toa, ToaEntry, ToaFormat } from './types';

export const TOA_TITLE = 'Table of Authorities';
const WIDTH = 78;
/** Where citations wrap: room for a page column, or nearly the full width when headings go below. */
const CITE_WIDTH = { pages: 56, headings: 70 };
const INDENT = '    ';

export function renderToa(toa: Toa, options: { format: ToaFormat }): string {
  return options.format === 'text' ? renderText(toa) : renderMarkdown(toa);
}

/** What heads the location column. */
function locationHeader(toa: Toa): string {
  return toa.locationKind === 'pages' ? 'Page(s)' : 'Cited in';
}

/** Headings may hold commas, so they are separated by semicolons; pages by commas. */
function separator(toa: Toa): string {
  return toa.locationKind === 'pages' ? ', ' : '; ';
}

// ---- Markdown ----

function renderMarkdown(toa: Toa): string {
  const out: string[] = [`**${TOA_TITLE}**`, ''];
  if (toa.sections.length === 0) out.push('No authorities cited.', '');
  const align = toa.locationKind === 'pages' ? '---:' : ':---';
  for (const s of toa.sections) {
    out.push(`| ${s.title} | ${locationHeader(toa)} |`, `| :--- | ${align} |`);
    for (const e of s.entries) {
      const where = e.passim ? '*passim*' : e.locations.map(escapeMd).join(separator(toa));
      out.push(`| ${markdownText(e)} | ${where} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The entry's text, escaped, with its italic ranges in `*…*`. */
function markdownText(e: ToaEntry): string {
  let out = '';
  let pos = 0;
  for (const r of [...e.italic].sort((a, b) => a.start - b.start)) {
    if (r.start < pos || r.end <= r.start) continue;
    out += escapeMd(e.text.slice(pos, r.start)) + emphasize(e.text.slice(r.start, r.end));
    pos = r.end;
  }
  return out + escapeMd(e.text.slice(pos));
}

/** `*…*` around the words, leaving outer spaces outside (emphasis cannot start or end on a space). */
function emphasize(s: string): string {
  const lead = /^\s*/.exec(s)![0];
  const trail = /\s*$/.exec(s.slice(lead.length))![0];
  const core = s.slice(lead.length, s.length - trail.length);
  return core ? `${lead}*${escapeMd(core)}*${trail}` : s;
}

/** Characters that would start emphasis, code, HTML or a table cell. */
function escapeMd(s: string): string {
  return s.replace(/[\\`*_|<]/g, (c) => '\\' + c);
}

// ---- plain text ----

function renderText(toa: Toa): string {
  const title = TOA_TITLE.toUpperCase();
  const out: string[] = [' '.repeat(Math.floor((WIDTH - title.length) / 2)) + title, ''];
  if (toa.sections.length === 0) {
    out.push('No authorities cited.');
    return out.join('\n') + '\n';
  }
  out.push(rightAlign(locationHeader(toa)), '');
  toa.sections.forEach((s, k) => {
    if (k > 0) out.push('');
    out.push(s.title.toUpperCase(), '');
    for (const e of s.entries) out.push(...textEntry(e, toa));
  });
  return out.join('\n') + '\n';
}

function rightAlign(s: string): string {
  return ' '.repeat(Math.max(0, WIDTH - s.length)) + s;
}

function textEntry(e: ToaEntry, toa: Toa): string[] {
  const lines = wrap(e.text, CITE_WIDTH[toa.locationKind], INDENT);
  const locs = e.passim ? ['passim'] : locationLines(e.locations, toa);
  const last = lines.pop()!;
  const first = locs[0];
  if (last.length + 5 + first.length <= WIDTH) {
    lines.push(`${last} ${'.'.repeat(WIDTH - last.length - first.length - 2)} ${first}`);
  } else {
    lines.push(last);
    const dots = WIDTH - INDENT.length - first.length - 1;
    lines.push(dots >= 3 ? `${INDENT}${'.'.repeat(dots)} ${first}` : rightAlign(first));
  }
  for (const l of locs.slice(1)) lines.push(rightAlign(l));
  return lines;
}

/** Pages run together (`3, 7, 12`), wrapped at 20 columns; headings one to a line, long ones wrapped at 66. */
function locationLines(locations: string[], toa: Toa): string[] {
  if (locations.length === 0) return [''];
  if (toa.locationKind === 'pages') return wrap(locations.join(', '), 20, '');
  const out: string[] = [];
  locations.forEach((l, k) => out.push(...wrap(k < locations.length - 1 ? l + ';' : l, 66, '')));
  return out;
}

/**
 * Greedy word wrap at spaces; a section sign stays with its number and a
 * volume with its reporter. A word longer than the width has a line of its own.
 */
export function wrap(s: string, width: number, indent: string): string[] {
  const words = s.split(' ').filter((w) => w !== '');
  const tokens: string[] = [];
  for (const w of words) {
    const prev = tokens[tokens.length - 1];
    if (prev !== undefined && (/^§+$/.test(prev) || (/^\d+$/.test(prev) && /^[A-Z]/.test(w)))) tokens[tokens.length - 1] = `${prev} ${w}`;
    else tokens.push(w);
  }
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    const room = width - (lines.length > 0 ? indent.length : 0);
    if (line === '') line = t;
    else if (line.length + 1 + t.length <= room) line += ' ' + t;
    else {
      lines.push((lines.length > 0 ? indent : '') + line);
      line = t;
    }
  }
  lines.push((lines.length > 0 ? indent : '') + line);
  return lines;
}
