// The protocol boundary of the service: the service, its feature answers and
// the CLI speak in offsets and plain values, so the CLI and the editor can
// answer through the same code. Only server.ts, lsp/ and transport.ts may
// know the language server protocol; nothing else may import its packages or
// the server's own LSP layer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ROOT } from './helpers';

const SRC = path.join(ROOT, 'server', 'src');
const PROTOCOL_PACKAGES =
  /^(?:vscode-languageserver|vscode-languageserver-textdocument|vscode-languageserver-protocol|vscode-jsonrpc|vscode-languageclient|vscode)(?:\/|$)/;
const LSP_LAYER = [path.join(SRC, 'lsp'), path.join(SRC, 'server.ts'), path.join(SRC, 'transport.ts')];

function tsFiles(p: string): string[] {
  if (!fs.statSync(p).isDirectory()) return [p];
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.isDirectory() || e.name.endsWith('.ts') ? tsFiles(path.join(p, e.name)) : []));
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

test('the service, the features and the CLI import nothing of the protocol', () => {
  const files = ['service', 'features', 'cli', 'cli.ts'].flatMap((p) => tsFiles(path.join(SRC, p)));
  assert.ok(files.length > 10, 'the folders hold the modules');
  const problems: string[] = [];
  for (const file of files) {
    for (const { fileName: spec } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      const relative = spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined;
      const crosses = relative ? LSP_LAYER.some((l) => isInside(l, relative) || isInside(l, `${relative}.ts`)) : PROTOCOL_PACKAGES.test(spec);
      if (crosses) problems.push(`${path.relative(ROOT, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});
