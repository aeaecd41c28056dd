// A matcher snapshot's lemma table read a chunk at a time (src/engine/match/snapshot-lemmas.ts):
// whatever is asked, in whatever order, it answers what the Map it was written from answers.
import { describe, expect, it } from 'vitest'
import { LEMMA_CHUNK, lemmaChunks, SnapshotLemmas } from '../../src/engine/match/snapshot-lemmas.js'

/** A table of `count` forms, some with two lemmas, in no sorted order. */
function table(count: number): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (let i = 0; i < count; i++) {
    const form = `${String.fromCharCode(97 + ((i * 7) % 26))}${(i * 7919) % 100003}é`
    map.set(form, i % 5 ? [`l${i}`] : [`l${i}`, `m${i}`])
  }
  return map
}

/** The table written as a snapshot's body would hold it, after `prefix` characters of other body, and read back. */
function written(map: Map<string, string[]>, prefix = 'x'.repeat(37)) {
  const { chunks, index } = lemmaChunks(map, prefix.length)
  const text = `HEADER\n${prefix}${chunks}`
  let read = 0
  const lemmas = new SnapshotLemmas(index, text, 'HEADER\n'.length, (characters) => (read += characters))
  return { lemmas, chunks: index.length / 3, read: () => read, size: chunks.length }
}

describe('SnapshotLemmas', () => {
  it('answers every lookup as the table written, reading only the chunks asked for', () => {
    const source = table(5 * LEMMA_CHUNK + 17)
    const { lemmas, chunks, read, size } = written(source)
    expect(chunks).toBe(6)
    const [first, second] = [...source.keys()]
    expect(lemmas.get(first)).toEqual(source.get(first))
    expect(lemmas.has(second)).toBe(true)
    expect(read()).toBeGreaterThan(0)
    expect(read()).toBeLessThan(size / 2)
    // Forms not in the table, before the first, between two, after the last.
    for (const absent of ['', '0', 'a', 'b1', 'zzzz', 'm50é5']) expect(lemmas.get(absent), absent).toBe(source.get(absent))
    for (const [form, value] of source) expect(lemmas.get(form), form).toEqual(value)
    expect(read()).toBe(size)
    expect(new Map(lemmas)).toEqual(source)
  })

  it('keeps a form set before its chunk was read, and iterating reads every chunk', () => {
    const source = table(3 * LEMMA_CHUNK)
    const { lemmas, read, size } = written(source)
    const [form] = [...source.keys()]
    const lemma = lemmas.get(form)!
    lemmas.set('zz-added', ['added'])
    lemma.push('pushed')
    expect(lemmas.size).toBe(source.size + 1)
    expect(read()).toBe(size)
    expect(lemmas.get('zz-added')).toEqual(['added'])
    expect(lemmas.get(form)).toEqual([...source.get(form)!, 'pushed'])
    expect([...lemmas.keys()].sort()).toEqual([...source.keys(), 'zz-added'].sort())
  })

  it('an empty table reads nothing', () => {
    const { lemmas, chunks } = written(new Map())
    expect(chunks).toBe(0)
    expect(lemmas.get('a')).toBeUndefined()
    expect(lemmas.size).toBe(0)
  })
})
