// Metadata for an opinion the writer adds through `pincite.opinionFolders`:
// read from a header block at the top of the file when there is one, and
// inferred from the opinion's own caption, citation lines, date lines and
// signature where the header is absent or leaves something out. Pure: text in,
// metadata out; no file system. The folder reader (host/opinionFolders.ts) and the
// tests call it. The header format is documented in docs/opinion-folders.md.
//
// The header block is read by headerBlock.ts, the metadata the text shows by
// metaFromText.ts; this file puts them together.

import { analyzeText } from '../analyze';
import type { PageMarker } from '../types';
import { normalize } from '../text/normalize';
import { edition } from '../data/reporters';
import { lookupCourt } from '../data/courts';
import { reporterNamesCourt } from '../data/courtForms';
import { citationDate, parseDateValue, shortNameOf } from './captionWords';
import type { OpinionCite, OpinionMeta, Pagination } from './types';
import { readHeader, type Field, type Key } from './headerBlock';
import { addCite, citeOf, primaryCite } from './opinionCites';
import { HEAD_LINES, inferFromText, type Inferred } from './metaFromText';

export interface ParsedOpinion {
  meta: OpinionMeta;
  /** Offset where the body begins (after the header). */
  bodyStart: number;
  problems: string[];
}

// ---------------------------------------------------------------------------
// Assembling the metadata

/** Short, stable, non-cryptographic hash (FNV-1a, 32 bits) so two files with one caption get different ids. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function baseName(file: string): string {
  const b = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = b.lastIndexOf('.');
  return dot > 0 ? b.slice(0, dot) : b;
}

function canonicalCitation(caption: string, cites: OpinionCite[], court: string, date: string, year: number | undefined): string {
  const primary = primaryCite(cites);
  let body = '';
  const paren: string[] = [];
  if (primary?.kind === 'reporter') {
    body = primary.text;
    const ed = edition(primary.reporter);
    if (court && !(ed && reporterNamesCourt(ed, court))) paren.push(court);
    if (year) paren.push(String(year));
  } else {
    if (primary) body = primary.kind === 'docket' ? `No. ${primary.docket}` : primary.text;
    // Unreported decisions carry the exact date.
    if (court) paren.push(court);
    if (date) paren.push(citationDate(date));
    else if (year) paren.push(String(year));
  }
  const lead = caption && body ? `${caption}, ${body}` : caption || body;
  if (lead === '') return '';
  return paren.length > 0 ? `${lead} (${paren.join(' ')})` : lead;
}

function detectPagination(markers: PageMarker[]): Pagination {
  if (markers.some((m) => m.style === 'lexis')) return 'lexis';
  if (markers.some((m) => m.style === 'west')) return 'west';
  return 'slip';
}

/** Metadata for a writer's opinion file. `file` is its absolute path (goes into meta.texts[0].file). Never throws. */
export function parseOpinion(text: string, file: string): ParsedOpinion {
  try {
    return parse(text, file);
  } catch (e) {
    // A bug here must not lose the file: give it an empty record that still names it.
    const name = baseName(file);
    return {
      meta: {
        id: `${slug(name) || 'opinion'}-${shortHash(file)}`,
        caption: '',
        shortName: '',
        court: '',
        date: '',
        dockets: [],
        cites: [],
        citation: '',
        texts: [{ file, primary: true, pagination: 'slip' }],
      },
      bodyStart: 0,
      problems: [`could not read the metadata (${e instanceof Error ? e.message : String(e)}).`],
    };
  }
}

