// The data load on demand, once per process, never at import (issue #15: "the lexicons load
// lazily"); the compact format reads back what the build wrote.
import { describe, expect, it } from 'vitest'
import { analyse, loadMorphology, morphologyLoaded } from '../../../src/engine/morphology/index.js'
import { SortedText, applyRelative, decodeEntries, parseTag } from '../../../src/engine/morphology/sorted-text.js'

describe('loading', () => {
  it('reads no data at import, and says what to do when used too early', async () => {
    expect(morphologyLoaded('fr')).toBe(false)
    expect(morphologyLoaded('en')).toBe(false)
    expect(() => analyse(['nous', 'impactons'], 1, 'fr')).toThrow(/await loadMorphology\('fr'\)/)
    await loadMorphology('fr')
    expect(morphologyLoaded('fr')).toBe(true)
    expect(morphologyLoaded('en')).toBe(false)
    expect(analyse(['nous', 'impactons'], 1, 'fr')[0]).toMatchObject({ lemma: 'impacter', person: 1, number: 'pl' })
  })
})

describe('the compact lexicon format', () => {
  // In code-unit order, as the build sorts: "é" (U+00E9) comes after "s".
  const text = '{"tags":["verb|ppast|||pl|f","noun|||||"]}\nimpact\t0.1\nimpacts\t1.1\nimpactées\t3er.0\n'
  const lexicon = new SortedText(text, true)

  it('finds keys by binary search, and only whole keys', () => {
    expect(lexicon.find('impactées')).toBe('3er.0')
    expect(lexicon.find('impact')).toBe('0.1')
    expect(lexicon.find('impacts')).toBe('1.1')
    expect(lexicon.find('impac')).toBeUndefined()
    expect(lexicon.find('impactée')).toBeUndefined()
    expect(lexicon.find('zzz')).toBeUndefined()
  })

  it('rewrites a key into its lemma and decodes the features', () => {
    expect(applyRelative('impactées', '3er')).toBe('impacter')
    expect(applyRelative('x', `~${String.fromCharCode(40 + 48)}abc`)).toBe('abc') // a cut of 40 characters
    expect(decodeEntries('impactées', lexicon.find('impactées'), lexicon.tags.map(parseTag))).toEqual([
      { word: 'impacter', tag: { pos: 'verb', mood: 'ppast', number: 'pl', gender: 'f' } },
    ])
  })
})
