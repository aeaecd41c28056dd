// One matcher for every phrase and pattern rule of a language: the whole rule set is compiled
// once into a trie over folded words, then each block's token stream is walked once. Inflected
// forms are not multiplied into the trie: a lemma edge is followed by any form that inflects to
// it, so "boostées" reaches the edge "booster" and the trie stays the size of the rule files.
import { inflections } from './inflect.js'
import { phraseKeys } from '../text/normalise.js'
import type { Span } from '../span.js'
import { SortedSpans } from '../text/sorted-spans.js'
import type { Language } from '../rules/rule-data.js'
import type { Token } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import { edgeKeys, filled, TrieNode, type Terminal } from './trie-node.js'
import { KeyFilter, keyHash } from './key-filter.js'
import { RecentTable } from '../util/recent-table.js'
import { auxiliaryForms, classChild, patternPositions, WordClass, type SlotSpec, type WordClassData } from './word-slots.js'

export type { Role, Terminal } from './trie-node.js'

const NO_LEMMAS: readonly string[] = []
const NO_NODES: readonly TrieNode[] = []

/** What the matcher knows of a key: the nodes it leads to from the root, and the lemmas of the trie it inflects. */
interface KeyFacts {
  starts: readonly TrieNode[]
  lemmas: readonly string[]
}

/** A barrier's, or a key the root does not know and that inflects no lemma of the trie. */
const UNKNOWN: KeyFacts = { starts: NO_NODES, lemmas: NO_LEMMAS }

/**
 * Keys a matcher is asked before it makes its filter: hashing its ~7,000 English or ~16,000 French
 * keys in a cold process cost a one-line lint ~6 ms of CPU (171 → 177 ms, 10 runs alternated),
 * more than a short text's lookups can give back; an unseen 1 MB README asks 54,000.
 */
const FILTER_AFTER = 20_000

type Slot = { type: 'exact' | 'lemma' | 'suffix'; key: string } | { type: 'any' } | { type: 'class'; wordClass: WordClass }

/** Each named word set (rules/word-sets/<language>.yaml): name → words and phrases. */
export type WordSets = Readonly<Record<string, readonly string[]>>

export interface RawMatch extends Terminal {
  /** First and last token index, inclusive. */
  first: number
  last: number
}

const ANY_TOKEN = '*'

/** What compiling a rule adds phrases through (kinds/kind.ts CompileContext). */
export type PhraseAdder = Pick<PhraseMatcher, 'addPhrase' | 'addPattern'>

export interface Trie {
  root: TrieNode
  lemmasOf: Map<string, string[]>
}

export class PhraseMatcher {
  private readonly root: TrieNode
  /** Each inflected form → the lemmas of the trie it inflects ("boostées" → ["booster"]). */
  private readonly lemmasOf: Map<string, string[]>

  /** `built`: a trie made elsewhere (a precompiled snapshot: matcher-snapshot.ts), phrases may still be added; `wordSets`: what `@name` slots name. */
  constructor(
    readonly language: Language,
    built?: Trie,
    private readonly wordSets: WordSets = {},
  ) {
    this.root = built?.root ?? new TrieNode()
    this.lemmasOf = built?.lemmasOf ?? new Map()
  }

  /** The trie as it stands, for matcher-snapshot.ts. */
  get trie(): Trie {
    return { root: this.root, lemmasOf: this.lemmasOf }
  }

  addPhrase(phrase: string, inflect: boolean, terminal: Terminal): void {
    this.insert(this.slots(phraseKeys(phrase), inflect), terminal)
  }

