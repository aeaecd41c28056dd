// Lists written inline (store listings: "Features: ★ a ★ b ★ c", or emoji before each item): each
// item is a sentence to the long-sentence and readability rules (src/engine/kinds/list-items.ts).
// Sentences written for this test; session 33 found the class on the development copy.
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadAllMorphology } from '../../src/engine/index.js'

const ids = (text: string, rule: string) => lint(text, { format: 'markdown', language: 'en' }).findings.filter((f) => f.ruleId === rule)
const item = (n: number, words: string) => Array.from({ length: n }, () => words).join(' ')

beforeAll(async () => {
  await loadAllMorphology()
})

describe('long sentences in a list written inline', () => {
  const stars = `Features: ★ ${item(4, 'share your notes with friends')} ★ ${item(3, 'sort the cards by tag')} ★ ${item(3, 'back up every deck at night')}`
  it('are not one sentence when each item is short', () => {
    expect(stars.split(/\s+/).length).toBeGreaterThan(45)
    expect(ids(stars, 'long-sentences')).toEqual([])
  })

  it('split at emoji before the items too', () => {
    const emoji = `📝 ${item(4, 'write notes in plain text')} 🌲 ${item(4, 'work offline on any phone')} 👌 ${item(3, 'open files from other apps')}`
    expect(ids(emoji, 'long-sentences')).toEqual([])
  })

  it('still flag an item that is itself over the max, on that item only', () => {
    const long = item(9, 'we review every single part of it')
    const found = ids(`Features: ★ sync notes ★ ${long} ★ tags`, 'long-sentences')
    expect(found).toHaveLength(1)
    expect(found[0].actual).toContain(long)
    expect(found[0].actual).not.toContain('sync notes')
  })

  it('leave a long sentence with no item mark, or one ending in ™ or ©, flagged', () => {
    const sentence = `${item(9, 'the report was reviewed by our staff')} before it went out.`
    expect(ids(sentence, 'long-sentences')).toHaveLength(1)
    expect(ids(`${item(6, 'the report was reviewed by Acme™ staff')} before it went out.`, 'long-sentences')).toHaveLength(1)
  })
})

describe('readability of a list written inline', () => {
  // 16 items of six short words (about 1.5 syllables each): read as one sentence of 96 words,
  // Flesch gives about 206.8 - 97.4 - 127 < 30; as 16 sentences of six words, about 74.
  const items = Array.from({ length: 16 }, () => 'sync your notes between every phone')
  it('counts each item as a sentence', () => {
    expect(ids(items.join(' '), 'readability')).toHaveLength(1)
    expect(ids(items.map((i) => `• ${i}`).join(' '), 'readability')).toEqual([])
  })
})
