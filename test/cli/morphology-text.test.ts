// The command line's bundle reads the morphology data and word lists from text files
// (scripts/morphology-text.mjs): each must be what its generated module returns, and the Lefff's
// licence notice must go with them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DATA = join(ROOT, 'dist/cli-bundle/data')
const MODULES = ['english', 'words-en', 'lefff-fr', 'lefff-fr-nouns', 'words-fr']

describe('the morphology data as text, beside the bundle', () => {
  it('each file holds what its module returns', async () => {
    let checked = 0
    for (const module of MODULES) {
      const exported = (await import(pathToFileURL(join(ROOT, 'dist/engine/generated', `${module}.js`)).href)) as Record<string, () => string>
      for (const [name, text] of Object.entries(exported)) {
        const expected = text()
        expect(expected.length, `${module} ${name}`).toBeGreaterThan(100_000)
        expect(readFileSync(join(DATA, `${module}-${name}.txt`), 'utf8') === expected, `${module} ${name}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBe(7)
  })

  it('with the notices of the modules they come from', () => {
    const notice = readFileSync(join(DATA, 'NOTICE.txt'), 'utf8')
    for (const module of MODULES) expect(notice).toContain(`${module}-*.txt:`)
    expect(notice.match(/Licence: LGPL-LR/g)?.length).toBe(3)
  })
})
