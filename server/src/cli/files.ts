// Which files a `pincite` command reads: the FILE arguments expanded.
//
//   brief.md            a file, read whatever its name
//   briefs/             every brief file under it (.md, .markdown, .txt, .brief),
//                       at any depth, skipping node_modules and dot-files/-folders
//   'briefs/**/*.md'    a glob: * ? ** {a,b} [abc]; for quoted patterns and for
//                       shells (Windows) that do not expand them
//
// The result is sorted and has each file once, however many arguments name it.
// An argument that selects nothing is an error that names it.

import * as fs from 'node:fs';
import * as path from 'node:path';

export const BRIEF_EXTENSIONS = ['.md', '.markdown', '.txt', '.brief'];

export function isBriefFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return BRIEF_EXTENSIONS.includes(ext);
}

/** True when `arg` uses glob syntax (and so is not a plain path). */
export function hasGlobMagic(arg: string): boolean {
  return /[*?[]/.test(arg) || /\{[^{}]*,[^{}]*\}/.test(arg);
}

export interface Expansion {
  /** The files to read, as paths to show (relative when the argument was). */
  files: string[];
  /** One message per argument that selected nothing or could not be read. */
  errors: string[];
}

/** Expands FILE arguments (files, directories, globs) into a sorted list without duplicates. */
export function expandFileArgs(args: string[], cwd = process.cwd()): Expansion {
  const found: string[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const before = found.length;
      const err = walk(abs, arg, found, () => true, isBriefFile, Infinity);
      if (err) errors.push(err);
      else if (found.length === before) errors.push(`no brief files (${BRIEF_EXTENSIONS.join(', ')}) in the directory ${arg}`);
    } else if (st || !hasGlobMagic(arg)) {
      // A file (or a name that does not exist, which the reader reports as such).
      found.push(arg);
    } else {
      const before = found.length;
      const err = expandGlob(arg, cwd, found);
      if (err) errors.push(err);
      else if (found.length === before) errors.push(`no files match ${arg}`);
    }
  }
  return { files: sortUnique(found, cwd), errors };
}

/** Splits a pattern on its top-level brace alternatives: `a/{b,c}.md` → `a/b.md`, `a/c.md`. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) {
        const body = pattern.slice(open + 1, i);
        const parts = splitTopLevel(body);
        const head = pattern.slice(0, open);
        const tails = expandBraces(pattern.slice(i + 1));
        if (parts.length < 2) {
          // `{x}` is not an alternation: keep the braces as written.
          return expandBraces(body).flatMap((b) => tails.map((t) => `${head}{${b}}${t}`));
        }
        return parts.flatMap((p) => expandBraces(p).flatMap((b) => tails.map((t) => head + b + t)));
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** A regular expression for one brace-free path segment: `*`, `?` and `[...]` never cross a `/`. */
function segmentSource(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = seg.slice(i + 1, close);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  // Like a shell: a wildcard does not match a name's leading dot unless the pattern writes it.
  return seg.startsWith('.') ? re : `(?!\\.)${re}`;
}

/** The regular expression for a brace-free pattern of `/`-separated segments, matched against a relative path. */
export function globSegmentsToRegExp(segments: string[]): RegExp {
  let re = '';
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    if (seg === '**') re += last ? '(?:(?!\\.)[^/]+(?:/(?!\\.)[^/]+)*)?' : '(?:(?!\\.)[^/]+/)*';
    else re += segmentSource(seg) + (last ? '' : '/');
  });
  return new RegExp(`^${re}$`, process.platform === 'win32' || process.platform === 'darwin' ? 'i' : '');
}

/** Whole-pattern form for tests and callers: `globToRegExp('**\/*.md').test('a/b.md')`. */
export function globToRegExp(pattern: string): RegExp {
  const alternatives = expandBraces(pattern).map((p) => globSegmentsToRegExp(p.split('/').filter((s, i) => s !== '' || i === 0)).source);
  return new RegExp(alternatives.length === 1 ? alternatives[0] : alternatives.map((a) => `(?:${a})`).join('|'));
}

