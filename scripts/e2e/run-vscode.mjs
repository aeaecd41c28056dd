#!/usr/bin/env node
// Runs a VS Code extension inside a REAL VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by
// Debian's headless Chromium through playwright-core. Library + CLI. See test/e2e/README.md.
//
// CLI:
//   node scripts/e2e/run-vscode.mjs --ext-host (--ext <extDir> | --vsix <f.vsix>) --tests <suite.js> --workspace <dir>
//        [--env KEY=VAL ...] [--untrusted] [--timeout 180] [--keep] [--verbose]
//   (--untrusted: workspace trust on and the folder not trusted, i.e. Restricted Mode)
//   node scripts/e2e/run-vscode.mjs --ui --workspace <dir> --file <relPath> --screenshot <out.png>
//        [--ext <extDir>] [--vsix <file.vsix>] [--wait-for <css selector>] [--timeout 120] [--keep]
//
// Exit codes: 0 = all passed / screenshot taken, 1 = a test failed, 2 = infrastructure error or
// timeout (code-server did not start, no result file, selector never appeared, ...).
//
// The tools come from .cache/e2e-tools (scripts/e2e/setup.sh), never from the project's node_modules.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '../..');
export const TOOLS_DIR = process.env.E2E_TOOLS_DIR || path.join(REPO, '.cache/e2e-tools');
export const RUNS_DIR = process.env.E2E_RUNS_DIR || path.join(REPO, '.cache/e2e-runs');
export const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const HOST = '127.0.0.1';
/** Env vars set to the result file path; code-server's extension host inherits them. */
export const RESULT_ENV_NAMES = ['E2E_RESULT_FILE', 'CLUETRAIN_E2E_RESULT'];

export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
};

/** With startCodeServer({ workspaceTrust: true }): trust on, never asked, nothing trusted. */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
  'security.workspace.trust.untrustedFiles': 'open',
};

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
const secs = (t0) => `${((now() - t0) / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------------------------------------
// Process-group bookkeeping: every code-server we start is killed on any exit path.
const liveGroups = new Set();
function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}
function killAllSync() {
  for (const pid of liveGroups) { killGroup(pid, 'SIGKILL'); }
  liveGroups.clear();
  removeRuntimeDirs();
}
process.on('exit', killAllSync);
for (const [sig, num] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(sig, () => { killAllSync(); process.exit(128 + num); });
}

// ---------------------------------------------------------------------------------------------
export function loadPlaywright() {
  const req = createRequire(path.join(TOOLS_DIR, 'package.json'));
  try {
    return req('playwright-core');
  } catch (err) {
    throw new Error(`playwright-core not found in ${TOOLS_DIR}: run scripts/e2e/setup.sh (${err.message})`);
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function makeRunDir(label) {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return fs.mkdtempSync(path.join(RUNS_DIR, `${label}-${stamp}-`));
}

const runtimeDirs = new Map();
function shortRuntimeDir(runDir) {
  if (!runtimeDirs.has(runDir)) runtimeDirs.set(runDir, fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-rt-')));
  return runtimeDirs.get(runDir);
}
function removeRuntimeDirs() {
  for (const d of runtimeDirs.values()) fs.rmSync(d, { recursive: true, force: true });
  runtimeDirs.clear();
}

/** Environment for code-server: HOME and XDG_* inside the run dir (it writes there regardless). */
function isolatedEnv(runDir, extraEnv) {
  const home = path.join(runDir, 'home');
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    // Sockets live here: a unix socket path must stay under 107 chars, so keep it short.
    XDG_RUNTIME_DIR: shortRuntimeDir(runDir),
    TMPDIR: path.join(runDir, 'tmp'),
    // No extension gallery (open-vsx.org is unreachable here): '{}' turns the gallery off
    // instead of failing DNS look-ups from the workbench.
    EXTENSIONS_GALLERY: '{}',
    ...extraEnv,
  };
  for (const k of ['PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'PORT', 'VSCODE_PROXY_URI']) delete env[k];
  for (const d of [env.HOME, env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME, env.XDG_STATE_HOME, env.XDG_RUNTIME_DIR, env.TMPDIR]) {
    fs.mkdirSync(d, { recursive: true, mode: 0o700 });
  }
  return env;
}

function codeServerDirs(runDir) {
  return {
    userDataDir: path.join(runDir, 'user-data'),
    extensionsDir: path.join(runDir, 'extensions'),
    configFile: path.join(runDir, 'config.yaml'),
    logFile: path.join(runDir, 'code-server.log'),
  };
}

/** Installs a .vsix into the run's extensions dir (before start). */
export function installVsix(runDir, vsix, extraEnv = {}) {
  const { userDataDir, extensionsDir } = codeServerDirs(runDir);
  const env = isolatedEnv(runDir, extraEnv);
  const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsix), '--force'],
  { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  if (r.status !== 0) throw new Error(`install-extension failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  return r.stdout.split('\n').filter((l) => !/ info  Wrote default config/.test(l)).join('\n');
}

