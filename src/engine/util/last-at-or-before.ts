/**
 * The index of the last of `sorted` (ascending) that is not after `value`, by binary search; 0
 * where none is (callers whose first element can be after `value` check it first).
 */
export function lastAtOrBefore<T extends number | string>(sorted: readonly T[], value: T): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle] <= value) low = middle
    else high = middle - 1
  }
  return low
}
