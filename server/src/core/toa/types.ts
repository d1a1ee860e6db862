// The values the table-of-authorities engine hands out. Plain data, like the
// rest of the core: no editor types, and `text` never carries Markdown; the
// renderer italicises the `italic` ranges.

import type { Span } from '../types';
import type { CheckOptions } from '../rules/index';

export type ToaSectionTitle = 'Cases' | 'Constitutional Provisions' | 'Statutes' | 'Regulations' | 'Rules' | 'Legislative Materials' | 'Other Authorities';

/** Section order of a table of authorities (sections.ts routes each authority to one). */
export const TOA_SECTIONS: readonly ToaSectionTitle[] = [
  'Cases',
  'Constitutional Provisions',
  'Statutes',
  'Regulations',
  'Rules',
  'Legislative Materials',
  'Other Authorities',
];

export type ToaFormat = 'markdown' | 'text';

export interface ToaOptions {
  /** More distinct locations than this print "passim" (default 5). */
  passim: number;
  /**
   * How the brief is checked (rule settings, house style, the curated
   * authorities): each entry gets the safe fixes a check with these options
   * offers, and a curated authority's name and parenthetical.
   */
  check?: CheckOptions;
  /**
   * The text of the rendered brief (`pdftotext -layout brief.pdf`): locations
   * are then its pages (renderedPages.ts), when it marks any.
   */
  renderedPages?: string;
}

export const DEFAULT_TOA_OPTIONS: ToaOptions = { passim: 5 };

export interface ToaEntry {
  /** `Authority.id`; for what resolution gave no authority, a made-up id (`short:…`, `supra:…`). */
  authority: string;
  /** Canonical form, plain text (`Conley v. Gibson, 355 U.S. 41, 78 S. Ct. 99, 2 L. Ed. 2d 80 (1957)`). */
  text: string;
  /** Ranges of `text` set in italics (case names, history phrases, *supra*). */
  italic: Span[];
  /** False when the brief never cites the authority in full (`text` then ends with ` [no full citation]`). */
  fullCitation: boolean;
  /** Compare with `<` to order the entries of one section. */
  sortKey: string;
  /** Page numbers or headings citing the authority, in document order, each once. */
  locations: string[];
  /** More locations than `ToaOptions.passim`: print "passim" instead of `locations`. */
  passim: boolean;
}

export interface ToaSection {
  title: ToaSectionTitle;
  entries: ToaEntry[];
}

export interface Toa {
  /** Non-empty sections, in `TOA_SECTIONS` order. */
  sections: ToaSection[];
  /** `pages` when the brief marks its pages (form feeds, `<!-- page N -->`), else `headings`. */
  locationKind: 'pages' | 'headings';
}
