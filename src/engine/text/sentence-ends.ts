// Sentence ends the parsers miss (issue #16, precision of F7 and readability). parse-latin and
// parse-english never end a sentence at a full stop after "etc", a single letter or a number of
// one to three digits: they read an abbreviation, an initial ("J. Dupont") or an ordinal. So « une
// note de A à F. Cette note vous permet… » and "returns 123. But if…" were one sentence each, and a
// long-sentence finding counted both halves (DuckDuckGo's store listing in the French development
// copy: 62 words read as one sentence of two, 23 and 39). The segmenter stays the parsers' twin
// (latin-segmenter.ts, held to them by its tests); this step, run on the token stream of either
// path, ends the sentence there when the next word shows a new one begins:
// - after "etc.", any word with a capital ("…, Redshift etc. Portal26 also leverages…");
// - after a single letter or a number, a word that begins sentences and is no name (The, We, Il,
//   Cette, Mais…), so "J. Dupont", "Mr. Smith", « M. Le Maire », "L. 431-6", "p. 4" stay whole.
// A letter after another full stop is part of an initialism ("i.e. The", "U.S. The"): left whole.
import type { TokenStream } from './tokens.js'

// Words that begin sentences and are not names, with their capital; both languages (the stream
// does not know its language on the tree path, and neither list holds a word of the other's names).
const SENTENCE_STARTS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'We', 'Our', 'You', 'Your', 'They', 'Their', 'He', 'She', 'His', 'Her', 'I', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'So', 'If', 'When', 'While', 'As', 'An', 'There', 'Here', 'What', 'Which', 'Who', 'How', 'Why', 'To', 'With', 'From', 'By', 'After', 'Before', 'Also', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'No', 'Then', 'Thus', 'However', 'Please', 'Note', 'See',
  'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'Ce', 'Cet', 'Cette', 'Ces', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', 'Mais', 'Et', 'Ou', 'Donc', 'Car', 'Dans', 'En', 'Pour', 'Par', 'Sur', 'Avec', 'Sans', 'Si', 'Quand', 'Lorsque', 'Puis', 'Ensuite', 'Enfin', 'Cela', 'Ceci', 'Notre', 'Votre', 'Nos', 'Vos', 'Leur', 'Leurs', 'Son', 'Sa', 'Ses', 'Mon', 'Ma', 'Mes', 'Chaque', 'Tout', 'Tous', 'Toute', 'Toutes', 'Au', 'Aux', 'Depuis', 'Après', 'Avant', 'Pendant', 'Selon', 'Voici', 'Comme', 'Ainsi', 'Alors', 'Aussi', 'Pourtant', 'Cependant',
])
// « L'application », "C'est", « D'autres », « Qu'il »: an elided start (either apostrophe).
const ELIDED_START = /^(?:L|C|D|J|N|S|Qu)['’]\p{L}/u
// A single letter other than « M. » (Monsieur, before a name or « Le Maire »), or one to three digits.
const SHORT_PREFIX = /^(?:[A-LN-Za-z]|[0-9]{1,3})$/

// Space, tab, line feed, carriage return: a soft line break may stand between two sentences.
const WHITE = new Set([0x20, 0x09, 0x0a, 0x0d])

const isCapitalised = (text: string) => text[0] !== text[0].toLowerCase()

/**
 * Whether word `i` ends a sentence the parsers ran on. The parsers keep an abbreviation's full stop
 * in its word ("etc.", "F.", "123."): the word ends with it, and white space alone comes before the
 * next word, which starts one.
 */
function endsSentence(stream: TokenStream, source: string, i: number): boolean {
  const { words } = stream
  const word = words[i]
  const next = words[i + 1]
  if (!next || next.sentence !== word.sentence || words[i - 1].sentence !== word.sentence) return false
  if (next.start <= word.end) return false
  for (let c = word.end; c < next.start; c++) if (!WHITE.has(source.charCodeAt(c))) return false
  const bare = word.text.slice(0, -1)
  if (bare.toLowerCase() === 'etc') return isCapitalised(next.text)
  // "i.e.", "U.S.": an initialism's letters, no single one.
  if (!SHORT_PREFIX.test(bare) || source.charCodeAt(word.start - 1) === 0x2e) return false
  return SENTENCE_STARTS.has(next.text) || ELIDED_START.test(next.text)
}

/** `stream` with the sentences the parsers ran past a missed end split there (the same stream if none). */
export function splitAtMissedSentenceEnds(stream: TokenStream, source: string): TokenStream {
  const { words } = stream
  let cuts: number[] | undefined
  for (let i = 1; i < words.length - 1; i++) {
    // Cheap tests first: most words are not followed by a full stop.
    const text = words[i].text
    if (text.length > 1 && text.length <= 4 && text.charCodeAt(text.length - 1) === 0x2e && endsSentence(stream, source, i)) (cuts ??= []).push(i + 1)
  }
  return cuts ? split(stream, cuts) : stream
}

/** Splits the sentence of each word in `cuts` (indices of the first word of a new sentence, ascending). */
function split(stream: TokenStream, cuts: readonly number[]): TokenStream {
  const { words, sentences } = stream
  // The new index of each old sentence's start, and of the sentence each cut opens.
  const starts = cuts.map((w) => words[w].start)
  const sentenceAt = (old: number, start: number) => {
    let shift = 0
    for (let k = 0; k < cuts.length; k++) {
      const cutSentence = words[cuts[k]].sentence
      if (cutSentence < old || (cutSentence === old && start >= starts[k])) shift++
    }
    return old + shift
  }
  const newSentences: typeof sentences = []
  for (let s = 0; s < sentences.length; s++) {
    const inside = cuts.filter((w) => words[w].sentence === s)
    if (inside.length === 0) { newSentences.push(sentences[s]); continue }
    let from = sentences[s].start
    let firstWord = words.findIndex((w) => w.sentence === s)
    for (const w of inside) {
      newSentences.push({ start: from, end: words[w - 1].end, words: w - firstWord })
      from = words[w].start
      firstWord = w
    }
    const after = words.findIndex((w, k) => k >= firstWord && w.sentence !== s)
    newSentences.push({ start: from, end: sentences[s].end, words: (after < 0 ? words.length : after) - firstWord })
  }
  return {
    tokens: stream.tokens.map((t) => ({ ...t, sentence: sentenceAt(t.sentence, t.start) })),
    words: words.map((w) => ({ ...w, sentence: sentenceAt(w.sentence, w.start) })),
    punctuation: stream.punctuation,
    sentences: newSentences,
    figures: stream.figures.map((f) => ({ ...f, sentence: sentenceAt(f.sentence, f.start) })),
    symbols: stream.symbols.map((s) => ({ ...s, sentence: sentenceAt(s.sentence, s.start) })),
  }
}
