// A Bloom filter over the words a phrase matcher knows at its root: where a word is surely not
// one of them, the matcher skips its table of first steps. That table is a Map of up to 50,000
// words, and its lookups were the largest self time of the checks (BoundedCache.get, 50–95 ms
// sampled of an unseen 1 MB lint; ~800 ns a lookup timed inside the lint against ~60 ns in a
// loop alone: the table's memory is out of cache by the next word). 41% of those lookups are
// words the filter rules out (22,229 of 54,316 on readme-1m; 319,370 of 796,097 on the 2,000
// README files). The filter is 16 KB and read with a hash of the word's UTF-16 units.

/** 2^17 bits: with the ~21,000 French keys, about 4% of unknown words pass; English ~1%. */
const BITS_LOG2 = 17
const MASK = (1 << BITS_LOG2) - 1

/** FNV-1a over UTF-16 units, 32 bits: what `mayHold` is asked with. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  return h
}

/** A second index from the same hash (Kirsch–Mitzenmacher: two hashes are as good as k). */
function secondIndex(h: number): number {
  return (Math.imul(h, 0x9e3779b1) >>> 15) & MASK
}

export class KeyFilter {
  private readonly bits = new Uint32Array((MASK + 1) >>> 5)

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const h = keyHash(key)
      this.set(h & MASK)
      this.set(secondIndex(h))
    }
  }

  /** False: the key whose `keyHash` is `h` is surely none of the keys; true: it may be one. */
  mayHold(h: number): boolean {
    return this.has(h & MASK) && this.has(secondIndex(h))
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] |= 1 << (bit & 31)
  }

  private has(bit: number): boolean {
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0
  }
}
