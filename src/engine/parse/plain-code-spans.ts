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
const BACKTICKS = /`+/g
const PADDED = /^[ \n][^]*[^ \n][^]*[ \n]$/

/**
 * The code spans of `value`, left to right: a run of backticks opens one that the next run of as
 * many closes. Undefined when a run is closed by none (micromark reads it as text), or a span
 * runs onto an indented line or holds a CR: rare enough to leave to micromark.
 */
export function codeSpans(value: string): CodeSpan[] | undefined {
  const spans: CodeSpan[] = []
  const runs = [...value.matchAll(BACKTICKS)]
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]
    let close = i + 1
    while (close < runs.length && runs[close][0].length !== open[0].length) close++
    if (close === runs.length || /\n[ >]|\r/.test(value.slice(open.index, runs[close].index))) return undefined
    spans.push({ start: open.index, end: runs[close].index + runs[close][0].length, fence: open[0].length })
    i = close
  }
  return spans
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
