// Old and literary French that copy never writes (issue #15, session 30), beside literary.ts: the
// plays, novels and Wikisource books of test/corpus/fixes/literal-dev3-fr.yaml use the listed words
// in their plain senses (« un bonheur sans égal », « de par le Roi », « nonobstant toute ruse »)
// with little of the simple past that literary.ts reads first. What they show instead:
// - the negation « ne … point » (« Je ne décide point », « Je n'ai point à juger »): 5 of its 133
//   sentences, none of the French real-copy development set, the shared op-eds, the clean
//   documentation or the labelled corpus;
// - a speech's address to a person (« Cette affaire, monsieur, est… », « …une révolutionnaire,
//   Madame ! »), between commas or before the end of the sentence; « Seigneur » and « Sire » only
//   in old texts, a title anywhere else in a letter's opening (« Madame, Monsieur, ») too;
// - the poetic and old spellings « encor », « avecque », « jà », « moult », « nenni ».
import { analyse, morphologyLoaded } from '../morphology/index.js'
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, WrittenWord } from '../text/tokens.js'

export const OLD_WORDS: ReadonlySet<string> = new Set(['encor', 'avecque', 'avecques', 'jà', 'moult', 'nenni'])

const STRONG = 2
const WEAK = 1

// Titles of address: STRONG for those of old texts, WEAK for those a letter writes too.
const ADDRESS: ReadonlyMap<string, number> = new Map([
  ['seigneur', STRONG], ['sire', STRONG], ['monseigneur', STRONG],
  ['monsieur', WEAK], ['madame', WEAK], ['mademoiselle', WEAK], ['messieurs', WEAK], ['mesdames', WEAK],
])

/** The first punctuation mark that starts in [from, to), or undefined. */
function markBetween(marks: readonly Punctuation[], from: number, to: number): Punctuation | undefined {
  const mark = marks[firstAbove(marks, from - 1, (p) => p.start)]
  return mark && mark.start < to ? mark : undefined
}

const CLOSING = new Set([',', '!', '?', '.', ';', '…', '!…', '?…', '...'])

/**
 * A person addressed in a speech: a title with a comma before it and a comma or the sentence's end
 * after (« Cette affaire, monsieur, est », « une révolutionnaire, Madame ! »), not a letter's
 * opening (« Madame, Monsieur, »: no word before it in its sentence).
 */
function addressed(words: readonly WrittenWord[], w: number, marks: readonly Punctuation[]): number {
  const word = words[w]
  const weight = ADDRESS.get(word.text.toLowerCase())
  const previous = words[w - 1]
  // Not a letter's opening, « Madame, Monsieur, », « Chers clients, Madame, ».
  if (!weight || !previous || previous.sentence !== word.sentence || ADDRESS.has(previous.text.toLowerCase()) || /^ch[eè]re?s?$/u.test(previous.text.toLowerCase())) return 0
  if (markBetween(marks, previous.end, word.start)?.text !== ',') return 0
  const next = words[w + 1]
  const after = markBetween(marks, word.end, next && next.sentence === word.sentence ? next.start : Number.MAX_SAFE_INTEGER)
  return after && CLOSING.has(after.text) ? weight : 0
}

// What may stand between « ne » and « point »: clitics and the verb (« ne vous dirai point »).
const NEGATION_REACH = 4

/**
 * « ne … point », the negation of old and literary French: « point » after a verb (« décide point »,
 * « n'ai point »; not « le point », « au point », « un point de vente »), with « ne » or « n' »
 * within NEGATION_REACH words before it in its sentence and no « pas » between.
 */
function negatesWithPoint(words: readonly WrittenWord[], w: number): boolean {
  if (words[w].text.toLowerCase() !== 'point' || !morphologyLoaded('fr')) return false
  const previous = words[w - 1]
  if (!previous || previous.sentence !== words[w].sentence) return false
  // After a verb (« décide », « n'ai »), or a word the lexicon does not know (« sied », of
  // « seoir »): not « le point », « au point », « un point ».
  const verb = previous.text.toLowerCase().replace(/^\p{L}+['’]/u, '') // « n'ai », « qu'un »
  const readings = analyse([verb], 0, 'fr')
  if (!readings.some((r) => r.pos === 'verb') && readings.some((r) => r.source !== 'guess')) return false
  if (readings.some((r) => r.pos !== 'verb' && r.source !== 'guess')) return false
  for (let j = w - 1; j >= Math.max(0, w - NEGATION_REACH) && words[j].sentence === words[w].sentence; j--) {
    const lower = words[j].text.toLowerCase()
    if (lower === 'pas') return false
    if (lower === 'ne' || /^n['’]/.test(lower)) return true
  }
  return false
}

/** What French word `w` weighs as evidence of old or literary prose (STRONG, WEAK or 0). */
export function oldFrenchWord(words: readonly WrittenWord[], w: number, marks: readonly Punctuation[]): number {
  const lower = words[w].text.toLowerCase()
  if (OLD_WORDS.has(lower)) return STRONG
  if (negatesWithPoint(words, w)) return STRONG
  return addressed(words, w, marks)
}
