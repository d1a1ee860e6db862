// `pincite`: the command-line front end over the same service the editor answers through.
//
//   pincite cites FILE... [--json]                            every citation found
//   pincite check FILE... [--format stylish|json|sarif] [--fix | --fix-dry-run]
//                        [--max-warnings N] [--quiet] [--opinions DIR]...   the rule findings
//   pincite toa FILE... [--write] [--format markdown|text] [--passim N] [--docx OUT] [--pages RENDERED.txt]
//                                                             the table of authorities
//
// FILE is a file (a text or Markdown brief, or a .docx or text-layer PDF, read
// only), a directory (its brief files, at any depth), a glob the shell left
// unexpanded ('briefs/**/*.md'; see cli/files.ts), or `-` for standard input.
// Files that .pinciteignore or --ignore-pattern name are skipped.
//
// Exit codes: 0 success (for check: no error-severity finding left, and no more
// warnings than --max-warnings allows), 1 an error-severity finding remains or
// too many warnings, 2 bad arguments, an unreadable file, or a directory or
// pattern that selects no file (named in the message), a .pincite.json with an
// error (check only), a file that is not UTF-8 text (a FIFO, Latin-1) nor a
// Word or PDF brief, --fix or --write on a Word or PDF brief or standard input,
// or a file that could not be written. Nothing is written except standard
// output and standard error, and, with check --fix and toa --write only, the
// briefs themselves (see cli/io.ts: the encoding, links and permissions are
// kept, and a concurrent change is never lost).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileJson } from './cli/citesJson';
import { formatTable } from './cli/table';
import { Library, type OpinionInput } from './core/library/library';
import { loadOpinionFolders } from './host/opinionFolders';
import { findBundledDir, readBundledOpinions } from './host/bundledOpinions';
import { checkFiles, formatJson, formatSarif, formatStylish, type FileReport, type Format } from './cli/check';
import { decode, readBrief, writeBrief, type ReadBrief } from './cli/io';
import { TOA_HELP, TOA_USAGE, toaCommand, type ToaFlags } from './cli/toa';
import { BRIEF_EXTENSIONS, expandFileArgs } from './cli/files';
import { briefDocument, cliService } from './cli/service';
import { findConfigFile, formatProblem, loadConfigFor, type ConfigProblem } from './config';
import type { StyleName } from './core/style/profiles';
import { allowedValues, isAllowedValue } from './configSchema';
import { commandsTaking, foreignOption, isCommand, parseCommandLine, type Command, type CommandLine } from './cli/args';
import { colorWanted, painter, plain, type Paint } from './cli/color';
import { documentKind, readDocument, type DocumentKind, type Place } from './cli/documents';
import { IGNORE_FILE, loadIgnoreRules } from './cli/ignoreFiles';
import { unifiedDiff } from './cli/dryRun';
import { runStream } from './cli/stream';
import type { Readable } from 'node:stream';

// toa's own help: its command paragraph, then its options.
const [TOA_COMMAND_HELP, TOA_OPTIONS_HELP = ''] = TOA_HELP.replace(/\n+$/, '').split(/\n\n/);

