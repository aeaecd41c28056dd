// Issue #15, wired: suggestions inflected to the flagged form, a `fix` only where every step had
// data, entries gated by part of speech, and no fix that creates a finding. The morphology data is
// loaded by the second block; the first shows the engine without it.
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadMorphology, type Finding, type LintOptions } from '../../src/engine/index.js'

const found = (text: string, options: LintOptions = {}, rule?: string): Finding[] => lint(text, options).findings.filter((f) => !rule || f.ruleId === rule)

/** The text with the finding's fix applied. */
const fixed = (text: string, f: Finding) => (f.fix ? text.slice(0, f.fix.offset) + f.fix.text + text.slice(f.fix.endOffset) : undefined)

/** The sentence the first finding of `rule` on `flagged` fixes `text` into. */
function fixOf(text: string, flagged: string, language: 'en' | 'fr', rule?: string): string | undefined {
  const f = found(text, { language }, rule).find((x) => x.actual === flagged)
  expect(f, `“${flagged}” is flagged in “${text}”`).toBeDefined()
  return fixed(text, f!)
}

describe('without the morphology data', () => {
  it('gives no fix, gates no part of speech, and leaves suggestions as written', () => {
    const [f] = found('The lesson explained leverage in one page.', { language: 'en' }, 'buzzwords')
    expect(f.actual).toBe('leverage')
    const [g] = found('We leveraged the data.', { language: 'en' }, 'buzzwords')
    expect(g.expected).toEqual(['use', 'build on'])
    expect(g.fix).toBeUndefined()
  })
})

describe('with the morphology data', () => {
  beforeAll(async () => {
    await loadMorphology('en')
    await loadMorphology('fr')
  })

  it('flags an entry only in the part of speech it names', () => {
    expect(found('Archimedes explained leverage with a plank.', { language: 'en' }, 'buzzwords')).toEqual([])
    expect(found('High leverage magnifies both gains and losses.', { language: 'en' }, 'buzzwords')).toEqual([])
    expect(found('We leverage our data.', { language: 'en' }, 'buzzwords').map((f) => f.actual)).toEqual(['leverage'])
  })

  it.each([
    ['We leveraged our data last year.', 'leveraged', 'We used our data last year.'],
    ['She leverages the data.', 'leverages', 'She uses the data.'],
    ['Leveraging the data helps.', 'Leveraging', 'Using the data helps.'],
    ['This tool empowers managers to decide faster.', 'empowers', 'This tool lets managers decide faster.'],
    ['It was an impactful launch.', 'impactful', 'It was an effective launch.'],
    ['We streamlined the checkout.', 'streamlined', 'We simplified the checkout.'],
  ])('English: %s', (text, flagged, want) => {
    expect(fixOf(text, flagged, 'en')).toBe(want)
  })

  it.each([
    ['Nous impactons les résultats.', 'impactons', 'Nous touchons les résultats.'],
    ['Les ventes ont été boostées par le marché.', 'boostées', 'Les ventes ont été stimulées par le marché.'],
    ['Vous devez implémenter la solution.', 'implémenter', 'Vous devez mettre en œuvre la solution.'],
  ])('French: %s', (text, flagged, want) => {
    expect(fixOf(text, flagged, 'fr')).toBe(want)
  })

  it('lists the inflected suggestions to choose from, and the fix is the first', () => {
    const [f] = found('We leveraged our data.', { language: 'en' }, 'buzzwords')
    expect(f.expected).toEqual(['used', 'built on'])
    expect(f.fix).toEqual({ offset: 3, endOffset: 12, text: 'used' })
    expect(f.uninflected).toBeUndefined()
  })

  it('widens the fix to the words that change with it', () => {
    const text = 'This tool empowers managers to decide faster.'
    const [f] = found(text, { language: 'en' }, 'buzzwords')
    expect(text.slice(f.fix!.offset, f.fix!.endOffset)).toBe('empowers managers to')
  })

  it('withholds the fix when a step has no data, and says which suggestions are not inflected', () => {
    // A team phrase the inflection table does not know: shown as written, never applied.
    const config = { phrases: [{ phrase: 'frobnicate', suggest: ['zorble'], language: 'en' as const }] }
    const [f] = found('They frobnicated the logs.', { language: 'en', config }, 'custom')
    expect(f.fix).toBeUndefined()
    expect(f.uninflected).toEqual(['zorble'])
    expect(f.expected).toEqual(['zorble'])
  })

  it('drops a fix whose replacement would be flagged', () => {
    // A team phrase whose suggestion is itself jargon: the fix would create a buzzwords finding.
    const config = { phrases: [{ phrase: 'make use of', suggest: ['leverage'], language: 'en' as const }] }
    const [f] = found('We make use of the data.', { language: 'en', config }, 'custom')
    expect(f.expected).toEqual(['leverage'])
    expect(f.fix).toBeUndefined()
    const clean = { phrases: [{ phrase: 'make use of', suggest: ['use'], language: 'en' as const }] }
    expect(found('We make use of the data.', { language: 'en', config: clean }, 'custom')[0].fix).toEqual({ offset: 3, endOffset: 14, text: 'use' })
  })
})
