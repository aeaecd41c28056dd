// A small table of the words read last, each in the slot its hash names (direct-mapped: a new word
// takes its slot's place). It sits before a large Map that prose keeps hitting: at 4,096 slots it
// stays in the processor's cache where the Map's 50,000 entries do not (a lookup in the phrase
// matcher's Map cost ~1 µs inside a lint against ~60 ns in a loop alone), and prose's frequent
// words keep their slots.

const SLOTS_LOG2 = 12
const MASK = (1 << SLOTS_LOG2) - 1

export class RecentTable<V> {
  private readonly keys: Array<string | undefined> = new Array(MASK + 1).fill(undefined)
  private readonly values: Array<V | undefined> = new Array(MASK + 1).fill(undefined)

  /** The value kept for `key`, whose hash is `hash`, or undefined. */
  get(key: string, hash: number): V | undefined {
    const slot = hash & MASK
    return this.keys[slot] === key ? this.values[slot] : undefined
  }

  set(key: string, hash: number, value: V): void {
    const slot = hash & MASK
    this.keys[slot] = key
    this.values[slot] = value
  }

  clear(): void {
    this.keys.fill(undefined)
    this.values.fill(undefined)
  }
}
