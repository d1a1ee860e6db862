// `pincite`: the command-line front end over the same service the editor answers through.
//
//   pincite cites FILE... [--json]                            every citation found
//   pincite check FILE... [--format stylish|json|sarif] [--fix] [--max-warnings N]
//                        [--opinions DIR]...                  the rule findings
//   pincite toa FILE... [--write] [--format markdown|text] [--passim N] [--pages RENDERED.txt]
//                                                             the table of authorities
//
// FILE is a file, a directory (its brief files, at any depth) or a glob the
// shell left unexpanded ('briefs/**/*.md'); see cli/files.ts.
//
// Exit codes: 0 success (for check: no error-severity finding left, and no more
// warnings than --max-warnings allows), 1 an error-severity finding remains or
// too many warnings, 2 bad arguments, an unreadable file, or a directory or
// pattern that selects no file (named in the message), a .pincite.json with an
// error (check only), a file that is not UTF-8
// text (a FIFO, a .docx or .pdf, Latin-1), or a file that could not be written.
// Nothing is written except standard output and standard error, and, with check
// --fix and toa --write only, the briefs themselves (see cli/io.ts: the encoding,
// links and permissions are kept, and a concurrent change is never lost).

import { fileJson } from './cli/citesJson';
import { formatTable } from './cli/table';
import { Library, type OpinionInput } from './core/library/library';
import { loadOpinionFolders } from './host/opinionFolders';
import { findBundledDir, readBundledOpinions } from './host/bundledOpinions';
import { checkFiles, formatJson, formatSarif, formatStylish, type FileReport, type Format } from './cli/check';
import { readBrief, writeBrief, type ReadBrief } from './cli/io';
import { TOA_HELP, TOA_USAGE, toaCommand, type ToaFlags } from './cli/toa';
import { BRIEF_EXTENSIONS, expandFileArgs } from './cli/files';
import { briefDocument, cliService } from './cli/service';
import { findConfigFile, formatProblem, loadConfigFor, type ConfigProblem } from './config';
import type { StyleName } from './core/style/profiles';
import { allowedValues, isAllowedValue } from './configSchema';

// toa's own help: its command paragraph, then its options.
const [TOA_COMMAND_HELP, TOA_OPTIONS_HELP = ''] = TOA_HELP.replace(/\n+$/, '').split(/\n\n/);

const USAGE = `Usage: pincite cites FILE... [--json]
       pincite check FILE... [--format stylish|json|sarif] [--fix] [--max-warnings N] [--style NAME] [--opinions DIR]...
${TOA_USAGE}

Commands:
  cites    list every citation in each FILE: kind, text, position and parts,
           with short forms and Id. resolved to what they cite
  check    report the citation problems in each FILE, with the rule behind each
${TOA_COMMAND_HELP}

FILE is a file, a directory (every ${BRIEF_EXTENSIONS.join(', ')} file under it,
skipping node_modules and dot-folders) or a quoted glob such as 'briefs/**/*.md'
(* ? ** {a,b} [abc]).

Options:
  --json             (cites) print one JSON object: {"files":[{"path","citations":[...]}]}
  --format FORMAT    (check) stylish (default), json, or sarif (SARIF 2.1.0)
  --fix              (check) apply the safe fixes and write each changed file
  --max-warnings N   (check) exit 1 when there are more than N warnings (0: none allowed)
  --style NAME       (check) the house style to check in: auto (default: read from each
                     file), bluebook, scotus, vendor, california, new-york,
                     georgia, washington or ohio
  --opinions DIR     (check) also check pins and quotations against your own opinions
                     in DIR (as pincite.opinionFolders does in the editor); repeatable
${TOA_OPTIONS_HELP ? `${TOA_OPTIONS_HELP}\n` : ''}  --help             show this help
  --version

Settings come from the nearest .pincite.json above each file; check stops
(exit 2) when that file has an error, naming its line and column.
Exit status: 0 success (check: no error-severity problem, and no more warnings
than --max-warnings); 1 (check) an error-severity problem or too many warnings;
2 bad arguments, an unreadable file or one that is not UTF-8 text, a directory
or pattern that selects no file, a .pincite.json with an error, or a file that
could not be written.
`;

/** Options that take a value, as `--name VALUE` or `--name=VALUE`. */
const VALUE_OPTIONS = new Set(['--format', '--max-warnings', '--passim', '--pages', '--style']);

