#!/usr/bin/env node
// How long the extension's activate() takes, in a fresh process each run: the bundle is loaded
// and activate() runs against a stub of the `vscode` API that records calls and returns
// disposables. What VS Code itself adds is not counted. Also times the engine bundle's first load
// (which happens on the first lint, not at activation) and reports the .vsix size.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'ignore' })

const probe = `
const Module = require('node:module')
const stub = () => new Proxy(function () {}, {
  get: (_, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub()),
  apply: () => stub(),
  construct: () => stub(),
  set: () => true,
})
// A plain object with the API's namespaces and classes, so that a bundler's ESM interop can copy them.
const vscode = Object.fromEntries(['CodeActionKind', 'CodeAction', 'commands', 'Diagnostic', 'DiagnosticSeverity', 'env', 'EventEmitter', 'extensions', 'Hover', 'l10n', 'languages', 'MarkdownString', 'Position', 'ProgressLocation', 'Range', 'Selection', 'StatusBarAlignment', 'TextEditorRevealType', 'Uri', 'window', 'workspace', 'WorkspaceEdit'].map((k) => [k, stub()]))
const load = Module._load
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest) }
const t0 = performance.now()
const ext = require(${JSON.stringify(`${root}dist/extension/extension.cjs`)})
ext.activate({ subscriptions: [] })
const t1 = performance.now()
require(${JSON.stringify(`${root}dist/extension/engine.cjs`)})
const t2 = performance.now()
console.log(JSON.stringify({ activation: t1 - t0, engine: t2 - t1 }))
`
const runs = 9
const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const vsix = `${root}cluetrain-lint.vsix`
console.log(
  JSON.stringify({
    runs,
    activationMs: median(samples.map((s) => s.activation)),
    engineLoadMs: median(samples.map((s) => s.engine)),
    vsixKB: existsSync(vsix) ? Math.round(statSync(vsix).size / 1024) : null,
  }),
)
