// Marks of French novels and plays that copy does not write (issue #15, literal senses in
// literature; session 33), beside literary.ts, old-french.ts and french-speech.ts. Each is read only
// in a block with no word of copy's broad vocabulary and no other finding of copy's families
// (`copyless`, register.ts), as English narration's are (english-narration.ts). Chosen by counting
// sentences, half of scripts/eval/french-literature.mjs's works (17,850 sentences of 50 ELTeC-fra
// novels and 22 FreDraCor plays) against 1,824 sentences of copy (the French real-copy development
// set, the labelled corpus, the shared op-eds and the fix set):
// - « ne » alone before oser, pouvoir or savoir, the classical negation without « pas » (« les
//   jaguars n'osent se mesurer », « je ne puis vous dire », « il ne savait que faire » is not:
//   « que » completes it): 0.68% of literature's sentences, none of copy's. WEAK, alone enough.
// - A title of the nobility after a determiner (« le roi », « la princesse », « du marquis »):
//   2.27% of literature's, none of copy's; WEAK, not alone (« le roi du barbecue » is a nickname
//   copy may write): enough for an author's style (`literaryStyle`) or with another piece.
// - A « ! » or « ? » followed by a small letter (« un seul ! l'accomplirez-vous ? »), the printing of
//   older books, which go on with the sentence after the mark: 4.38% of literature's, none of
//   copy's. STRONG: it may stand beside « vous » or « ! » (dialogue exclaims), in a copyless block.
// - Oaths of the old stage (« parbleu », « morbleu », « palsambleu », « diantre »): STRONG.
// Tried and not kept: interjections (« Ah », « Oh », « Hélas »: 4.5% of literature, 0.4% of copy:
// « Oh » in headings), a « ; » between clauses (9.7% / 0.7%), numbers written in letters (0.17% /
// 0.11%), the complex inversion « la loi gêne-t-elle » (1.2% / 0.1%: FAQ headings).
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, WrittenWord } from '../text/tokens.js'
import type { LiteraryEvidence } from './literary.js'

const STRONG = 2
const WEAK = 1

// The forms of oser, pouvoir and savoir that the classical negation drops « pas » before; not
// « peut » or « peuvent » (« ne peut être tenu responsable », a contract's).
const BARE_NEGATION_VERBS = new Set([
  'ose', 'oses', 'osent', 'osait', 'osaient', 'osa', 'osai', 'osèrent', 'oserait', 'oserais', 'oseraient', 'osât',
  'puis', 'pouvait', 'pouvaient', 'pourrait', 'pourrais', 'pourraient', 'put', 'purent', 'pût',
  'sais', 'sait', 'savait', 'savaient', 'saurait', 'saurais', 'sauraient', 'sut', 'surent',
])
// The words that complete a negation, one or two words after the verb (« n'ose plus », « ne sait
// donc pas »): then it is the common negation.
const COMPLETERS = new Set(['pas', 'plus', 'point', 'jamais', 'rien', 'guère', 'que', "qu'", 'qu’', 'aucun', 'aucune', 'nullement', 'personne', 'nulle', 'ni', 'mie'])
const NOBILITY = new Set(['roi', 'rois', 'reine', 'reines', 'prince', 'princes', 'princesse', 'princesses', 'duc', 'ducs', 'duchesse', 'comte', 'comtes', 'comtesse', 'marquis', 'marquise', 'baron', 'baronne', 'vicomte', 'vicomtesse', 'chevalier', 'seigneur', 'seigneurs'])
const DETERMINERS = new Set(['le', 'la', 'les', 'du', 'des', 'au', 'aux', 'ce', 'cette', 'son', 'sa', 'ses', 'mon', 'ma', 'notre', 'votre', 'leur'])
const OATHS = new Set(['parbleu', 'morbleu', 'sacrebleu', 'palsambleu', 'ventrebleu', 'corbleu', 'jarnidieu', 'diantre', 'mordieu', 'pardieu', 'tudieu', 'sambleu', 'jarnibleu'])

const lower = (word: WrittenWord | undefined) => word?.text.toLowerCase() ?? ''

/** « ne » or « n' » before one of the verbs above, with no completer in the two words after it. */
function bareNegation(words: readonly WrittenWord[], w: number): boolean {
  const word = lower(words[w])
  let verb: string
  let at: number
  if (word === 'ne') {
    verb = lower(words[w + 1])
    at = w + 1
  } else if (/^n['’]/u.test(word)) {
    verb = word.slice(2)
    at = w
  } else return false
  if (!BARE_NEGATION_VERBS.has(verb) || words[at]?.sentence !== words[w].sentence) return false
  for (let k = at + 1; k <= at + 2 && words[k]?.sentence === words[w].sentence; k++) {
    const next = lower(words[k])
    if (COMPLETERS.has(next) || /^qu['’]/u.test(next)) return false
  }
  return true
}

/** Whether a « ! » or « ? » is followed in the block by a word that begins with a small letter. */
function lowerAfterMark(words: readonly WrittenWord[], mark: Punctuation): number | undefined {
  if (mark.text !== '!' && mark.text !== '?') return undefined
  const next = words[firstAbove(words, mark.start, (x) => x.start)]
  // The next word right after the mark and its space (not the next line's list item).
  if (!next || next.start - mark.start > 3 || !/^\p{Ll}/u.test(next.text)) return undefined
  return next.start
}

/** The pieces of French narration's evidence in a block, each counted only where the block has no word of copy. */
export function frenchNarration(words: readonly WrittenWord[], punctuation: readonly Punctuation[], into: LiteraryEvidence[]): void {
  let nobility = false
  for (let w = 0; w < words.length; w++) {
    if (words[w].masked) continue
    const word = lower(words[w])
    if (OATHS.has(word)) into.push({ start: words[w].start, weight: STRONG, alone: true, copyless: true })
    else if (bareNegation(words, w)) into.push({ start: words[w].start, weight: WEAK, alone: true, copyless: true })
    else if (!nobility && NOBILITY.has(word) && DETERMINERS.has(lower(words[w - 1])) && words[w - 1].sentence === words[w].sentence) {
      nobility = true // once a block
      into.push({ start: words[w].start, weight: WEAK, copyless: true })
    }
  }
  for (const mark of punctuation) {
    const start = lowerAfterMark(words, mark)
    if (start === undefined) continue
    into.push({ start, weight: STRONG, alone: true, copyless: true })
    break // once a block
  }
}
