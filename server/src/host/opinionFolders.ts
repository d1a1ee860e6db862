// Reads the writer's opinion folders (`pincite.opinionFolders`): every `.txt`
// and `.md` file under them, parsed by opinionHeader.ts. Read-only: nothing is
// created, changed or deleted. Runs inside the language server, so it gives
// the event loop a turn between files and reports every file it leaves out
// instead of throwing.

import * as fs from 'node:fs/promises';
import type { Stats } from 'node:fs';
import * as path from 'node:path';
import { errorText, walkFiles } from './folderWalk';
import { parseOpinion } from '../core/library/opinionHeader';
import type { OpinionMeta } from '../core/library/types';

export interface FolderScanOptions {
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
  /** Called for each skipped file or folder with a message that names it and says why (unreadable, too large, not UTF-8 text / binary, not a folder, does not exist). */
  onSkip(message: string): void;
  /** Stop early when this returns true (a newer scan superseded this one). */
  cancelled?(): boolean;
  /** Maximum number of files (default 5000); the rest are skipped with one message. */
  maxFiles?: number;
  /** Maximum bytes read in all (default unlimited); the files after are skipped with one message. */
  maxTotalBytes?: number;
}

export interface LoadedOpinion {
  meta: OpinionMeta;
  text: string;
  bodyStart: number;
  problems: string[];
}

const DEFAULT_MAX_FILES = 5000;
const OPINION_EXTENSIONS = new Set(['.txt', '.md']);

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Reads every .txt and .md file under the folders (recursively, not following symlinked directories, skipping node_modules and dot-folders), parses each, yields to the event loop between files (await a setImmediate promise) so a language server stays responsive. Never throws; never writes anything. */
export async function loadOpinionFolders(folders: string[], options: FolderScanOptions): Promise<LoadedOpinion[]> {
  const skip = (message: string): void => {
    try {
      options.onSkip(message);
    } catch {
      // A failing logger must not stop the scan.
    }
  };
  const cancelled = (): boolean => {
    try {
      return options.cancelled?.() === true;
    } catch {
      return true;
    }
  };
  const scan: FolderScan = {
    out: [],
    seen: new Set<string>(),
    files: 0,
    totalBytes: 0,
    full: false,
    maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
    maxTotalBytes: options.maxTotalBytes ?? Infinity,
    maxFileSize: options.maxFileSize,
    skip,
  };

  const walk = async (dir: string): Promise<void> => {
    for await (const file of walkFiles(dir, { extensions: OPINION_EXTENSIONS, onSkip: skip, cancelled: () => scan.full || cancelled() })) {
      await readOpinionFile(scan, file.path);
      await nextTurn();
    }
  };

  try {
    for (const folder of folders) {
      if (scan.full || cancelled()) break;
      if (typeof folder !== 'string' || folder.trim() === '') {
        skip('skipped an empty entry in pincite.opinionFolders.');
        continue;
      }
      const root = path.resolve(folder);
      let st: Stats;
      try {
        // The folder the writer named is followed even when it is a link.
        st = await fs.stat(root);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        skip(code === 'ENOENT' || code === 'ENOTDIR' ? `skipped folder ${root}: does not exist.` : `skipped folder ${root}: cannot be read (${errorText(e)}).`);
        continue;
      }
      if (!st.isDirectory()) {
        skip(`skipped ${root}: not a folder.`);
        continue;
      }
      await walk(root);
    }
  } catch (e) {
    skip(`stopped reading the opinion folders: ${errorText(e)}.`);
  }
  return scan.out;
}

/** One reading of the opinion folders: what it has read so far and its limits. */
interface FolderScan {
  out: LoadedOpinion[];
  /** Absolute paths already read, so overlapping folders give each file once. */
  seen: Set<string>;
  files: number;
  totalBytes: number;
  /** A limit was reached: the files after are skipped. */
  full: boolean;
  maxFiles: number;
  maxTotalBytes: number;
  maxFileSize: number;
  skip: (message: string) => void;
}

/** Reads and parses one file, unless it was read already, a limit is reached, or it is not a UTF-8 text file of a readable size (each skip reported). */
async function readOpinionFile(scan: FolderScan, file: string): Promise<void> {
  const { skip, maxFiles, maxTotalBytes } = scan;
  if (scan.seen.has(file)) return;
  scan.seen.add(file);
  if (scan.files >= maxFiles) {
    if (!scan.full) skip(`stopped at ${maxFiles} files; ${file} and the files after it were skipped. Narrow pincite.opinionFolders to the folders that hold opinions.`);
    scan.full = true;
    return;
  }
  scan.files++;
  let st: Stats;
  try {
    st = await fs.stat(file);
  } catch (e) {
    skip(`skipped ${file}: cannot be read (${errorText(e)}).`);
    return;
  }
  if (!st.isFile()) {
    skip(`skipped ${file}: not a regular file.`);
    return;
  }
  if (st.size > scan.maxFileSize) {
    skip(`skipped ${file}: too large (${st.size} bytes; the limit is ${scan.maxFileSize}).`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    skip(`skipped ${file}: cannot be read (${errorText(e)}).`);
    return;
  }
  if (bytes.length + scan.totalBytes > maxTotalBytes) {
    if (!scan.full)
      skip(
        `stopped after ${scan.totalBytes} bytes (the limit is ${maxTotalBytes}); ${file} and the files after it were skipped. Narrow pincite.opinionFolders to the folders that hold opinions.`,
      );
    scan.full = true;
    return;
  }
  scan.totalBytes += bytes.length;
  // The file may have grown since it was measured.
  if (bytes.length > scan.maxFileSize) {
    skip(`skipped ${file}: too large (${bytes.length} bytes; the limit is ${scan.maxFileSize}).`);
    return;
  }
  if (bytes.includes(0)) {
    skip(`skipped ${file}: binary, not text (it contains NUL bytes).`);
    return;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    skip(`skipped ${file}: not UTF-8 text.`);
    return;
  }
  const parsed = parseOpinion(text, file);
  scan.out.push({ meta: parsed.meta, text, bodyStart: parsed.bodyStart, problems: parsed.problems });
}
