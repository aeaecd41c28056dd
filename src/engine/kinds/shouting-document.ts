// What the rest of the document says of a word in capitals (issue #16, the pool of session 27:
// 199 findings on 715,000 words of cloud "What is" pages, store listings, startup and government
// blogs, job posts, launch news and a privacy group's comparisons, scripts/eval/shouting-copy-pool.mjs).
// Most false alarms there were names that the same document names as such elsewhere ("MAGIC Grants",
// "GNOME 42", "engine (SPICE)", "`WORD`", "KEY_VALUE_SET") or text of an image's alt, and AWS's
// Markdown escapes its punctuation ("\(SPICE\)", "KEY\_VALUE"), which hid the contexts already read.
import { CLOSED_CLASS, englishTags } from '../morphology/english-lexicon.js'
import { isOrdinaryWord } from '../morphology/ordinary-words.js'
import type { Language } from '../rules/rule-data.js'
import type { WrittenWord } from '../text/tokens.js'
import { NAMED_BY_PREVIOUS, type NamedByNext } from './shouting-context.js'

/** A text with its Markdown backslash escapes resolved, and the way back to the offsets of the original. */
export interface Unescaped {
  text: string
  /** Offset in `text` of each offset of the original (length + 1). */
  toNew: Int32Array
  /** Offset in the original of each offset of `text` (length + 1). */
  toOld: Int32Array
}

