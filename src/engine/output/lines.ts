// Offsets → 1-based line and column. vfile-location scans its line table from the start on every
// call, which made placing 15,000 findings in a 1 MB document cost more than finding them (see
// `npm run bench`); this is the same answer by binary search. Line ends: \n, \r\n and \r.
import { lastAtOrBefore } from '../util/last-at-or-before.js'

export interface Point {
  line: number
  column: number
}

export function lineIndex(text: string): (offset: number) => Point {
  const starts = lineStarts(text)
  return (offset) => pointIn(starts, offset)
}

/** Where each line starts: 0, then after every line end (the end of the text too, if it ends one). */
export function lineStarts(text: string): number[] {
  const starts = [0]
  // Without a CR, line ends are the LFs, found by indexOf (native) rather than a loop over every
  // character, which runs in the interpreter while a short CLI process is young.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    return starts
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return starts
}

/** The point at `offset`, given its text's `lineStarts`. */
export function pointIn(starts: readonly number[], offset: number): Point {
  const line = lastAtOrBefore(starts, offset)
  return { line: line + 1, column: offset - starts[line] + 1 }
}
