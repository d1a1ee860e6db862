// The server's library of opinions: the bundled ones, loaded on first use, and
// the writer's `pincite.opinionFolders`, indexed in the background so
// diagnostics never wait for it. Hands out URIs for opinion texts: in VS Code a
// read-only `pincite-opinion:` URI the client fills through a request (opening
// one never creates or changes a file); in other editors the file itself.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Library, type OpinionInput, type OpinionText } from '../core/library/library';
import { readBundledOpinions } from './bundledOpinions';
import { loadOpinionFolders } from './opinionFolders';
import { OPINION_SCHEME } from '../protocol';

/** Caps on what the opinion folders may make the server read: a folder set to `/` must not read the disk. */
export const MAX_OPINION_FILES = 1000;
export const MAX_OPINION_BYTES = 128 * 1024 * 1024;

/**
 * The folders a workspace's settings name that lie inside one of its roots
 * (after following links); the others are reported through `skip` and left out.
 */
export function foldersInside(folders: string[], roots: string[], skip: (message: string) => void): string[] {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const realRoots = roots.map(real);
  const out: string[] = [];
  for (const f of folders) {
    const candidates = path.isAbsolute(f) ? [f] : roots.map((r) => path.resolve(r, f));
    const inside = candidates.filter((c) => {
      const rc = real(c);
      return realRoots.some((r) => {
        const rel = path.relative(r, rc);
        return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
      });
    });
    if (inside.length) out.push(...inside);
    else skip(`pincite: opinion folders: skipped ${f}: the workspace's settings may name folders inside the workspace only; set it in your user settings to read it.`);
  }
  return out;
}

export interface LibraryServiceOptions {
  bundledDir: string;
  log(message: string): void;
  /** Called when the library changes (user folders loaded), so diagnostics refresh. */
  onChange(): void;
}

export class LibraryService {
  private bundled?: OpinionInput[];
  private current?: Library;
  private generation = 0;
  private folderKey = '';
  /** True when the client opens `pincite-opinion:` URIs itself. */
  useOpinionScheme = false;
  private readonly byUri = new Map<string, OpinionText>();
  private readonly uriOf = new Map<OpinionText, string>();

  constructor(private readonly options: LibraryServiceOptions) {}

  get library(): Library {
    if (!this.current) this.current = this.build([]);
    return this.current;
  }

  private bundledInputs(): OpinionInput[] {
    if (!this.bundled) {
      const problems: string[] = [];
      this.bundled = readBundledOpinions(this.options.bundledDir, problems);
      for (const p of problems) this.options.log(`pincite: ${p}`);
    }
    return this.bundled;
  }

  private build(user: OpinionInput[]): Library {
    const started = Date.now();
    const bundled = this.bundledInputs();
    const lib = new Library([...bundled, ...user]);
    const from = user.length ? `with ${user.length} from opinion folders` : 'bundled';
    this.options.log(`pincite: opinions library: ${lib.opinions.length} opinion${lib.opinions.length === 1 ? '' : 's'} (${from}) loaded in ${Date.now() - started} ms`);
    this.byUri.clear();
    this.uriOf.clear();
    for (const o of lib.opinions) for (const t of o.texts) this.register(t);
    // Scan the opinions for "cited in" soon after start, not on the first hover, one opinion at a time.
    setTimeout(() => {
      if (this.current === lib) void lib.warmCitedIn(() => this.current === lib);
    }, 1500).unref?.();
    return lib;
  }

  private register(t: OpinionText): void {
    const uri = this.makeUri(t);
    this.byUri.set(decodeKey(uri), t);
    this.uriOf.set(t, uri);
  }

  private makeUri(t: OpinionText): string {
    const file = t.opinion.meta.bundled ? path.join(this.options.bundledDir, t.meta.file) : t.meta.file;
    if (!this.useOpinionScheme) return pathToFileURL(file).href;
    // The tab shows the text's own file name. The `.pincite` folder gives the document
    // the `pincite-opinion` language from its first moment (package.json matches
    // `**/*.pincite/*`), whose default wraps the opinions' paragraph-long lines.
    return `${OPINION_SCHEME}:/${encodeURIComponent(t.opinion.meta.id)}.pincite/${encodeURIComponent(path.basename(t.meta.file))}`;
  }

  uriFor(t: OpinionText): string {
    return this.uriOf.get(t) ?? this.makeUri(t);
  }

  textForUri(uri: string): OpinionText | undefined {
    return this.byUri.get(decodeKey(uri));
  }

  /** True for a document that is one of the bundled opinion files (not checked as a brief). */
  isBundledFile(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return false;
    }
    // Compare paths, not URI spellings (a Windows client writes `file:///c%3A/…`).
    const rel = path.relative(path.resolve(this.options.bundledDir), path.resolve(file));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  /**
   * Indexes the writer's folders in the background. A newer call supersedes an
   * older one still running; an unchanged list does nothing.
   */
  setFolders(folders: string[], maxFileSize: number): void {
    const key = JSON.stringify([folders, maxFileSize]);
    if (key === this.folderKey) return;
    this.folderKey = key;
    const gen = ++this.generation;
    if (!folders.length) {
      if (this.current && this.current.opinions.some((o) => !o.meta.bundled)) {
        this.current = this.build([]);
        this.options.onChange();
      }
      return;
    }
    const started = Date.now();
    void loadOpinionFolders(folders, {
      maxFileSize,
      maxFiles: MAX_OPINION_FILES,
      maxTotalBytes: MAX_OPINION_BYTES,
      onSkip: (m) => this.options.log(`pincite: opinion folders: ${m}`),
      cancelled: () => gen !== this.generation,
    })
      .then((loaded) => {
        if (gen !== this.generation) return;
        const user: OpinionInput[] = loaded.map((l) => ({
          meta: l.meta,
          texts: l.meta.texts.slice(0, 1).map((m) => ({ meta: m, text: l.text, bodyStart: l.bodyStart })),
        }));
        for (const l of loaded) for (const p of l.problems) this.options.log(`pincite: ${l.meta.texts[0]?.file ?? l.meta.id}: ${p}`);
        this.current = this.build(user);
        this.options.log(`pincite: indexed ${user.length} opinion${user.length === 1 ? '' : 's'} from ${folders.join(', ')} in ${Date.now() - started} ms`);
        this.options.onChange();
      })
      .catch((e) => this.options.log(`pincite: opinion folders could not be read: ${(e as Error).message}`));
  }
}

/** URIs compare decoded: the client may re-encode what the server handed out. */
function decodeKey(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
