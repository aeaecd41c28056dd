// A language's phrase matcher written at build time (scripts/build-matchers.mjs) and read back at
// startup (issue #17). Compiling the English rules into their trie (20,600 nodes: inflections,
// patterns expanded) took about 180 ms of a one-line lint's 650 ms of CPU, French (46,800 nodes)
// about 280 ms; importing the snapshot module, materialising every node in Maps, was no faster
// (~150 ms for English, cold code). So it is read lazily: the header (the root's edges and the
// lemma table's index) is parsed up front, the lemma table a chunk at a time (snapshot-lemmas.ts),
// and the subtree behind a root edge is decoded the first time a word reaches it: a one-line file
// decodes a handful of the ~2,000. Within a subtree, a node's
// fields are read the first time the walk reaches it (`SnapshotNodes`): a cold 1 MB README lint
// decodes 593 of the 2,889 subtrees, which hold 44,040 nodes, and reaches 992 of those.
//
// The text: line 1 is a JSON header, the rest the body, each root edge's subtree as JSON one after
// the other, found by offsets, then the lemma table in chunks (snapshot-lemmas.ts).
//   header = { format, key, language, body (its length), lemmas: [first form, start, end, ...], classes, root }
//   a chunk of lemmas = [form, lemma or [lemmas], ...], the forms sorted
//   root   = { exact: [key, start, end, ...], lemma: [key, start, end, ...], suffix: [key, node, ...], any: node or 0, classes: [class, node, ...] }
//   node   = [exact, lemma, suffix, any, ends, classes], trailing empty fields left out, 0 for an empty one
//            exact, lemma, suffix = [key, node, ...] (exact and lemma sorted: only suffix order counts);
//            ends = [role, rule, entry, ...]; classes = [index in header.classes, node, ...]
//   classes = the word-class slots' data (word-slots.ts WordClassData), each written once
//   A node below a root edge whose JSON is longer than OUT_OF_LINE is written in the body on its
//   own, and its parent holds "start,end" (offsets in the body) in its place.
import type { Language } from '../rules/rule-data.js'
import { PhraseMatcher } from './phrase-matcher.js'
import { lemmaChunks, SnapshotLemmas } from './snapshot-lemmas.js'
import { filled, TrieNode, type EdgesMadeOnReach, type NodeReader, type Role, type Terminal } from './trie-node.js'
import { WordClass, type WordClassData } from './word-slots.js'

export const SNAPSHOT_FORMAT = 4

/**
 * What a snapshot is read from: its text, or a reader that gives parts of it (src/node reads the
 * file's bytes and decodes only the parts asked for). Offsets are the text's UTF-16 units.
 */
export interface SnapshotText {
  readonly length: number
  indexOf(search: string): number
  slice(start: number, end?: number): string
}
/**
 * A root edge's subtree was parsed whole when a word first reached it, though the walk reads few of
 * its nodes: a cold 1 MB README lint parsed 1.33 MB of subtrees ("the" alone 131,782 characters)
 * for 992 nodes read; with the nodes longer than this out of line, 0.30 MB (session 32).
 */
const OUT_OF_LINE = 256
// Each role's number in the file: a Record, so that a role added to Role and not here fails to compile.
const ROLE_NUMBERS: Record<Role, number> = { match: 0, exception: 1, accept: 2, evidence: 3, numerator: 4, denominator: 5, inclusive: 6 }
const ROLES = Object.keys(ROLE_NUMBERS).sort((a, b) => ROLE_NUMBERS[a as Role] - ROLE_NUMBERS[b as Role]) as Role[]

// [exact, lemma, suffix, any, ends, classes] (see the format above); a node written out of line is
// the string "start,end" in its parent's place.
type EncodedNode = Array<EncodedEdges | EncodedNode | number[] | string | 0>
type EncodedEdges = Array<string | EncodedNode>

