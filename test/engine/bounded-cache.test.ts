// The engine's memo tables stay bounded however many distinct words a long audit brings.
import { describe, expect, it } from 'vitest'
import { BoundedCache } from '../../src/engine/util/bounded-cache.js'

describe('BoundedCache', () => {
  it('never holds more than its limit, and keeps what it was given until it is emptied', () => {
    const cache = new BoundedCache<string, number>(3)
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i)
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.size]).toEqual([0, 1, 2, 3])
    // A key already there is replaced in place: the table is not emptied for it.
    cache.set('b', 10)
    expect([cache.get('a'), cache.get('b'), cache.size]).toEqual([0, 10, 3])
    cache.set('d', 3)
    expect([cache.get('a'), cache.get('d'), cache.size]).toEqual([undefined, 3, 1])
  })
})
