// Markdown and plain text → the prose blocks rules read, with the never-lint zones left out:
// code blocks, inline code, HTML, URLs and autolinks, and front matter other than the values of
// `title` and `description` (marketing copy lives there).
import type { Nodes as MdastNodes, Parents as MdastParents, Link, Root, Yaml } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument, Scalar, isMap, isScalar } from 'yaml'
import { parseDirectives, type Directive } from './directives.js'
import { parseWithPlainBlocks } from './plain-blocks.js'
import { urlMasks } from './url-masks.js'
import { frontMatterEnd, VerbatimLines } from './verbatim.js'

export type DocumentFormat = 'markdown' | 'text'

export interface ProseUnit {
  start: number
  end: number
  /** The unit's words as plain text, for language detection. */
  text: string
  heading: boolean
  /** Inside a block quote: someone else's words. */
  quoted: boolean
  /** Sections are delimited by headings; the heading opens its section. */
  section: number
  /** The mdast node to hand to mdast-util-to-nlcst; plain-text units have none. */
  node?: MdastParents
}

export interface ParsedDocument {
  units: ProseUnit[]
  directives: Directive[]
  /** Spans never linted even inside prose: URLs and e-mail addresses written as text. */
  masks: Array<{ start: number; end: number }>
  /** Links with a label: evidence for a claim made next to them. */
  links: Array<{ start: number; end: number }>
  /** Headings seen: the next text's section number. */
  sections: number
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const FRONT_MATTER_PROSE_KEYS = new Set(['title', 'description'])

/**
 * `plainBlocks` (the default) builds plain paragraphs, headings and list items without micromark
 * (see plain-blocks.ts); false parses everything with micromark, the reference the tests compare
 * it with.
 */
export function parseDocumentText(text: string, format: DocumentFormat, plainBlocks = true): ParsedDocument {
  const parsed = format === 'markdown' ? parseMarkdown(text, plainBlocks) : parsePlainText(text)
  for (const mask of urlMasks(text)) parsed.masks.push(mask)
  return parsed
}

// Plain text has no comments, but a directive written as one is honoured and is not prose.
function parsePlainText(text: string): ParsedDocument {
  const units: ProseUnit[] = []
  const directives = parseDirectives(text, 0)
  const blank = /\r?\n[ \t]*\r?\n/g
  let start = 0
  for (;;) {
    const gap = blank.exec(text)
    const end = gap ? gap.index : text.length
    const slice = text.slice(start, end)
    if (slice.trim()) units.push({ start, end, text: slice, heading: false, quoted: false, section: 0 })
    if (!gap) break
    start = gap.index + gap[0].length
    blank.lastIndex = start
  }
  return { units, directives, masks: directives.map(({ start, end }) => ({ start, end })), links: [], sections: 0 }
}

/** Pieces of about this many characters parse fastest one at a time (see `markdownPieces`). */
export const PIECE_SIZE = 16_000

/**
 * Where a long Markdown document can be cut into pieces that parse the same alone: at a blank line
 * followed by a line starting in column 0 (a new top-level block, not a list continuation or
 * indented code), outside fenced code, HTML comments and front matter. micromark's cost per byte
 * grows with the document, so a 1 MB file costs much more than a hundred 10 KB ones.
 */
export function markdownPieces(text: string, size = PIECE_SIZE): number[] {
  const cuts = [0]
  if (text.length <= size) return cuts
  continuePieces(text, size, frontMatterEnd(text), false, cuts)
  return cuts
}

/**
 * Goes on cutting `text` from `lineStart`, a line start after a blank line or not, outside fenced
 * code and comments (as at any cut), pushing onto `cuts`. `stopAt` may end the scan at a cut it
 * pushed, when what follows is known (a session re-cutting after an edit): then returns what
 * `stopAt` returned.
 */
export function continuePieces<T>(text: string, size: number, lineStart: number, previousBlank: boolean, cuts: number[], stopAt?: (cut: number) => T | undefined): T | undefined {
  const verbatim = new VerbatimLines()
  let lastCut = cuts[cuts.length - 1]
  while (lineStart < text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? text.length : nl
    const line = text.slice(lineStart, lineEnd)
    const blank = line.trim() === ''
    if (!verbatim.inside && previousBlank && !blank && /^\S/.test(line) && !/^(---|\+\+\+)/.test(line) && lineStart - lastCut >= size) {
      cuts.push(lineStart)
      lastCut = lineStart
      const stop = stopAt?.(lineStart)
      if (stop !== undefined) return stop
    }
    verbatim.read(line)
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return undefined
}

// micromark's time grows with the cube of list nesting (400 levels: seconds; 2,000: minutes). No
// real document indents a line by 256 columns; a piece that does is read as plain text.
const ABSURD_INDENT = /^[ \t]{256,}/m

// The caller (a LintSession) has already cut long documents into pieces: each is parsed whole.
function parseMarkdown(text: string, plainBlocks: boolean): ParsedDocument {
  if (ABSURD_INDENT.test(text)) return parsePlainText(text)
  const result: ParsedDocument = { units: [], directives: [], masks: [], links: [], sections: 0 }
  visitMarkdown(markdownTree(text, plainBlocks), text, result)
  return result
}

const parseWithMicromark = (text: string) => markdownParser.parse(text)

/** The mdast tree of a piece of Markdown: the same with or without the plain-block shortcut. */
export function markdownTree(text: string, plainBlocks = true): Root {
  return (plainBlocks && parseWithPlainBlocks(text, parseWithMicromark)) || parseWithMicromark(text)
}

// Iterative walks: a document of 5,000 nested block quotes must not exhaust the call stack.
function visitMarkdown(tree: MdastNodes, text: string, result: ParsedDocument): void {
  let section = result.sections
  let quoteDepth = 0

  // Depth-first, in document order, without recursion; `quoted` counts enclosing block quotes.
  const stack: Array<{ node: MdastNodes; quoted: number }> = [{ node: tree, quoted: 0 }]
  while (stack.length) {
    const { node, quoted } = stack.pop()!
    quoteDepth = quoted
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        if (node.type === 'heading') result.sections = ++section
        addUnit(node, node.type === 'heading')
        collectInline(node)
        break
      case 'tableCell':
        addUnit({ type: 'paragraph', children: node.children, position: node.position } as MdastParents, false)
        collectInline(node)
        break
      case 'html':
        result.directives.push(...parseDirectives(node.value, offsetOf(node, 'start')))
        break
      case 'yaml':
        result.units.push(...frontMatterUnits(text, node))
        break
      case 'code':
      case 'inlineCode':
      case 'definition':
        break
      default:
        if ('children' in node) {
          const depth = node.type === 'blockquote' ? quoted + 1 : quoted
          for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as MdastNodes, quoted: depth })
        }
    }
  }

  function addUnit(node: MdastParents, heading: boolean): void {
    const start = offsetOf(node, 'start')
    const end = offsetOf(node, 'end')
    const plain = mdastToString(node)
    if (plain.trim()) result.units.push({ start, end, text: plain, heading, quoted: quoteDepth > 0, section, node })
  }

  // Inline HTML comments carry directives; autolinks, inline code and inline HTML are never prose
  // (masked too, so a block too long for the nlcst bridge can be read as plain text safely).
  function collectInline(parent: MdastParents): void {
    const stack = [...(parent.children as MdastNodes[])].reverse()
    while (stack.length) {
      const child = stack.pop()!
      const span = { start: offsetOf(child, 'start'), end: offsetOf(child, 'end') }
      if (child.type === 'html') {
        result.directives.push(...parseDirectives(child.value, span.start))
        result.masks.push(span)
      } else if (child.type === 'inlineCode' || (child.type === 'link' && isAutolink(child))) result.masks.push(span)
      else {
        if (child.type === 'link' || child.type === 'linkReference') result.links.push(span)
        if ('children' in child) for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as MdastNodes)
      }
    }
  }
}

