// The labelled corpus's inline marks: [[F2|world-class]] stands for the text “world-class”,
// expected to be flagged under family F2.

/** Removes the marks, returning the text and what was marked, as offsets into that text. */
export function readMarks(marked) {
  const marks = []
  let text = ''
  let last = 0
  for (const m of marked.matchAll(/\[\[(F\d{1,2})\|([^\]]+?)\]\]/g)) {
    text += marked.slice(last, m.index)
    marks.push({ family: m[1], start: text.length, end: text.length + m[2].length, text: m[2] })
    text += m[2]
    last = m.index + m[0].length
  }
  return { text: text + marked.slice(last), marks }
}

