// Most blocks of copy are plain: paragraphs, ATX headings and "- ", "* " or "+ " list items made of
// words, ordinary punctuation, code spans and simple links (plain-inline.ts), and fenced code at
// the left margin. micromark spends as long on each of them as on anything else (40% of a full
// lint went there), so they are built here, and micromark parses only what is left. Each run of
// plain blocks between other blocks is replaced by one placeholder of the same outward shape: "a"
// (a paragraph), or "- a" ("* a", "+ a"; "- * a" when it ends in a nested item) when the run ends
// with a list, whose next block may still belong to it. The blocks around it then parse exactly as next to the real text. The
// placeholder's paragraph is swapped for the run's real nodes, and every other position is mapped
// back to the real text. The result is not micromark's tree (a list after a list is not merged
// into it), but it holds the same prose blocks, in the same order and the same containers, which
// is all the reader of the tree (parse.ts) uses. If a placeholder does not come back as the
// paragraph it stands for (it fell inside an HTML block, say), the caller parses the real text.
import type { Paragraph, Parents, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { lineIndex, lineStarts, pointIn } from '../output/lines.js'
import { declaredDefinitions, definitionKey, withDefinitions, type DefinitionKey } from './definitions.js'
import { plainNodes, type Line, type PlainBlock, type PlainNode } from './plain-block-nodes.js'
import { columnsOf, fencedCode, HTML_IN_ITEM, htmlBlock, htmlComment, htmlInItem, indentedFencedCode } from './plain-code-html.js'
import type { Place } from './plain-inline.js'
import { chunksOf } from './plain-chunks.js'

type Parse = (text: string) => Root

/** A run of plain blocks: its real nodes, and where its placeholder is in the compact text. */
interface Run {
  nodes: PlainNode[]
  /** The placeholder's "a": where it starts and ends in the compact text. */
  compactStart: number
  compactEnd: number
  /** Where the run ends in the real text: what follows is the compact text after `compactEnd`. */
  end: number
  /** The placeholder is a list item ("- a"), not a paragraph ("a"). */
  inList: boolean
  /** Before the placeholder's "a": its indent, then the marker and spacing of each list item it is in, or nothing. */
  prefix: string
  /** The placeholder is indented (it may stand in a list item's content: any number of lists around it). */
  indented: boolean
}

const BLANK = /^[ \t]*\r?$/
const INDENT = /^[ \t]*/
const LIST_ITEM_AT = /^( {0,3}(?:[-*+]|\d{1,9}[.)]))( {1,4})(?=[^ \t])/

/** The content column of the last list item that starts on one of `lines`, if one does. */
function lastItemContent(lines: readonly Line[]): number | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const item = LIST_ITEM_AT.exec(lines[i].text)
    if (item) return item[0].length
  }
  return undefined
}
const LIST_MARKERS = /[-*+]|\d+[.)]/g
// A bullet item's first line: its marker, one to four spaces, its text.
const BULLET_ITEM = /^([-*+]) {1,4}(?=[^ \t])/
// A line of three or more markers is a thematic break, not an item ("* * *", "- - -").
const BREAK_LINE = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/

/**
 * The items of a bullet list of two items or more whose first line is `lines[0]`: each from a
 * line at the same indent with the same marker (another marker starts another list, which an
 * ordered one's number may not do after a paragraph's line) to the next; or undefined.
 */
function itemsOf(lines: readonly Line[], indent: string): Line[][] | undefined {
  const marker = BULLET_ITEM.exec(lines[0].text.slice(indent.length))?.[1]
  if (!marker || lines.length < 2) return undefined
  const items: Line[][] = []
  for (const line of lines) {
    const rest = line.text.startsWith(indent) ? line.text.slice(indent.length) : ''
    const starts = rest[0] === marker && BULLET_ITEM.test(rest) && !BREAK_LINE.test(rest) && (indent === '' || rest[0] !== ' ')
    if (starts || !items.length) items.push([line])
    else items[items.length - 1].push(line)
  }
  return items.length > 1 ? items : undefined
}
const BLANK_LINES = /^[ \t\r\n]*$/
// A list item's marker after an indent.
const ITEM_AFTER_INDENT = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/

/**
 * `content` (an item's content column) if every line of `lines` that is not blank stands at it or
 * past it and starts no item (no list opens in the item, and the item stays open); else undefined.
 */
function staysInItem(lines: readonly Line[], content: number | undefined): number | undefined {
  if (content === undefined) return undefined
  for (const { text } of lines) {
    if (BLANK.test(text)) continue
    if (columnsOf(INDENT.exec(text)![0]) < content || ITEM_AFTER_INDENT.test(text)) return undefined
  }
  return content
}

