// The command line's bundle reads the rule data from JSON files beside it (scripts/rule-data-text.mjs):
// what a rule needs up front at startup, the rest of each language's rules when one is first read.
// The data must read as the generated module's: the same values, keys in the same order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { configSchema, defaultRuleData, defaultRuleDataKey } from '../../src/engine/generated/rules.js'
import type { RuleSetData } from '../../src/engine/index.js'
import { EAGER_FIELDS, ruleDataSource } from '../../scripts/rule-data-text.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DATA = pathToFileURL(join(ROOT, 'dist/cli-bundle/data/')).href
const folder = mkdtempSync(join(tmpdir(), 'cluetrain-rule-data-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** A fresh copy of the bundle's rule data module, reading the files the build wrote. */
let copies = 0
async function bundledRuleData(): Promise<{ defaultRuleData: RuleSetData; defaultRuleDataKey: string; configSchema: object }> {
  const file = join(folder, `rules-${copies++}.mjs`)
  writeFileSync(file, ruleDataSource(defaultRuleDataKey, configSchema, DATA))
  return import(pathToFileURL(file).href)
}

const isLazy = (target: object, key: string) => typeof Object.getOwnPropertyDescriptor(target, key)?.get === 'function'

describe('the rule data as JSON files, beside the bundle', () => {
  it('reads as the generated module: the same values, keys in the same order', async () => {
    const bundled = await bundledRuleData()
    expect(bundled.defaultRuleDataKey).toBe(defaultRuleDataKey)
    expect(bundled.configSchema).toEqual(configSchema)
    expect(JSON.stringify(bundled.defaultRuleData) === JSON.stringify(defaultRuleData)).toBe(true)
    expect(bundled.defaultRuleData).toEqual(defaultRuleData)
  })

  it('parses a language’s rules when one of them is first read, and no other language’s', async () => {
    const { defaultRuleData: data } = await bundledRuleData()
    const english = data.rules.filter((rule) => rule.language === 'en')
    const french = data.rules.filter((rule) => rule.language === 'fr')
    expect(english.length).toBeGreaterThan(10)
    expect(french.length).toBeGreaterThan(10)
    // What compileRules() reads of every rule is there at once; the rest waits.
    for (const rule of data.rules) for (const key of Object.keys(rule)) expect(isLazy(rule, key), `${rule.language}/${rule.id}.${key}`).toBe(!EAGER_FIELDS.includes(key))
    expect(isLazy(data.domains!, 'en')).toBe(true)
    const buzzwords = english.find((rule) => rule.id === 'buzzwords') as (typeof english)[number] & { entries: unknown[] }
    expect(buzzwords.entries).toEqual((defaultRuleData.rules.find((rule) => rule.id === 'buzzwords' && rule.language === 'en') as typeof buzzwords).entries)
    // A read field becomes a plain property; the other fields of its language are still getters
    // (one parse serves them all), the other language's untouched.
    expect(isLazy(buzzwords, 'entries')).toBe(false)
    expect(french.every((rule) => Object.keys(rule).filter((key) => !EAGER_FIELDS.includes(key)).every((key) => isLazy(rule, key)))).toBe(true)
    expect(isLazy(data.domains!, 'fr')).toBe(true)
  })

  it('a lazy field can be written, and is then what was written', async () => {
    const { defaultRuleData: data } = await bundledRuleData()
    const rule = data.rules[0] as (typeof data.rules)[number] & { why: unknown }
    rule.why = { en: 'changed', fr: 'changé' }
    expect(rule.why).toEqual({ en: 'changed', fr: 'changé' })
    expect(isLazy(rule, 'why')).toBe(false)
  })
})
