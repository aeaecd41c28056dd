// The literary register (issue #15, literal senses in literature): novels, tales, plays and verse
// use the words of the lists in their plain senses ("going forward to the forecastle", « une
// lutte inégale », « main dans la main ») and are read as copy today: they narrate, they speak to
// "you" and « vous », they exclaim. What copy never writes is the evidence here, read word by word:
// the French simple past and imperfect subjunctive (« il accusa », « nous échangeâmes », « qu'il
// n'eût »: tense and mood from the morphology layer, with endings no other tense has when its data
// are not loaded), a speaker's tag after the words spoken (« dit-il », « s'écria-t-elle », "said
// he"), a dialogue's dash (Gutenberg's "--"), verse
// (two lines or more begun with a capital inside one sentence: "…twilight gray / Had in her sober
// livery"), and the spellings of older books ("thee", "hath", "o'er", "employ'd", "to-morrow",
// « très-effrayant », « avoit »), and in English a quotation broken by its speaker's tag and older
// usage ("is but", "sixpence": english-dialogue.ts, english-archaic.ts). English narration in the
// past is no such evidence: press releases narrate in the past too ("Acme announced…"), and it is
// already the expository register's (register.ts). Copy's people stay copy: see register.ts for how this evidence weighs against them.
import { analyse, morphologyLoaded, type Reading } from '../morphology/index.js'
import type { Language } from '../rules/rule-data.js'
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, TokenStream, WrittenWord } from '../text/tokens.js'
import { breaksQuotation, SPEECH_VERBS } from './english-dialogue.js'
import { olderEnglish } from './english-archaic.js'
import { englishNarration } from './english-narration.js'
import { frenchFormNarrates, guessedPastOfKnownVerb } from './french-past.js'
import { frenchNarration } from './french-narration.js'
import { dialogueAddressEvidence } from './french-dialogue-address.js'
import { frenchDialogue, firstPersonImperfect } from './french-speech.js'
import { oldFrenchWord } from './old-french.js'
import { NEVER_PRONOUNS } from './french-verb-place.js'