/** Folders in the run's extensions dir (each holds one unpacked extension). */
export function installedExtensionDirs(runDir) {
  const { extensionsDir } = codeServerDirs(runDir);
  try {
    return fs.readdirSync(extensionsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(extensionsDir, e.name, 'package.json')))
      .map((e) => path.join(extensionsDir, e.name));
  } catch { return []; }
}

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group, with throwaway
 * user-data/extensions dirs, quiet settings and an isolated HOME; waits for /healthz.
 * Returns { port, baseUrl, pid, runDir, logFile, stop() }.
 */
export async function startCodeServer({ runDir, env: extraEnv = {}, settings = {}, workspaceTrust = false, timeoutMs = 60000, log = () => {} } = {}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server not installed at ${CODE_SERVER_ENTRY}: run scripts/e2e/setup.sh`);
  const t0 = now();
  const port = await freePort();
  const { userDataDir, extensionsDir, configFile, logFile } = codeServerDirs(runDir);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // workspaceTrust: VS Code's workspace trust is on and nothing is trusted, so the folder opens in
  // Restricted Mode (vscode.workspace.isTrusted === false), with no prompt. Both switches are
  // needed: --disable-workspace-trust makes the workbench ignore the setting.
  const trust = workspaceTrust ? UNTRUSTED_SETTINGS : {};
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...settings }, null, 2));
  fs.writeFileSync(configFile, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
  const env = isolatedEnv(runDir, extraEnv);

  const out = fs.openSync(logFile, 'a');
  const args = [CODE_SERVER_ENTRY, '--config', configFile, '--bind-addr', `${HOST}:${port}`, '--auth', 'none',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--disable-file-downloads', '--ignore-last-opened'];
  const proc = spawn(process.execPath, args, { env, cwd: runDir, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  liveGroups.add(proc.pid);
  let exited = null;
  proc.on('exit', (code, signal) => { exited = { code, signal }; });

  const baseUrl = `http://${HOST}:${port}`;
  const stop = async () => {
    if (!liveGroups.has(proc.pid)) return;
    killGroup(proc.pid, 'SIGTERM');
    for (let i = 0; i < 30 && killGroup(proc.pid, 0); i++) await sleep(100);
    killGroup(proc.pid, 'SIGKILL');
    liveGroups.delete(proc.pid);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}); log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server /healthz not up after ${timeoutMs} ms; log:\n${tail(logFile)}`);
    }
    await sleep(150);
  }
  log(`code-server up on ${baseUrl} (pid/pgid ${proc.pid}) in ${secs(t0)}`);
  return { port, baseUrl, pid: proc.pid, runDir, logFile, userDataDir, extensionsDir, stop };
}

/** Workbench URL; extension paths become vscode-remote URIs on the same authority. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = `${HOST}:${server.port}`;
  const remote = (p) => `vscode-remote://${authority}${encodeURI(path.resolve(p))}`;
  const params = new URLSearchParams();
  if (folder) params.set('folder', path.resolve(folder));
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.baseUrl}/?${params.toString()}`;
}

export async function launchBrowser({ runDir, log = () => {} } = {}) {
  const { chromium } = loadPlaywright();
  const t0 = now();
  // Chromium writes ~/.config/chromium/Crash Reports even with a temp profile: own HOME too.
  // Its TMPDIR must be short too (SingletonSocket path limit), so use the runtime dir.
  const env = runDir ? isolatedEnv(runDir, { TMPDIR: shortRuntimeDir(runDir) }) : process.env;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env });
  log(`chromium ${browser.version()} launched in ${secs(t0)}`);
  return browser;
}

function tail(file, lines = 40) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

function attachPageLogs(page, runDir, verbose, log) {
  const file = path.join(runDir, 'browser-console.log');
  const write = (line) => {
    fs.appendFileSync(file, line + '\n');
    if (verbose) log(`[browser] ${line}`);
  };
  page.on('console', (m) => write(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => write(`pageerror: ${e.message}`));
  page.on('crash', () => write('PAGE CRASHED'));
}

/**
 * Accepts both result shapes in use: {passed, failed, tests:[{name, ok, ms, error}]}
 * (test/e2e/lib/harness.cjs) and {done, results:[...]} (test/e2e/suite/harness.ts).
 * A file with done === false is a partial result (the suite is still running).
 */
export function normalizeResult(raw) {
  const tests = raw.tests ?? raw.results ?? [];
  const passed = raw.passed ?? tests.filter((t) => t.ok).length;
  const failed = raw.failed ?? tests.filter((t) => !t.ok).length;
  return { ...raw, tests, passed, failed, complete: raw.done !== false };
}

async function waitForResult(file, deadline, isAlive) {
  let last = null;
  for (;;) {
    if (fs.existsSync(file)) {
      try {
        last = normalizeResult(JSON.parse(fs.readFileSync(file, 'utf8')));
        if (last.complete) return { result: last, timedOut: false };
      } catch { /* being written: retry */ }
    }
    if (Date.now() > deadline) return { result: last, timedOut: true };
    const dead = isAlive && isAlive();
    if (dead) throw new Error(dead);
    await sleep(200);
  }
}

/** Collects the extension host logs code-server wrote, for failure reports. */
function extHostLogs(userDataDir) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost|remoteagent|Extension Host/i.test(p)) found.push(p);
    }
  };
  try { walk(path.join(userDataDir, 'logs')); } catch { /* none */ }
  return found;
}

export function formatResult(result) {
  const facts = [result.ms != null && `${result.ms} ms in the extension host`, result.host?.vscode && `VS Code ${result.host.vscode}`].filter(Boolean);
  const lines = [`suite: ${result.suite ?? '(unnamed)'}${facts.length ? ` (${facts.join(', ')})` : ''}`];
  for (const t of result.tests ?? []) {
    lines.push(`  ${t.ok ? 'ok  ' : 'FAIL'} ${t.name} (${t.ms} ms)`);
    if (!t.ok) lines.push(...String(t.error).split('\n').map((l) => `         ${l}`));
  }
  lines.push(`${result.passed} passed, ${result.failed} failed`);
  return lines.join('\n');
}

/**
 * Writes a CommonJS wrapper around the user's test module so that a verdict reaches the result
 * file even when the suite does not write one: require() throwing, run() rejecting, or a
 * callback-style run(testsRoot, cb) reporting failures. A result file written by the suite itself
 * (test/e2e/lib/harness.cjs) always wins. Lives in the short runtime dir under os.tmpdir(), which
 * has no package.json with "type": "module" above it, so `.js` is CommonJS there.
 */
function writeTestsWrapper(runDir, extensionTestsPath) {
  const file = path.join(shortRuntimeDir(runDir), 'e2e-tests-wrapper.js');
  fs.writeFileSync(file, `'use strict';
