// The inline content of a plain block (plain-blocks.ts), built as micromark builds it: text, code
// spans (plain-code-spans.ts), backslash escapes, hard breaks (plain-breaks.ts), HTML tags on one
// line and autolinks of a URL (plain-tags.ts), images (plain-images.ts), simple links, unambiguous
// emphasis (plain-emphasis.ts) and bare URLs and e-mail addresses (plain-literals.ts).
// Anything else (character references, other HTML, e-mail autolinks, brackets that are not a
// simple link, a backtick run nothing closes) returns undefined, and micromark parses the block.
// Code spans are found first, as CommonMark reads them (they bind tighter than links, leftmost
// first), then the escapes, breaks, tags and images outside them; links are then looked for in a
// copy of the text where each of these atoms is blotted out, so a bracket inside them is never
// read as a link's.
import type { Html, Link, LinkReference, PhrasingContent, Text } from 'mdast'
import type { Point } from 'unist'
import { normalizeLabel, type DefinitionKey } from './definitions.js'
import { delimiterRole, withEmphasis, type Delimiter } from './plain-emphasis.js'
import { imageAtoms } from './plain-images.js'
import { autolinkLiterals, LITERAL_SIGN, literalNode } from './plain-literals.js'
import { breakAtom, withSpaceBreaks } from './plain-breaks.js'
import { blotted, codeSpans, codeValue, type CodeSpan } from './plain-code-spans.js'
import { htmlTags } from './plain-tags.js'

export type Place = (offset: number) => Point

