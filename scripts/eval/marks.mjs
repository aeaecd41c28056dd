// Inline marks of expected findings, in the labelled corpus and in the rule files' examples:
//   [[F2|world-class]]    the text “world-class”, expected under family F2 (labelled corpus);
//   [[F2?|world-class]]   the same, debatable (the real-copy corpus);
//   [[leverage]]          expected from the rule whose example this is (rules/*/*.yaml);
//   [[hype|OFFRE]]        expected from another rule, by id.
// Marks nest, since two rules can flag overlapping words: “[[[[anglicisms|booste]] vos ventes]]”.

const LABEL = /^(?:(F\d{1,2})(\?)?|([a-z][a-z0-9]*(?:-[a-z0-9]+)*))\|/

/**
 * Removes the marks, returning the text and what was marked, as offsets into that text, in the
 * order the marks open. Throws on a mark left open, a `]]` with no mark to close, or an empty mark,
 * naming the offset in the marked text.
 */
export function readMarks(marked) {
  const marks = []
  const open = [] // marks whose `]]` is still to come, innermost last
  let text = ''
  let last = 0
  const brackets = /\[\[|\]\]/g
  for (let m; (m = brackets.exec(marked)); ) {
    text += marked.slice(last, m.index)
    last = m.index + 2
    if (m[0] === '[[') {
      const label = LABEL.exec(marked.slice(last, last + 40))
      const mark = { start: text.length }
      if (label?.[1]) mark.family = label[1]
      if (label?.[2]) mark.debatable = true
      if (label?.[3]) mark.rule = label[3]
      marks.push(mark)
      open.push({ mark, from: m.index })
      last += label?.[0].length ?? 0
      brackets.lastIndex = last
    } else {
      const closed = open.pop()
      if (!closed) throw new Error(`“]]” closes no mark, at offset ${m.index}`)
      if (text.length === closed.mark.start) throw new Error(`empty mark at offset ${closed.from}`)
      closed.mark.end = text.length
      closed.mark.text = text.slice(closed.mark.start)
    }
  }
  if (open.length) throw new Error(`mark left open at offset ${open.at(-1).from}`)
  // Each mark as { family?, debatable?, rule?, start, end, text }, keys in that order.
  return { text: text + marked.slice(last), marks: marks.map(({ start, end, text: t, ...label }) => ({ ...label, start, end, text: t })) }
}
