// The pool's own thread reads the morphology data before its first file, as its workers do: a
// caller that drives LintWorkers directly (the bench's parallel row) gets what the CLI finds,
// whichever thread takes a file. Nothing here lints before the pool does: the engine caches a
// sentence's findings, so an earlier lint in this thread would hide what the pool's lint read. The
// references come from other processes (the built CLI, and the built engine without the data).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { LintWorkers } from '../../src/cli/lint-workers.js'
import { freshFolder, writeFiles } from './harness.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const folder = freshFolder('lint-workers-morphology')
// A French document whose findings differ with and without the data: one of the bench's generated
// workspace files (scripts/bench/corpus.mjs, doc-1419.md), the file the parallel row counted apart.
const FR = readFileSync(new URL('../fixtures/morphology-dependent/generated-fr.md', import.meta.url), 'utf8')

const ruleIdsOf = (json: string): string[] => (JSON.parse(json) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages.map((m) => m.ruleId)

it('lints on its own thread with the morphology data read, as its workers and the CLI do', async () => {
  writeFiles(folder.path, { 'a.md': FR })
  const file = join(folder.path, 'a.md')
  const cli = ruleIdsOf(execFileSync(process.execPath, [join(root, 'bin/cluetrain.js'), 'lint', '--format', 'json', file], { encoding: 'utf8' }))
  const script = `const { lint } = await import(${JSON.stringify(join(root, 'dist/engine/index.js'))}); process.stdout.write(JSON.stringify(lint(${JSON.stringify(FR)}, { format: 'markdown' }).findings.map((f) => f.ruleId)))`
  const withoutData = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[]
  // The paragraph must be one whose findings depend on the data, or the test proves nothing.
  expect(cli).not.toEqual(withoutData)
  // No worker: every file falls to this thread.
  const pool = new LintWorkers(0)
  afterAll(() => pool.close())
  const outcomes = []
  for await (const outcome of pool.lintAll([{ path: file, display: 'a.md', maxBytes: 1e6, options: { format: 'markdown' }, fingerprints: false }])) outcomes.push(outcome)
  const report = (outcomes[0] as { report: { messages: Array<{ ruleId: string }> } }).report
  expect(report.messages.map((m) => m.ruleId)).toEqual(cli)
})
