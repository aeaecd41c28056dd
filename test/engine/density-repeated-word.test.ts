// A word said twice over counts once in a density rule (src/engine/kinds/density.ts, issue #16,
// session 36): "really really fast" is one raised voice, which the marking guide leaves alone when
// it stands alone (test/corpus/labelled/README.md, F5). Sentences written for this test; each
// repeated one was flagged by main (37eab4f).
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'

const intensifiers = (text: string, language: 'en' | 'fr') =>
  lint(text, { language, format: 'markdown' })
    .findings.filter((f) => f.ruleId === 'intensifiers')
    .map((f) => f.actual)

describe('an intensifier said twice over', () => {
  it.each([
    ['- **Quick:** it starts fast – _really really_ fast', 'en'],
    ['The soup was really, really good.', 'en'],
    ['C’est vraiment, vraiment bon.', 'fr'],
  ] as const)('counts once, and alone is not flagged: %s', (text, language) => {
    expect(intensifiers(text, language)).toEqual([])
  })

  it('is still flagged, both words, where others pile up', () => {
    expect(intensifiers('A really, really strong eye for detail and exceptionally good habits.', 'en')).toEqual(['really', 'really', 'exceptionally'])
  })

  it('two different intensifiers, or the word again in another sentence, still count twice', () => {
    expect(intensifiers('It is really good and truly fast.', 'en')).toEqual(['really', 'truly'])
    expect(intensifiers('Really. Really fast.', 'en')).toEqual(['Really', 'Really'])
  })
})
