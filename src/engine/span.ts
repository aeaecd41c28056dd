// The one span every stage speaks of (masks, links, quotations, sentences, matches, shouting): a
// stretch of the text in UTF-16 offsets, `start` included and `end` excluded, so that
// text.slice(start, end) is what it covers.
export interface Span {
  start: number
  end: number
}
