// The JSON shape `pincite cites --json` prints for one citation. Kept apart from
// the core types so the command-line contract stays stable while the core grows.

import type { CaseCitation, Citation, DatabaseCitation, DocketCitation, ScanResult, ShortCaseCitation } from '../core/types';
import { courtOfReporter } from '../core/data/reporterCourts';

export interface CitationJson {
  kind: Citation['kind'];
  text: string;
  start: number;
  end: number;
  // The fields the readable table prints; the others vary with the kind.
  parallelOf?: number;
  antecedent?: number | null;
  resolution?: string;
  resolutionReason?: string;
  nestedIn?: number | null;
  [key: string]: unknown;
}

export function citationJson(c: Citation): CitationJson {
  const out: CitationJson = { kind: c.kind, text: c.text, start: c.span.start, end: c.span.end };
  if (c.signal) out.signal = c.signal.text;
  if (c.kind === 'case' || c.kind === 'shortCase' || c.kind === 'database' || c.kind === 'docket') caseFields(out, c);
  else otherFields(out, c);
  if (c.kind === 'shortCase' || c.kind === 'id' || c.kind === 'supra' || c.antecedent !== undefined) {
    out.antecedent = c.antecedent ?? null;
    out.resolution = c.resolution ?? 'unresolved';
    if (c.resolutionReason) out.resolutionReason = c.resolutionReason;
  }
  out.authority = c.authority ?? null;
  if (c.nested) out.nestedIn = c.nestedIn ?? null;
  if (c.historyOf !== undefined) {
    out.historyOf = c.historyOf;
    out.historyPhrase = c.historyPhrase;
  }
  // Parentheticals other than the court and date, as written: `(per curiam)`, `(quoting …)`.
  const parens = c.parentheticals.filter((p) => p.kind !== 'courtDate');
  if (parens.length) out.parentheticals = parens.map((p) => p.text);
  if (c.notes.length) out.notes = c.notes.map((n) => n.code);
  return out;
}

/** The fields of a case, short form, database or docket citation. */
function caseFields(out: CitationJson, c: CaseCitation | ShortCaseCitation | DatabaseCitation | DocketCitation): void {
  switch (c.kind) {
    case 'case':
    case 'shortCase':
      out.caseName = c.caseName?.text ?? null;
      out.volume = c.volume;
      out.reporter = c.reporter;
      out.reporterAsWritten = c.reporterAsWritten;
      out.page = c.kind === 'case' ? c.page : (c.page ?? null);
      out.pins = c.pins.map((p) => p.text);
      if (c.kind === 'case') {
        out.court = c.court ?? null;
        if (c.courtImplied) out.courtImplied = c.courtImplied;
        out.year = c.year ?? null;
        if (c.date) out.date = c.date;
        if (c.docket) out.docket = c.docket;
      }
      if (c.kind === 'shortCase') {
        // A short form's reporter implies the court as its full citation's does.
        const implied = courtOfReporter(c.reporter);
        if (implied) out.courtImplied = implied;
      }
      if (c.parallelOf !== undefined) out.parallelOf = c.parallelOf;
      break;
    case 'database':
      out.caseName = c.caseName?.text ?? null;
      out.volume = c.year;
      out.reporter = c.database;
      out.reporterAsWritten = c.databaseAsWritten;
      out.page = c.number;
      out.pins = c.pins.map((p) => p.text);
      out.court = c.court ?? null;
      out.year = c.decisionYear ?? null;
      if (c.date) out.date = c.date;
      if (c.docket) out.docket = c.docket;
      if (c.parallelOf !== undefined) out.parallelOf = c.parallelOf;
      break;
    case 'docket':
      out.caseName = c.caseName?.text ?? null;
      out.docket = c.docket;
      out.pins = c.pins.map((p) => p.text);
      out.court = c.court ?? null;
      out.year = c.year ?? null;
      if (c.date) out.date = c.date;
      break;
  }
}

/** The fields of the other kinds of citation. */
function otherFields(out: CitationJson, c: Exclude<Citation, CaseCitation | ShortCaseCitation | DatabaseCitation | DocketCitation>): void {
  switch (c.kind) {
    case 'id':
      out.form = c.form;
      out.pins = c.pins.map((p) => p.text);
      break;
    case 'supra':
      out.name = c.name;
      out.pins = c.pins.map((p) => p.text);
      break;
    case 'record':
      out.document = c.document;
      out.pins = c.pins.map((p) => p.text);
      break;
    case 'source':
      out.series = c.series;
      if (c.volume) out.volume = c.volume;
      out.number = c.number;
      out.pins = c.pins.map((p) => p.text);
      break;
    case 'secondary':
      out.form = c.form;
      if (c.author) out.author = c.author;
      out.title = c.title;
      if (c.work) out.work = c.work;
      if (c.volume) out.volume = c.volume;
      if (c.journal) out.journal = c.journal;
      if (c.congress) out.congress = c.congress;
      if (c.page) out.page = c.page;
      if (c.section) out.section = c.section;
      if (c.comment) out.comment = c.comment;
      if (c.edition) out.edition = c.edition;
      if (c.year) out.year = c.year;
      out.pins = c.pins.map((p) => p.text);
      if (c.short) out.short = true;
      break;
    case 'crossReference':
      out.target = c.target;
      out.direction = c.direction;
      break;
    case 'statute':
    case 'regulation':
      if (c.title) out.title = c.title;
      out.code = c.code;
      if (c.kind === 'statute' && c.chapter) out.chapter = c.chapter;
      out.section = c.section;
      break;
    case 'rule':
      out.code = c.code;
      out.rule = c.rule;
      break;
    case 'constitution':
      out.jurisdiction = c.jurisdiction;
      out.part = c.part;
      out.number = c.number;
      if (c.section) out.section = c.section;
      if (c.clause) out.clause = c.clause;
      break;
  }
}

export function fileJson(path: string, r: ScanResult) {
  return {
    path,
    citations: r.citations.map(citationJson),
    authorities: r.authorities.map((a) => ({ id: a.id, kind: a.kind, label: a.label, citations: a.citations })),
  };
}
