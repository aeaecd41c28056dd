// Markdown and plain text → the prose blocks rules read, with the never-lint zones left out:
// code blocks, inline code, HTML, URLs and autolinks, and front matter other than the values of
// `title` and `description` (marketing copy lives there).
import type { Definition, FootnoteDefinition, Nodes as MdastNodes, Parents as MdastParents, Link, Root, Yaml } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument, Scalar, isMap, isScalar } from 'yaml'
import { definitionKey, remarkDeclaredDefinitions, withDefinitions, type DefinitionKey } from './definitions.js'
import { parseDirectives, type Directive } from './directives.js'
import { parseWithPlainBlocks } from './plain-blocks.js'
import { reusableParser } from './reusable-parser.js'
import { urlMasks } from './url-masks.js'
import type { Span } from '../span.js'
import { blockStarts, hasAbsurdIndent } from '../cut/pieces.js'
import { frontMatterEnd, verbatimBlockEnd } from './verbatim.js'
import { work } from '../work.js'

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
  masks: Span[]
  /** Links with a label: evidence for a claim made next to them. */
  links: Span[]
  /** Headings seen: the next text's section number. */
  sections: number
  /** The link and footnote definitions it makes, for the whole document. */
  defines: DefinitionKey[]
  /**
   * The fenced code or HTML block it ends inside (unclosed), if it does: the document's next lines
   * belong to it, not to blocks of their own. `at`: where it starts; `from`: the last place at or
   * before it where the cutter could cut and no block of the text runs across.
   */
  openBlock?: { at: number; from: number }
}

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDeclaredDefinitions).freeze()
// The same without GFM, for a text none of GFM's constructs can start in. Each call of a parser
// combines its extensions anew, and GFM's autolink literals hook every ASCII letter and digit:
// CommonMark alone parses such a text about 1.9× faster (what readme-1m hands micromark without
// these signs: 174 of 367 pieces, 62 against 115 ms of CPU) into the same tree.
const commonmarkParser = unified().use(remarkParse).use(remarkDeclaredDefinitions).freeze()
// The two, their extensions combined and their compilers configured once (reusable-parser.ts):
// the same trees as their `parse`, which the reference path (`plainBlocks` false) keeps using.
const parseWithGfm = reusableParser(markdownParser)
const parseWithCommonmark = reusableParser(commonmarkParser)
// Where GFM could read something CommonMark does not: a table needs a "|", or a ":" next to a
// delimiter row's "-" ("a\n:-" is a table of one column); strikethrough "~"; a footnote "[^"; a
// task "[ ]", "[x]" (any white space inside); an autolink literal "www", "http" or "@", which its
// transform also finds in text written with character references ("&#64;"), hence "&". Escapes
// keep the character they escape ("\@" has its "@").
const GFM_SIGNS = /[|~@&]|:-|-:|\[[\s^xX]|www|http/i
// Only for a text that opens with front matter: remark-frontmatter, given a first line "---" that
// nothing closes, reads every later list and block quote of the text as a paragraph.
const frontMatterParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDeclaredDefinitions).freeze()
const FRONT_MATTER_PROSE_KEYS = new Set(['title', 'description'])

/**
 * `plainBlocks` (the default) builds plain paragraphs, headings and list items without micromark
 * (see plain-blocks.ts); false parses everything with micromark, the reference the tests compare
 * it with. `definitions`: those made elsewhere in the document that the text refers to.
 */
export function parseDocumentText(text: string, format: DocumentFormat, plainBlocks = true, definitions: readonly DefinitionKey[] = []): ParsedDocument {
  const parsed = format === 'markdown' ? parseMarkdown(text, plainBlocks, definitions) : parsePlainText(text)
  for (const mask of urlMasks(text)) parsed.masks.push(mask)
  return parsed
}