function parse(text: string, file: string): ParsedOpinion {
  const header = readHeader(text);
  const problems = [...header.problems];
  const { fields, bodyStart } = header;
  const one = (k: Key): Field | undefined => fields.get(k)?.[0];

  const headerCites = headerCitations(fields, problems);
  const hasHeaderCites = headerCites.some((c) => c.kind !== 'docket');
  const needInference = !one('caption') || !hasHeaderCites || !one('court') || !one('date') || !one('judge');
  const inferred: Inferred = needInference ? inferFromText(text, bodyStart) : { caption: '', cites: [], court: '', date: '' };

  // Cites: the header's when it gives any reporter or database cite; else the text's, plus the header's dockets.
  const cites: OpinionCite[] = [];
  if (hasHeaderCites) for (const c of headerCites) addCite(cites, c);
  else {
    for (const c of inferred.cites) if (c.kind !== 'docket') addCite(cites, c);
    for (const c of headerCites) addCite(cites, c);
    for (const c of inferred.cites) if (c.kind === 'docket') addCite(cites, c);
  }
  const dockets: string[] = [];
  for (const c of cites) if (c.kind === 'docket' && !dockets.includes(c.docket)) dockets.push(c.docket);

  const caption = one('caption')?.value ?? inferred.caption;
  const court = courtOf(one('court'), inferred, problems);
  const dateField = one('date');
  const { date, year } = dateOf(dateField, inferred, problems);

  const primary = primaryCite(cites);
  const reporterCite = primary?.kind === 'reporter' ? primary : undefined;
  // Pagination: the header's word, else what the markers show.
  const markers = normalize(text.slice(bodyStart)).pageMarkers;
  const pagination = paginationOf(one('pagination'), markers, problems);
  const { firstPage, lastPage } = reporterPages(one('pages'), reporterCite, pagination, markers, problems);

  const judge = one('judge')?.value ?? inferred.judge;
  const shortName = one('short')?.value ?? shortNameOf(caption);

  const where = `${header.present ? 'in the header block or ' : ''}before the opinion's first paragraph (at most ${HEAD_LINES} lines)`;
  if (!caption) problems.push(`No caption found ${where}; add "caption: Party v. Party" to a header block.`);
  if (cites.length === 0) {
    problems.push(
      `No citation found ${where}; add "cite:" (e.g. 158 F. Supp. 2d 214) or "docket:" to a header block, or citations in briefs cannot link to this opinion.`,
    );
  }
  if (!court) problems.push(`No court found ${where}; add "court:" (e.g. D. Conn.) to a header block.`);
  if (!date && !dateField) problems.push(`No decision date found ${where} or in its closing lines; add "date: YYYY-MM-DD" to a header block.`);

  const meta: OpinionMeta = {
    id: `${slug(caption) || slug(baseName(file)) || 'opinion'}-${shortHash(file)}`,
    caption,
    shortName,
    court,
    date,
    dockets,
    cites,
    citation: canonicalCitation(caption, cites, court, date, year),
    texts: [
      {
        file,
        primary: true,
        pagination,
        source: header.present ? 'Opinion folder file with a header block' : 'Opinion folder file; metadata read from its text',
      },
    ],
  };
  if (judge) meta.judge = judge;
  if (firstPage !== undefined) meta.firstPage = firstPage;
  if (lastPage !== undefined) meta.lastPage = lastPage;
  return { meta, bodyStart, problems: inLineOrder(problems) };
}

/** The cites and dockets the header block gives, with a problem for each it cannot read. */
function headerCitations(fields: Map<Key, Field[]>, problems: string[]): OpinionCite[] {
  const headerCites: OpinionCite[] = [];
  for (const f of fields.get('cite') ?? []) {
    const found = analyzeText(f.value).citations.filter((c) => !c.nested);
    let any = false;
    for (const c of found) {
      const oc = citeOf(c, true);
      if (!oc) continue;
      any = true;
      if (c.kind === 'case' && c.reporter === null) {
        problems.push(`line ${f.line}: "${c.reporterAsWritten}" is not a reporter Pincite knows; the cite is kept, but citations in briefs may not match it.`);
      }
      addCite(headerCites, oc);
    }
    if (!any)
      problems.push(
        `line ${f.line}: "cite: ${f.value}" is not a reporter, database or docket citation Pincite can read (e.g. 401 U.S. 37, 2019 WL 4933517, No. 3:21-cv-107); ignored.`,
      );
  }
  for (const f of fields.get('docket') ?? []) {
    const d = analyzeText(/^no\b/i.test(f.value) ? f.value : `No. ${f.value}`).citations.find((c) => c.kind === 'docket');
    if (d && d.kind === 'docket') addCite(headerCites, citeOf(d, true) as OpinionCite);
    else {
      // Dockets Pincite cannot normalise (`No. 2`) are kept as written.
      const bare = f.value.replace(/^(?:docket[ \t]+)?no\.?[ \t]*/i, '').trim();
      if (bare) addCite(headerCites, { kind: 'docket', docket: bare, text: `No. ${bare}` });
      else problems.push(`line ${f.line}: "docket: ${f.value}" has no docket number; ignored.`);
    }
  }
  return headerCites;
}

/** The header's court (as Pincite abbreviates it when it knows it), else the one inferred. */
function courtOf(courtField: Field | undefined, inferred: Inferred, problems: string[]): string {
  let court = inferred.court;
  if (courtField) {
    const known = lookupCourt(courtField.value);
    court = known?.abbr ?? courtField.value;
    if (!known && !/^U\.\s?S\.$/.test(courtField.value)) {
      problems.push(`line ${courtField.line}: "${courtField.value}" is not a court abbreviation Pincite knows (e.g. D. Conn., 2d Cir., U.S.); kept as written.`);
    }
  }
  return court;
}

