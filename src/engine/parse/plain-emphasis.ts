// Emphasis (`*a*`, `_a_`) and strong emphasis (`**a**`, `__a__`) in the shortcut's inline content
// (plain-inline.ts), where CommonMark's delimiter-run rules leave no choice. A run of `*` or `_`
// is classed as micromark's attention construct classes it, by the characters just before and
// after it in the document: one that can open, close, both (between punctuation: `**[a](b)**:`),
// or neither (literal text: `snake_case`, `5 * 3`). Accepted only when the runs pair up as
// well-nested brackets, each pair of one marker and one length (1 or 2): a run that can do both
// closes the opener just before it if that one pairs with it (micromark tries closing first, and
// the "rule of 3" never refuses two runs of one length under 3), opens when no opener is before
// it, and is left to micromark otherwise. Every run is then used whole. Anything else (a run of 3
// or more that opens or closes, a run left alone, pairs that cross) is left to micromark. On the real README corpus
// this takes ~49k of the ~307k characters the shortcut used to hand micromark (1 MB document).
import type { PhrasingContent } from 'mdast'
import type { Point } from 'unist'

/** A run of `*` or `_` that opens or closes, while the content around it is being built. */
export interface Delimiter {
  type: 'delimiter'
  marker: string
  role: 'open' | 'close' | 'both'
  /** Where the run starts and ends in the document. */
  start: number
  end: number
}

// As micromark-util-character tests one UTF-16 unit (a lone surrogate is neither).
const PUNCTUATION = /^(?:\p{P}|\p{S})$/u
const WHITE_SPACE = /^\s$/
const WHITE = 1
const PUNCT = 2

/** micromark's classifyCharacter: white space (or no character: the block's edge), punctuation, or other (0). */
function classOf(character: string | undefined): number {
  if (character === undefined || WHITE_SPACE.test(character)) return WHITE
  return PUNCTUATION.test(character) ? PUNCT : 0
}

/**
 * What the run `text.slice(start, end)` (one marker) does, as micromark's attention tokenizer
 * decides: 'open', 'close', 'both', 'text' (neither), or undefined when it is longer than 2 and
 * opens or closes (left to micromark). The characters around it are the document's: the
 * shortcut's blocks start after a line start, a list marker's space or a heading's, and end at a
 * line end, all white space to micromark too; outside `from`–`to` (a table cell's content, a
 * chunk of its own to micromark: its pipes are not read) there is none, white space too.
 */
export function delimiterRole(text: string, start: number, end: number, from = 0, to = text.length): Delimiter['role'] | 'text' | undefined {
  const before = classOf(start > from ? text[start - 1] : undefined)
  const after = classOf(end < to ? text[end] : undefined)
  // Left-flanking and right-flanking, as micromark writes them.
  const left = !after || (after === PUNCT && before !== 0)
  const right = !before || (before === PUNCT && after !== 0)
  // `_` inside a word neither opens nor closes.
  const opens = text[start] === '*' ? left : left && (before !== 0 || !right)
  const closes = text[start] === '*' ? right : right && (after !== 0 || !left)
  if (!opens && !closes) return 'text'
  if (end - start > 2) return undefined
  return opens && closes ? 'both' : opens ? 'open' : 'close'
}

/**
 * `nodes` with each opener and the closer that pairs with it made an emphasis or strong node of
 * what is between them, or undefined when they do not pair as well-nested brackets of one marker
 * and one length.
 */
export function withEmphasis(nodes: ReadonlyArray<PhrasingContent | Delimiter>, point: (offset: number) => Point): PhrasingContent[] | undefined {
  const frames: Array<{ open: Delimiter | undefined; children: PhrasingContent[] }> = [{ open: undefined, children: [] }]
  for (const node of nodes) {
    const top = frames[frames.length - 1]
    const open = top.open
    const pairs = open !== undefined && node.type === 'delimiter' && open.marker === node.marker && open.end - open.start === node.end - node.start
    if (node.type !== 'delimiter') top.children.push(node)
    else if (node.role === 'open' || (node.role === 'both' && !open)) frames.push({ open: node, children: [] })
    else {
      if (!pairs) return undefined
      frames.pop()
      const type = node.end - node.start === 2 ? 'strong' : 'emphasis'
      frames[frames.length - 1].children.push({ type, children: top.children, position: { start: point(open.start), end: point(node.end) } })
    }
  }
  return frames.length === 1 ? frames[0].children : undefined
}
