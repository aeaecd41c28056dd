// URLs and e-mail addresses written as text are the spans this regex finds, one after another:
//   /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>()"'«»]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi
// (bounded: an unbounded `[\w.+-]+@` backtracks quadratically over a 200,000-letter word). Run
// whole, its e-mail branch is tried at every word character, 3% of a 1 MB lint; so `urlMasks` runs
// the URL branch alone and looks for addresses only around an '@'. test/engine/url-masks.test.ts
// holds it to the regex.
import type { Span } from '../span.js'

const PREFIXED_URL = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>()"'«»]+/gi

/** The URLs and e-mail addresses in `text`, as the regex above would find them, in order. */
export function urlMasks(text: string): Span[] {
  const masks: Span[] = []
  let url = nextUrl(text, 0)
  let email = nextEmail(text, 0)
  while (url || email) {
    // Starting at the same place, the URL wins: it is the regex's first branch.
    const mask = url && (!email || url.start <= email.start) ? url : (email as Span)
    masks.push(mask)
    // The regex goes on after the match: a candidate starting inside it is looked for again.
    if (url && url.start < mask.end) url = nextUrl(text, mask.end)
    if (email && email.start < mask.end) email = nextEmail(text, mask.end)
  }
  return masks
}

function nextUrl(text: string, from: number): Span | undefined {
  PREFIXED_URL.lastIndex = from
  const match = PREFIXED_URL.exec(text)
  return match ? { start: match.index, end: match.index + match[0].length } : undefined
}

/** The first address the regex's e-mail branch matches starting at `from` or later. */
function nextEmail(text: string, from: number): Span | undefined {
  for (AT_DOMAIN.lastIndex = from; AT_DOMAIN.test(text); ) {
    const at = AT_DOMAIN.lastIndex - 1
    const start = localPartStart(text, at, from)
    if (start < at) return { start, end: domainEnd(text, at) }
  }
  return undefined
}

// An '@' the domain part matches after: its first label whole in 63 characters (a label cut at 63
// is followed by no '.'), then at least one dotted label. Found by regex: an indexOf per '@' cost
// more than the old regex on text full of them.
const AT_DOMAIN = /@(?=[\w-]{1,63}\.[\w-])/g
const MAX_LOCAL_PART = 64
const MAX_LABEL = 63
const MAX_DOTTED_LABELS = 8

/**
 * Where `[\w.+-]{1,64}@` matches first, scanning from `from`: as far back from the '@' as the
 * run of those characters goes, 64 at most (the regex tries earlier starts first, and they fail).
 */
function localPartStart(text: string, at: number, from: number): number {
  const limit = Math.max(from, at - MAX_LOCAL_PART)
  let start = at
  while (start > limit && isLocalPartChar(text.charCodeAt(start - 1))) start--
  return start
}

/**
 * Where `[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}` ends after an '@' that `AT_DOMAIN` found. Greedy with
 * nothing after it, its first success takes each label whole up to 63 characters; a longer label
 * is cut at 63, and no '.' can follow a cut: that ends the match.
 */
function domainEnd(text: string, at: number): number {
  let end = at + 1 + labelLength(text, at + 1)
  for (let dotted = 0; dotted < MAX_DOTTED_LABELS && text.charCodeAt(end) === DOT; dotted++) {
    const length = labelLength(text, end + 1)
    if (length === 0) break
    end += 1 + length
  }
  return end
}

/** How much of the run of `[\w-]` at `from` a label takes: 63 characters at most. */
function labelLength(text: string, from: number): number {
  let length = 0
  while (length < MAX_LABEL && isLabelChar(text.charCodeAt(from + length))) length++
  return length
}

const DOT = 0x2e
const PLUS = 0x2b
const HYPHEN = 0x2d

/** `\w` without the u flag: ASCII letters, digits and '_'. */
function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
}

function isLocalPartChar(code: number): boolean {
  return isWordChar(code) || code === DOT || code === PLUS || code === HYPHEN
}

function isLabelChar(code: number): boolean {
  return isWordChar(code) || code === HYPHEN
}
