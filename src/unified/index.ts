// The engine's rules as a unified plugin, for remark and retext pipelines and unified-engine
// (remark-cli): `import cluetrain from 'cluetrain-lint/unified'`. The plugin lints the file's
// text, not the tree, so its findings and positions are the engine's own (the CLI's and the
// editor's): Markdown when the tree is an mdast root, plain text when it is an nlcst root made
// from the file's text. Each finding becomes one vfile message.
import type { Node, Position } from 'unist'
import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { Root as NlcstRoot } from 'nlcst'
import { ConfigError, lint, loadAllMorphology, morphologyLoaded, mergeConfigs, parseConfig, SOURCE, type CluetrainConfig, type Finding, type Language, type LanguageSetting, type LintOptions, type RuleSetData } from '../engine/index.js'
import type { DocumentFormat } from '../engine/index.js'

/** Await before `processSync`/`runSync` (the plugin's first `process` awaits it itself). */
export { loadAllMorphology } from '../engine/index.js'

export interface Options {
  /** Language of the copy; `auto` (default, or the config's `language`) decides per paragraph. */
  language?: LanguageSetting
  /** Language of the messages; by default each message speaks the language of its text. */
  locale?: Language
  /**
   * What a .cluetrain.yaml holds, as an object (`rules`, `accept`, `phrases`, `quotes`,
   * `language`), or several, merged outer → inner as the CLI merges nested files. Validated
   * against the same schema when the plugin is attached. `ignore` and `root` have no effect here.
   */
  config?: CluetrainConfig | readonly CluetrainConfig[]
  /** Another rule set than the bundled one. */
  ruleData?: RuleSetData
}

/** What the plugin leaves in `file.data.cluetrain`. */
export interface CluetrainData {
  /** The language most of the text is written in. */
  language: Language
  /** Words of prose read (code, URLs and other never-linted text excluded). */
  words: number
  /** How the text was read: `text` for a retext tree, `markdown` for an mdast tree (or an nlcst tree made from Markdown). */
  format: DocumentFormat
}

/** A message for a finding: the finding itself, unchanged, is in `cluetrain`. */
export type CluetrainMessage = VFileMessage & { cluetrain: Finding }

declare module 'vfile' {
  interface DataMap {
    cluetrain: CluetrainData
  }
}

const KNOWN_OPTIONS = ['language', 'locale', 'config', 'ruleData']
/** Messages of the plugin itself (not findings). */
export const NO_TEXT_RULE = 'no-text'
export const UNSUPPORTED_TREE_RULE = 'unsupported-tree'

/**
 * The unified attacher. Throws an Error naming the problem when the options (or the config in
 * them) are invalid; unified calls attachers when the processor is first used (`process`, `run`).
 */
const cluetrain: Plugin<[(Options | null | undefined)?], Node, undefined> = function (options) {
  const settings = checkOptions(options)
  return (tree: Node, file: VFile): undefined | Promise<undefined> => {
    // The morphology data (issue #15), once per process: the first file waits for it; later files,
    // and processSync after `await loadAllMorphology()`, run synchronously.
    if (!morphologyLoaded('en') || !morphologyLoaded('fr')) return loadAllMorphology().then(() => check(tree, file))
    return check(tree, file)
  }

  function check(tree: Node, file: VFile): undefined {
    const format = formatOf(tree, file)
    if (typeof format === 'object') {
      report(file, format.reason, undefined, format.ruleId).fatal = false
      return
    }
    // `new VFile('')` and `process('')` leave no value: an empty tree is the empty document.
    const text = textOf(file) ?? (isEmpty(tree) ? '' : undefined)
    if (text === undefined) {
      report(file, 'Cluetrain Lint cannot check this file: it has no text (`file.value` is not set). Pass the document as the file, not only its tree.', undefined, NO_TEXT_RULE).fatal = false
      return
    }
    const result = lint(text, { ...settings, format })
    file.data.cluetrain = { language: result.language, words: result.words, format }
    for (const finding of result.findings) {
      const place: Position = {
        start: { line: finding.line, column: finding.column, offset: finding.offset },
        end: { line: finding.endLine, column: finding.endColumn, offset: finding.endOffset },
      }
      const message = report(file, finding.message, place, finding.ruleId)
      // remark-lint's convention: `error` fails the file, `warning` does not, `info` is a note.
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
      message.url = finding.url
      message.actual = finding.actual
      message.expected = finding.expected
      message.note = noteOf(finding, settings.locale ?? finding.language)
      ;(message as CluetrainMessage).cluetrain = finding
    }
    return undefined
  }
}
export default cluetrain

/**
 * The `(reason, place, origin)` form: vfile 6 reads it, and so does vfile 5, which older
 * unified-engine (remark-cli 11) still makes files with; its `file.message` ignores an options object.
 */
