// More of a textbook's register in English (issue #15, literal senses, session 33), read beside
// register.ts's evidence: signs a textbook's single sentence carries and copy seldom does, found
// in the expository development corpus (nine OpenStax books, 3.0M words; scripts/eval/expository-corpus.mjs)
// and its fourth development set, where the field-naming entries fired on sentences with none of
// register.ts's evidence:
//   - a decade ("the 1780s", "in the 1970s"): history's dates, as register.ts reads a year;
//   - a plural of the expository words ("equations", "theorems", "figures");
//   - a narrated past after a noun with its determiner ("the attorney general released", "these
//     studies led"), where register.ts reads it only after a pronoun or a name: copy's nouns
//     before a past are its own business ("the team shipped", "our customers saved"), which make
//     the block copy anyway, or its participles ("the data is stored"). Not at the head of the
//     sentence, where copy narrates its own news ("The grant empowered two hundred farmers");
//   - a definition of a kind ("A critical theory is a theory that…").
import type { Token } from '../text/tokens.js'
import type { RegisterWords } from './register-words.js'

const DECADE = /^1\d{2}0s$/
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'each', 'every', 'many', 'most', 'some', 'several', 'both'])
// Between the determiner and the subject noun: at most this many words ("the new national economy").
const MAX_MODIFIERS = 3
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u
// Not a subject: the auxiliary of a passive or a perfect ("the data is stored", "the plan has changed").
const NOT_SUBJECTS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'get', 'gets', 'got', 'not', 'to'])

/** Whether the verb at `k` (a past) follows a noun that follows its determiner, in its sentence. */
function pastAfterNounPhrase(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  const subject = k - 1
  if (subject < 1 || tokens[subject].sentence !== tokens[k].sentence || !LOWER_WORD.test(tokens[subject].text)) return false
  if (DETERMINERS.has(tokens[subject].key) || NOT_SUBJECTS.has(tokens[subject].key) || words.adverbs.has(tokens[subject].key) || tokens[subject].key.endsWith('ly')) return false
  for (let j = subject - 1; j >= subject - 1 - MAX_MODIFIERS && j >= 0 && tokens[j].sentence === tokens[k].sentence; j--) {
    // Not at the sentence's head: "The grant empowered two hundred farmers" is a profile's sentence
    // of the fix set (en-126), whose own verb would read as the block's evidence.
    if (DETERMINERS.has(tokens[j].key)) return j > 0 && tokens[j - 1].sentence === tokens[k].sentence
    // A verb between ("an interface that is quality assured") is no noun phrase.
    if (!LOWER_WORD.test(tokens[j].text) || NOT_SUBJECTS.has(tokens[j].key)) return false
  }
  return false
}

// A definition of a kind ("A critical theory is a theory that…", "An isotope is one of…"): a
// sentence that opens on an indefinite article and states what its subject is. Copy defines its
// own product by name ("Acme is a platform that…"), not a kind.
const INDEFINITE = new Set(['a', 'an'])
const COMPLEMENTS = new Set(['a', 'an', 'one', 'any'])

function definesKind(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].key !== 'is' || !COMPLEMENTS.has(tokens[k + 1]?.key) || tokens[k + 1].sentence !== tokens[k].sentence) return false
  let head = k
  while (head > 0 && tokens[head - 1].sentence === tokens[k].sentence) head--
  return INDEFINITE.has(tokens[head].key) && k - head <= 1 + MAX_MODIFIERS + 1
}

/** Whether token `k` is one of the English signs above: 'narration' for a past after a noun phrase, which copy's news shares. */
export function englishExpositorySign(tokens: readonly Token[], k: number, words: RegisterWords): 'sign' | 'narration' | undefined {
  const key = tokens[k].key
  if (DECADE.test(key) || definesKind(tokens, k)) return 'sign'
  if (key.length > 4 && key.endsWith('s') && words.expository.has(key.slice(0, -1))) return 'sign'
  const past = words.irregularPast.has(key) || (key.length >= 5 && key.endsWith('ed') && !words.adjectival.has(key))
  return past && pastAfterNounPhrase(tokens, k, words) ? 'narration' : undefined
}
