// `pincite toa BRIEF --docx out.docx`: the table of authorities as a Word
// document to paste into a brief: the title centred, each section's title in
// bold capitals, and each entry with a hanging indent, its case names in
// italics, and a dot leader to its pages (or headings) at a right tab stop on
// the margin, as a court's table of authorities is set.

import { TOA_TITLE, type Toa, type ToaEntry } from '../core/toa/index';
import { zip } from './zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The right margin of a Letter page with one-inch margins, in twentieths of a point. */
const RIGHT_TAB = 9360;

/** Characters XML 1.0 cannot hold; dropped. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function esc(s: string): string {
  return s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(text: string, props = ''): string {
  return text ? `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : '';
}

function paragraph(runs: string, props = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

/** The entry's text as runs, its italic ranges in italics. */
function entryRuns(e: ToaEntry): string {
  let out = '';
  let pos = 0;
  for (const r of [...e.italic].sort((a, b) => a.start - b.start)) {
    if (r.start < pos || r.end <= r.start) continue;
    out += run(e.text.slice(pos, r.start)) + run(e.text.slice(r.start, r.end), '<w:i/>');
    pos = r.end;
  }
  return out + run(e.text.slice(pos));
}

export function toaDocx(toa: Toa): Buffer {
  const body: string[] = [];
  const locationHeader = toa.locationKind === 'pages' ? 'Page(s)' : 'Cited in';
  const separator = toa.locationKind === 'pages' ? ', ' : '; ';
  body.push(paragraph(run(TOA_TITLE.toUpperCase(), '<w:b/>'), '<w:jc w:val="center"/><w:spacing w:after="240"/>'));
  if (toa.sections.length === 0) body.push(paragraph(run('No authorities cited.')));
  else body.push(paragraph(run(locationHeader, '<w:u w:val="single"/>'), '<w:jc w:val="right"/>'));
  const entryProps = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${RIGHT_TAB}"/></w:tabs><w:spacing w:after="120"/><w:ind w:left="360" w:right="1440" w:hanging="360"/>`;
  for (const s of toa.sections) {
    body.push(paragraph(run(s.title.toUpperCase(), '<w:b/>'), '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'));
    for (const e of s.entries) {
      const where = e.passim ? run('passim', '<w:i/>') : run(e.locations.join(separator));
      body.push(paragraph(`${entryRuns(e)}<w:r><w:tab/></w:r>${where}`, entryProps));
    }
  }
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`],
  ]);
}
