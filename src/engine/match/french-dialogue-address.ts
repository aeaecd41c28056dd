// The « vous » of dialogue (issue #15, literal senses in literature; session 33 (2)). Copy says
// « vous » to its reader (« vous pouvez désormais », « découvrez »); a play or a novel says it
// from one character to another (« Mais vous êtes une révolutionnaire, Madame ! », « Je ne vous
// dirai point… »). register.ts reads « vous », a verb of « vous » and « ! » as copy's people, which
// asks literature for a STRONG piece; in a sentence that shows who speaks to whom, they are a
// character's instead, and the sentence is one WEAK piece of literature's evidence (counted only in
// a block with no word of copy, `copyless`). What shows it, in the sentence of the « vous »:
// - a vocative: a title of address set off by marks (« , Madame ! », « Monsieur, par pitié »,
//   « Maître Hakhabut, répondit… »), where copy names no one;
// - a speaker of the first person singular (« je », « moi », « me »): one person to another, as
//   french-speech.ts reads « je » beside « tu »; copy speaks from « nous ».
// Not the « vous » inside « … »: copy quotes its testimonials so (« « Vous allez adorer ce coach
// sans égal ! » » was left alone with it).
// (« ne … point » is old-french.ts's, STRONG already: a sentence with it needs no sign here.)
// Copy's « nous » is left as it is: a sentence with one stays copy's (register.ts).
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, TokenStream, WrittenWord } from '../text/tokens.js'
import type { LiteraryEvidence } from './literary.js'

const WEAK = 1

// « vous », « votre », « vos », and « vous-même », « l'accomplirez-vous ».
const READER = /^(?:vous|votre|vos)$|^vous-|-vous$/u
const TITLES = new Set(['monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'mesdemoiselles', 'seigneur', 'sire', 'monseigneur', 'maître', 'maîtresse'])
const FIRST_PERSON = new Set(['je', 'moi', 'me'])
const FIRST_ELIDED = /^[jm]['’]\p{L}/u
// The marks that set a vocative off (« , Madame ! », « Monsieur, »).
const SETTING_OFF = new Set([',', '!', '?', ';', '.', '…', ':'])

/** Whether a mark that sets a vocative off starts at or after `from` and before `to`. */
function setOff(marks: readonly Punctuation[], from: number, to: number): boolean {
  for (let k = firstAbove(marks, from - 1, (p) => p.start); k < marks.length && marks[k].start < to; k++) if (SETTING_OFF.has(marks[k].text)) return true
  return false
}

/** A title of address between marks or the sentence's edges; a name may follow it (« Maître Hakhabut, »). */
function vocative(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): boolean {
  const word = words[w]
  if (!TITLES.has(word.text.toLowerCase())) return false
  const before = words[w - 1]
  if (before && before.sentence === word.sentence && !setOff(marks, before.end, word.start)) return false
  let last = w
  if (words[w + 1]?.sentence === word.sentence && /^\p{Lu}\p{Ll}/u.test(words[w + 1].text) && !setOff(marks, word.end, words[w + 1].start)) last = w + 1
  const after = words[last + 1]
  return !after || after.sentence !== word.sentence || setOff(marks, words[last].end, after.start)
}

const addressed = new WeakMap<TokenStream, Map<number, number>>()

/**
 * The sentences whose « vous » is a character's, each with where its first reader word starts:
 * a reader word and, in the same sentence, a vocative or a speaker of the first person. Read once a block (register.ts and literary.ts both ask).
 */
export function dialogueAddress(stream: TokenStream): ReadonlyMap<number, number> {
  const known = addressed.get(stream)
  if (known) return known
  const { words, punctuation: marks } = stream
  const out = new Map<number, number>()
  let sentence = -1
  let reader: number | undefined
  let sign = false
  const close = () => {
    if (reader !== undefined && sign) out.set(sentence, reader)
  }
  for (let w = 0; w < words.length; w++) {
    const word = words[w]
    if (word.sentence !== sentence) {
      close()
      sentence = word.sentence
      reader = undefined
      sign = false
    }
    if (word.masked) continue
    const lower = word.text.toLowerCase()
    if (READER.test(lower)) reader ??= word.start
    else if (!sign) sign = FIRST_PERSON.has(lower) || FIRST_ELIDED.test(lower) || vocative(words, marks, w)
  }
  close()
  addressed.set(stream, out)
  return out
}

/** One WEAK piece of literature's evidence for each sentence whose « vous » is a character's, counted only in a block with no word of copy. */
export function dialogueAddressEvidence(stream: TokenStream, into: LiteraryEvidence[]): void {
  for (const start of dialogueAddress(stream).values()) into.push({ start, weight: WEAK, alone: true, copyless: true })
}