interface Header {
  format: number
  key: string
  language: Language
  /** The body's length. */
  body: number
  /** The lemma table's chunks in the body: [first form, start, end, ...]. */
  lemmas: Array<string | number>
  classes: WordClassData[]
  root: { exact: Array<string | number>; lemma: Array<string | number>; suffix: EncodedEdges; any: EncodedNode | string | 0; classes: Array<number | EncodedNode | string> }
}

/** The matcher as snapshot text; `key` names the rule data it was compiled from. Every subtree is decoded first. */
export function snapshotOf(matcher: PhraseMatcher, key: string): string {
  const { root, lemmasOf } = matcher.trie
  let body = ''
  const classes: WordClassData[] = []
  // A child whose JSON is long goes to the body on its own, read when the walk reaches it.
  const encode = (node: TrieNode): EncodedNode | string => {
    const encoded = encodeNode(node, classes, encode)
    const json = JSON.stringify(encoded)
    if (json.length <= OUT_OF_LINE) return encoded
    const place = `${body.length},${body.length + json.length}`
    body += json
    return place
  }
  const indexed = (edges: Map<string, TrieNode> | undefined) => {
    const index: Array<string | number> = []
    for (const [word, child] of sortedEdges(edges)) {
      const json = JSON.stringify(encodeNode(child, classes, encode))
      index.push(word, body.length, body.length + json.length)
      body += json
    }
    return index
  }
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    language: matcher.language,
    body: 0,
    lemmas: [],
    classes,
    root: { exact: indexed(root.exact), lemma: indexed(root.lemma), suffix: edgesOf(root.suffix, false, encode), any: root.any ? encode(root.any) : 0, classes: classEdges(root, classes, encode) },
  }
  const lemmas = lemmaChunks(lemmasOf, body.length)
  body += lemmas.chunks
  header.lemmas = lemmas.index
  header.body = body.length
  return `${JSON.stringify(header)}\n${body}`
}

/**
 * The snapshot's format, key and language, read without parsing it, and whether its body is whole
 * (a write cut short leaves it short); undefined when the text is not a snapshot.
 */
export function snapshotKey(text: SnapshotText): { format: number; key: string; language: Language; whole: boolean } | undefined {
  const start = text.slice(0, 200).match(/^\{"format":(\d+),"key":"([^"]*)","language":"(en|fr)","body":(\d+),/)
  if (!start) return undefined
  const newline = text.indexOf('\n')
  return { format: Number(start[1]), key: start[2], language: start[3] as Language, whole: newline > 0 && text.length - newline - 1 === Number(start[4]) }
}

/**
 * The matcher of a snapshot. `ruleIndex` maps each rule index the snapshot was compiled with to
 * the rule's index now, or undefined for a rule switched off (its terminals are left out).
 */
export function matcherFromSnapshot(text: SnapshotText, ruleIndex: (rule: number) => number | undefined): PhraseMatcher {
  const newline = text.indexOf('\n')
  const header = JSON.parse(text.slice(0, newline)) as Header
  const bodyStart = newline + 1
  const classes = (header.classes ?? []).map((data) => new WordClass(data, header.language))
  const nodes = new SnapshotNodes(ruleIndex, classes, text, bodyStart)
  const decode = (encoded: EncodedNode | string): TrieNode => nodes.unread(encoded)
  const lazily = (index: Array<string | number>) => {
    if (!index.length) return undefined
    const pending = new Map<string, () => TrieNode>()
    for (let i = 0; i < index.length; i += 3) {
      const start = bodyStart + (index[i + 1] as number)
      const end = bodyStart + (index[i + 2] as number)
      pending.set(index[i] as string, () => {
        bodyRead += end - start
        return decode(JSON.parse(text.slice(start, end)) as EncodedNode)
      })
    }
    return new LazyEdges(pending)
  }
  const root = new TrieNode()
  root.exact = lazily(header.root.exact)
  root.lemma = lazily(header.root.lemma)
  setSuffixes(root, header.root.suffix, decode)
  if (header.root.any) root.any = decode(header.root.any)
  setClasses(root, header.root.classes, classes, decode)
  const lemmasOf = new SnapshotLemmas(header.lemmas, text, bodyStart, (characters) => (lemmasRead += characters))
  return new PhraseMatcher(header.language, { root, lemmasOf })
}

