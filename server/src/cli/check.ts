// `pincite check FILE... [--format stylish|json|sarif] [--fix]`: the editor's
// findings on the command line. --fix applies the safe fixes (pass after pass,
// until none is left) and writes each changed file through io.ts.

import * as path from 'node:path';
import { RULES, type CheckOptions, type Finding } from '../core/rules/index';
import type { StyleChoice } from '../core/style/detect';
import type { StyleName } from '../core/style/profiles';
import { formatProblem, loadConfigFor, type ConfigProblem } from '../config';
import type { Library } from '../core/library/library';
import { curatedAuthorities } from '../host/bundledAuthorities';
import { lineCol } from './position';
import { plain, type Paint } from './color';
import type { Place } from './documents';
import { writeBrief, type ReadBrief } from './io';
import { briefDocument, cliService, cliSettings, fixBrief } from './service';

export type Format = 'stylish' | 'json' | 'sarif';

export interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
  fixed: number;
  /** Why the fixed text could not be written (the file is unchanged). */
  writeError?: string;
  /** The house style the findings were judged in. */
  style?: StyleChoice;
  /** Where an offset lies in a Word or PDF brief (paragraph; page and line); undefined for a text brief. */
  place?: (offset: number) => Place;
  /** The text before the fixes, when --fix-dry-run fixed `text` in memory only. */
  before?: string;
}

/** Applies safe fixes until none is left (at most 5 passes); returns the new text and how many edits were made. */
export function fixText(text: string, options: CheckOptions, markdown = false): { text: string; edits: number } {
  const { library, authorities, ...rest } = options;
  return fixBrief(
    cliService(library, () => undefined, authorities),
    markdown ? 'text.md' : 'text.txt',
    text,
    cliSettings(rest),
  );
}

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;

export function formatStylish(reports: FileReport[], paint: Paint = plain): string {
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out.push(paint('underline', r.path) + (r.style && r.style.profile.name !== 'bluebook' ? `  (${styleNote(r.style)})` : ''));
    for (const f of r.findings) {
      counts[f.severity]++;
      if (f.fixes.length) fixable++;
      const where = r.place ? r.place(f.span.start).label.padEnd(12) : where8(r.text, f.span.start);
      out.push(`  ${paint('dim', where)} ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7))} ${f.message}  ${paint('dim', f.code)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const fixedTotal = reports.reduce((n, r) => n + r.fixed, 0);
  if (fixedTotal) out.push(`Fixed ${fixedTotal} problem${fixedTotal === 1 ? '' : 's'}.`);
  if (total === 0) out.push(paint('green', 'No citation problems.'));
  else {
    out.push(
      paint(
        ['bold', counts.error ? 'red' : counts.warning ? 'yellow' : 'blue'],
        `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`,
      ),
    );
    if (fixable) out.push(`${fixable} can be fixed; safe ones with --fix.`);
  }
  return out.join('\n') + '\n';
}

/** `line:col`, padded to a column of eight. */
function where8(text: string, offset: number): string {
  const { line, col } = lineCol(text, offset);
  return `${line}:${col}`.padEnd(8);
}

/** `Supreme Court and Solicitor General style, read from the document: U. S. ×40`. */
export function styleNote(s: StyleChoice): string {
  return `${s.profile.label} style, ${s.detected ? `read from the document: ${s.evidence}` : 'as set'}`;
}

export function formatJson(reports: FileReport[]): string {
  return (
    JSON.stringify(
      {
        files: reports.map((r) => ({
          path: r.path,
          ...(r.style ? { style: { name: r.style.profile.name, detected: r.style.detected, evidence: r.style.evidence } } : {}),
          diagnostics: r.findings.map((f) => ({
            code: f.code,
            severity: f.severity,
            message: f.message,
            ...(r.place ? r.place(f.span.start).json : {}),
            start: f.span.start,
            end: f.span.end,
            fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) })),
          })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(reports: FileReport[], version: string, cwd = process.cwd()): string {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.code)));
  const rules = RULES.filter((r) => used.has(r.meta.code)).map((r) => ({
    id: r.meta.code,
    name: r.meta.title
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim()
      .replace(/ (\w)/g, (_, c: string) => c.toUpperCase())
      .replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.meta.title },
    fullDescription: { text: `${r.meta.title}. Indigo Book ${r.meta.indigo}; Bluebook ${r.meta.bluebook}.` },
    // The rule's page ships with Pincite (docs/rules/); a path on the machine that ran the check would mean nothing to a reader elsewhere.
    help: { text: `${r.meta.title}. See docs/rules/${r.meta.code}.md in the Pincite documentation.` },
    defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const uri = (p: string) => path.relative(cwd, path.resolve(p)).split(path.sep).join('/');
  const region = (text: string, start: number, end: number) => {
    const a = lineCol(text, start);
    const b = lineCol(text, end);
    return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col, charOffset: start, charLength: end - start };
  };
  const results = reports.flatMap((r) =>
    r.findings.map((f) => {
      const result: Record<string, unknown> = {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' }, region: region(r.text, f.span.start, f.span.end) } }],
      };
      if (f.fixes.length) {
        result.fixes = f.fixes.map((x) => ({
          description: { text: x.title },
          artifactChanges: [
            {
              artifactLocation: { uri: uri(r.path), uriBaseId: '%SRCROOT%' },
              replacements: x.edits.map((e) => ({ deletedRegion: region(r.text, e.start, e.end), insertedContent: { text: e.newText } })),
            },
          ],
        }));
      }
      return result;
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Pincite', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${path.resolve(cwd).split(path.sep).join('/').replace(/\/?$/, '/')}` } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** Runs the check over files already read; `fix` writes the fixed files (see io.ts for how). */
export function checkFiles(
  files: Array<{ path: string; text: string; read?: ReadBrief; place?: (offset: number) => Place }>,
  fix: boolean | 'dry-run',
  warn: (s: string) => void,
  library?: Library,
  style?: StyleName | 'auto',
): FileReport[] {
  const service = cliService(library, (m) => warn(`${m}\n`), curatedAuthorities());
  return files.map(({ path: file, text, read, place }) => {
    const problems: ConfigProblem[] = [];
    const options: CheckOptions = { ...loadConfigFor(file, problems) };
    if (style) options.style = style;
    for (const p of problems) warn(`pincite: ${formatProblem(p)}\n`);
    const settings = cliSettings(options);
    let current = text;
    let fixed = 0;
    let writeError: string | undefined;
    if (fix === 'dry-run') {
      const r = fixBrief(service, file, text, settings);
      current = r.text;
      fixed = r.text === text ? 0 : r.edits;
    } else if (fix) {
      const r = fixBrief(service, file, text, settings);
      if (r.text !== text) {
        let edits = r.edits;
        const w = writeBrief(file, read ?? { text, bom: false, bytes: Buffer.from(text, 'utf8') }, r.text, (fresh) => {
          // The file changed under us: fix what it holds now.
          const again = fixBrief(service, file, fresh, settings);
          edits = again.edits;
          return again.text;
        });
        if (w.ok) {
          current = w.text;
          fixed = current === text ? 0 : edits;
        } else writeError = w.message;
      }
    }
    // What the editor's diagnostics would show for the same text and settings.
    const checked = service.analyseNow(briefDocument(file, current), settings)!;
    service.forget(file);
    return {
      path: file,
      text: current,
      findings: checked.findings,
      fixed,
      style: checked.style,
      ...(place ? { place } : {}),
      ...(fix === 'dry-run' ? { before: text } : {}),
      ...(writeError ? { writeError } : {}),
    };
  });
}
