// Whether `pincite toa --write` may replace what lies between the markers.
// The markers are plain comments anyone can move or copy, so before a write
// replaces their region the region must be what Pincite itself put there: one
// start marker and one end marker (outside code), with nothing between them
// but a table Pincite wrote, or nothing at all. Anything else is the writer's
// text and is never overwritten.

import { TOA_TITLE } from './render';
import { toaMarkerComments } from './regions';
import { TOA_SECTIONS } from './types';
import { lineColumn } from '../text/lineIndex';

/** Section titles as the text table prints them. */
const TEXT_SECTIONS = new Set<string>(TOA_SECTIONS.map((t) => t.toUpperCase()));

/** Why the markers in `text` must not be written between, or undefined when they may (or there are none). */
export function toaWriteProblem(text: string): string | undefined {
  const markers = toaMarkerComments(text);
  if (markers.length === 0) return undefined;
  const starts = markers.filter((m) => !m.closing).length;
  const ends = markers.length - starts;
  if (starts !== 1 || ends !== 1 || markers[0].closing) {
    return `the table-of-authorities markers are not one <!-- pincite-toa --> followed by one <!-- /pincite-toa --> (found ${starts} start and ${ends} end marker${ends === 1 ? '' : 's'}${markers[0].closing ? ', an end marker first' : ''})`;
  }
  const region = text.slice(markers[0].span.end, markers[1].span.start);
  if (region.trim() === '' || looksLikeTable(region)) return undefined;
  const lineOf = (offset: number) => lineColumn(text, offset).line;
  return `the text between the table-of-authorities markers (lines ${lineOf(markers[0].span.start)}–${lineOf(markers[1].span.start)}) is not a table Pincite wrote`;
}

/** True when every line of `region` is one a Pincite table has (Markdown or plain text). */
function looksLikeTable(region: string): boolean {
  const lines = region.split(/\r?\n/);
  const body = lines.filter((l) => l.trim() !== '');
  if (body.length === 0) return true;
  const first = body[0].trim();
  if (first === `**${TOA_TITLE}**`) {
    // Markdown: the bold title, then table rows (or the note that nothing is cited).
    return body.slice(1).every((l) => (l.startsWith('| ') && l.trimEnd().endsWith('|')) || l.trim() === 'No authorities cited.');
  }
  if (first === TOA_TITLE.toUpperCase()) {
    // Text: after the centred title, each line is a section title, an indented or
    // right-aligned line, a line with a dot leader, or an entry's first line
    // followed by its indented continuation. Prose, wrapped or not, is none of these.
    for (let k = 1; k < lines.length; k++) {
      const l = lines[k];
      if (l.trim() === '' || /^\s/.test(l) || / \.{3,} /.test(l) || l.trim() === 'No authorities cited.' || TEXT_SECTIONS.has(l.trim())) continue;
      if (k + 1 < lines.length && /^\s+\S/.test(lines[k + 1])) continue;
      return false;
    }
    return true;
  }
  return false;
}
