// Lines Markdown reads verbatim whatever they hold: front matter, fenced code, and the HTML blocks
// that run to an end marker across blank lines (CommonMark's types 1–5: <pre>, <script>, <style>,
// <textarea>, comments, <?…?>, <!X…>, CDATA). The piece cutter (pieces.ts) and the plain-block
// shortcut (plain-blocks.ts) read lines with them; parse.ts tells with them a piece that ends
// inside such a block (`openBlock`), and settle.ts where that block ends.
import type { DocumentFormat } from './parse.js'

// remark-frontmatter's fences: "---" alone on the first line (spaces and tabs may follow), closed
// by the first such line after it; without a closing fence there is no front matter at all.
const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/
const FRONT_MATTER_CLOSE = /^---[ \t]*\r?$/m

/** Where the front matter ends: 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const open = FRONT_MATTER_OPEN.exec(text)
  if (!open) return 0
  const close = FRONT_MATTER_CLOSE.exec(text.slice(open[0].length))
  if (!close) return 0
  const closeEnd = open[0].length + close.index + close[0].length
  return closeEnd < text.length ? closeEnd + 1 : text.length
}

// A fence: three or more backticks (with no backtick after them on the line) or tildes.
const FENCE = /^ {0,3}(`{3,}(?!.*`)|~{3,})/

/** An HTML block of types 1–5: how it starts (at most three spaces in) and what ends it. */
interface HtmlBlock {
  start: RegExp
  end: RegExp
}
const HTML_BLOCKS: HtmlBlock[] = [
  { start: /^ {0,3}<(?:pre|script|style|textarea)(?=[\s>]|$)/i, end: /<\/(?:pre|script|style|textarea)>/i },
  // "<!-->" and "<!--->" are whole comments: the end may overlap the start's dashes.
  { start: /^ {0,3}<!(?=--)/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
]

/**
 * Follows fenced code and HTML blocks of types 1–5, one line at a time, as Markdown at the top
 * level reads them (plain text: HTML comments only, anywhere on a line, which may hold directives).
 * It does not follow list items or other containers: a fence-like line inside a list item reads
 * as a fence here. Its reading is a guess the parse checks (parse.ts `openBlock`, settle.ts).
 */
export class VerbatimLines {
  private fence: string | undefined = undefined
  private htmlEnd: RegExp | undefined = undefined
  private inComment = false

  constructor(private readonly format: DocumentFormat = 'markdown') {}

  /** Whether the next line is inside fenced code or such an HTML block. */
  get inside(): boolean {
    return this.fence !== undefined || this.htmlEnd !== undefined || this.inComment
  }

  /** Reads a line; true when it opens fenced code or such an HTML block (even one it closes). */
  read(line: string): boolean {
    if (this.format === 'text') return this.readText(line)
    if (this.fence) {
      const marker = FENCE.exec(line)?.[1]
      if (marker && marker[0] === this.fence[0] && marker.length >= this.fence.length && line.trim() === marker) this.fence = undefined
      return false
    }
    if (this.htmlEnd) {
      if (this.htmlEnd.test(line)) this.htmlEnd = undefined
      return false
    }
    const marker = FENCE.exec(line)?.[1]
    if (marker) {
      this.fence = marker
      return true
    }
    if (!line.trimStart().startsWith('<')) return false
    for (const block of HTML_BLOCKS) {
      const start = block.start.exec(line)
      if (!start) continue
      if (!block.end.test(line.slice(start[0].length))) this.htmlEnd = block.end
      return true
    }
    return false
  }

  // Comments as parseDirectives reads them: each from "<!--" to the first "-->" after it.
  private readText(line: string): boolean {
    let at = 0
    let opened = false
    for (;;) {
      if (this.inComment) {
        const end = line.indexOf('-->', at)
        if (end < 0) return opened
        this.inComment = false
        at = end + 3
      }
      const start = line.indexOf('<!--', at)
      if (start < 0) return opened
      this.inComment = opened = true
      at = start + 4
    }
  }
}

/**
 * Where the fenced code or HTML block whose first line starts at `from` ends: the end of its
 * closing line, or undefined if it runs to the end of `text`. A block of another kind ends with
 * its first line here (its own end is not this module's business).
 */
export function verbatimBlockEnd(text: string, from: number, format: DocumentFormat = 'markdown'): number | undefined {
  const lines = new VerbatimLines(format)
  let lineStart = from
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    lines.read(text.slice(lineStart, lineEnd))
    if (!lines.inside) return lineEnd
    if (nl < 0) return undefined
    lineStart = nl + 1
  }
  return undefined
}
