#!/usr/bin/env node
// The extension's tests in a real VS Code (code-server), against the packaged .vsix:
//   1. the extension-host suite (test/e2e/suite) on a fresh copy of test/e2e/workspace;
//   2. a UI smoke test: open a French file, see squiggles, a hover and the quick-fix menu, and
//      save screenshots (.cache/e2e-shots/).
// Needs scripts/e2e/setup.sh and `npm run package` first. Prints "N passed, N failed".
import { build } from 'esbuild'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readMarks } from '../eval/marks.mjs'
import { REPO, runExtensionTests, runUi } from './run-vscode.mjs'

const vsix = path.join(REPO, 'cluetrain-lint.vsix')
if (!fs.existsSync(vsix)) {
  console.error('cluetrain-lint.vsix is missing: run `npm run package` first.')
  process.exit(2)
}
const shots = path.join(REPO, '.cache/e2e-shots')
fs.mkdirSync(shots, { recursive: true })

const suite = path.join(REPO, '.cache/e2e-build/suite.cjs')
await build({ entryPoints: [path.join(REPO, 'test/e2e/suite/index.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' })

function freshWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-ws-'))
  fs.cpSync(path.join(REPO, 'test/e2e/workspace'), dir, { recursive: true })
  // Real French copy published by others, as plain text: a page of data.gouv.fr from the real-copy
  // corpus (its first line keeps its source and licence), without the corpus's marks.
  const real = fs.readFileSync(path.join(REPO, 'test/corpus/real/fr/dev/03-datagouv-service-public-donnee.md'), 'utf8')
  fs.writeFileSync(path.join(dir, 'real-fr.txt'), readMarks(real).text)
  return dir
}

let passed = 0
let failed = 0
const record = (ok) => (ok ? passed++ : failed++)

const hostRun = await runExtensionTests({ vsix, extensionTestsPath: suite, workspace: freshWorkspace(), timeoutMs: 240_000 })
if (hostRun.result) {
  passed += hostRun.result.passed
  failed += hostRun.result.failed
} else failed++

// Reliability runs, each in a code-server of its own:
//   - untrusted: test/e2e/suite/untrusted.ts on a copy of test/e2e/workspace-untrusted, opened
//     with workspace trust on and the folder not trusted (Restricted Mode);
//   - memory: the 10,000-file audit of test/e2e/suite/reliability.ts (minutes: longer than the
//     main suite's 60 s per test), in a fresh host so that nothing else sits in its heap;
//   - special: test/e2e/suite/special-files.ts, a .cluetrain.yaml that is a FIFO or a link to
//     /dev/zero, in a host of its own (one that read /dev/zero would take the others down).
for (const [name, entry, options] of [
  ['untrusted', 'untrusted.ts', { workspace: path.join(REPO, 'test/e2e/workspace-untrusted'), workspaceTrust: true, timeoutMs: 120_000 }],
  ['memory', 'reliability.ts', { workspace: path.join(REPO, 'test/e2e/workspace'), env: { CLUETRAIN_E2E_SUITE: 'memory' }, timeoutMs: 480_000 }],
  ['special', 'special-files.ts', { workspace: path.join(REPO, 'test/e2e/workspace'), timeoutMs: 240_000 }],
]) {
  const bundle = path.join(REPO, `.cache/e2e-build/${name}.cjs`)
  await build({ entryPoints: [path.join(REPO, 'test/e2e/suite', entry)], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' })
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `ct-${name}-`))
  fs.cpSync(options.workspace, workspace, { recursive: true })
  const facts = bundle.replace(/\.cjs$/, '.facts.json') // what a suite measured, if anything
  fs.rmSync(facts, { force: true })
  const run = await runExtensionTests({ vsix, extensionTestsPath: bundle, ...options, workspace })
  fs.rmSync(workspace, { recursive: true, force: true })
  if (fs.existsSync(facts)) console.log(`${name}: ${fs.readFileSync(facts, 'utf8')}`)
  if (run.result) {
    passed += run.result.passed
    failed += run.result.failed
  } else failed++
}

const ui = await runUi({
  vsix,
  workspace: freshWorkspace(),
  file: 'fr.md',
  waitFor: '.squiggly-warning',
  screenshot: path.join(shots, 'squiggles.png'),
  timeoutMs: 120_000,
  onPage: async (page) => {
    const squiggle = page.locator('.squiggly-warning').first()
    const box = await squiggle.boundingBox()
    if (!box) throw new Error('no squiggle on screen')
    const status = page.locator('.statusbar-item', { hasText: /Voice|Voix/ })
    await status.first().waitFor({ state: 'visible' })
    console.log(`status bar: ${await status.first().innerText()}`)
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const hover = page.locator('.monaco-hover', { hasText: 'Cluetrain' })
    await hover.first().waitFor({ state: 'visible', timeout: 15_000 })
    await page.screenshot({ path: path.join(shots, 'hover.png') })
    console.log(`hover: ${(await hover.first().innerText()).split('\n')[0]}`)
    await page.keyboard.press('Escape')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.keyboard.press('Control+.')
    const menu = page.locator('.action-widget', { hasText: /Replace with|Remplacer par/ })
    await menu.first().waitFor({ state: 'visible', timeout: 15_000 })
    await page.screenshot({ path: path.join(shots, 'quick-fix.png') })
    console.log(`quick-fix menu: ${(await menu.first().innerText()).split('\n').slice(0, 3).join(' | ')}`)
    await page.keyboard.press('Escape')
  },
})
record(ui.ok)

console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