// Inline syntax never occurs in plain text: code, strikethrough, opening brackets (links other
// than the simple ones below, images, footnotes), superscript carets, NUL (replaced by micromark),
// a BOM, tabs (columns) and CR (line ends). A "\" left in text is not an escape (those are atoms,
// see `withEscapes`): a backslash before a character that is no ASCII punctuation or a line end.
// A "]" is text: it closes a label only when an unclosed "[" or "![" is before it, and every "["
// the shortcut keeps is a link's or an image's, which micromark has closed by then (node's
// changelog lines, "\[[`hash`](url)] - **x**: …", and type lists, "{string\[]}"). "|" is text: a
// table needs a delimiter row, a line that starts with "|", ":" or "-", which no line of a plain
// block does (PLAIN_START in plain-block-nodes.ts), and a table's cells, split at every "|" not
// escaped (plain-table.ts), hold none. "#" has no inline meaning (a heading's closing sequence
// is cut off by plain-block-nodes.ts, a line that starts with one is not plain), nor has "@"
// outside an e-mail literal (LITERAL_SIGN), nor has "<" before a space or a line end (no tag or
// autolink starts so: htmlTags vets every other "<"), nor has ">" (a block quote's only at a
// line's start, refused there by plain-block-nodes.ts), nor has "&" outside what may be a
// character reference (CHARACTER_REFERENCE).
const PLAIN_CHARACTERS = /^[^`~[^\t\r\0\uFEFF]*$/
// "[]" is text where no "(" or "[" follows it (a link or a reference of no text) and no "!" is
// before it (an image): an empty label is no reference's ("string[]", "Node[]" in type lists).
const EMPTY_BRACKETS = /(?<!!)\[\](?![[(])/g
// A character reference is "&", a name or "#" and digits, ";": "Q&A", "a & b", "&&" are text.
const CHARACTER_REFERENCE = /&[#\dA-Za-z]+;/
// Emphasis delimiters: each run is classed by plain-emphasis.ts.
const DELIMITER_RUNS = /\*+|_+/g
// [label](destination): a label of plain text or code (over lines too: "[let me\nknow](u)", a
// dozen of readme-1m's chunks) and a destination of URL characters only (no spaces, parentheses,
// quotes other than ', escapes, character references or angle brackets; "&" only where no ";"
// is, when it starts no character reference: badges' "?style=flat&logo=x", 6 of readme-1m's
// pieces handed to micromark for it alone); or a reference,
// [text][label], [label][] or [label], not followed by a bracket or a parenthesis (chains of
// brackets are left to micromark). Not after "!" (an image) or "]".
const LINK = /(?<![!\]])\[([^\]]+)\](?:\(([\w/:.~%#?=+\-@!$',;*]+|[\w/:.~%#?=+\-@!$',*&]+)\)|(?:\[([^[\]\n\\`]*)\])?(?![[(]))/g
// A reference's label: no escape, no footnote's "^" (GFM reads "[^x]" as a footnote call).
const REFERENCE_LABEL = /^[^\\^][^\\]{0,998}$/
// What starts a paragraph's continuation line and is not its text: an indent (in a list item) or a
// block quote's marker and the spaces after it (no other line of a paragraph starts with ">").
const CONTINUATION = /\n>? */g
const CONTINUATION_AT_END = /\n(>? *)$/
// A backslash escape: "\" and ASCII punctuation, which micromark reads as that character alone.
const ESCAPED = /[!-/:-@[-`{-~]/
// GFM's autolink-literal transform reads text nodes after escapes are decoded: a text holding an
// escape and one of these ("www\.x.io", "a\@b.co") is left to micromark.
const DECODED_LITERAL_SIGN = /www|https?:|@/i

/**
 * Text, code spans, simple links and emphasis, as micromark would give them, or undefined if there
 * is other syntax. `inCell`: a table cell's content, a chunk of its own to micromark (the
 * characters around it are white space to its emphasis runs), without autolink literals.
 */
export function inlineNodes(text: string, start: number, end: number, point: Place, defined?: ReadonlySet<DefinitionKey>, inCell = false): PhrasingContent[] | undefined {
  const value = text.slice(start, end)
  const spans = value.includes('`') ? codeSpans(value) : []
  const escaped = spans && value.includes('\\') ? withEscapes(value, spans) : spans
  const broken = escaped && (value.includes(' \n') || value.includes(' \r\n') || value.endsWith(' ')) ? withSpaceBreaks(value, escaped) : escaped
  const tagged = broken && value.includes('<') ? htmlTags(value, broken) : broken
  const context: Context = { text, point, defined, literals: !inCell, inLabel: false, from: inCell ? start : 0, to: inCell ? end : text.length }
  const codes = tagged && value.includes('![') ? withImages(context, value, tagged) : tagged
  if (!codes) return undefined
  return inlineWithCodes(context, start, value, codes)
}

/** `codes` with the images outside them (plain-images.ts), in order. */
function withImages(context: Context, value: string, codes: readonly CodeSpan[]): CodeSpan[] | undefined {
  const images = imageAtoms(codes.length ? blotted(value, codes) : value, (label) => referenceNode(context, label, 'full'))
  if (!images) return undefined
  const atoms: CodeSpan[] = [...codes, ...images.map(({ start, end, node }) => ({ start, end, fence: 0, image: node }))]
  return atoms.sort((a, b) => a.start - b.start)
}

/**
 * What the inline nodes of a block are read against: the document's points, and the labels
 * defined for its references, when known (else a reference is left to micromark).
 */
interface Context {
  /** The document: the characters around a delimiter run say what it does. */
  text: string
  /** Where the chunk micromark reads the content in starts and ends (a table cell's, or the whole text). */
  from: number
  to: number
  /** Whether autolink literals may be built: not in a link's label (no link in a link) nor in table cells. */
  literals: boolean
  /** In a link's label, what looks like an autolink literal is text (GFM's transform skips links). Always set: one shape of object. */
  inLabel: boolean
  point: Place
  defined: ReadonlySet<DefinitionKey> | undefined
}

function inlineWithCodes(context: Context, start: number, value: string, codes: readonly CodeSpan[]): PhrasingContent[] | undefined {
  const { point } = context
  const nodes: Array<PhrasingContent | Delimiter> = []
  let delimiters = false
  let from = 0
  let code = 0
  // Text and code spans from `from` to `to` (no link starts or ends inside a code span).
  const plain = (to: number) => {
    for (; code < codes.length && codes[code].start < to; code++) {
      const atom = codes[code]
      if (!addText(from, atom.start)) return false
      nodes.push(atomNode(value, start, atom, point))
      from = atom.end
    }
    return addText(from, to)
  }
  const addText = (at: number, to: number): boolean => {
    const part = value.slice(at, to)
    // CR only in a CRLF line ending.
    const vetted = part.includes('[]') ? part.replace(EMPTY_BRACKETS, '') : part
    if (!PLAIN_CHARACTERS.test(vetted.includes('\r') ? vetted.replace(/\r\n/g, '\n') : vetted) || CHARACTER_REFERENCE.test(part)) return false
    if (LITERAL_SIGN.test(part) && !context.inLabel) return addWithLiterals(at, to)
    if (!part.includes('*') && !part.includes('_')) return addPlainText(at, to)
    // Text up to each run that opens or closes, then the run; the others stay in the text.
    const partStart = at
    for (const run of part.matchAll(DELIMITER_RUNS)) {
      const runStart = partStart + run.index
      const runEnd = runStart + run[0].length
      const role = delimiterRole(context.text, start + runStart, start + runEnd, context.from, context.to)
      if (role === 'text') continue
      if (!role) return false
      addPlainText(at, runStart)
      nodes.push({ type: 'delimiter', marker: run[0][0], role, start: start + runStart, end: start + runEnd })
      delimiters = true
      at = runEnd
    }
    return addPlainText(at, to)
  }
  // Text with autolink literals (plain-literals.ts): the text between them, then each link.
  const addWithLiterals = (at: number, to: number): boolean => {
    const literals = context.literals ? autolinkLiterals(context.text, start + at, start + to) : undefined
    if (!literals?.length) return false
    for (const literal of literals) {
      if (!addText(at, literal.start - start)) return false
      nodes.push(literalNode(context.text, literal, point))
      at = literal.end - start
    }
    return addText(at, to)
  }
  const addPlainText = (at: number, to: number) => {
    const part = value.slice(at, to)
    if (!part) return true
    if (!part.includes('\n ') && !part.includes('\n>')) nodes.push({ type: 'text', value: part, position: span(start + at, start + to, point) })
    else {
      // A paragraph's continuation lines lose their indent (in a list item) or their block
      // quote's marker and the space after it; a text that ends with one ends where its line starts.
      const indentAtEnd = CONTINUATION_AT_END.exec(part)?.[1].length ?? 0
      nodes.push({ type: 'text', value: part.replace(CONTINUATION, '\n'), position: span(start + at, start + to - indentAtEnd, point) })
    }
    return true
  }
  // A text with no "[" has no link to look for (8,123 of the 10,698 texts of readme-1m): its
  // regular expression, and the match iterator, are not run on it.
  const links = !value.includes('[') ? [] : (codes.length ? blotted(value, codes) : value).matchAll(LINK)
  for (const link of links) {
    const [whole, label, url, reference] = link
    const at = link.index
    if (!plain(at) || label !== label.trim()) return undefined
    const labelStart = at + 1
    const inLabel = codes.slice(code).filter((c) => c.end <= labelStart + label.length)
    // An autolink in a link's label (a link in a link): rare, left to micromark.
    if (inLabel.some((c) => c.autolink !== undefined)) return undefined
    // A reference's label over lines is its identifier too (whitespace folded): left to micromark.
    if (url === undefined && !reference && label.includes('\n')) return undefined
    const labelNodes = inlineWithCodes({ ...context, literals: false, inLabel: true }, start + labelStart, value.slice(labelStart, labelStart + label.length), inLabel.map((c) => ({ ...c, start: c.start - labelStart, end: c.end - labelStart, ...(c.breakEnd !== undefined && { breakEnd: c.breakEnd - labelStart }) })))
    if (!labelNodes) return undefined
    code += inLabel.length
    const position = span(start + at, start + at + whole.length, point)
    if (url !== undefined) nodes.push({ type: 'link', title: null, url, children: labelNodes as Link['children'], position })
    else {
      const node = referenceNode(context, reference ? reference : value.slice(labelStart, labelStart + label.length), reference === undefined ? 'shortcut' : reference ? 'full' : 'collapsed')
      if (!node) return undefined
      nodes.push({ type: 'linkReference', children: labelNodes as Link['children'], position, ...node })
    }
    from = at + whole.length
  }
  if (!plain(value.length)) return undefined
  const built = delimiters ? withEmphasis(nodes, point) : (nodes as PhrasingContent[])
  return built && codes.some((atom) => atom.escape) ? joinTexts(built) : built
}

/** A reference's fields, when its label is defined (else micromark reads it as text: left to it). */
function referenceNode(context: Context, label: string, referenceType: LinkReference['referenceType']): Pick<LinkReference, 'label' | 'identifier' | 'referenceType'> | undefined {
  const key = normalizeLabel(label)
  if (!REFERENCE_LABEL.test(label) || !key || !context.defined?.has(key)) return undefined
  return { label, identifier: key.toLowerCase(), referenceType }
}

/**
 * `codes` with the backslash escapes outside them, in order (atoms, so that no link, tag, image or
 * emphasis run is read in them), and the hard breaks of a backslash before a line ending
 * (plain-breaks.ts). Undefined for an escaped backtick (codeSpans read it as a run) and a
 * backslash before a CR; a backslash in a code span is the span's.
 */
function withEscapes(value: string, codes: readonly CodeSpan[]): CodeSpan[] | undefined {
  const atoms: CodeSpan[] = []
  let code = 0
  for (let at = value.indexOf('\\'); at >= 0; at = value.indexOf('\\', at + 1)) {
    for (; code < codes.length && codes[code].start < at; code++) atoms.push(codes[code])
    const inCode = atoms.length > 0 && atoms[atoms.length - 1].end > at
    if (inCode) continue
    const next = value[at + 1]
    if (next === '\n') {
      const hardBreak = breakAtom(value, at, at + 1)
      if (!hardBreak) return undefined
      atoms.push(hardBreak)
      at = hardBreak.end - 1
      continue
    }
    if (next === '\r' || next === '`') return undefined
    if (next === undefined || !ESCAPED.test(next)) continue
    atoms.push({ start: at, end: at + 2, fence: 0, escape: true })
    at++
  }
  for (; code < codes.length; code++) atoms.push(codes[code])
  return atoms
}

/**
 * Adjacent texts made one, as mdast-util-from-markdown adds each piece of data to the text before
 * it: an escape's character joins the texts around it. Undefined when a text with an escape in it
 * may hold an autolink literal (GFM's transform reads the decoded text).
 */
function joinTexts(nodes: readonly PhrasingContent[]): PhrasingContent[] | undefined {
  const joined: PhrasingContent[] = []
  // Whether the last node joined is a text with an escape in it.
  let escaped = false
  for (const node of nodes) {
    const last = joined[joined.length - 1]
    if (node.type === 'text' && last?.type === 'text') {
      joined[joined.length - 1] = { type: 'text', value: last.value + node.value, position: { start: last.position!.start, end: node.position!.end } }
      escaped ||= ESCAPES.has(node)
      continue
    }
    if (escaped && DECODED_LITERAL_SIGN.test((last as Text).value)) return undefined
    escaped = ESCAPES.has(node)
    if (node.type !== 'emphasis' && node.type !== 'strong') joined.push(node)
    else {
      const children = joinTexts(node.children)
      if (!children) return undefined
      joined.push({ ...node, children: children as typeof node.children })
    }
  }
  if (escaped && DECODED_LITERAL_SIGN.test((joined[joined.length - 1] as Text).value)) return undefined
  return joined
}

function atomNode(value: string, start: number, atom: CodeSpan, point: Place): PhrasingContent {
  const image = atom.image
  if (image) {
    // In micromark's key order: the tests compare trees as JSON.
    const position = span(start + atom.start, start + atom.end, point)
    if (image.type === 'image') return { ...image, position }
    return { type: 'imageReference', alt: image.alt, position, label: image.label, identifier: image.identifier, referenceType: image.referenceType }
  }
  if (atom.autolink !== undefined) {
    // As mdast-util-from-markdown builds it: the URL as written, and a text of it inside the brackets.
    const url = atom.autolink
    return { type: 'link', title: null, url, children: [{ type: 'text', value: url, position: span(start + atom.start + 1, start + atom.end - 1, point) }], position: span(start + atom.start, start + atom.end, point) }
  }
  if (atom.breakEnd !== undefined) return { type: 'break', position: span(start + atom.start, start + atom.breakEnd, point) }
  if (atom.escape) {
    const escape: Text = { type: 'text', value: value[atom.start + 1], position: span(start + atom.start, start + atom.end, point) }
    ESCAPES.add(escape)
    return escape
  }
  if (atom.fence) return { type: 'inlineCode', value: codeValue(value, atom), position: span(start + atom.start, start + atom.end, point) }
  return htmlNode(value, start, atom, point)
}

// The texts of escapes, until joinTexts has joined them to the texts around them.
const ESCAPES = new WeakSet<PhrasingContent>()

function htmlNode(value: string, start: number, tag: CodeSpan, point: Place): Html {
  return { type: 'html', value: value.slice(tag.start, tag.end), position: span(start + tag.start, start + tag.end, point) }
}

export function span(start: number, end: number, point: Place) {
  return { start: point(start), end: point(end) }
}
