// decodeText: the bytes of a file → the text every front end lints.
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../src/front-end-helpers/index.js'

const TEXT = 'Stratégie 🚀 digitale\r\n'

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, !bigEndian)
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), !bigEndian)
  return bytes
}

describe('decodeText', () => {
  it('decodes UTF-16 LE and BE with a byte-order mark, which is not text', () => {
    expect(decodeText(utf16(TEXT, false))).toBe(TEXT)
    expect(decodeText(utf16(TEXT, true))).toBe(TEXT)
  })

  it('decodes UTF-8, with or without a byte-order mark, and replaces invalid bytes', () => {
    const utf8 = new TextEncoder().encode(TEXT)
    expect(decodeText(utf8)).toBe(TEXT)
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT)
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\uFFFDb')
  })

  it('calls a file binary when its first 8 KB hold a NUL character, in UTF-8 or UTF-16', () => {
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBeUndefined()
    expect(decodeText(utf16('ab\0cd', false))).toBeUndefined()
    expect(decodeText(utf16(`${'a'.repeat(5000)}\0`, true))).toBe(`${'a'.repeat(5000)}\0`)
  })
})
