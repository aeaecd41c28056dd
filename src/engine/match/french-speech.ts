// French speech between two persons, and a narrator's « je » in the past (issue #15, session 31),
// beside literary.ts and old-french.ts: the plays and novels of test/corpus/fixes/literal-dev3-fr.yaml
// speak from « je » to « tu » (« Je viens à toi en toute confiance », « prouve-moi que ton père… »)
// and narrate in the first person (« j'avais le parfum des roses »), with nothing old in their words.
// Copy speaks from « nous » to « vous », or to « tu » alone (« Tu boostes ton moral… », a case of the
// fix set), and its testimonials say « je » to nobody: the two singular persons in one sentence are
// a conversation. Both weigh WEAK (literary.ts): evidence alone only in a block with no word of copy
// at all (register.ts), never beside « vous », « nous » or « ! » without a STRONG piece.
import { analyse, morphologyLoaded } from '../morphology/index.js'
import type { WrittenWord } from '../text/tokens.js'

const WEAK = 1

// The first and second persons of the singular, as written words (« prouve-moi », « dis-toi »: the
// pronoun after an imperative's hyphen; « j'ai », « t'aime »: the elided pronoun).
const FIRST = new Set(['je', 'me', 'moi', 'mon', 'ma', 'mes'])
const SECOND = new Set(['tu', 'te', 'toi', 'ton', 'ta', 'tes'])
const FIRST_ELIDED = /^[jm]['’]\p{L}/u
const SECOND_ELIDED = /^t['’]\p{L}/u

function person(text: string): 1 | 2 | 0 {
  // Read for every word of a block with a match: only words that begin with j, m or t, or hold a
  // hyphen, are lower-cased (a 1 MB play spent ~85 ms of CPU here before).
  const initial = text.charCodeAt(0) | 32
  if (initial !== 106 && initial !== 109 && initial !== 116 && !text.includes('-')) return 0
  const lower = text.toLowerCase()
  const pronoun = /-(moi|toi)$/u.exec(lower)?.[1]
  if (FIRST.has(lower) || FIRST_ELIDED.test(lower) || pronoun === 'moi') return 1
  if (SECOND.has(lower) || SECOND_ELIDED.test(lower) || pronoun === 'toi') return 2
  return 0
}

/**
 * Where each sentence that holds both « je » (or « me », « moi », « mon »…) and « tu » (« te »,
 * « toi », « ton »…) has its first word of the second person: one WEAK piece per sentence.
 */
export function frenchDialogue(words: readonly WrittenWord[], into: { start: number; weight: number; alone?: boolean }[]): void {
  let sentence = -1
  let first = false
  let second: number | undefined
  const close = () => {
    if (first && second !== undefined) into.push({ start: second, weight: WEAK, alone: true })
  }
  for (const word of words) {
    if (word.sentence !== sentence) {
      close()
      sentence = word.sentence
      first = false
      second = undefined
    }
    if (word.masked) continue
    const p = person(word.text)
    if (p === 1) first = true
    else if (p === 2 && second === undefined) second = word.start
  }
  close()
}

/**
 * « j'avais », « je voyais »: the first person's imperfect, a narrator's (the present « je vais »
 * shares the ending: a reading of the present rules it out).
 */
export function firstPersonImperfect(words: readonly WrittenWord[], w: number): boolean {
  // The ending first, as written: most words are no -ais (~100 ms of CPU on a 1 MB play otherwise).
  if (!/ais$/iu.test(words[w].text)) return false
  const lower = words[w].text.toLowerCase()
  const before = words[w - 1]
  const elided = /^j['’]/u.test(lower)
  if (!elided && !(before && before.sentence === words[w].sentence && before.text.toLowerCase() === 'je')) return false
  const verb = lower.replace(/^j['’]/u, '')
  if (!/\p{L}{2,}ais$/u.test(verb) || !morphologyLoaded('fr')) return false
  const readings = analyse([verb], 0, 'fr').filter((r) => r.source !== 'guess')
  return readings.some((r) => r.pos === 'verb' && r.mood === 'ind' && r.tense === 'impf' && r.person === 1) && !readings.some((r) => r.pos === 'verb' && r.tense === 'pres')
}
