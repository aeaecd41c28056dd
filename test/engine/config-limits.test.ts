// What a .cluetrain.yaml may cost (issue #13, item 5): every failure of the YAML library is a
// ConfigError with a line, the size is capped, and repeating an accepted word costs nothing more
// where the word appears.
import { describe, expect, it } from 'vitest'
import { compileRules, CONFIG_MAX_BYTES, ConfigError, parseConfig } from '../../src/engine/index.js'
import type { Token } from '../../src/engine/tokens.js'

function errorOf(source: string | Uint8Array): string {
  try {
    parseConfig(source, '/p/.cluetrain.yaml')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('parseConfig', () => {
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
