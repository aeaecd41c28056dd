// Property tests: generated documents mixing Markdown syntax, French and English copy, combining
// accents, emoji, zero-width and right-to-left characters, and CRLF line ends.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, type Finding } from '../../src/engine/index.js'
import { document } from './generated-documents.js'

const RUNS = Number(process.env.CLUETRAIN_PROPERTY_RUNS ?? 10_000)

function applyPreferredFixes(text: string, findings: readonly Finding[]): { text: string; fixed: Array<{ at: number; length: number; finding: Finding }> } {
  let out = ''
  let last = 0
  const fixed: Array<{ at: number; length: number; finding: Finding }> = []
  for (const f of [...findings].sort((a, b) => a.offset - b.offset)) {
    if (!f.expected.length || f.offset < last) continue
    out += text.slice(last, f.offset)
    fixed.push({ at: out.length, length: f.expected[0].length, finding: f })
    out += f.expected[0]
    last = f.endOffset
  }
  return { text: out + text.slice(last), fixed }
}

describe(`the engine on ${RUNS.toLocaleString('en')} generated documents`, () => {
  it('never throws, keeps every range inside the text with slice === actual, and is deterministic', () => {
    fc.assert(
      fc.property(document, ({ text, format }) => {
        const first = lint(text, { format })
        for (const f of first.findings) {
          expect(f.offset).toBeGreaterThanOrEqual(0)
          expect(f.endOffset).toBeLessThanOrEqual(text.length)
          expect(f.offset).toBeLessThan(f.endOffset)
          expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
        }
        expect(lint(text, { format })).toEqual(first)
      }),
      { numRuns: RUNS },
    )
  }, 600_000)

  it('applying every preferred fix removes those findings and changes nothing outside them', () => {
    fc.assert(
      fc.property(document, ({ text, format }) => {
        const { findings } = lint(text, { format })
        const { text: fixedText, fixed } = applyPreferredFixes(text, findings)
        // Outside the replaced ranges, the text is the same, in order.
        let rebuilt = ''
        let last = 0
        for (const { at, length, finding } of fixed) {
          rebuilt += fixedText.slice(last, at) + finding.actual
          last = at + length
        }
        expect(rebuilt + fixedText.slice(last)).toBe(text)
        const after = lint(fixedText, { format }).findings
        for (const { at, length, finding } of fixed) {
          const same = after.find((f) => f.ruleId === finding.ruleId && f.offset < at + length && f.endOffset > at && f.actual === finding.actual)
          expect(same, `“${finding.actual}” → “${finding.expected[0]}” still flagged by ${finding.ruleId}`).toBeUndefined()
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    )
  }, 600_000)
})
