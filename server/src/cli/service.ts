// The service as the command line runs it: the same object the language
// server answers through, made from the opinions the CLI read (the bundled ones
// and --opinions), with each file's settings at hand (its .pincite.json and
// --style) and no size limit. Briefs are documents whose language comes from
// the file name, so a Markdown file is read as Markdown here as in the editor.

import { pathToFileURL } from 'node:url';
import { isMarkdownPath } from '../core/analyze';
import { applyEdits } from '../core/rules/fixes';
import type { CheckOptions } from '../core/rules/index';
import { DEFAULT_TOA_OPTIONS } from '../core/toa/index';
import type { Library, OpinionText } from '../core/library/library';
import type { AuthorityIndex } from '../core/authorities/index';
import { PinciteService, type DocumentInput, type DocumentSettings } from '../service/index';

/** A brief read from `file` as a document of the service. */
export function briefDocument(file: string, text: string): DocumentInput {
  const languageId = isMarkdownPath(file) ? 'markdown' : /\.brief$/i.test(file) ? 'legal-brief' : 'plaintext';
  return { uri: file, languageId, version: 0, getText: () => text };
}

/** How the CLI checks a file: every rule as `options` sets it, whatever the file's size. */
export function cliSettings(options: CheckOptions): DocumentSettings {
  return { maxDocumentSize: Infinity, checkOptions: () => options, codeLens: false, toaPassim: DEFAULT_TOA_OPTIONS.passim };
}

/** The service over the opinions and curated authorities the CLI read (`check` gives the ones that ship, as the server has them). */
export function cliService(library: Library | undefined, log: (message: string) => void, authorities?: AuthorityIndex): PinciteService {
  const opinions = library && { library, uriFor: (t: OpinionText) => pathToFileURL(t.meta.file).href, useOpinionScheme: false };
  return new PinciteService({ opinions, authorities, settings: () => cliSettings({}), log });
}

/**
 * Applies the safe fixes until none is left (at most 5 passes): the editor's
 * fix-all, repeated. The service keeps the last analysis, of the text returned.
 */
export function fixBrief(service: PinciteService, file: string, text: string, settings: DocumentSettings): { text: string; edits: number } {
  let out = text;
  let edits = 0;
  for (let pass = 0; pass < 5; pass++) {
    const analysis = service.analyseNow(briefDocument(file, out), settings);
    const chosen = analysis ? service.safeFixes(analysis) : [];
    if (chosen.length === 0) break;
    out = applyEdits(out, chosen);
    edits += chosen.length;
  }
  return { text: out, edits };
}
