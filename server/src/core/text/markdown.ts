// What in a Markdown brief is not brief text: code (fenced, indented and
// inline), HTML comments and tags, link and image destinations, link
// reference definitions and YAML front matter. `console.log(arg.id)` in a
// code span is not an Id. citation, and a URL is not a reporter. The Markdown
// structure comes from markdown-it, a CommonMark parser, so the writer's
// Markdown is read the way their renderer (or Pandoc) reads it.
//
// markdown-it gives block tokens their source lines but inline tokens no
// positions. Inline constructs are found again in the block's source in the
// order the parser reports them: each code span is the next unescaped backtick
// run of its length, each HTML fragment the next occurrence of its text, each
// destination the bracketed run after the next `](`.
//
// The result blanks those regions (same length, line breaks kept) so every
// offset still indexes the original text, as the generated table's regions are.

import MarkdownIt from 'markdown-it';
import type { Span } from '../types';
import { lineColumn, lineEnd, lineStarts } from './lineIndex';

type Token = MarkdownIt.Token;

let parser: MarkdownIt.MarkdownIt | undefined;
function md(): MarkdownIt.MarkdownIt {
  return (parser ??= new MarkdownIt({ html: true, linkify: false }));
}

/** YAML front matter: a first line `---`, closed by `---` or `...` within the first 200 lines. */
function frontMatter(text: string): Span | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const re = /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  const m = re.exec(text);
  if (!m || lineColumn(text, m.index).line > 200) return undefined;
  return { start: 0, end: m.index + m[0].length };
}

/** The next backtick run of exactly `len` at or after `from`, not escaped. */
function backticksAt(text: string, from: number, len: number, end: number): number {
  for (let i = text.indexOf('`', from); i >= 0 && i < end; i = text.indexOf('`', i + 1)) {
    let j = i;
    while (j < end && text[j] === '`') j++;
    if (j - i === len && text[i - 1] !== '\\') return i;
    i = j - 1;
  }
  return -1;
}

/** From an opening `(` at `open`, the index after its balanced `)`, or -1. */
function closeParen(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
    else if (c === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

function inlineNoise(text: string, from: number, end: number, children: Token[], out: Span[]): void {
  let cursor = from;
  let linkDepth = 0;
  for (const t of children) {
    if (t.type === 'code_inline') {
      const len = t.markup.length || 1;
      const open = backticksAt(text, cursor, len, end);
      if (open < 0) continue;
      const close = backticksAt(text, open + len, len, end);
      if (close < 0) continue;
      out.push({ start: open, end: close + len });
      cursor = close + len;
    } else if (t.type === 'html_inline') {
      const at = text.indexOf(t.content, cursor);
      if (at < 0 || at >= end) continue;
      out.push({ start: at, end: at + t.content.length });
      cursor = at + t.content.length;
    } else if (t.type === 'link_open' && t.markup === 'autolink') {
      const at = text.indexOf('<', cursor);
      const close = at < 0 ? -1 : text.indexOf('>', at);
      if (at < 0 || close < 0 || close >= end) continue;
      out.push({ start: at, end: close + 1 });
      cursor = close + 1;
      linkDepth++;
    } else if (t.type === 'link_open') {
      linkDepth++;
    } else if (t.type === 'link_close' || t.type === 'image') {
      if (t.type === 'link_close' && --linkDepth < 0) linkDepth = 0;
      if (t.type === 'link_close' && t.markup === 'autolink') continue;
      // The destination follows the text: `](https://… "title")`; a reference link has none.
      const at = text.indexOf('](', cursor);
      if (at < 0 || at >= end) continue;
      const close = closeParen(text, at + 1, end);
      if (close < 0) continue;
      out.push({ start: at + 1, end: close });
      cursor = close;
    }
  }
}

/**
 * An HTML block's comments and tags go; text between tags stays brief text.
 * Read with indexOf, so an unclosed comment costs one pass, not one per `<!--`.
 */
function htmlBlockNoise(text: string, span: Span, out: Span[]): void {
  let i = text.indexOf('<', span.start);
  while (i >= 0 && i < span.end) {
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 || close >= span.end ? span.end : close + 3;
      out.push({ start: i, end });
      i = text.indexOf('<', end);
      continue;
    }
    const next = text[i + 1] ?? '';
    if (/[A-Za-z/]/.test(next)) {
      const gt = text.indexOf('>', i);
      const lt = text.indexOf('<', i + 1);
      if (gt >= 0 && gt < span.end && (lt < 0 || gt < lt)) {
        out.push({ start: i, end: gt + 1 });
        i = text.indexOf('<', gt);
        continue;
      }
    }
    i = text.indexOf('<', i + 1);
  }
}

/** The regions of a Markdown text that are not brief text, in order. */
export function markdownNoise(text: string): Span[] {
  if (text.length === 0) return [];
  const out: Span[] = [];
  const fm = frontMatter(text);
  // Front matter is blank lines to the parser, so every line keeps its number.
  const body = fm ? text.slice(0, fm.end).replace(/[^\r\n]/g, ' ') + text.slice(fm.end) : text;
  if (fm) out.push(fm);
  let tokens: Token[];
  try {
    tokens = md().parse(body, {});
  } catch {
    return out; // a parser failure leaves the text as it is
  }
  const starts = lineStarts(body);
  const lineSpan = (map: [number, number]): Span => ({ start: starts[map[0]], end: lineEnd(starts, map[1] - 1, body.length) });
  const covered = new Array<boolean>(starts.length).fill(false);
  for (const t of tokens) {
    if (!t.map) continue;
    for (let l = t.map[0]; l < t.map[1]; l++) covered[l] = true;
    const span = lineSpan(t.map as [number, number]);
    if (t.type === 'fence' || t.type === 'code_block') out.push(span);
    else if (t.type === 'html_block') htmlBlockNoise(body, span, out);
    else if (t.type === 'inline' && t.children) inlineNoise(body, span.start, span.end, t.children, out);
  }
  // Lines no block claims but which hold text are link reference definitions (`[1]: https://…`).
  for (let l = 0; l < starts.length; l++) {
    if (covered[l]) continue;
    const s = starts[l];
    const e = lineEnd(starts, l, body.length);
    if (/^ {0,3}\[[^\]]+\]:/.test(body.slice(s, e))) out.push({ start: s, end: e });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** `text` with its Markdown noise blanked: every character but line breaks becomes a space. */
export function blankMarkdownNoise(text: string): string {
  const regions = markdownNoise(text);
  if (regions.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const r of regions) {
    if (r.end <= pos) continue;
    const s = Math.max(r.start, pos);
    out += text.slice(pos, s) + text.slice(s, r.end).replace(/[^\r\n]/g, ' ');
    pos = r.end;
  }
  return out + text.slice(pos);
}
