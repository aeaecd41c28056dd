// The French op-eds in ../shared/corpus/fr are real copy of the kind our users review. They are a
// development corpus, not an oracle: this checks that they are read as French, that ranges are
// exact, and that their corporate-speak is found at all (what is found is read by people).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from '../src/engine/index.js'

const dir = new URL('../../shared/corpus/fr/', import.meta.url)
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : []

describe.skipIf(!files.length)('French corpus (../shared/corpus/fr)', () => {
  it.each(files)('%s is French, flagged, with exact ranges', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8')
    const { language, findings } = lint(text, { format: 'text' })
    expect(language).toBe('fr')
    expect(findings.length).toBeGreaterThanOrEqual(5)
    for (const f of findings) {
      expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
      expect(f.language).toBe('fr')
    }
  })
})