const ARCHAIC: Record<Language, ReadonlySet<string>> = {
  en: new Set(['thee', 'thou', 'thy', 'thine', 'ye', 'hath', 'doth', 'dost', 'hast', 'shalt', "o'er", "e'er", "ne'er", "'tis", "'twas", 'methinks', 'quoth', 'unto', 'wherefore', 'shew', 'shewn', 'to-morrow', 'to-day', 'to-night']),
  fr: new Set(['ô', 'icelui', 'icelle', 'céans', 'oncques', 'messire']),
}
// "employ'd", "follow'd": the elided past of verse. Not "I'd", "we'd", "they'd" (four letters at least before the mark).
const ELIDED_PAST = /^[a-z]{4,}['’]d$/
// « très-effrayant », « très-âgé »: the hyphen that nineteenth-century printing put after « très ».
const OLD_TRES = /^très-\p{L}/u
// The imperfect in -oit of older books (« avoit », « étoit », « faisoient »): a word the lexicon
// does not know whose -ait spelling is an imperfect it knows (not « doit », « renvoient »).
const OLD_IMPERFECT = /^\p{L}{2,}oi(?:en)?t$/u

function oldImperfect(word: string): boolean {
  if (!morphologyLoaded('fr') || analyse([word], 0, 'fr').some((r) => r.source !== 'guess')) return false
  const modern = word.replace(/oi(en)?t$/u, 'ai$1t')
  return analyse([modern], 0, 'fr').some((r) => r.source !== 'guess' && r.mood === 'ind' && r.tense === 'impf')
}

const SPEAKERS = new Set(['he', 'she', 'i'])
// « dit-il », « s'écria-t-elle », « reprit-elle »: a verb and the pronoun after it, a speaker's tag
// when a comma or a stop follows (a question's inversion, « permet-il ? », is copy's too).
const FRENCH_INCISE = /^[\p{L}'’]{2,}-(?:t-)?(?:il|elle|ils|elles)$/u
const TAG_END = new Set([',', ';', '.', '!', '…', '--', '—', '–'])

// Verse: a line begun with a capital inside a sentence, seen where a function word is capitalised
// after another word ("gray / Had in her sober livery", « Et », « Que »). Names are capitalised
// too, and a title capitalises every word: two such words in a sentence that is no title.
const VERSE_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'with', 'to', 'from', 'in', 'of', 'for', 'as', 'when', 'where', 'while', 'till', 'yet', 'so', 'his', 'her', 'their', 'my', 'thy', 'not', 'no', 'had', 'was', 'were', 'is', 'be', 'all', 'by', 'on', 'if', 'how', 'what', 'this', 'these', 'up', 'out', 'now', 'then', 'set', 'invites']),
  // Not the articles: « Le Monde », « La Poste » are names copy writes in the middle of a sentence.
  fr: new Set(['et', 'que', 'qui', 'dans', 'sur', 'de', 'du', 'des', 'mais', 'ou', 'où', 'je', 'tu', 'il', 'elle', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'pour', 'par', 'sans', 'comme', 'quand', 'si', 'ne', 'à', 'au', 'aux', 'en', 'ce', 'cette', 'dont',
    'ils', 'elles', 'on', 'nous', 'vous', 'me', 'te', 'se', 'lui', 'ni', 'car', 'or', 'donc', 'puis', 'jamais', 'déjà', 'toujours', 'ainsi', 'aussi', 'encore', 'après', 'avant', 'avec', 'contre', 'vers', 'sous', 'ces', 'cet', 'leurs', 'lorsque', 'puisque', 'quoi', 'est', 'sont', 'autrement', 'pourquoi', 'trop', 'tant', "qu'", "d'", "l'", "n'", "s'", "j'", "m'", "c'", "t'"]),
}
const VERSE_LINES = 2
// Words that begin a line of verse and seldom a name: "Matchless", "Bearded", "Gathering".
const LINE_START = /^\p{Lu}\p{Ll}{3,}(?:less|ful|ous|ed|ing|ly)$/u

