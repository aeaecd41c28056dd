import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { acceptWordEdit, applyEdit, yamlScalar } from '../../src/front-end-helpers/config-edit.js'
import { parseConfig } from '../../src/engine/index.js'

/** The new text, or what acceptWordEdit said instead. */
const apply = (text: string, word: string) => {
  const result = acceptWordEdit(text, word)
  return 'edit' in result ? applyEdit(text, result.edit) : result
}
const acceptOf = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS()?.accept

describe('adding an accepted word to .cluetrain.yaml', () => {
  it('appends to a block list, keeping comments and indentation', () => {
    const text = '# team words\naccept:\n    - Nimbus   # brand\n    - synergie\nrules:\n  hype: off # noisy\n'
    expect(apply(text, 'leverage')).toBe('# team words\naccept:\n    - Nimbus   # brand\n    - synergie\n    - leverage\nrules:\n  hype: off # noisy\n')
    expect(apply('accept:\n- a\n-\tb  # tab after the dash\n# the end\n', 'c')).toBe('accept:\n- a\n-\tb  # tab after the dash\n- c\n# the end\n')
  })

  it('appends to a flow list, with a trailing comma, over several lines, with comments', () => {
    expect(apply('accept: [a, b]  # x\n', 'c d')).toBe('accept: [a, b, c d]  # x\n')
    expect(apply('accept: []\n', 'c')).toBe('accept: [c]\n')
    expect(apply('accept: [Nimbus, Acme,]\n', 'synergies')).toBe('accept: [Nimbus, Acme, synergies,]\n')
    expect(apply('accept: [\n  Nimbus,  # brand\n  Acme,   # client\n]\nrules: {}\n', 'synergies')).toBe('accept: [\n  Nimbus,  # brand\n  Acme, synergies,   # client\n]\nrules: {}\n')
    expect(apply('accept: [\n  Nimbus,\n  Acme  # client\n  ]\n', 'x')).toBe('accept: [\n  Nimbus,\n  Acme, x  # client\n  ]\n')
  })

  it('appends after a block scalar, whatever its chomping', () => {
    expect(apply('accept:\n  - Nimbus\n  - |\n    Acme\n\nrules: {}\n', 'x')).toBe('accept:\n  - Nimbus\n  - |\n    Acme\n  - x\n\nrules: {}\n')
    for (const chomp of ['|', '|-', '|+', '>', '>-', '>+']) {
      const text = `accept:\n  - Nimbus\n  - ${chomp}\n    Acme\n    Corp\n\n`
      expect(acceptOf(apply(text, 'x') as string), chomp).toEqual([...acceptOf(text), 'x'])
    }
  })

  it('adds the key when missing, to an empty file too, keeping CRLF', () => {
    expect(apply('language: fr', 'x')).toBe('language: fr\naccept:\n  - x\n')
    expect(apply('', 'x')).toBe('accept:\n  - x\n')
    expect(apply('# only a comment\n', 'x')).toBe('# only a comment\naccept:\n  - x\n')
    expect(apply('language: fr\r\n', 'x')).toBe('language: fr\r\naccept:\r\n  - x\r\n')
    expect(apply('accept:\r\n  - a  # c\r\n', 'b')).toBe('accept:\r\n  - a  # c\r\n  - b\r\n')
  })

  it('fills `accept:` with no value, `accept: ~` and `accept: null`', () => {
    expect(apply('accept:\nlanguage: fr\n', 'x')).toBe('accept:\n  - x\nlanguage: fr\n')
    expect(apply('accept:   # none yet\nlanguage: fr\n', 'x')).toBe('accept:   # none yet\n  - x\nlanguage: fr\n')
    expect(apply('accept: ~  # none yet\n', 'x')).toBe('accept: [x]  # none yet\n')
    expect(apply('accept: null\nrules: {}\n', '1e3')).toBe('accept: ["1e3"]\nrules: {}\n')
  })

  it('writes inside document markers', () => {
    expect(apply('---\naccept:\n  - Nimbus\n...\n', 'x')).toBe('---\naccept:\n  - Nimbus\n  - x\n...\n')
    expect(apply('%YAML 1.2\n---\nlanguage: en\n...\n', 'x')).toBe('%YAML 1.2\n---\nlanguage: en\naccept:\n  - x\n...\n')
    expect(acceptOf(apply('---\n# nothing yet\n...\n', 'x') as string)).toEqual(['x'])
  })

  it('quotes what YAML 1.2 or 1.1 would read as anything but that string', () => {
    for (const word of ['0x1F', '0o17', '017', '1e3', '1_000', '12:30', '2024-01-01', '.inf', 'yes', 'No', 'on', 'y', 'null', '~', 'true', ' a', 'a ', 'a #b', 'a: b', '"q', "'tis", '- x', '[x]', 'a,b', '&x', '*x', '!x', '|', '@x', '%x', '`x']) {
      for (const text of ['', 'accept: [a]\n', 'accept:\n  - a\n']) {
        const after = apply(text, word) as string
        expect(acceptOf(after).at(-1), `${word} in ${JSON.stringify(text)}`).toBe(word)
        expect(parseDocument(after, { version: '1.1' }).toJS().accept.at(-1), `${word} read by YAML 1.1`).toBe(word)
      }
    }
    expect(parseConfig(apply('', 'yes') as string, 'x').accept).toEqual(['yes'])
    expect(yamlScalar("it's", false)).toBe("it's")
    expect(yamlScalar('Nimbus', true)).toBe('Nimbus')
    expect(yamlScalar('0x1F', true)).toBe('"0x1F"')
  })

  it('edits a flow mapping or a bare document through the document model, verified the same way', () => {
    expect(apply('{language: en}  # c\n', 'x')).toBe('{ language: en, accept: [ x ] } # c\n')
    const result = acceptWordEdit('{language: en}\n', 'x')
    expect('edit' in result && result.edit.offset).toBe(1)
  })

  it('says why when the word cannot be added safely, and when it is there already', () => {
    expect(acceptWordEdit('accept:\n  - Nimbus\n', 'nimbus')).toEqual({ present: true })
    expect(acceptWordEdit('accept: [a\n', 'b')).toEqual({ refused: 'invalid-yaml' })
    expect(acceptWordEdit('accept: [a]\naccept: [b]\n', 'c')).toEqual({ refused: 'invalid-yaml' })
    expect(acceptWordEdit('a: 1\n---\nb: 2\n', 'c')).toEqual({ refused: 'invalid-yaml' })
    expect(acceptWordEdit('accept: nope\n', 'b')).toEqual({ refused: 'accept-not-a-list' })
    expect(acceptWordEdit('- a\n', 'b')).toEqual({ refused: 'not-a-mapping' })
    // The list is shared through an alias: adding to it would change `phrases` too.
    expect(acceptWordEdit('accept: &words [a]\nignore: *words\n', 'b')).toEqual({ refused: 'unverified' })
  })
})

