// Reads the writer's opinion folders (`pincite.opinionFolders`): every `.txt`
// and `.md` file under them, parsed by opinionHeader.ts. Read-only: nothing is
// created, changed or deleted. Runs inside the language server, so it gives
// the event loop a turn between files and reports every file it leaves out
// instead of throwing.

import * as fs from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import * as path from 'node:path';
import { parseOpinion } from './opinionHeader';
import type { OpinionMeta } from './types';

export interface FolderScanOptions {
  /** Files larger than this are skipped (bytes). */
  maxFileSize: number;
  /** Called for each skipped file or folder with a message that names it and says why (unreadable, too large, not UTF-8 text / binary, not a folder, does not exist). */
  onSkip(message: string): void;
  /** Stop early when this returns true (a newer scan superseded this one). */
  cancelled?(): boolean;
  /** Maximum number of files (default 5000); the rest are skipped with one message. */
  maxFiles?: number;
}

export interface LoadedOpinion {
  meta: OpinionMeta;
  text: string;
  bodyStart: number;
  problems: string[];
}

const DEFAULT_MAX_FILES = 5000;
const OPINION_EXTENSIONS = new Set(['.txt', '.md']);

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string') return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code;
  return e instanceof Error ? e.message : String(e);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Folders the walk does not enter: tool and editor state, not opinions. */
function skippedFolderName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Reads every .txt and .md file under the folders (recursively, not following symlinked directories, skipping node_modules and dot-folders), parses each, yields to the event loop between files (await a setImmediate promise) so a language server stays responsive. Never throws; never writes anything. */
export async function loadOpinionFolders(folders: string[], options: FolderScanOptions): Promise<LoadedOpinion[]> {
  const out: LoadedOpinion[] = [];
  const maxFiles = options.maxFiles ?? DEFAULT_MAX_FILES;
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
  /** Absolute paths already read, so overlapping folders give each file once. */
  const seen = new Set<string>();
  let files = 0;
  let full = false;

  const readFile = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    if (files >= maxFiles) {
      if (!full) skip(`stopped at ${maxFiles} files; ${file} and the files after it were skipped. Narrow pincite.opinionFolders to the folders that hold opinions.`);
      full = true;
      return;
    }
    files++;
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
    if (st.size > options.maxFileSize) {
      skip(`skipped ${file}: too large (${st.size} bytes; the limit is ${options.maxFileSize}).`);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      skip(`skipped ${file}: cannot be read (${errorText(e)}).`);
      return;
    }
    // The file may have grown since it was measured.
    if (bytes.length > options.maxFileSize) {
      skip(`skipped ${file}: too large (${bytes.length} bytes; the limit is ${options.maxFileSize}).`);
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
    out.push({ meta: parsed.meta, text, bodyStart: parsed.bodyStart, problems: parsed.problems });
  };

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skip(`skipped folder ${dir}: cannot be read (${errorText(e)}).`);
      return;
    }
    // A stable order, so the same folders always give the same library.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (full || cancelled()) return;
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolderName(entry.name)) await walk(entryPath);
        continue;
      }
      if (!OPINION_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue;
      if (entry.isSymbolicLink()) {
        // A link to a file is read; a link to a folder is not followed (it could loop).
        let target: Stats | undefined;
        try {
          target = await fs.stat(entryPath);
        } catch (e) {
          skip(`skipped ${entryPath}: a symbolic link that cannot be followed (${errorText(e)}).`);
          continue;
        }
        if (target.isDirectory()) {
          skip(`skipped ${entryPath}: a symbolic link to a folder (not followed).`);
          continue;
        }
      } else if (!entry.isFile()) {
        skip(`skipped ${entryPath}: not a regular file.`);
        continue;
      }
      await readFile(entryPath);
      await nextTurn();
    }
  };

  try {
    for (const folder of folders) {
      if (full || cancelled()) break;
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
  return out;
}
