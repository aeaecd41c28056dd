// Code spans in the shortcut's inline content (plain-inline.ts), as CommonMark reads them: they
// bind tighter than links and emphasis, leftmost first. Each is an atom (like a tag, an image, an
// escape or a hard break: what no link or emphasis is read in), blotted out of the text in which
// links are then looked for, so that a bracket inside one is never read as a link's.
import type { ImageAtom } from './plain-images.js'

/** An atom: a code span, or (`fence` 0) a tag, an autolink, an image, an escape or a hard break. */
export interface CodeSpan {
  /** Where its opening backticks (or "<") start and its closing ones (">") end, in the block's value. */
  start: number
  end: number
  /** How many backticks open and close it; 0 for a tag or an image. */
  fence: number
  /** An image's fields but its position. */
  image?: ImageAtom['node']
  /** A backslash escape (`fence` 0): a text of the character it escapes. */
  escape?: true
  /** An autolink's URL (`fence` 0), "<" and ">" left out. */
  autolink?: string
  /** A hard break (`fence` 0, plain-breaks.ts): where its node ends. */
  breakEnd?: number
}

// Stands for a code span's characters while links are looked for: no link syntax, no URL character.
export const BLOT = '\u0001'
const BACKTICK = 0x60
const PADDED = /^[ \n][^]*[^ \n][^]*[ \n]$/

/**
 * The code spans of `value`, left to right: a run of backticks opens one that the next run of as
 * many closes. Undefined when a run is closed by none (micromark reads it as text), or a span
 * runs onto an indented line or holds a CR: rare enough to leave to micromark.
 */
export function codeSpans(value: string): CodeSpan[] | undefined {
  const spans: CodeSpan[] = []
  const runs = backtickRuns(value)
  // Each run is two numbers in `runs`: where it starts, and how many backticks it has.
  for (let i = 0; i < runs.length; i += 2) {
    const length = runs[i + 1]
    let close = i + 2
    while (close < runs.length && runs[close + 1] !== length) close += 2
    if (close === runs.length || /\n[ >]|\r/.test(value.slice(runs[i], runs[close]))) return undefined
    spans.push({ start: runs[i], end: runs[close] + length, fence: length })
    i = close
  }
  return spans
}

/**
 * The runs of backticks of `value`, as start and length after each other: found by `indexOf`, not
 * by a regular expression's match objects (an array, its index and input per run: 2.9 MB of
 * the 195 MB a warm lint of readme-1m allocates were codeSpans').
 */
function backtickRuns(value: string): number[] {
  const runs: number[] = []
  for (let at = value.indexOf('`'); at >= 0; ) {
    let end = at + 1
    while (value.charCodeAt(end) === BACKTICK) end++
    runs.push(at, end - at)
    at = value.indexOf('`', end)
  }
  return runs
}

/** `value` with each atom's characters blotted out. */
export function blotted(value: string, codes: readonly CodeSpan[]): string {
  let out = ''
  let from = 0
  for (const { start, end } of codes) {
    out += value.slice(from, start) + BLOT.repeat(end - start)
    from = end
  }
  return out + value.slice(from)
}

// As micromark: one space or line ending is stripped from each end when both ends have one and
// something else is between; line endings stay in the value (mdast keeps them).
export function codeValue(value: string, code: CodeSpan): string {
  const content = value.slice(code.start + code.fence, code.end - code.fence)
  return PADDED.test(content) ? content.slice(1, -1) : content
}
