// Fingerprints survive edits elsewhere in the file and change when the flagged words or the
// words right beside them change.
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { fingerprintOf } from '../../src/front-end-helpers/index.js'

const fingerprints = (text: string) => lint(text, { language: 'en' }).findings.map((f) => `${f.ruleId}:${f.actual}:${fingerprintOf(text, f)}`)
const PARAGRAPH = 'We leverage our partners to reach customers who never heard of us before.'

describe('fingerprintOf', () => {
  it('does not depend on where the finding is', () => {
    const before = fingerprints(`# Shop\n\n${PARAGRAPH}\n`)
    expect(before.length).toBeGreaterThan(0)
    const moved = fingerprints(`# Shop\n\nA new first paragraph about opening hours.\n\nAnother one, with a list:\n\n- bikes\n- tools\n\n${PARAGRAPH}\n`)
    expect(moved).toEqual(before)
  })

  it('ignores re-wrapping, case of the context and CRLF line ends', () => {
    const one = fingerprints(`${PARAGRAPH}\n`)
    expect(fingerprints(`We leverage our partners\nto reach customers who never heard of us before.\n`)).toEqual(one)
    expect(fingerprints(`We leverage our partners\r\nto reach customers who never heard of us before.\r\n`)).toEqual(one)
  })

  it('changes when the words beside the finding change', () => {
    const [one] = fingerprints(`${PARAGRAPH}\n`)
    const [other] = fingerprints('Today we leverage friends to reach customers who never heard of us before.\n')
    expect(one.split(':').slice(0, 2)).toEqual(other.split(':').slice(0, 2))
    expect(other).not.toEqual(one)
  })

  it('tells two identical phrases apart by their context, and stops at the paragraph', () => {
    const text = 'We leverage partners in Lyon.\n\nWe leverage partners in Paris.\n'
    const [a, b] = lint(text, { language: 'en' }).findings.filter((f) => f.actual === 'leverage')
    expect(fingerprintOf(text, a)).not.toEqual(fingerprintOf(text, b))
    // The second paragraph's fingerprint does not see the first one.
    const alone = 'We leverage partners in Paris.\n'
    const [c] = lint(alone, { language: 'en' }).findings.filter((f) => f.actual === 'leverage')
    expect(fingerprintOf(alone, c)).toEqual(fingerprintOf(text, b))
  })

  it('is a fixed-length hex string', () => {
    const text = `${PARAGRAPH}\n`
    const [f] = lint(text, { language: 'en' }).findings
    expect(fingerprintOf(text, f)).toMatch(/^[0-9a-f]{28}$/)
  })
})
