#!/usr/bin/env node
// End-to-end runner: installs the packaged extension into a throwaway
// code-server (VS Code 1.100.3 server + web workbench), opens a copy of
// test/e2e/workspace/ in Debian's chromium through playwright-core, and runs
// the scenarios exported by test/e2e/scenarios.mjs.
//
// Usage:
//   node test/e2e/run-code-server.mjs [path/to/pincite-x.y.z.vsix] [options]
//   npm run test:e2e -- [same arguments]
//
// Options (environment variable in brackets):
//   <file>.vsix            extension to install [PINCITE_VSIX]; default: the
//                          newest pincite-*.vsix in the project root
//   --no-vsix              run without installing an extension
//   --scenarios <file>     scenario module [PINCITE_E2E_SCENARIOS];
//                          default test/e2e/scenarios.mjs
//   --grep <text>          run only scenarios whose name contains <text>
//   --deadline <seconds>   overall limit after the tools are installed
//                          [PINCITE_E2E_DEADLINE], default 600
//   --keep                 keep the temp dir (profile, logs) [PINCITE_E2E_KEEP=1]
//
// Output: one line per step and per scenario, screenshots and logs in
// test-results/e2e/, and finally a line "N passed, N failed". Exit code 0
// only if every scenario passed.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bindUi } from './ui.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const RESULTS = path.join(ROOT, 'test-results', 'e2e');
const CHROMIUM = process.env.PINCITE_CHROMIUM || '/usr/bin/chromium';
const ENSURE_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_SCENARIO_TIMEOUT_MS = 120_000;
const VIEWPORT = { width: 1400, height: 900 };

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);

// ---------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const opts = {
    vsix: process.env.PINCITE_VSIX ? path.resolve(process.env.PINCITE_VSIX) : undefined,
    noVsix: false,
    scenarios: process.env.PINCITE_E2E_SCENARIOS || path.join(HERE, 'scenarios.mjs'),
    grep: undefined,
    deadlineMs: Number(process.env.PINCITE_E2E_DEADLINE || 600) * 1000,
    keep: process.env.PINCITE_E2E_KEEP === '1',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--no-vsix') opts.noVsix = true;
    else if (a === '--scenarios') opts.scenarios = path.resolve(value());
    else if (a === '--grep') opts.grep = value();
    else if (a === '--deadline') opts.deadlineMs = Number(value()) * 1000;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--help' || a === '-h') usage();
    else if (!a.startsWith('-') && a.endsWith('.vsix')) opts.vsix = path.resolve(a);
    else usage(`unknown argument ${a}`);
  }
  if (!(opts.deadlineMs > 0)) usage('--deadline must be a positive number of seconds');
  return opts;
}

function usage(problem) {
  if (problem) console.error(`run-code-server: ${problem}`);
  console.error('usage: node test/e2e/run-code-server.mjs [x.vsix | --no-vsix] [--scenarios file] [--grep text] [--deadline s] [--keep]');
  process.exit(2);
}

function newestVsix() {
  const candidates = fs
    .readdirSync(ROOT)
    .filter((f) => /^pincite-.*\.vsix$/.test(f))
    .map((f) => ({ f: path.join(ROOT, f), m: fs.statSync(path.join(ROOT, f)).mtimeMs }))
    .sort((a, b) => b.m - a.m);
  return candidates[0]?.f;
}

// ---------------------------------------------------------------------------
// Processes and cleanup

const cleanups = []; // run in reverse order
let cleaningUp;

function onCleanup(fn) {
  cleanups.push(fn);
}

function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (err) {
        say(`cleanup step failed: ${err.message ?? err}`);
      }
    }
  })();
  return cleaningUp;
}

/** Kills a detached child's whole process group: TERM, then KILL after a grace period. */
async function killGroup(child, name, graceMs = 5_000) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), graceMs));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    say(`${name} did not stop after SIGTERM; sending SIGKILL`);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000))]);
  }
}

