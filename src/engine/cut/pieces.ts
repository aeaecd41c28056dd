// Where a Markdown document is cut into pieces that parse alone as they do in the whole document:
// at a blank line followed by a line starting in column 0 (a new top-level block, not a list
// continuation or indented code), outside front matter, fenced code and HTML blocks that hold
// blank lines (verbatim.ts). A session parses and keeps each piece on its own (session.ts); what
// a piece needs from the rest of the document, its definitions and the end of a block it leaves
// open, the session settles after the cut.
import type { DocumentFormat } from '../parse/parse.js'
import { frontMatterEnd, VerbatimLines } from '../parse/verbatim.js'

/** Where to cut `text` into pieces of `size` characters or more (0: at every top-level block). */
export function markdownPieces(text: string, size = 0, format: DocumentFormat = 'markdown'): number[] {
  const cuts = [0]
  if (text.length <= size && !ABSURD_LINE_ANYWHERE.test(text)) return cuts
  continuePieces(text, size, format, frontMatterEnd(text), false, cuts)
  return cuts
}

// A cut: a line in column 0 after a blank line, outside verbatim lines; never "---" or "+++",
// which would read as front matter at the start of a piece. Blank is spaces and tabs only, as in
// Markdown and plain text (parse.ts): a line of no-break spaces is a line of text.
const CUT_LINE = /^(?!---|\+\+\+)\S/
const BLANK_LINE = /^[ \t]*\r?$/

/**
 * Goes on cutting `text` from `lineStart`, a line start after a blank line or not, outside
 * verbatim lines (as at any cut), pushing onto `cuts`. `stopAt` may end the scan at a cut it
 * pushed, when what follows is known (a session re-cutting after an edit): then returns what
 * `stopAt` returned.
 */
export function continuePieces<T>(
  text: string,
  size: number,
  format: DocumentFormat,
  lineStart: number,
  previousBlank: boolean,
  cuts: number[],
  stopAt?: (cut: number) => T | undefined,
): T | undefined {
  const verbatim = new VerbatimLines(format)
  let lastCut = cuts[cuts.length - 1]
  // The start of the block being read, where a cut could be; and whether that block must be a
  // piece of its own (it is absurdly indented: see `hasAbsurdIndent`).
  let blockStart = lastCut
  let absurd = false
  const cut = (at: number) => {
    cuts.push(at)
    lastCut = at
    return stopAt?.(at)
  }
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    const blank = BLANK_LINE.test(line)
    if (!verbatim.inside && !blank) {
      if (previousBlank && CUT_LINE.test(line)) {
        const stop = absurd || lineStart - lastCut >= size ? cut(lineStart) : undefined
        if (stop !== undefined) return stop
        blockStart = lineStart
        absurd = false
      } else if (!absurd && isAbsurdLine(line)) {
        absurd = true
        const stop = blockStart > lastCut ? cut(blockStart) : undefined
        if (stop !== undefined) return stop
      }
    }
    verbatim.read(line)
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return undefined
}

// micromark's time grows with the cube of list nesting (400 levels: seconds; 2,000: minutes). No
// real document indents a line by 256 columns: a top-level block that does, outside verbatim
// lines, is read as plain text, and is cut into a piece of its own whatever the piece size, so
// that what is read as plain text does not depend on the size. A line of white space alone is a
// blank line: it nests nothing.
const ABSURD_INDENT = /^[ \t]{256,}[^ \t\r\n]/
const ABSURD_LINE_ANYWHERE = /^[ \t]{256,}[^ \t\r\n]/m

function isAbsurdLine(line: string): boolean {
  return line.length > 256 && ABSURD_INDENT.test(line)
}

/** Whether a piece holds an absurdly indented line outside verbatim lines (read it as plain text). */
export function hasAbsurdIndent(text: string): boolean {
  if (!ABSURD_LINE_ANYWHERE.test(text)) return false
  const verbatim = new VerbatimLines()
  for (const line of text.split('\n')) {
    if (!verbatim.inside && isAbsurdLine(line)) return true
    verbatim.read(line)
  }
  return false
}

/**
 * Where the top-level blocks start in `text` from `from` (a cut, or 0) on, up to the first one
 * past `until` if there is one: the cuts `markdownPieces(text, 0)` makes there.
 */
export function blockStarts(text: string, format: DocumentFormat, from: number, until: number): number[] {
  const cuts = [from]
  continuePieces(text, 0, format, from === 0 ? frontMatterEnd(text) : from, false, cuts, (cut) => (cut > until ? cut : undefined))
  return cuts
}
