// The fix test set (en.yaml, fr.yaml) stays well formed as rules and cases change: every case names
// a rule entry with suggestions, its flagged span is in its text, and each accepted sentence changes
// only that span and its neighbours, with one of the entry's suggestions.
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ESM script without types
import { checkCases, readCases, readHeldout, ruleEntries, shortfalls, summary } from './check.mjs'

const base = {
  id: 'en-001', text: 'We streamlined the checkout last spring.', flagged: 'streamlined', rule: 'buzzwords',
  lemma: 'streamline', category: 'verb-ed', source: 'written', accept: ['We simplified the checkout last spring.'],
}

describe.each(['en', 'fr'])('fix test set (%s)', (lang) => {
  const cases = readCases(lang)
  it('has no malformed case', () => {
    expect(checkCases(lang, cases, ruleEntries(lang))).toEqual([])
  })
  it('meets the minimums of issue #15', () => {
    expect(shortfalls(summary(lang, cases))).toEqual([])
  })
})

describe.each(['en', 'fr'])('held-out literal senses (%s)', (lang) => {
  it('has no malformed case', () => {
    expect(checkCases(lang, readHeldout(lang), ruleEntries(lang), { heldout: true })).toEqual([])
  })
})

describe('the checker of the held-out set', () => {
  const rules = ruleEntries('en')
  const heldout = {
    id: 'en-heldout-001', text: 'The debt that a firm uses is often referred to as financial leverage.', flagged: null,
    rule: 'buzzwords', category: 'literal-sense', source: 'https://example.org/finance (CC BY 4.0)',
  }
  const problems = (changes: object) => checkCases('en', [{ ...heldout, ...changes }], rules, { heldout: true })

  it('accepts a good case, with the address read', () => expect(problems({ read_at: 'http://mirror.example/finance' })).toEqual([]))
  it('reports an id of the main set', () => {
    expect(problems({ id: 'en-literal-001' })).toEqual([expect.stringMatching(/LANG-heldout-NNN/)])
  })
  it('reports a case that is not a literal sense', () => {
    expect(problems({ category: 'verb-ed', flagged: 'leverage' })).toEqual(expect.arrayContaining([expect.stringMatching(/held-out case is a literal-sense case/)]))
  })
  it('reports a flagged span', () => {
    expect(problems({ flagged: 'leverage' })).toEqual([expect.stringMatching(/flagged: null/)])
  })
  it('reports a source without its licence', () => {
    expect(problems({ source: 'https://example.org/finance' })).toEqual([expect.stringMatching(/source must be/)])
  })
})

describe('the checker', () => {
  const rules = ruleEntries('en')
  const problems = (changes: object) => checkCases('en', [{ ...base, ...changes }], rules)

  it('accepts a good case', () => expect(problems({})).toEqual([]))
  it('reports a flagged span missing from the text', () => {
    expect(problems({ flagged: 'streamlines' })).toEqual([expect.stringMatching(/flagged "streamlines" is not in the text/)])
  })
  it('reports a lemma that no entry with suggestions has', () => {
    expect(problems({ lemma: 'streamlining thing' })).toEqual([expect.stringMatching(/no phrase of an entry/)])
  })
  it('reports an accepted sentence that rewrites the rest of the sentence', () => {
    expect(problems({ text: 'We streamlined the checkout for all of our shoppers in the spring of last year.', accept: ['We simplified the checkout for all of our shoppers in the autumn of last year.'] }))
      .toEqual([expect.stringMatching(/outside the flagged span/)])
  })
  it('reports an accepted sentence that uses none of the suggestions', () => {
    expect(problems({ accept: ['We redesigned the checkout last spring.'] })).toEqual([expect.stringMatching(/none of the suggestions/)])
  })
  it('reports a repeated id', () => {
    expect(checkCases('en', [base, base], rules)).toEqual([expect.stringMatching(/duplicate id/)])
  })
})
