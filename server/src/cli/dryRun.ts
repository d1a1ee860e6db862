// `pincite check --fix-dry-run`: what --fix would change, as a unified diff
// (the `diff` package's), with a/ and b/ paths relative to the current folder
// so `git apply` or `patch -p1` takes it as it is.

import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Paint } from './color';

export function unifiedDiff(file: string, before: string, after: string, paint: Paint, cwd = process.cwd()): string {
  if (before === after) return '';
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || file;
  const patch = createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, undefined, undefined, { context: 3 });
  // The package starts with a rule line (after an "Index:" line in some versions) that git and patch do not need.
  const lines = patch.replace(/^(?:Index: [^\n]*\n)?=+\n/, '').split('\n');
  return lines
    .map((l) => {
      if (l.startsWith('+++') || l.startsWith('---')) return paint('bold', l);
      if (l.startsWith('@@')) return paint('cyan', l);
      if (l.startsWith('+')) return paint('green', l);
      if (l.startsWith('-')) return paint('red', l);
      return l;
    })
    .join('\n');
}