const fs = require('fs');
const path = require('path');
const target = ${JSON.stringify(extensionTestsPath)};
function write(ok, name, error) {
  const f = process.env.E2E_RESULT_FILE;
  if (!f) return;
  let prev = null;
  try { prev = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { prev = null; }
  if (prev && prev.done !== false) return; // the suite wrote its own complete verdict
  const entry = { name, ok, ms: 0, error: error ? String(error.stack || error) : undefined };
  const tests = ((prev && (prev.tests || prev.results)) || []).concat([entry]);
  const passed = tests.filter((t) => t.ok).length;
  const r = { suite: path.basename(target), done: true, passed, failed: tests.length - passed, ms: 0, tests, wrapper: true };
  fs.writeFileSync(f + '.tmp', JSON.stringify(r, null, 2));
  fs.renameSync(f + '.tmp', f);
}
exports.run = async function (testsRoot) {
  let mod;
  try { mod = require(target); } catch (e) { write(false, 'load ' + target, e); throw e; }
  if (!mod || typeof mod.run !== 'function') {
    const e = new Error(target + ' does not export run()'); write(false, 'load ' + target, e); throw e;
  }
  try {
    if (mod.run.length >= 2) {
      await new Promise((resolve, reject) => mod.run(target, (err, failures) => {
        if (err) return reject(err);
        if (failures) return reject(new Error(failures + ' test(s) failed'));
        resolve();
      }));
    } else {
      await mod.run(target);
    }
  } catch (e) { write(false, 'run()', e); throw e; }
  write(true, 'run() resolved (suite wrote no result file)');
};
`);
  return file;
}

/**
 * Runs an extension-host test module (exports run()) against extensionDevelopmentPath in a real
 * VS Code. The suite must write JSON {passed, failed, tests:[...]} to process.env.E2E_RESULT_FILE
 * (test/e2e/lib/harness.cjs does). Returns { ok, result, runDir }; never throws for test failures.
 */
export async function runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, workspace, vsix,
  env = {}, settings = {}, workspaceTrust = false, timeoutMs = 180000, keep = false, verbose = false, log = console.log } = {}) {
  const t0 = now();
  const runDir = makeRunDir('ext-host');
  const resultFile = path.join(runDir, 'result.json');
  let server; let browser; let ok = false; let result = null;
  try {
    if (vsix) {
      log(installVsix(runDir, vsix, env).trim());
      // The web workbench only enters test mode with an extensionDevelopmentPath: point it at the
      // folder the .vsix was unpacked to, so the tests run against the packaged files.
      if (!extensionDevelopmentPath) extensionDevelopmentPath = installedExtensionDirs(runDir)[0];
      if (!extensionDevelopmentPath) throw new Error(`no extension folder found after installing ${vsix}`);
      log(`using installed extension ${extensionDevelopmentPath}`);
    }
    // Every name a suite in this repo reads the result path from (see RESULT_ENV_NAMES).
    const resultEnv = Object.fromEntries(RESULT_ENV_NAMES.map((n) => [n, resultFile]));
    server = await startCodeServer({ runDir, env: { ...env, ...resultEnv }, settings, workspaceTrust, log });
    browser = await launchBrowser({ runDir, log });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    attachPageLogs(page, runDir, verbose, log);
    const wrapper = writeTestsWrapper(runDir, path.resolve(extensionTestsPath));
    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath, extensionTestsPath: wrapper });
    if (verbose) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    log(`workbench loading; waiting for ${path.relative(REPO, resultFile)} (timeout ${timeoutMs / 1000}s)`);
    let crashed = false; page.on('crash', () => { crashed = true; });
    const waited = await waitForResult(resultFile, Date.now() + timeoutMs, () => (crashed ? 'browser page crashed' : null));
    result = waited.result;
    if (waited.timedOut) {
      if (result) log(`partial result before the timeout:\n${formatResult(result)}`);
      result = null;
      log(`TIMEOUT: no complete result file after ${timeoutMs / 1000}s. Extension host logs:`);
      for (const f of extHostLogs(server.userDataDir)) log(`--- ${f}\n${tail(f, 30)}`);
      log(`--- browser console (last lines)\n${tail(path.join(runDir, 'browser-console.log'), 30)}`);
    } else {
      log(formatResult(result));
      ok = result.failed === 0 && result.passed > 0;
    }
  } catch (err) {
    log(`ERROR: ${err.stack || err}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    killAllSync();
    if ((ok && !keep)) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`run dir kept: ${runDir}`);
  }
  log(`ext-host run ${ok ? 'passed' : 'FAILED'} in ${secs(t0)}`);
  return { ok, result, runDir, exitCode: ok ? 0 : (result ? 1 : 2) };
}

