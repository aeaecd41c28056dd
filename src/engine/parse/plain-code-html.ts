// The code and HTML blocks of the plain-block shortcut (plain-block-nodes.ts, plain-blocks.ts), as
// micromark builds them: fenced code at the left margin or in a list item's content, HTML blocks of
// block tags and comments, and the columns an indent spans.
import type { Code, Html } from 'mdast'
import type { Line, PlainBlock } from './plain-block-nodes.js'
import { span, type Place } from './plain-inline.js'

const BLANK = /^[ \t]*$/

// Fenced code at the left margin, closed at the end of its block of lines; its info string has no
// escape or character reference (decoded in `lang` and `meta`), no backtick after backticks.
const FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*([^ \t`\\&]*)[ \t]*([^`\\&]*)$/
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/

// CommonMark's HTML blocks of type 6: a block tag's name (micromark-util-html-tag-name's list,
// which a test holds this to), after "<" or "</", then white space, ">", "/>" or the line's end.
export const HTML_BLOCK_NAMES = 'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' ')
export const HTML_BLOCK = new RegExp(`^</?(?:${HTML_BLOCK_NAMES.join('|')})(?=[ \\t>]|/>|$)`, 'i')

/** The columns an indent of spaces and tabs spans (tab stops of 4, as CommonMark's). */
export function columnsOf(indent: string): number {
  let column = 0
  for (const c of indent) column = c === '\t' ? column + 4 - (column % 4) : column + 1
  return column
}

/** Fenced code at the left margin that its block's last line closes, as micromark builds it. */
export function fencedCode(text: string, lines: readonly Line[], point: Place): PlainBlock | undefined {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const open = lines.length > 1 ? FENCE_OPEN.exec(first.text) : null
  // Left to micromark: NUL (replaced) and a CR that ends a line alone (a CRLF's CR is not in a line's text).
  if (!open || lines.some((l) => /[\r\0]/.test(l.text))) return undefined
  const fence = open[1]
  const closes = (line: Line) => {
    const close = FENCE_CLOSE.exec(line.text)?.[1]
    return close !== undefined && close[0] === fence[0] && close.length >= fence.length
  }
  // Closed by its last line, and by no line before.
  if (!closes(last) || lines.slice(1, -1).some(closes)) return undefined
  // Its lines as written, their line endings too (CRLF stays CRLF in micromark's value).
  const value = lines.length > 2 ? text.slice(lines[1].start, lines[lines.length - 2].end) : ''
  const code: Code = { type: 'code', lang: open[2] || null, meta: open[3] || null, value, position: span(first.start, last.end, point) }
  return { nodes: [code], list: undefined }
}

/**
 * Fenced code in a list item's content, indented by a tab or 4 spaces or more (plain-blocks.ts
 * `chunksOf` groups its lines), that its block's last line closes: every line empty or starting
 * with the first line's indent. Its placeholder, indented as much, is a paragraph only where the
 * indent is in a list item's content and 0 to 3 columns past it: there each line loses the whole
 * indent, the item's columns and the fence's alike, so the code's value is its lines without it.
 */
const TAB_BEFORE_FENCE = /^ *\t[ \t]*(?:`{3}|~{3})/
export function indentedFencedCode(text: string, lines: readonly Line[], point: Place): PlainBlock | undefined {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const indent = /^[ \t]*/.exec(first.text)![0]
  if (!indent.includes('\t') && indent.length < 4) return undefined
  const unindented = lines.map((l) => (l.text.startsWith(indent) ? l.text.slice(indent.length) : l.text === '' ? '' : undefined))
  // Left to micromark: CRLF (kept in the value), and a fence after a tab past the indent (it may
  // close the code or not, by the columns of the item, which are not known here).
  // The closing fence right after the indent: spaces before it would be columns past the item's content that may make it code.
  if (unindented.includes(undefined) || text.slice(first.start, last.end).includes('\r') || unindented.some((t) => TAB_BEFORE_FENCE.test(t!)) || !/^[`~]/.test(unindented[unindented.length - 1]!)) return undefined
  const shifted = unindented.map((t, i) => ({ text: t!, start: lines[i].start + (t === '' && lines[i].text === '' ? 0 : indent.length), end: lines[i].end }))
  const code = fencedCode(text, shifted, point)
  if (!code) return undefined
  const node = code.nodes[0] as Code
  // The value of lines without the indent; a blank line's stays empty.
  node.value = shifted.slice(1, -1).map((l) => l.text).join('\n')
  node.position = span(first.start + indent.length, last.end, point)
  return code
}

