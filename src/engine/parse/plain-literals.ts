// GFM's autolink literals (bare `https://…`, `www.…` and e-mail addresses in text) as micromark's
// gfm-autolink-literal tokenizer and mdast-util-gfm-autolink-literal build them, for the plain-block
// shortcut (plain-inline.ts). Only the forms whose reading is certain are taken: a literal that is
// a whole word (after a space, a line start or the document's start; before a space, a line end
// or the end), of ASCII letters, digits and a few URL characters, with trailing ".,:;!?" cut off
// as GFM cuts them. Anything else in a word that holds "www.", "http:", "https:" or an e-mail's
// "@" (a "(", ")", "*", "~", "<", a quote, "_" in the domain or at the end, an "&…;" tail, an
// upper-case scheme, a port, one label after "www.", ...) returns undefined and micromark parses
// the block. mdast-util-gfm-autolink-literal's transform (findAndReplace over the text nodes)
// finds nothing more in these: it reads the same words the same way.
import type { Link } from 'mdast'
import type { Place } from './plain-inline.js'

// One domain label: ASCII letters and digits, "-" inside. GFM also allows "_" (not in the last two
// labels) and "-" at the edges: rare in real text, left to micromark.
const LABEL = '[A-Za-z\\d](?:[A-Za-z\\d-]*[A-Za-z\\d])?'
// A URL literal: a lower-case scheme and a dotted domain, or "www" and at least two more labels;
// then a path of URL characters after "/" (no "(", ")", "*", "~", "<", quotes; "_" and "&" inside,
// see PATH_END and ENTITY_LIKE).
const URL_LITERAL = new RegExp(`^(?:https?://${LABEL}|www)(?:\\.${LABEL})+(?:/[\\w/\\-.%#?=+&]*)?$`)
// GFM cuts a trailing "&" off a URL, and "_" after its domain ends emphasis: left to micromark.
const PATH_END = /[_&]$/
// GFM cuts an entity-like "&name;" off a URL's end: a word with "&" and ";" is left to micromark.
const ENTITY_LIKE = /&[^]*;/
// An e-mail literal: a local part of letters and digits joined by ".", "+" or "-", then a dotted
// domain whose last character is a letter (GFM refuses a digit, "-" or "_" there).
const EMAIL_LITERAL = new RegExp(`^[A-Za-z\\d]+(?:[.+\\-][A-Za-z\\d]+)*@${LABEL}(?:\\.${LABEL})+$`)
const LETTER_AT_END = /[A-Za-z]$/
// What GFM cuts off a literal's end when nothing but these follows before the word's end.
const TRAILING_PUNCTUATION = /[.,:;!?]+$/
// What may stand on either side of a literal taken here: nothing, a space, a line end.
const WORD_EDGE = /^[ \n\r]?$/
// A literal's sign, as plain-inline.ts looks for it.
export const LITERAL_SIGN = /www\.|https?:|[\w+.\-]@/i
const WORDS = /[^ \n\r]+/g

export interface Literal {
  /** Where it starts and ends in the document. */
  start: number
  end: number
  url: string
}

/**
 * The autolink literals of `text` from `from` to `to`, in order, or undefined when a word there
 * shows a literal's sign and is not a literal this settles.
 */
export function autolinkLiterals(text: string, from: number, to: number): Literal[] | undefined {
  const literals: Literal[] = []
  for (const word of text.slice(from, to).matchAll(WORDS)) {
    if (!LITERAL_SIGN.test(word[0])) continue
    const start = from + word.index
    const end = start + word[0].length
    if (!WORD_EDGE.test(text.charAt(start - 1)) || !WORD_EDGE.test(text.charAt(end))) return undefined
    const value = word[0].replace(TRAILING_PUNCTUATION, '')
    if (URL_LITERAL.test(value) && !PATH_END.test(value) && !ENTITY_LIKE.test(word[0])) literals.push({ start, end: start + value.length, url: value.startsWith('www') ? `http://${value}` : value })
    else if (EMAIL_LITERAL.test(value) && LETTER_AT_END.test(value)) literals.push({ start, end: start + value.length, url: `mailto:${value}` })
    else return undefined
  }
  return literals
}

/** The link micromark builds for a literal, in its key order (the tests compare trees as JSON). */
export function literalNode(text: string, literal: Literal, point: Place): Link {
  const position = () => ({ start: point(literal.start), end: point(literal.end) })
  return { type: 'link', title: null, url: literal.url, children: [{ type: 'text', value: text.slice(literal.start, literal.end), position: position() }], position: position() }
}
