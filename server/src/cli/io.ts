// Reading and writing briefs for the CLI, so that `check --fix` and
// `toa --write` leave the file the user had plus exactly the change:
//
// - only regular files are read (a FIFO would block forever, a device never
//   ends); a Word or PDF file, or any file with NUL bytes, is refused as not text;
// - the text must be UTF-8: a file that is not is refused rather than decoded
//   with replacement characters, and a byte-order mark is kept on write;
// - a write goes to the file a symbolic link points to (the link stays a link),
//   keeps a file with several hard links one file (written in place), and a
//   read-only file is refused;
// - just before replacing, the file must still hold the bytes that were read;
//   if another program changed it meanwhile, the change is re-applied to the new
//   contents (a few times), or the write is refused;
// - the new contents go to a temporary file created exclusively, under an
//   unpredictable name, beside the target, then renamed over it; a short-lived
//   lock file keeps two Pincite processes from replacing the same file at once.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { lineColumn } from '../core/text/lineIndex';

/** Largest file the CLI reads; a brief is far smaller, a mistaken binary may not be. */
export const MAX_BRIEF_BYTES = 64 * 1024 * 1024;

/** What was read, to check before a write that nothing else changed the file. */
export interface ReadBrief {
  text: string;
  /** The file started with a UTF-8 byte-order mark (not part of `text`). */
  bom: boolean;
  /** The bytes as read, BOM included. */
  bytes: Buffer;
}

