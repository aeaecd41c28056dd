#!/usr/bin/env node
// One benchmark case in its own process, so its peak memory is its own:
//   node scripts/bench/case.mjs TOOL doc LANGUAGE BYTES RUNS
//   node scripts/bench/case.mjs TOOL workspace - FILES RUNS
//   node scripts/bench/case.mjs one-thread|workers files|cli - FILES RUNS
//   node scripts/bench/case.mjs cluetrain paragraph|paragraph-cli SHAPE BYTES RUNS
// Prints JSON: { times: [ms...], findings, words, maxRssMB } and, for Cluetrain in this process,
// loadMs: its morphology data's load, before the timed runs (tools.mjs).
import { generateDocument, generateWorkspace, longParagraph } from './corpus.mjs'
import { loadTool, timedMorphologyLoad } from './tools.mjs'

const [tool, kind, language, size, runsArg] = process.argv.slice(2)
const runs = Number(runsArg)

if (kind === 'relint') {
  // A copywriter's keystroke: one paragraph changes, the session re-checks what changed.
  const { LintSession, loadAllMorphology } = await import('../../dist/engine/index.js')
  const loadMs = await timedMorphologyLoad(loadAllMorphology)
  const doc = generateDocument(language, Number(size))
  const session = new LintSession({ format: 'markdown' })
  session.lint(doc)
  const edit = (i) => {
    const at = doc.indexOf('\n\n', Math.floor((doc.length * ((i % 13) + 1)) / 15))
    return doc.slice(0, at) + ` and one more word ${i}` + doc.slice(at)
  }
  for (let i = 0; i < 5; i++) session.lint(edit(i))
  const times = []
  let findings = 0
  for (let i = 0; i < runs; i++) {
    const text = edit(i + 5)
    const start = performance.now()
    findings = session.lint(text).findings.length
    times.push(performance.now() - start)
  }
  const words = doc.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
  console.log(JSON.stringify({ times, findings, words, loadMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}
/** The generated workspace written to a temporary folder, for the cases that read files. */
async function workspaceOnDisk(count) {
  return onDisk(generateWorkspace(count))
}

/** Files (`name`, `text`) written to a temporary folder. */
async function onDisk(named) {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-'))
  const files = named.map((f) => ({ ...f, path: join(dir, f.name) }))
  for (const f of files) writeFileSync(f.path, f.text)
  const words = files.reduce((n, f) => n + (f.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
  return { dir, files, words, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
const { availableParallelism } = await import('node:os')
const threads = Math.min(availableParallelism(), 4)

if (kind === 'files') {
  // The CLI's path over files on disk (read, lint, stylish output needs no fingerprints), in one
  // thread or on a pool of worker threads. Both are timed after a warm-up run, like every other
  // row: the pool is kept between runs, so its threads are as warm as the single thread is.
  const { lintAll } = await import('../../dist/cli/parallel.js')
  const { LintWorkers } = await import('../../dist/cli/lint-workers.js')
  const workspace = await workspaceOnDisk(Number(size))
  const tasks = workspace.files.map((f) => ({ path: f.path, display: f.name, maxBytes: 10e6, options: { format: 'markdown' }, fingerprints: false }))
  const pool = tool === 'workers' ? new LintWorkers(threads) : undefined
  const once = async () => {
    let n = 0
    for await (const outcome of pool ? pool.lintAll(tasks) : lintAll(tasks, 1)) n += outcome.report?.messages.length ?? 0
    return n
  }
  let findings = await once()
  const times = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    findings = await once()
    times.push(performance.now() - start)
  }
  await pool?.close()
  workspace.remove()
  console.log(JSON.stringify({ times, findings, words: workspace.words, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}
if (kind === 'cli' || kind === 'paragraph-cli') {
  // What a user or a CI job runs: `cluetrain lint FOLDER --jobs N`, a new process each time, so
  // every run pays for loading the engine and warming up its code, in each thread; or
  // `cluetrain lint FILE.md` on a paragraph of one line.
  const { execFileSync } = await import('node:child_process')
  const paragraph = kind === 'paragraph-cli'
  const workspace = paragraph ? await onDisk([{ name: 'paragraph.md', text: longParagraph(language, Number(size)) }]) : await workspaceOnDisk(Number(size))
  const cli = new URL('./cli-process.mjs', import.meta.url).pathname
  const options = paragraph ? ['--max-file-size', String(Math.ceil(Number(size) / 1e6) + 1)] : ['--jobs', String(tool === 'workers' ? threads : 1)]
  const times = []
  let report
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    report = JSON.parse(execFileSync(process.execPath, [cli, 'lint', paragraph ? workspace.files[0].path : workspace.dir, ...options], { encoding: 'utf8', maxBuffer: 1 << 24 }))
    times.push(performance.now() - start)
  }
  workspace.remove()
  console.log(JSON.stringify({ times, findings: report.findings, words: workspace.words, maxRssMB: report.maxRssMB }))
  process.exit(0)
}

const inputs = kind === 'workspace' ? generateWorkspace(Number(size)).map((f) => f.text) : kind === 'paragraph' ? [longParagraph(language, Number(size))] : [generateDocument(language, Number(size))]
const words = inputs.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
const check = await loadTool(tool)
const once = () => inputs.reduce((n, text) => n + check(text), 0)

let findings = once() // warm-up: JIT, caches, compiled rules
if (runs > 2) once()
const times = []
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  findings = once()
  times.push(performance.now() - start)
}
console.log(JSON.stringify({ times, findings, words, loadMs: check.loadMs, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
