// The last word on a fix (issue #15): the suggestion is inflected and the words next to it agreed;
// these checks then read the sentence the fix would leave, language by language, and either mend it
// (a French "de" complement that becomes the object, "pas" moved after a multi-word verb) or say why
// the fix is withheld (a suggestion whose construction the sentence does not have: "help" + a bare
// noun, "let" in the passive). A withheld suggestion is still shown, not applied. One file per
// language; the checks that hold in both are here.
import type { Reading } from '../morphology/index.js'
import type { Language } from '../rules/rule-data.js'
import { englishChecks } from './checks-en.js'
import { frenchChecks } from './checks-fr.js'

/** The sentence around a fix: `before` + `replacement` + `after` (each a stretch of the sentence). */
export interface FixDraft {
  before: string
  replacement: string
  after: string
}

export interface FixContext {
  language: Language
  /** The flagged head word as read (undefined: not read). */
  reading?: Reading
  /** The suggestion as the rule writes it ("let", "mettre en œuvre"). */
  suggestion: string
  /** The flagged text as written, and the sentence's text before and after it, as written. */
  original: string
  before: string
  after: string
  /** The sentence's words and the flagged head's index among them. */
  words: readonly string[]
  index: number
}

/** A mended draft, or the reason the fix is withheld. */
export type FixCheck = (draft: FixDraft, context: FixContext) => FixDraft | string

const fold = (w: string) => w.toLowerCase().replace(/’/g, "'")
const lastWord = (s: string) => /([\p{L}'’]+)[^\p{L}]*$/u.exec(s)?.[1]
const firstWord = (s: string) => /^[^\p{L}]*([\p{L}'’]+)/u.exec(s)?.[1]

// Prepositions a suggestion may end with ("build on", "s'appuyer sur"): one more right after it
// means the flagged phrase left its own in the text ("capitalise sur les dons" → "s'appuient sur sur").
const PREPOSITIONS: Record<Language, Set<string>> = {
  en: new Set('to on in into at of for with from about by up out'.split(' ')),
  fr: new Set("à au aux de d' du des sur dans avec pour par en vers chez".split(' ')),
}

/** "reach out to" + "to": the seam repeats a word the replacement already ends or starts with. */
const repeatedAtSeam: FixCheck = (draft, { language }) => {
  const end = lastWord(draft.replacement)
  const next = firstWord(draft.after)
  if (end && next && fold(end) === fold(next) && /^\s/.test(draft.after)) return `“${end}” would be written twice`
  if (end && next && PREPOSITIONS[language].has(fold(end)) && PREPOSITIONS[language].has(fold(next)) && /^\s/.test(draft.after)) return `two prepositions in a row: “${end} ${next}”`
  const start = firstWord(draft.replacement)
  const previous = lastWord(draft.before)
  if (start && previous && fold(start) === fold(previous) && /\s$/.test(draft.before) && !/^(that|que|nous|vous)$/i.test(start)) return `“${start}” would be written twice`
  return draft
}

const stem = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 5)
// Determiners of five letters are no repetition ("Notre proposition" → "Notre offre").
const DETERMINERS = new Set(['notre', 'votre', 'leurs', 'cette'])
const contentWords = (s: string) => (s.match(/\p{L}{5,}/gu) ?? []).map(stem).filter((w) => !DETERMINERS.has(w))

/**
 * A replacement that repeats a word just around it ("involve the people involved", "create
 * contacts from many contacts"): a copy editor would reword the sentence, not paste that.
 * Words of five letters or more ("nous nous appuyons" is French) within four either side, compared
 * by their first five letters, the flagged words excepted.
 */
const repeatsNeighbour: FixCheck = (draft, c) => {
  const flagged = new Set(contentWords(c.original))
  const near = new Set([...contentWords(c.before).slice(-4), ...contentWords(c.after).slice(0, 4)])
  // The suggestion's own words: a check may have taken the object into the replacement ("makes the booking easier").
  const repeated = contentWords(c.suggestion).find((w) => near.has(w) && !flagged.has(w))
  return repeated ? `“${draft.replacement}” repeats a word next to it` : draft
}

const COMMON: readonly FixCheck[] = [repeatedAtSeam, repeatsNeighbour]
const BY_LANGUAGE: Record<Language, readonly FixCheck[]> = { en: englishChecks, fr: frenchChecks }

/** The draft after every check of its language, or why the fix is withheld. */
export function checkFix(draft: FixDraft, context: FixContext): FixDraft | string {
  let now = draft
  // A language's checks first: they mend what the common ones would withhold (French: "sur sur" → "sur").
  for (const check of [...BY_LANGUAGE[context.language], ...COMMON]) {
    const out = check(now, context)
    if (typeof out === 'string') return out
    now = out
  }
  return now
}
