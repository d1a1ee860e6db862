// The Word and PDF briefs committed under test/fixtures/cli/, as made by
// cliDocuments.ts (a test checks the committed bytes are these).

import { makeDocx, makePdf, pdfLines } from './cliDocuments';

/** Three paragraphs; the third has a closed-up reporter (CITE001) after a clean citation in the second. */
export const DOCX_PARAGRAPHS: Array<string | string[]> = [
  'MEMORANDUM OF LAW',
  ['The claim arises under 42 U.S.C. § 1983. ', 'See Younger v. Harris, 401 U.S. 37, 43 (1971).'],
  'See Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).',
];

export function briefDocx(): Buffer {
  return makeDocx(DOCX_PARAGRAPHS);
}

/**
 * Two pages. Page 2's second line is drawn in two pieces on one baseline, so
 * the reader must rebuild the line from the pieces' positions; its reporter is
 * closed up (CITE001).
 */
export function briefPdf(): Buffer {
  return makePdf([
    pdfLines(['MEMORANDUM OF LAW', 'See Younger v. Harris, 401 U.S. 37, 43 (1971).']),
    [
      { x: 72, y: 720, text: 'The district court agreed.' },
      { x: 72, y: 706, text: 'See Huff v. W. Haven Bd. of Educ.,' },
      { x: 262, y: 706, text: '10 F.Supp.2d 117, 122 (D. Conn. 1998).' },
    ],
  ]);
}