// A line that may start an HTML block of a block tag in a list item's content: an indent, then the tag.
export const HTML_IN_ITEM = new RegExp(`^[ \\t]+${HTML_BLOCK.source.slice(1)}`, 'i')

/**
 * An HTML block of a block tag in the content of a list item whose content column is `content`,
 * interrupting its paragraph: the first line 0 to 3 columns past that column, each line at least
 * at it (a line before it would end the item). As micromark builds it: each line from that
 * column on, a tab across the column giving the spaces past it ("\t<details>" in an item at
 * column 2: "  <details>"); it starts at the first character past the column.
 */
export function htmlInItem(text: string, lines: readonly Line[], content: number, point: Place): Html | undefined {
  const parts: string[] = []
  let start = 0
  for (const line of lines) {
    if (line.text.includes('\r') || line.text.includes('\0')) return undefined
    let column = 0
    let at = 0
    while (column < content && (line.text[at] === ' ' || line.text[at] === '\t')) {
      column = line.text[at] === '\t' ? column + 4 - (column % 4) : column + 1
      at++
    }
    if (column < content) return undefined
    if (line === lines[0]) {
      if (columnsOf(/^[ \t]*/.exec(line.text)![0]) > content + 3) return undefined
      start = line.start + at
    }
    // Each line's ending as written: micromark keeps a CRLF's CR in the value.
    const ending = line === lines[lines.length - 1] ? '' : text[line.end] === '\r' ? '\r\n' : '\n'
    parts.push(' '.repeat(column - content) + line.text.slice(at) + ending)
  }
  return { type: 'html', value: parts.join(''), position: span(start, lines[lines.length - 1].end, point) }
}

/**
 * An HTML block of lines: a block tag's (type 6), which the blank line after it ends, or a
 * comment (type 2), which its block's last line ends. Its value is its lines as written.
 */
export function html(text: string, lines: readonly Line[], point: Place): PlainBlock | undefined {
  const first = lines[0]
  const last = lines[lines.length - 1]
  // A line's text holds a CR only when it is a line ending of its own (a CRLF's is left out).
  if (lines.some((l) => l.text.includes('\0') || l.text.includes('\r'))) return undefined
  const value = text.slice(first.start, last.end)
  return { nodes: [{ type: 'html', value, position: span(first.start, last.end, point) }], list: undefined }
}

/**
 * An HTML block of a block tag whose lines hold what opens a verbatim block (a comment, `<pre>`):
 * the blank line after it ends it all the same, so it is one when it has none.
 */
export function htmlBlock(text: string, lines: readonly Line[], point: Place): PlainBlock | undefined {
  return HTML_BLOCK.test(lines[0].text) && !lines.some((l) => BLANK.test(l.text)) ? html(text, lines, point) : undefined
}

/** An HTML comment at the left margin that its block's last line ends ("<!-->" is one whole). */
export function htmlComment(text: string, lines: readonly Line[], point: Place): PlainBlock | undefined {
  if (!lines[0].text.startsWith('<!--')) return undefined
  const ends = lines.map((l, i) => l.text.includes('-->', i === 0 ? 2 : 0))
  return ends[ends.length - 1] && !ends.slice(0, -1).includes(true) ? html(text, lines, point) : undefined
}
