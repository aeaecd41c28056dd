import { describe, expect, it } from 'vitest'
import { ConfigError, mergeConfigs, parseConfig } from '../../src/engine/index.js'

function errorOf(text: string): string {
  try {
    parseConfig(text, '/p/.cluetrain.yaml')
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
  const { PHRASE } = await import('../../src/engine/normalise.js')
  const rules = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'))
  const config = JSON.parse(readFileSync(new URL('../../rules/config.schema.json', import.meta.url), 'utf8'))
  expect(rules.definitions.phrase.pattern).toBe(PHRASE.source)
  expect(config.definitions.phrase.pattern).toBe(PHRASE.source)
})
