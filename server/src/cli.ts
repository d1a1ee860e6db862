// `pincite`: the command-line front end over the same core the editor uses.
//
//   pincite cites FILE... [--json]                            every citation found
//   pincite check FILE... [--format stylish|json|sarif] [--fix]   the rule findings
//
// Exit codes: 0 success (for check: no error-severity finding left), 1 an
// error-severity finding remains, 2 bad arguments or an unreadable file (named
// in the message). Nothing is written except standard output and standard
// error, and, with --fix only, the fixed briefs themselves.

import * as fs from 'node:fs';
import { analyzeText } from './core/analyze';
import { fileJson } from './cli/citesJson';
import { formatTable } from './cli/table';
import { Library } from './library/library';
import { findBundledDir, readBundledOpinions } from './library/bundled';
import { checkFiles, formatJson, formatSarif, formatStylish, type FileReport, type Format } from './cli/check';

const USAGE = `Usage: pincite cites FILE... [--json]
       pincite check FILE... [--format stylish|json|sarif] [--fix]

Commands:
  cites    list every citation in each FILE: kind, text, position and parts,
           with short forms and Id. resolved to what they cite
  check    report the citation problems in each FILE, with the rule behind each

Options:
  --json             (cites) print one JSON object: {"files":[{"path","citations":[...]}]}
  --format FORMAT    (check) stylish (default), json, or sarif (SARIF 2.1.0)
  --fix              (check) apply the safe fixes and write each changed file
  --help             show this help
  --version

Settings come from the nearest .pincite.json above each file.
Exit status: 0 no error-severity problem, 1 at least one, 2 bad arguments or unreadable file.
`;

/** Largest file the CLI reads; a brief is far smaller, a mistaken binary may not be. */
const MAX_BYTES = 64 * 1024 * 1024;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args: string[] = [];
  const flags = new Set<string>();
  let format: Format = 'stylish';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'stylish' && v !== 'json' && v !== 'sarif') {
        err(`pincite: --format must be stylish, json or sarif (got ${v === undefined ? 'nothing' : JSON.stringify(v)})\n`);
        return 2;
      }
      format = v;
      flags.add('--format');
    } else if (a.startsWith('--')) flags.add(a);
    else args.push(a);
  }
  if (flags.has('--help') || argv.length === 0) {
    (argv.length === 0 ? err : out)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (flags.has('--version')) {
    out(`${version()}\n`);
    return 0;
  }
  const [command, ...files] = args;
  const known: Record<string, Set<string>> = {
    cites: new Set(['--json']),
    check: new Set(['--format', '--fix']),
  };
  if (!(command in known)) {
    err(`pincite: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  for (const f of flags) {
    if (!known[command].has(f)) {
      err(`pincite ${command}: unknown option ${f}\n\n${USAGE}`);
      return 2;
    }
  }
  if (files.length === 0) {
    err(`pincite ${command}: name at least one file\n\n${USAGE}`);
    return 2;
  }
  const read: Array<{ path: string; text: string }> = [];
  for (const file of files) {
    const text = readText(file, err);
    if (text === undefined) return 2;
    read.push({ path: file, text });
  }
  if (command === 'check') {
    let reports: FileReport[];
    try {
      reports = checkFiles(read, flags.has('--fix'), err, bundledLibrary(err));
    } catch (e) {
      err(`pincite check: could not write a fixed file: ${(e as Error).message}\n`);
      return 2;
    }
    if (format === 'json') out(formatJson(reports));
    else if (format === 'sarif') out(formatSarif(reports, version()));
    else out(formatStylish(reports));
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  }
  const results = read.map((r) => fileJson(r.path, analyzeText(r.text)));
  if (flags.has('--json')) {
    out(JSON.stringify({ files: results }, null, 2) + '\n');
  } else {
    results.forEach((r, k) => out(formatTable(r.path, read[k].text, r.citations)));
  }
  return 0;
}

/** The opinions that ship with Pincite, so `check` reports what the editor does. */
function bundledLibrary(err: (s: string) => void): Library | undefined {
  const dir = findBundledDir(__dirname);
  if (!dir) {
    err('pincite: the bundled opinions were not found; pins and quotations are not checked against them\n');
    return undefined;
  }
  const problems: string[] = [];
  const lib = new Library(readBundledOpinions(dir, problems));
  for (const p of problems) err(`pincite: ${p}\n`);
  return lib;
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
