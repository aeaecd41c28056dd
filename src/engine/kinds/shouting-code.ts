// Ordinary words in capitals that technical and legal writing uses as names (issue #16, the pool of
// session 26: 684 findings on the Markdown of 48 repositories that are not corpus sources, most of
// them names of commands, parameters, values and tags). Each test reads the text around the run,
// never the run alone. Read by kinds/shouting.ts.
import { isOrdinaryWord } from '../morphology/ordinary-words.js'
import type { Language } from '../rules/rule-data.js'
import type { WrittenWord } from '../text/tokens.js'
import { isTermOfArt, type NamedByNext } from './shouting-context.js'
import { isAdverb } from './shouting-labels.js'

// How far the identifiers of a passage are looked for on each side of the run (characters): about a
// paragraph of reference documentation.
const IDENTIFIER_REACH = 300
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * "PROBE and QUERY_PROBE", "SAVE will save… the SAVE_CONFIG command", "keep it in DRAM… SOC_DRAM_LOW":
 * a word that is a part of an identifier in capitals nearby (joined by "_"), or written as code
 * (`PAUSE`), is that code's name, not a raised voice.
 */
export function isPartOfNearbyCode(text: string, word: string, start: number, end: number): boolean {
  if (!/^\p{Lu}+$/u.test(word)) return false
  const near = text.slice(Math.max(0, start - IDENTIFIER_REACH), Math.min(text.length, end + IDENTIFIER_REACH))
  // Each branch below holds "_WORD", "WORD_" or "`WORD`": without one of them in the passage it
  // cannot match, and most passages have none. Compiling the expression for every word in
  // capitals took 25 ms (sampled) of an unseen 1 MB lint of README files.
  if (!near.includes(`_${word}`) && !near.includes(`${word}_`) && !near.includes(`\`${word}\``)) return false
  const w = escape(word)
  return new RegExp(`(?<![\\p{L}\\d])(?:[\\p{Lu}\\d]+_)+${w}(?:_[\\p{Lu}\\d]+)*(?![\\p{L}\\d])|(?<![\\p{L}\\d_])${w}(?:_[\\p{Lu}\\d]+)+(?![\\p{L}\\d])|\`${w}\``, 'u').test(near)
}

