// Entries whose suggestions stand for different senses of the flagged word (issue #15): "managé"
// of a team is "dirigé", of a project "géré"; a fix in the wrong sense applies a sentence that says
// something else. Such an entry lists its senses in the rule data, each with its suggestions and the
// words that pick it when they stand near the flagged word. The fix comes from the sense the
// context picks; when it picks none or two, the suggestions are shown and none is applied.
import { inflections } from '../match/inflect.js'
import type { RawMatch } from '../match/phrase-matcher.js'
import type { EntryData, EntrySense, Language } from '../rules/rule-data.js'
import { phraseKeys } from '../text/normalise.js'
import type { TokenStream } from '../text/tokens.js'

// Tokens either side of the match that may pick a sense: the noun a participle goes with, a verb's
// object, a noun's complement ("managez votre nouvelle équipe commerciale", "l’outil de reporting
// des ventes mensuelles") stand within six words; further away the clause has often moved on.
const WINDOW = 8

/** A sense's words as folded keys, each key with every form the matcher would take for it. */
type Phrase = ReadonlySet<string>[]
const compiled = new WeakMap<EntryData, Phrase[][]>()

function phrasesOf(entry: EntryData, senses: readonly EntrySense[], language: Language): Phrase[][] {
  let known = compiled.get(entry)
  if (!known) {
    // Words are matched in their inflected forms, as rule phrases are ("équipe" picks "équipes").
    known = senses.map((sense) => (sense.words ?? []).map((words) => phraseKeys(words).map((key) => new Set(inflections(key, language)))))
    compiled.set(entry, known)
  }
  return known
}

/**
 * The sense of `entry` the words around match `m` pick: `undefined` for an entry without senses
 * (every suggestion may be the fix), `null` when none or more than one is picked (no fix). A sense
 * without words is the one the word has when no other sense's words stand near it.
 */
export function pickedSense(entry: EntryData, stream: TokenStream, m: RawMatch, language: Language): EntrySense | null | undefined {
  const senses = entry.senses
  if (!senses?.length) return undefined
  const { tokens } = stream
  const sentence = tokens[m.first].sentence
  let from = m.first
  while (from > 0 && m.first - from < WINDOW && tokens[from - 1].sentence === sentence) from--
  let to = m.last
  while (to + 1 < tokens.length && to - m.last < WINDOW && tokens[to + 1].sentence === sentence) to++
  const found = (phrase: Phrase) => {
    for (let k = from; k + phrase.length - 1 <= to; k++) if (phrase.every((forms, j) => forms.has(tokens[k + j].key))) return true
    return false
  }
  const phrases = phrasesOf(entry, senses, language)
  const picked = senses.filter((sense, s) => sense.words?.length && phrases[s].some(found))
  if (picked.length === 1) return picked[0]
  if (picked.length > 1) return null
  return senses.find((sense) => !sense.words?.length) ?? null
}
