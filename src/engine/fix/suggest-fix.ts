// A phrase finding's suggestions in the form of the flagged word, and the one fix the engine can
// stand behind (issue #15). The flagged word is read with the morphology layer, once per match in
// a sentence as written (sentence-memo.ts: copy repeats), never for every word: a rule entry that names a part of
// speech drops the match when the word is read as another ("leverage" the noun), each suggestion is
// inflected to the reading and the words around it agreed, and the first suggestion whose every
// step had data becomes the fix. Without the layer's data loaded (loadMorphology, awaited by the
// front ends) nothing is dropped, suggestions stay as written, and no fix is given.
import { agreeAround, analyse, copyCapitals, englishSuggestionClass, inflect, morphologyLoaded, readWord, type Pos, type Reading } from '../morphology/index.js'
import type { RawMatch } from '../match/phrase-matcher.js'
import type { EntryData, EntrySense, Language } from '../rules/rule-data.js'
import type { CompiledRules } from '../rules/rules.js'
import { foldWord, splitWord } from '../text/normalise.js'
import type { SentenceSpan, Token, TokenStream } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import { participleAfterDegree } from '../morphology/degree-participle.js'
import { checkFix } from './fix-checks.js'
import { standsAsCompoundAdjective } from './compound-adjective.js'
import { DETERMINERS } from './french-verb-phrases.js'
import { matchKey, SentenceMemo } from './sentence-memo.js'
import { pickedSense } from './senses.js'
import { wordAt, type SentenceWords } from './sentence-words.js'

/** A replacement of text[start, end) (offsets into the block's text). */
export interface FixSpan {
  start: number
  end: number
  text: string
  /** The sentence it was made in: no fix may create a finding there (standing-fixes.ts). */
  sentenceStart: number
  sentenceEnd: number
  /** standing-fixes.ts's verdicts on it per rule set, shared by every copy of the sentence as written. */
  verdicts?: WeakMap<CompiledRules, boolean>
}

export interface Suggested {
  /** Inflected where the engine could, those it could not after them; undefined: the rule offers no wording. */
  suggestions?: string[]
  /** The suggestions of `suggestions` the engine could not put in the flagged word's form. */
  uninflected?: string[]
  fix?: FixSpan
}

export type EntryPos = NonNullable<EntryData['pos']>
const POS: Record<EntryPos, Pos> = { verb: 'verb', noun: 'noun', adjective: 'adj' }

interface Flagged {
  sentence: SentenceWords
  /** Index of the head word in `sentence.words`. */
  index: number
  /** The head's lemma, as the rule writes it. */
  lemma: string
}

// What the engine works out for a match, once per sentence as written (sentence-memo.ts).
interface MatchFacts {
  head: Flagged | null
  /** partOfSpeechStands. */
  stands?: boolean
  /** suggestFix's answer, its fix's offsets from the flagged span's. */
  worked?: Worked
  /** FixSpan.verdicts: a fix's verdict depends on nothing outside its sentence. */
  verdicts?: WeakMap<CompiledRules, boolean>
}
const memo = new SentenceMemo<MatchFacts>()
const entryIds = new WeakMap<EntryData, number>()
let nextEntryId = 0

function entryId(entry: EntryData): number {
  let id = entryIds.get(entry)
  if (id === undefined) entryIds.set(entry, (id = nextEntryId++))
  return id
}

// Words an entry's phrases vary that are no lemma of their own ("effectuer le/un paiement").
const CLOSED = new Set("le la les l' un une des du de d' au aux à son sa ses leur leurs notre nos votre vos".split(' '))

/**
 * The entry phrase a match stands for, in its citation form. French: of the phrases with as many parts as
 * the match has tokens, the one the tokens write most alike ("apportez des modifications" is
 * "apporter des modifications", not the entry's first three-part phrase "effectuer une
 * modification"); then, when an earlier phrase differs from it in one open-class word that the
 * lexicon reads as that word's lemma, that one: entries list a lemma's forms after it ("faire sens, fait sens", "impacter, impactant").
 */
// Findings repeat: the phrase is worked out once per entry and tokens as written (bounded per entry).
const phraseOf = new WeakMap<EntryData, BoundedCache<string, string[] | null>>()

function matchedPhrase(entry: EntryData, tokens: readonly Token[], language: Language): string[] | undefined {
  let known = phraseOf.get(entry)
  if (!known) phraseOf.set(entry, (known = new BoundedCache(1_000)))
  const key = `${language}\u0000${tokens.map((t) => t.text).join('\u0001')}`
  const hit = known.get(key)
  if (hit !== undefined) return hit ?? undefined
  const found = workOutPhrase(entry, tokens, language)
  known.set(key, found ?? null)
  return found
}

