// Reads the opinions that ship with Pincite: `opinions/index.json` and the
// texts it names. The only part of the library that touches the file system
// for bundled opinions; it reads and never writes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OpinionInput } from '../core/library/library';
import type { OpinionMeta } from '../core/library/types';

interface IndexFile {
  opinions: OpinionMeta[];
}

/**
 * The bundled opinions in `dir`. A missing or broken index gives an empty list
 * and a problem message; a missing text drops that text only.
 */
export function readBundledOpinions(dir: string, problems: string[] = []): OpinionInput[] {
  let index: IndexFile;
  try {
    index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as IndexFile;
  } catch (e) {
    problems.push(`bundled opinions: cannot read ${path.join(dir, 'index.json')}: ${(e as Error).message}`);
    return [];
  }
  const out: OpinionInput[] = [];
  for (const meta of index.opinions ?? []) {
    const texts: OpinionInput['texts'] = [];
    for (const t of meta.texts ?? []) {
      try {
        texts.push({ meta: t, text: fs.readFileSync(path.join(dir, t.file), 'utf8') });
      } catch (e) {
        problems.push(`bundled opinions: cannot read ${t.file}: ${(e as Error).message}`);
      }
    }
    if (texts.length) out.push({ meta: { ...meta, bundled: true }, texts });
  }
  return out;
}

/**
 * The bundled `opinions/` folder, found upwards from `from` (the bundle sits
 * in dist/, compiled tests deeper in out/). Undefined when it is not there.
 */
export function findBundledDir(from: string): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'opinions');
    if (fs.existsSync(path.join(candidate, 'index.json'))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
