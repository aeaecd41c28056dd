// Minimal test harness for suites that run INSIDE the VS Code extension host (CommonJS).
//
//   const { suite } = require('<path>/test/e2e/lib/harness.cjs');
//   const s = suite('my suite');
//   s.test('does X', async () => { ... throw on failure ... });
//   exports.run = () => s.run();
//
// run() runs the tests in order and writes a JSON result file to process.env.E2E_RESULT_FILE
// (set by scripts/e2e/run-vscode.mjs on the code-server process; the extension host inherits it).
// The extension host's exit code does not reach the runner, so this file IS the verdict.
'use strict';
const fs = require('fs');
const path = require('path');

function suite(name) {
  const tests = [];
  return {
    test(testName, fn, { timeoutMs = 30000 } = {}) {
      tests.push({ name: testName, fn, timeoutMs });
    },
    async run() {
      const started = Date.now();
      const results = [];
      for (const t of tests) {
        const t0 = Date.now();
        let timer;
        try {
          await Promise.race([
            Promise.resolve().then(t.fn),
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new Error(`timed out after ${t.timeoutMs} ms`)), t.timeoutMs);
            }),
          ]);
          results.push({ name: t.name, ok: true, ms: Date.now() - t0 });
        } catch (err) {
          results.push({ name: t.name, ok: false, ms: Date.now() - t0, error: String((err && err.stack) || err) });
        } finally {
          clearTimeout(timer);
        }
      }
      const passed = results.filter((r) => r.ok).length;
      const result = {
        suite: name,
        passed,
        failed: results.length - passed,
        ms: Date.now() - started,
        tests: results,
        host: { pid: process.pid, node: process.version, vscode: safeVscodeVersion() },
      };
      writeResult(result);
      // Resolve (not reject) so the host does not log twice; the runner judges by the file.
      return result;
    },
  };
}

function safeVscodeVersion() {
  try { return require('vscode').version; } catch { return undefined; }
}

function writeResult(result) {
  const file = process.env.E2E_RESULT_FILE;
  if (!file) {
    // Nothing the runner can read: make it loud in the extension host log.
    console.error('[e2e] E2E_RESULT_FILE is not set; result:', JSON.stringify(result));
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file); // atomic: the runner never reads half a file
}

module.exports = { suite, writeResult };