/**
 * The command as the `pincite` binary runs it: reads the `--opinions` folders
 * (asynchronously, like the editor), then runs `main` with them.
 */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const rest: string[] = [];
  const folders: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === '--opinions' || a.startsWith('--opinions=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) {
        err('pincite: --opinions needs a folder\n');
        return 2;
      }
      folders.push(v);
    } else rest.push(a);
  }
  if (folders.length && rest[0] !== 'check') {
    err('pincite: --opinions applies to check only\n');
    return 2;
  }
  let extra: OpinionInput[] = [];
  if (folders.length) {
    let skipped = 0;
    const loaded = await loadOpinionFolders(folders, {
      maxFileSize: MAX_OPINION_BYTES,
      onSkip: (m) => {
        skipped++;
        err(`pincite: opinion folders: ${m}\n`);
      },
    });
    if (!loaded.length && skipped) return 2;
    extra = loaded.map((l) => ({ meta: l.meta, texts: l.meta.texts.slice(0, 1).map((m) => ({ meta: m, text: l.text, bodyStart: l.bodyStart })) }));
  }
  return main(rest, out, err, extra);
}

/** Largest opinion file read from an --opinions folder. */
const MAX_OPINION_BYTES = 8 * 1024 * 1024;

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void, opinions: OpinionInput[] = []): number {
  const { args, flags, values } = parseArgs(argv);
  if (flags.has('--help') || argv.length === 0) {
    (argv.length === 0 ? err : out)(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (flags.has('--version')) {
    out(`${version()}\n`);
    return 0;
  }
  const [command, ...patterns] = args;
  const known: Record<string, Set<string>> = {
    cites: new Set(['--json']),
    check: new Set(['--format', '--fix', '--max-warnings', '--style']),
    toa: new Set(['--write', '--format', '--passim', '--pages']),
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
  let checkOptions: CheckCommandOptions = { format: 'stylish' };
  if (command === 'check') {
    const read = readCheckOptions(values, err);
    if (!read) return 2;
    checkOptions = read;
  }
  const toaFlags: ToaFlags = { write: flags.has('--write') };
  if (command === 'toa' && !readToaOptions(values, toaFlags, err)) return 2;
  if (patterns.length === 0) {
    err(`pincite ${command}: name at least one file\n\n${USAGE}`);
    return 2;
  }
  const { files, errors } = expandFileArgs(patterns);
  if (errors.length) {
    for (const e of errors) err(`pincite: ${e}\n`);
    return 2;
  }
  const briefs = new Map<string, ReadBrief>();
  const readText = (file: string): string | undefined => {
    const r = readBrief(file);
    if (!r.ok) {
      err(`pincite: ${r.message}\n`);
      return undefined;
    }
    briefs.set(file, r.brief);
    return r.brief.text;
  };
  if (command === 'toa') {
    return toaCommand(files, toaFlags, out, err, readText, (f, text, redo) => {
      const w = writeBrief(f, briefs.get(f)!, text, redo);
      if (!w.ok) throw new Error(w.message);
    });
  }
  const read: Array<{ path: string; text: string; read: ReadBrief }> = [];
  for (const file of files) {
    const text = readText(file);
    if (text === undefined) return 2;
    read.push({ path: file, text, read: briefs.get(file)! });
  }
  if (command === 'check') return checkCommand(files, read, flags.has('--fix'), checkOptions, out, err, opinions);
  const service = cliService(undefined, (m) => err(`${m}\n`));
  const results = read.map((r) => fileJson(r.path, service.scan(briefDocument(r.path, r.text))));
  if (flags.has('--json')) {
    out(JSON.stringify({ files: results }, null, 2) + '\n');
  } else {
    results.forEach((r, k) => out(formatTable(r.path, read[k].text, r.citations)));
  }
  return 0;
}

/** The words of the command line: its arguments, the options given, and the values of those that take one. */
function parseArgs(argv: string[]): { args: string[]; flags: Set<string>; values: Map<string, string | undefined> } {
  const args: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (VALUE_OPTIONS.has(name)) {
      values.set(name, a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
      flags.add(name);
    } else if (a.startsWith('--')) flags.add(a);
    else args.push(a);
  }
  return { args, flags, values };
}

/** A value as an error message quotes it. */
function shown(v: string | undefined): string {
  return v === undefined ? 'nothing' : JSON.stringify(v);
}

/** `check`'s options with values. */
interface CheckCommandOptions {
  format: Format;
  maxWarnings?: number;
  style?: StyleName | 'auto';
}

/** `check`'s --style, --format and --max-warnings, or undefined (with the message) when one is wrong. */
function readCheckOptions(values: Map<string, string | undefined>, err: (s: string) => void): CheckCommandOptions | undefined {
  const options: CheckCommandOptions = { format: 'stylish' };
  if (values.has('--style')) {
    const v = values.get('--style');
    // Checked like the style setting of .pincite.json and the editor, by the schema.
    if (!isAllowedValue('style', v)) {
      err(`pincite check: --style must be ${allowedValues('style')!.join(', ')} (got ${shown(v)})\n`);
      return undefined;
    }
    options.style = v as StyleName | 'auto';
  }
  if (values.has('--format')) {
    const v = values.get('--format');
    if (v !== 'stylish' && v !== 'json' && v !== 'sarif') {
      err(`pincite: --format must be stylish, json or sarif (got ${shown(v)})\n`);
      return undefined;
    }
    options.format = v;
  }
  if (values.has('--max-warnings')) {
    const v = values.get('--max-warnings');
    if (v === undefined || !/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
      err(`pincite check: --max-warnings must be a whole number, 0 or more (got ${shown(v)})\n`);
      return undefined;
    }
    options.maxWarnings = Number(v);
  }
  return options;
}

/** `toa`'s --format and --passim into `toaFlags`; false (with the message) when one is wrong. */
function readToaOptions(values: Map<string, string | undefined>, toaFlags: ToaFlags, err: (s: string) => void): boolean {
  if (values.has('--format')) {
    const v = values.get('--format');
    if (v !== 'markdown' && v !== 'text') {
      err(`pincite toa: --format must be markdown or text (got ${shown(v)})\n`);
      return false;
    }
    toaFlags.format = v;
  }
  if (values.has('--passim')) {
    const v = values.get('--passim');
    if (v === undefined || !/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
      err(`pincite toa: --passim must be a whole number, 0 or more (got ${shown(v)})\n`);
      return false;
    }
    toaFlags.passim = Number(v);
  }
  if (values.has('--pages')) {
    const v = values.get('--pages');
    if (!v) {
      err('pincite toa: --pages needs the text of the rendered brief (pdftotext -layout brief.pdf brief-pages.txt)\n');
      return false;
    }
    toaFlags.pages = v;
  }
  return true;
}

/** `pincite check` over the files read: the findings in the format asked for, and the exit code. */
function checkCommand(
  files: string[],
  read: Array<{ path: string; text: string; read: ReadBrief }>,
  fix: boolean,
  options: CheckCommandOptions,
  out: (s: string) => void,
  err: (s: string) => void,
  opinions: OpinionInput[],
): number {
  // A .pincite.json with problems stops the check: applying the rules it meant to turn off would mislead.
  const configProblems = new Map<string, ConfigProblem[]>();
  for (const file of files) {
    const found = findConfigFile(file);
    if (!found || configProblems.has(found)) continue;
    const problems: ConfigProblem[] = [];
    loadConfigFor(file, problems);
    configProblems.set(found, problems);
  }
  const all = [...configProblems.values()].flat();
  if (all.length) {
    for (const p of all) err(`pincite: ${formatProblem(p)}\n`);
    err(`pincite check: fix the settings file${configProblems.size > 1 ? 's' : ''} above; nothing was checked\n`);
    return 2;
  }
  const reports: FileReport[] = checkFiles(read, fix, err, bundledLibrary(err, opinions), options.style);
  if (options.format === 'json') out(formatJson(reports));
  else if (options.format === 'sarif') out(formatSarif(reports, version()));
  else out(formatStylish(reports));
  const count = (severity: string) => reports.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
  let code = count('error') > 0 ? 1 : 0;
  const warnings = count('warning');
  const maxWarnings = options.maxWarnings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    err(`pincite: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    code = 1;
  }
  const unwritten = reports.filter((r) => r.writeError);
  for (const r of unwritten) err(`pincite check: ${r.writeError}\n`);
  return unwritten.length ? 2 : code;
}

/** The opinions that ship with Pincite, so `check` reports what the editor does. */
function bundledLibrary(err: (s: string) => void, extra: OpinionInput[] = []): Library | undefined {
  const dir = findBundledDir(__dirname);
  if (!dir) {
    err('pincite: the bundled opinions were not found; pins and quotations are not checked against them\n');
    return extra.length ? new Library(extra) : undefined;
  }
  const problems: string[] = [];
  const lib = new Library([...readBundledOpinions(dir, problems), ...extra]);
  for (const p of problems) err(`pincite: ${p}\n`);
  return lib;
}

function version(): string {
  // Set by esbuild from package.json; falls back when run from compiled tests.
  return typeof PINCITE_VERSION === 'string' ? PINCITE_VERSION : 'dev';
}

declare const PINCITE_VERSION: string | undefined;

if (require.main === module) {
  void run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  ).then((code) => (process.exitCode = code));
}
