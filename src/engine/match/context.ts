// Context that keeps a phrase match from being a finding, or softens it: evidence next to a claim
// or an agent after a passive, words of a field that read the phrase in its plain sense (`unless`),
// a capitalised name the phrase is part of, someone else's words (quotes and block quotes).
import type { DomainHit, DomainVocabulary } from './domains.js'
import type { RawMatch } from './phrase-matcher.js'
import { isCopylessEssay } from './copyless-essay.js'
import { blockHasCopy, blockIsExpository, isExpositoryStyle, isLiterary, isOutsideCopy, namesCopyBusiness } from './register.js'
import { hasCauseSubject } from './cause-subject.js'
import { readsAsMotion } from './motion-idiom.js'
import { isAuthorialWriter } from './english-authorial.js'
import { narratesPastAround } from './narrated-past.js'
import { inPlainSentence } from './plain-sentence.js'
import type { RegisterWords } from './register-words.js'
import type { Language, Unless } from '../rules/rule-data.js'
import type { Span } from '../span.js'
import { firstAbove, sortedSpans } from '../text/sorted-spans.js'
import type { TokenStream } from '../text/tokens.js'

/** The domain of words only literature uses (rules/domains): the rules whose words have plain senses name it. */
const LITERATURE = 'literature'

/**
 * How many words from a phrase a word of an `unless.beside` field may stand. After it, two: the
 * noun of an adjective with another adjective or a comma between ("frictionless, horizontal
 * surface", "robust healthy boy"); three would reach a verb's object ("our robust platform gives
 * women…"). Before it, three: the subject of a short predicate ("man is more robust", "the party
 * was very radical").
 */
const BESIDE_AFTER = 2
const BESIDE_BEFORE = 3

/**
 * Prepositions that open another group of words: "a revolutionary app for government agencies",
 * « une plateforme révolutionnaire, pensée pour l’État ». A field word past one is not the noun the
 * phrase qualifies. (Written words, lower-case; « l’État » is one written word.)
 */
const PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['for', 'to', 'with', 'by', 'from', 'of', 'in', 'on', 'at', 'into', 'onto', 'about', 'across', 'through', 'than', 'like', 'via']),
  fr: new Set(['pour', 'par', 'avec', 'de', 'du', 'des', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'sous', 'chez', 'vers', 'entre', 'contre', 'sans', 'que']),
}

/** Where a figure or a piece of evidence is: its offset and sentence, both ascending in a list of them. */
interface Place {
  start: number
  sentence: number
}

/** A block's domain words by sentence, and by domain in order (for a block read as expository). */
interface BlockDomainHits {
  bySentence: DomainHit[][]
  byDomain: Map<string, DomainHit[]>
}

/**
 * What cancels a block's matches, looked up by place: its figures, its evidence by rule and entry,
 * and the links of its piece (a paragraph of 10,000 claims and 10,000 figures would read each
 * figure for each claim).
 */
export class MatchContext {
  private readonly evidence = new Map<string, Place[]>()
  /**
   * The block's domain words, read on the first match that names domains, by vocabulary: the
   * whole one, or literature's alone for the rules that name nothing else (see domainNear).
   */
  private readonly hitsBy = new Map<DomainVocabulary, BlockDomainHits>()

  constructor(
    private readonly stream: TokenStream,
    evidence: readonly RawMatch[],
    private readonly links: readonly Span[],
    private readonly domains?: DomainVocabulary,
    /** The words the register of the block is read from (rules/registers/), with the domains. */
    private readonly registers?: RegisterWords,
    /** The block's matches of copy's families whose entries name no plain field (unit-check.ts): evidence of copy for the others. */
    private readonly copyFindings: readonly RawMatch[] = [],
    /** The block's matches of F7's phrase rules (light verbs, padding, nominalisations): signs of density for `plainSentence`. */
    private readonly densityMatches: readonly RawMatch[] = [],
    /** Every standing match of the block (unit-check.ts): style's clichés and light verbs come in clusters in copy too. */
    private readonly standing: readonly RawMatch[] = [],
  ) {
    const tokens = stream.tokens
    for (const e of evidence) {
      const key = `${e.rule} ${e.entry}`
      let places = this.evidence.get(key)
      if (!places) this.evidence.set(key, (places = []))
      places.push({ start: tokens[e.first].start, sentence: tokens[e.first].sentence })
    }
    for (const places of this.evidence.values()) places.sort((a, b) => a.start - b.start)
  }

