// Reading the writer's opinion folders: which files are loaded, which are
// skipped and with what message, and that the scan changes nothing on disk.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadOpinionFolders, type FolderScanOptions } from '../../server/src/host/opinionFolders';
import { readProjectFile } from './helpers';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-folders-'));
after(() => {
  // chmod 000 files must be made readable again before they can be removed everywhere.
  for (const f of walkAll(root)) if (!f.isDir && !f.isLink) fs.chmodSync(f.path, 0o644);
  fs.rmSync(root, { recursive: true, force: true });
});

const isRoot = process.getuid?.() === 0;
const LIMIT = 10_000;

const GOOD = `---
caption: Younger v. Harris
cite: 401 U.S. 37
court: U.S.
date: 1971-02-23
---
MR. JUSTICE BLACK delivered the opinion of the Court.
`;
const CAMPBELL = readProjectFile('opinions/campbell-v-city-of-waterbury.slip.md');

function write(rel: string, content: string | Buffer): string {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const ops = path.join(root, 'opinions');
const goodFile = write('opinions/a-younger.md', GOOD);
write('opinions/b-campbell.md', CAMPBELL.slice(0, 3000) + '\n\nDated at New Haven this 9th day of February 2022.\n');
const bigFile = write('opinions/c-big.txt', 'x'.repeat(LIMIT + 1));
const binFile = write('opinions/d-binary.txt', Buffer.from([0x59, 0x6f, 0x00, 0x01, 0x02, 0x0a]));
const latinFile = write('opinions/e-latin1.txt', Buffer.from('Caf\xe9 v. Bar\n', 'latin1'));
const lockedFile = write('opinions/f-locked.txt', 'Locked v. File\n');
fs.chmodSync(lockedFile, 0o000);
const nestedFile = write('opinions/nested/deeper/g-nested.txt', '---\ncaption: Nested v. Deep\ncite: 12 F.4th 34\ncourt: 2d Cir.\ndate: 2021-06-01\n---\nBody.\n');
write('opinions/.hidden/h-hidden.md', GOOD);
write('opinions/node_modules/i-module.md', GOOD);
write('opinions/j-notes.pdf', '%PDF-1.4');
write('opinions/k-readme.MD', '---\ncaption: Upper v. Case\ncite: 1 F.4th 1\ncourt: 2d Cir.\ndate: 2021-06-01\n---\n');
// A linked folder is not followed; a dangling link is reported.
const outside = path.join(root, 'outside');
write('outside/l-outside.md', GOOD);
fs.symlinkSync(outside, path.join(ops, 'm-linked-folder'));
fs.symlinkSync(outside, path.join(ops, 'n-linked-folder.md'));
const dangling = path.join(ops, 'o-dangling.md');
fs.symlinkSync(path.join(root, 'nowhere.md'), dangling);
const linkedFile = path.join(ops, 'p-linked-file.md');
fs.symlinkSync(goodFile, linkedFile);
let fifo: string | undefined;
try {
  execFileSync('mkfifo', [path.join(ops, 'q-pipe.txt')]);
  fifo = path.join(ops, 'q-pipe.txt');
} catch {
  // No mkfifo here: the FIFO case is not exercised.
}
const missing = path.join(root, 'missing');
const notFolder = goodFile;

interface Entry {
  path: string;
  isDir: boolean;
  isLink: boolean;
  mtimeMs: number;
  size: number;
  mode: number;
}
function walkAll(dir: string): Entry[] {
  const out: Entry[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.lstatSync(p);
    out.push({ path: p, isDir: st.isDirectory(), isLink: st.isSymbolicLink(), mtimeMs: st.mtimeMs, size: st.size, mode: st.mode });
    if (st.isDirectory()) out.push(...walkAll(p));
  }
  return out;
}

async function scan(folders: string[], extra: Partial<FolderScanOptions> = {}) {
  const skipped: string[] = [];
  const loaded = await loadOpinionFolders(folders, { maxFileSize: LIMIT, onSkip: (m) => skipped.push(m), ...extra });
  return { loaded, skipped };
}

test('loads .txt and .md files under the folders, recursively, and names every file it skips', async () => {
  const before = walkAll(root);
  const { loaded, skipped } = await scan([ops, missing, notFolder]);
  assert.deepEqual(walkAll(root), before, 'the scan changes nothing: same entries, sizes, modes and mtimes');

  assert.deepEqual(
    loaded.map((l) => [path.relative(root, l.meta.texts[0].file), l.meta.caption]),
    [
      ['opinions/a-younger.md', 'Younger v. Harris'],
      ['opinions/b-campbell.md', 'Campbell v. City of Waterbury'],
      ...(isRoot ? [['opinions/f-locked.txt', 'Locked v. File']] : []),
      ['opinions/k-readme.MD', 'Upper v. Case'],
      ['opinions/nested/deeper/g-nested.txt', 'Nested v. Deep'],
      ['opinions/p-linked-file.md', 'Younger v. Harris'],
    ],
  );

  const good = loaded[0];
  assert.equal(good.meta.citation, 'Younger v. Harris, 401 U.S. 37 (1971)');
  assert.equal(good.text, GOOD);
  assert.equal(good.text.slice(good.bodyStart), 'MR. JUSTICE BLACK delivered the opinion of the Court.\n');
  assert.deepEqual(good.problems, []);
  const plain = loaded[1];
  assert.equal(plain.bodyStart, 0);
  assert.equal(plain.meta.citation, 'Campbell v. City of Waterbury, No. 3:21-cv-107 (D. Conn. Feb. 9, 2022)');
  assert.deepEqual(plain.problems, []);
  const nested = loaded.find((l) => l.meta.texts[0].file === nestedFile);
  assert.equal(nested?.meta.citation, 'Nested v. Deep, 12 F.4th 34 (2d Cir. 2021)');
  assert.notEqual(loaded.find((l) => l.meta.texts[0].file === linkedFile)?.meta.id, good.meta.id, 'a linked copy is its own file');

  assert.deepEqual(skipped, [
    `skipped ${bigFile}: too large (${LIMIT + 1} bytes; the limit is ${LIMIT}).`,
    `skipped ${binFile}: binary, not text (it contains NUL bytes).`,
    `skipped ${latinFile}: not UTF-8 text.`,
    ...(isRoot ? [] : [`skipped ${lockedFile}: cannot be read (permission denied).`]),
    `skipped ${path.join(ops, 'n-linked-folder.md')}: a symbolic link to a folder (not followed).`,
    `skipped ${dangling}: a symbolic link that cannot be followed (ENOENT).`,
    ...(fifo ? [`skipped ${fifo}: not a regular file.`] : []),
    `skipped folder ${missing}: does not exist.`,
    `skipped ${notFolder}: not a folder.`,
  ]);
  // Dot-folders, node_modules, other extensions and linked folders are left out without a message.
  for (const name of ['h-hidden', 'i-module', 'j-notes', 'l-outside']) {
    assert.ok(!loaded.some((l) => l.meta.texts[0].file.includes(name)), name);
    assert.ok(!skipped.some((m) => m.includes(name)), name);
  }
});

test('the unreadable-file check (skipped when running as root, which can read a chmod 000 file)', { skip: isRoot }, async () => {
  const { skipped } = await scan([ops]);
  assert.ok(skipped.includes(`skipped ${lockedFile}: cannot be read (permission denied).`));
});

test('overlapping folders give each file once; relative paths resolve', async () => {
  const { loaded } = await scan([ops, path.join(ops, 'nested'), path.relative(process.cwd(), ops)]);
  const files = loaded.map((l) => l.meta.texts[0].file);
  assert.equal(new Set(files).size, files.length);
  assert.equal(files.filter((f) => f === nestedFile).length, 1);
});

test('maxFiles: the files past the limit are skipped with one message', async () => {
  const { loaded, skipped } = await scan([ops], { maxFiles: 2 });
  assert.equal(loaded.length, 2);
  const stops = skipped.filter((m) => m.startsWith('stopped at 2 files'));
  assert.deepEqual(stops, [`stopped at 2 files; ${bigFile} and the files after it were skipped. Narrow pincite.opinionFolders to the folders that hold opinions.`]);
});

test('cancelled: a superseded scan stops early', async () => {
  let calls = 0;
  const { loaded } = await scan([ops], { cancelled: () => ++calls > 2 });
  assert.ok(loaded.length < 2, `stopped after ${loaded.length} files`);
  const none = await scan([ops], { cancelled: () => true });
  assert.deepEqual(none.loaded, []);
});

test('yields to the event loop between files', async () => {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const { loaded } = await scan([ops]);
  done = true;
  assert.ok(turns >= loaded.length, `${turns} turns for ${loaded.length} files`);
});

test('never throws: a throwing logger, a throwing cancel check, odd folder entries', async () => {
  const loaded = await loadOpinionFolders([ops, '', missing], {
    maxFileSize: LIMIT,
    onSkip: () => {
      throw new Error('logger down');
    },
  });
  assert.ok(loaded.length >= 4);
  const skipped: string[] = [];
  const none = await loadOpinionFolders([ops], {
    maxFileSize: LIMIT,
    onSkip: (m) => skipped.push(m),
    cancelled: () => {
      throw new Error('boom');
    },
  });
  assert.deepEqual(none, []);
  const empty = await scan(['']);
  assert.deepEqual(empty.skipped, ['skipped an empty entry in pincite.opinionFolders.']);
});