const USAGE = `Usage: pincite cites FILE... [--json]
       pincite check FILE... [--format stylish|json|sarif] [--fix | --fix-dry-run] [--max-warnings N] [--style NAME] [--opinions DIR]...
${TOA_USAGE}
       pincite cites|check --stdin-jsonl [--style NAME]
       pincite --help | --version

Commands:
  cites    list every citation in each FILE: kind, text, position and parts,
           with short forms and Id. resolved to what they cite
  check    report the citation problems in each FILE, with the rule behind each
${TOA_COMMAND_HELP}

FILE is a file, a directory (every ${BRIEF_EXTENSIONS.join(', ')} file under it,
skipping node_modules and dot-folders), a quoted glob such as 'briefs/**/*.md'
(* ? ** {a,b} [abc]), or - for standard input. A .docx (Word) or PDF with a
text layer is read too, and its findings are placed by paragraph (Word) or by
page and line (PDF); Pincite never writes one.

Options:
  --json             (cites) print one JSON object: {"files":[{"path","citations":[...]}]}
  --format FORMAT    (check) stylish (default), json, or sarif (SARIF 2.1.0)
  --fix              (check) apply the safe fixes and write each changed file
  --fix-dry-run      (check) print what --fix would change as a unified diff; write nothing
  --max-warnings N   (check) exit 1 when there are more than N warnings (0: none allowed)
  --style NAME       (check) the house style to check in: auto (default: read from each
                     file), bluebook, scotus, vendor, california, new-york,
                     georgia, washington or ohio
  --opinions DIR     (check) also check pins and quotations against your own opinions
                     in DIR (as pincite.opinionFolders does in the editor); repeatable
  --stdin-jsonl      (cites, check) read one JSON brief a line from standard input,
                     {"id","text"} (+ "markdown": true or a "path"), and write one
                     result a line: {"id","citations"} or {"id","findings"}; a bad
                     line gets {"id","error"} and the rest go on (docs/bulk.md)
${TOA_OPTIONS_HELP ? `${TOA_OPTIONS_HELP}\n` : ''}  -q, --quiet        report errors only (check: warnings and infos are neither shown
                     nor counted against --max-warnings)
  --stdin-filename NAME
                     the name to report standard input (-) under; its extension
                     picks Markdown or text, its folder the .pincite.json
  --ignore-pattern PATTERN
                     skip files that PATTERN (.gitignore syntax) matches; repeatable
  --no-ignore        read ${IGNORE_FILE} and --ignore-pattern for nothing
  --color, --no-color
                     colour the report or not (default: on a terminal only,
                     unless NO_COLOR or FORCE_COLOR says otherwise)
  -h, --help         show this help
  -v, --version      print Pincite's version

Settings come from the nearest .pincite.json above each file (JSON with
comments; "extends" names another settings file to start from); check stops
(exit 2) when that file has an error, naming its line and column. Files that
${IGNORE_FILE} (in the current folder, .gitignore syntax) names are skipped.
Exit status: 0 success (check: no error-severity problem, and no more warnings
than --max-warnings); 1 (check) an error-severity problem or too many warnings;
2 bad arguments, an unreadable file or one that is not UTF-8 text nor a Word or
PDF brief, a directory or pattern that selects no file, a .pincite.json with an
error, --fix or --write on a Word or PDF brief or on standard input, or a file
that could not be written.
`;

/** How the process is connected, for `run`; the tests give their own. */
export interface RunIO {
  readStdin: () => Promise<Buffer>;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** Standard input as a stream, for --stdin-jsonl (process.stdin when not given). */
  stdin?: () => Readable;
}

const PROCESS_IO: RunIO = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  env: process.env,
  stdoutIsTTY: !!process.stdout.isTTY,
  stdin: () => process.stdin,
};

/** A brief as the commands read it: text, or a Word or PDF document's text, or standard input. */
interface Input {
  /** The name the report shows (the file argument, or --stdin-filename / <stdin>). */
  path: string;
  text: string;
  kind: 'text' | 'stdin' | DocumentKind;
  /** As read, for a write that must not lose a concurrent change (text files only). */
  read?: ReadBrief;
  place?: (offset: number) => Place;
}

/** What `run` read before `main` runs: standard input, and the Word and PDF briefs, by their FILE argument. */
export type Preloaded = Map<string, Input>;

/** The name standard input is shown under when --stdin-filename does not give one. */
const STDIN_NAME = '<stdin>';

/**
 * The command as the `pincite` binary runs it: reads the `--opinions` folders
 * (asynchronously, like the editor), standard input and the Word and PDF
 * briefs, then runs `main` with them.
 */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void, io: RunIO = PROCESS_IO): Promise<number> {
  const parsed = prepare(argv, out, err);
  if (typeof parsed === 'number') return parsed;
  const { line, command, files } = parsed;
  if (line.values['stdin-jsonl'] && command !== 'toa') return streamCommand(command, line, out, err, io);
  const folders = line.values.opinions ?? [];
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
  const preloaded: Preloaded = new Map();
  for (const f of files) {
    if (preloaded.has(f)) continue;
    if (f === '-') {
      const name = line.values['stdin-filename'] ?? STDIN_NAME;
      let bytes: Buffer;
      try {
        bytes = await io.readStdin();
      } catch (e) {
        err(`pincite: cannot read standard input: ${(e as Error).message}\n`);
        return 2;
      }
      const r = decode(name, bytes);
      if (!r.ok) {
        err(`pincite: ${r.message}\n`);
        return 2;
      }
      preloaded.set(f, { path: name, text: r.brief.text, kind: 'stdin' });
      continue;
    }
    const kind = documentKind(f);
    if (!kind) continue;
    const r = await readDocument(f, kind);
    if (!r.ok) {
      err(`pincite: ${r.message}\n`);
      return 2;
    }
    preloaded.set(f, { path: f, text: r.doc.text, kind, place: r.doc.place });
  }
  const paint = painter(colorWanted({ color: line.values.color, noColor: line.values['no-color'] }, io.env, io.stdoutIsTTY));
  return execute(command, line, files, out, err, extra, preloaded, paint);
}

