// .cluetrain.yaml: parsed from text (the engine reads no files), validated against the shipped
// schema (rules/config.schema.json), every problem named with its line, and merged outer → inner.
import AjvModule from 'ajv'
import picomatch from 'picomatch'
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { configSchema } from './generated/rules.js'
import type { LanguageSetting } from './language.js'
import type { FamilyId, Language, Severity } from './rule-data.js'

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
let validator: Validate | undefined
function validate(data: unknown): Validate {
  if (!validator) {
    const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (o: object) => { compile(s: object): Validate }
    validator = new Ajv({ allErrors: true, strictTypes: false }).compile(configSchema)
  }
  validator(data)
  return validator
}

/** Parses and validates one .cluetrain.yaml. Throws ConfigError naming the first problem's line. */
export function parseConfig(text: string, path: string): CluetrainConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const lineAt = (pos: number) => lineCounter.linePos(pos).line
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new ConfigError(path, lineAt(e.pos[0]), `invalid YAML: ${e.message.split('\n')[0]}`)
  }
  const data = doc.toJS() ?? {}
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