// Plain text has no comments, but a directive written as one is honoured and is not prose.
function parsePlainText(text: string): ParsedDocument {
  const units: ProseUnit[] = []
  const directives = parseDirectives(text, 0)
  // Units are separated by blank lines, a run of them being one gap: a unit never starts with one.
  const blank = /\r?\n(?:[ \t]*\r?\n)+/g
  // Blank lines at the very start have no line break before them for `blank` to see.
  let start = /^(?:[ \t]*\r?\n)*/.exec(text)![0].length
  for (;;) {
    const gap = blank.exec(text)
    const end = gap ? gap.index : text.length
    const slice = text.slice(start, end)
    if (slice.trim()) units.push({ start, end, text: slice, heading: false, quoted: false, section: 0 })
    if (!gap) break
    start = gap.index + gap[0].length
    blank.lastIndex = start
  }
  return { units, directives, masks: directives.map(({ start, end }) => ({ start, end })), links: [], sections: 0, defines: [] }
}

// The caller (a LintSession) has already cut long documents into pieces: each is parsed whole.
function parseMarkdown(text: string, plainBlocks: boolean, definitions: readonly DefinitionKey[]): ParsedDocument {
  if (hasAbsurdIndent(text)) return parsePlainText(text)
  const result: ParsedDocument = { units: [], directives: [], masks: [], links: [], sections: 0, defines: [] }
  const tree = withDefinitions(definitions, () => markdownTree(text, plainBlocks))
  visitMarkdown(tree, text, result)
  result.openBlock = openBlockOf(tree, text)
  return result
}

// Only a block at the top level can go on past a blank line and a line in column 0.
function openBlockOf(tree: Root, text: string): ParsedDocument['openBlock'] {
  const last = tree.children.at(-1)
  if (last?.type !== 'code' && last?.type !== 'html') return undefined
  const at = offsetOf(last, 'start')
  if (verbatimBlockEnd(text, at) !== undefined) return undefined
  // The cutter's cuts up to the block, against the blocks of this kind the parse found: a cut
  // inside one is not a place to cut. (A cut inside a list, before an item, is: each item reads
  // the same in a list of its own.)
  const verbatim = tree.children.filter((c) => c.type === 'code' || c.type === 'html')
  let from = 0
  let block = 0
  for (const cut of blockStarts(text, 'markdown', 0, at)) {
    if (cut > at) break
    while (offsetOf(verbatim[block], 'end') <= cut) block++
    if (offsetOf(verbatim[block], 'start') >= cut) from = cut
  }
  return { at, from }
}

/**
 * The mdast tree of a piece of Markdown: the same with or without the plain-block shortcut.
 * Without it (the reference the tests compare with), micromark always parses with GFM.
 */
export function markdownTree(text: string, plainBlocks = true): Root {
  const parser = frontMatterEnd(text) ? frontMatterParser : markdownParser
  const parseWithMicromark = plainBlocks && parser === markdownParser ? micromarkTree : (compact: string) => parser.parse(compact)
  return (plainBlocks && parseWithPlainBlocks(text, parseWithMicromark)) || parseWithMicromark(text)
}

/** micromark's tree of `text` with GFM, parsed without GFM's extensions when it has no GFM sign. */
export function micromarkTree(text: string): Root {
  if (GFM_SIGNS.test(text)) {
    work.gfmParses++
    return parseWithGfm(text)
  }
  work.commonmarkParses++
  return parseWithCommonmark(text)
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
      case 'definition':
        addDefinition(node)
        break
      case 'code':
      case 'inlineCode':
        break
      case 'footnoteDefinition':
        addDefinition(node)
        pushChildren(node, quoted)
        break
      default:
        if ('children' in node) pushChildren(node, node.type === 'blockquote' ? quoted + 1 : quoted)
    }
  }

  function pushChildren(node: MdastParents, quoted: number): void {
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as MdastNodes, quoted })
  }

  function addDefinition(node: Definition | FootnoteDefinition): void {
    const key = definitionKey(node, text)
    if (key !== undefined) result.defines.push(key)
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
