// The blocks the plain-block shortcut (plain-blocks.ts) builds itself, each from a run of
// non-blank lines at the left margin, as micromark builds them: paragraphs, ATX headings, bullet
// lists of one paragraph per item (nested or not, with continuation lines), and link
// reference definitions, GFM tables (plain-table.ts); fenced code and HTML blocks are plain-code-html.ts's. Any
// other shape, or a line it cannot settle, returns undefined.
import type { Blockquote, Code, Definition, Heading, Html, Paragraph, Table, ThematicBreak } from 'mdast'
import { normalizeLabel, type DefinitionKey } from './definitions.js'
import { inlineNodes, span, type Place } from './plain-inline.js'
import { HTML_TAG } from './plain-tags.js'
import { columnsOf, HTML_BLOCK, HTML_IN_ITEM, html, htmlInItem } from './plain-code-html.js'
import { isDelimiterRow, table } from './plain-table.js'

export interface Line {
  text: string
  start: number
  end: number
}

export type PlainNode = Paragraph | Heading | Code | Definition | Html | Table | Blockquote | ThematicBreak
/**
 * A plain block's nodes; `list`, when it is a list: the marker and spacing of each item open at
 * its end, outermost first ("- ", "*   ", "* * "), the placeholder's prefix, so that the next
 * block reads the same content columns.
 */
export type PlainBlock = { nodes: PlainNode[]; list: string | undefined }