// CommonMark: a backslash before ASCII punctuation is an escape.
const ESCAPE = /\\[!-/:-@[-`{-~]/
const ESCAPES = /\\[!-/:-@[-`{-~]/g

// The blocks of a document come one after the other with the same text: the last answer is kept.
let lastUnescaped: { source: string; result: Unescaped | undefined } | undefined

/** undefined when the text has no escape (most text): the offsets are the same. */
export function unescapeMarkdown(source: string): Unescaped | undefined {
  if (lastUnescaped?.source === source) return lastUnescaped.result
  let result: Unescaped | undefined
  if (ESCAPE.test(source)) {
    // Copied a stretch at a time between escapes, not a character at a time: 1 MB of README text
    // with escapes took 80–130 ms of CPU that way (a string grown by 1,000,000 concatenations), about
    // as much as a tenth of its whole lint.
    const toNew = new Int32Array(source.length + 1)
    const toOld = new Int32Array(source.length + 1)
    const pieces: string[] = []
    let done = 0
    let n = 0
    const copy = (to: number) => {
      for (let o = done; o < to; o++, n++) {
        toNew[o] = n
        toOld[n] = o
      }
      pieces.push(source.slice(done, to))
    }
    for (const escape of source.matchAll(ESCAPES)) {
      copy(escape.index)
      toNew[escape.index] = n
      done = escape.index + 1
    }
    copy(source.length)
    toNew[source.length] = n
    toOld[n] = source.length
    result = { text: pieces.join(''), toNew, toOld: toOld.subarray(0, n + 1) }
  }
  lastUnescaped = { source, result }
  return result
}

/** The words placed in the unescaped text. */
export const wordsIn = (words: readonly WrittenWord[], map: Unescaped): WrittenWord[] => words.map((w) => ({ ...w, start: map.toNew[w.start], end: map.toNew[w.end] }))

/**
 * Whether start..end is in the alt text of an image, `![alt](src)` or `alt="…"`: a description of
 * the image (AWS's "![Image NOT FOUND]"), or its own words transcribed, not the page's voice.
 */
export function isImageAlt(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('![', start)
  if (open >= 0 && start - open < 300 && !text.slice(open, start).includes('\n\n')) {
    // Inline, "![alt](src)", or by reference, "![alt][1]".
    const close = text.slice(open, open + 400).search(/\]\s*[([]/u)
    if (close >= 0 && open + close >= end) return true
  }
  return /\balt\s*=\s*["'][^"'\n]{0,200}$/iu.test(text.slice(Math.max(0, start - 210), start))
}

// A word followed by a name's next word, capitalised in running text ("MAGIC Grants", "GNOME
// Foundation", "the RESTRICT Act"), or by a version ("GNOME 42", "GNOME 3.38.4"; not "50%" nor "$10").
const NAME_NEXT = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\d])/u
const VERSION_NEXT = /^[ \t]+\d+(?:\.\d+)*(?![\d%.,]*\s*(?:%|percent\b|off\b|x\b|times\b))(?![\p{L}\d%])/iu
const CURRENCY = /[$€£¥]\s*$/u
const DETERMINED = /\b(?:the|a|an|this|our|their|its|your)\s+$/iu
// Words in capitals, alone; written as code, "`WORD`"; identifiers, "KEY_VALUE_SET".
const CAPITALS = /(?<![\p{L}\d_])\p{Lu}{2,}(?![\p{L}\d_])/gu
// GNU's plain-text documents quote code `thus' (the GNU Coding Standards until 2015): "the file `NEWS'".
const IN_CODE = /`(\p{Lu}{2,})[`']/gu
// A metavariable, where a command line or a definition gives it: "--eval=STRING", "-x NAME",
// "--with-python[=PYTHON]", "~USER", "$(file <FILE)", "VARIABLE = VALUE" (session 29: 24 of the
// 200 findings sampled on the READMEs and NEWS files of node_modules and /usr/share/doc).
const METAVARIABLE = /(?:[~<{]|\$\{?|\[=|(?<=[\p{L}\d_)\]]\s?):?=\s?|(?:^|[\s(\["'`])--?[a-z][\w-]*\s)(\p{Lu}{2,})(?![\p{L}\d])/gu
// "See the file NEWS", "see INSTALL for details", "read PROBLEMS": a document the text refers to.
const SEE_BEFORE = /\b(?:see|read|consult|refer\s+to)\s+(?:also\s+)?(?:the\s+)?(?:files?\s+)?$/iu
const SEE_AFTER = /^\s*(?:[.,;:)]|$|\s(?:for|above|below|in|and)\b)/u
const IDENTIFIERS = /(?<![\p{L}\d])[\p{Lu}\d]+(?:_[\p{Lu}\d]+)+(?![\p{L}\d])/gu

/** What one reading of a text holds: where each word in capitals stands, and those written as code. */
interface CapitalsIndex {
  text: string
  at: Map<string, number[]>
  code: Set<string>
  answers: Map<string, boolean>
}

// One reading a text (its blocks come one after the other): each word's question then reads only
// its own places, not the whole text again (a 1 MB document with 2,000 words to ask).
let lastIndex: CapitalsIndex | undefined

function indexOf(text: string): CapitalsIndex {
  if (lastIndex?.text === text) return lastIndex
  const at = new Map<string, number[]>()
  for (const m of text.matchAll(CAPITALS)) {
    const places = at.get(m[0])
    if (places) places.push(m.index)
    else at.set(m[0], [m.index])
  }
  const code = new Set<string>()
  for (const m of text.matchAll(IN_CODE)) code.add(m[1])
  for (const m of text.matchAll(METAVARIABLE)) code.add(m[1])
  for (const m of text.matchAll(IDENTIFIERS)) for (const part of m[0].split('_')) code.add(part)
  return (lastIndex = { text, at, code, answers: new Map() })
}

/**
 * Whether the document (the block) names the word in capitals somewhere: as code, after its expansion ("Named
 * Entities or DANE"), or (a noun of the lexicon, a word with one part of speech, or a verb after a
 * determiner) before a capitalised noun, a version, the thing it names ("the WORD block") or in
 * parentheses. Adjectives and adverbs are left out: "FREE Shipping", "HUGE Sale", "BEST Price" shout.
 */
export function isNamedInDocument(text: string, word: string, language: Language, namedByNext: NamedByNext): boolean {
  if (!/^\p{Lu}{2,}$/u.test(word) || (language === 'en' && CLOSED_CLASS[word.toLowerCase()])) return false
  const index = indexOf(text)
  const key = `${language}:${word}`
  let answer = index.answers.get(key)
  if (answer === undefined) index.answers.set(key, (answer = language === 'en' ? findNaming(index, word, namedByNext) : isNamedAsCode(index, word, language)))
  return answer
}

/**
 * In other languages than English (whose parts of speech findNaming reads), what the block writes
 * as code or names by the noun before it: "-f, --inactive INACTIVE", « la directive SECTION ».
 */
function isNamedAsCode({ text, at: places, code }: CapitalsIndex, word: string, language: Language): boolean {
  return code.has(word) || (places.get(word) ?? []).some((at) => NAMED_BY_PREVIOUS[language].test(text.slice(Math.max(0, at - 60), at)))
}

function findNaming({ text, at: places, code }: CapitalsIndex, word: string, namedByNext: NamedByNext): boolean {
  if (code.has(word)) return true
  const tags = englishTags(word)
  const noun = tags.length === 0 || tags.some((tag) => tag === 'NN' || tag === 'NNS')
  // "the RESTRICT Act": a verb first, named after a determiner.
  const verb = !noun && tags[0].startsWith('VB')
  const named = (noun || verb) && !tags[0]?.startsWith('RB') && tags[0] !== 'JJS'
  for (const at of places.get(word) ?? []) {
    const before = text.slice(Math.max(0, at - 100), at)
    const after = text.slice(at + word.length, at + word.length + 40)
    if (isAcronymOf(word, before)) return true
    // "the file INSTALL", "environment variable PAGER", "See the file NEWS": named as a file or a
    // code, whatever its part of speech but an adverb's ("run this command ONLY once").
    if (!tags[0]?.startsWith('RB') && (NAMED_BY_PREVIOUS.en.test(before) || (SEE_BEFORE.test(before) && SEE_AFTER.test(after)))) return true
    if (!named || (verb && !DETERMINED.test(before))) continue
    if (before.endsWith('(') && after.startsWith(')')) return true
    if (VERSION_NEXT.test(after) && !CURRENCY.test(before)) return true
    if (namedByNext.test(after)) return true
    const next = NAME_NEXT.exec(after)
    if (!next) continue
    const nextTags = englishTags(next[1])
    // "MAGIC Grants", not "SHOP Now", "CALL Us", "TODAY Only".
    // (Title case after a shouted noun, "the SUMMER Sale", reads as a name too: none in the pool.)
    const ordinary = isOrdinaryWord(next[1].toLowerCase(), 'en') !== false
    if ((ordinary && nextTags.length > 0 && !nextTags.some((tag) => tag.startsWith('NN'))) || nextTags.some((tag) => tag.startsWith('RB') || tag === 'PRP')) continue
    return true
  }
  return false
}

// The words an expansion may hold that give no letter to its acronym: "Authentication of Named Entities".
const UNCOUNTED = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', '&'])

/** "DNS-Based Authentication of Named Entities or DANE", "… Entities (DANE": its capitals' initials. */
function isAcronymOf(word: string, before: string): boolean {
  const expansion = /((?:[\p{L}\d&-]+\s+){1,10}?)(?:\(|or\s+|,\s+or\s+)$/u.exec(before.replace(/\s+$/u, ' '))
  if (!expansion) return false
  const words = expansion[1].trim().split(/\s+/u).filter((w) => !UNCOUNTED.has(w.toLowerCase()))
  if (words.length < word.length) return false
  const tail = words.slice(words.length - word.length)
  return tail.every((w, k) => /^\p{Lu}/u.test(w) && w[0] === word[k])
}
