// The core's front door: text in, citations and authorities out. Pure: no I/O,
// no editor types. The language server and the command-line tool both call this,
// so what the CLI prints is what the editor shows.

import { normalize } from './text/normalize';
import { scanCitations } from './cite/scanner';
import { resolve } from './resolve/resolve';
import { blankToaRegions } from './toa/regions';
import type { ScanResult } from './types';

export function analyzeText(text: string): ScanResult {
  // A generated table of authorities repeats the brief's citations: blanked
  // (offsets kept), they never count, draw findings or become antecedents.
  const scanned = blankToaRegions(text);
  const n = normalize(scanned);
  const citations = scanCitations(n);
  const authorities = resolve(citations, scanned);
  return { citations, authorities, pageMarkers: n.pageMarkers };
}

export * from './types';
