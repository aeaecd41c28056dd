import { describe, expect, it } from 'vitest'
import { compileRules, CONFIG_MAX_BYTES, ConfigError, mergeConfigs, parseConfig } from '../../src/engine/index.js'
import type { Token } from '../../src/engine/text/tokens.js'

function errorOf(source: string | Uint8Array): string {
  try {
    parseConfig(source, '/p/.cluetrain.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('.cluetrain.yaml', () => {
  it('reads every documented key', () => {
    const text = [
      'root: true',
      'language: fr',
      'rules:',
      '  buzzwords: off',
      '  hype: error',
      'accept: [synergie, Stratégie Digitale]',
      'phrases:',
      '  - phrase: rockstar',
      '    suggest: [engineer]',
      '    language: en',
      'ignore: ["drafts/**"]',
    ].join('\n')
    expect(parseConfig(text, 'x')).toEqual({
      root: true,
      language: 'fr',
      rules: { buzzwords: 'off', hype: 'error' },
      accept: ['synergie', 'Stratégie Digitale'],
      phrases: [{ phrase: 'rockstar', suggest: ['engineer'], language: 'en' }],
      ignore: ['drafts/**'],
    })
  })

  it('accepts an empty file', () => {
    expect(parseConfig('', 'x')).toEqual({})
    expect(parseConfig('# nothing yet\n', 'x')).toEqual({})
  })

  it('names the file and line of broken YAML', () => {
    expect(errorOf('rules:\n  hype: off\n accept: [a\n')).toMatch(/^\/p\/\.cluetrain\.yaml:3: invalid YAML/)
  })

  it('names the line of an unknown key, a bad value, a bad phrase', () => {
    expect(errorOf('language: en\nacept: [x]\n')).toBe('/p/.cluetrain.yaml:2: unknown key “acept” (known keys: root, language, rules, accept, phrases, ignore, quotes)')
    expect(errorOf('rules:\n  hype: loud\n')).toBe('/p/.cluetrain.yaml:2: “rules.hype”: must be one of off, on, error, warning, info, true, false')
    expect(errorOf('language: en\naccept:\n  - ok\n  - "a, b"\n')).toBe(
      '/p/.cluetrain.yaml:4: “accept.1”: must be words separated by spaces (letters, digits, hyphens and apostrophes)',
    )
  })

  it('rejects duplicate keys', () => {
    expect(errorOf('language: en\nlanguage: fr\n')).toMatch(/:2: invalid YAML/)
  })

  it('merges outer to inner: nearest wins, lists add up', () => {
    const merged = mergeConfigs([
      { language: 'en', rules: { a: 'off', b: 'error' }, accept: ['x'] },
      { language: 'fr', rules: { a: 'warning' }, accept: ['y'], phrases: [{ phrase: 'z' }] },
    ])
    expect(merged).toEqual({ language: 'fr', rules: { a: 'warning', b: 'error' }, accept: ['x', 'y'], phrases: [{ phrase: 'z' }] })
  })
})

describe('untrusted workspaces', () => {
  it('keep their switches but not their own phrases', async () => {
    const { forUntrustedWorkspace } = await import('../../src/engine/index.js')
    const config = { rules: { hype: 'off' as const }, accept: ['x'], phrases: [{ phrase: 'rockstar' }, { phrases: ['ninja', 'guru'] }] }
    expect(forUntrustedWorkspace(config)).toEqual({ config: { rules: { hype: 'off' }, accept: ['x'] }, ignored: ['rockstar', 'ninja', 'guru'] })
    expect(forUntrustedWorkspace({ rules: {} }).ignored).toEqual([])
  })
})

it('rule files, .cluetrain.yaml and the engine agree on what a phrase is', async () => {
  const { readFileSync } = await import('node:fs')
  const { PHRASE } = await import('../../src/engine/text/normalise.js')
  const rules = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'))
  const config = JSON.parse(readFileSync(new URL('../../rules/config.schema.json', import.meta.url), 'utf8'))
  expect(rules.definitions.phrase.pattern).toBe(PHRASE.source)
  expect(config.definitions.phrase.pattern).toBe(PHRASE.source)
})

// What a config may cost (issue #13, item 5): every failure of the YAML library is a ConfigError
// with a line, the size is capped, and repeating an accepted word costs nothing more where it appears.
describe('.cluetrain.yaml limits', () => {
  it('turns an alias bomb into a ConfigError on the line of the first alias', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [i, name] of [...'bcdefghij'].entries()) levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)
    expect(errorOf(`# nine to the tenth strings\n${levels.join('\n')}\n`)).toBe('/p/.cluetrain.yaml:3: invalid YAML: Excessive alias count indicates a resource exhaustion attack')
  })

  it('still reads a config with a few aliases', () => {
    expect(parseConfig('accept: &words [Nimbus, Acme]\nphrases:\n  - phrases: *words\n', 'x')).toEqual({ accept: ['Nimbus', 'Acme'], phrases: [{ phrases: ['Nimbus', 'Acme'] }] })
  })

  it('refuses more than CONFIG_MAX_BYTES, as text or as bytes', () => {
    const big = `accept:\n${'  - synergies\n'.repeat(Math.ceil(CONFIG_MAX_BYTES / 14))}`
    expect(errorOf(big)).toBe('/p/.cluetrain.yaml:1: larger than 1 MB (1 MB), the most a configuration may be')
    expect(errorOf(new TextEncoder().encode(big))).toMatch(/:1: larger than 1 MB/)
  })

  it('reads bytes as documents are read: UTF-8, or UTF-16 with a byte-order mark; NUL bytes are not a config', () => {
    const yaml = 'accept: [Stratégie]\n'
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...yaml].map((c) => c.charCodeAt(0))).buffer)])
    expect(parseConfig(new TextEncoder().encode(yaml), 'x')).toEqual({ accept: ['Stratégie'] })
    expect(parseConfig(le, 'x')).toEqual({ accept: ['Stratégie'] })
    expect(errorOf(new Uint8Array([0x72, 0, 0x74]))).toBe('/p/.cluetrain.yaml:1: not a text file (it contains NUL bytes)')
  })
})

describe('accepted words', () => {
  /** The shields an accepted word raises where it occurs once: the work it adds per occurrence. */
  function shieldsAt(accept: string[]): number {
    const { matcher } = compileRules({ accept }).byLanguage.en
    return matcher.match([{ key: 'synergies' }] as unknown as Token[]).filter((m) => m.role === 'accept').length
  }

  it('raise one shield per occurrence, however often the list repeats them (in any case or spelling)', () => {
    expect(shieldsAt(['synergies'])).toBe(1)
    expect(shieldsAt([...Array(1000).fill('synergies'), 'Synergies', 'SYNERGIES', 'synergies'])).toBe(1)
  })
})
