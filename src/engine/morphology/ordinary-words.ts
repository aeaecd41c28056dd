// Is a word an ordinary word of its language, or a name, a code or an acronym? Asked of words
// written in capitals (the shouting rule, issue #16): "FREE", "PROFITEZ-EN" and "DON'T" are words,
// "POSIX", "EDIFACT" and "LONDON" are not. The lists are compiled by scripts/build-word-lists.mjs
// and read with the morphology data (loadMorphology); before that there is no answer.
import { wordListData } from './data.js'
import { SortedText } from './sorted-text.js'
import type { MorphLanguage } from './types.js'

const lists: Partial<Record<MorphLanguage, SortedText>> = {}

function listOf(language: MorphLanguage): SortedText | undefined {
  const cached = lists[language]
  if (cached) return cached
  const data = wordListData(language)
  return data ? (lists[language] = new SortedText(data.ordinaryWords(), false)) : undefined
}

// English clitics the list does not hold as words of their own: "DON'T", "IT'S", "WE'LL".
const ENGLISH_CLITIC = /^(.+?)(n't|'s|'re|'ll|'ve|'d|'m)$/

/**
 * True when `word` (any case) is a word of `language`'s list; a hyphenated word when each part is.
 * undefined when the list is not loaded: the caller decides what is safe without it.
 */
export function isOrdinaryWord(word: string, language: MorphLanguage): boolean | undefined {
  const list = listOf(language)
  if (!list) return undefined
  const key = word.toLowerCase().replace(/[’‘ʼ]/g, "'")
  return known(list, key, language) || (key.includes('-') && key.split('-').every((part) => part !== '' && known(list, part, language)))
}

function known(list: SortedText, key: string, language: MorphLanguage): boolean {
  if (list.find(key) !== undefined) return true
  if (language !== 'en') return false
  const clitic = ENGLISH_CLITIC.exec(key)
  // "can't", "won't": the n't forms are words whatever is left of them ("ca", "wo").
  return !!clitic && (clitic[2] === "n't" || list.find(clitic[1]) !== undefined)
}
