import type { Reading } from './types.js'

/**
 * A copy of the reading with the highest context score; a guessed reading loses half a point, and
 * ties go to the earlier reading (the lexicon lists the commoner one first).
 */
export function bestReading(readings: readonly Reading[], score: (r: Reading) => number): Reading {
  let best = readings[0]
  let bestScore = -Infinity
  readings.forEach((r, k) => {
    const s = score(r) - (r.source === 'guess' ? 0.5 : 0) - k * 0.001
    if (s > bestScore) [best, bestScore] = [r, s]
  })
  return { ...best }
}