/**
 * Parses Markdown with `parse`, handing it only the blocks that are not plain. Returns undefined
 * when a placeholder did not parse as the paragraph it stands for: then only `parse(text)` is right.
 */
export function parseWithPlainBlocks(text: string, parse: Parse): Root | undefined {
  const point = pointsOf(text)
  // The labels a reference is read with: those declared to the parse, made in other pieces, which
  // micromark reads as defined too. A reference to one the text makes is left to micromark.
  const defined = new Set(declaredDefinitions())
  const runs: Run[] = []
  let compact = ''
  let copiedTo = 0
  let run: { start: number; end: number; nodes: Run['nodes']; endsWithList: string | undefined; indent: string } | undefined
  // Puts the placeholder of the run so far in the compact text.
  const closeRun = () => {
    if (!run) return
    compact += text.slice(copiedTo, run.start)
    const prefix = run.indent + (run.endsWithList ?? '')
    const compactStart = compact.length + prefix.length
    compact += `${prefix}a`
    copiedTo = run.end
    runs.push({ nodes: run.nodes, compactStart, compactEnd: compactStart + 1, end: run.end, inList: run.endsWithList !== undefined, prefix, indented: run.indent !== '' })
    run = undefined
  }

  // An indented block is a run of its own, its placeholder indented as much ("  a", "  - a"):
  // micromark reads it in the same container as the block (a list item's content, or the top
  // level), and the run before it and the block after it read the same as next to the real text.
  const addToRun = (lines: readonly Line[], nodes: PlainBlock, indent: string) => {
    if (indent) closeRun()
    run ??= { start: lines[0].start, end: 0, nodes: [], endsWithList: undefined, indent }
    for (const node of nodes.nodes) run.nodes.push(node)
    run.end = lines[lines.length - 1].end
    run.endsWithList = nodes.list
    if (indent) closeRun()
  }

  // The content column of the last list item on the lines of the last block at the margin, if
  // it has one: a block indented 4 columns or more is taken only 0 to 3 columns past it (in the
  // item's content, as far as can be told without micromark; at the top level it is indented
  // code, its placeholder would come back as code, and the text would be parsed twice).
  // (Read only when a block so indented comes: the lines of that block at the margin.)
  let atMargin: readonly Line[] = []
  // The content column of the innermost item open at the end of the last list at the margin the
  // shortcut built (its placeholder's prefix is as long), while every line since stands at it or
  // past it and starts no item: an HTML block indented 4 columns or more, 0 to 3 past it, is in
  // that item's content ("\t</details>" after an item's fenced code: 35 of readme-1m's calls of
  // micromark, 0.2–0.5 ms each). At the top level its placeholder would come back as code, and the
  // text would be parsed whole.
  let openItemContent: number | undefined
  // Where the last chunk's last line ends.
  let lastChunkEnd = -1
  for (const chunk of chunksOf(text)) {
    // On the line after the last chunk's (chunksOf ends fenced code in an item before an HTML
    // block of its indent), not after a blank line.
    const gap = lastChunkEnd >= 0 ? text.slice(lastChunkEnd, chunk.lines[0].start) : ''
    const adjacent = gap.indexOf('\n') >= 0 && gap.indexOf('\n') === gap.lastIndexOf('\n')
    const afterChunk = lastChunkEnd
    lastChunkEnd = chunk.lines[chunk.lines.length - 1].end
    const first = chunk.lines[0].text
    const indent = first[0] === ' ' || first[0] === '\t' ? INDENT.exec(first)![0] : ''
    if (!indent) atMargin = chunk.lines
    const columns = indent ? columnsOf(indent) : 0
    const deep = columns >= 4
    if (indent) openItemContent = staysInItem(chunk.lines, openItemContent)
    if (deep && openItemContent !== undefined && columns <= openItemContent + 3 && HTML_IN_ITEM.test(first)) {
      const html = htmlInItem(text, chunk.lines, openItemContent, point)
      const lastRun = runs[runs.length - 1]
      if (html && !adjacent) {
        addToRun(chunk.lines, { nodes: [html], list: undefined }, indent)
        continue
      }
      // Right after the code's run, its placeholder would be a lazy line of the code's: the HTML
      // joins that run, whose placeholder stands for both.
      if (html && !run && lastRun?.end === afterChunk) {
        lastRun.nodes.push(html)
        lastRun.end = copiedTo = lastChunkEnd
        continue
      }
    }
    const itemContent = deep ? lastItemContent(atMargin) : undefined
    const nodes = deep && (itemContent === undefined || columns < itemContent || columns > itemContent + 3) ? undefined : chunk.verbatim ? verbatimNodes(text, chunk.lines, point, defined) : plainNodes(text, chunk.lines, point, defined, deep)
    if (!indent) openItemContent = nodes?.list === undefined ? undefined : nodes.list.length
    if (nodes) {
      addToRun(chunk.lines, nodes, indent)
      continue
    }
    // A bullet list the shortcut cannot take whole: its items one by one, each a block of its own
    // (an item reads the same next to the real items before it as next to a placeholder item of
    // its marker). Those it takes are placeholders, the others micromark's: readme-1m's two
    // longest lists (8,339 characters) each had one or two such items, and cost micromark 28 of
    // the 57 ms it spent on all it was handed (it is slower than linear on a long list).
    const items = deep ? undefined : itemsOf(chunk.lines, indent)
    if (!items) {
      closeRun()
      continue
    }
    openItemContent = undefined
    for (const item of items) {
      const itemNodes = plainNodes(text, item, point, defined)
      if (itemNodes) addToRun(item, itemNodes, indent)
      else closeRun()
    }
  }
  closeRun()
  if (!runs.length) return parse(text)
  compact += text.slice(copiedTo)
  // Nothing but plain blocks and blank lines: nothing for micromark to do.
  const [only] = runs
  if (runs.length === 1 && BLANK_LINES.test(compact.slice(0, only.compactStart - only.prefix.length)) && BLANK_LINES.test(compact.slice(only.compactEnd))) {
    return { type: 'root', children: only.nodes }
  }
  // micromark reads a reference by the definitions of the whole text, those of the runs too.
  const madeHere = runs.flatMap((r) => r.nodes.flatMap((node) => (node.type === 'definition' ? [definitionKey(node, text)!] : [])))
  const tree = withDefinitions(madeHere, () => parse(compact))
  return restore(tree, compact, runs, point) ? tree : undefined
}