// Last resort if the process exits without running the async cleanup.
const groupsToKill = new Set();
process.on('exit', () => {
  for (const pid of groupsToKill) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

const results = []; // { name, ok, error? } per scenario, in order
let interrupted = false;

function summary(extraFailures = 0) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + extraFailures;
  return { passed, failed, line: `${passed} passed, ${failed} failed` };
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    interrupted = true;
    say(`received ${signal}; stopping`);
    process.exitCode = 1;
    withTimeout(cleanup(), 30_000, 'cleanup')
      .catch(() => {})
      .finally(() => {
        console.log(summary(1).line);
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Runs a command to completion (its stdout lines go to onLine); resolves {code, stdout, stderr}. */
function run(cmd, args, { env, timeoutMs, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    groupsToKill.add(child.pid);
    let stdout = '';
    let stderr = '';
    let partial = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      if (onLine) {
        partial += d;
        const lines = partial.split('\n');
        partial = lines.pop();
        lines.forEach(onLine);
      }
    });
    child.stderr.on('data', (d) => (stderr += d));
    const timer = timeoutMs
      ? setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
          reject(new Error(`${path.basename(cmd)} timed out after ${Math.round(timeoutMs / 1000)} s`));
        }, timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      groupsToKill.delete(child.pid);
      if (onLine && partial) onLine(partial);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------
// Steps

async function ensureTools() {
  say('ensuring code-server and playwright-core (test/e2e/ensure-code-server.sh)');
  const lines = [];
  const res = await run('bash', [path.join(HERE, 'ensure-code-server.sh')], {
    timeoutMs: ENSURE_TIMEOUT_MS,
    onLine: (line) => {
      lines.push(line);
      if (line.startsWith('[')) console.log(`  ${line}`);
    },
  });
  if (res.code !== 0) {
    process.stderr.write(res.stderr);
    throw new Error(`ensure-code-server.sh failed with exit code ${res.code}`);
  }
  const dir = lines
    .filter((l) => l.trim())
    .pop()
    ?.trim();
  if (!dir || !fs.existsSync(path.join(dir, 'node_modules', '.bin', 'code-server'))) {
    throw new Error(`ensure-code-server.sh did not report an install directory (last line: ${dir})`);
  }
  return dir;
}

function makeSandbox(port) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pincite-e2e-'));
  const sb = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    config: path.join(dir, 'config.yaml'),
    xdg: path.join(dir, 'xdg'),
  };
  for (const d of [sb.userData, sb.extensions, sb.xdg]) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(path.join(HERE, 'workspace'), sb.workspace, { recursive: true });
  // The sample memorandum too, so scenarios can open it without waiting for
  // the explorer to notice a file added after the workbench loaded.
  fs.copyFileSync(path.join(HERE, '..', '..', 'samples', 'memorandum.md'), path.join(sb.workspace, 'memorandum.md'));
  fs.writeFileSync(sb.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  // User settings only (the workspace itself stays settings-free): keep the
  // workbench quiet and predictable.
  fs.mkdirSync(path.join(sb.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(sb.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'files.hotExit': 'off',
        'editor.minimap.enabled': false,
        'editor.hover.delay': 300,
        // What a writer sets to have Pincite fix the safe problems on every save.
        'editor.codeActionsOnSave': { 'source.fixAll.pincite': 'explicit' },
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
      },
      null,
      2,
    ),
  );
  return sb;
}

function codeServerEnv(sb, galleryPort) {
  return {
    ...process.env,
    // No marketplace: the gallery points at a loopback port nobody listens on.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: `http://127.0.0.1:${galleryPort}/` }),
    XDG_CONFIG_HOME: path.join(sb.xdg, 'config'),
    XDG_DATA_HOME: path.join(sb.xdg, 'data'),
    XDG_CACHE_HOME: path.join(sb.xdg, 'cache'),
  };
}

function codeServerArgs(sb) {
  return ['--config', sb.config, '--user-data-dir', sb.userData, '--extensions-dir', sb.extensions];
}

async function installExtension(bin, sb, env, vsix) {
  say(`installing ${path.relative(ROOT, vsix) || vsix}`);
  const started = Date.now();
  const res = await run(bin, [...codeServerArgs(sb), '--install-extension', vsix], { env, timeoutMs: 180_000 });
  const out = `${res.stdout}${res.stderr}`.trim();
  if (res.code !== 0 || /failed|error/i.test(out)) {
    throw new Error(`--install-extension failed (exit ${res.code}): ${out}`);
  }
  const list = await run(bin, [...codeServerArgs(sb), '--list-extensions', '--show-versions'], { env, timeoutMs: 60_000 });
  say(`installed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${list.stdout.trim().split('\n').join(', ') || '(none listed)'}`);
}

async function startCodeServer(bin, sb, env, port) {
  const logPath = path.join(RESULTS, 'code-server.log');
  const log = fs.createWriteStream(logPath);
  const args = [
    ...codeServerArgs(sb),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  say(`starting code-server on 127.0.0.1:${port} (log: ${path.relative(ROOT, logPath)})`);
  const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  groupsToKill.add(child.pid);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exitInfo;
  child.on('exit', (code, signal) => {
    exitInfo = `code ${code} signal ${signal}`;
    groupsToKill.delete(child.pid);
  });
  onCleanup(async () => {
    await killGroup(child, 'code-server');
    await new Promise((r) => log.end(r));
  });

  const started = Date.now();
  const deadline = started + 60_000;
  for (;;) {
    if (exitInfo) throw new Error(`code-server exited during startup (${exitInfo}); see ${logPath}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${logPath}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  say(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return child;
}

async function launchBrowser(installDir, sb) {
  const requireFromTools = createRequire(path.join(installDir, 'package.json'));
  const { chromium } = requireFromTools('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}`);
  say(`launching ${CHROMIUM} (headless)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
    // Chromium's crash reporter writes under $XDG_CONFIG_HOME/chromium; keep
    // it in the sandbox instead of the user's home.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(sb.xdg, 'browser-config'),
      XDG_CACHE_HOME: path.join(sb.xdg, 'browser-cache'),
    },
    args: [
      '--no-sandbox', // running as root in a container
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-breakpad',
      '--disable-crash-reporter',
      '--password-store=basic',
      '--use-mock-keychain',
    ],
  });
  onCleanup(() => withTimeout(browser.close(), 15_000, 'closing the browser'));
  return browser;
}

async function openWorkbench(context, url, consoleLog) {
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleLog.write(`[${msg.type()}] ${msg.text()}\n`);
  });
  page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.message}\n`));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await bindUi(page).waitForWorkbench({ timeout: 90_000 });
  say(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return page;
}

function slug(s) {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

// ---------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));

  // Scenarios first: a typo there should fail before minutes of setup.
  const mod = await import(pathToFileURL(path.resolve(opts.scenarios)).href);
  let scenarios = mod.scenarios ?? mod.default;
  if (!Array.isArray(scenarios)) throw new Error(`${opts.scenarios} must export "scenarios" (an array)`);
  for (const s of scenarios) {
    if (typeof s?.name !== 'string' || typeof s.run !== 'function') {
      throw new Error(`${opts.scenarios}: every scenario needs {name, run}`);
    }
  }
  if (opts.grep) scenarios = scenarios.filter((s) => s.name.includes(opts.grep));
  if (!scenarios.length) throw new Error('no scenarios to run');

  let vsix;
  if (!opts.noVsix) {
    vsix = opts.vsix ?? newestVsix();
    if (!vsix) throw new Error('no pincite-*.vsix in the project root; package the extension first (npx @vscode/vsce@3 package --no-dependencies) or pass a path');
    if (!fs.existsSync(vsix)) throw new Error(`no such file: ${vsix}`);
  }

  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });

  const installDir = await ensureTools();
  const bin = path.join(installDir, 'node_modules', '.bin', 'code-server');

  // From here on the overall deadline applies.
  const deadlineAt = Date.now() + opts.deadlineMs;
  const remaining = () => deadlineAt - Date.now();

  const port = await freePort();
  const galleryPort = await freePort();
  const sb = makeSandbox(port);
  onCleanup(() => {
    if (process.exitCode) copyLogs(sb);
    if (opts.keep) say(`kept ${sb.dir}`);
    else fs.rmSync(sb.dir, { recursive: true, force: true });
  });
  say(`sandbox ${sb.dir}`);
  const env = codeServerEnv(sb, galleryPort);

  if (vsix) await withTimeout(installExtension(bin, sb, env, vsix), remaining(), 'installing the extension');
  await withTimeout(startCodeServer(bin, sb, env, port), remaining(), 'starting code-server');
  const browser = await withTimeout(launchBrowser(installDir, sb), remaining(), 'launching chromium');
  const origin = `http://127.0.0.1:${port}`;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const consoleLog = fs.createWriteStream(path.join(RESULTS, 'browser-console.log'));
  onCleanup(() => new Promise((r) => consoleLog.end(r)));
  const url = `${origin}/?folder=${encodeURIComponent(sb.workspace)}`;
  let page = await withTimeout(openWorkbench(context, url, consoleLog), remaining(), 'opening the workbench');

  // Safety net: if something hangs past the deadline despite the per-step
  // timeouts, kill the process groups and leave.
  setTimeout(() => {
    say('overall deadline passed by 2 minutes; killing everything');
    console.log(summary(1).line);
    process.exit(1); // the 'exit' handler SIGKILLs code-server's process group
  }, remaining() + 120_000).unref();

  for (const scenario of scenarios) {
    if (remaining() <= 0) {
      results.push({ name: scenario.name, ok: false, error: 'not run: overall deadline reached' });
      say(`FAIL ${scenario.name}: not run, overall deadline reached`);
      continue;
    }
    const name = slug(scenario.name);
    const shots = [];
    const ctx = {
      page,
      ui: bindUi(page),
      workspace: sb.workspace,
      vsix,
      log: (msg) => console.log(`    ${msg}`),
      screenshot: async (label = 'shot') => {
        const file = path.join(RESULTS, `${name}--${slug(label)}.png`);
        await page.screenshot({ path: file });
        shots.push(path.relative(ROOT, file));
        return file;
      },
    };
    const limit = Math.min(scenario.timeout ?? DEFAULT_SCENARIO_TIMEOUT_MS, remaining());
    const started = Date.now();
    say(`RUN  ${scenario.name}`);
    try {
      await withTimeout(
        Promise.resolve().then(() => scenario.run(ctx)),
        limit,
        `scenario "${scenario.name}"`,
      );
      results.push({ name: scenario.name, ok: true });
      say(`PASS ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (err) {
      const message = err?.stack ?? String(err);
      results.push({ name: scenario.name, ok: false, error: message });
      say(`FAIL ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(
        message
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n'),
      );
      try {
        const file = path.join(RESULTS, `${name}--FAILED.png`);
        await withTimeout(page.screenshot({ path: file }), 10_000, 'failure screenshot');
        shots.push(path.relative(ROOT, file));
      } catch {}
      // The scenario may still be running (timeout): give the next one a
      // fresh page so the two cannot interfere.
      if (remaining() > 0) {
        try {
          await withTimeout(page.close(), 10_000, 'closing the page');
          page = await withTimeout(openWorkbench(context, url, consoleLog), remaining(), 'reopening the workbench');
        } catch (reopenErr) {
          say(`could not reopen the workbench: ${reopenErr.message}`);
        }
      }
    }
    if (shots.length) console.log(`    screenshots: ${shots.join(', ')}`);
    // Leave no hover, menu or widget open for the next scenario.
    await page.mouse.move(1, 1).catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  }
}

// ---------------------------------------------------------------------------

let fatal;
try {
  await main();
} catch (err) {
  fatal = err;
  console.error(`[e2e ${elapsed()}] ERROR ${err?.stack ?? err}`);
}
// After a signal, its handler cleans up, prints the summary and exits.
if (interrupted) await new Promise(() => {});
const { failed, line } = summary(fatal ? 1 : 0);
process.exitCode = failed ? 1 : 0;
await withTimeout(cleanup(), 60_000, 'cleanup').catch((err) => console.error(`[e2e] ${err.message}`));
say(`finished in ${elapsed()}`);
console.log(line);
process.exit(failed ? 1 : 0);

function copyLogs(sb) {
  // The extension host and language server logs live in the throwaway profile.
  try {
    const logs = path.join(sb.userData, 'logs');
    if (fs.existsSync(logs)) {
      fs.cpSync(logs, path.join(RESULTS, 'vscode-logs'), { recursive: true });
      say(`copied VS Code logs to ${path.relative(ROOT, path.join(RESULTS, 'vscode-logs'))}`);
    }
  } catch {}
}