function isAutolink(link: Link): boolean {
  const label = mdastToString(link)
  return label === link.url || link.url === `mailto:${label}` || link.url === `http://${label}` || /^(https?:|www\.)/i.test(label)
}

function offsetOf(node: MdastNodes, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0
}

function frontMatterUnits(text: string, node: Yaml): ProseUnit[] {
  const nodeStart = offsetOf(node, 'start')
  const contentStart = text.indexOf('\n', nodeStart) + 1
  if (contentStart === 0 || text.slice(contentStart, contentStart + node.value.length) !== node.value) return []
  const doc = parseDocument(node.value)
  if (!isMap(doc.contents)) return []
  const units: ProseUnit[] = []
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    if (!FRONT_MATTER_PROSE_KEYS.has(key.toLowerCase()) || !isScalar(value) || !value.range) continue
    let [start, end] = value.range
    if (value.type === Scalar.QUOTE_DOUBLE || value.type === Scalar.QUOTE_SINGLE) {
      start += 1
      end -= 1
    } else if (value.type === Scalar.BLOCK_LITERAL || value.type === Scalar.BLOCK_FOLDED) {
      start = node.value.indexOf('\n', start) + 1
    }
    if (start <= 0 || end <= start) continue
    const slice = node.value.slice(start, end)
    units.push({ start: contentStart + start, end: contentStart + end, text: slice, heading: key.toLowerCase() === 'title', quoted: false, section: 0 })
  }
  return units
}
