// Where two versions of a document start and stop differing: a session re-cuts only what is between.

// Whole chunks compare natively (a character loop costs several milliseconds per megabyte).
const CHUNK = 4096

export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** The common end of `a` and `b`, not overlapping their common start. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix
  let i = 0
  while (i + CHUNK <= n && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++
  return i
}
