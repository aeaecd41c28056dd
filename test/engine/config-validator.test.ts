// The config validator is Ajv's code, compiled at build time (scripts/build-config-validator.mjs):
// it must judge every config as Ajv compiling the schema now would, errors included, since
// config.ts words its messages from them. A schema edited without `npm run build:rules` fails here.
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src/engine/generated/config-validator.js'
import { configSchema } from '../../src/engine/generated/rules.js'
// @ts-expect-error -- a build script, plain JavaScript
import { CONFIG_VALIDATOR_OPTIONS } from '../../scripts/build-config-validator.mjs'

const configs: unknown[] = [
  {},
  { root: true, language: 'fr', rules: { buzzwords: 'error', hype: false }, accept: ['Nimbus', 'best-in-class'], quotes: 'skip', ignore: ['drafts/**'] },
  { phrases: [{ phrase: 'move the needle', suggest: ['help'], message: 'Say what changes.', language: 'both', family: 'F10' }] },
  { phrases: [{ phrases: ['a', 'b'] }] },
  { language: 'de' },
  { rules: { buzzwords: 'maybe' } },
  { accept: ['two  spaces', 'ok', 'semi;colon'] },
  { accept: ['x'.repeat(201)] },
  { unknown: 1, root: 'yes' },
  { phrases: [{ suggest: ['x'] }] },
  { phrases: [{ phrase: 'a', phrases: ['b'] }] },
  { phrases: [{ phrase: 'a', family: 'F13' }] },
  { ignore: [''], quotes: 'drop' },
  { accept: ['café', "l'équipe", 'naïve-ish', 'ÉTÉ 2024'] },
  [],
  'accept',
]

describe('the build-time config validator', () => {
  it('gives Ajv’s verdicts and errors on valid and broken configs', () => {
    const ajv = new Ajv(CONFIG_VALIDATOR_OPTIONS).compile(configSchema)
    let invalid = 0
    for (const config of configs) {
      const expected = ajv(config)
      expect(validate(config), JSON.stringify(config)).toBe(expected)
      expect(validate.errors ?? null, JSON.stringify(config)).toEqual(ajv.errors ?? null)
      if (!expected) invalid++
    }
    expect(invalid).toBeGreaterThan(8)
  })
})
