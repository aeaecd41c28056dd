// Accents that tell two French words apart (issue #15, literal senses). Phrases match with accents
// folded, because copy drops them on capitals and in quick typing ("INEGALE", "inegale" for
// « inégalé »). But "é" written as a plain "e" is, as often, another word: « inégale » (unequal, of
// the sizes of pots or the lines of a ceiling) is not « inégalé » (unequalled), « marche » is not
// « marché ». Conjugation never turns a phrase's "é" into "e" (céder → cède, cédons; créer → crée),
// so the dropped accent is no inflection: when the word as written is a word of the language (the
// Lefff's forms, morphology/ordinary-words.ts), it is that word and not the phrase's.
import { isOrdinaryWord } from '../morphology/ordinary-words.js'
import type { EntryData, Language } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'
import type { RawMatch } from './phrase-matcher.js'

/** Whether the one-word match `m` of `entry` is written as another French word, its "é" as "e". */
export function writtenAsAnotherWord(stream: TokenStream, m: RawMatch, entry: EntryData | undefined, language: Language): boolean {
  if (language !== 'fr' || !entry || m.first !== m.last) return false
  const phrases = (entry.phrases ?? (entry.phrase ? [entry.phrase] : [])).filter((p) => !/\s/.test(p.trim()))
  if (!phrases.length) return false
  const written = stream.tokens[m.first].text.normalize('NFC').toLowerCase()
  // One phrase written with the same accents as the word is enough for the match to stand.
  if (!phrases.every((phrase) => dropsAnAccent(phrase.normalize('NFC').toLowerCase(), written))) return false
  return isOrdinaryWord(written, 'fr') === true
}

/** Whether `written` has a plain "e" where `phrase` has "é", before their endings part. */
function dropsAnAccent(phrase: string, written: string): boolean {
  const length = Math.min(phrase.length, written.length)
  for (let i = 0; i < length; i++) {
    const a = phrase[i]
    const b = written[i]
    if (a === b) continue
    if (a === 'é' && b === 'e') return true
    // Another accent ("è" for "é" in « complète »), or the endings differ: no dropped accent.
    return false
  }
  return false
}
