// The shouting rules' examples and phrases (test/rule-examples.ts), with the word lists loaded as
// every front end loads them: without them the rules flag no capitals at all.
import { beforeAll } from 'vitest'
import { defaultRuleData, loadAllMorphology } from '../src/engine/index.js'
import { describeRules, needsWordLists } from './rule-examples.js'

beforeAll(async () => {
  await loadAllMorphology()
})

describeRules(defaultRuleData.rules.filter(needsWordLists))
