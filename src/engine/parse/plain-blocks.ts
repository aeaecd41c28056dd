// Most blocks of copy are plain: paragraphs, ATX headings and "- " list items made of words,
// ordinary punctuation and simple links. micromark spends as long on each of them as on anything
// else (40% of a full lint went there), so they are built here, and micromark parses only what is
// left. Each run of plain blocks between other blocks is replaced by one placeholder of the same
// outward shape: "a" (a paragraph), or "- a" when the run ends with a list, whose next block may
// still belong to it. The blocks around it then parse exactly as next to the real text. The
// placeholder's paragraph is swapped for the run's real nodes, and every other position is mapped
// back to the real text. The result is not micromark's tree (a list after a list is not merged
// into it), but it holds the same prose blocks, in the same order and the same containers, which
// is all the reader of the tree (parse.ts) uses. If a placeholder does not come back as the
// paragraph it stands for (it fell inside an HTML block, say), the caller parses the real text.
import type { Heading, Link, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { lineIndex, lineStarts, pointIn } from '../output/lines.js'
import { frontMatterEnd, VerbatimLines } from './verbatim.js'

type Parse = (text: string) => Root

/** A run of plain blocks: its real nodes, and where its placeholder is in the compact text. */
interface Run {
  nodes: Array<Paragraph | Heading>
  /** The placeholder's "a": where it starts and ends in the compact text. */
  compactStart: number
  compactEnd: number
  /** Where the run ends in the real text: what follows is the compact text after `compactEnd`. */
  end: number
  /** The placeholder is a list item ("- a"), not a paragraph ("a"). */
  inList: boolean
}

// Inline syntax never occurs in plain text: escapes, code, emphasis and strikethrough, brackets
// (links other than the simple ones below, images, footnotes), HTML and autolinks, character
// references, table cells, ATX closing sequences, e-mail literals, superscript carets, NUL
// (replaced by micromark), a BOM, tabs (columns) and CR (line ends).
const PLAIN_CHARACTERS = /^[^\\`*_~[\]<>&|#@^\t\r\0\uFEFF]*$/
// GFM reads these as links even without brackets.
const LINK_LITERAL = /www\.|https?:/i
// [label](destination): a label of plain text and a destination of URL characters only (no
// spaces, parentheses, quotes, escapes or character references). Not after "!" (an image).
const SIMPLE_LINK = /(?<!!)\[([^\]\n]+)\]\(([\w/:.~%#?=+-]+)\)/g
// A paragraph line or a list item's text starts with a letter: no block syntax starts so.
const STARTS_WITH_LETTER = /^\p{L}/u
const ATX = /^(#{1,6}) (?=[^ ])/
const BLANK = /^[ \t]*$/
const BLANK_LINES = /^[ \t\r\n]*$/

/**
 * Parses Markdown with `parse`, handing it only the blocks that are not plain. Returns undefined
 * when a placeholder did not parse as the paragraph it stands for: then only `parse(text)` is right.
 */
export function parseWithPlainBlocks(text: string, parse: Parse): Root | undefined {
  const point = pointsOf(text)
  const runs: Run[] = []
  let compact = ''
  let copiedTo = 0
  let run: { start: number; end: number; nodes: Run['nodes']; endsWithList: boolean } | undefined
  // Puts the placeholder of the run so far in the compact text.
  const closeRun = () => {
    if (!run) return
    compact += text.slice(copiedTo, run.start)
    const compactStart = compact.length + (run.endsWithList ? 2 : 0)
    compact += run.endsWithList ? '- a' : 'a'
    copiedTo = run.end
    runs.push({ nodes: run.nodes, compactStart, compactEnd: compactStart + 1, end: run.end, inList: run.endsWithList })
    run = undefined
  }

  for (const chunk of chunksOf(text)) {
    const nodes = chunk.verbatim ? undefined : plainNodes(text, chunk.lines, point)
    if (!nodes) {
      closeRun()
      continue
    }
    run ??= { start: chunk.lines[0].start, end: 0, nodes: [], endsWithList: false }
    for (const node of nodes.nodes) run.nodes.push(node)
    run.end = chunk.lines[chunk.lines.length - 1].end
    run.endsWithList = nodes.list
  }
  closeRun()
  if (!runs.length) return parse(text)
  compact += text.slice(copiedTo)
  // Nothing but plain blocks and blank lines: nothing for micromark to do.
  const [only] = runs
  if (runs.length === 1 && BLANK_LINES.test(compact.slice(0, only.compactStart - (only.inList ? 2 : 0))) && BLANK_LINES.test(compact.slice(only.compactEnd))) {
    return { type: 'root', children: only.nodes }
  }
  const tree = parse(compact)
  return restore(tree, compact, runs, point) ? tree : undefined
}

interface Line {
  text: string
  start: number
  end: number
}

/**
 * Runs of non-blank lines. Those inside front matter, fenced code and HTML blocks that may hold
 * blank lines (verbatim.ts) are verbatim: never plain. What such a block in a container holds is
 * caught when the placeholder does not come back as a paragraph.
 */
function* chunksOf(text: string): Generator<{ lines: Line[]; verbatim: boolean }> {
  let lineStart = frontMatterEnd(text)
  if (lineStart > 0) yield { lines: [{ text: text.slice(0, lineStart), start: 0, end: lineStart }], verbatim: true }
  const verbatimLines = new VerbatimLines()
  let lines: Line[] = []
  let verbatim = false
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    if (!verbatimLines.inside && BLANK.test(line)) {
      if (lines.length) yield { lines, verbatim }
      lines = []
      verbatim = false
    } else {
      lines.push({ text: line, start: lineStart, end: lineEnd })
      if (verbatimLines.read(line)) verbatim = true
    }
    if (nl < 0) break
    lineStart = nl + 1
  }
  if (lines.length) yield { lines, verbatim }
}

/** The nodes of a plain block (a list's are its items' paragraphs), or undefined if it is not one. */
function plainNodes(text: string, lines: readonly Line[], point: (offset: number) => Point): { nodes: Array<Paragraph | Heading>; list: boolean } | undefined {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const atx = lines.length === 1 ? ATX.exec(first.text) : null
  if (atx) {
    const contentStart = first.start + atx[0].length
    const children = /[ \t]$/.test(first.text) ? undefined : inlineNodes(text, contentStart, first.end, point)
    if (!children) return undefined
    return { nodes: [{ type: 'heading', depth: atx[1].length as Heading['depth'], children, position: span(first.start, first.end, point) }], list: false }
  }
  if (lines.every((l) => l.text.startsWith('- '))) {
    const nodes: Paragraph[] = []
    for (const line of lines) {
      const children = STARTS_WITH_LETTER.test(line.text.slice(2)) && !/[ \t]$/.test(line.text) ? inlineNodes(text, line.start + 2, line.end, point) : undefined
      if (!children) return undefined
      nodes.push({ type: 'paragraph', children, position: span(line.start + 2, line.end, point) })
    }
    return { nodes, list: true }
  }
  // Lines of a paragraph: no white space at either end (stripped, or a hard break).
  if (!lines.every((l) => STARTS_WITH_LETTER.test(l.text) && !/[ \t]$/.test(l.text))) return undefined
  const children = inlineNodes(text, first.start, last.end, point)
  return children && { nodes: [{ type: 'paragraph', children, position: span(first.start, last.end, point) }], list: false }
}

/** Text and simple links, as micromark would give them, or undefined if there is other syntax. */
function inlineNodes(text: string, start: number, end: number, point: (offset: number) => Point): PhrasingContent[] | undefined {
  const value = text.slice(start, end)
  const nodes: PhrasingContent[] = []
  let from = 0
  const plain = (to: number) => {
    const part = value.slice(from, to)
    if (!PLAIN_CHARACTERS.test(part) || LINK_LITERAL.test(part)) return false
    if (part) nodes.push({ type: 'text', value: part, position: span(start + from, start + to, point) })
    return true
  }
  for (const link of value.matchAll(SIMPLE_LINK)) {
    const [whole, label, url] = link
    const at = link.index
    if (!plain(at) || label !== label.trim()) return undefined
    const labelNodes = inlineNodes(text, start + at + 1, start + at + 1 + label.length, point)
    if (!labelNodes) return undefined
    nodes.push({ type: 'link', title: null, url, children: labelNodes as Link['children'], position: span(start + at, start + at + whole.length, point) })
    from = at + whole.length
  }
  return plain(value.length) ? nodes : undefined
}

/**
 * Swaps each placeholder paragraph for its run's real nodes and maps every other position back
 * to the real text. False if a placeholder is not the paragraph it stands for.
 */
function restore(tree: Root, compact: string, runs: readonly Run[], point: (offset: number) => Point): boolean {
  const byStart = new Map(runs.map((r) => [r.compactStart, r]))
  const compactPlace = lineIndex(compact)
  // Past a run, the compact text is the real text moved by so many characters and lines. Points
  // are shifted, not recomputed: micromark gives some (task list items) a line that is not their
  // offset's, and the real parse would give them the same.
  const ends = runs.map((r) => {
    const real = point(r.end)
    return { real, offsetDelta: r.end - r.compactEnd, lineDelta: real.line - compactPlace(r.compactEnd).line }
  })
  const realPoint = (compactPoint: Point): Point => {
    const offset = compactPoint.offset ?? 0
    let lo = 0
    let hi = runs.length - 1
    let last = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (runs[mid].compactEnd <= offset) {
        last = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (last < 0) return compactPoint
    const end = ends[last]
    if (offset === runs[last].compactEnd) return { ...end.real }
    return { line: compactPoint.line + end.lineDelta, column: compactPoint.column, offset: offset + end.offsetDelta }
  }
  // Placeholders found, by parent: each parent's children are rebuilt once, afterwards.
  const swaps = new Map<Parents, Map<object, Run['nodes']>>()
  const stack: Frame[] = [{ node: tree }]
  while (stack.length) {
    const frame = stack.pop()!
    const node = frame.node
    const position = node.position
    if (!position) continue
    const run = node.type === 'paragraph' ? byStart.get(position.start.offset ?? -1) : undefined
    if (run) {
      if (!isPlaceholderFor(node as Paragraph, run, frame)) return false
      const parent = frame.up!.node as Parents
      let inParent = swaps.get(parent)
      if (!inParent) swaps.set(parent, (inParent = new Map()))
      inParent.set(node, run.nodes)
      continue
    }
    position.start = realPoint(position.start)
    position.end = realPoint(position.end)
    if ('children' in node) for (const child of node.children) stack.push({ node: child, up: frame })
  }
  let found = 0
  for (const [parent, inParent] of swaps) {
    const children: unknown[] = []
    for (const child of parent.children) {
      const real = inParent.get(child)
      if (real) for (const node of real) children.push(node)
      else children.push(child)
    }
    parent.children = children as never
    found += inParent.size
  }
  return found === runs.length
}

/** A node in the walk, and the frame of its parent. */
interface Frame {
  node: Parents | RootContent
  up?: Frame
}

function isPlaceholderFor(node: Paragraph, run: Run, frame: Frame): boolean {
  const [child] = node.children
  if (node.children.length !== 1 || child.type !== 'text' || child.value !== 'a' || node.position?.end.offset !== run.compactEnd) return false
  // Its containers, innermost first, must be the placeholder's: the root's, or a list item's in a list in the root.
  const containers: string[] = []
  for (let up = frame.up; up && containers.length < 4; up = up.up) containers.push(up.node.type)
  return containers.join(' ') === (run.inList ? 'listItem list root' : 'root')
}

function pointsOf(text: string): (offset: number) => Point {
  const starts = lineStarts(text)
  return (offset) => {
    const { line, column } = pointIn(starts, offset)
    return { line, column, offset }
  }
}

function span(start: number, end: number, point: (offset: number) => Point) {
  return { start: point(start), end: point(end) }
}
