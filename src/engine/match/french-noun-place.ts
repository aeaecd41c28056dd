// A French adjective of the lists used as a noun, told by its place (issue #15, session 31): « Mais
// vous êtes une révolutionnaire, Madame ! », « avec une témérité de vieux révolutionnaire, un
// chapeau… ». The morphology's tagger reads the words of the sentence without its punctuation, so a
// determiner before and a noun after the comma (« une révolutionnaire , Madame ») make it an
// adjective. Here the punctuation is read: after a determiner (or a determiner or « de » and one
// adjective), with a mark or the sentence's end right after it, the word closes its noun phrase and
// is its noun. Copy's adjective stands after its noun (« une plateforme révolutionnaire ») or before
// one (« une révolutionnaire application »). For entries with `pos: adjective`.
import { analyse, morphologyLoaded } from '../morphology/index.js'
import type { RawMatch } from './phrase-matcher.js'
import type { EntryData, Language } from '../rules/rule-data.js'
import { firstAbove } from '../text/sorted-spans.js'
import type { TokenStream, WrittenWord } from '../text/tokens.js'

const DETERMINERS = new Set(['un', 'une', 'le', 'la', "l'", 'l’', 'les', 'des', 'ce', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs'])

/** Whether `word` is a determiner (« une », « l' » elided onto the word after it is no separate word). */
const determiner = (word: WrittenWord | undefined) => word !== undefined && DETERMINERS.has(word.text.toLowerCase())

/** Whether `word` reads as an adjective and as no verb (« vieux », also a noun; « grande »). */
function adjective(word: WrittenWord): boolean {
  const readings = analyse([word.text.toLowerCase()], 0, 'fr').filter((r) => r.source !== 'guess')
  return readings.some((r) => r.pos === 'adj') && !readings.some((r) => r.pos === 'verb')
}

/** Whether the match of a `pos: adjective` French entry stands where a noun closes its group. */
export function standsAsFrenchNoun(stream: TokenStream, m: RawMatch, entry: EntryData | undefined, language: Language): boolean {
  if (language !== 'fr' || entry?.pos !== 'adjective' || !morphologyLoaded('fr')) return false
  const { tokens, words, punctuation } = stream
  const first = tokens[m.first].word
  const last = tokens[m.last].word
  if (first < 0 || last < 0) return false
  const sentence = words[first].sentence
  const inSentence = (w: number) => (words[w]?.sentence === sentence ? words[w] : undefined)
  const before = inSentence(first - 1)
  const opened = determiner(before) || (before !== undefined && adjective(before) && (determiner(inSentence(first - 2)) || /^d(?:e|['’])$/u.test(inSentence(first - 2)?.text.toLowerCase() ?? '')))
  if (!opened) return false
  // Closed: the sentence ends, or a mark follows the word directly (« révolutionnaire, Madame »).
  const next = inSentence(last + 1)
  if (!next) return true
  const mark = punctuation[firstAbove(punctuation, words[last].end - 1, (p) => p.start)]
  return mark !== undefined && mark.start < next.start
}
