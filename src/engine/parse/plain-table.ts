// GFM tables in the plain-block shortcut (plain-block-nodes.ts), as micromark-extension-gfm-table
// and mdast-util-gfm-table build them: a header row, a delimiter row, body rows, each with or
// without a pipe at its start and its end, escaped pipes ("\|", which divide no cells), code
// spans, links and emphasis in cells. readme-1m's tables that micromark still got (7 of them,
// 6,160 characters) cost it 24–34 ms of CPU, the most per character of anything it parses: GFM's
// table extension grows worse than linearly with a table's size.
import type { AlignType, TableCell, TableRow } from 'mdast'
import type { DefinitionKey } from './definitions.js'
import type { Line, PlainBlock } from './plain-block-nodes.js'
import { inlineNodes, span, type Place } from './plain-inline.js'

// A delimiter row's cell: its alignment.
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/
// A delimiter row with a pipe in it (a row of dashes alone is a setext heading's underline or a
// thematic break; "a\n:-", a table of one column without a pipe, is left to micromark), at the
// margin, and not a list item's line ("- | -" and " - | --- |" interrupt the paragraph before).
const DELIMITER_ROW = /^(?:\| *)?:?-+:? *(?:\| *:?-+:? *)*\|? *$/

/** Whether `line` is a delimiter row with a pipe in it. */
export function isDelimiterRow(line: string): boolean {
  return line.includes('|') && !line.startsWith('- ') && DELIMITER_ROW.test(line)
}

/**
 * Where a row's cells are, as micromark's table tokenizer divides it: at each pipe that is not
 * escaped ("\|" and "\\" are data; a pipe in a code span divides it all the same). Each cell runs
 * from the pipe before it (the line's start for a first cell without one) to the next pipe (the
 * line's end for a last cell without one; past the closing pipe for a last cell with one).
 * A line without such a pipe is one cell. Undefined for an empty line and a lone pipe.
 */
function cellsOf(line: string): Array<{ start: number; end: number; contentStart: number; contentEnd: number }> | undefined {
  const pipes: number[] = []
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 92 /* \ */ && (line[i + 1] === '\\' || line[i + 1] === '|')) i++
    else if (c === 124 /* | */) pipes.push(i)
  }
  if (!line.length || line === '|') return undefined
  const leading = pipes[0] === 0
  const trailing = pipes[pipes.length - 1] === line.length - 1
  // The cells' edges: the pipes, and the line's start and end where no pipe is.
  const edges = [...(leading ? [] : [-1]), ...pipes, ...(trailing ? [] : [line.length])]
  const cells = []
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k] + 1
    const to = edges[k + 1]
    const inside = line.slice(from, to)
    const contentStart = from + (inside.length - inside.trimStart().length)
    const contentEnd = Math.max(contentStart, to - (inside.length - inside.trimEnd().length))
    const end = trailing && k + 2 === edges.length ? to + 1 : to
    cells.push({ start: Math.max(0, edges[k]), end, contentStart, contentEnd })
  }
  return cells
}

/**
 * A GFM table whose every row has as many cells as its delimiter row, or undefined. A cell's text
 * is trimmed of spaces and read as inline content whose edges are white space to micromark (each
 * cell is a chunk of its own: `|*(a)*|` is emphasis); autolink literals in cells, and a code span
 * with an escaped pipe in a cell (mdast-util-gfm-table unescapes it in the code's value), are left
 * to micromark.
 */
export function table(text: string, lines: readonly Line[], point: Place, defined?: ReadonlySet<DefinitionKey>): PlainBlock | undefined {
  if (lines.length < 2 || !isDelimiterRow(lines[1].text)) return undefined
  const delimiter = cellsOf(lines[1].text)
  if (!delimiter) return undefined
  const align: AlignType[] = []
  for (const cell of delimiter) {
    const [, left, right] = DELIMITER_CELL.exec(lines[1].text.slice(cell.contentStart, cell.contentEnd)) ?? []
    if (left === undefined) return undefined
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null)
  }
  const rows: TableRow[] = []
  for (const line of lines) {
    if (line === lines[1]) continue
    // A body row may have fewer or more cells than the head (mdast keeps them as written), a line
    // without a pipe one; the head row has as many as the delimiter row.
    const cells = cellsOf(line.text)
    if (!cells || (line === lines[0] && cells.length !== align.length)) return undefined
    const built: TableCell[] = []
    for (const cell of cells) {
      const content = line.text.slice(cell.contentStart, cell.contentEnd)
      if (content.includes('`') && content.includes('\\|')) return undefined
      const children = content ? inlineNodes(text, line.start + cell.contentStart, line.start + cell.contentEnd, point, defined, true) : []
      if (!children) return undefined
      built.push({ type: 'tableCell', children, position: span(line.start + cell.start, line.start + cell.end, point) })
    }
    rows.push({ type: 'tableRow', children: built, position: span(line.start, line.end, point) })
  }
  const first = lines[0]
  const last = lines[lines.length - 1]
  return { nodes: [{ type: 'table', align, children: rows, position: span(first.start, last.end, point) }], list: undefined }
}
