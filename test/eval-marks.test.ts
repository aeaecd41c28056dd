import { expect, it } from 'vitest'
// @ts-expect-error: a plain ESM script without types
import { readMarks } from '../scripts/eval/marks.mjs'

it('reads the labelled corpus marks into text and offsets', () => {
  const { text, marks } = readMarks('We [[F1|leverage]] a [[F2|world-class]] team.\n\n[[F11|Booster]] !')
  expect(text).toBe('We leverage a world-class team.\n\nBooster !')
  expect(marks).toEqual([
    { family: 'F1', start: 3, end: 11, text: 'leverage' },
    { family: 'F2', start: 14, end: 25, text: 'world-class' },
    { family: 'F11', start: 33, end: 40, text: 'Booster' },
  ])
})