  // A pattern stands for thousands of word sequences sharing their prefixes: they are inserted
  // depth first, each shared prefix walked once, without listing them (in the order a listing by
  // position would give, which test/engine/phrase-matcher.test.ts holds it to).
  addPattern(pattern: string, inflect: boolean, terminal: Terminal): void {
    this.forget()
    const positions = patternPositions(pattern).map(({ optional, choices }) => ({ optional, choices: choices.flatMap((choice) => (Array.isArray(choice) ? [this.slots(choice, inflect)] : this.slotChoices(choice))) }))
    const extend = (node: TrieNode, at: number): void => {
      if (at === positions.length) {
        ;(node.ends ??= []).push(terminal)
        return
      }
      const { optional, choices } = positions[at]
      if (optional) extend(node, at + 1)
      for (const slots of choices) extend(this.descend(node, slots), at + 1)
    }
    extend(this.root, 0)
  }

  /** Every match that starts at each token, before exceptions and overlaps are resolved. */
  match(tokens: readonly Token[]): RawMatch[] {
    const found: RawMatch[] = []
    const root = this.root
    // Each token's facts looked up once: the walks read the lemmas of the tokens after a start from here.
    const facts = new Array<KeyFacts>(tokens.length)
    for (let i = 0; i < tokens.length; i++) facts[i] = this.factsOf(tokens[i].key)
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].key === '') continue
      if (root.ends) this.walk(root, tokens, facts, i, i, found)
      else {
        const starts = facts[i].starts
        for (let c = 0; c < starts.length; c++) this.walk(starts[c], tokens, facts, i, i + 1, found)
        // Class edges read the written word (French keys lose their accents), so they are not in factsOf's table.
        const classes = root.classes
        if (classes) for (let c = 0; c < classes.length; c++) if (classes[c].admits(tokens[i])) this.walk(root.afterClasses![c], tokens, facts, i, i + 1, found)
      }
    }
    return found
  }

  // Most words start no phrase, and prose repeats its words: where each word leads from the root,
  // and the lemmas it inflects, are worked out once and kept (bounded, for long audits).
  private readonly known = new BoundedCache<string, KeyFacts>(50_000)
  /** Before `known`: the words read last (util/recent-table.ts). */
  private readonly recent = new RecentTable<KeyFacts>()
  /** The root's keys and every inflected form's (key-filter.ts); made on the first match after a change. */
  private filter: KeyFilter | undefined = undefined
  private asked = 0

  /** Drops what was worked out from the trie as it stood (a phrase was added). */
  private forget(): void {
    this.known.clear()
    this.recent.clear()
    this.filter = undefined
  }

  private factsOf(key: string): KeyFacts {
    if (key === '') return UNKNOWN
    const root = this.root
    const hash = keyHash(key)
    // Without an `any` edge at the root, a key the filter rules out and no root suffix takes leads nowhere and inflects nothing.
    if (!root.any && ++this.asked > FILTER_AFTER) {
      const filter = (this.filter ??= new KeyFilter([...(root.exact ? edgeKeys(root.exact) : []), ...this.lemmasOf.keys()]))
      if (!filter.mayHold(hash) && !this.endsAsAt(root, key)) return UNKNOWN
    }
    let facts = this.recent.get(key, hash)
    if (facts !== undefined) return facts
    facts = this.known.get(key)
    if (facts === undefined) {
      const starts: TrieNode[] = []
      this.step(root, key, starts)
      const lemmas = this.lemmasOf.get(key) ?? NO_LEMMAS
      facts = starts.length || lemmas.length ? { starts: starts.length ? starts : NO_NODES, lemmas } : UNKNOWN
      this.known.set(key, facts)
    }
    this.recent.set(key, hash, facts)
    return facts
  }

  /** Whether `key` takes one of `node`'s suffix edges. */
  private endsAsAt(node: TrieNode, key: string): boolean {
    const endings = node.endings
    if (endings) for (let i = 0; i < endings.length; i++) if (key.length > endings[i].length + 1 && key.endsWith(endings[i])) return true
    return false
  }

  /** The nodes `key` leads to from `node`, in the order the walk follows them. */
  private step(node: TrieNode, key: string, into: TrieNode[]): void {
    const exact = node.exact?.get(key)
    if (exact) into.push(exact)
    if (node.lemma) {
      for (const lemma of this.lemmasOf.get(key) ?? NO_LEMMAS) {
        const child = node.lemma.get(lemma)
        if (child) into.push(child)
      }
    }
    const endings = node.endings
    if (endings) {
      for (let i = 0; i < endings.length; i++) {
        if (key.length > endings[i].length + 1 && key.endsWith(endings[i])) into.push(node.afterEndings![i])
      }
    }
    if (node.any) into.push(node.any)
  }

  private walk(node: TrieNode, tokens: readonly Token[], facts: readonly KeyFacts[], first: number, next: number, found: RawMatch[]): void {
    if (node.reader !== undefined) node.reader.fill(node)
    if (node.ends) for (const end of node.ends) found.push({ role: end.role, rule: end.rule, entry: end.entry, first, last: next - 1 })
    const token = tokens[next]
    if (!token || token.key === '') return
    const key = token.key
    const exact = node.exact?.get(key)
    if (exact) this.walk(exact, tokens, facts, first, next + 1, found)
    if (node.lemma) {
      const lemmas = facts[next].lemmas
      for (let l = 0; l < lemmas.length; l++) {
        const child = node.lemma.get(lemmas[l])
        if (child) this.walk(child, tokens, facts, first, next + 1, found)
      }
    }
    const endings = node.endings
    if (endings) {
      for (let i = 0; i < endings.length; i++) {
        if (key.length > endings[i].length + 1 && key.endsWith(endings[i])) this.walk(node.afterEndings![i], tokens, facts, first, next + 1, found)
      }
    }
    if (node.any) this.walk(node.any, tokens, facts, first, next + 1, found)
    const classes = node.classes
    if (classes) for (let c = 0; c < classes.length; c++) if (classes[c].admits(token)) this.walk(node.afterClasses![c], tokens, facts, first, next + 1, found)
  }

  // Patterns expand to thousands of word sequences sharing a few dozen words: decide each word's
  // slot (and register its inflections) once.
  private readonly slotCache = new Map<string, Slot>()

  private slots(keys: string[], inflect: boolean): Slot[] {
    return keys.map((key) => {
      const cacheKey = `${inflect ? 1 : 0}${key}`
      let slot = this.slotCache.get(cacheKey)
      if (!slot) this.slotCache.set(cacheKey, (slot = this.slot(key, inflect)))
      return slot
    })
  }

  /**
   * The alternatives a slot stands for: a lemma or a word set alone, ordinary lemma edges (each
   * set word inflected, whatever the entry says: the set names lemmas); with a part of speech, one
   * class edge admitting those forms (or any word) that the morphology layer reads so.
   */
  private slotChoices(spec: SlotSpec): Slot[][] {
    const words = spec.set === undefined ? undefined : this.wordSets[spec.set]
    if (spec.set !== undefined && !words) throw new Error(`Unknown word set “@${spec.set}” in the ${this.language} patterns (word sets are listed in rules/word-sets/${this.language}.yaml)`)
    const lemma = spec.lemma === undefined ? undefined : phraseKeys(spec.lemma).join(' ')
    if (!spec.pos && !spec.features.length) return lemma !== undefined ? [[this.lemmaSlot(lemma)]] : words!.map((word) => this.slots(phraseKeys(word), true))
    const lemmas = lemma !== undefined ? [lemma] : words?.map((word) => phraseKeys(word).join(' '))
    const forms = lemmas?.flatMap(this.formsOf)
    const data: WordClassData = { id: `${spec.lemma === undefined ? '' : `=${lemma}`}${spec.set === undefined ? '' : `@${spec.set}`}<${spec.pos ?? ''}:${spec.features.join(',')}>`, pos: spec.pos, features: spec.features, forms: forms && [...new Set(forms)].sort(), lemmas }
    let wordClass = this.classes.get(data.id)
    if (!wordClass) this.classes.set(data.id, (wordClass = new WordClass(data, this.language)))
    return [[{ type: 'class', wordClass }]]
  }

  /** One class object per class: the trie shares edges by it, and each keeps what it read. */
  private readonly classes = new Map<string, WordClass>()

  private formsOf = (key: string): readonly string[] => auxiliaryForms(key, this.language) ?? inflections(key, this.language)

  /** A lemma slot's edge: the lemma's forms (an auxiliary's listed ones) reach it. */
  private lemmaSlot(key: string): Slot {
    for (const form of this.formsOf(key)) this.registerForm(form, key)
    return { type: 'lemma', key }
  }

  private registerForm(form: string, lemma: string): void {
    const lemmas = this.lemmasOf.get(form)
    if (!lemmas) this.lemmasOf.set(form, [lemma])
    else if (!lemmas.includes(lemma)) lemmas.push(lemma)
  }

  private slot(key: string, inflect: boolean): Slot {
    if (key === ANY_TOKEN) return { type: 'any' }
    if (key.startsWith(ANY_TOKEN)) return { type: 'suffix', key: key.slice(1) }
    const forms = inflect ? inflections(key, this.language) : [key]
    if (forms.length === 1) return { type: 'exact', key }
    for (const form of forms) this.registerForm(form, key)
    return { type: 'lemma', key }
  }

  private insert(slots: Slot[], terminal: Terminal): void {
    this.forget()
    ;(this.descend(this.root, slots).ends ??= []).push(terminal)
  }

  // `from` is the root (never a shell: matcher-snapshot.ts reads it whole) or a node this returned;
  // the nodes below may be shells, read before they are changed.
  private descend(from: TrieNode, slots: readonly Slot[]): TrieNode {
    let node = from
    for (const slot of slots) {
      if (slot.type === 'any') node = filled((node.any ??= new TrieNode()))
      else if (slot.type === 'class') node = filled(classChild(node, slot.wordClass))
      else {
        const edges = (node[slot.type] ??= new Map())
        let child = edges.get(slot.key)
        if (!child) {
          edges.set(slot.key, (child = new TrieNode()))
          if (slot.type === 'suffix') {
            ;(node.endings ??= []).push(slot.key)
            ;(node.afterEndings ??= []).push(child)
          }
        }
        node = filled(child)
      }
    }
    return node
  }
}

