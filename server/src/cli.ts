// `pincite`: the command-line front end over the same core the editor uses.
//
//   pincite cites FILE... [--json]   list every citation found in each file
//
// Exit codes: 0 success, 2 bad arguments or an unreadable file (named in the
// message). Nothing is written except to standard output and standard error.

import * as fs from 'node:fs';
import { analyzeText } from './core/analyze';
import { fileJson } from './cli/citesJson';
import { formatTable } from './cli/table';

const USAGE = `Usage: pincite cites FILE... [--json]

Commands:
  cites    list every citation in each FILE: kind, text, position and parts,
           with short forms and Id. resolved to what they cite

Options:
  --json   print one JSON object: {"files":[{"path","citations":[...]}]}
  --help   show this help
  --version
`;

/** Largest file the CLI reads; a brief is far smaller, a mistaken binary may not be. */
const MAX_BYTES = 64 * 1024 * 1024;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || argv.length === 0) {
    (argv.length === 0 ? err : out)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (flags.has('--version')) {
    out(`${version()}\n`);
    return 0;
  }
  const known = new Set(['--json', '--help', '--version']);
  for (const f of flags) {
    if (!known.has(f)) {
      err(`pincite: unknown option ${f}\n\n${USAGE}`);
      return 2;
    }
  }
  const [command, ...files] = args;
  if (command !== 'cites') {
    err(`pincite: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    err(`pincite cites: name at least one file\n\n${USAGE}`);
    return 2;
  }
  const results: Array<ReturnType<typeof fileJson>> = [];
  const texts: string[] = [];
  for (const file of files) {
    const text = readText(file, err);
    if (text === undefined) return 2;
    texts.push(text);
    results.push(fileJson(file, analyzeText(text)));
  }
  if (flags.has('--json')) {
    out(JSON.stringify({ files: results }, null, 2) + '\n');
  } else {
    results.forEach((r, k) => out(formatTable(r.path, texts[k], r.citations)));
  }
  return 0;
}

function readText(file: string, err: (s: string) => void): string | undefined {
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) {
      err(`pincite: ${file} is a directory; name the brief files to read\n`);
      return undefined;
    }
    if (st.size > MAX_BYTES) {
      err(`pincite: ${file} is ${(st.size / 1048576).toFixed(1)} MB, over the ${MAX_BYTES / 1048576} MB limit; is it really a brief?\n`);
      return undefined;
    }
    const text = fs.readFileSync(file, 'utf8');
    // A UTF-8 byte-order mark is not part of the brief's text.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    err(`pincite: cannot read ${file}: ${why}\n`);
    return undefined;
  }
}

function version(): string {
  // Set by esbuild from package.json; falls back when run from compiled tests.
  return typeof PINCITE_VERSION === 'string' ? PINCITE_VERSION : 'dev';
}

declare const PINCITE_VERSION: string | undefined;

if (require.main === module) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
