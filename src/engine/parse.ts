// Markdown and plain text → the prose blocks rules read, with the never-lint zones left out:
// code blocks, inline code, HTML, URLs and autolinks, and front matter other than the values of
// `title` and `description` (marketing copy lives there).
import type { Nodes as MdastNodes, Parents as MdastParents, Link, Yaml } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument, Scalar, isMap, isScalar } from 'yaml'
import { parseDirectives, type Directive } from './directives.js'

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
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()
const FRONT_MATTER_PROSE_KEYS = new Set(['title', 'description'])
const URLISH = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>()"'«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi

export function parseDocumentText(text: string, format: DocumentFormat): ParsedDocument {
  const parsed = format === 'markdown' ? parseMarkdown(text) : parsePlainText(text)
  for (const match of text.matchAll(URLISH)) parsed.masks.push({ start: match.index, end: match.index + match[0].length })
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
  return { units, directives, masks: directives.map(({ start, end }) => ({ start, end })), links: [] }
}

function parseMarkdown(text: string): ParsedDocument {
  const tree = markdownParser.parse(text)
  const result: ParsedDocument = { units: [], directives: [], masks: [], links: [] }
  let section = 0
  let quoteDepth = 0

  const visit = (node: MdastNodes) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        if (node.type === 'heading') section++
        addUnit(node, node.type === 'heading')
        collectInline(node)
        return
      case 'tableCell':
        addUnit({ type: 'paragraph', children: node.children, position: node.position } as MdastParents, false)
        collectInline(node)
        return
      case 'blockquote':
        quoteDepth++
        for (const child of node.children) visit(child)
        quoteDepth--
        return
      case 'html':
        result.directives.push(...parseDirectives(node.value, offsetOf(node, 'start')))
        return
      case 'yaml':
        result.units.push(...frontMatterUnits(text, node))
        return
      case 'code':
      case 'inlineCode':
      case 'definition':
        return
      default:
        if ('children' in node) for (const child of node.children) visit(child as MdastNodes)
    }
  }

  const addUnit = (node: MdastParents, heading: boolean) => {
    const start = offsetOf(node, 'start')
    const end = offsetOf(node, 'end')
    const plain = mdastToString(node)
    if (plain.trim()) result.units.push({ start, end, text: plain, heading, quoted: quoteDepth > 0, section, node })
  }

  // Inline HTML comments carry directives; autolinks and bare URLs are never prose.
  const collectInline = (node: MdastParents) => {
    for (const child of node.children as MdastNodes[]) {
      if (child.type === 'html') result.directives.push(...parseDirectives(child.value, offsetOf(child, 'start')))
      else if (child.type === 'link' && isAutolink(child)) result.masks.push({ start: offsetOf(child, 'start'), end: offsetOf(child, 'end') })
      else {
        if (child.type === 'link' || child.type === 'linkReference') result.links.push({ start: offsetOf(child, 'start'), end: offsetOf(child, 'end') })
        if ('children' in child) collectInline(child)
      }
    }
  }

  visit(tree)
  return result
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
