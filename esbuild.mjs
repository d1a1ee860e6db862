// Bundles the command-line tool, the language server and the VS Code client.
// Type checking is separate (`npm run typecheck`); esbuild only strips types.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const targets = [
  // The Word and PDF readers stay in node_modules, loaded only when the CLI is given such a file: the
  // extension never runs the CLI, and its package (.vscodeignore) ships dist/client.js and dist/server.js only.
  { in: 'server/src/cli.ts', out: 'dist/cli.js', external: ['mammoth', 'pdfjs-dist'] },
  { in: 'server/src/server.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
].filter((t) => existsSync(t.in));

const contexts = await Promise.all(
  targets.map((t) =>
    esbuild.context({
      entryPoints: [t.in],
      outfile: t.out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: production,
      sourcemap: !production,
      sourcesContent: false,
      external: t.external ?? [],
      // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles.
      mainFields: ['module', 'main'],
      define: { PINCITE_VERSION: JSON.stringify(version) },
      logLevel: 'warning',
    }),
  ),
);

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
