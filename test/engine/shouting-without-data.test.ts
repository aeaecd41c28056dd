// Before the word lists are loaded (a front end that has not awaited loadAllMorphology), the
// shouting rule cannot tell a word from a name: it flags no capitals at all, only `!!`. Fewer
// findings, never more. Its own file: vitest gives each file fresh modules, so nothing is loaded.
import { describe, expect, it } from 'vitest'
import { lint, loadMorphology, morphologyLoaded } from '../../src/engine/index.js'

const shouted = (text: string) => lint(text, { language: 'en' }).findings.filter((f) => f.ruleId === 'shouting').map((f) => f.actual)

describe('shouting without the word lists', () => {
  it('flags stacked exclamation marks only, and words in capitals once the lists are loaded', async () => {
    expect(morphologyLoaded('en')).toBe(false)
    expect(shouted('AMAZING DEAL, BUY NOW!! The POSIX API.')).toEqual(['!!'])
    await loadMorphology('en')
    // The answers given without the lists were not kept: the same words are read again.
    expect(shouted('AMAZING DEAL, BUY NOW!! The POSIX API.')).toEqual(['AMAZING DEAL', 'BUY NOW', '!!'])
  })
})
