// A block with no word of copy (issue #15, session 29; src/engine/match/register.ts): an entry that
// names the fields of its plain senses (`unless: { domains }`) is left alone there even when its
// sentence has no evidence of expository prose (a present-tense sentence, no date, no narration)
// and names no word of the entry's fields. One word of the broad vocabulary of copy and business
// (rules/registers/*.yaml `copy-vocabulary`, most of the English one drawn from WordNet) keeps it,
// as do a price's currency, a trademark's sign, a camel-case product name and a French verb of
// « vous » inside a sentence.
// Sentences written for this test.
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData, lint, loadMorphology } from '../../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const flagged = (text: string, language: 'en' | 'fr') => lint(text, { language, format: 'text' }).findings.map((f) => f.actual)

it.each([
  ['Together the two sounds give a rare synergy.', 'en'],
  ['A cutting-edge blade slices the thin stalks cleanly.', 'en'],
  ['Les deux billes gardent leurs forces vives après le choc.', 'fr'],
  ['Les deux sons ensemble ont une synergie étrange.', 'fr'],
] as const)('leaves a field-naming entry alone in a block with no word of copy: %s', (text, language) => {
  expect(flagged(text, language)).toEqual([])
})

it.each([
  // Only the broad vocabulary: no "we", "you", "customers", « clients », no call, no "!".
  ['Retailers and wholesalers see real synergy in one shared catalogue.', 'en', 'synergy'],
  ['Subscribers get a cutting-edge reader on every device.', 'en', 'cutting-edge'],
  ['Les fournisseurs et les détaillants y trouvent une vraie synergie.', 'fr', 'synergie'],
  ['Les détaillants y gagnent des forces vives.', 'fr', 'forces vives'],
  // Other weak evidence of copy: a product's name in camel case, a price's currency, a verb of
  // « vous » inside the sentence.
  ['QuickNote brings a rare synergy to notes and lists.', 'en', 'synergy'],
  ['À 2,99 € par mois, une synergie rare entre les deux sons.', 'fr', 'synergie'],
  ['Pour une synergie rare entre les deux sons, réservez au 04 73 55 02 18.', 'fr', 'synergie'],
  // The writer in a contraction: its tokens are "we'" and "re".
  ["We're sure the two sounds give a rare synergy.", 'en', 'synergy'],
] as const)('keeps it with a word of the broad vocabulary of copy: %s', (text, language, word) => {
  expect(flagged(text, language)).toContain(word)
})

it('reads a possessive of a word of copy as that word: "customer\'s" is the customer\'s', () => {
  expect(flagged("Each customer's dog shows a rare synergy.", 'en')).toContain('synergy')
  // Nor is a chemical formula or a Scottish name a product's: the plain sense stays clear.
  expect(flagged('In NaCl the two ions show a rare synergy.', 'en')).toEqual([])
  expect(flagged('MacArthur saw a rare synergy in the two sounds.', 'en')).toEqual([])
})

it('keeps the expository check where the broad vocabulary stands: a narrated sentence is still left alone', () => {
  // "traders" is copy's vocabulary and the history's: the past tense after its subject decides.
  expect(flagged('In the port, traders hoped the revolutionary council would lower the duties.', 'en')).toEqual([])
})

it('reads the broad vocabulary as folded single words, English mostly from WordNet', () => {
  const english = defaultRuleData.registers?.en?.['copy-vocabulary'] ?? []
  const french = defaultRuleData.registers?.fr?.['copy-vocabulary'] ?? []
  expect(english.length).toBeGreaterThan(500)
  expect(english).toEqual(expect.arrayContaining(['wholesalers', 'salesperson', 'subscribers']))
  expect(french).toEqual(expect.arrayContaining(['fournisseurs', 'detaillants']))
  // A field word is evidence of the plain sense, never of copy.
  expect(english).not.toContain('fulcrum')
})
