// The outline of a brief: its headings first, nested as Markdown nests them,
// then the authorities under one node; the caption's docket number is the
// brief's own case and is not listed as an authority.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols } from './editorFeatures';
import { analyseBrief, bundledService } from './libraryHelpers';
import { readProjectFile } from './helpers';

const svc = bundledService(false);

function outline(text: string, languageId = 'markdown'): DocumentSymbol[] {
  const { doc, analysis } = analyseBrief(text, svc, { uri: `file:///outline.${languageId === 'markdown' ? 'md' : 'txt'}`, languageId, findings: false });
  return documentSymbols(doc, analysis);
}

/** Names, nested: `Argument > Younger` as ['Argument', ['Younger']]. */
function tree(symbols: DocumentSymbol[] | undefined, depth: number): unknown[] {
  return (symbols ?? []).map((s) => (depth > 1 && s.children?.length ? [s.name, tree(s.children, depth - 1)] : s.name));
}

test('the sample memorandum: headings in document order, then Authorities; the caption docket is not a case', () => {
  const symbols = outline(readProjectFile('samples/memorandum.md'));
  const names = symbols.map((s) => s.name);
  assert.equal(names[0], "DEFENDANTS' JOINT MEMORANDUM OF LAW IN SUPPORT OF THEIR MOTION TO DISMISS");
  assert.equal(names.at(-1), 'Authorities');
  assert.equal(names.filter((n) => n === 'Authorities').length, 1);
  // The title is level 1, so the ## sections sit under it.
  const sections = symbols[0].children!.map((s) => s.name);
  assert.deepEqual(sections.slice(0, 3), ['PRELIMINARY STATEMENT', 'BACKGROUND', 'STANDARD OF REVIEW']);
  assert.equal(symbols[0].kind, SymbolKind.String);
  const cases = symbols.at(-1)!.children!.find((g) => g.name === 'Cases')!;
  assert.match(cases.children![0].name, /^Russo v\. City of Hartford/);
  assert.ok(!cases.children!.some((c) => /3:24-cv-1187/.test(c.name)), 'the caption docket is the brief itself');
  // A docket number with a case name is an authority like any other.
  assert.ok(cases.children!.some((c) => /^Campbell v\. City of Waterbury/.test(c.name)));
});

test('Markdown headings nest by level and each covers its section', () => {
  const text = ['# Title', '', '## One', '', 'Text. 42 U.S.C. § 1983.', '', '### One A', '', 'More.', '', '## Two', '', 'End.', ''].join('\n');
  const symbols = outline(text);
  assert.deepEqual(tree(symbols, 3), [
    ['Title', [['One', ['One A']], 'Two']],
    ['Authorities', [['Statutes', ['42 U.S.C. § 1983']]]],
  ]);
  const one = symbols[0].children![0];
  assert.deepEqual(one.range, { start: { line: 2, character: 0 }, end: { line: 8, character: 5 } }, 'One runs to the end of One A, before Two');
  assert.deepEqual(one.selectionRange, { start: { line: 2, character: 0 }, end: { line: 2, character: 6 } });
});

test('a plain-text brief: capitals and outline numbers are headings, nested part, letter, number', () => {
  const text = [
    'ARGUMENT',
    '',
    'I. THE COURT SHOULD ABSTAIN',
    '',
    'A. The Prosecution Is Pending',
    '',
    'See Younger v. Harris, 401 U.S. 37, 43 (1971).',
    '',
    'II. THE CLAIMS ARE BARRED',
    '',
    'Done.',
    '',
  ].join('\n');
  assert.deepEqual(tree(outline(text, 'plaintext'), 3), [
    ['ARGUMENT', [['I. THE COURT SHOULD ABSTAIN', ['A. The Prosecution Is Pending']], 'II. THE CLAIMS ARE BARRED']],
    ['Authorities', [['Cases', ['Younger v. Harris, 401 U.S. 37 (1971)']]]],
  ]);
});

test('the Authorities node starts after the last heading, so an outline sorted by position still lists it last', () => {
  const text = ['See 42 U.S.C. § 1983.', '', '# Argument', '', 'Text.', '', '## Relief', '', 'More.', ''].join('\n');
  const symbols = outline(text);
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['Argument', 'Authorities'],
  );
  const relief = symbols[0].children![0];
  const auth = symbols[1];
  const after = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line > b.line || (a.line === b.line && a.character > b.character);
  assert.ok(after(auth.range.start, relief.range.start), 'Authorities starts after the last heading');
  // Its citations keep their own places.
  assert.deepEqual(auth.children![0].children![0].range.start, { line: 0, character: 4 });
});

test('a brief without headings or citations has an empty outline; one with citations only lists Authorities', () => {
  assert.deepEqual(outline('Nothing to see.\n'), []);
  assert.deepEqual(tree(outline('See 42 U.S.C. § 1983.\n'), 1), ['Authorities']);
});