// A paragraph line or a list item's text starts with a character no block syntax starts with
// (not white space, "#", ">", a list marker or a thematic break's, "=", a fence's, "<", "|", ":",
// a backslash, a character reference), digits that do not make an ordered list's marker, a code
// span's one or two backticks (three open a fence), a link's bracket (not a task's "[ ]" or
// "[x]", not a definition's label) or one or two emphasis markers before a character that is
// neither white space nor the marker (not a list item's, not a thematic break's), or a backslash
// before a character (an escaped one starts no block: "\[ ] a" is no task, "\# a" no heading).
const PLAIN_START = /^(?:[^\s#>\-+*_=\d`~<[|:\\&]|\\(?=\S)|\d+(?![.)\d])|`{1,2}(?!`)|\[(?![ xX]\](?: |$)|[^\]]*\]:)|\*{1,2}(?=[^\s*])|_{1,2}(?=[^\s_]))/u
// A list item: indent, marker (a bullet, or an ordered list's number of 1 to 9 digits and its "." or
// ")"), one to four spaces (five start indented code), its text.
const LIST_ITEM = /^( *)([-*+]|\d{1,9}[.)])( {1,4})(?=[^ \t])/
// The only ordered marker that may start a list on the line after a paragraph's line (CommonMark:
// it interrupts the paragraph; micromark takes the single digit 1): "a\n   2. b" is one paragraph.
const INTERRUPTING_ORDERED = /^1[.)]$/
const INDENT = /^ */
const INDENT_WITH_TABS = /^[ \t]*/
const TAB_OR_CR_AT_END = /\t|\r$/
const ATX = /^(#{1,6}) (?=[^ ])/
// A closing sequence: "#"s after a space at the line's end ("# C#" has none: its "#" is text).
const ATX_CLOSE = / +#+$/
// "[label]: destination": a label without brackets, escapes or a footnote's "^", a destination
// without angle brackets, parentheses, escapes or character references ("&" with no ";" after it
// is none: badges' "?label=a&query=$.size", 7 of readme-1m's definition chunks), and no title.
// HTML blocks of types 1 to 5: raw text ("<script", "<pre", "<style", "<textarea"), comments,
// processing instructions, declarations, CDATA.
const RAW_HTML_START = /^<(?:[!?]|(?:script|pre|style|textarea)(?=[ \t>]|$))/i
// A thematic break at the margin: three or more of one of "-", "*", "_", spaces between and after
// them (a tab or a CR is left to micromark).
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/
const DEFINITION = /^\[([^[\]\\^ \t][^[\]\\]{0,998})\]: *([^\s<>()\\&]+|[^\s<>()\\;]+)$/

/**
 * The nodes of a plain block, or undefined if it is not one. `inItem`: the caller has found the
 * block's indent in a list item's content (plain-blocks.ts), where a paragraph may be indented 4
 * columns or more; else 0 to 3.
 */
export function plainNodes(text: string, lines: readonly Line[], point: Place, defined?: ReadonlySet<DefinitionKey>, inItem = false): PlainBlock | undefined {
  const first = lines[0]
  const last = lines[lines.length - 1]
  // A thematic break alone on its lines at the margin ("---" between sections: 19 of readme-1m's
  // 265 pieces handed micromark nothing else). Before the list item it would also match ("* * *").
  if (lines.length === 1 && THEMATIC_BREAK.test(first.text)) return { nodes: [{ type: 'thematicBreak', position: span(first.start, first.end, point) }], list: undefined }
  // A paragraph's lines and a line of "=" or "-" alone: a setext heading ("Installation\n====" in
  // older READMEs: 21 of readme-1m's chunks handed micromark). Else the lines are read as before.
  if (lines.length > 1 && SETEXT_UNDERLINE.test(last.text) && first.text[0] !== ' ' && first.text[0] !== '\t') {
    const setext = setextHeading(text, lines, point, defined)
    if (setext) return setext
  }
  // A list whose last item goes on with an HTML block in its content ("- [`Partial<T>`](…) …",
  // then "\t<details>", "\t<summary>" on the next lines: 36 of readme-1m's chunks).
  if (lines.length > 1 && LIST_ITEM.test(first.text)) {
    const tail = lines.findIndex((l) => l !== first && HTML_IN_ITEM.test(l.text))
    if (tail > 0) {
      const head = lines.slice(0, tail)
      const list = head.some((l) => ATX.test(l.text)) ? undefined : plainNodes(text, head, point, defined)
      // The innermost open item's content column: its items' indent, then each open item's marker and spacing.
      const html = list?.list ? htmlInItem(text, lines.slice(tail), INDENT.exec(first.text)![0].length + list.list.length, point) : undefined
      return html && list && { nodes: [...list.nodes, html], list: list.list }
    }
  }
  if (first.text[0] === '<') {
    if (HTML_BLOCK.test(first.text)) return html(text, lines, point)
    if (!startsParagraph(first.text)) return undefined
  }
  // An ATX heading at the margin is a block of one line that interrupts a paragraph or a list and
  // is not continued: the lines before and after it are blocks of their own ("# Install" with its
  // paragraph on the next line, as READMEs write it). Not after a table (left to micromark).
  const heading = lines.length > 1 ? lines.findIndex((l) => ATX.test(l.text)) : -1
  // A table: its header row starts with a pipe, or its next line is a delimiter row.
  const tabular = first.text[0] === '|' || (lines.length > 1 && isDelimiterRow(lines[1].text))
  if (heading >= 0) {
    if (tabular) return undefined
    const split = heading === 0 ? 1 : heading
    const before = plainNodes(text, lines.slice(0, split), point, defined)
    const after = before && plainNodes(text, lines.slice(split), point, defined)
    return after && { nodes: [...before.nodes, ...after.nodes], list: after.list }
  }
  // No tab (columns), no CR; spaces at a line's end (a hard break, plain-breaks.ts, or stripped)
  // only in a paragraph or a list (inlineNodes settles them).
  // A tab only in the first line's indent (a list item's content indented by a tab: parse-blocks.ts
  // takes such a block only there).
  if (lines.some((l) => TAB_OR_CR_AT_END.test(l.text) && (l !== first || /\r$/.test(l.text) || first.text.slice(INDENT_WITH_TABS.exec(first.text)![0].length).includes('\t')))) return undefined
  const spaced = lines.some((l) => l.text.endsWith(' '))
  if (spaced && (tabular || first.text[0] === '>' || lines.length === 1)) return undefined
  if (first.text[0] === '>') return blockquote(text, lines, point, defined)
  const atx = lines.length === 1 ? ATX.exec(first.text) : null
  if (atx) {
    // Its closing sequence, and the spaces before it, are not its content ("# #" has none).
    const contentEnd = Math.max(first.start + atx[0].length, first.end - (ATX_CLOSE.exec(first.text)?.[0].length ?? 0))
    const children = inlineNodes(text, first.start + atx[0].length, contentEnd, point, defined)
    return children && { nodes: [{ type: 'heading', depth: atx[1].length as Heading['depth'], children, position: span(first.start, first.end, point) }], list: undefined }
  }
  if (first.text[0] === '[' && DEFINITION.test(first.text)) return definitions(lines, point)
  // Its rows start with a pipe or as a paragraph's text would (no block starts on them); a body
  // row may start with ":" (no block does: a delimiter row's meaning is the second line's only).
  if (tabular) return lines.every((l, i) => i === 1 || l.text[0] === '|' || (i > 1 && l.text[0] === ':') || PLAIN_START.test(l.text)) ? table(text, lines, point, defined) : undefined
  if (LIST_ITEM.test(first.text)) return bulletList(text, lines, point, defined)
  // Indented 1 to 3 spaces, the first line starts a paragraph all the same (in a list item's
  // content, or at the top level: "- `opt`: …\n\n  Setting it …", 31 of readme-1m's chunks); its
  // later lines may be indented too: they continue it, whatever their indent.
  const indent = first.text[0] === ' ' || first.text[0] === '\t' ? INDENT_WITH_TABS.exec(first.text)![0].length : 0
  const opening = indent ? first.text.slice(indent) : first.text
  if ((indent && !inItem && columnsOf(first.text.slice(0, indent)) > 3) || !((opening[0] === '<' && !indent) || PLAIN_START.test(opening)) || !lines.every((l) => l === first || PLAIN_START.test(l.text.slice(INDENT.exec(l.text)![0].length)))) return undefined
  const children = inlineNodes(text, first.start + indent, last.end, point, defined)
  return children && { nodes: [{ type: 'paragraph', children, position: span(first.start + indent, last.end, point) }], list: undefined }
}


// A setext heading's underline at the margin, without spaces or tabs (left to micromark).
const SETEXT_UNDERLINE = /^(?:=+|-+)$/

/**
 * The setext heading of `lines`: every line but the last a plain paragraph at the margin, the last
 * its underline ("=": level 1, "-": level 2; it takes precedence over a thematic break and an empty
 * list item, which cannot interrupt a paragraph). Its content and position are the paragraph's,
 * its end the underline's. Undefined when the lines before are no such paragraph, or the last of
 * them holds a "|" (GFM could read a table's head and delimiter row there).
 */
function setextHeading(text: string, lines: readonly Line[], point: Place, defined?: ReadonlySet<DefinitionKey>): PlainBlock | undefined {
  const underline = lines[lines.length - 1]
  const content = lines.slice(0, -1)
  if (content[content.length - 1].text.includes('|')) return undefined
  const block = plainNodes(text, content, point, defined)
  const paragraph = block?.nodes.length === 1 && block.list === undefined ? block.nodes[0] : undefined
  if (paragraph?.type !== 'paragraph') return undefined
  const depth = underline.text[0] === '=' ? 1 : 2
  return { nodes: [{ type: 'heading', depth, children: paragraph.children, position: { start: paragraph.position!.start, end: point(underline.end) } }], list: undefined }
}

/**
 * Whether a line at the margin that starts with "<" (not a block tag's) starts a paragraph: not an
 * HTML block of types 1 to 5, nor of type 7, a whole line of one tag (`<a id="v1"></a>` and
 * `<https://x.io>` are paragraphs). Its inline content is then vetted as any paragraph's.
 */
function startsParagraph(line: string): boolean {
  if (RAW_HTML_START.test(line)) return false
  HTML_TAG.lastIndex = 0
  return HTML_TAG.exec(line)?.[0].length !== line.length
}

// A block quote's line: its marker and a space (what follows is the line inside the quote), or the
// marker alone (a blank line inside it); not a quote inside it.
const QUOTE_LINE = /^>(?: (?!>)|$)/
// What a quote may hold: paragraphs, headings and lists (plain-inline.ts strips the markers of its
// continuation lines from their text); not HTML, code, tables or definitions, whose values or
// cells the markers would run into.
const IN_QUOTE = new Set(['paragraph', 'heading'])

/**
 * A block quote at the margin, every line of which has its marker and a space, holding plain
 * paragraphs, headings and bullet lists (separated by lines of the marker alone); not nested.
 * Lazy lines (without the marker) and anything else are left to micromark.
 */
function blockquote(text: string, lines: readonly Line[], point: Place, defined?: ReadonlySet<DefinitionKey>): PlainBlock | undefined {
  if (!lines.every((l) => QUOTE_LINE.test(l.text))) return undefined
  const children: PlainNode[] = []
  let group: Line[] = []
  const flush = () => {
    const block = group.length ? plainNodes(text, group, point, defined) : { nodes: [] }
    group = []
    if (!block || block.nodes.some((node) => !IN_QUOTE.has(node.type))) return false
    for (const node of block.nodes) children.push(node)
    return true
  }
  for (const line of lines) {
    if (line.text.length > 1) group.push({ text: line.text.slice(2), start: line.start + 2, end: line.end })
    else if (!flush()) return undefined
  }
  if (!flush() || !children.length) return undefined
  const first = lines[0]
  const last = lines[lines.length - 1]
  return { nodes: [{ type: 'blockquote', children: children as Blockquote['children'], position: span(first.start, last.end, point) }], list: undefined }
}

/** An item's paragraph so far: where its text starts, and its last line's end. */
interface ItemText {
  start: number
  end: number
}

/**
 * A bullet or ordered list at the left margin whose items each hold one paragraph: an item line
 * starts one, any other line continues the paragraph before it (indented or lazily). A nested
 * item stands at its parent's content column, its siblings at its own, with the same bullet or the
 * same delimiter after their numbers; a nested ordered list starts at 1 (INTERRUPTING_ORDERED). The placeholder
 * ("* * a" for a block that ends in a nested item) opens the items still open at the block's end,
 * so that the next block reads the same lists as after the real text.
 */
function bulletList(text: string, lines: readonly Line[], point: Place, defined?: ReadonlySet<DefinitionKey>): PlainBlock | undefined {
  const items: ItemText[] = []
  // The open items, outermost first: their marker's indent, their content column, their marker,
  // and their marker with the spaces after it.
  const open: Array<{ indent: number; content: number; marker: string; opening: string }> = []
  // Its items' indent: that of its first (0 to 3 spaces; the placeholder is indented as much).
  const base = INDENT.exec(lines[0].text)![0].length
  if (base > 3) return undefined
  for (const line of lines) {
    const item = LIST_ITEM.exec(line.text)
    if (!item) {
      const indent = INDENT.exec(line.text)![0].length
      if (!PLAIN_START.test(line.text.slice(indent))) return undefined
      items[items.length - 1].end = line.end
      continue
    }
    const [whole, spaces, opening, spacing] = item
    const indent = spaces.length
    // Siblings share a bullet, or the delimiter after their numbers.
    const marker = opening[opening.length - 1]
    let sibling: string | undefined
    while (open.length && indent < open[open.length - 1].content) {
      const closed = open.pop()!
      if (closed.indent === indent) sibling = closed.marker
    }
    const parent = open[open.length - 1]
    if (indent !== (parent ? parent.content : base) || (sibling !== undefined && sibling !== marker) || !PLAIN_START.test(line.text.slice(whole.length))) return undefined
    // A new list on a line after a paragraph's line interrupts it.
    if (sibling === undefined && line !== lines[0] && opening.length > 1 && !INTERRUPTING_ORDERED.test(opening)) return undefined
    open.push({ indent, content: whole.length, marker, opening: opening + spacing })
    items.push({ start: line.start + whole.length, end: line.end })
  }
  const nodes: Paragraph[] = []
  for (const { start, end } of items) {
    const children = inlineNodes(text, start, end, point, defined)
    if (!children) return undefined
    nodes.push({ type: 'paragraph', children, position: span(start, end, point) })
  }
  // Each open item's marker and spacing, outermost first ("* " then "* ": "* * "): a nested item
  // stands at its parent's content column, so the placeholder's items have the same columns.
  return { nodes, list: open.map((o) => o.opening).join('') }
}

/** Link reference definitions, one a line. */
function definitions(lines: readonly Line[], point: Place): PlainBlock | undefined {
  const nodes: Definition[] = []
  for (const line of lines) {
    const definition = DEFINITION.exec(line.text)
    if (!definition) return undefined
    const [, label, url] = definition
    // Lower-cased as mdast-util-from-markdown does.
    nodes.push({ type: 'definition', identifier: normalizeLabel(label).toLowerCase(), label, title: null, url, position: span(line.start, line.end, point) })
  }
  return { nodes, list: undefined }
}
