// HTML tags and autolinks of a URL in the shortcut's inline content (plain-inline.ts), as
// micromark's html-text and autolink constructs read them: atoms like code spans, found after
// them and outside them.
import { BLOT, blotted, type CodeSpan } from './plain-code-spans.js'

// micromark's HTML (text) open and closing tags, on one line (html-text.js): a name of ASCII letters,
// digits and "-" after a letter; attributes each after spaces, a name of letters, digits, "_", ".",
// ":" and "-" (not first), and a value unquoted (no space, quote, "=", "<", ">" or backtick, "/"
// only first), single- or double-quoted; then spaces, "/" and ">". Comments, processing
// instructions, declarations and CDATA are left to micromark.
export const HTML_TAG = /<(?:[A-Za-z][A-Za-z\d-]*(?: +[A-Za-z_:][\w.:-]*(?: *= *(?:"[^"\r\n]*"|'[^'\r\n]*'|[^ \r\n"'=<>`][^ \r\n"'=<>`/]*))?)* *\/?|\/[A-Za-z][A-Za-z\d-]* *)>/y
// An autolink (micromark's autolink.js): a scheme of 2 to 32 ASCII letters, digits, "+", "-", "."
// (a letter first), ":", then anything but controls, spaces, "<" and ">". micromark tries it before
// a tag, and no tag has a ":" after its name. E-mail autolinks are left to micromark.
const AUTOLINK = /<[A-Za-z][A-Za-z\d+.-]{1,31}:[^\0-\x20<>\x7f]*>/y
// "<" before these is text: neither a tag nor an autolink can start so.
const LITERAL_LT = /[ \r\n]/

/**
 * `codes` with the HTML tags and autolinks outside them, in order. Undefined when a "<" outside
 * them is neither text, a tag nor an autolink, or one runs into a code span or an escape (a
 * backtick or backslash inside it: micromark reads the tag).
 */
export function htmlTags(value: string, codes: readonly CodeSpan[]): CodeSpan[] | undefined {
  const searched = codes.length ? blotted(value, codes) : value
  const atoms: CodeSpan[] = []
  let code = 0
  for (let at = searched.indexOf('<'); at >= 0; at = searched.indexOf('<', at + 1)) {
    if (at + 1 === value.length || LITERAL_LT.test(value[at + 1])) continue
    HTML_TAG.lastIndex = at
    AUTOLINK.lastIndex = at
    const tag = HTML_TAG.exec(searched)?.[0]
    const autolink = tag ? undefined : AUTOLINK.exec(searched)?.[0]
    const atom = tag ?? autolink
    if (!atom || atom.includes(BLOT)) return undefined
    for (; code < codes.length && codes[code].start < at; code++) atoms.push(codes[code])
    atoms.push(autolink ? { start: at, end: at + autolink.length, fence: 0, autolink: autolink.slice(1, -1) } : { start: at, end: at + atom.length, fence: 0 })
    at += atom.length - 1
  }
  for (; code < codes.length; code++) atoms.push(codes[code])
  return atoms
}
