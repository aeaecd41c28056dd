// Older English that copy never writes (issue #15, literal senses in literature), beside the old
// spellings literary.ts lists ("thee", "o'er"):
// - "but" for "only" after a verb of being or a modal: "this round gold is but the image", "if I
//   could but make their work easier", "how can I but…". Copy writes "but" between clauses, after
//   a comma ("It is fast, but…"); in the English development copy, labelled corpus and clean prose
//   (3,365 paragraphs) only the Sherlock Holmes stories write it so (six times: "it was but an
//   hour", "I am but thirty now"). STRONG.
// - Pre-decimal British money: "twopence", "sixpence", "a farthing" (gone since 1971). WEAK: a
//   shop may still name a coin.
import type { Punctuation, WrittenWord } from '../text/tokens.js'
import { firstAbove } from '../text/sorted-spans.js'

const BE_OR_MODAL = new Set(['is', 'are', 'was', 'were', 'be', 'am', 'could', 'can', 'would', 'might', 'may', 'must', 'should', 'shall', 'will', 'do', 'did'])
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it'])
const OLD_MONEY = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|half)pence$|^(?:farthings?|ha'pence|ha'penny|halfpenny)$/

const STRONG = 2
const WEAK = 1

/** What written word `w` weighs as evidence of older English prose: STRONG, WEAK or 0. */
export function olderEnglish(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): number {
  const lower = words[w].text.toLowerCase()
  if (OLD_MONEY.test(lower)) return WEAK
  return lower === 'but' && butMeansOnly(words, marks, w) ? STRONG : 0
}

/** "is but", "could but", "can I but": with no mark between, and a word after it in its sentence. */
function butMeansOnly(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): boolean {
  const joined = (a: number, b: number) => a >= 0 && words[a].sentence === words[b].sentence && !markBetween(marks, words[a].end, words[b].start)
  if (!joined(w, w + 1) || !joined(w - 1, w)) return false
  const before = words[w - 1].text.toLowerCase()
  if (BE_OR_MODAL.has(before)) return true
  return SUBJECTS.has(before) && joined(w - 2, w - 1) && BE_OR_MODAL.has(words[w - 2].text.toLowerCase())
}

function markBetween(marks: readonly Punctuation[], from: number, to: number): boolean {
  const next = marks[firstAbove(marks, from - 1, (p) => p.start)]
  return next !== undefined && next.start < to
}
