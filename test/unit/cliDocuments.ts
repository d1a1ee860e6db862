// Small Word and PDF briefs for the CLI tests, made here byte by byte so the
// tests need no office suite: a .docx is a ZIP of three XML parts (stored, not
// compressed), a PDF a few objects with one Helvetica text stream per page.

import { zip } from '../../server/src/cli/zip';

// ---- .docx ----

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A .docx whose body is `paragraphs`, one <w:p> each; a paragraph given as an array is split into runs. */
export function makeDocx(paragraphs: Array<string | string[]>): Buffer {
  const body = paragraphs
    .map((p) => `<w:p>${(Array.isArray(p) ? p : [p]).map((r) => `<w:r><w:t xml:space="preserve">${xmlEscape(r)}</w:t></w:r>`).join('')}</w:p>`)
    .join('');
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ],
  ]);
}

// ---- PDF ----

/** One piece of text drawn at (x, y) points from the page's lower left corner. */
export interface PdfText {
  x: number;
  y: number;
  text: string;
}

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, '\\$&')})`;
}

/** A PDF with a text layer: each page a list of pieces of 12-point Helvetica (WinAnsi, so § is one byte). */
export function makePdf(pages: PdfText[][]): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, k) => 4 + k * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((pieces, k) => {
    const stream = pieces.map((p) => `BT /F1 12 Tf ${p.x} ${p.y} Td ${pdfString(p.text)} Tj ET`).join('\n');
    const length = Buffer.byteLength(stream, 'latin1');
    objects[pageIds[k]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[k] + 1} 0 R >>`;
    objects[pageIds[k] + 1] = `<< /Length ${length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Lines of text down a page from the top margin, 14 points apart. */
export function pdfLines(lines: string[], top = 720): PdfText[] {
  return lines.map((text, k) => ({ x: 72, y: top - 14 * k, text }));
}