let decoded = 0
/** Subtrees decoded from snapshots in this process (the tests count the work). */
export const subtreesDecoded = (): number => decoded
let read = 0
/** Nodes of decoded subtrees whose fields were read, in this process (the tests count the work). */
export const snapshotNodesRead = (): number => read
let bodyRead = 0
/** Characters of snapshots' subtrees parsed, in this process (the tests count the work). */
export const snapshotBodyRead = (): number => bodyRead
let lemmasRead = 0
/** Characters of snapshots' lemma tables parsed, in this process (the tests count the work). */
export const snapshotLemmasRead = (): number => lemmasRead

/**
 * A root's edges, each subtree decoded on its first `get`. Iterating decodes them all (a snapshot
 * of a snapshot, the tests). The matcher's walk only calls `get`.
 */
class LazyEdges extends Map<string, TrieNode> implements EdgesMadeOnReach {
  constructor(private readonly pending: Map<string, () => TrieNode>) {
    super()
  }
  // The phrase matcher's key filter reads the root's keys: decoding every subtree for them cost
  // 175 ms of CPU cold (session 28), where a lint reaches a few.
  keysAsIs(): Iterable<string> {
    return [...super.keys(), ...this.pending.keys()]
  }
  override get(key: string): TrieNode | undefined {
    return super.get(key) ?? this.decode(key)
  }
  override has(key: string): boolean {
    return super.has(key) || this.pending.has(key)
  }
  override get size(): number {
    return super.size + this.pending.size
  }
  override entries(): MapIterator<[string, TrieNode]> {
    this.settle()
    return super.entries()
  }
  override keys(): MapIterator<string> {
    this.settle()
    return super.keys()
  }
  override values(): MapIterator<TrieNode> {
    this.settle()
    return super.values()
  }
  override forEach(callback: (value: TrieNode, key: string, map: Map<string, TrieNode>) => void, thisArg?: unknown): void {
    this.settle()
    super.forEach(callback, thisArg)
  }
  override [Symbol.iterator](): MapIterator<[string, TrieNode]> {
    return this.entries()
  }
  private settle(): void {
    for (const key of [...this.pending.keys()]) this.decode(key)
  }
  private decode(key: string): TrieNode | undefined {
    const make = this.pending.get(key)
    if (!make) return undefined
    this.pending.delete(key)
    decoded++
    const node = make()
    super.set(key, node)
    return node
  }
}

