// The register check in the present tense (issue #15, s26; src/engine/match/register.ts): a
// textbook defines, states laws and sets problems in the present, and may speak to its reader.
// - Definitions and laws are evidence of expository prose: "is proportional to", "is conserved",
//   « est égale à », an equals sign, a variable named by a capital ("puck B").
// - A problem's opener at the start of a sentence is evidence, never a call to the reader:
//   "Suppose", "Consider", « Supposons », « Calculez ».
// - "you", « vous » alone are the textbook's reader in a block with two pieces of evidence or more;
//   with less, or with any other word of copy ("our", "team", « notre », « clients »), copy.
// - The French simple past of the singular after its subject (« il oublia ») narrates.
// Sentences written for this test; no field word of the entry stands in them, so the register
// alone decides.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'

// Loading both languages' data takes seconds on a loaded machine: more than the default 10 s hook.
beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const flagged = (text: string, language: 'en' | 'fr', rule: string) => lint(text, { language }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  // Laws and definitions in the present.
  ['The drag on a body is proportional to the square of its speed, which is why a streamlined car uses less fuel.', 'en', 'buzzwords'],
  ['Momentum is conserved when the puck slides across a frictionless rink.', 'en', 'buzzwords'],
  ['When puck B is at rest, the track under it is frictionless.', 'en', 'buzzwords'],
  // An equals sign, the only evidence (read from the stream's symbols: a token test never saw it).
  ['Here F = ma, so the cart on the frictionless track keeps its speed.', 'en', 'buzzwords'],
  ['La somme des forces vives reste égale à sa valeur initiale.', 'fr', 'people-as-segments'],
  // Problems: their opener, and the reader they speak to.
  ['Consider a sled on a frictionless slope.', 'en', 'buzzwords'],
  ['Suppose you push a 3.0 kg sled across a frictionless rink.', 'en', 'buzzwords'],
  ['Supposons deux billes qui se heurtent : la somme de leurs forces vives ne change pas.', 'fr', 'people-as-segments'],
  ['Calculez les forces vives d’une bille de 2 kg : vous trouverez le double de celles d’une bille de 1 kg.', 'fr', 'people-as-segments'],
  // The French simple past of the singular after its subject narrates, as the plural already did.
  ['Il n’oublia pas de compter les forces vives des deux billes.', 'fr', 'people-as-segments'],
] as const)('leaves the plain sense alone in a textbook: %s', (text, language, rule) => {
  expect(flagged(text, language, rule)).toEqual([])
})

it.each([
  // The reader with one piece of evidence only, and the reader with words of copy.
  ['You will love our frictionless 2 kg stroller.', 'en', 'buzzwords', 'frictionless'],
  ['You will find the checkout frictionless in 2025.', 'en', 'buzzwords', 'frictionless'],
  ['Suppose your team could ship faster: the revolutionary app makes releases frictionless.', 'en', 'buzzwords', 'frictionless'],
  ['Calculate your savings with a checkout that is frictionless and equals no other.', 'en', 'buzzwords', 'frictionless'],
  ['Plan B is a revolutionary app for your team.', 'en', 'hype', 'revolutionary'],
  ['Vous allez adorer cette montre révolutionnaire de 40 mm.', 'fr', 'hype', 'révolutionnaire'],
  ['Profitez d’une offre révolutionnaire, égale à nulle autre.', 'fr', 'hype', 'révolutionnaire'],
  ['Supposons que vos clients soient pressés : nos forces vives leur répondent en une heure.', 'fr', 'people-as-segments', 'forces vives'],
  // The future in -ra is copy's promise, not narration.
  ['Elle changera votre quotidien : une montre révolutionnaire.', 'fr', 'hype', 'révolutionnaire'],
  ['Il transformera le marché grâce à une offre révolutionnaire.', 'fr', 'hype', 'révolutionnaire'],
  // A word of copy in a contraction or a possessive ("we'" + "re", "customer'" + "s" as tokens).
  ["We're proud of it: the rink was frictionless in 2019.", 'en', 'buzzwords', 'frictionless'],
  ["Every partner's rink was frictionless in 2019.", 'en', 'buzzwords', 'frictionless'],
] as const)('still flags copy: %s', (text, language, rule, word) => {
  expect(flagged(text, language, rule)).toContain(word)
})

it('places a relation symbol after words joined across an invisible character (their tokens are renumbered)', () => {
  // The property tests found it: an index kept at tokenising pointed past the joined tokens.
  const text = 'The lever\u200Bage here: a\u200Bb\u200Bc\u200Bd, and F = ma on the frictionless track.'
  expect(() => lint(text, { language: 'en' })).not.toThrow()
  expect(flagged(text, 'en', 'buzzwords')).toEqual([])
})