/** Largest opinion file read from an --opinions folder. */
const MAX_OPINION_BYTES = 8 * 1024 * 1024;

/**
 * The command over text files only, synchronously (the tests' entry point):
 * standard input, Word and PDF briefs need `run`, or `preloaded` from it.
 */
export function main(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  opinions: OpinionInput[] = [],
  preloaded: Preloaded = new Map(),
  paint: Paint = plain,
): number {
  const parsed = prepare(argv, out, err);
  if (typeof parsed === 'number') return parsed;
  return execute(parsed.command, parsed.line, parsed.files, out, err, opinions, preloaded, paint);
}

/**
 * Reads the command line and expands the FILE arguments; answers --help and
 * --version. Returns the exit code when there is nothing more to do.
 */
function prepare(argv: string[], out: (s: string) => void, err: (s: string) => void): { line: CommandLine; command: Command; files: string[] } | number {
  if (argv.length === 0) {
    err(USAGE);
    return 2;
  }
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    err(`pincite: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const { line } = parsed;
  if (line.values.help) {
    out(USAGE);
    return 0;
  }
  if (line.values.version) {
    out(`${version()}\n`);
    return 0;
  }
  const command = line.command;
  if (!isCommand(command)) {
    err(`pincite: ${command === undefined ? 'name a command' : `unknown command ${JSON.stringify(command)}`}\n\n${USAGE}`);
    return 2;
  }
  const foreign = foreignOption(command, line.values);
  if (foreign) {
    const owners = commandsTaking(foreign);
    err(`pincite ${command}: unknown option --${foreign}${owners.length ? ` (it applies to ${owners.join(' and ')} only)` : ''}\n\n${USAGE}`);
    return 2;
  }
  if (line.values['stdin-jsonl']) {
    if (line.files.length) {
      err(`pincite ${command}: --stdin-jsonl reads its briefs from standard input; name no file\n`);
      return 2;
    }
    const clash = (['json', 'format', 'fix', 'fix-dry-run', 'max-warnings', 'opinions', 'stdin-filename'] as const).find((k) => line.values[k] !== undefined);
    if (clash) {
      err(`pincite ${command}: --stdin-jsonl writes one JSON line per brief; leave out --${clash}\n`);
      return 2;
    }
    return { line, command, files: [] };
  }
  if (line.files.length === 0) {
    err(`pincite ${command}: name at least one file (or - for standard input)\n\n${USAGE}`);
    return 2;
  }
  if (line.values['stdin-filename'] !== undefined && !line.files.includes('-')) {
    err(`pincite ${command}: --stdin-filename names standard input, which is read only when - is one of the files\n`);
    return 2;
  }
  const stdinCount = line.files.filter((f) => f === '-').length;
  const named = line.files.filter((f) => f !== '-');
  let files: string[] = [];
  if (named.length) {
    const { files: expanded, errors } = expandFileArgs(named);
    if (errors.length) {
      for (const e of errors) err(`pincite: ${e}\n`);
      return 2;
    }
    files = expanded;
  }
  if (!line.values['no-ignore']) {
    const rules = loadIgnoreRules(process.cwd(), line.values['ignore-pattern'] ?? [], (m) => err(`pincite: ${m}\n`));
    const kept = files.filter((f) => !rules.ignores(f));
    if (files.length && !kept.length && !stdinCount) {
      err(`pincite ${command}: every file named is ignored (by ${rules.sources.join(' and ')}); --no-ignore reads them anyway\n`);
      return 2;
    }
    files = kept;
  }
  if (stdinCount) files.push('-');
  return { line, command, files };
}

function execute(
  command: Command,
  line: CommandLine,
  files: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  opinions: OpinionInput[],
  preloaded: Preloaded,
  paint: Paint,
): number {
  const v = line.values;
  const quiet = !!v.quiet;
  let checkOptions: CheckCommandOptions = { format: 'stylish' };
  if (command === 'check') {
    const read = readCheckOptions(v, err);
    if (!read) return 2;
    checkOptions = read;
  }
  const toaFlags: ToaFlags = { write: !!v.write };
  if (command === 'toa' && !readToaOptions(v, toaFlags, err)) return 2;
  if (v.docx !== undefined) toaFlags.docx = v.docx;
  if (v.pages !== undefined) toaFlags.pages = v.pages;
  // A Word or PDF brief, or standard input, is read only: refuse before anything is read or written.
  const writes =
    command === 'check' && v.fix ? '--fix' : command === 'toa' && v.write ? '--write' : command === 'check' && v['fix-dry-run'] ? '--fix-dry-run' : undefined;
  if (writes) {
    for (const f of files) {
      const kind = f === '-' ? 'stdin' : documentKind(f);
      if (kind === 'stdin' && writes === '--fix-dry-run') continue;
      if (kind === 'stdin') {
        err(
          `pincite ${command}: ${writes} cannot write to standard input; nothing was written${writes === '--fix' ? ' (--fix-dry-run prints the changes as a diff)' : ''}\n`,
        );
        return 2;
      }
      if (kind) {
        const what = kind === 'docx' ? 'Word documents' : 'PDF files';
        err(
          writes === '--fix-dry-run'
            ? `pincite check: --fix-dry-run has no diff for ${f}: Pincite reads ${what} but never fixes them. Check a text or Markdown copy to see the fixes.\n`
            : `pincite ${command}: ${writes} does not change ${f}: Pincite reads ${what} but never writes them; nothing was written. Make the changes in the document itself, or check a text or Markdown copy.\n`,
        );
        return 2;
      }
    }
  }
  const inputs: Input[] = [];
  const byPath = new Map<string, Input>();
  const readText = (file: string): string | undefined => {
    const input = readInput(file, preloaded, err);
    if (!input) return undefined;
    byPath.set(input.path, input);
    return input.text;
  };
  if (command === 'toa') {
    for (const f of files) {
      const input = readInput(f, preloaded, err);
      if (!input) return 2;
      inputs.push(input);
      byPath.set(input.path, input);
    }
    return toaCommand(
      inputs.map((i) => i.path),
      toaFlags,
      out,
      err,
      (p) => byPath.get(p)?.text ?? readText(p),
      (f, text, redo) => {
        const w = writeBrief(f, byPath.get(f)!.read!, text, redo);
        if (!w.ok) throw new Error(w.message);
      },
      (f, bytes) => {
        // Never over a brief that was read: the table goes beside it.
        if (inputs.some((i) => i.kind !== 'stdin' && path.resolve(i.path) === path.resolve(f))) throw new Error('it is the brief itself');
        fs.writeFileSync(f, bytes);
      },
    );
  }
  for (const file of files) {
    const input = readInput(file, preloaded, err);
    if (!input) return 2;
    inputs.push(input);
  }
  if (command === 'check') return checkCommand(inputs, v.fix ? true : v['fix-dry-run'] ? 'dry-run' : false, checkOptions, quiet, out, err, opinions, paint);
  const service = cliService(undefined, (m) => err(`${m}\n`));
  const results = inputs.map((r) => {
    const json = fileJson(r.path, service.scan(briefDocument(r.path, r.text)));
    if (r.place) for (const c of json.citations) Object.assign(c, r.place(c.start).json);
    return json;
  });
  if (v.json) {
    out(JSON.stringify({ files: results }, null, 2) + '\n');
  } else {
    results.forEach((r, k) => out(formatTable(r.path, inputs[k].text, r.citations, inputs[k].place)));
  }
  return 0;
}

/** A FILE as read: standard input and Word and PDF briefs from `preloaded`, text briefs from disk. */
function readInput(file: string, preloaded: Preloaded, err: (s: string) => void): Input | undefined {
  const pre = preloaded.get(file);
  if (pre) return pre;
  if (file === '-') {
    err('pincite: standard input (-) is read by the pincite command only\n');
    return undefined;
  }
  const r = readBrief(file);
  if (!r.ok) {
    err(`pincite: ${r.message}\n`);
    return undefined;
  }
  return { path: file, text: r.brief.text, kind: 'text', read: r.brief };
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

/** `check`'s --style, --format, --max-warnings and --fix/--fix-dry-run, or undefined (with the message) when one is wrong. */
function readCheckOptions(values: CommandLine['values'], err: (s: string) => void): CheckCommandOptions | undefined {
  const options: CheckCommandOptions = { format: 'stylish' };
  if (values.style !== undefined) {
    const v = values.style;
    // Checked like the style setting of .pincite.json and the editor, by the schema.
    if (!isAllowedValue('style', v)) {
      err(`pincite check: --style must be ${allowedValues('style')!.join(', ')} (got ${shown(v)})\n`);
      return undefined;
    }
    options.style = v as StyleName | 'auto';
  }
  if (values.format !== undefined) {
    const v = values.format;
    if (v !== 'stylish' && v !== 'json' && v !== 'sarif') {
      err(`pincite: --format must be stylish, json or sarif (got ${shown(v)})\n`);
      return undefined;
    }
    options.format = v;
  }
  if (values['max-warnings'] !== undefined) {
    const v = values['max-warnings'];
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
      err(`pincite check: --max-warnings must be a whole number, 0 or more (got ${shown(v)})\n`);
      return undefined;
    }
    options.maxWarnings = Number(v);
  }
  if (values.fix && values['fix-dry-run']) {
    err('pincite check: --fix writes the changes and --fix-dry-run only shows them; give one\n');
    return undefined;
  }
  if (values['fix-dry-run'] && options.format !== 'stylish') {
    err('pincite check: --fix-dry-run prints a diff, not a report; leave out --format\n');
    return undefined;
  }
  return options;
}

/** `toa`'s --format and --passim into `toaFlags`; false (with the message) when one is wrong. */
function readToaOptions(values: CommandLine['values'], toaFlags: ToaFlags, err: (s: string) => void): boolean {
  if (values.format !== undefined) {
    const v = values.format;
    if (v !== 'markdown' && v !== 'text') {
      err(`pincite toa: --format must be markdown or text (got ${shown(v)})\n`);
      return false;
    }
    toaFlags.format = v;
  }
  if (values.passim !== undefined) {
    const v = values.passim;
    if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
      err(`pincite toa: --passim must be a whole number, 0 or more (got ${shown(v)})\n`);
      return false;
    }
    toaFlags.passim = Number(v);
  }
  return true;
}

/** `pincite check` over the briefs read: the findings in the format asked for (or the --fix-dry-run diff), and the exit code. */
function checkCommand(
  inputs: Input[],
  fix: boolean | 'dry-run',
  options: CheckCommandOptions,
  quiet: boolean,
  out: (s: string) => void,
  err: (s: string) => void,
  opinions: OpinionInput[],
  paint: Paint,
): number {
  // A .pincite.json with problems stops the check: applying the rules it meant to turn off would mislead.
  const configProblems = new Map<string, ConfigProblem[]>();
  for (const input of inputs) {
    // Standard input takes the settings of the folder --stdin-filename names (the current one without it).
    const found = findConfigFile(input.path);
    if (!found || configProblems.has(found)) continue;
    const problems: ConfigProblem[] = [];
    loadConfigFor(input.path, problems);
    configProblems.set(found, problems);
  }
  const all = [...configProblems.values()].flat();
  if (all.length) {
    for (const p of all) err(`pincite: ${formatProblem(p)}\n`);
    err(`pincite check: fix the settings file${configProblems.size > 1 ? 's' : ''} above; nothing was checked\n`);
    return 2;
  }
  let reports: FileReport[] = checkFiles(
    inputs.map((i) => ({ path: i.path, text: i.text, read: i.read, place: i.place })),
    fix,
    err,
    bundledLibrary(err, opinions),
    options.style,
  );
  // --quiet: errors only, as ESLint's --quiet; warnings then count against nothing.
  if (quiet) reports = reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  if (fix === 'dry-run') {
    const diffs = reports.map((r) => unifiedDiff(r.path, r.before ?? r.text, r.text, paint)).filter((d) => d);
    out(diffs.join(''));
    const edits = reports.reduce((n, r) => n + r.fixed, 0);
    if (!quiet) {
      err(
        `pincite check: --fix-dry-run: ${edits ? `--fix would make ${edits} change${edits === 1 ? '' : 's'} in ${diffs.length} file${diffs.length === 1 ? '' : 's'}` : '--fix would change nothing'}; nothing was written\n`,
      );
    }
  } else if (options.format === 'json') out(formatJson(reports));
  else if (options.format === 'sarif') out(formatSarif(reports, version()));
  else out(formatStylish(reports, paint));
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

/** `--stdin-jsonl`: one JSON result per JSON line of standard input; 2 only when the input cannot be read. */
async function streamCommand(command: 'cites' | 'check', line: CommandLine, out: (s: string) => void, err: (s: string) => void, io: RunIO): Promise<number> {
  let style: StyleName | 'auto' | undefined;
  if (line.values.style !== undefined) {
    if (!isAllowedValue('style', line.values.style)) {
      err(`pincite check: --style must be ${allowedValues('style')!.join(', ')} (got ${shown(line.values.style)})\n`);
      return 2;
    }
    style = line.values.style as StyleName | 'auto';
  }
  try {
    await runStream((io.stdin ?? (() => process.stdin))(), writeWaiting(out), { command, style, library: command === 'check' ? bundledLibrary(err) : undefined }, err);
  } catch (e) {
    err(`pincite: cannot read standard input: ${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}

/**
 * `out` that waits for standard output to drain when its buffer is full, so a
 * slow reader downstream slows the reading of input rather than growing memory.
 */
function writeWaiting(out: (s: string) => void): (s: string) => Promise<void> | void {
  return (s) => {
    out(s);
    if (!process.stdout.writableNeedDrain) return;
    return new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  };
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
