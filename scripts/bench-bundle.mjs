// Bundles TypeScript sources for a benchmark script: the same esbuild settings
// as the shipped bundles (CommonJS, Node 20, minified), written to a file in
// `dir` and loaded. Used by bench.mjs and bench-library.mjs.

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** `exports` is module source (`export { Library } from './server/src/core/library/library';`), relative to the project root. */
export async function bundleForBench(exports, dir, name) {
  const esbuild = await import(require.resolve('esbuild', { paths: [ROOT] }));
  const outfile = path.join(dir, name);
  await esbuild.build({
    stdin: { contents: exports, resolveDir: ROOT, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    define: { PINCITE_VERSION: JSON.stringify('bench') },
  });
  return require(outfile);
}
