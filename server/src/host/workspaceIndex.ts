// The briefs of the workspace, for workspace symbols and references across
// briefs. Files are read on request, re-read only when their modification time
// changes, and the walk yields to the event loop between files so requests for
// the open brief stay quick. Open documents are taken from the editor, not the
// disk. Reads only; never writes.

import * as fs from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeText, isMarkdownPath } from '../core/analyze';
import type { Authority, Span } from '../core/types';
import { authorityKeys } from '../core/library/library';
import { walkFiles } from './folderWalk';
import { lineStarts, positionAt } from '../core/text/lineIndex';

const BRIEF_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.brief']);
const MAX_FILES = 2000;

/** One authority of one brief: its keys across documents, and where each of its citations is. */
export interface IndexedAuthority {
  id: string;
  kind: Authority['kind'];
  label: string;
  keys: string[];
  spans: Span[];
}

export interface IndexedBrief {
  uri: string;
  /** What the index was built from: a file's modification time, or an open document's version. */
  stamp: string;
  /** Line starts, for turning offsets into positions without keeping the text. */
  lineStarts: number[];
  authorities: IndexedAuthority[];
}

export function indexText(uri: string, text: string, stamp = ''): IndexedBrief {
  const result = analyzeText(text, { markdown: isMarkdownPath(uri) });
  return {
    uri,
    stamp,
    lineStarts: lineStarts(text),
    authorities: result.authorities.map((a) => ({
      id: a.id,
      kind: a.kind,
      label: a.label,
      keys: authorityKeys(result.citations, a.citations),
      spans: a.citations.map((i) => result.citations[i].span),
    })),
  };
}

export function positionIn(brief: IndexedBrief, offset: number): { line: number; character: number } {
  return positionAt(brief.lineStarts, offset);
}

export class WorkspaceIndex {
  private readonly briefs = new Map<string, IndexedBrief>();
  private roots: string[] = [];
  private scanning?: Promise<void>;

  constructor(
    private readonly options: {
      maxFileSize: () => number;
      /** An open document, which wins over the file on disk. */
      openDocument: (uri: string) => { text: string; version: number } | undefined;
      log: (m: string) => void;
    },
  ) {}

  setRoots(roots: string[]): void {
    this.roots = roots;
  }

  /** Every brief in the workspace, brought up to date (open documents from the editor). */
  async all(): Promise<IndexedBrief[]> {
    // One walk at a time; concurrent requests share it.
    this.scanning ??= this.refresh().finally(() => (this.scanning = undefined));
    await this.scanning;
    return [...this.briefs.values()];
  }

  private async refresh(): Promise<void> {
    const files: string[] = [];
    const quiet = () => undefined; // a workspace holds many folders that are not briefs' business
    for (const root of this.roots) {
      for await (const f of walkFiles(root, { extensions: BRIEF_EXTENSIONS, onSkip: quiet })) {
        // Linked files are left out: the same brief would be listed twice.
        if (!f.link) files.push(f.path);
        if (files.length > MAX_FILES) break;
      }
    }
    const seen = new Set<string>();
    for (const file of files.slice(0, MAX_FILES)) {
      const uri = pathToFileURL(file).href;
      seen.add(uri);
      const open = this.options.openDocument(uri);
      try {
        if (open) {
          // An open document is held to the same size limit as a file: it is not analysed past it.
          if (open.text.length > this.options.maxFileSize()) {
            this.briefs.delete(uri);
            continue;
          }
          // Open documents change without touching the disk: their version says when.
          const stamp = `v${open.version}`;
          if (this.briefs.get(uri)?.stamp !== stamp) this.briefs.set(uri, indexText(uri, open.text, stamp));
          continue;
        }
        const st = await fs.stat(file);
        if (st.size > this.options.maxFileSize()) continue;
        const prev = this.briefs.get(uri);
        if (prev && prev.stamp === `m${st.mtimeMs}`) continue;
        const text = await fs.readFile(file, 'utf8');
        if (text.indexOf('\u0000') >= 0) continue;
        this.briefs.set(uri, indexText(uri, text, `m${st.mtimeMs}`));
      } catch (e) {
        this.options.log(`pincite: workspace index: skipped ${file}: ${(e as Error).message}`);
      }
      await new Promise((r) => setImmediate(r));
    }
    if (files.length > MAX_FILES) this.options.log(`pincite: workspace index: stopped at ${MAX_FILES} briefs`);
    for (const uri of [...this.briefs.keys()]) if (!seen.has(uri)) this.briefs.delete(uri);
  }
}

/** The file path of a `file:` URI, or undefined. */
export function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