function workOutPhrase(entry: EntryData, tokens: readonly Token[], language: Language): string[] | undefined {
  const keys = tokens.map((t) => t.key)
  const phrases = entry.phrases ?? (entry.phrase ? [entry.phrase] : [])
  const split = phrases.map((p) => p.trim().split(/\s+/).flatMap((w) => splitWord(w).map((part) => part.text)))
  // English keeps the first phrase of the length: its entries list forms whose readings differ.
  if (language === 'en') return split.find((p) => p.length === keys.length) ?? split[0]
  const folded = split.map((p) => p.map(foldWord))
  // A token that reads as a form of the phrase's word counts as written alike ("challengent": "challenger", not "challenge").
  const lemmas = tokens.map((t) => new Set(analyse([t.text], 0, language).map((r) => foldWord(r.lemma))))
  // Written alike with its accents first ("challengé" is no "challenge"), then as a form of the word, then by its first letters.
  const lower = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'")
  const written = tokens.map((t) => lower(t.text))
  const writtenSplit = split.map((p) => p.map(lower))
  const alike = (p: string[]) => p.reduce((n, w, k) => n + (writtenSplit[folded.indexOf(p)][k] === written[k] ? 3 : lemmas[k].has(w) ? 2 : w.slice(0, 3) === keys[k].slice(0, 3) ? 1 : 0), 0)
  let best: string[] | undefined
  for (const p of folded) if (p.length === keys.length && (!best || alike(p) > alike(best))) best = p
  if (!best) return split[0]
  const citation = folded.findIndex((p) => {
    if (p.length !== best.length) return false
    const differ = p.flatMap((w, k) => (w === best[k] ? [] : [k]))
    if (differ.length !== 1) return differ.length === 0
    const k = differ[0]
    const written = split[folded.indexOf(best!)]
    return !CLOSED.has(p[k]) && analyse(written, k, language).some((r) => foldWord(r.lemma) === p[k])
  })
  return split[citation]
}

// The part-of-speech gate asks first, then the suggestions, for the same match.
let last: { m: RawMatch; entry: EntryData; stream: TokenStream; facts: MatchFacts } | undefined

/** What is known of the match in its sentence; the part-of-speech gate and the suggestions both need its head. */
function factsOf(text: string, stream: TokenStream, m: RawMatch, entry: EntryData, language: Language): MatchFacts {
  if (last?.m === m && last.entry === entry && last.stream === stream) return last.facts
  const index = stream.tokens[m.first].sentence
  const span = stream.sentences[index]
  const sentence = memo.sentence(text, stream, index, span, language)
  const key = matchKey(stream, m, entryId(entry), span.start)
  let facts = sentence.matches.get(key)
  if (!facts) sentence.matches.set(key, (facts = { head: readHead(stream, m, entry, language, sentence.words, span.start) ?? null }))
  last = { m, entry, stream, facts }
  return facts
}

/** The flagged head word in its sentence: the part written otherwise than the rule's lemma, else the first (English: the last when it reads as a noun, "pain points"). */
function readHead(stream: TokenStream, m: RawMatch, entry: EntryData, language: Language, sentence: SentenceWords, sentenceStart: number): Flagged | undefined {
  const tokens = stream.tokens.slice(m.first, m.last + 1)
  const lemmaParts = matchedPhrase(entry, tokens, language)
  if (!lemmaParts) return undefined
  const at = (k: number) => wordAt(sentence.starts, tokens[k].start - sentenceStart)
  let head = tokens.findIndex((t, k) => t.key !== foldWord(lemmaParts[k] ?? ''))
  if (head < 0) {
    // English: a noun compound's head is its last word ("pain points"), a verb phrase's its verb
    // ("drive growth"): the first word decides when it reads as a verb.
    // The suggestions settle it when one of them is only a verb or no verb ("thought leadership" →
    // "expertise": a noun, whatever "thought" reads as).
    const last = tokens.length - 1
    const classes = new Set(language === 'en' ? (entry.suggest ?? []).map(englishSuggestionClass) : [])
    const verbal = classes.has('verb') ? !classes.has('noun') : classes.has('noun') ? false : readWord(sentence.words, at(0), language, { lemma: lemmaParts[0] })?.pos === 'verb'
    const lastIsHead = language === 'en' && last > 0 && !verbal && readWord(sentence.words, at(last), language, { lemma: lemmaParts[last] })?.pos === 'noun'
    // French: the word after a determiner ("notre écosystème": the noun; "de pointe" keeps "de").
    const content = language === 'fr' && DETERMINERS.has(lemmaParts[0].toLowerCase().replace(/’/g, "'")) ? 1 : -1
    head = lastIsHead ? last : content > 0 ? content : 0
  }
  const index = at(head)
  if (index < 0) return undefined
  // A hyphenated French word is one word of the sentence but several tokens ("e-commerce"): its lemma is theirs joined.
  const lemma = language === 'fr' ? tokens.flatMap((_, k) => (at(k) === index ? [lemmaParts[k] ?? ''] : [])).join('-') : lemmaParts[head] ?? lemmaParts[0]
  return { sentence, index, lemma }
}

