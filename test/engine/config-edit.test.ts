import { describe, expect, it } from 'vitest'
import { acceptWordInsert } from '../../src/engine/config-edit.js'
import { parseConfig } from '../../src/engine/index.js'

const apply = (text: string, word: string) => {
  const insert = acceptWordInsert(text, word)
  return insert && text.slice(0, insert.offset) + insert.text + text.slice(insert.offset)
}

describe('adding an accepted word to .cluetrain.yaml', () => {
  it('appends to a block list, keeping comments and indentation', () => {
    const text = '# team words\naccept:\n    - Nimbus   # brand\n    - synergie\nrules:\n  hype: off # noisy\n'
    expect(apply(text, 'leverage')).toBe('# team words\naccept:\n    - Nimbus   # brand\n    - synergie\n    - leverage\nrules:\n  hype: off # noisy\n')
  })

  it('appends to a flow list', () => {
    expect(apply('accept: [a, b]  # x\n', 'c d')).toBe('accept: [a, b, c d]  # x\n')
    expect(apply('accept: []\n', 'c')).toBe('accept: [c]\n')
  })

  it('adds the key when missing, to an empty file too, keeping CRLF', () => {
    expect(apply('language: fr', 'x')).toBe('language: fr\naccept:\n  - x\n')
    expect(apply('', 'x')).toBe('accept:\n  - x\n')
    expect(apply('language: fr\r\n', 'x')).toBe('language: fr\r\naccept:\r\n  - x\r\n')
    expect(apply('accept:\nlanguage: fr\n', 'x')).toBe('accept:\n  - x\nlanguage: fr\n')
  })

  it('quotes what YAML would read as something else', () => {
    expect(parseConfig(apply('', 'yes')!, 'x').accept).toEqual(['yes'])
    expect(parseConfig(apply('accept: [a]\n', '2024')!, 'x').accept).toEqual(['a', '2024'])
  })

  it('does nothing when the word is there or the file is broken', () => {
    expect(acceptWordInsert('accept:\n  - Nimbus\n', 'nimbus')).toBeUndefined()
    expect(acceptWordInsert('accept: [a\n', 'b')).toBeUndefined()
    expect(acceptWordInsert('accept: nope\n', 'b')).toBeUndefined()
  })
})
