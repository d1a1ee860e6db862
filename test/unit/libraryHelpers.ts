// Shared by the tests of the editor features that read the opinions library
// (links, hover cards, completion, references): the bundled library as the
// server holds it, and a brief analysed by the service as the server has it
// analysed.

import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../server/src/core/rules/index';
import { LibraryService } from '../../server/src/host/libraryService';
import { PinciteService, type Analysis, type DocumentSettings } from '../../server/src/service/index';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { curatedAuthorities } from '../../server/src/host/bundledAuthorities';
import { ROOT } from './helpers';

/** The server's library service over the bundled opinions; `opinionScheme` as the VS Code client asks. */
export function bundledService(opinionScheme = true): LibraryService {
  const s = new LibraryService({ bundledDir: path.join(ROOT, 'opinions'), log: () => undefined, onChange: () => undefined });
  s.useOpinionScheme = opinionScheme;
  return s;
}

/** Every rule off: for tests of features that read only the citations. */
const NO_RULES = Object.fromEntries(RULES.map((r) => [r.meta.code, 'off' as const]));

/** `text` analysed by a service over the library and the curated authorities, as the server has it: an open document with the default settings (`findings: false`: every rule off). */
export function analyseBrief(
  text: string,
  library: LibraryService,
  { uri = 'file:///brief.md', languageId = 'markdown', findings = true } = {},
): { doc: TextDocument; analysis: Analysis } {
  const settings: DocumentSettings = {
    maxDocumentSize: DEFAULT_SETTINGS.maxDocumentSize,
    codeLens: DEFAULT_SETTINGS.codeLens,
    toaPassim: DEFAULT_SETTINGS.toaPassim,
    checkOptions: () => (findings ? {} : { rules: NO_RULES }),
  };
  const service = new PinciteService({ opinions: library, authorities: curatedAuthorities(), settings: () => settings, log: () => undefined });
  const doc = TextDocument.create(uri, languageId, 1, text);
  const analysis = service.analyseNow(doc);
  if (!analysis) throw new Error(`${uri} was not analysed`);
  return { doc, analysis };
}