// The tag of a change or an issue, before its number or its commit: "[FEATURE #3275](…)", "BUG #12",
// "FIX !40", "[FEATURE 75cbe88f](…)" (a commit's short hash: 7 to 40 hexadecimal digits).
const BEFORE_NUMBER = /^\s*(?:[#!]\d|(?=[\da-f]*\d)[\da-f]{7,40}(?![\p{L}\d]))/u

// A placeholder to fill in: "{HASH}", "<NAME>", "{{TOKEN}}", or named as one: "DATABASE NAME should
// be replaced with…", "replace YOUR NAME with…".
const PLACEHOLDER_BEFORE = /(?:[{<]|&lt;)\s*$/u
const PLACEHOLDER_AFTER = /^\s*(?:[}>]|&gt;)/u
const REPLACED_AFTER = /^\s+(?:should|must|will|is\s+to|has\s+to)\s+be\s+replaced\b/iu
const REPLACED_BEFORE = /\breplac(?:e|ing)\s+$/iu

// "described here: LINK.", "By: IMAGE": a placeholder noun of the rule's data, closing its clause.
const CLAUSE_END_AFTER = /^\s*(?:[.,;:)(]|$)/u

// The text of a link to a heading of the same page (a table of contents): "[1. FEATURES](#1-features)".
const TO_HEADING_AFTER = /^[^\]\n]{0,80}\]\(#/u

// A word joined to another name by "and", "or", "/", "instead of": the two are names together.
// "COPY and MIRROR modes", "RESTART and FIRMWARE_RESTART", "RIGHT instead of LEFT channel".
const JOINED_AFTER = /^["”'’`]?\s*(?:,|\/|\band\/or\b|\band\b|\bor\b|\binstead\s+of\b|\bnor\b)\s*(?:\*\*|__|["“`])?([\p{Lu}\d_]+)(?:\*\*|__|["”`])?/u
const JOINED_BEFORE = /([\p{Lu}\d_]+)(?:\*\*|__|["”`])?\s*(?:,|\/|\band\/or\b|\band\b|\bor\b|\binstead\s+of\b|\bnor\b)\s*(?:\*\*|__|["“`])?$/u
const IDENTIFIER = /^(?=.*[_\d])[\p{Lu}\d_]+$/u
// Values quoted side by side, "INACTIVE" and "PRIMARY", or named as the two ends of a switch,
// "toggle between LISTEN and REPLAY": the values a setting takes.
const QUOTED_BEFORE = /["“'‘`]$/u
const QUOTED_NEXT = /^["”'’`]\s*(?:,|\/|\band\b|\bor\b)\s*["“'‘`][\p{Lu}\d_ ]+["”'’`]/u
const QUOTED_PREVIOUS = /["“'‘`][\p{Lu}\d_ ]+["”'’`]\s*,?\s*(?:,|\/|\band\b|\bor\b)\s*["“'‘`]$/u
// …in a clause that says they are values: 'the values are "A" and "B"', 'one of "A", "B" or "C"'.
// '"FREE" and "FAST" shipping' is two selling words, quoted to shout louder.
const VALUES_NAMED = /\b(?:values?|states?|modes?|one\s+of|either|returns?|reports?|set\s+to)\b[^.!?\n]{0,80}$/iu
const BETWEEN_FIRST = /\bbetween\s+$/iu
const BETWEEN_SECOND = /\bbetween\s+[\p{Lu}\d_]+\s+and\s+$/iu

// A setting-like value after its label and colon: "Severity: CRITICAL", "**Priority**: HIGH",
// "Status: PASS" (the values of a setting set in capitals: an enumeration's constants).
const SETTING_LABEL = /\b(?:severity|priority|status|state|level|mode|result|verdict|outcome|type|kind|category|visibility)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__|["“'‘`])?\s*$/iu

/** Whether the run words[i..j] in capitals is a code, a tag, a placeholder or a setting's value. */
export function runIsCode(text: string, words: readonly WrittenWord[], i: number, j: number, language: Language, placeholders: ReadonlySet<string>, namedByNext: NamedByNext): boolean {
  const start = words[i].start
  const end = words[j].end
  const before = text.slice(Math.max(0, start - 80), start)
  const after = text.slice(end, end + 80)
  if (BEFORE_NUMBER.test(after)) return true
  if (i === j && placeholders.has(words[i].text) && CLAUSE_END_AFTER.test(after)) return true
  if ((PLACEHOLDER_BEFORE.test(before) && PLACEHOLDER_AFTER.test(after)) || REPLACED_AFTER.test(after) || REPLACED_BEFORE.test(before)) return true
  if (/\[[^\]\n]{0,80}$/u.test(before) && TO_HEADING_AFTER.test(after)) return true
  if (SETTING_LABEL.test(before) && !isAdverb(words[i].text, language)) return true
  if (i === j && isPartOfNearbyCode(text, words[i].text, start, end)) return true
  return isJoinedToName(before, after, namedByNext, language)
}

// A name in capitals the run is joined to: an identifier, or a token of 3+ capitals that is no
// word or a term of art ("AUTHORS and THANKS", "GLib, GNOME, KDE"; session 29). "FAST and FREE"
// joins two words: both shout.
const isName = (token: string, language: Language): boolean =>
  IDENTIFIER.test(token) || (/^\p{Lu}{3,}$/u.test(token) && (isOrdinaryWord(token, language) === false || isTermOfArt(token, language)))

/** "X and Y modes", "X or QUERY_X": joined to an identifier, to a word the noun after it names, or to another value. */
function isJoinedToName(before: string, after: string, namedByNext: NamedByNext, language: Language): boolean {
  if (VALUES_NAMED.test(before) && ((QUOTED_BEFORE.test(before) && QUOTED_NEXT.test(after)) || QUOTED_PREVIOUS.test(before))) return true
  if ((BETWEEN_FIRST.test(before) && /^\s+and\s+[\p{Lu}\d_]+(?![\p{L}])/u.test(after)) || BETWEEN_SECOND.test(before)) return true
  const next = JOINED_AFTER.exec(after)
  if (next && (isName(next[1], language) || namedByNext.test(after.slice(next.index + next[0].length)))) return true
  const previous = JOINED_BEFORE.exec(before)
  return !!previous && isName(previous[1], language)
}