// Fenced code at the margin, and the blocks on the lines before it that it ends: a paragraph (it
// interrupts one), a list or block quote (it is no lazy line of their paragraphs), a heading.
const FENCE_AT_MARGIN = /^(?:`{3}|~{3})/
const ENDED_BY_FENCE = new Set(['paragraph', 'heading', 'blockquote'])

/**
 * The nodes of a run of lines with a verbatim block in it: fenced code, a comment or an HTML block
 * that is the whole run; or paragraphs, headings, lists or block quotes, then fenced code at the
 * margin on the next line, which ends them ("Install it:\n```sh\nnpm i x\n```": 22 of readme-1m's
 * pieces). Not a table (GFM's rows), an HTML block or definitions before it.
 */
function verbatimNodes(text: string, lines: readonly Line[], point: Place, defined: ReadonlySet<DefinitionKey>): PlainBlock | undefined {
  const whole = fencedCode(text, lines, point) ?? htmlComment(text, lines, point) ?? htmlBlock(text, lines, point) ?? indentedFencedCode(text, lines, point)
  if (whole) return whole
  const fence = lines.findIndex((l) => FENCE_AT_MARGIN.test(l.text))
  if (fence <= 0) return undefined
  const before = plainNodes(text, lines.slice(0, fence), point, defined)
  if (!before?.nodes.every((node) => ENDED_BY_FENCE.has(node.type))) return undefined
  const code = fencedCode(text, lines.slice(fence), point)
  return code && { nodes: [...before.nodes, ...code.nodes], list: undefined }
}

/**
 * Swaps each placeholder paragraph for its run's real nodes and maps every other position back
 * to the real text. False if a placeholder is not the paragraph it stands for.
 */
function restore(tree: Root, compact: string, runs: readonly Run[], point: Place): boolean {
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
  // Its containers, innermost first, must be the placeholder's: the root's, or a list item's in a
  // list in the root, or in as many lists, one in the other, as its prefix has markers.
  const depth = run.inList ? run.prefix.match(LIST_MARKERS)!.length : 0
  const containers: string[] = []
  for (let up = frame.up; up; up = up.up) containers.push(up.node.type)
  // An indented one may stand in the content of list items before it, never in a quote.
  const lists = run.indented ? Math.max(depth, (containers.length - 1) / 2) : depth
  return containers.join(' ') === `${'listItem list '.repeat(lists)}root`
}

function pointsOf(text: string): Place {
  const starts = lineStarts(text)
  return (offset) => {
    const { line, column } = pointIn(starts, offset)
    return { line, column, offset }
  }
}