/** False when the entry names a part of speech and the flagged word reads as another. */
export function partOfSpeechStands(text: string, stream: TokenStream, m: RawMatch, entry: EntryData | undefined, language: Language): boolean {
  if (!entry?.pos || entry.pattern || !morphologyLoaded(language)) return true
  const facts = factsOf(text, stream, m, entry, language)
  return (facts.stands ??= headStands(facts.head, entry.pos, language) || compoundStands(stream, m, facts.head, entry.pos, language))
}

/** An adjective entry whose head, the phrase's last word, reads as a noun: the compound before its noun (compound-adjective.ts). */
function compoundStands(stream: TokenStream, m: RawMatch, head: Flagged | null, pos: EntryPos, language: Language): boolean {
  if (pos !== 'adjective' || language !== 'en' || !head) return false
  const last = stream.tokens[m.last]
  if (wordAt(head.sentence.starts, last.start - stream.sentences[last.sentence].start) !== head.index) return false
  return standsAsCompoundAdjective(stream, m, head.sentence, head.index, language)
}

function headStands(head: Flagged | null, pos: EntryPos, language: Language): boolean {
  if (!head) return true
  const { words } = head.sentence
  if (pos === 'verb' && language === 'en' && participleAfterDegree(words, head.index)) return false
  // The word's own reading first: the rule's lemma would pull a noun towards its verb paradigm.
  const reading = readWord(words, head.index, language) ?? readWord(words, head.index, language, { lemma: head.lemma })
  return !reading || reading.pos === POS[pos]
}

// One array per distinct list, so that the drafter's message cache (keyed by the array) still hits.
const lists = new BoundedCache<string, string[]>(20_000)
const interned = (list: string[]) => {
  const key = list.join('\u0000')
  let same = lists.get(key)
  if (!same) lists.set(key, (same = list))
  return same
}

// What a suggestion becomes depends on the entry, the words the reading sees, the flagged text and
// the text just around it (agreement looks one article back and at most five words ahead): a
// document repeats these, so each is worked out once (bounded). Fix offsets are kept from the flagged span.
interface Worked {
  suggestions: string[]
  uninflected?: string[]
  fix?: { fromStart: number; fromEnd: number; text: string }
}
const worked = new BoundedCache<string, Worked>(20_000)
// Enough text either side for agreeAround: "de la " before, "our regional managers to " after.
const BEFORE = 40
const AFTER = 80

export function suggestFix(text: string, stream: TokenStream, m: RawMatch, entry: EntryData | undefined, language: Language, start: number, end: number): Suggested {
  const suggest = entry?.suggest
  if (!entry || !suggest?.length || entry.pattern || !morphologyLoaded(language)) return { suggestions: suggest }
  const facts = factsOf(text, stream, m, entry, language)
  const head = facts.head
  if (!head) return { suggestions: suggest, uninflected: suggest }
  const span = stream.sentences[stream.tokens[m.first].sentence]
  const w = (facts.worked ??= workedAround(text, stream, m, entry, suggest, language, head, span, start, end))
  const fix = w.fix && { start: start + w.fix.fromStart, end: end + w.fix.fromEnd, text: w.fix.text, sentenceStart: span.start, sentenceEnd: span.end, verdicts: (facts.verdicts ??= new WeakMap()) }
  return { suggestions: w.suggestions, uninflected: w.uninflected, fix }
}

/** `work`'s answer for the flagged text[start, end), kept by the text around it (another sentence may share it). */
function workedAround(text: string, stream: TokenStream, m: RawMatch, entry: EntryData, suggest: string[], language: Language, head: Flagged, span: SentenceSpan, start: number, end: number): Worked {
  const from = Math.max(span.start, start - BEFORE)
  const to = Math.min(span.end, end + AFTER)
  const { words } = head.sentence
  // The sense is read from the words around the match, further than the text the key holds.
  const sense = pickedSense(entry, stream, m, language)
  const senseKey = sense === undefined ? '' : sense === null ? '-' : entry.senses!.indexOf(sense)
  const key = `${language}\u0000${entryId(entry)}\u0000${senseKey}\u0000${head.index < 5 ? head.index : 5}\u0000${words.slice(Math.max(0, head.index - 5), head.index + 3).join('\u0001')}\u0000${text.slice(from, to)}\u0000${start - from}\u0000${end - from}\u0000${from === span.start ? 1 : 0}`
  let w = worked.get(key)
  if (!w) worked.set(key, (w = work(entry, suggest, sense, language, head, text.slice(from, start), text.slice(start, end), text.slice(end, to))))
  return w
}

