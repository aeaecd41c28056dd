// Spans asked about for every word or match of a block (masks, quotations, links, a rule's
// exceptions): read one by one, a paragraph with 10,000 of each costs 100,000,000 comparisons.
// Sorted once, each question is a binary search.
import type { Span } from '../span.js'
import { work } from '../work.js'

/** The first index of `items` (ascending by `of`) whose key is above `value`: their length if none. */
export function firstAbove<T>(items: readonly T[], value: number, of: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (of(items[mid]) > value) hi = mid
    else lo = mid + 1
    work.compared++
  }
  return lo
}

/** Spans sorted by start, with the furthest end any of the first so many reaches. */
export class SortedSpans {
  private readonly starts: number[]
  private readonly reach: number[]

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.starts = sorted.map((span) => span.start)
    let furthest = -Infinity
    this.reach = sorted.map((span) => (furthest = Math.max(furthest, span.end)))
  }

  /** Whether a span starts before `end` and ends after `start`. */
  overlap(start: number, end: number): boolean {
    const before = firstAbove(this.starts, end - 1, startOf)
    return before > 0 && this.reach[before - 1] > start
  }

  /** Whether a span starts at or before `start` and ends at or after `end`. */
  hold(start: number, end: number): boolean {
    const before = firstAbove(this.starts, start, startOf)
    return before > 0 && this.reach[before - 1] >= end
  }
}

const startOf = (start: number) => start

// A piece's spans (its masks, its links) are asked about by each of its blocks: sorted once.
const sortedOnce = new WeakMap<readonly Span[], SortedSpans>()

export function sortedSpans(spans: readonly Span[]): SortedSpans {
  let sorted = sortedOnce.get(spans)
  if (!sorted) sortedOnce.set(spans, (sorted = new SortedSpans(spans)))
  return sorted
}
