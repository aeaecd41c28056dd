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

it('reads debatable marks, marks by rule id and marks with no label', () => {
  const { text, marks } = readMarks('We [[leverage]] our [[F2?|world-class]] [[hype-patterns|team]].')
  expect(text).toBe('We leverage our world-class team.')
  expect(marks).toStrictEqual([
    { start: 3, end: 11, text: 'leverage' },
    { family: 'F2', debatable: true, start: 16, end: 27, text: 'world-class' },
    { rule: 'hype-patterns', start: 28, end: 32, text: 'team' },
  ])
})

it('reads nested marks, outer first, for rules that flag overlapping words', () => {
  const { text, marks } = readMarks('Cette app [[[[anglicisms|booste]] vos ventes]] et [[hype|[[OFFRE]]]].')
  expect(text).toBe('Cette app booste vos ventes et OFFRE.')
  expect(marks.map((m: { start: number; end: number; rule?: string }) => [m.rule ?? '', text.slice(m.start, m.end)])).toEqual([
    ['', 'booste vos ventes'],
    ['anglicisms', 'booste'],
    ['hype', 'OFFRE'],
    ['', 'OFFRE'],
  ])
})

it('keeps a bracket that is no mark, and refuses broken marks with where they are', () => {
  expect(readMarks('See [the report](https://x.io) [1].').text).toBe('See [the report](https://x.io) [1].')
  expect(() => readMarks('We [[leverage our synergies.')).toThrow('mark left open at offset 3')
  expect(() => readMarks('We leverage]] it.')).toThrow('“]]” closes no mark, at offset 11')
  expect(() => readMarks('We [[]] it.')).toThrow('empty mark at offset 3')
  expect(() => readMarks('We [[hype|]] it.')).toThrow('empty mark at offset 3')
})