/**
 * UI level: opens `workspace`, opens `file` through Ctrl+P, waits for `waitFor` (CSS selector, if
 * given), and saves a screenshot. `page` callback (library use) can assert further before the
 * screenshot. Returns { ok, runDir, screenshot }.
 */
export async function runUi({ workspace, file, screenshot, waitFor, extensionDevelopmentPath, vsix,
  env = {}, timeoutMs = 120000, keep = false, verbose = false, log = console.log, onPage } = {}) {
  const t0 = now();
  const runDir = makeRunDir('ui');
  let server; let browser; let ok = false; let page;
  try {
    if (vsix) log(installVsix(runDir, vsix, env).trim());
    server = await startCodeServer({ runDir, env, log });
    browser = await launchBrowser({ runDir, log });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(timeoutMs);
    attachPageLogs(page, runDir, verbose, log);
    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    // The explorer shows the folder once the remote connection is up.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible' });
    log(`workbench ready in ${secs(t0)}`);
    if (file) {
      const input = page.locator('.quick-input-widget input');
      for (let attempt = 1; ; attempt++) {
        await page.locator('.monaco-workbench').click({ position: { x: 640, y: 400 } }).catch(() => {});
        await page.keyboard.press('Control+P');
        try { await input.waitFor({ state: 'visible', timeout: 5000 }); break; } catch (e) { if (attempt >= 5) throw e; }
      }
      await input.fill(file);
      const row = page.locator('.quick-input-list .monaco-list-row').first();
      await row.waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      const base = path.basename(file);
      await page.locator(`.tabs-container .tab[aria-label*="${base}"]`).first().waitFor({ state: 'visible' });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
      log(`opened ${file} in ${secs(t0)}`);
    }
    if (waitFor) {
      await page.locator(waitFor).first().waitFor({ state: 'visible' });
      log(`selector ${waitFor} visible in ${secs(t0)}`);
    }
    if (onPage) await onPage(page);
    if (screenshot) {
      await sleep(300); // let the last paint land
      fs.mkdirSync(path.dirname(path.resolve(screenshot)), { recursive: true });
      await page.screenshot({ path: screenshot });
      log(`screenshot: ${screenshot}`);
    }
    ok = true;
  } catch (err) {
    log(`ERROR: ${err.message || err}`);
    if (page) {
      const failShot = path.join(runDir, 'failure.png');
      await page.screenshot({ path: failShot }).then(() => log(`failure screenshot: ${failShot}`), () => {});
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    killAllSync();
    if (ok && !keep) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`run dir kept: ${runDir}`);
  }
  log(`ui run ${ok ? 'passed' : 'FAILED'} in ${secs(t0)}`);
  return { ok, runDir, screenshot, exitCode: ok ? 0 : 2 };
}

// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { env: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--ext-host': o.mode = 'ext-host'; break;
      case '--ui': o.mode = 'ui'; break;
      case '--ext': o.ext = val(); break;
      case '--tests': o.tests = val(); break;
      case '--workspace': o.workspace = val(); break;
      case '--file': o.file = val(); break;
      case '--screenshot': o.screenshot = val(); break;
      case '--wait-for': o.waitFor = val(); break;
      case '--vsix': o.vsix = val(); break;
      case '--timeout': o.timeoutMs = Number(val()) * 1000; break;
      case '--env': { const kv = val(); const j = kv.indexOf('='); if (j < 1) throw new Error(`--env wants KEY=VAL, got ${kv}`); o.env[kv.slice(0, j)] = kv.slice(j + 1); break; }
      case '--untrusted': o.workspaceTrust = true; break;
      case '--keep': o.keep = true; break;
      case '--verbose': o.verbose = true; break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  return o;
}

const USAGE = `usage:
  run-vscode.mjs --ext-host (--ext <extDir> | --vsix <f>) --tests <suite.js> [--workspace <dir>] [--env K=V]... [--untrusted] [--timeout s] [--keep] [--verbose]
  run-vscode.mjs --ui --workspace <dir> [--file <relPath>] [--wait-for <selector>] --screenshot <png> [--ext <extDir> | --vsix <f>] [--timeout s] [--keep]`;

async function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) { console.error(`${e.message}\n${USAGE}`); return 2; }
  if (o.help || !o.mode) { console.error(USAGE); return o.help ? 0 : 2; }
  const abs = (p) => (p ? path.resolve(p) : p);
  if (o.mode === 'ext-host') {
    if (!o.tests || !(o.ext || o.vsix)) { console.error(`--ext-host needs --tests and --ext or --vsix\n${USAGE}`); return 2; }
    const r = await runExtensionTests({ extensionDevelopmentPath: abs(o.ext), extensionTestsPath: abs(o.tests), vsix: abs(o.vsix),
      workspace: abs(o.workspace), env: o.env, workspaceTrust: o.workspaceTrust, timeoutMs: o.timeoutMs, keep: o.keep, verbose: o.verbose });
    return r.exitCode;
  }
  const r = await runUi({ workspace: abs(o.workspace), file: o.file, screenshot: abs(o.screenshot), waitFor: o.waitFor,
    extensionDevelopmentPath: abs(o.ext), vsix: abs(o.vsix), env: o.env, timeoutMs: o.timeoutMs, keep: o.keep, verbose: o.verbose });
  return r.exitCode;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().then((code) => { killAllSync(); process.exit(code); }, (err) => { console.error(err); killAllSync(); process.exit(2); });
}