// The subject pronouns before a verb, and the clitics that may stand between (« il ne se leva »).
const FRENCH_SUBJECTS = new Set(['je', "j'", 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles'])
const CLITICS = new Set(['ne', "n'", 'me', "m'", 'te', "t'", 'se', "s'", 'le', 'la', "l'", 'les', 'lui', 'leur', 'y', 'en', 'nous', 'vous'])

/**
 * Whether French word `w` is in the simple past or the imperfect subjunctive, and in no other tense
 * or mood nor another part of speech (« vins » is also wine, « plus » an adverb, « cela » a
 * pronoun). After its subject pronoun, the guesser's reading is enough (« il accusa », « je
 * cessai »: verbs the lexicon lacks); without one, only the lexicon's, and of the third person.
 */
function frenchNarrates(words: readonly WrittenWord[], w: number): boolean {
  const word = words[w].text.toLowerCase().replace(/^\p{L}['’]/u, '')
  // Endings no other tense has: « échangeâmes », « quittâtes », « répétèrent »; but -èrent is also
  // the present of -érer verbs (« considèrent », « génèrent »: french-past.ts tells them apart).
  if (/(?:âmes|âtes|îmes|îtes|ûmes|ûtes)$/u.test(word) && word.length > 6) return true
  if (word.endsWith('èrent') && word.length > 6 && frenchFormNarrates(word)) return true
  if (!morphologyLoaded('fr') || !/(?:a|ai|as|is|it|us|ut|int|ins|ât|ît|ût|sse|ssent|rent)$/u.test(word)) return false
  const readings: Reading[] = analyse([word], 0, 'fr')
  const narrates = (r: Reading) => r.pos === 'verb' && ((r.mood === 'ind' && r.tense === 'ps') || (r.mood === 'subj' && r.tense === 'impf'))
  if (!readings.some(narrates) || readings.some((r) => r.pos === 'verb' && !narrates(r) && r.mood !== 'ppast')) return false
  if (afterFrenchSubject(words, w) || /^j['’]/.test(words[w].text.toLowerCase())) return true
  if (afterFrenchDeterminer(words, w)) return false
  if (readings.every((r) => r.source !== 'guess' && (r.mood === 'ppast' || (narrates(r) && r.person === 3)))) return true
  // « Roger exécuta », « La jument s'allongea »: the guesser's reading, of a verb the list knows.
  return readings.every((r) => r.source === 'guess') && readings.some((r) => narrates(r) && r.person === 3 && guessedPastOfKnownVerb(words[w].text.replace(/^\p{L}['’]/u, ''), r.lemma))
}

/** The punctuation that comes first at or after `offset`, or undefined. */
function punctuationAfter(marks: readonly Punctuation[], offset: number): Punctuation | undefined {
  return marks[firstAbove(marks, offset - 1, (p) => p.start)]
}

/**
 * What written word `w` weighs as evidence of literature: STRONG for what copy never writes (the
 * simple past, « dit-il », "thee"), WEAK for narration copy may share (« il avait », "he stopped",
 * "Mr Elliot"), 0 for none.
 */
function literaryWord(words: readonly WrittenWord[], w: number, language: Language, marks: readonly Punctuation[]): number {
  const word = words[w]
  const lower = word.text.toLowerCase()
  if (ARCHAIC[language].has(lower)) return STRONG
  if (language === 'en') {
    if (ELIDED_PAST.test(lower)) return STRONG
    if (word.text === 'O') return words[w + 1]?.sentence === word.sentence && /^\p{Lu}/u.test(words[w + 1].text) ? STRONG : 0
    if (breaksQuotation(words, marks, w)) return STRONG
    const older = olderEnglish(words, marks, w)
    if (older) return older
    const tag = speakerTag(words, w)
    if (tag) return tag
    return englishNarrates(words, w) ? WEAK : 0
  }
  if (OLD_TRES.test(lower)) return STRONG
  const old = oldFrenchWord(words, w, marks)
  if (old) return old
  if (FRENCH_INCISE.test(lower)) {
    const next = punctuationAfter(marks, word.end)
    return next !== undefined && TAG_END.has(next.text) && next.start === word.end ? STRONG : 0
  }
  if (OLD_IMPERFECT.test(lower) && oldImperfect(lower)) return STRONG
  // « je cessai », « j'éprouvai »: the first person's simple past, whose -ai the future (-rai) shares.
  if ((previousWord(words, w) === 'je' || /^j['’]/.test(lower)) && /^\p{L}{3,}[^r]ai$/u.test(lower.replace(/^j['’]/, ''))) return STRONG
  if (frenchNarrates(words, w)) return STRONG
  if (firstPersonImperfect(words, w)) return WEAK
  const imperfect = frenchImperfect(words, w)
  return imperfect === 'after a noun' ? NARRATION_AFTER_NOUN : imperfect ? WEAK : 0
}

const STRONG = 2
const WEAK = 1
// The imperfect after a noun (« l'hôtel avait », « Chizac était »): WEAK, and never evidence alone,
// even in a block with no word of copy (a review says « l'hôtel avait une vue incomparable »).
const NARRATION_AFTER_NOUN = 0.5

function previousWord(words: readonly WrittenWord[], w: number): string {
  const before = words[w - 1]
  return before && before.sentence === words[w].sentence ? before.text.toLowerCase() : ''
}

// A preposition before « le », « la », « les », « l' » makes it an article (« à l'opéra », « de la
// villa »); a clitic pronoun follows a subject or another clitic, never a preposition.
const FRENCH_PREPOSITIONS = new Set(['à', 'de', "d'", 'dans', 'pour', 'par', 'sur', 'sous', 'vers', 'avec', 'sans', 'chez', 'entre', 'contre', 'après', 'avant', 'depuis', 'pendant', 'selon', 'parmi', 'dès'])
const FRENCH_ARTICLES = new Set(['le', 'la', 'les', "l'"])

/**
 * Whether word `w` follows a determiner (french-verb-place.ts's, never a pronoun), so is a noun
 * whatever the lexicon says: it reads « opéra » as *opérer*'s simple past only (its noun is
 * missing), and « à l'opéra », « cet opéra » were strong evidence of a novel in an opera house's copy.
 */
function afterFrenchDeterminer(words: readonly WrittenWord[], w: number): boolean {
  const elided = /^l['’]/u.test(words[w].text.toLowerCase())
  // Only white space between (« une heure après, les trouva »: « après » is an adverb there).
  const before = (k: number) => (words[k] && words[k + 1].joinedToPrevious && words[k].sentence === words[w].sentence ? words[k].text.toLowerCase().replace('’', "'") : '')
  const previous = before(w - 1)
  if (!elided && NEVER_PRONOUNS.has(previous)) return true
  if (elided) return FRENCH_PREPOSITIONS.has(previous)
  return FRENCH_ARTICLES.has(previous) && FRENCH_PREPOSITIONS.has(before(w - 2))
}

/** Whether a French subject pronoun stands before word `w`, across its clitics (« il ne se leva »). */
function afterFrenchSubject(words: readonly WrittenWord[], w: number): boolean {
  let j = w - 1
  while (j >= 0 && words[j].sentence === words[w].sentence && CLITICS.has(words[j].text.toLowerCase())) j--
  const written = words[j]?.sentence === words[w].sentence ? words[j].text.toLowerCase() : ''
  return FRENCH_SUBJECTS.has(written) || /^qu['’](?:il|elle|on)s?$/.test(written) || (j < w - 1 && /^s['’]?$|^se$/.test(words[j + 1].text.toLowerCase()))
}

/** « il avait », « qui s'asseyait », « étaient »: the third person's imperfect, narration's background (after its pronoun, or after a noun). */
function frenchImperfect(words: readonly WrittenWord[], w: number): 'after a noun' | boolean {
  const word = words[w].text.toLowerCase().replace(/^\p{L}['’]/u, '')
  if (!/\p{L}{2,}(?:ait|aient)$/u.test(word) || !morphologyLoaded('fr')) return false
  const readings = analyse([word], 0, 'fr')
  const imperfect = (r: Reading) => r.pos === 'verb' && r.mood === 'ind' && r.tense === 'impf' && r.person === 3
  if (!readings.some(imperfect) || readings.some((r) => r.pos !== 'verb' && r.source !== 'guess')) return false
  if (readings.some((r) => imperfect(r) && r.source !== 'guess')) return afterFrenchSubject(words, w) || previousWord(words, w) === 'qui' || 'after a noun'
  // The guesser's readings alone: it reads a noun into every word, and an imperfect into the
  // conditional (« il masquerait »), which the word list tells apart (french-past.ts).
  if (!frenchFormNarrates(word)) return false
  if (afterFrenchSubject(words, w) || previousWord(words, w) === 'qui') return true
  // « Negoro évitait »: a verb the list knows, after a noun.
  return readings.some((r) => imperfect(r) && guessedPastOfKnownVerb(words[w].text.replace(/^\p{L}['’]/u, ''), r.lemma)) && 'after a noun'
}

// "he stopped", "she wore", "he was": a third person's past after its pronoun; not "it" nor
// "they", press releases' subjects ("It launched…"). "Mr Elliot", "Mrs. Homais": a title.
const NARRATORS = new Set(['he', 'she'])
const TITLES = new Set(['mr', 'mrs', 'miss', 'mr.', 'mrs.', 'sir'])

function englishNarrates(words: readonly WrittenWord[], w: number): boolean {
  const word = words[w]
  const before = previousWord(words, w)
  if (TITLES.has(word.text.toLowerCase())) return /^\p{Lu}/u.test(words[w + 1]?.text ?? '') && words[w + 1].sentence === word.sentence
  if (!NARRATORS.has(before)) return false
  const lower = word.text.toLowerCase()
  if (PAST.has(lower) || /^[a-z]{3,}ed$/.test(lower)) return true
  return morphologyLoaded('en') && analyse([lower], 0, 'en').some((r) => r.pos === 'verb' && r.form === 'past')
}
// The lexicon holds the ambiguous words only: the common irregular pasts are listed.
const PAST = new Set(['was', 'were', 'had', 'did', 'knew', 'wore', 'said', 'went', 'came', 'saw', 'took', 'made', 'gave', 'stood', 'sat', 'lay', 'thought', 'felt', 'found', 'told', 'heard', 'left', 'kept', 'held', 'ran', 'began', 'seemed', 'got', 'spoke', 'looked', 'turned', 'fell', 'rose', 'drew', 'threw', 'wrote', 'brought', 'bought', 'sought', 'meant', 'became', 'could', 'would'])

/**
 * A verb of speech next to its speaker: "said he", "cried she" put the speaker after the verb as
 * only novels do (STRONG); "he said", "said the Angel" are a press release's too (WEAK).
 */
function speakerTag(words: readonly WrittenWord[], w: number): number {
  const word = words[w]
  if (!SPEECH_VERBS.has(word.text.toLowerCase())) return 0
  const next = words[w + 1]?.sentence === word.sentence ? words[w + 1].text.toLowerCase() : ''
  if (next === 'he' || next === 'she' || next === 'i') return STRONG
  return next === 'the' || SPEAKERS.has(previousWord(words, w)) ? WEAK : 0
}

/** Dashes of dialogue: "--" anywhere (STRONG), "—" or "–" before the first word of a sentence (WEAK). */
function dialogueDashes(stream: TokenStream, into: LiteraryEvidence[]): void {
  const { words, punctuation } = stream
  for (const mark of punctuation) {
    if (mark.text === '--') {
      into.push({ start: mark.start, weight: STRONG })
      continue
    }
    if (mark.text !== '—' && mark.text !== '–') continue
    const w = firstAbove(words, mark.start, (x) => x.start)
    const next = words[w]
    if (!next) continue
    const previous = words[w - 1]
    // Copy opens lines with a dash too: WEAK, where Gutenberg's "--" is what copy never types.
    if (!previous || previous.sentence !== next.sentence) into.push({ start: mark.start, weight: WEAK })
  }
}

/** The word a capital opens, lower-cased: "And", « Que », and the elided « D' » of « D'un » as « d' » (not a lone "C", the language). */
function capitalised(text: string): string | undefined {
  if (/^\p{Lu}\p{Ll}*$/u.test(text)) return text.toLowerCase()
  const elided = /^(\p{Lu}\p{Ll}?)['’]\p{Ll}/u.exec(text)
  return elided ? `${elided[1].toLowerCase()}'` : undefined
}

// A line of French verse joined to the last by a space after its punctuation (« …ce frère
// incomparable, Mon âme de sa mort… »), where copy writes a name after no mark (« avec Mon
// Compte ») and a list its items after a colon (« Gratuit : Il s'agit… »). One such capital is
// STRONG when it opens a clause (« , Et soumets », « ; Il vous faut »: the French real-copy
// development set, the shared op-eds, clean prose and the labelled corpus hold none after a comma
// or a semicolon), WEAK when it may open a name (« , Mon âme », « , Pour lui »).
const LINE_END = new Set([',', ';'])
const CLAUSE_OPENERS = new Set(['et', 'ou', 'mais', 'car', 'que', "qu'", 'qui', 'quand', 'si', 'il', 'ils', 'elle', 'elles', 'je', "j'", 'tu', 'nous', 'vous', 'on', 'ne', "n'", "c'", "s'", 'ni', 'puis', 'lorsque', 'puisque', 'or', 'donc', 'jamais', 'déjà', 'toujours', 'ainsi', 'aussi', 'encore', 'me', 'te', 'se', "m'", "t'", 'lui', 'dont', 'où', 'est', 'sont', 'autrement', 'pourquoi', 'quoi', 'trop', 'tant', 'comme'])

/** Verse lines inside one sentence: capitalised function words after another word, in a sentence that is no title. */
function verseLines(stream: TokenStream, language: Language, into: LiteraryEvidence[]): void {
  const { words, punctuation } = stream
  // Where each sentence's capitals stand: one piece of evidence each, so that a match on one line's
  // first word ("Matchless with horse, rifle…") still has the other lines outside it.
  const capitals = new Map<number, number[]>()
  const afterMark = new Map<number, LiteraryEvidence>()
  const lower = new Set<number>()
  for (let w = 0; w < words.length; w++) {
    const word = words[w]
    if (word.text.length >= 4 && /^\p{Ll}/u.test(word.text)) lower.add(word.sentence)
    const previous = words[w - 1]
    const key = previous && previous.sentence === word.sentence ? capitalised(word.text) : undefined
    if (key === undefined) continue
    if (!VERSE_WORDS[language].has(key) && !LINE_START.test(word.text)) continue
    const starts = capitals.get(word.sentence)
    if (starts) starts.push(word.start)
    else capitals.set(word.sentence, [word.start])
    const mark = punctuationAfter(punctuation, previous.end)
    const marked = mark !== undefined && mark.start < word.start
    if (language === 'fr' && marked && LINE_END.has(mark.text) && (afterMark.get(word.sentence)?.weight ?? 0) < STRONG) {
      afterMark.set(word.sentence, { start: word.start, weight: CLAUSE_OPENERS.has(key) ? STRONG : WEAK, alone: true })
    } else if (language === 'fr' && !marked && CLAUSE_OPENERS.has(key) && /^\p{Ll}/u.test(previous.text) && !afterMark.has(word.sentence)) {
      // « …cheminer Autrement que des pieds »: a clause opened by a capital after a small word,
      // with no mark between (a name would follow a mark or be no clause's opener): WEAK.
      afterMark.set(word.sentence, { start: word.start, weight: WEAK, alone: true })
    }
  }
  for (const [sentence, starts] of capitals) {
    if (!lower.has(sentence)) continue
    if (starts.length >= VERSE_LINES) for (const start of starts) into.push({ start, weight: STRONG, alone: language === 'fr' })
    else if (afterMark.has(sentence)) into.push(afterMark.get(sentence)!)
  }
}

/** A piece of literature's evidence: where it starts, and what it weighs (STRONG or WEAK). */
export interface LiteraryEvidence {
  start: number
  weight: number
  /** French evidence that is enough alone in a block with no word of copy at all (register.ts). */
  alone?: boolean
  /** Narration's evidence (english-narration.ts, french-narration.ts), counted only in a block with no word of copy (register.ts). */
  copyless?: true
}

/** Every piece of literature's evidence in a block. */
export function literaryEvidence(stream: TokenStream, language: Language): LiteraryEvidence[] {
  const found: LiteraryEvidence[] = []
  const { words, punctuation } = stream
  for (let w = 0; w < words.length; w++) {
    const weight = words[w].masked ? 0 : literaryWord(words, w, language, punctuation)
    if (weight === NARRATION_AFTER_NOUN) found.push({ start: words[w].start, weight: WEAK })
    else if (weight) found.push({ start: words[w].start, weight, alone: language === 'fr' })
  }
  dialogueDashes(stream, found)
  verseLines(stream, language, found)
  if (language === 'fr') {
    frenchDialogue(words, found)
    frenchNarration(words, punctuation, found)
    dialogueAddressEvidence(stream, found)
  } else englishNarration(words, punctuation, found)
  return found
}
