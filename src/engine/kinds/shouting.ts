// The `shouting` rule kind: words in capitals that are not acronyms, and runs of exclamation
// marks. Headings are exempt from the capitals check: a heading set in capitals is layout.
import { fieldsOf, type RuleBase } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import type { RuleKind } from './kind.js'

export interface ShoutingRuleData extends RuleBase<'shouting'> {
  /** Words in capitals that are acronyms, never shouting. */
  acronyms: string[]
  /** A lone word in capitals is shouting from this many letters (default 5). */
  minLength?: number
}

const withDefaults = (data: ShoutingRuleData) => ({ acronyms: data.acronyms ?? [], minLength: data.minLength ?? 5 })

export const shouting: RuleKind<ShoutingRuleData, ShoutingSettings> = {
  fields: fieldsOf<Omit<ShoutingRuleData, keyof RuleBase>>()({ required: ['acronyms'], optional: ['minLength'] }),
  compile(data, _rule, { accept }) {
    const { acronyms, minLength } = withDefaults(data)
    // An accepted word in capitals (a product name, a client's acronym) is not shouting either.
    return { acronyms: new Set([...acronyms, ...accept.map((w) => w.toUpperCase())]), minLength }
  },
  check(block, rule, settings) {
    for (const span of findShouting(block.stream, settings, block.unit.heading)) block.hit(rule, span.start, span.end)
  },
  describe(data) {
    const { acronyms, minLength } = withDefaults(data)
    return [
      `A lone word in capitals of ${minLength} letters or more, two or more words in capitals in a row, and \`!!\` are flagged; headings are not checked for capitals. Acronyms never flagged: ${acronyms.join(', ')}.`,
    ]
  },
}

export interface ShoutingSettings {
  acronyms: ReadonlySet<string>
  minLength: number
}

export interface Span {
  start: number
  end: number
}

const LETTERS = /\p{L}/gu
const HAS_LOWER = /\p{Ll}/u

// "L’INSEE", "D’EDF": the elided article is not part of the acronym; nor is a possessive 'S.
const ELISION = /^\p{L}{1,5}['’]/u

// Every word is asked, and prose repeats its words: each answer is kept, per set of acronyms
// (bounded, for long audits).
const answers = new WeakMap<ReadonlySet<string>, BoundedCache<string, boolean>>()

function isCapitals(written: string, acronyms: ReadonlySet<string>): boolean {
  let known = answers.get(acronyms)
  if (!known) answers.set(acronyms, (known = new BoundedCache(50_000)))
  let answer = known.get(written)
  if (answer === undefined) {
    answer = looksCapitals(written, acronyms)
    known.set(written, answer)
  }
  return answer
}

function looksCapitals(written: string, acronyms: ReadonlySet<string>): boolean {
  const word = written.replace(ELISION, '').replace(/[’']S$/, '')
  if (/\d/.test(word) || HAS_LOWER.test(word)) return false
  const letters = word.match(LETTERS)?.length ?? 0
  return letters >= 2 && !acronyms.has(word)
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u

export function findShouting(stream: TokenStream, settings: ShoutingSettings, inHeading: boolean): Span[] {
  const spans: Span[] = []
  if (!inHeading) {
    const words = stream.words
    for (let i = 0; i < words.length; i++) {
      if (words[i].masked || !isCapitals(words[i].text, settings.acronyms)) continue
      let j = i
      while (j + 1 < words.length && words[j + 1].joinedToPrevious && !words[j + 1].masked && isCapitals(words[j + 1].text, settings.acronyms)) j++
      // "Par Denis MEIMOUN": a surname in capitals after a first name, inside a sentence.
      const previous = words[i - 1]
      if (previous && words[i].joinedToPrevious && previous.joinedToPrevious && TITLE_CASE.test(previous.text)) {
        i = j
        continue
      }
      // A loop, not Math.max(...): a run of 200,000 words in capitals would overflow the stack.
      let longest = 0
      for (let w = i; w <= j; w++) longest = Math.max(longest, words[w].text.match(LETTERS)?.length ?? 0)
      if ((j > i && longest >= 3) || longest >= settings.minLength) spans.push({ start: words[i].start, end: words[j].end })
      i = j
    }
  }
  for (const mark of stream.punctuation) {
    if ((mark.text.match(/!/g)?.length ?? 0) >= 2) spans.push({ start: mark.start, end: mark.end })
  }
  return spans.sort((a, b) => a.start - b.start)
}
