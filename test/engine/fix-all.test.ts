// Fix-all (issue #15): only `fix`es, never two that overlap or touch the same word, and a fix whose
// replacement would be flagged in the fixed text is taken back.
import { beforeAll, describe, expect, it } from 'vitest'
import { chooseFixes, fixAll, lint, loadAllMorphology, type Finding, type Fix } from '../../src/engine/index.js'

const finding = (fix?: Fix): Finding => ({ fix } as Finding)

describe('chooseFixes', () => {
  it('keeps fixes in order, and skips one that overlaps or touches a fix kept', () => {
    const a = { offset: 0, endOffset: 5, text: 'A' }
    const touching = { offset: 5, endOffset: 8, text: 'B' }
    const overlapping = { offset: 3, endOffset: 9, text: 'C' }
    const apart = { offset: 9, endOffset: 12, text: 'D' }
    expect(chooseFixes([finding(apart), finding(touching), finding(), finding(overlapping), finding(a)])).toEqual([a, apart])
  })
})

describe('chooseFixes with the text', () => {
  it('never applies together two fixes in one sentence, near or far', () => {
    const text = 'Une offre disruptive ici, et bien plus loin dans la même phrase une autre offre. Puis une autre offre.'
    const a = { offset: 5, endOffset: 10, text: 'X' }
    const near = { offset: 11, endOffset: 20, text: 'Y' }
    const far = text.indexOf('offre.')
    const farFix = { offset: far, endOffset: far + 5, text: 'W' }
    const next = text.lastIndexOf('offre')
    const nextSentence = { offset: next, endOffset: next + 5, text: 'Z' }
    const all = [a, near, farFix, nextSentence].map(finding)
    expect(chooseFixes(all, text)).toEqual([a, nextSentence])
    expect(chooseFixes(all)).toEqual([a, near, farFix, nextSentence])
  })
})

describe('fixAll', () => {
  beforeAll(() => loadAllMorphology())

  it('applies the fixes of a text, and nothing is flagged where they stand', () => {
    const text = 'We leveraged our data. She leverages the results.'
    const { text: fixed, fixes } = fixAll(text, lint(text, { language: 'en' }).findings, (t) => lint(t, { language: 'en' }).findings)
    expect(fixes).toHaveLength(2)
    expect(fixed).toBe('We used our data. She uses the results.')
  })

  it('applies only one of two fixes that agree with each other', () => {
    const text = 'Nous voulons une expérience client disruptive.'
    const relint = (t: string) => lint(t, { language: 'fr' }).findings
    const once = fixAll(text, relint(text), relint)
    expect(once.fixes).toHaveLength(1)
    // Both at once wrote "un service nouvelle": the adjective agreed with the noun the other fix replaced.
    expect(once.text).not.toMatch(/service nouvelle/)
  })

  it('takes back a fix whose replacement the re-lint flags', () => {
    const text = 'We leveraged our data.'
    const { findings } = lint(text, { language: 'en' })
    // A re-lint that flags the replacement: the fix must not be applied.
    const flagsIt = (t: string) => [{ ruleId: 'x', actual: 'used', offset: t.indexOf('used'), endOffset: t.indexOf('used') + 4 } as Finding]
    expect(fixAll(text, findings, flagsIt)).toEqual({ text, fixes: [] })
  })
})
