// The `pincite` command line, read with Node's util.parseArgs: `--name VALUE`,
// `--name=VALUE`, the short -h and -v, `--` before file names that look like
// options, and `-` for standard input. Which options each command takes is
// checked here too, so `pincite cites --fix` is refused rather than ignored.

import { parseArgs } from 'node:util';

export type Command = 'cites' | 'check' | 'toa';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  style: { type: 'string' },
  opinions: { type: 'string', multiple: true },
  write: { type: 'boolean' },
  passim: { type: 'string' },
  docx: { type: 'string' },
  pages: { type: 'string' },
  'stdin-jsonl': { type: 'boolean' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** Options every command takes. */
const COMMON: OptionName[] = ['help', 'version', 'quiet', 'color', 'no-color', 'stdin-filename', 'ignore-pattern', 'no-ignore'];

const BY_COMMAND: Record<Command, OptionName[]> = {
  cites: ['json', 'stdin-jsonl'],
  check: ['stdin-jsonl', 'format', 'fix', 'fix-dry-run', 'max-warnings', 'style', 'opinions'],
  toa: ['write', 'format', 'passim', 'docx', 'pages'],
};

export interface CommandLine {
  /** The first word, when there is one (not yet checked to be a command). */
  command?: string;
  /** The FILE arguments, `-` for standard input. */
  files: string[];
  values: {
    help?: boolean;
    version?: boolean;
    quiet?: boolean;
    color?: boolean;
    'no-color'?: boolean;
    'stdin-filename'?: string;
    'ignore-pattern'?: string[];
    'no-ignore'?: boolean;
    json?: boolean;
    format?: string;
    fix?: boolean;
    'fix-dry-run'?: boolean;
    'max-warnings'?: string;
    style?: string;
    opinions?: string[];
    write?: boolean;
    passim?: string;
    docx?: string;
    pages?: string;
    'stdin-jsonl'?: boolean;
  };
}

export type ParseResult = { ok: true; line: CommandLine } | { ok: false; message: string };

export function isCommand(s: string | undefined): s is Command {
  return s === 'cites' || s === 'check' || s === 'toa';
}

/** Reads `argv` (without node and the script). Options may come before or after the command and the files. */
export function parseCommandLine(argv: string[]): ParseResult {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return { ok: false, message: parseMessage(e as Error & { code?: string }) };
  }
  const [command, ...files] = parsed.positionals;
  return { ok: true, line: { command, files, values: parsed.values as CommandLine['values'] } };
}

/** The first option given that `command` does not take, or undefined. */
export function foreignOption(command: Command, values: CommandLine['values']): string | undefined {
  const allowed = new Set<string>([...COMMON, ...BY_COMMAND[command]]);
  return Object.keys(values).find((k) => !allowed.has(k) && values[k as OptionName] !== undefined);
}

/** The commands that take an option, for the message that refuses it elsewhere. */
export function commandsTaking(option: string): Command[] {
  return (Object.keys(BY_COMMAND) as Command[]).filter((c) => (BY_COMMAND[c] as string[]).includes(option));
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: parseArgs takes a value that
 * starts with a dash for an option, and the message would then be about
 * the dash rather than about the number.
 */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const name = a.startsWith('--') ? a.slice(2) : undefined;
    if (name && Object.hasOwn(OPTIONS, name) && OPTIONS[name as OptionName].type === 'string' && /^-\d/.test(argv[i + 1] ?? '')) {
      out.push(`${a}=${argv[++i]}`);
    } else out.push(a);
  }
  return out;
}

/** What an option's value must be, for the message when it is missing. */
const VALUE_NEEDED: Partial<Record<OptionName, string>> = {
  'max-warnings': 'must be a whole number, 0 or more',
  passim: 'must be a whole number, 0 or more',
  format: 'needs a format',
  style: 'needs a style name',
  opinions: 'needs a folder',
  'stdin-filename': 'needs a file name',
  'ignore-pattern': 'needs a pattern',
  docx: 'needs a file name',
  pages: 'needs the text of the rendered brief (pdftotext -layout brief.pdf brief-pages.txt)',
};

/** parseArgs' messages, in the words the rest of the CLI uses. */
function parseMessage(e: Error & { code?: string }): string {
  const name = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name) return `unknown option ${name} (a file whose name starts with - goes after --)`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name) {
    const needed = VALUE_NEEDED[name.replace(/^-+/, '') as OptionName] ?? 'needs a value';
    return /missing/.test(e.message) ? `${name} ${needed} (got nothing)` : `${name} ${needed} (write ${name}=VALUE for a value that starts with -)`;
  }
  return e.message.split('\n')[0];
}
