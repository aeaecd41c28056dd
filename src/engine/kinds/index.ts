// The one dispatch table of rule kinds: a kind is one file in this folder and one row here (and
// its block in rules/schema.json, which test/rule-schema.test.ts holds to the file's fields).
import type { RuleBase } from '../rules/rule-data.js'
import { density } from './density.js'
import type { RuleKind } from './kind.js'
import { existence, pattern, substitution } from './phrase.js'
import { ratio } from './ratio.js'
import { readability } from './readability.js'
import { sentenceLength } from './sentence-length.js'
import { shouting } from './shouting.js'

export const KINDS = {
  existence,
  substitution,
  pattern,
  shouting,
  density,
  ratio,
  'sentence-length': sentenceLength,
  readability,
} as const

export type KindName = keyof typeof KINDS

type DataOf<K extends KindName> = (typeof KINDS)[K] extends RuleKind<infer D, any> ? D & { kind: K } : never

/** A rule's data: one member per kind, keyed on `kind`. */
export type RuleData = { [K in KindName]: DataOf<K> }[KindName]

/** The handler of a rule's kind. A kind the table lacks (a rule set built without the schema) is an error naming it. */
export function kindOf(data: RuleBase): RuleKind<RuleBase, unknown> {
  const kind = Object.hasOwn(KINDS, data.kind) ? (KINDS[data.kind as KindName] as unknown as RuleKind<RuleBase, unknown>) : undefined
  if (!kind) throw new Error(`rule ${data.language}/${data.id} has an unknown kind “${data.kind}” (known kinds: ${Object.keys(KINDS).join(', ')})`)
  return kind
}

/** What docs/rules.md says of a rule beyond what every rule has, by its kind. */
export const describeRule = (data: RuleBase): string[] => kindOf(data).describe(data)
