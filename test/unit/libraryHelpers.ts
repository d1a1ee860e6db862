// Shared by the tests of the editor features that read the opinions library
// (links, hover cards, completion, references): the bundled library as the
// server holds it, and a brief analysed the way the analysis cache does it.

import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import { LibraryService } from '../../server/src/host/libraryService';
import type { Analysis } from '../../server/src/analysisCache';
import { ROOT, withAuthorities } from './helpers';

/** The server's library service over the bundled opinions; `opinionScheme` as the VS Code client asks. */
export function bundledService(opinionScheme = true): LibraryService {
  const s = new LibraryService({ bundledDir: path.join(ROOT, 'opinions'), log: () => undefined, onChange: () => undefined });
  s.useOpinionScheme = opinionScheme;
  return s;
}

/** `text` analysed with the service's library, as an open document. */
export function analyseBrief(
  text: string,
  service: LibraryService,
  { uri = 'file:///brief.md', languageId = 'markdown', findings = true } = {},
): { doc: TextDocument; analysis: Analysis } {
  const result = analyzeText(text);
  const library = service.library;
  const analysis: Analysis = {
    uri,
    version: 1,
    text,
    result,
    findings: findings ? checkAll(text, result, withAuthorities({ library })) : [],
    designated: library.designate(result),
    library,
    ms: 0,
  };
  return { doc: TextDocument.create(uri, languageId, 1, text), analysis };
}
