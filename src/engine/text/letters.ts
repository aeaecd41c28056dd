// Letters and words of a text, counted in a loop over character codes: `^(?:\P{L}*\p{L}){200}`
// cost more than the rest of the language detection together.

/**
 * How many letters (code points of category L, as `\p{L}` counts them) `text` holds, counted no
 * further than `cap`: a block only needs to be known short or not.
 */
export function countLetters(text: string, cap: number): number {
  let letters = 0
  for (let i = 0; i < text.length && letters < cap; i++) {
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
function letterWidth(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0
  return isBmpLetter(code) ? 1 : 0
}

const LETTER = /\p{L}/u
const SPACE = /\s/
const isSpace = (code: number) => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(String.fromCharCode(code)))
// Setting bit 0x20 lower-cases an ASCII letter and moves nothing else into a-z.
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

// Whether each UTF-16 unit outside ASCII is a letter, asked of the regex once per unit: 0 not yet
// asked, 1 letter, 2 not. A lone surrogate is a code point of its own, not a letter, to `\p{L}` too.
const bmpLetters = new Uint8Array(0x10000)
function isBmpLetter(code: number): boolean {
  if (!bmpLetters[code]) bmpLetters[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2
  return bmpLetters[code] === 1
}
