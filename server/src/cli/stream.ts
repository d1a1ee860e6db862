// `--stdin-jsonl`: briefs arrive one JSON object a line on standard input
// ({"id", "text", "markdown"?, "path"?}) and each result leaves on its own
// line as soon as it is made, so a distributed engine (Spark's RDD.pipe,
// Beam, GNU parallel) can pipe millions of opinions through one process.
// Lines are read one at a time (memory stays that of the longest line);
// a bad line answers {"id"?, "error"} and the stream goes on.

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Library } from '../core/library/library';
import { curatedAuthorities } from '../host/bundledAuthorities';
import { fileJson } from './citesJson';
import { briefDocument, cliService, cliSettings } from './service';
import type { StyleName } from '../core/style/profiles';

export interface StreamOptions {
  command: 'cites' | 'check';
  library?: Library;
  style?: StyleName | 'auto';
}

/** The document name a line's brief is read under: its "path", or a name whose extension says Markdown or text. */
function lineName(o: Record<string, unknown>, n: number): string | undefined {
  if (o.path !== undefined && typeof o.path !== 'string') return undefined;
  if (typeof o.path === 'string' && o.path) return o.path;
  return o.markdown === true ? `<line ${n}>.md` : `<line ${n}>.txt`;
}

/** Runs the command over every line of `input`, writing one JSON line per input line; resolves when the input ends. */
export async function runStream(input: Readable, write: (s: string) => Promise<void> | void, options: StreamOptions, warn: (s: string) => void): Promise<void> {
  const service = cliService(options.library, (m) => warn(`${m}\n`), options.command === 'check' ? curatedAuthorities() : undefined);
  const settings = cliSettings(options.style ? { style: options.style } : {});
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue; // a blank line carries no brief, so it gets no answer
    await write(JSON.stringify(answer(raw, n)) + '\n');
  }

  function answer(raw: string, n: number): Record<string, unknown> {
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch {
      return { error: `line ${n} is not JSON` };
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return { error: `line ${n} is not a JSON object` };
    const rec = o as Record<string, unknown>;
    const id = 'id' in rec ? { id: rec.id } : {};
    if (typeof rec.text !== 'string') return { ...id, error: `line ${n} has no "text" string` };
    const name = lineName(rec, n);
    if (!name) return { ...id, error: `line ${n}: "path" must be a string` };
    try {
      const doc = briefDocument(name, rec.text);
      if (options.command === 'cites') return { ...id, citations: fileJson(name, service.scan(doc)).citations };
      const checked = service.analyseNow(doc, settings);
      service.forget(name);
      const findings = (checked?.findings ?? []).map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        start: f.span.start,
        end: f.span.end,
        fixes: f.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) })),
      }));
      return { ...id, findings };
    } catch (e) {
      // The core should never throw; if it does, the one brief fails and the stream goes on.
      return { ...id, error: `line ${n}: ${(e as Error).message}` };
    }
  }
}