/**
 * Keeps the matches a reader should see: drops those covered by an exception of their rule or by
 * an accepted phrase, and among overlapping matches of one rule keeps the longest.
 */
export function resolveMatches(raw: RawMatch[]): RawMatch[] {
  // An accepted phrase shields every rule; a rule-wide exception (entry -1) its rule; an entry's
  // exception only that entry. Each kind's token spans sorted once: a paragraph of 10,000
  // matches and 10,000 exceptions would read each exception for each match.
  // (No tables for the many blocks with no shield: a cold 1 MB lint resolves 8,000 blocks.)
  let spans: Map<string, Span[]> | undefined
  for (const s of raw) {
    if (s.role !== 'exception' && s.role !== 'accept') continue
    const key = s.role === 'accept' ? 'accept' : `${s.rule} ${s.entry}`
    spans ??= new Map()
    let list = spans.get(key)
    if (!list) spans.set(key, (list = []))
    list.push({ start: s.first, end: s.last })
  }
  const shields = spans && new Map<string, SortedSpans>()
  if (spans) for (const [key, list] of spans) shields!.set(key, new SortedSpans(list))
  const coveredBy = (key: string, m: RawMatch) => shields!.get(key)?.hold(m.first, m.last) ?? false
  const covered = (m: RawMatch) => shields !== undefined && (coveredBy('accept', m) || coveredBy(`${m.rule} -1`, m) || (m.entry !== -1 && coveredBy(`${m.rule} ${m.entry}`, m)))
  const candidates = raw
    .filter((m) => m.role === 'match' && !covered(m))
    .sort((a, b) => a.first - b.first || b.last - a.last)
  const kept: RawMatch[] = []
  const lastEndByRule = new Map<number, number>()
  for (const m of candidates) {
    if ((lastEndByRule.get(m.rule) ?? -1) >= m.first) continue
    kept.push(m)
    lastEndByRule.set(m.rule, m.last)
  }
  return kept
}
