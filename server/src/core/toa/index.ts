// The table-of-authorities engine: pure functions over a brief's text and its
// analysis. See docs/table-of-authorities.md.

export { buildToa } from './build';
export { NO_FULL_CITATION } from './entryText';
export { renderToa, TOA_TITLE } from './render';
export { updateToaInDocument, insertionPoint, type ToaEdit } from './update';
export { toaRegions, blankToaRegions, findToaMarkers, fencedCode, TOA_START_MARKER, TOA_END_MARKER, type ToaMarkers } from './regions';
export { toaWriteProblem } from './guard';
export { INTRODUCTION } from './locations';
export * from './types';

import type { ToaFormat } from './types';

/** Plain text for `.txt` and `.brief` files, Markdown for anything else. */
export function toaFormatForPath(path: string): ToaFormat {
  return /\.(?:txt|brief)$/i.test(path) ? 'text' : 'markdown';
}

/** The editor's language id to a format: `plaintext` and `legal-brief` are text. */
export function toaFormatForLanguage(languageId: string): ToaFormat {
  return languageId === 'plaintext' || languageId === 'legal-brief' ? 'text' : 'markdown';
}
