// Ordinary words in capitals that are names or values by the way the sentence uses them (issue #16,
// session 25: the false alarms of the shouting development set, test/corpus/real/en/dev, and of the
// other Markdown files of the same repositories, 241 findings on 523,000 words read by hand): a
// product as the subject of its verb ("KISS is just 250 KB"), the letter case named in it ("ALL
// CAPS"), the value a setting defaults to, an item of an enumeration, a Unicode character's name.
// Read by kinds/shouting.ts after the other contexts; every test reads the words around the run.
import { englishTags } from '../morphology/english-lexicon.js'
import { morphologyLoaded } from '../morphology/data.js'
import { isOrdinaryWord } from '../morphology/ordinary-words.js'
import type { Language } from '../rules/rule-data.js'
import type { WrittenWord } from '../text/tokens.js'
import { isAdverb } from './shouting-labels.js'

// The verbs that follow a subject without a part of speech to look up: be, have, do and the modals.
const AUXILIARIES = new Set(
  "is isn't was wasn't has hasn't had does doesn't did didn't will won't can can't cannot could couldn't would wouldn't should shouldn't may might must shall".split(' '),
)

// The value a setting takes when none is given: "Defaults to NORMAL", « vaut par défaut NORMALE ».
const DEFAULT_BEFORE: Record<Language, RegExp> = {
  en: /\bdefault(?:s|ed)?\s+(?:to|is|value\s+is)\s*[`"'“‘]?$|\bdefault(?:\s+value)?\s*:\s*[`"'“‘]?$/iu,
  fr: /\bpar\s+défaut\s*(?::|est|vaut)?\s*[«"“]?\s*$/iu,
}

// A code point before its name, as the Unicode Standard writes it: "U+2019 RIGHT SINGLE QUOTATION MARK".
const CODE_POINT = /\bU\+[0-9A-F]{4,6}\s+$/u

// An enumeration of values in parentheses, closed by "etc.": "(CLOSE, BACK, etc.)".
const VALUES_IN_PARENTHESES = /^[\p{Lu}\d_ -]+(?:\s*,\s*[\p{Lu}\d_ -]+)*\s*,?\s*(?:etc\.?|…|\.\.\.)$/u
// The values a field may take, as alternatives in parentheses: "metadata behavior (COPY or
// REPLACE)", "(READ | WRITE)", « (LECTURE ou ÉCRITURE) » (session 30, AWS guides). One word each:
// "(BUY NOW or MISS OUT)" is a call.
const ALTERNATIVES_IN_PARENTHESES = /^[\p{Lu}\d_-]+(?:\s*(?:,|\||\/|\bor\b|\bou\b)\s*[\p{Lu}\d_-]+)*\s*(?:\||\/|\bor\b|\bou\b)\s*[\p{Lu}\d_-]+$/u
// A clause of a list stops at these marks; its items are split at commas, "and", "or", « et », « ou ».
const CLAUSE_END = /[.;:!?()\n]/u
// A dot inside a name ("Tweakers.net", "Node.js") ends no clause.
const CLAUSE_END_IN_TAIL = /[;:!?()\n]|\.(?![\p{L}\d])/u
const isInnerDot = (head: string, k: number) => head[k] === '.' && /[\p{L}\d]/u.test(head[k + 1] ?? '')
const ITEM_SEPARATOR = /\s*(?:,|&|\band\b|\bor\b|\bet\b|\bou\b)\s*/u
// An item that names: every word starts with a capital and one has a lower-case letter ("The New
// Yorker", "Fedora"), or a short acronym ("GQ").
const NAME_ITEM = /^(?=.*\p{Ll})\p{Lu}[\p{L}\d'’.+-]*(?:\s+\p{Lu}[\p{L}\d'’.+-]*)*$|^\p{Lu}{2,3}$/u
// How far a list is read on each side of the run (characters).
const LIST_REACH = 300
const EMPHASIS = /\*\*|__/gu
// The item of a list's first or last place, without the words of the sentence around the list.
const lastWordOf = (item: string) => item.slice(item.lastIndexOf(' ') + 1)
const firstWordOf = (item: string) => item.split(' ')[0]

/**
 * Whether the run words[i..j], all ordinary words in capitals, is a name or a value by its use in
 * the sentence. `letterCase` holds the names of the letter case ("ALL CAPS"), in capitals.
 */
export function runIsNamedByUse(text: string, words: readonly WrittenWord[], i: number, j: number, language: Language, letterCase: ReadonlySet<string>): boolean {
  const run = words.slice(i, j + 1).map((word) => word.text).join(' ')
  if (letterCase.has(run)) return true
  const before = text.slice(Math.max(0, words[i].start - 60), words[i].start)
  if (j - i < 3 && DEFAULT_BEFORE[language].test(before)) return true
  if (CODE_POINT.test(before)) return true
  if (isEnumerated(text, words[i].start, words[j].end, language)) return true
  if (j > i && isExpandedAbbreviation(words, i, j, text.slice(words[j].end, words[j].end + 12))) return true
  if (isStatusValue(before) && !isAdverb(words[i].text, language)) return true
  if (j - i < 2 && PARAMETER_AFTER[language].test(text.slice(words[j].end, words[j].end + 40))) return true
  return language === 'en' && i === j && isNamedNoun(words, i)
}

// "LINE FEED (LF)", "CARRIAGE RETURN LINE FEED (CRLF)": a name before its abbreviation, whose
// letters are the initials of the run (session 29: the character names of micromark's READMEs).
const ABBREVIATION_AFTER = /^\s*\((\p{Lu}{2,8})\)/u

function isExpandedAbbreviation(words: readonly WrittenWord[], i: number, j: number, after: string): boolean {
  const abbreviation = ABBREVIATION_AFTER.exec(after)?.[1]
  return !!abbreviation && abbreviation === words.slice(i, j + 1).map((word) => word.text[0]).join('')
}

// A parameter, named by what is said of its value: "If TEMPLATE is an empty string", "NAME defaults
// to the time", "unless SPEED is given", « si DURÉE est omise ». Said of a selling word, these
// verbs are rare: "FREE is specified" is no pitch.
const PARAMETER_AFTER: Record<Language, RegExp> = {
  en: /^\s+(?:(?:is|are)\s+(?:not\s+)?(?:set|unset|specified|provided|given|omitted|supplied|passed|an?\s+empty|empty|positive|negative|zero|non-zero)|defaults?\s+to|must\s+be\s+(?:lowercase|uppercase|set|specified|given))\b/iu,
  fr: /^\s+(?:est|sont)\s+(?:omise?s?|précisée?s?|fournie?s?|vide|définie?s?)\b/iu,
}

// A status after its check mark or a struck-out task: "✓ PASS", "✅ **COMPLETED**", "~~Fix it~~ - DONE".
const STATUS_MARK = /(?:[✓✔✅☑❌✗✘]\uFE0F?|~~\s*[-–—:])\s*(?:\*\*|__)?\s*$/u
const isStatusValue = (before: string): boolean => STATUS_MARK.test(before)

// Determiners before a noun used as a name's modifier: "the FUSE server", "some DASH formats".
const DETERMINERS = new Set('the a an this that these those my our your their its some any each every'.split(' '))
// Closed-class words and auxiliaries after the run: no noun follows ("a GIFT for you").
const NO_NOUN = new Set([...DETERMINERS, ...'of in on at by for with from into to and or but nor as than'.split(' ')])

/**
 * A noun in capitals used as a name: the subject before its verb ("DRUM is just 2 MB", "FUSE only
 * reads the file") or a modifier between a determiner and a noun ("the FUSE server"). Shouting puts
 * adjectives and adverbs in capitals ("TODAY is the day", "a FREE trial"), and its nouns are not
 * subjects ("Try DRUM now"). Only a noun the lexicon knows as one, never as an adjective or an
 * adverb; without the parts of speech loaded, no answer (the run stays flagged).
 */
function isNamedNoun(words: readonly WrittenWord[], i: number): boolean {
  if (!morphologyLoaded('en')) return false
  const tags = englishTags(words[i].text)
  if (!tags.some((tag) => tag.startsWith('NN')) || tags.some((tag) => tag.startsWith('JJ') || tag.startsWith('RB'))) return false
  const next = followingWord(words, i)
  if (!next) return false
  const previous = words[i - 1]
  const determined = !!previous && words[i].joinedToPrevious && DETERMINERS.has(previous.text.toLowerCase())
  // A name is a subject on its own ("KISS is"); with a determiner it is a common noun shouted
  // ("The OFFER is only valid this week").
  if (AUXILIARIES.has(next)) return !determined
  if (determined && !NO_NOUN.has(next) && !englishTags(next).some((tag) => tag.startsWith('RB'))) return true
  // "FUSE only reads", "PLUM never connects": an adverb, then the verb.
  const after = !determined && englishTags(next).some((tag) => tag.startsWith('RB')) ? followingWord(words, i + 1) : undefined
  return !!after && (AUXILIARIES.has(after) || /^\p{Ll}+s$/u.test(after))
}

/** The next word of the same sentence, lower case only ("PLUM Is" is a title), or undefined. */
function followingWord(words: readonly WrittenWord[], i: number): string | undefined {
  const next = words[i + 1]
  if (!next || !next.joinedToPrevious || next.sentence !== words[i].sentence || !/^\p{Ll}/u.test(next.text)) return undefined
  return next.text.replace(/’/g, "'")
}

// A name in a list: capitalised inside the clause ("Mint", "Arch" after "Tested with Fedora"), or a
// word that is no ordinary word ("Ubuntu"). The clause's first word has a capital anyway: "Fast,
// FREE and Simple" is two ordinary words around FREE, not a list of names, and FREE is shouted.
const isNameItem = (item: string, place: number, language: Language): boolean =>
  NAME_ITEM.test(item) && (place > 0 || item.split(/\s+/).some((word) => isOrdinaryWord(word, language) === false))

// A code in capitals that is no word: "RPROMPT", "WGET", "GREP".
const isCode = (item: string, language: Language): boolean => /^\p{Lu}[\p{Lu}\d_]+$/u.test(item) && isOrdinaryWord(item, language) === false

/**
 * Whether the run at start..end is an item of an enumeration: values in parentheses closed by
 * "etc.", a list of three items or more whose other items are mostly names or codes ("Fedora,
 * Ubuntu, CRUX, Solus", "CAT, GREP, CURL, WGET"), or a pair with a code ("PROMPT or RPROMPT"). A
 * list of words in capitals ("FAST, FREE and SIMPLE") is no list of names.
 */
function isEnumerated(text: string, start: number, end: number, language: Language): boolean {
  const from = Math.max(0, start - LIST_REACH)
  const head = text.slice(from, start)
  let clauseStart = from
  for (let k = head.length - 1; k >= 0; k--) {
    if (CLAUSE_END.test(head[k]) && !isInnerDot(head, k)) {
      clauseStart = from + k + 1
      break
    }
  }
  const tail = text.slice(end, end + LIST_REACH)
  const stop = tail.search(CLAUSE_END_IN_TAIL)
  const clauseEnd = stop >= 0 ? end + stop : Math.min(text.length, end + LIST_REACH)
  // "(CLOSE, BACK, etc.)": the clause ends at the "." of "etc." or at the parenthesis.
  if (text[clauseStart - 1] === '(') {
    const close = text.indexOf(')', end)
    const inside = close >= 0 && close - clauseStart < LIST_REACH ? text.slice(clauseStart, close).trim() : ''
    if (VALUES_IN_PARENTHESES.test(inside) || ALTERNATIVES_IN_PARENTHESES.test(inside)) return true
  }
  // "As seen in **WIRED**, **Tweakers.net**": the emphasis of an item is no part of it.
  const items = text.slice(clauseStart, clauseEnd).replace(EMPHASIS, '').split(ITEM_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '')
  const own = text.slice(start, end)
  const last = items.length - 1
  // The first item carries the words before the list, "Add it to PROMPT or RPROMPT", "the dating
  // apps Wapo"; the last the words after it, "PDF or TIFF format", "Xfce and LXDE editions".
  const at = items.findIndex((item, k) => item === own || (k === 0 && item.endsWith(` ${own}`)) || (k === last && item.startsWith(`${own} `)))
  if (items.length < 2 || at < 0) return false
  const others = items
    .map((item, k) => ({ item: k === 0 && k !== at ? lastWordOf(item) : k === last && k !== at ? firstWordOf(item) : item, k }))
    .filter(({ k }) => k !== at)
  if (items.length === 2) return isCode(others[0].item, language)
  return others.filter(({ item, k }) => isNameItem(item, k, language) || isCode(item, language)).length * 2 > others.length
}