/** A reading of a form that is not the lemma's own: a verb not in the infinitive (English: base), a plural, a feminine. */
function inflectedForm(r: Reading): boolean {
  if (r.pos === 'verb') return r.form !== undefined ? r.form !== 'base' : r.mood !== 'inf'
  if (r.pos === 'noun' || r.pos === 'adj') return r.number === 'pl' || r.gender === 'f'
  return false
}

/** The suggestions of `entry` for `original` between `before` and `after` (the text around it in its sentence). */
function work(entry: EntryData, suggest: string[], sense: EntrySense | null | undefined, language: Language, head: Flagged, before: string, original: string, after: string): Worked {
  // An entry that lists its forms (inflect: false) is matched as written, but its suggestions are
  // lemmas all the same: "managez" → "dirigez", never "diriger". Its phrases are forms, not the
  // lemma, so the word is read without the rule's lemma.
  const exact = entry.inflect === false
  const { words } = head.sentence
  const pos = entry.pos && POS[entry.pos]
  let reading: Reading | undefined = readWord(words, head.index, language, exact ? { pos } : { lemma: head.lemma, pos })
  // Read without the lemma, a listed form in its citation form ("the majority of", "manager son
  // équipe") or a word that is no verb, noun or adjective is pasted as written.
  const plain = exact && (!reading || !inflectedForm(reading))
  if (plain) reading = undefined
  const sentence = before + original + after
  const safe: string[] = []
  const unsafe: string[] = []
  let fix: FixSpan | undefined
  for (const suggestion of suggest) {
    const inflected = reading ? inflect(suggestion, language, reading, { original, words, index: head.index }) : { text: copyCapitals(original, suggestion), safe: plain }
    const agreed = agreeAround(before, inflected.text, language, after)
    // An elision the replacement makes with the text after it is written as the flagged words wrote theirs ("d’en").
    if (language === 'fr' && /’/.test(original) && !/'/.test(original)) agreed.replacement = agreed.replacement.replace(/'/g, '’')
    const checked = inflected.safe && agreed.safe
      ? checkFix({ before: agreed.before, replacement: agreed.replacement, after: agreed.after ?? after }, { language, reading: inflected.reading ?? reading, suggestion, original, before, after, words, index: head.index })
      : undefined
    // A suggestion of another sense than the context picked is shown, never applied.
    const ofSense = sense === undefined || (sense !== null && sense.suggest.includes(suggestion))
    if (checked === undefined || typeof checked === 'string' || !ofSense) {
      // Shown, not applied: in its inflected form when only the sentence around it stood in the
      // way, as the rule writes it when the form itself is unsure ("battle-tested" → never "provened").
      unsafe.push(inflected.safe ? inflected.text : copyCapitals(original, suggestion))
      continue
    }
    safe.push(checked.replacement)
    fix ??= changed(sentence, checked.before + checked.replacement + checked.after, 0, before.length, before.length + original.length)
  }
  return {
    suggestions: interned([...new Set([...safe, ...unsafe])]),
    uninflected: unsafe.length ? interned(unsafe) : undefined,
    fix: fix && { fromStart: fix.start - before.length, fromEnd: fix.end - before.length - original.length, text: fix.text },
  }
}

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}'’-]/u.test(c)

/** The stretch of `old` (at `base` in the text) that `now` rewrites, in whole words and covering [start, end). */
function changed(old: string, now: string, base: number, start: number, end: number): FixSpan | undefined {
  if (old === now) return undefined
  let prefix = 0
  const most = Math.min(old.length, now.length)
  while (prefix < most && old[prefix] === now[prefix]) prefix++
  let suffix = 0
  while (suffix < most - prefix && old[old.length - 1 - suffix] === now[now.length - 1 - suffix]) suffix++
  prefix = Math.min(prefix, start - base)
  suffix = Math.min(suffix, base + old.length - end)
  while (prefix > 0 && isWordChar(old[prefix - 1])) prefix--
  while (suffix > 0 && isWordChar(old[old.length - suffix])) suffix--
  return { start: base + prefix, end: base + old.length - suffix, text: now.slice(prefix, now.length - suffix), sentenceStart: base, sentenceEnd: base + old.length }
}
