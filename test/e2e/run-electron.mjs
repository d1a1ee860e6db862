// Runs the in-host suite (test/e2e/suite) in VS Code desktop through
// @vscode/test-electron, for machines that have VS Code. It never downloads
// anything unless asked: set VSCODE_EXECUTABLE to a VS Code binary, or
// VSCODE_TEST_DOWNLOAD=1 to let test-electron fetch one. Otherwise it prints
// one line saying why it skipped and exits 0; the code-server end-to-end run
// (npm run test:e2e) covers the extension host on machines without VS Code.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const exe = process.env.VSCODE_EXECUTABLE;
const download = process.env.VSCODE_TEST_DOWNLOAD === '1';

if (!exe && !download) {
  console.log(
    'e2e-electron SKIPPED: no VS Code desktop build (set VSCODE_EXECUTABLE=/path/to/code or VSCODE_TEST_DOWNLOAD=1); the code-server end-to-end run covers the extension host here',
  );
  process.exit(0);
}
if (exe && !fs.existsSync(exe)) {
  console.error(`e2e-electron: VSCODE_EXECUTABLE=${exe} does not exist`);
  process.exit(2);
}

const { runTests } = await import('@vscode/test-electron');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-electron-'));
fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
const launchArgs = [workspace, '--disable-extensions', '--disable-workspace-trust'];
const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
try {
  if (needsDisplay && spawnSync('which', ['xvfb-run']).status !== 0) {
    console.log('e2e-electron SKIPPED: no DISPLAY and no xvfb-run to provide one');
    process.exit(0);
  }
  await runTests({
    ...(exe ? { vscodeExecutablePath: exe } : {}),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test', 'e2e', 'suite', 'index.js'),
    launchArgs,
  });
  console.log('1 passed, 0 failed');
} catch (e) {
  console.error(`e2e-electron failed: ${e?.message ?? e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