function report(file: VFile, reason: string, place: Position | undefined, ruleId: string): VFileMessage {
  return file.message(reason, place, `${SOURCE}:${ruleId}`)
}

function noteOf(finding: Finding, locale: Language): string {
  const { id, name } = finding.principle
  const theses = finding.theses.join(', ')
  return locale === 'fr' ? `${id} ${name} ; thèses ${theses} du manifeste Cluetrain.` : `${id} ${name}; Cluetrain Manifesto theses ${theses}.`
}

function isEmpty(tree: Node): boolean {
  const children = (tree as Node & { children?: unknown[] }).children
  return Array.isArray(children) && children.length === 0
}

function textOf(file: VFile): string | undefined {
  const value: unknown = file.value
  if (typeof value === 'string') return value
  // Bytes (from unified-engine or to-vfile): read as the parsers read them, `String(file)`, so the
  // places agree with the tree's.
  if (value instanceof Uint8Array) return String(file)
  return undefined
}

/** Markdown for mdast, text for an nlcst tree read from the file's text; else why not. */
function formatOf(tree: Node, file: VFile): DocumentFormat | { reason: string; ruleId: string } {
  if (tree?.type === 'root') {
    const children = (tree as Node & { children?: Node[] }).children ?? []
    // hast and xast roots are `root` too: their text is HTML or XML, not Markdown.
    if (children.some((c) => c.type === 'element' || c.type === 'doctype' || c.type === 'instruction')) {
      return { reason: 'Cluetrain Lint checks Markdown (remark) and plain text (retext), not HTML or XML: this tree is not mdast.', ruleId: UNSUPPORTED_TREE_RULE }
    }
    return 'markdown'
  }
  if (tree?.type === 'RootNode') {
    // retext parses the file's text losslessly; an nlcst tree that is not the file's text was made
    // from another syntax (remark-retext from Markdown), and the file is read as Markdown.
    const text = textOf(file)
    return text === undefined || nlcstToString(tree as NlcstRoot) === text ? 'text' : 'markdown'
  }
  return {
    reason: `Cluetrain Lint checks Markdown (remark) and plain text (retext): a tree of type \`${String(tree?.type)}\` is not one of them.`,
    ruleId: UNSUPPORTED_TREE_RULE,
  }
}

type Settings = Omit<LintOptions, 'format'>

function checkOptions(options: Options | null | undefined): Settings {
  if (options === undefined || options === null) return {}
  const fail = (what: string): never => {
    throw new TypeError(`cluetrain-lint/unified: ${what}`)
  }
  if (typeof options !== 'object' || Array.isArray(options)) fail(`options must be an object, not ${describe(options)}`)
  const unknown = Object.keys(options).filter((k) => !KNOWN_OPTIONS.includes(k))
  if (unknown.length) fail(`unknown option ${unknown.map((k) => `“${k}”`).join(', ')} (known options: ${KNOWN_OPTIONS.join(', ')})`)
  if (options.language !== undefined && !['auto', 'en', 'fr'].includes(options.language)) fail(`“language” must be one of auto, en, fr, not ${describe(options.language)}`)
  if (options.locale !== undefined && !['en', 'fr'].includes(options.locale)) fail(`“locale” must be en or fr, not ${describe(options.locale)}`)
  if (options.ruleData !== undefined && (typeof options.ruleData !== 'object' || !Array.isArray(options.ruleData?.rules))) fail('“ruleData” must be a rule set (an object with `rules` and `families`)')

  const list: readonly unknown[] = options.config === undefined ? [] : Array.isArray(options.config) ? options.config : [options.config]
  const configs = list.map((config, i) => checkConfig(config, Array.isArray(options.config) ? `config[${i}]` : 'config', fail))
  const config = mergeConfigs(configs)
  const settings: Settings = {}
  const language = options.language ?? config.language
  if (language) settings.language = language
  if (options.locale) settings.locale = options.locale
  if (options.ruleData) settings.ruleData = options.ruleData
  if (configs.length) settings.config = { rules: config.rules, accept: config.accept, phrases: config.phrases, quotes: config.quotes }
  return settings
}

/** Validates one config object with the engine's own parser (JSON is YAML), so the rules are the file's. */
function checkConfig(config: unknown, name: string, fail: (what: string) => never): CluetrainConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) fail(`“${name}” must be an object, as in .cluetrain.yaml, not ${describe(config)}`)
  let json: string
  try {
    json = JSON.stringify(config, null, 2)
  } catch (error) {
    return fail(`“${name}” must be plain data, as in .cluetrain.yaml (${(error as Error).message})`)
  }
  try {
    return parseConfig(json, name)
  } catch (error) {
    if (error instanceof ConfigError) return fail(`invalid “${name}”: ${error.reason}`)
    throw error
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'string' ? `“${value}”` : typeof value
}
