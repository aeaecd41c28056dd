// Where a borrowed word (an anglicism in French copy) is not a borrowing but the other language
// itself, or a name or code (issue #16): an English paragraph in a French document, the C++ library
// Boost, boost::asio, git-boost, boost_python, boost.txt, src/boost. Read by kinds/phrase.ts for
// the rules that say `borrowedFrom`.
import { isTitleCase } from '../match/context.js'
import type { RawMatch } from '../match/phrase-matcher.js'
import type { Language } from '../rules/rule-data.js'
import { detectLanguage, shortBlockGuess } from '../text/language.js'
import { FRENCH_IMPERATIVE_PRONOUNS } from '../text/word-joins.js'
import type { TokenStream } from '../text/tokens.js'
import type { Block } from './kind.js'

// Blocks already read: every borrowed-word rule asks of the same blocks.
const readAs = new WeakMap<Block['unit'], Language | null>()

/**
 * Whether the block reads as `language` by language.ts (franc and function words: one accent is
 * not enough), whatever language the document was set to: an English summary in French copy. The
 * borrowed phrases themselves are left out of the reading: "Save the date" alone is French copy
 * that borrows, not an English block.
 */
export function blockReadsAs(block: Block, language: Language, matches: readonly RawMatch[]): boolean {
  let read = readAs.get(block.unit)
  if (read === undefined) {
    const { start, end } = block.unit
    let rest = ''
    let at = start
    for (const m of matches) {
      const from = Math.max(at, block.stream.tokens[m.first].start)
      rest += block.text.slice(at, from)
      at = Math.max(at, block.stream.tokens[m.last].end)
    }
    rest += block.text.slice(at, end)
    readAs.set(block.unit, (read = detectLanguage(rest) ?? shortBlockGuess(rest) ?? null))
  }
  return read === language
}

// Joined to other word characters by a separator of code, paths and compounds.
const JOINED_BEFORE = /[\p{L}\p{N}](?:::|[-/_.\\@])$/u
const JOINED_AFTER = /^(?:::|[-/_.\\@])[\p{L}\p{N}]/u
const TITLE_CASE = /^\p{Lu}\p{Ll}/u

/** Whether the match is part of a name, code, path or file name rather than a word of prose. */
// A French imperative and its pronoun are joined by a hyphen ("Forwardez-moi le devis"): no code.
const IMPERATIVE_PRONOUN = new RegExp(`^-(?:${FRENCH_IMPERATIVE_PRONOUNS})(?![\\p{L}\\p{N}])`, 'iu')

export function isCodeOrName(text: string, stream: TokenStream, match: RawMatch): boolean {
  const first = stream.tokens[match.first]
  const last = stream.tokens[match.last]
  const after = text.slice(last.end, last.end + 7)
  if (JOINED_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start)) || (JOINED_AFTER.test(after) && !IMPERATIVE_PRONOUN.test(after))) return true
  // "la bibliothèque C++ Boost": a capitalised word inside a sentence is a name, except in a line
  // in Title Case, which capitalises every word ("Comment Booster Vos Ventes").
  const word = first.word
  if (word < 0 || !TITLE_CASE.test(stream.words[word].text) || isTitleCase(stream, stream.words[word].sentence)) return false
  const previous = stream.words[word - 1]
  return !!previous && previous.sentence === stream.words[word].sentence
}
