// The runs of non-blank lines the plain-block shortcut (plain-blocks.ts) reads one at a time,
// and which of them are verbatim (front matter, fenced code, HTML blocks that may hold blank lines).
import type { Line } from './plain-block-nodes.js'
import { HTML_BLOCK } from './plain-code-html.js'
import { frontMatterEnd, VerbatimLines } from './verbatim.js'

const BLANK = /^[ \t]*\r?$/

/**
 * Runs of non-blank lines. Those inside front matter, fenced code and HTML blocks that may hold
 * blank lines (verbatim.ts) are verbatim: never plain. What such a block in a container holds is
 * caught when the placeholder does not come back as a paragraph.
 */
export function* chunksOf(text: string): Generator<{ lines: Line[]; verbatim: boolean }> {
  let lineStart = frontMatterEnd(text)
  if (lineStart > 0) yield { lines: [{ text: text.slice(0, lineStart), start: 0, end: lineStart }], verbatim: true }
  const verbatimLines = new VerbatimLines()
  // Fenced code in a list item's content indented by a tab or 4 spaces or more, which
  // VerbatimLines does not follow (at the top level it is indented code): its indent and fence,
  // until a line of the same indent and fence closes it. Its lines are one chunk, blank ones too,
  // and the lines after it another (a README's "\t```ts … \t```\n\t</details>", 39,861 of the
  // 101,916 characters readme-1m handed micromark).
  let indentedFence: { indent: string; fence: string } | undefined
  let lines: Line[] = []
  let verbatim = false
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    if (!verbatimLines.inside && !indentedFence && BLANK.test(line)) {
      if (lines.length) yield { lines, verbatim }
      lines = []
      verbatim = false
    } else {
      // A CRLF line's text and end leave its CR out, as micromark's blocks do.
      const crlf = line.endsWith('\r')
      const read = { text: crlf ? line.slice(0, -1) : line, start: lineStart, end: crlf ? lineEnd - 1 : lineEnd }
      if (indentedFence) {
        lines.push(read)
        if (closesIndentedFence(read.text, indentedFence)) {
          // The line after it starts a chunk of its own if it is blank or an HTML block of its
          // indent, which ends the placeholder's paragraph as it ends nothing here (a README's
          // "\t</details>"); any other line stays in the chunk, which the shortcut then refuses.
          const next = nl < 0 ? '' : text.slice(nl + 1, text.indexOf('\n', nl + 1) >>> 0)
          if (BLANK.test(next) || (next.startsWith(indentedFence.indent) && HTML_BLOCK.test(next.slice(indentedFence.indent.length)))) {
            yield { lines, verbatim }
            lines = []
            verbatim = false
          }
          indentedFence = undefined
        }
      } else {
        // One that opens after other lines is in their chunk (an item's content on the lines
        // after its first), which the shortcut then refuses: its lines are still kept together.
        const opening = verbatimLines.inside || (line[0] !== ' ' && line[0] !== '\t') ? null : INDENTED_FENCE.exec(read.text)
        if (opening) indentedFence = { indent: opening[1], fence: opening[2] }
        lines.push(read)
        if (opening || verbatimLines.read(line)) verbatim = true
      }
    }
    if (nl < 0) break
    lineStart = nl + 1
  }
  if (lines.length) yield { lines, verbatim }
}

// A fence after an indent with a tab or of 4 spaces or more (the fence's own line: no backtick
// after backticks).
const INDENTED_FENCE = /^((?: {0,3}\t[ \t]*| {4,}[ \t]*))(`{3,}(?!.*`)|~{3,})/

function closesIndentedFence(line: string, { indent, fence }: { indent: string; fence: string }): boolean {
  if (!line.startsWith(indent)) return false
  const close = FENCE_CLOSE_AFTER_INDENT.exec(line.slice(indent.length))?.[1]
  return close !== undefined && close[0] === fence[0] && close.length >= fence.length
}
const FENCE_CLOSE_AFTER_INDENT = /^(`{3,}|~{3,})[ \t]*$/
