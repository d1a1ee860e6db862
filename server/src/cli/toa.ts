// `pincite toa FILE... [--write] [--format markdown|text] [--passim N]`: the
// table of authorities of each brief, printed, or written into the brief
// between its `<!-- pincite-toa -->` markers (inserted after the title when
// absent). Reading and writing go through callbacks, so the command itself
// touches no file and the tests need none.

import { buildToa, DEFAULT_TOA_OPTIONS, findToaMarkers, renderToa, toaFormatForPath, toaWriteProblem, updateToaInDocument, type ToaFormat } from '../core/toa/index';
import { briefDocument, cliService } from './service';
import { toaDocx } from './toaDocx';
import { curatedAuthorities } from '../host/bundledAuthorities';

export const TOA_USAGE = `       pincite toa FILE... [--write] [--format markdown|text] [--passim N] [--docx OUT.docx] [--pages RENDERED.txt]`;

export const TOA_HELP = `  toa      print the table of authorities of each FILE, or with --write put it
           into the file between <!-- pincite-toa --> and <!-- /pincite-toa -->
           (inserted after the title when the markers are absent)

  --write            (toa) update each FILE in place instead of printing
  --format FORMAT    (toa) markdown or text (default: text for .txt and .brief, else markdown)
  --passim N         (toa) print "passim" for an authority cited in more than N places (default 5)
  --docx OUT.docx    (toa) write the table of one FILE as a Word document to paste into the brief
  --pages FILE       (toa) take page numbers from FILE, the text of the rendered brief
                     (pdftotext -layout brief.pdf FILE); see docs/table-of-authorities.md
`;

export interface ToaFlags {
  write: boolean;
  format?: ToaFormat;
  passim?: number;
  /** Write the table as a Word document to this path instead of printing it. */
  docx?: string;
  /** The text of the rendered brief, whose pages the locations become (one FILE only). */
  pages?: string;
}

/**
 * Runs `pincite toa`. `read` returns a file's text, or undefined after
 * reporting why through its own channel (as the CLI's reader does); `write`
 * stores a brief's new text and may throw; should the file have changed since
 * it was read, `redo` gives the new text for what it holds now (cli/io.ts).
 * --write refuses (exit 2, nothing written) markers that are not one
 * well-formed pair around a table Pincite wrote (core/toa/guard.ts).
 * Every file is read before anything is printed or written.
 * Exit status: 0 done; 2 bad arguments, an unreadable file or a failed write.
 */
export function toaCommand(
  files: string[],
  flags: ToaFlags,
  out: (s: string) => void,
  err: (s: string) => void,
  read: (f: string) => string | undefined,
  write: (f: string, text: string, redo: (current: string) => string | undefined) => void,
  writeFile: (f: string, bytes: Buffer) => void = () => {
    throw new Error('no file writer given');
  },
): number {
  if (flags.format !== undefined && flags.format !== 'markdown' && flags.format !== 'text') {
    err(`pincite toa: --format must be markdown or text (got ${JSON.stringify(flags.format)})\n`);
    return 2;
  }
  const passim = flags.passim ?? DEFAULT_TOA_OPTIONS.passim;
  if (!Number.isInteger(passim) || passim < 0) {
    err(`pincite toa: --passim must be a whole number, 0 or more (got ${String(flags.passim)})\n`);
    return 2;
  }
  if (files.length === 0) {
    err('pincite toa: name at least one file\n');
    return 2;
  }
  if (flags.pages !== undefined && files.length !== 1) {
    err('pincite toa: --pages goes with one brief: name one FILE\n');
    return 2;
  }
  let renderedPages: string | undefined;
  if (flags.pages !== undefined) {
    renderedPages = read(flags.pages);
    if (renderedPages === undefined) return 2;
    if (!/[\f]|<!--[ \t]*page[ \t]+\d/i.test(renderedPages)) {
      err(`pincite toa: ${flags.pages} marks no pages: give the text of the rendered brief with its page breaks (pdftotext -layout keeps them as form feeds)\n`);
      return 2;
    }
  }
  const briefs: Array<{ path: string; text: string }> = [];
  for (const f of files) {
    const text = read(f);
    if (text === undefined) return 2;
    briefs.push({ path: f, text });
  }
  // The curated authorities give the canonical names and parentheticals of the cases they know.
  const authorities = curatedAuthorities();
  const service = cliService(undefined, (m) => err(`${m}\n`), authorities);
  if (flags.docx !== undefined) {
    if (flags.write || briefs.length !== 1) {
      err(`pincite toa: --docx writes the table of one brief${flags.write ? ', and not into it (leave out --write)' : `; name one file (got ${briefs.length})`}\n`);
      return 2;
    }
    const [b] = briefs;
    if (/^(?!.*\.docx$)/i.test(flags.docx)) {
      err(`pincite toa: --docx needs a file name ending in .docx (got ${JSON.stringify(flags.docx)})\n`);
      return 2;
    }
    try {
      writeFile(flags.docx, toaDocx(buildToa(b.text, service.scan(briefDocument(b.path, b.text)), { passim, check: { authorities }, renderedPages })));
    } catch (e) {
      err(`pincite toa: could not write ${flags.docx}: ${(e as Error).message}\n`);
      return 2;
    }
    out(`${flags.docx}: table of authorities of ${b.path} written\n`);
    return 0;
  }
  for (const [k, b] of briefs.entries()) {
    // A Word or PDF brief's table is printed as text: Markdown would show its marks in the document it is pasted into.
    const format = flags.format ?? (/\.(?:docx|pdf)$/i.test(b.path) ? 'text' : toaFormatForPath(b.path));
    const result = service.scan(briefDocument(b.path, b.text));
    if (!flags.write) {
      const table = renderToa(buildToa(b.text, result, { passim, check: { authorities }, renderedPages }), { format });
      out(briefs.length > 1 ? `${k > 0 ? '\n' : ''}${b.path}\n\n${table}` : table);
      continue;
    }
    const problem = toaWriteProblem(b.text);
    if (problem) {
      err(`pincite toa: ${b.path}: ${problem}; not written. Fix the markers, or delete them to have the table inserted after the title.\n`);
      return 2;
    }
    const had = findToaMarkers(b.text).length > 0;
    const updated = updateToaInDocument(b.text, result, { passim, format, check: { authorities }, renderedPages });
    if (!updated.edit) {
      out(`${b.path}: table of authorities up to date\n`);
      continue;
    }
    const redo = (current: string): string | undefined => {
      if (toaWriteProblem(current)) throw new Error('it changed meanwhile, and its table-of-authorities markers are no longer one well-formed pair');
      return updateToaInDocument(current, service.scan(briefDocument(b.path, current)), { passim, format, check: { authorities }, renderedPages }).text;
    };
    try {
      write(b.path, updated.text, redo);
    } catch (e) {
      err(`pincite toa: could not write ${b.path}: ${(e as Error).message}\n`);
      return 2;
    }
    out(`${b.path}: table of authorities ${had ? 'updated' : 'inserted'}\n`);
  }
  return 0;
}
