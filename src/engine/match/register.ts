// The register of a sentence (issue #15, literal senses): whether it reads as expository prose — a
// textbook, an encyclopaedia, a history — rather than copy that speaks to or about a customer.
// Field word lists do not generalise: a textbook sentence on a drug's synergy or on revolutionary
// governments often names no listed field word. Its register does: it narrates in the past ("was",
// "were", "étaient", "furent"), dates ("in 1786", "1793"), measures ("a 30.0-kg block"), defines
// ("is called", "known as", "on appelle"), and never says "we", "your", "customers", "notre",
// "vos clients". Copy does the opposite. An entry that names the fields of its plain senses
// (`unless: { domains }`) is also cancelled in a sentence with expository evidence and no
// corporate evidence, in a block with no corporate evidence either: one "our" or "customers" in
// the paragraph keeps every finding of it. An entry that also says `outsideCopy` (a quality:
// "robust", "revolutionary") is cancelled in a block with no evidence of either register, unless
// the block holds weak evidence of copy: a word of the broad vocabulary of copy and business
// (`copy-vocabulary`: "invoices", "subscribers", "sold", « livraisons »), a currency sign, a
// product's name, or another finding of copy's families (context.ts). Sessions 29–30
// (docs/quality-notes.md): for all field-naming entries, this missed 12 more English fix cases.
import type { Token, TokenStream } from '../text/tokens.js'
import { dialogueAddress } from './french-dialogue-address.js'
import { isAuthorialWriter } from './english-authorial.js'
import { isFrenchAuthorialWriter } from './french-authorial.js'
import { englishExpositorySign } from './expository-signs.js'
import { frenchExpositorySign } from './french-expository.js'
import { literaryEvidence, type LiteraryEvidence } from './literary.js'
import type { RegisterWords } from './register-words.js'
import { addressesReader, callsReader, copyNarrates, frenchExpository, NARRATION, narratesPast, NUMBER, RELATIONS, statesLaw, YEAR } from './register-signs.js'

// The signs one token gives (a law, French dates and pasts, English narration, a call to the
// reader) are register-signs.ts's; this file weighs them by sentence and block.
// The words of each kind of evidence (copy's people and business, narration, definitions, units,
// a textbook's problems) are rule data: rules/registers/<language>.yaml, read as RegisterWords.

// Literature's evidence weighs 2 (STRONG) for what copy never writes (« il accusa », « dit-il »,
// "thee"), 1 for narration copy may share (« il avait », "he stopped"): 2 makes a block
// literature; one that also names copy's people ("we", "you", « vous », "!") needs a piece of
// what copy never writes among them (dialogue speaks to « vous » between dashes and tags).
const LITERARY_WEIGHT = 2
const STRONG = 2

// The reader named ("your team", "vos clients") is also the textbook's ("Suppose you push a
// 30.0-kg block", « si vous conservez les autres positions »). Alone, without a word of copy
// above, it counts as copy only in a block with less than TEXTBOOK_EVIDENCE pieces of expository
// evidence: two (a unit and a law, a date and a definition) make it a textbook's reader.
const TEXTBOOK_EVIDENCE = 2
const NO_DIALOGUE: ReadonlyMap<number, number> = new Map()

// Weak evidence of copy besides its vocabulary: a price's currency and a trademark's sign (not
// "%": statistics write it), and a product's name in camel case ("SageMaker", "QuickNote"; not
// "NaCl" nor "MacArthur", a formula and a name).
const COPY_SYMBOLS = /[€$£¥™®]/
const CAMEL_CASE = /^\p{Lu}?\p{Ll}{2,}\p{Lu}\p{Ll}/u
const NAME_PREFIX = /^(?:Mac|Mc|De|La|Le|Van|Von|Di|Du)\p{Lu}/u


interface SentenceRegister {
  corporate: boolean
  /** The tokens that read as expository prose, ascending. */
  evidence: number[]
  /** Those that are no narration nor year (a decade, a definition, a unit, a law, "called"), ascending: copy narrates its own news, with its years. */
  firm: number[]
}

