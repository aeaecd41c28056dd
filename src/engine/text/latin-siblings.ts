// The array a merge step walks, as unist-util-modify-children hands it over, without its cost. The
// parsers splice the array itself: every splice moves every element after it, so a paragraph of
// "a-b a-b …" (one merge per word) costs the square of its length. Here the walk builds the array
// it leaves behind: from the first change on, each element passed is copied once, and a change at
// or after the walk's index costs only what it removes or inserts (the steps change nothing before
// it). Moving the index back one (a step's `return index - 1`) costs one element too.
import { work } from '../work.js'

/** `target.push(...nodes)` for any number of nodes (a spread of 100,000 overflows the stack). */
export function pushAll<T>(target: T[], nodes: readonly T[]): void {
  for (let i = 0; i < nodes.length; i++) target.push(nodes[i])
  work.moved += nodes.length
}

export class Siblings<T> {
  /** Where the walk is: elements before it are passed. */
  index = 0
  /** The passed elements once something changed; before that, `input`'s own first `index`. */
  private passed: T[] | undefined
  /** Inserted elements not yet passed, the next one last. */
  private readonly inserted: T[] = []
  /** `input[read…]` follow `inserted`. */
  private read = 0

  constructor(private readonly input: T[]) {}

  get length(): number {
    return this.index + this.inserted.length + this.input.length - this.read
  }

  /** The element at `index` (undefined past either end), as `siblings[index]`. */
  at(index: number): T | undefined {
    if (index < this.index) return index < 0 ? undefined : (this.passed ?? this.input)[index]
    let ahead = index - this.index
    const inserted = this.inserted
    if (ahead < inserted.length) return inserted[inserted.length - 1 - ahead]
    ahead -= inserted.length
    return this.read + ahead < this.input.length ? this.input[this.read + ahead] : undefined
  }

  /** `splice(index, count)`, at or after the walk's index. */
  remove(index: number, count: number): void {
    const kept = this.takeUntil(index)
    for (let n = 0; n < count && this.hasNext(); n++) this.takeNext()
    this.putBack(kept)
  }

  /** `splice(index, 0, ...nodes)`, at or after the walk's index. */
  insert(index: number, nodes: readonly T[]): void {
    const kept = this.takeUntil(index)
    for (let i = nodes.length - 1; i >= 0; i--) this.inserted.push(nodes[i])
    work.moved += nodes.length
    this.putBack(kept)
  }

  /** Goes on to `target` (forward, or back after a step's `return index - 1`). */
  moveTo(target: number): void {
    while (this.index < target && this.hasNext()) this.pass()
    while (this.index > target) {
      this.index--
      if (this.passed) {
        this.inserted.push(this.passed.pop()!)
        work.moved++
      } else this.read--
    }
  }

  /** Passes elements from the index on while `test` holds (the walks' loop over what their step would leave alone). */
  passWhile(test: (node: T) => boolean): void {
    const input = this.input
    let read = this.read
    if (this.inserted.length > 0) return
    if (!this.passed) {
      while (read < input.length && test(input[read])) read++
    } else {
      const passed = this.passed
      while (read < input.length && test(input[read])) passed.push(input[read++])
      work.moved += read - this.read
    }
    this.index += read - this.read
    this.read = read
  }

  /** Passes the element at the index. */
  pass(): void {
    if (this.passed) {
      this.passed.push(this.takeNext())
      work.moved++
    } else this.read++
    this.index++
  }

  /** The array as the walk leaves it. */
  result(): T[] {
    if (!this.passed) return this.input
    this.moveTo(this.length)
    return this.passed
  }

  private hasNext(): boolean {
    return this.inserted.length > 0 || this.read < this.input.length
  }

  private takeNext(): T {
    return this.inserted.length > 0 ? this.inserted.pop()! : this.input[this.read++]
  }

  /** Starts copying if nothing changed yet, then takes the elements from the index to `index`. */
  private takeUntil(index: number): T[] {
    if (index < this.index) throw new Error(`a merge step changed element ${index}, behind the walk at ${this.index}`)
    if (!this.passed) {
      this.passed = this.input.slice(0, this.index)
      work.moved += this.index
    }
    const kept: T[] = []
    while (this.index + kept.length < index && this.hasNext()) kept.push(this.takeNext())
    return kept
  }

  private putBack(kept: readonly T[]): void {
    for (let i = kept.length - 1; i >= 0; i--) this.inserted.push(kept[i])
  }
}
