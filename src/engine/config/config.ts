// .cluetrain.yaml: parsed from text (the engine reads no files), validated against the shipped
// schema (rules/config.schema.json), every problem named with its line, and merged outer → inner.
import picomatch from 'picomatch'
import { isMap, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml'
import { decodeText } from '../parse/decode.js'
import { validate as validateConfigData } from '../generated/config-validator.js'
import type { LanguageSetting } from '../text/language.js'
import type { FamilyId, Language, Severity } from '../rules/rule-data.js'

export type RuleSetting = 'off' | 'on' | Severity | boolean

export interface CustomPhrase {
  phrase?: string
  phrases?: string[]
  suggest?: string[]
  message?: string
  language?: Language | 'both'
  family?: FamilyId
}

export interface CluetrainConfig {
  root?: boolean
  language?: LanguageSetting
  rules?: Record<string, RuleSetting>
  accept?: string[]
  phrases?: CustomPhrase[]
  /** Globs relative to `base`. */
  ignore?: string[]
  /** Findings inside quotations and block quotes: lowered to info (default), skipped, or kept. */
  quotes?: 'lower' | 'skip' | 'keep'
}

/** A config file as found on disk: its folder anchors its ignore globs. */
export interface LocatedConfig {
  path: string
  base: string
  config: CluetrainConfig
}

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${path}:${line}: ${reason}`)
    this.name = 'ConfigError'
  }
}

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; keyword: string; params: Record<string, unknown> }> | null }
/** The schema's validator, compiled by Ajv at build time (scripts/build-config-validator.mjs): no Ajv to load or compile at run time. */
const validator = validateConfigData as Validate
function validate(data: unknown): Validate {
  validator(data)
  return validator
}

/**
 * The largest .cluetrain.yaml read, in bytes (or characters, for an editor's buffer). The cost is
 * linear but not small, about 45 µs and 2 KB per accepted word (the YAML document model keeps a
 * node per item, then each language's trie a path per word): a 5 MB `accept` list took 17 to 23 s
 * and 720 to 930 MB. 1 MB holds some 70,000 words; real configs are a few KB.
 */
export const CONFIG_MAX_BYTES = 1_000_000

/**
 * Parses and validates one .cluetrain.yaml, given as text or as the file's bytes (decoded as
 * documents are: UTF-8, or UTF-16 with a byte-order mark). Throws ConfigError naming the first
 * problem's line, whatever the problem: the YAML library's own exceptions (an alias bomb, nesting
 * too deep) are configuration errors too, never a crash.
 */
export function parseConfig(source: string | Uint8Array, path: string): CluetrainConfig {
  if (source.length > CONFIG_MAX_BYTES) throw new ConfigError(path, 1, `larger than ${CONFIG_MAX_BYTES / 1e6} MB (${Math.round(source.length / 1e5) / 10} MB), the most a configuration may be`)
  const text = typeof source === 'string' ? source : decodeText(source)
  if (text === undefined) throw new ConfigError(path, 1, 'not a text file (it contains NUL bytes)')
  try {
    return parseYamlConfig(text, path)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(path, 1, `invalid YAML: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
  }
}

