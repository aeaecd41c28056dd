// The examples and phrases (test/rule-examples.ts) of the rules whose patterns have a
// part-of-speech slot (`@decision-verbs<participle>`, `<adj>?`), with the morphology data loaded
// as every front end loads it: without it a class slot admits no word.
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData, loadAllMorphology } from '../src/engine/index.js'
import { describeRules, needsWordLists, usesWordClasses } from './rule-examples.js'

// Reading the data takes seconds on a loaded 2-core machine.
beforeAll(async () => {
  await loadAllMorphology()
}, 120_000)

const rules = defaultRuleData.rules.filter((rule) => usesWordClasses(rule) && !needsWordLists(rule))

it('has rules with part-of-speech slots in both languages', () => {
  expect(new Set(rules.map((r) => r.language))).toEqual(new Set(['en', 'fr']))
})

describeRules(rules)
