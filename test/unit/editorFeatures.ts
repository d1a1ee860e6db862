// The service's feature answers as the language server sends them: each
// feature over an analysis (with the curated authorities the server hands the
// service), through the one conversion (lsp/convert.ts), so the feature tests
// assert on what an editor receives.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as hover from '../../server/src/features/hover';
import * as links from '../../server/src/features/opinionLinks';
import * as tools from '../../server/src/features/briefTools';
import * as symbols from '../../server/src/features/symbols';
import * as completion from '../../server/src/features/completion';
import * as lsp from '../../server/src/lsp/convert';
import type { Analysis, OpinionsInput } from '../../server/src/service/index';
import type { IndexedBrief } from '../../server/src/host/workspaceIndex';
import { curatedAuthorities } from '../../server/src/host/bundledAuthorities';

export { hoverLibrary, authorityKeysAt } from '../../server/src/features/opinionLinks';

export function hoverFor(doc: TextDocument, analysis: Analysis, offset: number, lib?: hover.HoverLibrary) {
  return lsp.toHover(doc, hover.hoverFor(analysis, offset, curatedAuthorities(), lib));
}

export function completionsAt(doc: TextDocument, analysis: Analysis, offset: number) {
  return lsp.toCompletionItems(doc, completion.completionsAt(analysis, offset, curatedAuthorities()));
}

export function documentLinks(doc: TextDocument, analysis: Analysis, opinions: OpinionsInput) {
  return lsp.toDocumentLinks(doc, links.documentLinks(analysis, opinions));
}

export function definitionAt(analysis: Analysis, offset: number, opinions: OpinionsInput) {
  const place = links.definitionAt(analysis, offset, opinions);
  return place ? lsp.toLocation(undefined, place) : null;
}

export function citedInResult(analysis: Analysis, offset: number, opinions: OpinionsInput) {
  return lsp.toCitedInResult(links.citedInResult(analysis, offset, opinions));
}

export function referencesAt(doc: TextDocument, analysis: Analysis, offset: number, opinions: OpinionsInput, includeDeclaration: boolean) {
  return links.referencesAt(analysis, offset, opinions, includeDeclaration).map((p) => lsp.toLocation(doc, p));
}

export function referencesInBriefs(briefs: IndexedBrief[], exceptUri: string, keys: string[]) {
  return tools.referencesInBriefs(briefs, exceptUri, keys).map((p) => lsp.toLocation(undefined, p));
}

export function workspaceSymbols(briefs: IndexedBrief[], query: string) {
  return lsp.toWorkspaceSymbols(tools.workspaceSymbols(briefs, query));
}

export function documentSymbols(doc: TextDocument, analysis: Analysis) {
  return lsp.toDocumentSymbols(doc, symbols.documentSymbols(analysis));
}

export function codeLenses(doc: TextDocument, analysis: Analysis) {
  return lsp.toCodeLenses(doc, tools.codeLenses(analysis));
}

export function prepareRename(doc: TextDocument, analysis: Analysis, offset: number) {
  return lsp.toPrepareRename(doc, tools.prepareRename(analysis, offset));
}

export function renameShortName(doc: TextDocument, analysis: Analysis, offset: number, newName: string) {
  const r = tools.renameShortName(analysis, offset, newName);
  return 'error' in r ? r : lsp.toWorkspaceEdit(doc, r.edits);
}
