// What the fixes read for a document that repeats its sentences (issue #15, the cost target):
// copy repeats itself, so a sentence as written is split into words and its flagged words read
// once, whichever paragraph it stands in. Counted (src/engine/work.ts), never timed.
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadAllMorphology } from '../../src/engine/index.js'
import { work } from '../../src/engine/work.js'

const counted = (name: keyof typeof work, run: () => void) => {
  const before = work[name]
  run()
  return work[name] - before
}

describe('the fixes on a document that repeats a sentence', () => {
  beforeAll(loadAllMorphology)

  for (const [language, sentence] of [
    ['en', 'We leverage our best-in-class platform to unlock synergies across the value chain.'],
    ['fr', 'Nous capitalisons sur nos synergies pour booster la transformation digitale de nos clients.'],
  ] as const) {
    it(`reads a repeated sentence's words once, however many paragraphs repeat it (${language})`, () => {
      // Each paragraph its own block, with a sentence no other paragraph has before the repeated one.
      const read = (copies: number) => {
        const text = Array.from({ length: copies }, (_, k) => `Paragraph ${k} starts here. ${sentence}`).join('\n\n')
        let fixes = 0
        const sentences = counted('sentencesRead', () => {
          fixes = lint(text, { language, format: 'markdown' }).findings.filter((f) => f.fix).length
        })
        expect(fixes).toBeGreaterThanOrEqual(copies)
        return sentences
      }
      // The sentence, and the few its fixes make when each is re-linted (standing-fixes.ts): read by
      // the first lint, not again by the second. It was read once per paragraph (50, then 200).
      expect(read(50)).toBeLessThanOrEqual(6)
      expect(read(200)).toBe(0)
    })
  }
})
