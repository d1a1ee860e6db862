// Citation completion: a case name typed in a citation context offers the full
// Bluebook citation as a snippet with a tab stop for the pin; after a full
// citation, the short form and Id. at are offered. Accepting a completion
// gives a citation Pincite reads as well formed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { analyzeText } from '../../server/src/core/analyze';
import { checkAll } from '../../server/src/core/rules/index';
import { completionsAt } from './editorFeatures';
import { analyseBrief, bundledService } from './libraryHelpers';
import { withAuthorities } from './helpers';

const svc = bundledService(false);

/** Completions with the cursor at the `|` in `text`. */
function complete(withCursor: string, languageId = 'markdown'): { items: CompletionItem[]; text: string; offset: number } {
  const offset = withCursor.indexOf('|');
  const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  const { doc, analysis } = analyseBrief(text, svc, { uri: 'file:///b.md', languageId, findings: false });
  return { items: completionsAt(doc, analysis, offset), text, offset };
}

/** Applies an item as VS Code would, filling the first tab stop with `pin`. */
function accept(text: string, item: CompletionItem, pin: string): string {
  const edit = item.textEdit as TextEdit;
  const doc = TextDocument.create('file:///b.md', 'markdown', 1, text);
  const start = doc.offsetAt(edit.range.start);
  const end = doc.offsetAt(edit.range.end);
  const inserted = edit.newText
    .replace(/\$\{1:[^}]*\}|\$\{1\}/, pin)
    .replace(/\$0/, '')
    .replace(/\\([\\$}])/g, '$1');
  return text.slice(0, start) + inserted + text.slice(end);
}

test('typing part of a case name offers its full citation with a tab stop for the pin', () => {
  const { items, text } = complete('Federal courts abstain. *See* Youn|');
  const younger = items.find((i) => i.label === 'Younger v. Harris');
  assert.ok(younger, items.map((i) => i.label).join(', '));
  assert.equal(younger.detail, 'Younger v. Harris, 401 U.S. 37 (1971)');
  assert.equal((younger.textEdit as TextEdit).newText, '*Younger v. Harris*, 401 U.S. 37, ${1:pin} (1971)$0');
  const after = accept(text, younger, '43-44');
  assert.equal(after, 'Federal courts abstain. *See* *Younger v. Harris*, 401 U.S. 37, 43-44 (1971)');
  // Well formed: one full case citation, and no finding at all.
  const r = analyzeText(after + '.');
  assert.deepEqual(
    r.citations.map((c) => c.kind),
    ['case'],
  );
  assert.deepEqual(
    checkAll(after + '.', r, withAuthorities()).map((f) => f.code),
    [],
  );
});

test('a word from the middle of the name finds it too, and plain text gets no emphasis', () => {
  const { items } = complete('See Harr|', 'plaintext');
  const younger = items.find((i) => i.label === 'Younger v. Harris');
  assert.ok(younger);
  assert.equal((younger.textEdit as TextEdit).newText, 'Younger v. Harris, 401 U.S. 37, ${1:pin} (1971)$0');
});

test('the bundled opinions are offered: Russo with its reporter, Campbell as a slip opinion', () => {
  const { items, text } = complete('Compare Russ|');
  const russo = items.find((i) => i.label === 'Russo v. City of Hartford');
  assert.ok(russo);
  assert.equal(accept(text, russo, '229'), 'Compare *Russo v. City of Hartford*, 158 F. Supp. 2d 214, 229 (D. Conn. 2001)');
  const campbell = complete('See Campb|').items.find((i) => i.label === 'Campbell v. City of Waterbury');
  assert.ok(campbell);
  assert.match((campbell.textEdit as TextEdit).newText, /^\*Campbell v\. City of Waterbury\*, No\. 3:21-cv-107 \(JAM\)/);
});

test('after a full citation, the short form and Id. at are offered', () => {
  const before = 'Federal courts abstain. *Younger v. Harris*, 401 U.S. 37, 43 (1971). The rule rests on comity. ';
  const id = complete(before + 'I|');
  const idItem = id.items.find((i) => i.label === 'Id. at …');
  assert.ok(idItem, id.items.map((i) => i.label).join(', '));
  assert.equal(accept(id.text, idItem, '44'), before + '*Id.* at 44');
  const short = complete(before + 'Youn|');
  const shortItem = short.items.find((i) => i.label === 'Younger, 401 U.S. at …');
  assert.ok(shortItem);
  const after = accept(short.text, shortItem, '45');
  assert.equal(after, before + '*Younger*, 401 U.S. at 45');
  const r = analyzeText(after + '.');
  const last = r.citations[r.citations.length - 1];
  assert.equal(last.kind, 'shortCase');
  assert.equal(last.resolution, 'resolved');
});

test('Id. is not offered once another authority was cited last', () => {
  const { items } = complete('*Younger v. Harris*, 401 U.S. 37, 43 (1971). *Huffman v. Pursue, Ltd.*, 420 U.S. 592, 600 (1975). I|');
  const ids = items.filter((i) => i.label === 'Id. at …');
  assert.equal(ids.length, 1);
  assert.match(ids[0].detail ?? '', /Huffman/);
});

test('no completion inside code or inside a citation already written', () => {
  assert.deepEqual(complete('Use `Youn|` here').items, []);
  assert.deepEqual(complete('*Younger v. Harris*, 401 U.|S. 37 (1971)').items, []);
});
