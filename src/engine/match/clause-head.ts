// Where a verb of enabling is copy's one-line news or headline (issue #15, literal senses, session
// 36). With no word of copy in its block, "facilitate" and "empower" read as a dictionary's, a
// manual's or a textbook's almost everywhere: in a purpose ("a passage cut through the glacis to
// facilitate sallies"), a participle ("a board empowered to canvass the votes"), a relative
// ("a format that facilitates retrieval"). Copy's own sentences with no word of copy are news told
// from the head of the sentence ("The mayor facilitated the first meeting", "The grant empowered
// two hundred farmers to switch to drip irrigation") and headlines ("Empowering Nurses to Spend
// More Time With Patients"): the three fix-set cases that `outsideCopy` on these verbs lost in
// session 35 (quality-notes, "tried, not kept" (b)). `unless: { outsideCopyInClause: true }` reads
// such an entry outside copy everywhere but there.
import type { TokenStream } from '../text/tokens.js'
import { isTitleCase } from './context.js'

// The words a sentence's opening subject may start with.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'each', 'every'])
// Between the determiner and the verb: the subject's modifiers and its noun ("the new city council").
const MAX_SUBJECT_WORDS = 3
// Words that end a subject before the verb: a clause or a phrase opens there, so the verb is not its head's.
const OPENERS = new Set(['to', 'of', 'for', 'with', 'by', 'in', 'on', 'at', 'from', 'as', 'which', 'that', 'who', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not'])
const WORD = /^[\p{L}][\p{L}'’-]*$/u
const PARTICIPLE_COMPLEMENTS = new Set(['to', 'by', 'under', 'with'])

/**
 * Whether the match whose first token is word `verb` is a verb told from its sentence's head (its
 * opening subject: a determiner and at most three words, or one to three words of a name, with
 * no comma, preposition, relative or auxiliary between, and no participle followed by "to" or
 * "by"), or stands in a title-case headline.
 */
export function isHeadClauseVerb(stream: TokenStream, verb: number): boolean {
  const { words } = stream
  const sentence = words[verb].sentence
  if (isTitleCase(stream, sentence)) return true
  let head = verb
  while (head > 0 && words[head - 1].sentence === sentence) head--
  const subject = verb - head
  if (subject < 1 || subject > MAX_SUBJECT_WORDS + 1) return false
  for (let w = head; w <= verb; w++) {
    const text = words[w].text
    // A comma or a dash between ("The wardens, empowered to seize nets, …"): an apposition, no verb of the subject.
    if (w > head && !words[w].joinedToPrevious) return false
    if (w < verb && (!WORD.test(text) || OPENERS.has(text.toLowerCase()))) return false
  }
  // A participle with its complement ("A jury empowered by the charter", "an officer empowered to
  // force men"): a passive, whose agent or purpose follows; copy's news has its object there.
  const next = words[verb + 1]
  if (next?.sentence === sentence && /ed$/i.test(words[verb].text) && PARTICIPLE_COMPLEMENTS.has(next.text.toLowerCase())) return false
  const opener = words[head].text.toLowerCase()
  // A name ("Acme empowers", "Maria facilitated"): capitalised words only, with no determiner.
  if (!DETERMINERS.has(opener)) return words.slice(head, verb).every((word) => /^\p{Lu}/u.test(word.text)) && subject <= MAX_SUBJECT_WORDS
  return subject >= 2
}
