// The register's word lists are rule data (rules/registers/<language>.yaml, compiled into the rule
// data's `registers`): a word added to a list in a rule set's data changes what the engine reads,
// with no word of it in the code. Sentences written for this test (as literal-register.test.ts's).
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData, lint, loadMorphology, type RuleSetData } from '../../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const TEXTBOOK = { en: 'Momentum is conserved when the puck slides across a frictionless rink.', fr: 'La somme des forces vives reste égale à sa valeur initiale.' }
const RULE = { en: 'buzzwords', fr: 'people-as-segments' }

/** The bundled data with `word` added to the language's corporate list. */
function withCorporate(language: 'en' | 'fr', word: string): RuleSetData {
  const registers = defaultRuleData.registers!
  const lists = registers[language]!
  return { ...defaultRuleData, registers: { ...registers, [language]: { ...lists, corporate: [...lists.corporate!, word] } } }
}

const flagged = (text: string, language: 'en' | 'fr', ruleData?: RuleSetData) =>
  lint(text, { language, ruleData }).findings.filter((f) => f.ruleId === RULE[language]).map((f) => f.actual.toLowerCase())

it('reads the bundled register lists: the textbook sentences are expository prose', () => {
  expect(flagged(TEXTBOOK.en, 'en')).toEqual([])
  expect(flagged(TEXTBOOK.fr, 'fr')).toEqual([])
})

it.each([
  ['en', 'momentum', 'frictionless'],
  ['fr', 'somme', 'forces vives'],
] as const)('a word added to the %s corporate list makes the textbook sentence copy', { timeout: 60_000 }, (language, word, finding) => {
  expect(flagged(TEXTBOOK[language], language, withCorporate(language, word))).toEqual([finding])
})

it('rule data without registers of its own reads the bundled ones', { timeout: 60_000 }, () => {
  const { registers: _, ...data } = defaultRuleData
  expect(flagged(TEXTBOOK.en, 'en', data)).toEqual([])
})
