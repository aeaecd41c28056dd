// The phrase matcher's trie node (phrase-matcher.ts walks it; matcher-snapshot.ts writes and reads it).
import type { WordClass } from './word-slots.js'

/**
 * match: a finding; exception / accept: shields; evidence: a word that cancels a rule's finding
 * nearby (`unless.words`); numerator / denominator / inclusive: what a ratio rule counts.
 */
export type Role = 'match' | 'exception' | 'accept' | 'evidence' | 'numerator' | 'denominator' | 'inclusive'

export interface Terminal {
  role: Role
  /** Index of the rule in the compiled rule list (-1 for accepted words). */
  rule: number
  /** Index of the entry inside its rule (-1 for rule-wide exceptions and accepted words). */
  entry: number
}

/** Fills a node read from a snapshot the first time it is reached (matcher-snapshot.ts). */
export interface NodeReader {
  fill(node: TrieNode): void
}

// Every node has the same fields (a class), so the walk reads one object shape, not dozens.
export class TrieNode {
  exact: Map<string, TrieNode> | undefined = undefined
  lemma: Map<string, TrieNode> | undefined = undefined
  /** `*tion`: any word ending in "tion" (and longer than it). */
  suffix: Map<string, TrieNode> | undefined = undefined
  /** The suffix edges again, as arrays: the walk reads them without an iterator per word. */
  endings: string[] | undefined = undefined
  afterEndings: TrieNode[] | undefined = undefined
  any: TrieNode | undefined = undefined
  /** Word-class slots (word-slots.ts): each class, and the node its words lead to. */
  classes: WordClass[] | undefined = undefined
  afterClasses: TrieNode[] | undefined = undefined
  ends: Terminal[] | undefined = undefined
  /**
   * A snapshot's node whose fields are not read yet: `reader.fill` reads them from `encoded`.
   * A 1 MB lint reaches most first words but few of the nodes behind them.
   */
  reader: NodeReader | undefined = undefined
  encoded: unknown = undefined
}

/** Edges some of whose nodes are made on first reach (matcher-snapshot.ts's root edges). */
export interface EdgesMadeOnReach {
  /** Every key, without making the nodes not made yet (iterating the map would make them all). */
  keysAsIs(): Iterable<string>
}

/** The keys of `edges`, without making a node that is made on first reach. */
export function edgeKeys(edges: Map<string, TrieNode>): Iterable<string> {
  return 'keysAsIs' in edges ? (edges as Map<string, TrieNode> & EdgesMadeOnReach).keysAsIs() : edges.keys()
}

/** `node`, its fields read first if it came from a snapshot and was never reached. */
export function filled(node: TrieNode): TrieNode {
  if (node.reader !== undefined) node.reader.fill(node)
  return node
}
