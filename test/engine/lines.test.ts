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

it('gives the same lines as vfile-location on texts with LF only (the indexOf path) and with CRs', () => {
  // Random texts of letters and line ends: LF only, then CR, CRLF and LF mixed.
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (const ends of [['\n'], ['\n', '\r\n', '\r']]) {
    for (let round = 0; round < 20; round++) {
      let text = ''
      while (text.length < 200) text += random() < 0.15 ? ends[Math.floor(random() * ends.length)] : 'ab '[Math.floor(random() * 3)]
      const ours = lineIndex(text)
      const theirs = location(text)
      for (let offset = 0; offset <= text.length; offset++) {
        const { line, column } = theirs.toPoint(offset)!
        expect(ours(offset)).toEqual({ line, column })
      }
    }
  }
})
