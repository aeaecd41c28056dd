// Adds an accepted word to the text of a .cluetrain.yaml. The edit is the smallest that works, so
// the user's comments, order and formatting stay as they wrote them, and it is verified: the new
// text must parse, without errors, to the old value with the word appended to `accept` and
// nothing else changed. Each candidate edit that does not is dropped for the next: an insertion
// somewhere else, then an edit through the yaml library's document model (it keeps comments, but
// may re-indent and re-space what it prints). When none passes, the file is left alone with a
// reason. A text edit that only looks right cost users their whole config: `[Nimbus, Acme,]`
// became `[Nimbus, Acme,, synergies]`, and `0x1F` written plain reads back as the number 31.
import equal from 'fast-deep-equal/es6/index.js'
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import { commonPrefix, commonSuffix } from '../engine/cut/text-diff.js'

/** Replace `length` characters at `offset` with `text`. */
export interface TextEdit {
  offset: number
  length: number
  text: string
}

/** Why a word cannot be added safely: the file is left as it is. */
export type AcceptRefusal = 'invalid-yaml' | 'not-a-mapping' | 'accept-not-a-list' | 'unverified'

export type AcceptWordEdit = { edit: TextEdit } | { present: true } | { refused: AcceptRefusal }

// As parseConfig reads the file (src/engine/config/config.ts): a duplicate key is an error.
const PARSE_OPTIONS = { uniqueKeys: true } as const

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length)
}

/** The edit that adds `word` to `accept`; `present` when it is there already, in any case. */
export function acceptWordEdit(text: string, word: string): AcceptWordEdit {
  const before = read(text)
  if (!before) return { refused: 'invalid-yaml' }
  const value = before.value ?? {}
  if (!isPlainObject(value)) return { refused: 'not-a-mapping' }
  const accepted = value.accept ?? []
  if (!Array.isArray(accepted)) return { refused: 'accept-not-a-list' }
  if (accepted.some((w) => typeof w === 'string' && w.toLowerCase() === word.toLowerCase())) return { present: true }
  const expected = { ...value, accept: [...accepted, word] }
  for (const edit of candidates(text, word, before.doc)) {
    const after = read(applyEdit(text, edit))
    if (after && after.doc.warnings.length <= before.doc.warnings.length && equal(after.value, expected)) return { edit }
  }
  return { refused: 'unverified' }
}

