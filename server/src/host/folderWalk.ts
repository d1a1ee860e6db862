// Walks a folder for the files Pincite reads in the background: the writer's
// opinion folders and the workspace's briefs. Read-only. Both walks need the
// same rules, so they share this one: entries in name order (the same folder
// always gives the same result), no dot-folders or node_modules, symbolic links
// to folders never followed (they could loop), and every entry left out for a
// reason reported through `onSkip` instead of thrown.

import * as fs from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import * as path from 'node:path';

export interface WalkOptions {
  /** Lower-case extensions with their dot: `.md`. */
  extensions: ReadonlySet<string>;
  onSkip(message: string): void;
  /** Stops the walk when it returns true. */
  cancelled?(): boolean;
}

export interface WalkedFile {
  path: string;
  /** True for a symbolic link to a file (links to folders are never yielded). */
  link: boolean;
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string') return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code;
  return e instanceof Error ? e.message : String(e);
}

/** Folders the walk does not enter: tool and editor state, not briefs or opinions. */
function skippedFolderName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Files under `dir` whose extension is one of `options.extensions`, depth first, in name order. */
export async function* walkFiles(dir: string, options: WalkOptions): AsyncGenerator<WalkedFile> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    options.onSkip(`skipped folder ${dir}: cannot be read (${errorText(e)}).`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (options.cancelled?.()) return;
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolderName(entry.name)) yield* walkFiles(entryPath, options);
      continue;
    }
    if (!options.extensions.has(path.extname(entry.name).toLowerCase())) continue;
    if (entry.isSymbolicLink()) {
      // A link to a file is read; a link to a folder is not followed.
      let target: Stats;
      try {
        target = await fs.stat(entryPath);
      } catch (e) {
        options.onSkip(`skipped ${entryPath}: a symbolic link that cannot be followed (${errorText(e)}).`);
        continue;
      }
      if (target.isDirectory()) {
        options.onSkip(`skipped ${entryPath}: a symbolic link to a folder (not followed).`);
        continue;
      }
      yield { path: entryPath, link: true };
    } else if (!entry.isFile()) {
      options.onSkip(`skipped ${entryPath}: not a regular file.`);
    } else {
      yield { path: entryPath, link: false };
    }
  }
}