  /**
   * Whether the block's "we" at `match` is a company's talking of itself: the block names copy's
   * business or trade, and the word is no textbook's "we" before a verb of reasoning nor "our"
   * before what people share (english-authorial.ts). Without the registers' words, true.
   */
  speaksAsCompany(match: RawMatch): boolean {
    if (this.registers === undefined) return true
    return namesCopyBusiness(this.stream, this.registers) && !isAuthorialWriter(this.stream.tokens, match.first, this.registers)
  }

  /** Does the context named in `unless` occur around the match? */
  cancels(unless: Unless, match: RawMatch): boolean {
    const { tokens, sentences } = this.stream
    const sentence = tokens[match.first].sentence
    const inScope = (places: readonly Place[] | undefined) => places !== undefined && placeInScope(places, unless, sentence, tokens[match.last].start)
    if (unless.figures && inScope(this.stream.figures)) return true
    // Evidence counts for its rule: rule-wide (entry -1), or for the match's entry.
    if (inScope(this.evidence.get(`${match.rule} -1`)) || (match.entry !== -1 && inScope(this.evidence.get(`${match.rule} ${match.entry}`)))) return true
    if (unless.links) {
      const window = unless.window ?? 0
      const first = sentences[Math.max(0, sentence - window)]
      const last = sentences[Math.min(sentences.length - 1, sentence + window)]
      if (first && last && sortedSpans(this.links).overlap(first.start, last.end)) return true
    }
    if (unless.domains?.length && (this.domainNear(unless, match, unless.domains) || this.readsOutsideCopy(match, unless) || this.readsLiterary(match, unless.literaryStyle) || this.readsExpositoryStyle(match, unless))) return true
    if (unless.plainSenses && (this.readsCopylessEssay(match) || (!unless.domains?.length && this.readsOutsideCopy(match, unless)))) return true
    if (unless.beside?.length && this.domainBeside(match, unless.beside)) return true
    if (unless.narratedPast && narratesPastAround(this.stream, match.first, match.last)) return true
    if (unless.motion && readsAsMotion(this.stream, match.first, match.last)) return true
    if (unless.causeSubject && this.readsCauseSubject(match)) return true
    if (unless.plainSentence && inPlainSentence(this.stream, match, this.densityMatches)) return true
    return false
  }

  /**
   * Whether a word of one of `names` stands beside the match (BESIDE_BEFORE words before it,
   * BESIDE_AFTER after it), in its sentence, with no preposition between: the
   * noun an adjective qualifies, before it or after it ("revolutionary government", « la bourgeoisie
   * révolutionnaire »), the subject of a short predicate ("the ramp is frictionless"). For fields
   * whose words copy also writes ("government", "surface"): anywhere in a sentence they would
   * cancel a brochure's claim.
   */
  private domainBeside(match: RawMatch, names: readonly string[]): boolean {
    if (!this.domains) return false
    const { tokens } = this.stream
    const first = tokens[match.first].word
    const last = tokens[match.last].word
    const { words } = this.stream
    const prepositions = PREPOSITIONS[this.domains.language]
    // The words between belong to the phrase's group unless a preposition opens another one.
    const joined = (from: number, to: number) => {
      for (let w = from; w <= to; w++) if (prepositions.has(words[w].text.toLowerCase())) return false
      return true
    }
    for (const hit of this.hitsOf(this.domains).bySentence[tokens[match.first].sentence] ?? []) {
      if (!names.includes(hit.domain)) continue
      const before = first - tokens[hit.last].word
      const after = tokens[hit.first].word - last
      if (before > 0 && before <= BESIDE_BEFORE && joined(tokens[hit.last].word + 1, first - 1)) return true
      if (after > 0 && after <= BESIDE_AFTER && joined(last + 1, tokens[hit.first].word - 1)) return true
    }
    return false
  }

  /** The block's domain words as `vocabulary` reads them, by sentence and by domain, read once. */
  private hitsOf(vocabulary: DomainVocabulary): BlockDomainHits {
    const { tokens } = this.stream
    let read = this.hitsBy.get(vocabulary)
    if (!read) {
      read = { bySentence: [], byDomain: new Map() }
      this.hitsBy.set(vocabulary, read)
      for (const hit of vocabulary.hits(tokens, 0, tokens.length - 1)) {
        ;(read.bySentence[tokens[hit.first].sentence] ??= []).push(hit)
        const list = read.byDomain.get(hit.domain)
        if (list) list.push(hit)
        else read.byDomain.set(hit.domain, [hit])
      }
    }
    return read
  }