const sortedEdges = (edges: Map<string, TrieNode> | undefined): Array<[string, TrieNode]> => (edges ? [...edges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [])

type Encode = (node: TrieNode) => EncodedNode | string

function edgesOf(edges: Map<string, TrieNode> | undefined, sort: boolean, encode: Encode): EncodedEdges {
  return (sort ? sortedEdges(edges) : [...(edges ?? [])]).flatMap(([word, child]) => [word, encode(child)])
}

/** A node's class edges as [index in `classes`, node, ...], adding each class to `classes` the first time. */
function classEdges(node: TrieNode, classes: WordClassData[], encode: Encode): Array<number | EncodedNode | string> {
  return (node.classes ?? []).flatMap((wordClass, i) => {
    let at = classes.findIndex((c) => c.id === wordClass.data.id)
    if (at < 0) at = classes.push(wordClass.data) - 1
    return [at, encode(node.afterClasses![i])]
  })
}

/** `node`'s fields, its children each by `encode`. */
function encodeNode(node: TrieNode, classes: WordClassData[], encode: Encode): EncodedNode {
  filled(node)
  const ends = node.ends?.flatMap((t) => [ROLE_NUMBERS[t.role], t.rule, t.entry]) ?? 0
  const fields: EncodedNode = [edgesOf(node.exact, true, encode), edgesOf(node.lemma, true, encode), edgesOf(node.suffix, false, encode), node.any ? encode(node.any) : 0, ends, classEdges(node, classes, encode) as EncodedNode]
  const empty = (field: EncodedNode[number]) => field === 0 || field.length === 0
  while (fields.length && empty(fields[fields.length - 1])) fields.pop()
  return fields.map((field) => (empty(field) ? 0 : field))
}

/**
 * A snapshot's nodes, each read from its encoded array when first reached (`filled`): until then a
 * node is an empty shell holding its array. Reading a node makes shells of its children only.
 */
class SnapshotNodes implements NodeReader {
  private readonly shell = (encoded: EncodedNode | string): TrieNode => this.unread(encoded)

  constructor(
    private readonly ruleIndex: (rule: number) => number | undefined,
    private readonly classes: readonly WordClass[],
    /** The snapshot, and where its body starts: what a node written out of line is read from. */
    private readonly text: SnapshotText,
    private readonly bodyStart: number,
  ) {}

  unread(encoded: EncodedNode | string): TrieNode {
    const node = new TrieNode()
    node.reader = this
    node.encoded = encoded
    return node
  }

  fill(node: TrieNode): void {
    const held = node.encoded as EncodedNode | string
    const encoded = typeof held === 'string' ? this.outOfLine(held) : held
    node.reader = undefined
    node.encoded = undefined
    read++
    // Read by index: destructuring an array runs the iterator protocol, which cold code pays per node.
    const exact = encoded[0] as EncodedEdges | 0 | undefined
    const lemma = encoded[1] as EncodedEdges | 0 | undefined
    const suffix = encoded[2] as EncodedEdges | 0 | undefined
    const any = encoded[3] as EncodedNode | 0 | undefined
    const ends = encoded[4] as number[] | 0 | undefined
    const classEdges = encoded[5] as Array<number | EncodedNode> | 0 | undefined
    if (exact) node.exact = edgeMap(exact, this.shell)
    if (lemma) node.lemma = edgeMap(lemma, this.shell)
    if (suffix) setSuffixes(node, suffix, this.shell)
    if (any) node.any = this.unread(any)
    if (classEdges) setClasses(node, classEdges, this.classes, this.shell)
    if (ends) {
      const terminals: Terminal[] = []
      for (let i = 0; i < ends.length; i += 3) {
        // Accepted phrases (rule -1) are shields of every rule.
        const rule = ends[i + 1] < 0 ? ends[i + 1] : this.ruleIndex(ends[i + 1])
        if (rule !== undefined) terminals.push({ role: ROLES[ends[i]], rule, entry: ends[i + 2] })
      }
      if (terminals.length) node.ends = terminals
    }
  }

  /** The node written out of line at `place` ("start,end" in the body). */
  private outOfLine(place: string): EncodedNode {
    const comma = place.indexOf(',')
    const start = this.bodyStart + Number(place.slice(0, comma))
    const end = this.bodyStart + Number(place.slice(comma + 1))
    bodyRead += end - start
    return JSON.parse(this.text.slice(start, end)) as EncodedNode
  }
}

function edgeMap(edges: EncodedEdges, decode: (node: EncodedNode | string) => TrieNode): Map<string, TrieNode> {
  const map = new Map<string, TrieNode>()
  for (let i = 0; i < edges.length; i += 2) map.set(edges[i] as string, decode(edges[i + 1] as EncodedNode))
  return map
}

function setSuffixes(node: TrieNode, edges: EncodedEdges | 0, decode: (node: EncodedNode | string) => TrieNode): void {
  if (!edges || !edges.length) return
  node.suffix = edgeMap(edges, decode)
  node.endings = [...node.suffix.keys()]
  node.afterEndings = [...node.suffix.values()]
}

function setClasses(node: TrieNode, edges: Array<number | EncodedNode | string> | undefined, classes: readonly WordClass[], decode: (node: EncodedNode | string) => TrieNode): void {
  if (!edges?.length) return
  node.classes = []
  node.afterClasses = []
  for (let i = 0; i < edges.length; i += 2) {
    node.classes.push(classes[edges[i] as number])
    node.afterClasses.push(decode(edges[i + 1] as EncodedNode))
  }
}
