// Reads the compact lexicon format written by scripts/morphology/compact-lexicon.mjs: a JSON header
// line {"tags": [...]}, then `key<TAB>value` lines in code-unit order, found by binary search over
// the text itself. Loading is one pass to note where lines start (a Uint32Array: 4 bytes a line),
// not a Map of every entry: the French subset (22,000 lines) loads in about a millisecond.
import type { Features, Pos } from './types.js'

export class SortedText {
  readonly tags: readonly string[]
  private readonly text: string
  private readonly starts: Uint32Array

  constructor(text: string, hasHeader: boolean) {
    const first = hasHeader ? text.indexOf('\n') + 1 : 0
    this.tags = hasHeader ? (JSON.parse(text.slice(0, first - 1)) as { tags: string[] }).tags : []
    this.text = text
    let count = 0
    for (let i = first; i < text.length; i = text.indexOf('\n', i) + 1) count++
    this.starts = new Uint32Array(count)
    for (let i = first, k = 0; k < count; i = text.indexOf('\n', i) + 1) this.starts[k++] = i
  }

  /** The value after the tab on the line whose key is `key`, or undefined. */
  find(key: string): string | undefined {
    const { text, starts } = this
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const c = compareKey(text, starts[mid], key)
      if (c === 0) {
        const value = starts[mid] + key.length + 1
        return text.slice(value, text.indexOf('\n', value))
      }
      if (c < 0) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
}

// Compares the key of the line at `start` (up to its tab) with `key`, without making a string.
function compareKey(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(start + i)
    if (i === key.length) return a === 9 ? 0 : 1
    if (a === 9) return -1
    const b = key.charCodeAt(i)
    if (a !== b) return a < b ? -1 : 1
  }
}

/** "impactées" + "3er" → "impacter": cut a count of characters from the end, then add the rest. */
export function applyRelative(from: string, code: string): string {
  const long = code[0] === '~'
  const cut = long ? code.charCodeAt(1) - 48 : parseInt(code[0], 36)
  return from.slice(0, from.length - cut) + code.slice(long ? 2 : 1)
}

export interface TagReading extends Features {
  pos: Pos
}

const FEATURE_ORDER = ['pos', 'mood', 'tense', 'person', 'number', 'gender'] as const
/** "verb|ppast|||pl|f" → {pos: 'verb', mood: 'ppast', number: 'pl', gender: 'f'}. */
export function parseTag(tag: string): TagReading {
  const parts = tag.split('|')
  const out: Record<string, string | number> = {}
  FEATURE_ORDER.forEach((k, i) => {
    if (parts[i]) out[k] = k === 'person' ? Number(parts[i]) : parts[i]
  })
  return out as unknown as TagReading
}

/** Each `<relative>.<tag id>` of a value, as the word on the other side and its tag. */
export function decodeEntries(key: string, value: string | undefined, tags: readonly TagReading[]): { word: string; tag: TagReading }[] {
  if (!value) return []
  return value.split(' ').map((entry) => {
    const dot = entry.lastIndexOf('.')
    return { word: applyRelative(key, entry.slice(0, dot)), tag: tags[parseInt(entry.slice(dot + 1), 36)] }
  })
}
