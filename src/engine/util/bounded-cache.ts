// The engine's memo tables (a word's folded parts, its syllables, where it leads in a phrase trie,
// a finding's draft) all answer the same need: prose repeats its words, so each answer is worked
// out once, and a long audit must not grow the table forever. When the table is full it is
// emptied: refilling it costs one miss per word still in use, where keeping recency (an LRU) would
// cost bookkeeping on every hit, and hits are nearly every call.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size
  }

  get(key: K): V | undefined {
    return this.entries.get(key)
  }

  /** Keeps `value`, emptying the table first when it holds `limit` entries. */
  set(key: K, value: V): void {
    if (this.entries.size >= this.limit && !this.entries.has(key)) this.entries.clear()
    this.entries.set(key, value)
  }

  clear(): void {
    this.entries.clear()
  }
}
