// Startup (issue #17): on one thread the CLI reads a language's morphology data only when a file
// is checked in that language, and the findings (fixes included) are those it gives with every
// language's data read up front. Counted by what is loaded, not timed. The tests run in order:
// this file's process starts with no data read.
import { describe, expect, it } from 'vitest'
import { loadAllMorphology, morphologyLoaded } from '../../src/engine/index.js'
import { lintFile, type FileOutcome, type FileTask } from '../../src/cli/lint-file.js'
import { lintAll } from '../../src/cli/parallel.js'

const task = (path: string): FileTask => ({ path, display: path, maxBytes: 1e6, options: { format: 'markdown', language: 'auto' }, fingerprints: true })
const english = task('examples/en/product-launch.md')
const french = task('examples/fr/communique.md')

async function collect(tasks: FileTask[]): Promise<FileOutcome[]> {
  const all: FileOutcome[] = []
  for await (const outcome of lintAll(tasks, 1)) all.push(outcome)
  return all
}

const fixes = (outcome: FileOutcome) => ('report' in outcome ? outcome.report.messages.filter((m) => m.fix).length : 0)

describe('morphology data read on need, on one thread', () => {
  let englishOutcome: FileOutcome[]

  it('an English file reads no French data', async () => {
    englishOutcome = await collect([english])
    expect(morphologyLoaded('en')).toBe(true)
    expect(morphologyLoaded('fr')).toBe(false)
    expect(fixes(englishOutcome[0])).toBeGreaterThan(0)
  })

  it('a French file after it reads the French data, and is linted with it', async () => {
    const outcomes = await collect([english, french])
    expect(morphologyLoaded('fr')).toBe(true)
    expect(fixes(outcomes[1])).toBeGreaterThan(0)
    // The same as with every language's data read before the first file.
    await loadAllMorphology()
    expect(outcomes).toEqual([lintFile(english), lintFile(french)])
    expect(englishOutcome).toEqual([lintFile(english)])
  })
})
