// The import boundary of the core: everything under server/src/core is one pure
// layer (text in, plain values out), so the server, the CLI and the tests can
// share it and nothing in it reads a disk, a URI or a module-level host. A file
// there may import only other files there, the JSON data tables in data/ (which
// esbuild inlines), and the few pure packages named below. Node's built-ins are
// refused: a core module that needs one belongs in server/src/host/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import * as ts from 'typescript';
import { ROOT } from './helpers';

const CORE = path.join(ROOT, 'server', 'src', 'core');
const DATA = path.join(ROOT, 'data');

/**
 * Packages the core may import, each pure (no I/O, no globals of a host).
 * markdown-it turns a Markdown string into tokens; `core/text/markdown.ts`
 * reads from them what in a brief is not brief text.
 */
const PURE_PACKAGES: ReadonlySet<string> = new Set(['markdown-it']);

const BUILTINS: ReadonlySet<string> = new Set(builtinModules);

/** Every specifier a source imports: static and type-only imports, re-exports, `import x = require()`, `require()` and `import()`. */
function specifiersOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return [...info.importedFiles, ...info.referencedFiles].map((f) => f.fileName);
}

/** Why `specifier`, imported by the core file `file`, crosses the boundary; undefined when it does not. */
function violation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = path.resolve(path.dirname(file), specifier);
    if (isInside(CORE, target)) return undefined;
    if (target.endsWith('.json') && isInside(DATA, target)) return undefined;
    return `imports ${path.relative(ROOT, target)}, outside server/src/core`;
  }
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (specifier.startsWith('node:') || BUILTINS.has(name) || BUILTINS.has(name.split('/')[0])) return `imports Node's ${specifier}`;
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (PURE_PACKAGES.has(pkg)) return undefined;
  return `imports the package ${pkg}, which is not one of the core's pure packages`;
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}

test('the boundary check refuses what leaves the core and allows what stays in it', () => {
  const file = path.join(CORE, 'rules', 'CITE999.ts');
  const crossing = [
    '../../library/library',
    '../../host/bundledOpinions',
    '../../features/hover',
    '../../../../package.json',
    '../../../../schemas/pincite.schema.json',
    'node:fs',
    'fs',
    'path',
    'fs/promises',
    'vscode-languageserver',
    'vscode',
  ];
  for (const s of crossing) assert.ok(violation(file, s), `${s} should cross the boundary`);
  for (const s of ['./types', '../types', '../library/library', '../../../../data/courts.json', 'markdown-it']) {
    assert.equal(violation(file, s), undefined, s);
  }
  // Every form of import is read, including type-only ones and those inside a multi-line list.
  const source = [
    "import type { Library } from '../../a';",
    "import {\n  b,\n  c,\n} from '../../b';",
    "export * from '../../c';",
    "export { d } from '../../d';",
    "import e = require('../../e');",
    "const f = require('../../f');",
    "async function g() { return import('../../g'); }",
  ].join('\n');
  assert.deepEqual(specifiersOf(source), ['../../a', '../../b', '../../c', '../../d', '../../e', '../../f', '../../g']);
});

test('no file under server/src/core imports anything outside it (data tables aside)', () => {
  const files = tsFilesUnder(CORE);
  // The walk found the core: a wrong root would make this test pass on nothing.
  assert.ok(files.length > 100, `only ${files.length} files under ${CORE}`);
  assert.ok(files.some((f) => f.endsWith(path.join('rules', 'index.ts'))));
  const found: string[] = [];
  for (const file of files) {
    for (const s of specifiersOf(fs.readFileSync(file, 'utf8'))) {
      const why = violation(file, s);
      if (why) found.push(`${path.relative(ROOT, file)}: '${s}' ${why}`);
    }
  }
  assert.deepEqual(found, []);
});
