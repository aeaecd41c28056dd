import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { contextRules } from '../fixtures/rule-set.js'
import { actuals } from '../helpers.js'

const en = { language: 'en' } as const
const only = (ids: string[]) => ({ rules: Object.fromEntries(['buzz', 'brag', 'shout', 'claims', 'passive', 'nominal', 'intensifiers', 'self-focus', 'long', 'hard'].filter((r) => !ids.includes(r)).map((r) => [r, 'off' as const])) })
const run = (text: string, ids: string[], extra = {}) => lint(text, { ruleData: contextRules, ...en, config: { ...only(ids), ...extra } }).findings

describe('unless: context that cancels a finding', () => {
  it('a claim is cancelled by a figure, a source or a link in its sentence or the next', () => {
    expect(run('It dramatically improves speed.', ['claims']).map((f) => f.actual)).toEqual(['dramatically improves'])
    expect(run('It dramatically improves speed. Load times fell by 40%.', ['claims'])).toEqual([])
    expect(run('According to the audit, it significantly reduces waste.', ['claims'])).toEqual([])
    expect(run('It significantly reduces waste ([report](https://x.io/r)).', ['claims'])).toEqual([])
    expect(run('It dramatically improves speed. Nice. Sold 40 units.', ['claims']).length).toBe(1)
  })

  it('a passive is cancelled by its agent after it, not before', () => {
    expect(run('Mistakes were made.', ['passive']).length).toBe(1)
    expect(run('Mistakes were made by the billing team.', ['passive'])).toEqual([])
    expect(run('Run by us, errors have been made.', ['passive']).length).toBe(1)
  })
})

describe('suffix patterns', () => {
  it('match any word with that ending, accents ignored', () => {
    expect(run('We need the implementation of the optimisation of costs.', ['nominal']).map((f) => f.actual)).toEqual(['the implementation of the optimisation of'])
    expect(run('the nation of the station of', ['nominal']).length).toBe(1)
    expect(run('the tion of the tion of', ['nominal'])).toEqual([])
  })
})

describe('measures over text', () => {
  it('density: flags intensifiers only where they pile up, quoting the count', () => {
    const dense = 'It is truly good, really fast and incredibly cheap, and truly simple to use for anyone here.'
    const findings = run(dense, ['intensifiers'])
    expect(findings.map((f) => f.actual)).toEqual(['truly', 'really', 'incredibly', 'truly'])
    expect(findings[0].message).toMatch(/^“truly”: 4 of these in 17 words/)
    expect(run('It is truly good and fast, and simple to use for anyone who needs a tool for the job at hand today.', ['intensifiers'])).toEqual([])
  })

  it('ratio: a section about “we” and never “you” gets one finding on its first “we”', () => {
    const text = '# About\n\nWe build tools. Our team ships. We listen. Our plans grow.\n\n# You\n\nYou ask, we answer, you decide.'
    const findings = run(text, ['self-focus'])
    expect(findings.map((f) => [f.line, f.actual, f.message.split(' (')[0]])).toEqual([[3, 'We', 'we/our 4 times, you/your 0']])
  })

  it('ratio: a “we” in the heading counts, but the finding goes on the prose', () => {
    const findings = run('# Our story\n\nWe build tools. Our team ships. We listen.', ['self-focus'])
    expect(findings.map((f) => [f.line, f.actual])).toEqual([[3, 'We']])
  })

  it('sentence length: the whole sentence, with its word count', () => {
    const findings = run('Short one. This sentence goes on and on with far too many words to follow it well.', ['long'])
    expect(findings.map((f) => f.actual)).toEqual(['This sentence goes on and on with far too many words to follow it well.'])
    expect(findings[0].message.startsWith('15 words, more than 12')).toBe(true)
  })

  it('readability: a paragraph that reads hard, not a plain one', () => {
    const hard =
      'Organisational transformation necessitates comprehensive institutionalisation of interdepartmental communication methodologies, notwithstanding considerable implementation complexities. Consequently, stakeholder alignment necessitates systematic prioritisation of organisational capabilities.'
    expect(run(hard, ['hard'])[0].message).toMatch(/^reading ease -?\d+/)
    expect(run('We fix bikes. You bring yours. We tell you what it needs and what it costs. Then you decide. It is that simple.', ['hard'])).toEqual([])
  })
})

describe('context against false alarms', () => {
  it('a phrase inside a longer capitalised name is not flagged; in a heading it is', () => {
    expect(actuals('We work with Best In Class Logistics Ltd every day.', en)).toEqual([])
    expect(actuals('Best in class support.', en)).toEqual(['Best in class'])
    expect(actuals('# Our Best In Class Team\n', en)).toEqual(['Best In Class'])
  })

  it('quotations and block quotes are lowered to info, or skipped, or kept', () => {
    const text = 'They said “we leverage it”.\n\n> Leverage, said the CEO.\n\nWe leverage it.'
    const severities = (quotes?: 'lower' | 'skip' | 'keep') => run(text, ['buzz'], quotes ? { quotes } : {}).map((f) => f.severity)
    expect(severities()).toEqual(['info', 'info', 'warning'])
    expect(severities('skip')).toEqual(['warning'])
    expect(severities('keep')).toEqual(['warning', 'warning', 'warning'])
  })
})

describe('entry context words', () => {
  it('cancel only their entry: the physical sense of “leverage”', async () => {
    const { testRules } = await import('../fixtures/rule-set.js')
    const rules = structuredClone(testRules)
    rules.rules[0].entries![0].unless = { words: ['crowbar'] }
    const found = (t: string) => lint(t, { ruleData: rules, language: 'en' }).findings.map((f) => f.actual)
    expect(found('Use the crowbar to leverage the lid.')).toEqual([])
    expect(found('Use the crowbar to leverage our synergy.')).toEqual(['synergy'])
    expect(found('We leverage it.')).toEqual(['leverage'])
  })
})