  /**
   * An entry with plain senses in named fields is read in one of them outside copy: in expository
   * prose, or, with `outsideCopy`, in a block with no evidence of copy at all (register.ts). One
   * whose words have `plainSenses` of their own, on its evidence less "was" and "had", in a block
   * with no word of trade. One that names literature alone (English) only on firm evidence: a
   * decade, a definition, a unit, a law, a word of the register's list; not a narrated past, "was"
   * or a year, which copy's own news shares (session 34: with the pasts counted, the fix set's "The
   * plant reskilled its welders when the line moved to aluminium" and three more lost their fix,
   * 213 → 210; with years, "Acme has been a strategic member of the alliance since 2019" was left alone).
   */
  private readsOutsideCopy(match: RawMatch, unless: Unless): boolean {
    if (this.registers === undefined) return false
    const fields = unless.domains?.some((name) => name !== LITERATURE) === true
    if (!fields && !unless.plainSenses && this.registers.language !== 'en') return false
    const copyless = fields && unless.outsideCopy ? { clustered: this.clustered(match) } : undefined
    return isOutsideCopy(this.stream, this.registers, match.first, match.last, copyless, fields ? 'all' : unless.plainSenses ? 'plain' : 'firm')
  }

  /**
   * Session 35: a verb of enabling whose subject is an abstract cause ("the convention facilitated
   * the protection of creative works": cause-subject.ts), in a block with no word of copy and no
   * other finding of copy's families.
   */
  private readsCauseSubject(match: RawMatch): boolean {
    const registers = this.registers
    if (registers === undefined || !hasCauseSubject(this.stream, match.first, match.last, registers, this.domains)) return false
    return !blockHasCopy(this.stream, registers) && !this.clustered(match)
  }

  /**
   * Session 34: an author's style (`literaryStyle`: light verbs, clichés) is also an essay's or a
   * treatise's, read in its sentence's evidence of expository prose with no word of copy in the
   * block, nor of copy's broad vocabulary (isExpositoryStyle): « nonobstant », « en vue de », « il
   * convient de » in a history or a treatise of physiology are its style, not copy's.
   */
  private readsExpositoryStyle(match: RawMatch, unless: Unless): boolean {
    if (unless.literaryStyle !== true || this.registers === undefined) return false
    return isExpositoryStyle(this.stream, this.registers, match.first, match.last) || this.readsCopylessEssay(match)
  }

  /** A sentence of 15 words or more in a block with no evidence of copy at all (copyless-essay.ts). */
  private readsCopylessEssay(match: RawMatch): boolean {
    // « Plus que jamais, il faut sortir de sa zone de confort et prendre de la hauteur »: three
    // clichés of copy in one sentence, none of copy's families (rules/fr/cliches.yaml's example).
    const sentence = this.stream.tokens[match.first].sentence
    const another = this.standing.some((m) => (m.last < match.first || m.first > match.last) && this.stream.tokens[m.first].sentence === sentence)
    return this.registers !== undefined && isCopylessEssay(this.stream, this.registers, match.first, match.last, this.clustered(match) || another)
  }

  /** Another finding of copy's families in the block, outside the match (corporate-speak comes in clusters). */
  private clustered(match: RawMatch): boolean {
    return this.copyFindings.some((f) => f.last < match.first || f.first > match.last)
  }

  /** An entry with plain senses (any field, or literature) is read in its plain sense in a novel, a play or a poem (literary.ts). */
  private readsLiterary(match: RawMatch, style = false): boolean {
    return this.registers !== undefined && isLiterary(this.stream, this.registers, match.first, match.last, this.clustered(match), style)
  }

  /**
   * Whether a word of one of `names` stands in the match's scope (its sentence, `window` sentences
   * either side, or after it with `after`), outside the match: "cerise sur le gâteau" holds a
   * cooking word of its own, and must not be its own context.
   */
  private domainNear(unless: Unless, match: RawMatch, names: readonly string[]): boolean {
    if (!this.domains) return false
    const { tokens } = this.stream
    // The hype, buzzword, cliché and anglicism rules name literature alone: its dozen archaic words
    // are read by a vocabulary of their own, so a file whose findings are all theirs never builds
    // the other fields' tables (3,021 English words: ~24 ms of a one-line run's CPU).
    const vocabulary = names.length === 1 && names[0] === LITERATURE ? this.domains.only(LITERATURE) : this.domains
    const read = this.hitsOf(vocabulary)
    const outside = (hit: DomainHit) => hit.last < match.first || hit.first > match.last
    // In a block that reads as expository prose (a textbook's paragraph: register.ts), a field word
    // anywhere in it reads the phrase in its field: a chemistry paragraph names its drugs in the
    // next sentence. Looked up by domain: the scan stops at the first word outside the match, after
    // at most the few that lie inside it, whatever the block's length.
    if (!unless.after && this.registers && blockIsExpository(this.stream, this.registers)) {
      return names.some((name) => (read.byDomain.get(name) ?? []).some(outside))
    }
    const sentence = tokens[match.first].sentence
    const window = unless.after ? 0 : (unless.window ?? 0)
    for (let s = sentence - window; s <= sentence + window; s++) {
      for (const hit of read.bySentence[s] ?? []) {
        if (!outside(hit)) continue
        if (unless.after && hit.last < match.first) continue
        if (names.includes(hit.domain)) return true
      }
    }
    return false
  }
}