interface BlockRegister {
  sentences: SentenceRegister[]
  /** A word of copy in any sentence of the block, or the reader named in a block that is no textbook. */
  corporate: boolean
  /** Evidence of expository prose in some sentence of the block. */
  expository: boolean
  /**
   * Literature's evidence (literary.ts), read on the first match that asks, and only when no word
   * of copy's business stands in the block outside the match (customers, platform, « clients »):
   * literature names people, never the business, but « une grande digitale » is no business of its own.
   */
  literary?: LiteraryEvidence[]
  /** The tokens of copy's business words (the registers' `corporate`), ascending. */
  business: number[]
  /**
   * The people copy names — "we", "you", « vous », a call to the reader, "!" — in some sentence;
   * not the « vous », calls and « ! » of a French sentence of dialogue (french-dialogue-address.ts).
   */
  people: boolean
  /** A word of the broad vocabulary of copy and business in some sentence (weak evidence of copy). */
  trade: boolean
}

/** One pass over a block's tokens gives every sentence its register (only blocks with a match that asks for it are read). */
function readRegisters(stream: TokenStream, words: RegisterWords): BlockRegister {
  const { language, corporate, copyVocabulary, reader, writer, expository, units } = words
  const out: SentenceRegister[] = stream.sentences.map(() => ({ corporate: false, evidence: [], firm: [] }))
  const tokens = stream.tokens
  let namesReader = false
  // Copy's business (customers, platform) and copy's people ("we", "you", "!", "Join…") apart:
  // literature names people too, never the business.
  const business: number[] = []
  let people = false
  let trade = false
  let evidence = 0
  // Session 33 (2): the sentences whose « vous » is a character's (a vocative or a « je » in the
  // same sentence: french-dialogue-address.ts): their « vous », verbs of « vous » and « ! » are no
  // copy's people nor trade.
  const dialogue = language === 'fr' ? dialogueAddress(stream) : NO_DIALOGUE
  for (let k = 0; k < tokens.length; k++) {
    const token: Token = tokens[k]
    const register = out[token.sentence]
    if (!register) continue
    const key = token.key
    if (!key) continue
    // "we're", "you'll" and "customer's" are tokens "we'" + "re", "customer'" + "s": the word of
    // the lists is the first, without its apostrophe (as written, "we're" was never read).
    const word = key.endsWith("'") ? key.slice(0, -1) : key
    const spoken = dialogue.has(token.sentence)
    if (copyVocabulary.has(word) || (CAMEL_CASE.test(token.text) && !NAME_PREFIX.test(token.text)) || (!spoken && addressesReader(tokens, k, words))) trade = true
    if (reader.has(word)) {
      namesReader = true
      people ||= !spoken
    }
    else if (corporate.has(word)) {
      register.corporate = true
      business.push(k)
    }
    else if (writer.has(word) && !(language === 'fr' ? isFrenchAuthorialWriter : isAuthorialWriter)(tokens, k, words)) register.corporate = people = true
    // Session 34: an essay's « nous l'avons dit », « nous venons de voir » is also evidence of
    // expository prose (french-authorial.ts); English's textbook "we" stays only no copy (session 33).
    else if (writer.has(word) && language === 'fr' && tokens[k].key === 'nous') {
      register.evidence.push(k)
      evidence++
    }
    else if (callsReader(tokens, k, words)) {
      register.corporate = true
      people ||= !spoken
    }
    else if (
      expository.has(word) ||
      YEAR.test(key) ||
      (units.has(key) && k > 0 && NUMBER.test(tokens[k - 1].key)) ||
      statesLaw(tokens, k, words) ||
      (language === 'fr' && (frenchExpository(tokens, k, words) || frenchExpositorySign(tokens, k, words)))
    ) {
      register.evidence.push(k)
      // A year and the list's pasts ("was", "had") are copy's news too: "Acme has been a strategic
      // member of the alliance since 2019", "The matchless view was the reason for the trip".
      if (!YEAR.test(key) && !NARRATION.has(word)) register.firm.push(k)
      evidence++
    } else if (language === 'en') {
      const sign = narratesPast(tokens, k, words) ? 'narration' : englishExpositorySign(tokens, k, words)
      if (sign) {
        register.evidence.push(k)
        if (sign === 'sign') register.firm.push(k)
        evidence++
      }
    }
  }
  // "!" is copy's, "=" a law's: marks are barrier tokens with no text in the stream (a test of a
  // token's text for them never fired), so they are read from the stream's marks and symbols.
  if (exclaims(stream, out, dialogue)) people = true
  if (!trade) trade = stream.symbols.some((symbol) => COPY_SYMBOLS.test(symbol.text)) || stream.punctuation.some((mark) => COPY_SYMBOLS.test(mark.text))
  const withSymbols = new Set<SentenceRegister>()
  for (const symbol of stream.symbols) {
    const register = out[symbol.sentence]
    if (!register || !RELATIONS.has(symbol.text)) continue
    // Its place among the tokens: the first after it (its barrier, which no match includes). Token
    // indices are not kept in the stream: joining words split by invisible characters renumbers them.
    const k = Math.min(firstTokenFrom(tokens, symbol.start), tokens.length - 1)
    if (k < 0) continue
    register.evidence.push(k)
    register.firm.push(k)
    withSymbols.add(register)
    evidence++
  }
  for (const register of withSymbols) {
    // ascending, as their readers expect: once a sentence
    register.evidence.sort((a, b) => a - b)
    register.firm.sort((a, b) => a - b)
  }
  const copy = out.some((r) => r.corporate) || (namesReader && evidence < TEXTBOOK_EVIDENCE)
  // Only a block with a match that names fields is read (registerOf); its literary evidence is
  // looked for once, by the first match with no word of copy's business around it (isLiterary).
  return { sentences: out, corporate: copy, expository: evidence > 0, business, people, trade }
}

