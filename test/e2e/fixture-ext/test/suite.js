// Extension-host suite for the fixture extension (CommonJS, loaded via extensionTestsPath).
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { suite } = require('../../lib/harness.cjs');

const s = suite('fixture-ext');

async function waitFor(fn, timeoutMs = 15000, stepMs = 100) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`waitFor timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

s.test('workspace folder is open', () => {
  const folders = vscode.workspace.workspaceFolders || [];
  assert.strictEqual(folders.length, 1, 'one workspace folder');
});

s.test('publishes a "hello" diagnostic on a markdown file', async () => {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'hello.md');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  assert.strictEqual(doc.languageId, 'markdown');
  const diags = await waitFor(() => {
    const d = vscode.languages.getDiagnostics(uri);
    return d.length > 0 && d;
  });
  assert.strictEqual(diags.length, 1);
  assert.strictEqual(diags[0].message, 'hello');
  assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
  assert.strictEqual(diags[0].source, 'e2e-fixture');
});

s.test('env from the runner reaches the extension host', () => {
  assert.ok(process.env.E2E_RESULT_FILE, 'E2E_RESULT_FILE set');
  assert.ok(path.isAbsolute(process.env.E2E_RESULT_FILE));
});

// Deliberate failure, switched on by the runner: `--env E2E_FIXTURE_FAIL=1`.
if (process.env.E2E_FIXTURE_FAIL === '1') {
  s.test('deliberately failing assertion', () => {
    assert.strictEqual(vscode.languages.getDiagnostics().length, -1, 'this must fail');
  });
}

exports.run = () => s.run();
