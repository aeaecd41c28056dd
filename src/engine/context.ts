// Context that keeps a phrase match from being a finding, or softens it: evidence next to a claim
// or an agent after a passive (`unless`), a capitalised name the phrase is part of, someone
// else's words (quotes and block quotes).
import type { RawMatch } from './phrase-matcher.js'
import type { Unless } from './rule-data.js'
import type { TokenStream } from './tokens.js'

export interface Span {
  start: number
  end: number
}

/** Does the context named in `unless` occur around the match? */
export function cancelledByContext(unless: Unless, match: RawMatch, stream: TokenStream, evidence: readonly RawMatch[], links: readonly Span[]): boolean {
  const { tokens } = stream
  const sentence = tokens[match.first].sentence
  const window = unless.window ?? 0
  const inWindow = (s: number) => s >= sentence - window && s <= sentence + window
  const after = (position: number) => !unless.after || position > tokens[match.last].start
  const inScope = (s: number, position: number) => (unless.after ? s === sentence && after(position) : inWindow(s))
  if (unless.figures && stream.figures.some((f) => inScope(f.sentence, f.start))) return true
  const counts = (e: RawMatch) => e.rule === match.rule && (e.entry === -1 || e.entry === match.entry)
  if (evidence.some((e) => counts(e) && inScope(tokens[e.first].sentence, tokens[e.first].start))) return true
  if (unless.links) {
    const first = stream.sentences[Math.max(0, sentence - window)]
    const last = stream.sentences[Math.min(stream.sentences.length - 1, sentence + window)]
    if (first && last && links.some((l) => l.start < last.end && l.end > first.start)) return true
  }
  return false
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u

/**
 * "Synergy Health Ltd", "Nimbus World Class Logistics": a phrase whose words are capitalised
 * and which runs on into more capitalised words (not at the start of a sentence) is a name.
 */
export function isPartOfName(match: RawMatch, stream: TokenStream): boolean {
  const { tokens, words } = stream
  const firstWord = tokens[match.first].word
  const lastWord = tokens[match.last].word
  if (firstWord < 0 || lastWord < 0) return false
  for (let w = firstWord; w <= lastWord; w++) if (!CAPITALISED.test(words[w].text)) return false
  const before = words[firstWord - 1]
  const startsSentence = !before || before.sentence !== words[firstWord].sentence
  const nameBefore = before && !startsSentence && words[firstWord].joinedToPrevious && CAPITALISED.test(before.text) && !isSentenceInitial(stream, firstWord - 1)
  const next = words[lastWord + 1]
  const nameAfter = next && next.sentence === words[lastWord].sentence && next.joinedToPrevious && CAPITALISED.test(next.text)
  return Boolean(nameBefore || nameAfter)
}

function isSentenceInitial(stream: TokenStream, word: number): boolean {
  const previous = stream.words[word - 1]
  return !previous || previous.sentence !== stream.words[word].sentence
}

const QUOTATIONS = /“[^”\n]*”|«[^»\n]*»|„[^“\n]*“|"[^"\n]*"/g

/** Quoted speech inside a block of text, as absolute spans. */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = []
  for (const m of text.slice(start, end).matchAll(QUOTATIONS)) spans.push({ start: start + m.index, end: start + m.index + m[0].length })
  return spans
}
