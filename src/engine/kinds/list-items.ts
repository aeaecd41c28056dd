// Lists written inline, as store listings write them: "Features: ★ Share notes ★ Tags ★ Widgets"
// or "📝 Create notes 🌲 Work offline 👌 Compatible with …". Markdown sees one paragraph with no
// full stop, so the segmenter reads one "sentence" of 60 words or more; each item is a sentence
// of its own to a reader. Session 33: 8 of the 12 long-sentence false alarms on the English
// development copy, and 3 of its 17 readability ones, were such lists (listed by
// scripts/eval/dev-false-alarms.mjs).
import { firstAbove } from '../text/sorted-spans.js'
import type { SentenceSpan, TokenStream } from '../text/tokens.js'

// A bullet, arrow or check mark, or an emoji (a pictograph) — not ©, ® or ™, which follow a name.
const ITEM_MARK = /^(?:[•◦‣⁃▪▫■□●○◆◇❖★☆✓✔✗✘☑➜➔➤►▸▶→✦✧]|(?![©®™])\p{Extended_Pictographic})/u

export interface ListItem {
  start: number
  end: number
  words: number
}

const startOf = (x: { start: number }) => x.start

/** The item marks of the stream (punctuation or symbols), by start. */
function allItemMarks(stream: TokenStream): number[] {
  const marks: number[] = []
  for (const list of [stream.punctuation, stream.symbols]) for (const m of list) if (ITEM_MARK.test(m.text)) marks.push(m.start)
  return marks.sort((a, b) => a - b)
}

/** The first word of the sentence that starts at or after `start`, or undefined. */
function firstWordStart(stream: TokenStream, sentence: SentenceSpan): number | undefined {
  const word = stream.words[firstAbove(stream.words, sentence.start - 1, startOf)]
  return word && word.start < sentence.end ? word.start : undefined
}

/**
 * The sentence's items, if it is a list written inline (an item mark after its first word), each
 * with its words; otherwise undefined.
 */
export function inlineListItems(stream: TokenStream, sentence: SentenceSpan): ListItem[] | undefined {
  const first = firstWordStart(stream, sentence)
  if (first === undefined) return undefined
  const marks = allItemMarks(stream).filter((m) => m > first && m < sentence.end)
  if (!marks.length) return undefined
  const bounds = [sentence.start, ...marks, sentence.end]
  const items: ListItem[] = []
  for (let i = 0; i + 1 < bounds.length; i++) items.push({ start: bounds[i], end: bounds[i + 1], words: 0 })
  let item = 0
  for (let w = firstAbove(stream.words, sentence.start - 1, startOf); w < stream.words.length && stream.words[w].start < sentence.end; w++) {
    while (item + 1 < items.length && items[item + 1].start <= stream.words[w].start) item++
    items[item].words++
  }
  return items.filter((it) => it.words > 0)
}

/** How many sentences the block reads as, each item of an inline list counted as one. */
export function sentencesWithItems(stream: TokenStream): number {
  let count = stream.sentences.length
  for (const mark of allItemMarks(stream)) {
    const sentence = stream.sentences[firstAbove(stream.sentences, mark, startOf) - 1]
    if (!sentence || mark >= sentence.end) continue
    const first = firstWordStart(stream, sentence)
    if (first !== undefined && mark > first) count++
  }
  return count
}
