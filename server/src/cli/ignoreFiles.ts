// Files the CLI skips: those `.pinciteignore` (in the current folder, in
// .gitignore syntax) and --ignore-pattern name, as ESLint skips what its ignore
// file and --ignore-pattern name. The matching is the `ignore` package's, the
// one ESLint uses, so a pattern means here what it means in a .gitignore.
// Paths outside the current folder are never ignored (the patterns are
// relative to it).

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';

export const IGNORE_FILE = '.pinciteignore';

export interface IgnoreRules {
  ignores(file: string): boolean;
  /** Where the rules came from, for messages. */
  sources: string[];
}

/** The rules of `cwd`'s .pinciteignore and of `patterns`; a problem reading the file goes to `problem`. */
export function loadIgnoreRules(cwd: string, patterns: string[], problem: (message: string) => void): IgnoreRules {
  const ig = ignore();
  const sources: string[] = [];
  const file = path.join(cwd, IGNORE_FILE);
  try {
    const st = fs.statSync(file);
    if (st.isFile()) {
      ig.add(fs.readFileSync(file, 'utf8'));
      sources.push(IGNORE_FILE);
    } else problem(`${IGNORE_FILE} is not a regular file; not read`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') problem(`${IGNORE_FILE} cannot be read: ${(e as Error).message}`);
  }
  if (patterns.length) {
    ig.add(patterns);
    sources.push('--ignore-pattern');
  }
  return {
    sources,
    ignores(f: string): boolean {
      if (!sources.length) return false;
      const rel = path.relative(cwd, path.resolve(cwd, f));
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return ig.ignores(rel.split(path.sep).join('/'));
    },
  };
}