/** The decision date (ISO) and year: the header's date when it is one, else the one inferred. */
function dateOf(dateField: Field | undefined, inferred: Inferred, problems: string[]): { date: string; year: number | undefined } {
  let date = inferred.date;
  let year = inferred.year;
  if (dateField) {
    const iso = parseDateValue(dateField.value);
    if (iso) date = iso;
    else {
      const y = /\b(1[6-9]\d\d|2[01]\d\d)\b/.exec(dateField.value);
      if (y && !date) year = Number(y[1]);
      problems.push(
        `line ${dateField.line}: "${dateField.value}" is not a date; write the decision date as YYYY-MM-DD (e.g. 1971-02-23).` +
          (date ? ` Using ${date} from the text.` : ''),
      );
    }
  }
  if (date) year = Number(date.slice(0, 4));
  return { date, year };
}

/** The header's pagination when it names one, else the one the page markers show. */
function paginationOf(pagField: Field | undefined, markers: PageMarker[], problems: string[]): Pagination {
  const detected = detectPagination(markers);
  let pagination: Pagination = detected;
  if (pagField) {
    const v = pagField.value.toLowerCase();
    if (v === 'lexis' || v === 'west' || v === 'slip') {
      pagination = v;
      if (detected !== 'slip' && detected !== v) {
        problems.push(`line ${pagField.line}: "pagination: ${v}", but the text has ${detected === 'lexis' ? 'Lexis [*N]' : 'West *N'} page markers.`);
      }
    } else {
      problems.push(`line ${pagField.line}: pagination "${pagField.value}" is not lexis, west or slip; using "${detected}", detected from the text.`);
    }
  }
  return pagination;
}

/** The opinion's first and last reporter pages: the header's `pages:`, else the reporter cite's first page and the text's last star page. */
function reporterPages(
  pagesField: Field | undefined,
  reporterCite: Extract<OpinionCite, { kind: 'reporter' }> | undefined,
  pagination: Pagination,
  markers: PageMarker[],
  problems: string[],
): { firstPage: number | undefined; lastPage: number | undefined } {
  let firstPage = reporterCite?.page;
  let lastPage: number | undefined;
  if (pagesField) {
    const pages = pagesOf(pagesField, reporterCite, problems);
    if (pages) ({ firstPage, lastPage } = pages);
  }
  if (!pagesField && firstPage !== undefined && pagination !== 'slip') {
    // The last star page of the text is the opinion's last page.
    const maxPage = markers.reduce((mx, pm) => Math.max(mx, pm.page), 0);
    if (maxPage >= firstPage) lastPage = maxPage;
  }
  return { firstPage, lastPage };
}

/** The first and last reporter pages the header's `pages:` gives, or undefined when they are unusable (with a problem). */
function pagesOf(
  pagesField: Field,
  reporterCite: Extract<OpinionCite, { kind: 'reporter' }> | undefined,
  problems: string[],
): { firstPage: number; lastPage: number | undefined } | undefined {
  const m = /^(\d{1,6})(?:[ \t]*[-–—][ \t]*(\d{1,6}))?$/.exec(pagesField.value);
  if (!m) {
    problems.push(`line ${pagesField.line}: pages "${pagesField.value}" should be the first and last reporter pages, e.g. 37-54; ignored.`);
    return undefined;
  }
  const first = Number(m[1]);
  let last = m[2] !== undefined ? Number(m[2]) : undefined;
  // `911-15` is the short way of writing 911-915.
  if (m[2] !== undefined && m[2].length < m[1].length) last = Number(m[1].slice(0, m[1].length - m[2].length) + m[2]);
  if (first === 0) {
    problems.push(`line ${pagesField.line}: pages "${pagesField.value}" start at page 0; ignored.`);
    return undefined;
  }
  if (last !== undefined && last < first) {
    problems.push(`line ${pagesField.line}: pages "${pagesField.value}" end before they begin (the last page must not be lower than the first); ignored.`);
    return undefined;
  }
  if (!reporterCite) problems.push(`line ${pagesField.line}: pages are given, but there is no reporter cite for them to belong to.`);
  else if (reporterCite.page !== first) {
    problems.push(`line ${pagesField.line}: pages start at ${first}, but the reporter cite ${reporterCite.text} starts at page ${reporterCite.page}.`);
  }
  return { firstPage: first, lastPage: last };
}

/** Problems about header lines in line order, then the rest as found. */
function inLineOrder(problems: string[]): string[] {
  const lineOf = (p: string): number => {
    const m = /^line (\d+):/.exec(p);
    return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
  };
  return problems
    .map((p, i) => ({ p, i, l: lineOf(p) }))
    .sort((a, b) => a.l - b.l || a.i - b.i)
    .map((x) => x.p);
}