/**
 * Whether one of `places` is in the scope `unless` gives a match in `sentence` whose last token
 * starts at `lastStart`: after it in its sentence, or within `window` sentences of it.
 */
function placeInScope(places: readonly Place[], unless: Unless, sentence: number, lastStart: number): boolean {
  if (unless.after) {
    const next = places[firstAbove(places, lastStart, (p) => p.start)]
    return next !== undefined && next.sentence === sentence
  }
  const window = unless.window ?? 0
  const next = places[firstAbove(places, sentence - window - 1, (p) => p.sentence)]
  return next !== undefined && next.sentence <= sentence + window
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u

/**
 * "Synergy Health Ltd", "Nimbus World Class Logistics": a phrase whose words are capitalised
 * and which runs on into more capitalised words (not at the start of a sentence) is a name.
 */
export function isPartOfName(match: RawMatch, stream: TokenStream): boolean {
  const { tokens, words } = stream
  const firstWord = tokens[match.first].word
  const lastWord = tokens[match.last].word
  if (firstWord < 0 || lastWord < 0) return false
  // A line in Title Case ("How Riverside Bakery Leverages Customer Feedback") capitalises every
  // word: capitals are no sign of a name there, as in a heading.
  if (isTitleCase(stream, words[firstWord].sentence)) return false
  for (let w = firstWord; w <= lastWord; w++) if (!CAPITALISED.test(words[w].text)) return false
  const before = words[firstWord - 1]
  const startsSentence = !before || before.sentence !== words[firstWord].sentence
  const nameBefore = before && !startsSentence && words[firstWord].joinedToPrevious && CAPITALISED.test(before.text) && !isSentenceInitial(stream, firstWord - 1)
  const next = words[lastWord + 1]
  const nameAfter = next && next.sentence === words[lastWord].sentence && next.joinedToPrevious && CAPITALISED.test(next.text)
  return Boolean(nameBefore || nameAfter)
}

// Per block, every sentence at once: one pass over its words, whatever the number of matches.
const titleCase = new WeakMap<TokenStream, boolean[]>()

/** Three words or more, and every word of four letters or more capitalised (short ones may not be: "of", "to", "for"). */
export function isTitleCase(stream: TokenStream, sentence: number): boolean {
  let answers = titleCase.get(stream)
  if (!answers) {
    const counts: number[] = []
    const lower: boolean[] = []
    for (const word of stream.words) {
      counts[word.sentence] = (counts[word.sentence] ?? 0) + 1
      if (word.text.length >= 4 && /^\p{Ll}/u.test(word.text)) lower[word.sentence] = true
    }
    answers = counts.map((count, k) => count >= 3 && !lower[k])
    titleCase.set(stream, answers)
  }
  return answers[sentence] ?? false
}

function isSentenceInitial(stream: TokenStream, word: number): boolean {
  const previous = stream.words[word - 1]
  return !previous || previous.sentence !== stream.words[word].sentence
}

/** The closing mark of each opening one: a quotation closes on its line. */
const CLOSING: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' }
const OPENING = /[“«„"]/g

/**
 * Quoted speech inside a block of text, as absolute spans: what /“[^”\n]*”|«[^»\n]*»|„[^“\n]*“|"[^"\n]*"/g
 * matches, found without it. The expression looks for the closing mark from every opening one
 * that has none on its line: a line of 100,000 of them, the square of its length. Here where each
 * closing mark and line break comes next is looked up once and kept while it is still ahead.
 */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const block = text.slice(start, end)
  const spans: Span[] = []
  const ahead = new Map<string, number>()
  const nextOf = (character: string, from: number): number => {
    let at = ahead.get(character)
    if (at === undefined || (at >= 0 && at < from)) ahead.set(character, (at = block.indexOf(character, from)))
    return at
  }
  OPENING.lastIndex = 0
  for (let opening = OPENING.exec(block); opening; opening = OPENING.exec(block)) {
    const at = opening.index
    const close = nextOf(CLOSING[opening[0]], at + 1)
    if (close < 0) continue
    const lineEnd = nextOf('\n', at + 1)
    if (lineEnd >= 0 && lineEnd < close) continue
    spans.push({ start: start + at, end: start + close + 1 })
    OPENING.lastIndex = close + 1
  }
  return spans
}