// ---- generated configs ------------------------------------------------------------------------

const ITEMS = ['Nimbus', 'Acme Corp', '"Zephyr"', "'Stratus'", 'x-ray', "l'équipe"]
const comment = fc.constantFrom('', '  # note', '\t# tabbed note', ' #')
const items = fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 4 })
const blankOrComment = (indent: string) => fc.constantFrom('', '', `${indent}# a comment line\n`, '\n')

/** `accept` in every shape we know of, and whether its value is a null to be replaced. */
const acceptForms = fc.oneof(
  fc.constant({ text: '', replaces: false }),
  fc.constantFrom({ text: 'accept:\n', replaces: false }, { text: 'accept:   # none yet\n', replaces: false }, { text: 'accept: ~\n', replaces: true }, { text: 'accept: null  # c\n', replaces: true }),
  fc.record({ items, trailing: fc.boolean(), note: comment }).map(({ items, trailing, note }) => ({ text: `accept: [${items.join(', ')}${trailing ? ',' : ''}]${note}\n`, replaces: false })),
  fc.record({ items, notes: fc.array(comment, { minLength: 5, maxLength: 5 }), trailing: fc.boolean(), closeIndent: fc.constantFrom('', '  ') }).map(({ items, notes, trailing, closeIndent }) => ({
    text: `accept: [${notes[0].trim() ? `${notes[0]}` : ''}\n${items.map((item, i) => `  ${item}${i < items.length - 1 || trailing ? ',' : ''}${notes[(i + 1) % 5]}\n`).join('')}${closeIndent}]\n`,
    replaces: false,
  })),
  fc
    .record({ items, indent: fc.constantFrom('', '  ', '    '), notes: fc.array(comment, { minLength: 5, maxLength: 5 }), between: fc.array(blankOrComment('  '), { minLength: 5, maxLength: 5 }), scalar: fc.constantFrom('', '|', '|-', '|+', '>', '>-') })
    .map(({ items, indent, notes, between, scalar }) => ({
      text: `accept:${notes[0]}\n${items.map((item, i) => `${between[i]}${indent}- ${item}${notes[(i + 1) % 5]}\n`).join('')}${scalar ? `${indent}- ${scalar}\n${indent}    block text\n${indent}    more\n\n` : ''}`,
      replaces: false,
    })),
)

