// Real French copy, of the kind our users review, that is part of the repository: the development
// half of the real-copy corpus (test/corpus/real/fr/dev: store listings, mission pages and READMEs
// published by others under open licences, see test/corpus/real/SOURCES-fr.md) and the labelled
// French corpus. Not an oracle (npm run eval measures precision and recall): this checks that the
// copy is read as French, as Markdown and as plain text, that every range is exact, and that the
// corporate-speak a person marked is found at all. The held-out half (real/fr/test) is not read.
import { describe, expect, it } from 'vitest'
import { lint } from '../src/engine/index.js'
import { corpusFiles } from './corpus-files.js'

const real = corpusFiles('real/fr/dev')
const labelled = corpusFiles('labelled/fr')

describe('real French copy', () => {
  it('is all there', () => {
    expect(real.length).toBeGreaterThanOrEqual(15)
    expect(labelled.length).toBeGreaterThanOrEqual(14)
  })

  it.each([...real, ...labelled].map((doc) => [doc.name, doc] as const))('%s is French, with exact ranges, as Markdown and as plain text', (_, { text }) => {
    for (const format of ['markdown', 'text'] as const) {
      const { language, findings } = lint(text, { format })
      expect(language).toBe('fr')
      for (const f of findings) {
        expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
        expect(f.language).toBe('fr')
      }
    }
  })

  // Each labelled document with ten marks or more is dense corporate copy (the lowest has 18): at
  // least five of its marked passages are flagged, as Markdown and as plain text.
  it.each(labelled.filter((doc) => doc.marks.length >= 10).map((doc) => [doc.name, doc] as const))('%s: its corporate-speak is found', (_, { text, marks }) => {
    for (const format of ['markdown', 'text'] as const) {
      const { findings } = lint(text, { format })
      const found = marks.filter((m) => findings.some((f) => f.offset < m.end && f.endOffset > m.start))
      expect(found.length).toBeGreaterThanOrEqual(5)
    }
  })
})
