// The CLI prints what the editor shows: the same briefs, checked by
// `pincite check --format json` and by the language server's pulled
// diagnostics, give the same findings (code, severity, message, span). Both
// answer through the one service, so this holds by construction; the test
// keeps it so. The Markdown brief holds citations inside code and a comment,
// which neither may read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { main } from '../../server/src/cli';
import { LspClient, ROOT, type Diagnostic } from './client';

const MARKDOWN_WITH_CODE = [
  '# Argument',
  '',
  'Abstention applies. *Younger v. Harris*, 401 U.S. 37, 43-44 (1971). See `Id., at 45` and `10 F.Supp.2d 117`.',
  '',
  '<!-- Graham, 490 U.S. at 395. -->',
  '',
  '```',
  'Huff v. W. Haven Bd. of Educ., 10 F.Supp.2d 117, 122 (D. Conn. 1998).',
  '```',
  '',
  'Also Russo v. City of Hartford, 158 F.Supp.2d 214, 228 (D. Conn. 2001). Id., at 229.',
  '',
].join('\n');

const SEVERITY = ['', 'error', 'warning', 'info'];

interface Seen {
  code: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}

function fromCli(file: string): Seen[] {
  let out = '';
  main(
    ['check', file, '--format', 'json'],
    (s) => (out += s),
    () => undefined,
  );
  const json = JSON.parse(out) as { files: Array<{ diagnostics: Seen[] }> };
  return json.files[0].diagnostics.map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end }));
}

function fromEditor(doc: TextDocument, items: Diagnostic[]): Seen[] {
  return items.map((d) => ({ code: d.code, severity: SEVERITY[d.severity], message: d.message, start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) }));
}

test('pincite check and the editor report the same findings on the same briefs', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-parity-'));
  const c = new LspClient();
  t.after(async () => {
    await c.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await c.initialize({ capabilities: { textDocument: { diagnostic: {} } } });
  const briefs: Array<[string, string, string]> = [
    ['memorandum.md', fs.readFileSync(path.join(ROOT, 'samples', 'memorandum.md'), 'utf8'), 'markdown'],
    ['clean-brief.md', fs.readFileSync(path.join(ROOT, 'samples', 'clean-brief.md'), 'utf8'), 'markdown'],
    ['code.md', MARKDOWN_WITH_CODE, 'markdown'],
    ['code.txt', MARKDOWN_WITH_CODE, 'plaintext'],
  ];
  for (const [name, text, languageId] of briefs) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    await c.open(uri, text, languageId);
    const report = (await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    const editor = fromEditor(TextDocument.create(uri, languageId, 1, text), report.items);
    assert.deepEqual(editor, fromCli(file), name);
    if (name === 'memorandum.md') assert.ok(editor.length > 10, 'the memorandum has its planted mistakes');
  }
  // A fenced block is not brief text in Markdown, in either; a plain-text file has no markup.
  const fence = { start: MARKDOWN_WITH_CODE.indexOf('Huff v.'), end: MARKDOWN_WITH_CODE.indexOf('\n```', MARKDOWN_WITH_CODE.indexOf('Huff v.')) };
  const inFence = (f: Seen) => f.start >= fence.start && f.end <= fence.end;
  assert.ok(!fromCli(path.join(dir, 'code.md')).some(inFence), 'nothing reported inside the Markdown fence');
  assert.ok(fromCli(path.join(dir, 'code.txt')).some(inFence), 'the same line in a text file is checked');
});
