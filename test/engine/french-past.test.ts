// French forms in -ait, -aient and -èrent for the register (issue #15, session 29;
// src/engine/match/french-past.ts): the imperfect and the simple past narrate; the conditional
// (copy's promise), the present of -érer verbs, adjectives and nouns with the same endings do not.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'
import { frenchFormNarrates } from '../../src/engine/match/french-past.js'

beforeAll(async () => {
  await loadMorphology('fr')
}, 60_000)

it.each([
  // The imperfect, of -er verbs whose stem is also a word (« tir », « montre », « entre »), and of
  // -érer verbs; the simple past; a verb the lexicon lacks.
  'voulaient', 'dépendait', 'créait', 'considéraient', 'espéraient', 'tiraient', 'montraient', 'entraient',
  'restauraient', 'transformaient', 'allèrent', 'décidèrent', 'répétèrent', 'boostaient',
])('narrates: %s', (word) => {
  expect(frenchFormNarrates(word)).toBe(true)
})

it.each([
  // The conditional: infinitive + ending, -re verbs, irregular stems.
  'transformeraient', 'espéreraient', 'tireraient', 'finiraient', 'permettrait', 'prendraient', 'diraient',
  'pourraient', 'auraient', 'devrait', 'voudraient',
  // The present of -érer verbs, and adjectives and nouns with the endings.
  'considèrent', 'génèrent', 'accélèrent', 'différent', 'cohérent', 'portrait',
])('does not narrate: %s', (word) => {
  expect(frenchFormNarrates(word)).toBe(false)
})

const flagged = (text: string) => lint(text, { language: 'fr' }).findings.filter((f) => f.ruleId === 'people-as-segments').map((f) => f.actual)

it.each([
  'Ces rencontres génèrent des forces vives.',
  'Ces rencontres considèrent les forces vives.',
  'Ces rencontres généreraient des forces vives.',
  'Cette méthode permettrait de mobiliser les forces vives.',
  'Un regard différent sur les forces vives.',
])('keeps the finding where no verb narrates: %s', (text) => {
  expect(flagged(text)).toContain('forces vives')
})

it.each([
  'Ces rencontres généraient des forces vives.',
  'Les voisins mobilisèrent leurs forces vives.',
])('still reads narration: %s', (text) => {
  expect(flagged(text)).toEqual([])
})
