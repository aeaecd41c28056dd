// A zero-width character inside a word ("lever\u200Bage") splits it in two for parse-latin and
// parse-english (and for latin-segmenter.ts, which splits as they do), with a barrier between the
// halves that no phrase crosses. A reader sees one word: the halves are joined again here, into
// one written word whose key is folded without the character (normalise.ts), its range the text
// as written.
import { isInvisible, keyedParts } from './normalise.js'
import type { Token, TokenStream, WrittenWord } from './tokens.js'

/** `stream` with the words only invisible characters separate joined (the same stream if there are none). */
export function joinInvisiblySplitWords(stream: TokenStream, source: string): TokenStream {
  const { words } = stream
  // joinsPrevious[i]: word i continues word i - 1.
  let joinsPrevious: boolean[] | undefined
  for (let i = 1; i < words.length; i++) {
    if (splitInvisibly(source, words[i - 1], words[i])) (joinsPrevious ??= [])[i] = true
  }
  return joinsPrevious ? joined(stream, source, joinsPrevious) : stream
}

function splitInvisibly(source: string, before: WrittenWord, after: WrittenWord): boolean {
  if (before.sentence !== after.sentence || after.start <= before.end || !isInvisible(source.charCodeAt(after.start - 1))) return false
  for (let i = before.end; i < after.start; i++) if (!isInvisible(source.charCodeAt(i))) return false
  return true
}

function joined(stream: TokenStream, source: string, joinsPrevious: readonly boolean[]): TokenStream {
  const words: WrittenWord[] = []
  // The new index of each old word.
  const renumbered: number[] = []
  for (let i = 0; i < stream.words.length; i++) {
    const word = stream.words[i]
    if (joinsPrevious[i]) words[words.length - 1].end = word.end
    else words.push({ ...word })
    renumbered.push(words.length - 1)
  }
  // Texts are sliced once the ends are known: slicing at every join costs the square of a chain's
  // length ("a\u200Bb\u200Bc…" of 1 MB).
  for (let i = 1; i < joinsPrevious.length; i++) {
    if (joinsPrevious[i] && !joinsPrevious[i + 1]) {
      const into = words[renumbered[i]]
      into.text = source.slice(into.start, into.end)
    }
  }
  // A barrier between two halves (placed where the second starts) goes with them.
  const secondHalves = new Set(stream.words.filter((_, i) => joinsPrevious[i]).map((w) => w.start))
  const tokens: Token[] = []
  let emitted = -1
  for (const token of stream.tokens) {
    if (token.word < 0) {
      if (!secondHalves.has(token.start)) tokens.push(token)
      continue
    }
    const index = renumbered[token.word]
    if (!joinsPrevious[token.word] && !joinsPrevious[token.word + 1]) {
      tokens.push(index === token.word ? token : { ...token, word: index })
      continue
    }
    if (index === emitted) continue
    emitted = index
    const word = words[index]
    for (const part of keyedParts(word.text)) {
      const start = word.start + part.start
      tokens.push({ key: part.key, text: part.text, start, end: start + part.text.length, word: index, sentence: word.sentence })
    }
  }
  const sentences = stream.sentences.map((s) => ({ ...s }))
  for (let i = 0; i < joinsPrevious.length; i++) if (joinsPrevious[i]) sentences[stream.words[i].sentence].words--
  return { ...stream, tokens, words, sentences }
}

/** The pronouns a French imperative takes after a hyphen ("Forwardez-moi", "prenez-les"). */
export const FRENCH_IMPERATIVE_PRONOUNS = 'moi|toi|nous|vous|le|la|les|lui|leur|en|y'
