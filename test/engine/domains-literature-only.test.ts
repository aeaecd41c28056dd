// The rules whose words have plain senses name the literature domain alone (rule-level `unless`):
// their findings read its dozen archaic words with a vocabulary of that domain only, so a one-line
// file of such findings does not build the other fields' tables (3,021 English words: ~24 ms of a
// one-line run's CPU, session 27). Counted through the vocabulary's own flag, never timed.
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/generated/rules.js'
import { lint, loadMorphology } from '../../src/engine/index.js'
import { domainVocabulary } from '../../src/engine/match/domains.js'
import { tokenizeText } from '../../src/engine/text/tokens.js'

beforeAll(async () => {
  await loadMorphology('en')
})

const english = () => domainVocabulary(defaultRuleData.domains?.en, 'en')!

it('a finding of a rule that names literature alone compiles no other field', () => {
  const rules = lint('Our game-changing sofa ships next week.', { language: 'en' }).findings.map((f) => f.ruleId)
  expect(rules).toContain('hype')
  expect(english().only('literature').isCompiled).toBe(true)
  expect(english().isCompiled).toBe(false)
})

it('literature’s own vocabulary finds what the whole one finds of it', () => {
  const text = 'Thou art a matchless friend, quoth he, and thy horse hath a game-changing stride o’er the moor.'
  const { tokens } = tokenizeText(text, 0, text.length, true)
  const whole = english().hits(tokens, 0, tokens.length - 1).filter((hit) => hit.domain === 'literature')
  expect(whole.length).toBeGreaterThan(3)
  expect(english().only('literature').hits(tokens, 0, tokens.length - 1)).toEqual(whole)
})
