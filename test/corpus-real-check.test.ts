// The real-copy corpus's own check (test/corpus/real/count.mjs --check: each file's source header,
// families, marks that nest or overlap) runs on every file of both languages, dev and test: a file
// added without its source and licence line fails here, not in a later audit. The script reads the
// files itself; nothing of their text reaches this test's output unless a check fails.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const script = fileURLToPath(new URL('./corpus/real/count.mjs', import.meta.url))

describe('real-copy corpus check', () => {
  it.each(['en', 'fr'])('%s: every file has its source header and well-formed marks', (language) => {
    const run = spawnSync(process.execPath, [script, language, '--check'], { encoding: 'utf8' })
    const problems = run.stdout.split('\n').filter((line) => /problem|does not start|unknown family|malformed|outer spaces|outside French/.test(line))
    expect(problems).toEqual([])
    expect(run.status).toBe(0)
  })
})