/** The index of the first token that starts at or after `start` (tokens.length if none). */
function firstTokenFrom(tokens: readonly Token[], start: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start < start) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Marks the sentences with a "!" as copy; whether there was one outside a sentence of dialogue
 * (the character's « ! »). Marks and sentences are in text order.
 */
function exclaims(stream: TokenStream, out: SentenceRegister[], dialogue: ReadonlyMap<number, number>): boolean {
  const sentences = stream.sentences
  let found = false
  let s = 0
  for (const mark of stream.punctuation) {
    if (!mark.text.includes('!')) continue
    while (s < sentences.length - 1 && sentences[s].end < mark.start) s++ // a closing "!" is its sentence's
    if (!out[s]) continue
    out[s].corporate = true
    found ||= !dialogue.has(s)
  }
  return found
}

// A stream is read with one rule set's words: its own lint's. Rule sets apart (a test's data),
// each reads it again.
const registers = new WeakMap<TokenStream, { words: RegisterWords; block: BlockRegister }>()

/** The block's registers, read once per stream and rule set's words. */
export function registerOf(stream: TokenStream, words: RegisterWords): BlockRegister {
  const read = registers.get(stream)
  if (read?.words === words) return read.block
  const block = readRegisters(stream, words)
  registers.set(stream, { words, block })
  return block
}

/**
 * Whether the block names copy's business or trade (customers, platform, team; invoices,
 * subscribers): a "we" with neither around it is a textbook's or a narrator's as often as a
 * company's (self-focus's `opening`, session 35).
 */
export function namesCopyBusiness(stream: TokenStream, words: RegisterWords): boolean {
  const block = registerOf(stream, words)
  return block.business.length > 0
}

/**
 * Whether the whole block reads as expository prose: evidence of it in one of its sentences, and no
 * word of copy (we, your, customers, notre, vos clients…) nor call to the reader in any.
 */
export function blockIsExpository(stream: TokenStream, words: RegisterWords): boolean {
  const block = registerOf(stream, words)
  return block.expository && !block.corporate
}

/** Whether a word of copy (the registers' `corporate`, `writer`, a call to the reader) stands in the block, or the reader in a block that is no textbook. */
export function blockHasCopy(stream: TokenStream, words: RegisterWords): boolean {
  return registerOf(stream, words).corporate
}

/**
 * Whether the match on tokens `first`..`last` stands in literature: a novel's narration or
 * dialogue, a play, verse (literary.ts), with no word of copy's business in its block, and enough
 * of literature's evidence outside the match (« Autrefois, la foire boostait » is no evidence for
 * its own « boostait »). `clustered`: another finding of copy's families stands in the block (context.ts).
 * `style`: the entry is an author's style (`unless.literaryStyle`), read as such on any piece in a
 * block with no word of copy nor person copy names.
 */
export function isLiterary(stream: TokenStream, words: RegisterWords, first: number, last: number, clustered = false, style = false): boolean {
  const block = registerOf(stream, words)
  // A one-word match is no business of its own (« une digitale »: the foxglove); a phrase of copy's
  // business words is (« la transformation digitale avançait » narrates copy's business).
  const own = first === last ? first : -1
  if (block.business.some((k) => k !== own)) return false
  const literary = (block.literary ??= literaryEvidence(stream, words.language))
  if (!literary.length) return false
  const from = stream.tokens[first].start
  const to = stream.tokens[last].end
  let weight = 0
  let strong = false
  let alone = false
  let any = false
  // Narration's pieces count only where the block has no word of copy (english-narration.ts, french-narration.ts).
  const narrationCounts = !block.trade && !clustered
  for (const piece of literary) {
    if ((piece.start >= from && piece.start < to) || (piece.copyless && !narrationCounts)) continue
    weight += piece.weight
    strong ||= piece.weight >= STRONG
    alone ||= piece.alone === true
    any = true
  }
  // Session 31: in a block with no word of copy at all (`copyless`), one French piece that may
  // stand alone is enough (literary.ts: not the imperfect after a noun).
  // Session 33: for an author's style (`literaryStyle`: light verbs, clichés), any piece there.
  const copyless = (alone || (style && any)) && !block.trade && !clustered
  return (weight >= LITERARY_WEIGHT || copyless) && (strong || !block.people)
}

// The auxiliary of the match's own verb ("Nurses were empowered", « était optimisé ») belongs to
// the phrase, as copy writes it in the passive too: no evidence for it.
const AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'fut', 'furent', 'etait', 'etaient', 'avait', 'avaient'])

