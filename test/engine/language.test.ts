import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { testRules } from '../fixtures/rule-set.js'

const run = (text: string, options = {}) => lint(text, { ruleData: testRules, ...options })
const summary = (text: string, options = {}) => run(text, options).findings.map((f) => `${f.language} ${f.ruleId} ${f.actual}`)

const english = 'We leverage our partners to reach customers who never heard of us before, and we listen to them.'
const french = 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent chez nous.'

describe('language per paragraph', () => {
  it('checks each paragraph of a mixed document with its own language’s rules', () => {
    expect(summary(`${english}\n\n${french}`)).toEqual(['en buzz leverage', 'fr anglicisms booster'])
  })

  it('gives short paragraphs the language of the document', () => {
    const result = run(`${french}\n\nBooster !\n\n${french}`)
    expect(result.language).toBe('fr')
    expect(result.findings.map((f) => f.actual)).toEqual(['booster', 'Booster', 'booster'])
  })

  it('keeps a short block whose function words are clearly of the other language', () => {
    expect(summary(`We leverage the best of the web\n\n${french}\n\n${french}`)[0]).toBe('en buzz leverage')
  })

  // franc alone reads these as French: corporate English is Latin vocabulary.
  it('reads short corporate English as English, beside French or on its own', () => {
    expect(summary(`Nous allons booster la croissance de nos ventes en France.\n\nWe leverage synergies across our business units.`)).toEqual(['fr anglicisms booster', 'en buzz leverage', 'en buzz synergies'])
    const repeated = run('We leverage partners.\n\n'.repeat(3))
    expect(repeated.language).toBe('en')
    expect(repeated.findings.map((f) => f.language)).toEqual(['en', 'en', 'en'])
  })

  it('obeys the language option', () => {
    expect(summary(english, { language: 'fr' })).toEqual([])
    expect(summary(french, { language: 'en' })).toEqual([])
  })

  it('obeys the language directive from where it stands', () => {
    const text = `${english}\n\n<!-- cluetrain-language fr -->\n\nBooster leverage.\n\n<!-- cluetrain-language auto -->\n\n${english}`
    expect(summary(text)).toEqual(['en buzz leverage', 'fr anglicisms Booster', 'en buzz leverage'])
  })
})