export type ReadResult = { ok: true; brief: ReadBrief } | { ok: false; message: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Formats that are not text, by their first bytes. */
function binaryKind(bytes: Buffer, file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'a PDF file';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return ext === '.docx' ? 'a Word document (.docx)' : ext === '.odt' ? 'an OpenDocument file (.odt)' : 'a ZIP archive (a .docx or .odt is one)';
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'a Word 97–2003 document (.doc)';
  if (bytes.subarray(0, 5).toString('latin1') === '{\\rtf') return 'an RTF document';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 text (Pincite reads UTF-8)';
  if (bytes.includes(0)) return 'a binary file (it contains NUL bytes)';
  return undefined;
}

/** Reads a brief as UTF-8 text, or says why it cannot. Never blocks on a FIFO or device. */
export function readBrief(file: string): ReadResult {
  let fd: number | undefined;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { ok: false, message: `${file} is a directory; name the brief files to read` };
    if (!st.isFile()) return { ok: false, message: `${file} is not a regular file (a pipe, socket or device); Pincite reads brief files only` };
    if (st.size > MAX_BRIEF_BYTES) {
      return { ok: false, message: `${file} is ${(st.size / 1048576).toFixed(1)} MB, over the ${MAX_BRIEF_BYTES / 1048576} MB limit; is it really a brief?` };
    }
    // O_NONBLOCK: should the name become a FIFO after the stat, opening it does not wait for a writer.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) return { ok: false, message: `${file} is not a regular file (a pipe, socket or device); Pincite reads brief files only` };
    const bytes = readAll(fd, MAX_BRIEF_BYTES);
    if (!bytes) return { ok: false, message: `${file} is over the ${MAX_BRIEF_BYTES / 1048576} MB limit; is it really a brief?` };
    return decode(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
    return { ok: false, message: `cannot read ${file}: ${why}` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function readAll(fd: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(1 << 16);
    const n = fs.readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    total += n;
    if (total > limit) return undefined;
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

export function decode(file: string, bytes: Buffer): ReadResult {
  const kind = binaryKind(bytes, file);
  if (kind) return { ok: false, message: `${file} is ${kind}, not text; save it as plain text or Markdown (UTF-8) and check that` };
  const bom = bytes.subarray(0, 3).equals(UTF8_BOM);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, message: `${file} is not valid UTF-8 text (${invalidAt(bytes)}); save it as UTF-8 and check it again. Nothing was changed` };
  }
  return { ok: true, brief: { text, bom, bytes } };
}

/** Where the first byte that is not UTF-8 is, for the message. */
function invalidAt(bytes: Buffer): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix (give or take a character cut in half), by bisection.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // Latin-1 reads each byte as one character, so the byte offset is the text offset.
  return `byte ${lo + 1}, line ${lineColumn(bytes.toString('latin1', 0, lo), lo).line}`;
}

export type WriteResult = { ok: true; text: string } | { ok: false; message: string };

/** How many times a change is re-applied to a file another program keeps changing. */
const MAX_ATTEMPTS = 3;

/**
 * Replaces the brief read as `read` with `next`, unless the file changed since:
 * then `redo` is asked for the new text of the file's new contents (undefined:
 * nothing to change any more), up to a few times. Returns the text written.
 */
export function writeBrief(file: string, read: ReadBrief, next: string, redo: (current: string) => string | undefined): WriteResult {
  let target: string;
  try {
    // Through a symbolic link to the file it names: the link stays, the target changes.
    target = fs.realpathSync(file);
  } catch (e) {
    return { ok: false, message: `cannot write ${file}: ${(e as Error).message}` };
  }
  let expected = read.bytes;
  let bom = read.bom;
  let text = next;
  for (let attempt = 0; ; attempt++) {
    let st: fs.Stats;
    try {
      st = fs.statSync(target);
    } catch (e) {
      return { ok: false, message: `cannot write ${file}: ${(e as Error).message}` };
    }
    if (!st.isFile()) return { ok: false, message: `${file} is no longer a regular file; not written` };
    if (readOnly(target, st)) return { ok: false, message: `${file} is read-only; not written (make it writable to let Pincite change it)` };
    const release = lock(target);
    if (!release) return { ok: false, message: `${file} is being written by another Pincite process; not written` };
    try {
      const current = fs.readFileSync(target);
      if (current.equals(expected)) {
        const out = Buffer.concat([bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
        if (st.nlink > 1) writeInPlace(target, out);
        else replace(target, out, st);
        return { ok: true, text };
      }
      // Another program changed the file after it was read: apply the change to what it holds now.
      if (attempt + 1 >= MAX_ATTEMPTS) return { ok: false, message: `${file} kept changing while Pincite worked on it; not written` };
      const again = decode(file, current);
      if (!again.ok) return { ok: false, message: `${file} changed while Pincite worked on it, and ${again.message.slice(file.length + 1)}` };
      const redone = redo(again.brief.text);
      if (redone === undefined || redone === again.brief.text) return { ok: true, text: again.brief.text };
      expected = current;
      bom = again.brief.bom;
      text = redone;
    } catch (e) {
      return { ok: false, message: `cannot write ${file}: ${(e as Error).message}` };
    } finally {
      release();
    }
  }
}

function readOnly(target: string, st: fs.Stats): boolean {
  // No write permission bit at all: read-only on purpose, even for root (who could write it anyway).
  if ((st.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** A temporary file beside the target, created exclusively (a planted file or link there makes this fail). */
function tempFileFor(target: string, mode: number): { path: string; fd: number } {
  const dir = path.dirname(target);
  for (let k = 0; ; k++) {
    const p = path.join(dir, `.${path.basename(target)}.pincite-${randomBytes(9).toString('hex')}.tmp`);
    try {
      // 'wx': O_CREAT | O_EXCL, which also refuses to follow a symbolic link at that name.
      return { path: p, fd: fs.openSync(p, 'wx', mode & 0o777) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || k >= 4) throw e;
    }
  }
}

/** Writes `out` to a new file and renames it over `target`: readers see the old file or the new one. */
function replace(target: string, out: Buffer, st: fs.Stats): void {
  const tmp = tempFileFor(target, st.mode);
  try {
    try {
      fs.writeFileSync(tmp.fd, out);
      fs.fchmodSync(tmp.fd, st.mode & 0o7777);
      try {
        fs.fchownSync(tmp.fd, st.uid, st.gid);
      } catch {
        // Only the owner or root may give the file back to its owner; otherwise it stays ours.
      }
      fs.fsyncSync(tmp.fd);
    } finally {
      fs.closeSync(tmp.fd);
    }
    fs.renameSync(tmp.path, target);
  } catch (e) {
    try {
      fs.unlinkSync(tmp.path);
    } catch {
      // already gone
    }
    throw e;
  }
}

/**
 * A file with several hard links is one file under several names: a rename
 * would give this name a new file and leave the others unfixed, so it is
 * rewritten where it is.
 */
function writeInPlace(target: string, out: Buffer): void {
  const fd = fs.openSync(target, 'r+');
  try {
    fs.writeSync(fd, out, 0, out.length, 0);
    fs.ftruncateSync(fd, out.length);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** How long a lock may be held before it is taken to be left over from a killed process. */
const STALE_LOCK_MS = 30_000;

/**
 * Takes a lock beside `target` for the compare-and-replace; returns its release,
 * or undefined when another process holds it for longer than a few seconds.
 */
function lock(target: string): (() => void) | undefined {
  const p = path.join(path.dirname(target), `.${path.basename(target)}.pincite-lock`);
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      const fd = fs.openSync(p, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          fs.unlinkSync(p);
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      const st = fs.lstatSync(p);
      if (Date.now() - st.mtimeMs > STALE_LOCK_MS) {
        fs.unlinkSync(p);
        continue;
      }
    } catch {
      continue; // released meanwhile
    }
    if (Date.now() > deadline) return undefined;
    // The holder needs milliseconds (compare and rename); wait a little without spinning hard.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}
