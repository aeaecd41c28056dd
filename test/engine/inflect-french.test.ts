// The forms a French rule phrase is inflected to (src/engine/match/inflect.ts). Keys are folded
// (no accents, ç as c), as the matcher reads them.
import { expect, it } from 'vitest'
import { inflections } from '../../src/engine/match/inflect.js'

it('keeps the g of a -ger verb soft before a and o', () => {
  const forms = inflections('challenger', 'fr')
  expect(forms).toEqual(expect.arrayContaining(['challengeons', 'challengeait', 'challengeant', 'challengea', 'challengeaient']))
  expect(forms).toEqual(expect.arrayContaining(['challenge', 'challengez', 'challengee', 'challengerons']))
})

it('adds no e to the other first-group verbs', () => {
  const forms = inflections('booster', 'fr')
  expect(forms).toContain('boostons')
  expect(forms.filter((f) => f.startsWith('boostea') || f.startsWith('boosteo'))).toEqual([])
})
