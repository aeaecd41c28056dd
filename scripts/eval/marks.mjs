// The corpora's inline marks: [[F2|world-class]] stands for the text “world-class”, expected to be
// flagged under family F2; [[F2?|text]] is a debatable case (a reviewer might or might not flag
// it): a finding on it counts neither for nor against, and missing it is no miss.

const MARK = /\[\[(F\d{1,2})(\?)?\|([^\]]+?)\]\]/g

/** Removes the marks, returning the text and what was marked, as offsets into that text. */
export function readMarks(marked) {
  const marks = []
  let text = ''
  let last = 0
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index)
    marks.push({ family: m[1], ...(m[2] && { debatable: true }), start: text.length, end: text.length + m[3].length, text: m[3] })
    text += m[3]
    last = m.index + m[0].length
  }
  return { text: text + marked.slice(last), marks }
}
