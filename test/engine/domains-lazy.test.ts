// A language's field words are given their inflected forms on the first block a match that names
// fields is checked in, not when the rules compile (src/engine/match/domains.ts): 3,021 English
// words cost a one-line lint about 100 ms of a cold process that never needed them.
import { describe, expect, it, vi } from 'vitest'

const calls = vi.hoisted(() => ({ inflections: 0 }))
vi.mock('../../src/engine/match/inflect.js', async (original) => {
  const module = await original<typeof import('../../src/engine/match/inflect.js')>()
  return { ...module, inflections: (...args: Parameters<typeof module.inflections>) => (calls.inflections++, module.inflections(...args)) }
})

const { DomainVocabulary } = await import('../../src/engine/match/domains.js')

describe('DomainVocabulary', () => {
  it('builds no inflected form until a block is looked up, then each word once', () => {
    const vocabulary = new DomainVocabulary({ medicine: ['drug', 'dose', 'pharmacolog*'], sea: ['diver'] }, 'en')
    expect(vocabulary.has('medicine')).toBe(true)
    expect(calls.inflections).toBe(0)
    const tokens = [{ key: 'drugs' }, { key: 'divers' }] as never
    expect(vocabulary.hits(tokens, 0, 1).map((hit) => hit.domain)).toEqual(['medicine', 'sea'])
    expect(calls.inflections).toBe(3)
    vocabulary.hits(tokens, 0, 1)
    expect(calls.inflections).toBe(3)
  })

  it('still refuses a word it cannot use when it is made', () => {
    expect(() => new DomainVocabulary({ biology: ['cell*'] }, 'en')).toThrow(/shorter than 5 letters/)
  })
})
