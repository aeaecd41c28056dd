// A block with no evidence of copy (issue #15, sessions 29–30; src/engine/match/register.ts): an
// entry with `unless: { domains, outsideCopy: true }` — one whose plain senses are qualities that
// prose names with no field word ("robust", "revolutionary", « révolutionnaire ») — is left alone
// there even when its sentence has no evidence of expository prose (a present-tense sentence, no
// date, no narration). Evidence of copy keeps it: a word of the broad vocabulary of copy and
// business (rules/registers/*.yaml `copy-vocabulary`, most of the English one drawn from WordNet,
// nouns and verbs of trade), a price's currency, a trademark's sign, a camel-case product name, a
// French verb of « vous » inside a sentence, and another finding of copy's families in the block.
// Entries without `outsideCopy` keep the expository check alone.
// Sentences written for this test.
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData, lint, loadMorphology } from '../../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const flagged = (text: string, language: 'en' | 'fr') => lint(text, { language, format: 'text' }).findings.map((f) => f.actual)

it.each([
  ['That volcano of revolutionary hope has long gone cold.', 'en'],
  ['A cutting-edge blade slices the thin stalks cleanly.', 'en'],
  ['That old song has a robust, cheerful tune.', 'en'],
  ['Ce vieux poème parle d’un espoir révolutionnaire.', 'fr'],
  ['Une méthode révolutionnaire pour le moral.', 'fr'],
] as const)('leaves an outsideCopy entry alone in a block with no evidence of copy: %s', (text, language) => {
  expect(flagged(text, language)).toEqual([])
})

it.each([
  // Only the broad vocabulary: no "we", "you", "customers", « clients », no call, no "!".
  ['Subscribers get a cutting-edge reader on every device.', 'en', 'cutting-edge'],
  ['Les détaillants y trouvent une méthode révolutionnaire.', 'fr', 'révolutionnaire'],
  // A verb of trade (WordNet's under sell, buy and hire, with its forms).
  ['They sell a cutting-edge blade for thin stalks.', 'en', 'cutting-edge'],
  // Other weak evidence of copy: a product's name in camel case, a price's currency, a verb of
  // « vous » inside the sentence.
  ['QuickNote is a revolutionary way to keep notes.', 'en', 'revolutionary'],
  ['À 2,99 € par mois, une méthode révolutionnaire.', 'fr', 'révolutionnaire'],
  ['Pour une méthode révolutionnaire, réservez au 04 73 55 02 18.', 'fr', 'révolutionnaire'],
  // The writer in a contraction: its tokens are "we'" and "re".
  ["We're sure it is a revolutionary hope.", 'en', 'revolutionary'],
] as const)('keeps it with evidence of copy: %s', (text, language, word) => {
  expect(flagged(text, language)).toContain(word)
})

it('reads another finding of copy’s families in the block as evidence of copy (corporate-speak comes in clusters)', () => {
  // Without the buzzword and the anglicism, each sentence is left alone (above and here).
  expect(flagged('A cutting-edge blade with sturdy handles.', 'en')).toEqual([])
  expect(flagged('A cutting-edge blade with best-of-breed handles.', 'en')).toEqual(['cutting-edge', 'best-of-breed'])
  expect(flagged('Une méthode révolutionnaire pour booster le moral.', 'fr')).toEqual(['révolutionnaire', 'booster'])
  // Not a finding whose entry names plain fields itself ("disruptive" is electricity's too), nor one of
  // the families textbooks and novels write as well (vague sources, clichés).
  expect(flagged('A cutting-edge blade and a revolutionary hope.', 'en')).toEqual([])
  expect(flagged('Un espoir révolutionnaire et une lame disruptive.', 'fr')).toEqual(['disruptive'])
  expect(flagged('Some say that old song has a robust, cheerful tune.', 'en')).toEqual(['Some say'])
  expect(flagged('At the end of the day that old song has a robust tune.', 'en')).toEqual(['At the end of the day'])
  expect(flagged('Certains disent que ce vieux poème parle d’un espoir révolutionnaire.', 'fr')).toEqual(['Certains disent'])
})

it('reads a possessive of a word of copy as that word, and no formula or Scottish name as a product', () => {
  expect(flagged("Each customer's dog is robust and cheerful.", 'en')).toContain('robust')
  expect(flagged('In NaCl the two ions form a robust lattice.', 'en')).toEqual([])
  expect(flagged('MacArthur called it a revolutionary hope.', 'en')).toEqual([])
})

it('keeps the expository check alone for entries without outsideCopy, in both languages', () => {
  // No evidence of copy and none of expository prose: flagged, as on main (sentences of business
  // copy often name no trade: "Then she facilitated the talks").
  expect(flagged('Then she facilitated the talks.', 'en')).toEqual(['facilitated'])
  expect(flagged('Together the two sounds give a rare synergy.', 'en')).toEqual(['synergy'])
  expect(flagged('Le meeting de lundi est déplacé.', 'fr')).toEqual(['meeting'])
  expect(flagged('Les deux sons ensemble ont une synergie étrange.', 'fr')).toEqual(['synergie'])
})

it('keeps the expository check where the broad vocabulary stands: a narrated sentence is still left alone', () => {
  // "traders" is copy's vocabulary and the history's: the past tense after its subject decides.
  expect(flagged('In the port, traders hoped the revolutionary council would lower the duties.', 'en')).toEqual([])
})

it('reads the broad vocabulary as folded single words, English mostly from WordNet, nouns and verbs', () => {
  const english = defaultRuleData.registers?.en?.['copy-vocabulary'] ?? []
  const french = defaultRuleData.registers?.fr?.['copy-vocabulary'] ?? []
  expect(english.length).toBeGreaterThan(700)
  expect(english).toEqual(expect.arrayContaining(['wholesalers', 'salesperson', 'subscribers', 'sold', 'upselling', 'hired']))
  expect(french).toEqual(expect.arrayContaining(['fournisseurs', 'detaillants']))
  // A field word is evidence of the plain sense, never of copy; nor is a rule's phrase its own evidence.
  expect(english).not.toContain('fulcrum')
  expect(english).not.toContain('leverage')
})