function read(text: string): { doc: Document.Parsed; value: unknown } | undefined {
  try {
    const doc = parseDocument(text, PARSE_OPTIONS)
    return doc.errors.length ? undefined : { doc, value: doc.toJS() }
  } catch {
    return undefined // toJS refuses an alias bomb (more than 100 aliases)
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

/** The edits to try, smallest first; the first that verifies is made. */
function* candidates(text: string, word: string, doc: Document.Parsed): Generator<TextEdit> {
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const root = doc.contents
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'accept') : undefined
  const list = pair?.value
  if (isSeq(list) && list.flow) yield* intoFlowList(text, word, list)
  else if (isSeq(list)) yield* intoBlockList(text, word, list, newline)
  else if (pair) yield* intoEmptyValue(text, word, pair, newline)
  else yield* asNewKey(text, word, root, newline)
  const model = throughDocumentModel(text, word, newline)
  if (model) yield model
}

function* intoFlowList(text: string, word: string, list: YAMLSeq): Generator<TextEdit> {
  const item = yamlScalar(word, true)
  const last = list.items.at(-1) as YamlNode | undefined
  // Right after the last item, before any trailing comma or comment: `[a, b,]` → `[a, b, c,]`.
  if (last?.range) yield { offset: last.range[1], length: 0, text: `, ${item}` }
  else if (!last && list.range && text[list.range[0]] === '[') yield { offset: list.range[0] + 1, length: 0, text: item }
}

function* intoBlockList(text: string, word: string, list: YAMLSeq, newline: string): Generator<TextEdit> {
  const last = list.items.at(-1) as YamlNode | undefined
  if (!last?.range) return
  const indent = /^([ \t]*)-/.exec(lineUpTo(text, last.range[0]))?.[1]
  if (indent === undefined) return
  const item = `${indent}- ${yamlScalar(word, false)}`
  const end = last.range[1]
  // A block scalar (`|`, `>`) ends at the start of the line after it (blank lines included, which
  // `|+` keeps): the new item goes there. Anything else ends on its line, before any comment.
  if (text[end - 1] === '\n') yield { offset: end, length: 0, text: `${item}${newline}` }
  else yield { offset: lineEnd(text, end), length: 0, text: `${newline}${item}` }
}

function* intoEmptyValue(text: string, word: string, pair: Pair, newline: string): Generator<TextEdit> {
  const value = pair.value as YamlNode | null
  const key = (pair.key as YamlNode).range
  if (!key) return
  // `accept: ~` or `accept: null`: a flow list in its place, on its line.
  if (isScalar(value) && value.range && value.range[1] > value.range[0]) yield { offset: value.range[0], length: value.range[1] - value.range[0], text: `[${yamlScalar(word, true)}]` }
  // `accept:` and nothing else (a comment at most): a block list under it.
  const indent = /^[ \t]*/.exec(lineUpTo(text, key[0]))![0]
  yield { offset: lineEnd(text, key[1]), length: 0, text: `${newline}${indent}  - ${yamlScalar(word, false)}` }
}

function* asNewKey(text: string, word: string, root: Document.Parsed['contents'], newline: string): Generator<TextEdit> {
  const first = isMap(root) && !root.flow ? (root.items[0]?.key as YamlNode | undefined) : undefined
  const indent = first?.range ? /^[ \t]*/.exec(lineUpTo(text, first.range[0]))![0] : ''
  const block = (at: number): TextEdit => {
    const lead = at > 0 && text[at - 1] !== '\n' ? newline : ''
    return { offset: at, length: 0, text: `${lead}${indent}accept:${newline}${indent}  - ${yamlScalar(word, false)}${newline}` }
  }
  yield block(text.length) // at the end, after any closing comments
  if (root?.range) yield block(root.range[1]) // before a document end marker (`...`)
}

/** The document model's edit, as the smallest text edit that turns `text` into what it prints. */
function throughDocumentModel(text: string, word: string, newline: string): TextEdit | undefined {
  try {
    const doc: Document = parseDocument(text, PARSE_OPTIONS)
    const item = new Scalar(word)
    if (yamlScalar(word, false) !== word) item.type = Scalar.QUOTE_DOUBLE
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
      const map = doc.createNode({}) as YAMLMap
      map.commentBefore = (doc.contents as YamlNode | null)?.commentBefore
      doc.contents = map
    }
    const list = doc.get('accept', true)
    if (isSeq(list)) list.add(item)
    else doc.set('accept', doc.createNode([item]))
    const printed = doc.toString({ lineWidth: 0 })
    return smallestEdit(text, newline === '\r\n' ? printed.replace(/\r?\n/g, '\r\n') : printed)
  } catch {
    return undefined // contents the model cannot hold a key in (a list, a string)
  }
}

function smallestEdit(before: string, after: string): TextEdit {
  let start = commonPrefix(before, after)
  // Never between CR and LF, nor inside a surrogate pair: an editor cannot place an edit there.
  if (start > 0 && (before[start - 1] === '\r' || isHighSurrogate(before.charCodeAt(start - 1)))) start--
  let end = commonSuffix(before, after, start)
  const suffixStart = before.length - end
  if (end > 0 && ((before[suffixStart] === '\n' && before[suffixStart - 1] === '\r') || isLowSurrogate(before.charCodeAt(suffixStart)))) end--
  return { offset: start, length: before.length - start - end, text: after.slice(start, after.length - end) }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/**
 * `word` as a list item in YAML: plain when YAML 1.2 (what we read) and YAML 1.1 (what many other
 * tools read: `yes`, `on`, `0o17`, `12:30`, `2024-01-01` are not strings there) both read it back
 * as this very string in that position; double-quoted otherwise. The yaml library decides both ways.
 */
export function yamlScalar(word: string, flow: boolean): string {
  const plain = flow ? `[${word}]` : `- ${word}`
  const readsBack = (['1.1', '1.2'] as const).every((version) => {
    try {
      const doc = parseDocument(plain, { version })
      return !doc.errors.length && equal(doc.toJS(), [word])
    } catch {
      return false
    }
  })
  if (readsBack) return word
  const quoted = new Scalar(word)
  quoted.type = Scalar.QUOTE_DOUBLE
  return stringify(quoted, { lineWidth: 0 }).replace(/\n$/, '')
}

/** The start of the line `offset` is on, up to `offset`. */
function lineUpTo(text: string, offset: number): string {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  if (nl < 0) return text.length
  return text[nl - 1] === '\r' ? nl - 1 : nl
}