/**
 * Whether the match on tokens `first`..`last` stands outside copy, for an entry that names the
 * fields of its plain senses: no word of copy in the block, and evidence of expository prose in
 * the match's sentence outside the match and its auxiliary ("were empowered" is no evidence for
 * itself). `copyless`, for an entry with `outsideCopy`: also with no evidence of expository prose
 * when the block holds no word of the broad vocabulary of copy and business either, nor another
 * finding of copy's families outside the match (`clustered`: corporate-speak comes in clusters).
 * `evidenceOf`: which of the sentence's evidence counts (EvidenceKind).
 */
export function isOutsideCopy(stream: TokenStream, words: RegisterWords, first: number, last: number, copyless?: { clustered: boolean }, evidenceOf: EvidenceKind = 'all'): boolean {
  const block = registerOf(stream, words)
  if (block.corporate) return false
  if (copyless && !block.trade && !copyless.clustered) return true
  // Words with plain senses of their own: no word of trade either ("sold her online at a fair price").
  if (evidenceOf === 'plain' && block.trade) return false
  const tokens = stream.tokens
  const register = block.sentences[tokens[first].sentence]
  const evidence = (evidenceOf === 'firm' ? register?.firm : register?.evidence) ?? []
  return evidence.some((k) => (k < first || k > last) && !(k >= first - 2 && k < first && AUXILIARIES.has(tokens[k].key)) && (evidenceOf !== 'plain' || !copyNarrates(tokens[k].key, words.language)))
}

/**
 * Whether the match on tokens `first`..`last`, an author's style (`literaryStyle`), stands in an
 * essay or a treatise: no word of copy in the block, nor of the broad vocabulary of copy and
 * business, no product's name and no currency (`trade`: a year is evidence of a history, and of a
 * software's version too, « dans SharePoint 2013 », fix case fr-046), and evidence of expository
 * prose in the match's sentence outside the match, its auxiliary and its complement: the word right
 * after it belongs to the phrase (« à horizon 2030 » dates a plan, not a history).
 */
export function isExpositoryStyle(stream: TokenStream, words: RegisterWords, first: number, last: number): boolean {
  const block = registerOf(stream, words)
  if (block.corporate || block.trade) return false
  const tokens = stream.tokens
  const evidence = block.sentences[tokens[first].sentence]?.evidence ?? []
  return evidence.some((k) => (k < first || k > last + 1) && !(k >= first - 2 && k < first && AUXILIARIES.has(tokens[k].key)))
}

/**
 * Which evidence of expository prose reads a match outside copy: 'all' for an entry that names
 * the fields of its plain senses; 'plain' for one whose words have `plainSenses` of their own
 * (hype's qualities: not "was" nor "had", which a brochure writes, "The matchless view was the
 * reason for the trip", and no word of trade in the block); 'firm' for one that names literature
 * alone (no narrated past, "was" nor year: copy's news).
 */
export type EvidenceKind = 'all' | 'plain' | 'firm'