const configs = fc
  .record({
    head: fc.constantFrom('', '---\n', '# House style\n', '%YAML 1.2\n---\n'),
    before: fc.constantFrom('', 'language: en   # English\n', 'root: true\nlanguage: fr\n'),
    accept: acceptForms,
    after: fc.constantFrom('', 'rules: {hype: off}\n', 'quotes: lower\n\n# the end\n'),
    tail: fc.constantFrom('', '...\n', '# closing comment\n'),
    crlf: fc.boolean(),
    lastNewline: fc.boolean(),
  })
  .map(({ head, before, accept, after, tail, crlf, lastNewline }) => {
    let text = `${head}${before}${accept.text}${after}${tail}`
    if (!lastNewline) text = text.replace(/\n$/, '')
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, replaces: accept.replaces }
  })

const words = fc.oneof(
  fc.constantFrom('synergies', '0x1F', '0o17', '1e3', 'yes', 'null', '~', ' lead', 'trail ', 'a #b', 'a: b', '"q', "it's", 'Nimbus'),
  fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,14}$/),
  fc.string({ minLength: 1, maxLength: 12 }),
)

describe('adding a word to generated configs', () => {
  it('always gives the old value plus the word, read back by YAML 1.2 and 1.1, keeping every comment, with an insertion', () => {
    fc.assert(
      fc.property(configs, words, ({ text, replaces }, word) => {
        const before = parseDocument(text, { uniqueKeys: true })
        fc.pre(!before.errors.length)
        const old = before.toJS() ?? {}
        fc.pre(!(old.accept ?? []).some((w: string) => w.toLowerCase() === word.toLowerCase()))
        const result = acceptWordEdit(text, word)
        if (!('edit' in result)) throw new Error(`not edited: ${JSON.stringify(result)} ${JSON.stringify(text)} + ${JSON.stringify(word)}`)
        const after = applyEdit(text, result.edit)
        const doc = parseDocument(after, { uniqueKeys: true })
        expect(doc.errors).toEqual([])
        expect(doc.toJS()).toEqual({ ...old, accept: [...(old.accept ?? []), word] })
        if (!text.startsWith('%YAML')) expect(parseDocument(after, { version: '1.1' }).toJS().accept.at(-1)).toBe(word)
        for (const note of text.match(/#[^\r\n]*/g) ?? []) expect(after).toContain(note)
        // Nothing of the user's is rewritten: only a null is replaced by the list.
        expect(result.edit.length, JSON.stringify(text)).toBe(replaces ? /accept: (~|null)/.exec(text)![1].length : 0)
      }),
      { numRuns: 400 },
    )
  }, 60_000)
})
