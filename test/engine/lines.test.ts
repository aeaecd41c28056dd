import { expect, it } from 'vitest'
import { location } from 'vfile-location'
import { lineIndex } from '../../src/engine/output/lines.js'

it('gives the same lines and columns as vfile-location, for every line ending', () => {
  const text = 'one\ntwo\r\nthree\rfour\n\nsix 😀 x\n'
  const ours = lineIndex(text)
  const theirs = location(text)
  for (let offset = 0; offset <= text.length; offset++) {
    const { line, column } = theirs.toPoint(offset)!
    expect(ours(offset)).toEqual({ line, column })
  }
})