function expandGlob(arg: string, cwd: string, found: string[]): string | undefined {
  const pattern = process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
  for (const alt of expandBraces(pattern)) {
    const segments = alt.split('/');
    // The literal folders before the first wildcard are where the walk starts.
    let k = 0;
    while (k < segments.length - 1 && !hasGlobMagic(segments[k])) k++;
    const baseShown = segments.slice(0, k).join('/') || (alt.startsWith('/') ? '/' : '');
    const rest = segments.slice(k).filter((s) => s !== '');
    if (rest.length === 0) continue;
    const base = path.resolve(cwd, baseShown || '.');
    let st: fs.Stats;
    try {
      st = fs.statSync(base);
    } catch {
      continue; // no such folder: this alternative matches nothing
    }
    if (!st.isDirectory()) continue;
    const re = globSegmentsToRegExp(rest);
    const mentionsDot = rest.some((s) => s.startsWith('.'));
    const mentionsNodeModules = rest.some((s) => s === 'node_modules');
    // A pattern whose last part names an extension (`*.rst`) takes any file it matches; otherwise
    // (`briefs/*`, `briefs/**`) only brief files, so a PDF beside the briefs is not read as text.
    const last = rest[rest.length - 1];
    const wantFile = last.indexOf('.', 1) > 0 ? () => true : isBriefFile;
    const maxDepth = rest.includes('**') ? Infinity : rest.length;
    const err = walk(base, baseShown, found, (rel) => re.test(rel), wantFile, maxDepth, { dot: mentionsDot, nodeModules: mentionsNodeModules });
    if (err) return err;
  }
  return undefined;
}

/**
 * Walks `dir` (shown as `shown`), adding the files whose relative path `match`es and whose
 * name passes `want`. A folder that itself matches is taken whole (brief files only), as
 * when a shell expands `briefs/*` to a folder. Returns a message for an unreadable folder.
 */
function walk(
  dir: string,
  shown: string,
  found: string[],
  match: (rel: string) => boolean,
  want: (name: string) => boolean,
  maxDepth: number,
  allow: { dot: boolean; nodeModules: boolean } = { dot: false, nodeModules: false },
): string | undefined {
  const seen = new Set<string>();
  const visit = (abs: string, rel: string, depth: number, whole: boolean): string | undefined => {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seen.has(real)) return undefined; // a symbolic link back up the tree
    seen.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
      return `cannot read the directory ${join(shown, rel)}: ${why}`;
    }
    for (const ent of entries) {
      const name = ent.name;
      if (name.startsWith('.') && !allow.dot) continue;
      const childAbs = path.join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = fs.statSync(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (name === 'node_modules' && !allow.nodeModules) continue;
        const takeWhole = whole || match(childRel);
        if (takeWhole || depth + 1 < maxDepth) {
          const e = visit(childAbs, childRel, depth + 1, takeWhole);
          if (e) return e;
        }
      } else if (isFile) {
        if (whole ? isBriefFile(name) : match(childRel) && want(name)) found.push(join(shown, childRel));
      }
    }
    return undefined;
  };
  return visit(dir, '', 0, false);
}

function join(base: string, rel: string): string {
  if (!base) return rel || '.';
  return rel ? path.join(base, rel) : base;
}

/** Sorted folder by folder (so a folder's files stay together), each real file once. */
function sortUnique(files: string[], cwd: string): string[] {
  const byKey = new Map<string, string>();
  for (const f of files) {
    let key: string;
    try {
      key = fs.realpathSync(path.resolve(cwd, f));
    } catch {
      key = path.resolve(cwd, f);
    }
    if (!byKey.has(key)) byKey.set(key, f);
  }
  const parts = (f: string) => f.split(/[\\/]+/);
  return [...byKey.values()].sort((a, b) => {
    const pa = parts(a);
    const pb = parts(b);
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      // A file sorts before the subfolders beside it.
      const aLast = i === pa.length - 1;
      const bLast = i === pb.length - 1;
      if (aLast !== bLast && pa[i] !== pb[i]) return aLast ? -1 : 1;
      if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.length - pb.length;
  });
}
