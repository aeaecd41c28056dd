// Letters and words of a text, counted in a loop over character codes: `^(?:\P{L}*\p{L}){200}`
// cost more than the rest of the language detection together.

/**
 * How many letters (code points of category L, as `\p{L}` counts them) `text` holds, counted no
 * further than `cap`: a block only needs to be known short or not.
 */
export function countLetters(text: string, cap: number): number {
  let letters = 0
  for (let i = 0; i < text.length && letters < cap; i++) {
    // ASCII tested here, not in a call: the CLI runs with TurboFan's inlining off (bin/cluetrain.js),
    // and this loop sees every character of every block (letterWidth 125 ms of self time on the
    // 2,000-file workspace).
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++
      continue
    }
    const width = letterWidth(text, i)
    if (width) letters++
    if (width === 2) i++
  }
  return letters
}

/**
 * How many words `text` holds, counted no further than `cap`: runs of characters between white
 * space (as `\s` finds it) with a letter in them, so "World-Class", "l'offre" and "4-5" count as
 * a writer counts them, one word, one word and none.
 */
export function countWords(text: string, cap: number): number {
  let words = 0
  let counted = false // the letter that makes the current run a word was seen
  for (let i = 0; i < text.length && words < cap; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      // ASCII here, not in a call, as in countLetters.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        if (!counted) words++
        counted = true
      } else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false
      continue
    }
    const width = letterWidth(text, i)
    if (width) {
      if (!counted) words++
      counted = true
      if (width === 2) i++
    } else if (isSpace(text.charCodeAt(i))) counted = false
  }
  return words
}

/** The UTF-16 units of the letter at `i`, 1 or 2; 0 when it is no letter. */
export function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
  return classOf(code) & IS_LETTER ? 1 : 0
}

/** The UTF-16 units of the word character (`[\p{L}\p{N}_]`) at `i`, 1 or 2; 0 when it is none. */
export function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f ? 1 : 0
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0
  return classOf(code) & IS_WORD_CHAR ? 1 : 0
}

const LETTER = /\p{L}/u
const WORD_CHAR = /[\p{L}\p{N}_]/u
const isSpace = (code: number) => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : (classOf(code) & IS_SPACE) > 0)
// Setting bit 0x20 lower-cases an ASCII letter and moves nothing else into a-z.
export const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

// What each UTF-16 unit outside ASCII is, asked of the regexes once per unit: 0 not yet asked,
// else KNOWN and the bits that hold. A lone surrogate is a code point of its own, no letter, to
// `\p{L}` too.
const KNOWN = 1
const IS_LETTER = 2
const IS_WORD_CHAR = 4
const IS_SPACE = 8
const classes = new Uint8Array(0x10000)
function classOf(code: number): number {
  if (!classes[code]) {
    const char = String.fromCharCode(code)
    classes[code] = KNOWN | (LETTER.test(char) ? IS_LETTER : 0) | (WORD_CHAR.test(char) ? IS_WORD_CHAR : 0) | (/\s/.test(char) ? IS_SPACE : 0)
  }
  return classes[code]
}
