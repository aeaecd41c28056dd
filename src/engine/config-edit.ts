// Adds an accepted word to the text of a .cluetrain.yaml with the smallest possible edit, so the
// user's comments, order and formatting stay exactly as they wrote them.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'

export interface TextInsert {
  offset: number
  text: string
}

const NEEDS_QUOTES = /^(?:true|false|null|~|yes|no|on|off|y|n|[-+]?\d[\d_.e+-]*|\.inf|\.nan)$/i

function scalar(word: string): string {
  return NEEDS_QUOTES.test(word) || /^[\s'"&*!|>%@`#,[\]{}?:-]|[:#]\s|\s$/.test(word) ? JSON.stringify(word) : word
}

/**
 * Where and what to insert so that `accept` lists `word`; undefined when it already does (in any
 * case) or when the file cannot be edited safely (broken YAML, `accept` not a list).
 */
export function acceptWordInsert(text: string, word: string): TextInsert | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length) return undefined
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const root = doc.contents
  if (root !== null && !isMap(root)) return undefined
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === 'accept')
  if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
    const at = pair && isScalar(pair.key) && pair.key.range ? lineEnd(text, pair.key.range[1]) : text.length
    const lead = at > 0 && !/\r?\n$/.test(text.slice(0, at)) ? newline : ''
    const body = pair ? `${newline}  - ${scalar(word)}` : `${lead}accept:${newline}  - ${scalar(word)}${newline}`
    return { offset: at, text: body }
  }
  const list = pair.value
  if (!isSeq(list) || !list.range) return undefined
  if (list.items.some((item) => isScalar(item) && String(item.value).toLowerCase() === word.toLowerCase())) return undefined
  if (list.flow) {
    const close = text.lastIndexOf(']', list.range[1])
    return { offset: close, text: list.items.length ? `, ${scalar(word)}` : scalar(word) }
  }
  const last = list.items.at(-1)
  if (!isScalar(last) || !last.range) return undefined
  const lineStart = text.lastIndexOf('\n', last.range[0]) + 1
  const indent = text.slice(lineStart, last.range[0]).replace(/-\s*$/, '')
  return { offset: lineEnd(text, last.range[1]), text: `${newline}${indent}- ${scalar(word)}` }
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from)
  if (nl < 0) return text.length
  return text[nl - 1] === '\r' ? nl - 1 : nl
}
