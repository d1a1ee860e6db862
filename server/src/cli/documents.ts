// Word (.docx) and PDF briefs for the CLI: their text, and where an offset in
// that text lies in the document (a .docx paragraph; a PDF page and line), so a
// finding can be reported where the writer will look for it.
//
// The readers are other packages (mammoth for .docx, pdfjs-dist for PDF's text
// layer), loaded only when such a file is named: they are large, the editor
// never needs them, and the extension package leaves them out (esbuild marks
// them external; see esbuild.mjs). Nothing here is written back: a Word or PDF
// brief is read, never fixed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { countAtMost } from '../core/text/sorted';
import { MAX_BRIEF_BYTES } from './io';

export type DocumentKind = 'docx' | 'pdf';

/** Where an offset of a document's text lies, as the report shows it and as JSON gives it. */
export interface Place {
  label: string;
  json: { paragraph: number } | { page: number; line: number };
}

export interface ReadDocument {
  kind: DocumentKind;
  text: string;
  place: (offset: number) => Place;
}

export type DocumentResult = { ok: true; doc: ReadDocument } | { ok: false; message: string };

/** The kind of document a file name says it is, or undefined for a text brief. */
export function documentKind(file: string): DocumentKind | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : undefined;
}

/** Reads a .docx or PDF brief's text, or says why it cannot. */
export async function readDocument(file: string, kind: DocumentKind): Promise<DocumentResult> {
  let bytes: Buffer;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { ok: false, message: `${file} is not a regular file; Pincite reads brief files only` };
    if (st.size > MAX_BRIEF_BYTES) return { ok: false, message: `${file} is over the ${MAX_BRIEF_BYTES / 1048576} MB limit; is it really a brief?` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message}` };
  }
  try {
    return kind === 'docx' ? await readDocx(file, bytes) : await readPdf(file, bytes);
  } catch (e) {
    return { ok: false, message: `${file} could not be read as ${kind === 'docx' ? 'a Word document' : 'a PDF'}: ${oneLine((e as Error).message)}` };
  }
}

/** A reader package that could not be loaded: a missing one gets a message that says how to add it. */
function missing(e: unknown, name: string, what: string): DocumentResult {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') {
    return { ok: false, message: `reading ${what} needs the ${name} package, which is not installed (npm install ${name})` };
  }
  throw e;
}

// ---- Word ----

async function readDocx(file: string, bytes: Buffer): Promise<DocumentResult> {
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return { ok: false, message: `${file} is not a Word document (.docx is a ZIP archive)` };
  // Kept out of the bundle (external in esbuild.mjs), so it is read from node_modules only when needed.
  let mammoth: typeof import('mammoth');
  try {
    mammoth = await import('mammoth');
  } catch (e) {
    return missing(e, 'mammoth', '.docx files');
  }
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  // mammoth ends every paragraph with a blank line; a brief's text keeps one blank line between them.
  const text = value.replace(/\r\n?/g, '\n').replace(/\n+$/, '\n');
  return { ok: true, doc: { kind: 'docx', text, place: docxPlace(text) } };
}

/** Paragraph numbers: each paragraph of the document is followed by one blank line in `text`. */
export function docxPlace(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2)) starts.push(i + 2);
  return (offset) => {
    const paragraph = countAtMost(starts, offset);
    return { label: `¶ ${paragraph}`, json: { paragraph } };
  };
}

// ---- PDF ----

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface PdfPage {
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
}

interface PdfJs {
  getDocument(options: Record<string, unknown>): { promise: Promise<{ numPages: number; getPage(n: number): Promise<PdfPage>; destroy(): Promise<void> }> };
}

// pdfjs-dist is an ES module only. tsc compiles `import()` to `require()` for the tests, and TypeScript's
// module resolution here cannot see the legacy build's types; a function made from source stays a real import.
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, no input: only to keep `import()` as it is
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function readPdf(file: string, bytes: Buffer): Promise<DocumentResult> {
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { ok: false, message: `${file} is not a PDF file` };
  let pdfjs: PdfJs;
  try {
    // The legacy build is the one made for Node.
    pdfjs = (await importModule('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
  } catch (e) {
    return missing(e, 'pdfjs-dist', 'PDF files');
  }
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(pageLines(content.items.filter((i): i is PdfTextItem => 'str' in i)).join('\n'));
    }
    if (!pages.some((p) => /\S/.test(p))) {
      return { ok: false, message: `${file} has no text layer (a scan?); run it through OCR, or export the brief as text, and check that` };
    }
    // A form feed starts each page after the first, as pdftotext writes it; the TOA and the layout pass read pages from it.
    const text = pages.join('\n\f') + '\n';
    return { ok: true, doc: { kind: 'pdf', text, place: pdfPlace(text) } };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The lines of one page from its text items: an item on the baseline of the
 * line before continues that line (with a space where the gap between them is
 * wider than a thin space), any other starts a new line. Items come in the
 * order the page draws them, which for a brief is reading order.
 */
export function pageLines(items: PdfTextItem[]): string[] {
  const lines: string[] = [];
  let current = '';
  let lastY: number | undefined;
  let lastEnd = 0;
  let open = false;
  for (const item of items) {
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.abs(item.transform[3]) || item.height || 10;
    if (item.str === '') {
      if (item.hasEOL && open) {
        lines.push(current);
        current = '';
        open = false;
        lastY = undefined;
      }
      continue;
    }
    if (open && lastY !== undefined && Math.abs(y - lastY) <= size * 0.3) {
      const gap = x - lastEnd;
      if (gap > size * 0.15 && !/\s$/.test(current) && !/^\s/.test(item.str)) current += ' ';
      current += item.str;
    } else {
      if (open) lines.push(current);
      current = item.str;
      open = true;
    }
    lastY = y;
    lastEnd = x + item.width;
    if (item.hasEOL) {
      lines.push(current);
      current = '';
      open = false;
      lastY = undefined;
    }
  }
  if (open) lines.push(current);
  return lines.map((l) => l.replace(/\s+$/, ''));
}

/** Page and line (both from 1) of an offset of a PDF's text, whose pages are separated by `\n\f`. */
export function pdfPlace(text: string): (offset: number) => Place {
  const pageStarts = [0];
  for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) pageStarts.push(i + 1);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    const page = countAtMost(pageStarts, offset);
    const line = countAtMost(lineStarts, offset) - countAtMost(lineStarts, pageStarts[page - 1]) + 1;
    return { label: `p. ${page}, l. ${line}`, json: { page, line } };
  };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 200);
}