function parseYamlConfig(text: string, path: string): CluetrainConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const lineAt = (pos: number) => lineCounter.linePos(pos).line
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new ConfigError(path, lineAt(e.pos[0]), `invalid YAML: ${e.message.split('\n')[0]}`)
  }
  // An alias expands to what it names, so nested aliases grow exponentially ("billion laughs"):
  // the library refuses past `maxAliasCount` expansions, and the line is the first alias's.
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}
  } catch (error) {
    throw new ConfigError(path, firstAliasLine(doc, lineAt), `invalid YAML: ${String((error as Error)?.message ?? error).split('\n')[0]}`)
  }
  const result = validate(data)
  const problem = result.errors?.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'if') ?? result.errors?.[0]
  if (problem) {
    const path_ = problem.instancePath.split('/').filter(Boolean).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    const unknownKey = problem.keyword === 'additionalProperties' ? String(problem.params.additionalProperty) : undefined
    const node = nodeAt(doc.contents, unknownKey ? [...path_, unknownKey] : path_)
    const where = problem.instancePath ? `“${path_.join('.')}”` : ''
    const detail = unknownKey
      ? `unknown key “${unknownKey}”${where ? '' : ' (known keys: root, language, rules, accept, phrases, ignore, quotes)'}`
      : problem.keyword === 'enum'
          ? `must be one of ${(problem.params.allowedValues as unknown[]).map(String).join(', ')}`
          : problem.keyword === 'pattern'
            ? 'must be words separated by spaces (letters, digits, hyphens and apostrophes)'
            : problem.message ?? 'is not valid'
    const line = node?.range ? lineAt(node.range[0]) : 1
    throw new ConfigError(path, line, where ? `${where}: ${detail}` : detail)
  }
  return data as CluetrainConfig
}

/** The yaml library's default: a real config uses a handful of aliases, if any. */
const MAX_ALIAS_COUNT = 100

function firstAliasLine(doc: ReturnType<typeof parseDocument>, lineAt: (pos: number) => number): number {
  let line = 1
  visit(doc, {
    Alias(_, node) {
      if (node.range) line = lineAt(node.range[0])
      return visit.BREAK
    },
  })
  return line
}

function nodeAt(root: unknown, path: string[]): YamlNode | undefined {
  let node = root as YamlNode | undefined
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key)
      node = (pair?.value ?? pair?.key) as YamlNode | undefined
    } else if (isSeq(node)) node = node.items[Number(key)] as YamlNode | undefined
    else break
  }
  return node
}

/** Merges configs from the outermost to the nearest: the nearest wins on scalars and rules. */
export function mergeConfigs(configs: readonly CluetrainConfig[]): CluetrainConfig {
  const merged: CluetrainConfig = {}
  for (const c of configs) {
    if (c.language) merged.language = c.language
    if (c.quotes) merged.quotes = c.quotes
    if (c.rules) merged.rules = { ...merged.rules, ...c.rules }
    if (c.accept) merged.accept = [...(merged.accept ?? []), ...c.accept]
    if (c.phrases) merged.phrases = [...(merged.phrases ?? []), ...c.phrases]
  }
  return merged
}

/** The effective severity of a rule under a config, or undefined when it is off. */
export function effectiveSeverity(defaultSeverity: Severity, setting: RuleSetting | undefined): Severity | undefined {
  if (setting === undefined || setting === true || setting === 'on') return defaultSeverity
  if (setting === false || setting === 'off') return undefined
  return setting
}

/**
 * What an untrusted workspace may configure: everything but its own phrases to flag. Phrases are
 * bounded token sequences, not regular expressions, but a repository the user has not trusted
 * should not decide what the editor flags in their text; the rest only turns checks down.
 */
export function forUntrustedWorkspace(config: CluetrainConfig): { config: CluetrainConfig; ignored: string[] } {
  if (!config.phrases?.length) return { config, ignored: [] }
  const { phrases, ...rest } = config
  return { config: rest, ignored: phrases.flatMap((p) => p.phrases ?? (p.phrase ? [p.phrase] : [])) }
}

const ignoreMatchers = new WeakMap<CluetrainConfig, (path: string) => boolean>()

/**
 * Does this config's `ignore` list cover a file, given by its path relative to the config's
 * folder with `/` separators? One definition for the CLI and the editor; each list is compiled once.
 */
export function ignoredBy(config: CluetrainConfig, relativePath: string): boolean {
  if (!config.ignore?.length || relativePath.startsWith('../')) return false
  let matcher = ignoreMatchers.get(config)
  if (!matcher) ignoreMatchers.set(config, (matcher = picomatch(config.ignore, { dot: true })))
  return matcher(relativePath)
}
