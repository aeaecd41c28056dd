// `cluetrain`: the command-line front end. Exit codes: 0 clean, 1 errors or too many warnings,
// 2 usage or configuration error.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, CUSTOM_RULE_ID, defaultRuleData, type CluetrainConfig, type Language, type LanguageSetting } from '../engine/index.js'
import { ConfigFinder } from './config-files.js'
import { availableParallelism } from 'node:os'
import { expandArguments, formatOf } from './files.js'
import type { FileTask } from './lint-file.js'
import { lintAll } from './parallel.js'
import { FORMATS, formatReports, type FileReport, type Format } from './format.js'
import { listRules } from './rules-command.js'
import { rulesMarkdown } from './rules-doc.js'

export interface Io {
  cwd: string
  stdout: (s: string) => void
  stderr: (s: string) => void
  color: boolean
}

const USAGE = `Usage:
  cluetrain lint [paths|globs...] [--format stylish|json] [--language auto|en|fr]
                 [--locale en|fr] [--max-warnings N] [--max-file-size MB] [--jobs N]
  cluetrain rules [--language en|fr] [--format stylish|json|markdown]
  cluetrain --help | --version

Lints Markdown (.md) and plain text (.txt) copy for corporate-speak. Folders are searched for
prose files; .cluetrain.yaml files are found upward from each file.
Exit codes: 0 clean, 1 errors or more warnings than --max-warnings, 2 usage or config error.`

class UsageError extends Error {}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cluetrain: ${error.message}\n\n${USAGE}\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr(`cluetrain: configuration error in ${relative(io.cwd, error.path) || error.path}:${error.line}: ${error.reason}\n`)
      return 2
    }
    throw error
  }
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return command ? 0 : 2
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version()}\n`)
    return 0
  }
  const { values, positionals } = parse(rest)
  if (command === 'rules') {
    if (values.format === 'markdown') {
      io.stdout(rulesMarkdown())
      return 0
    }
    const format = oneOf(values.format ?? 'stylish', FORMATS, 'format') as Format
    const language = values.language && values.language !== 'auto' ? (oneOf(values.language, ['en', 'fr'], 'language') as Language) : undefined
    io.stdout(listRules(format, language, io.color))
    return 0
  }
  if (command !== 'lint') throw new UsageError(`unknown command “${command}”`)
  const format = oneOf(values.format ?? 'stylish', FORMATS, 'format') as Format
  return lintCommand(positionals.length ? positionals : ['.'], values, format, io)
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        language: { type: 'string', short: 'l' },
        locale: { type: 'string' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

type Values = ReturnType<typeof parse>['values']

async function lintCommand(targets: string[], values: Values, format: Format, io: Io): Promise<number> {
  const cliLanguage = values.language ? (oneOf(values.language, ['auto', 'en', 'fr'], 'language') as LanguageSetting) : undefined
  const locale = values.locale ? (oneOf(values.locale, ['en', 'fr'], 'locale') as Language) : undefined
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : wholeNumber(values['max-warnings'], 'max-warnings')
  const maxBytes = values['max-file-size'] === undefined ? 10e6 : wholeNumber(values['max-file-size'], 'max-file-size') * 1e6
  const jobs = values.jobs === undefined ? undefined : Math.max(1, wholeNumber(values.jobs, 'jobs'))

  const { files, missing } = await expandArguments(targets, io.cwd)
  for (const arg of missing) io.stderr(`cluetrain: no Markdown or text files found for “${arg}”\n`)
  if (!files.length) return 2

  const configs = new ConfigFinder()
  const reports: FileReport[] = []
  const warned = new Set<string>()
  const tasks: FileTask[] = []
  for (const path of files) {
    const effective = configs.forFile(path)
    for (const { path: configPath, config } of effective.files) {
      if (warned.has(configPath)) continue
      warned.add(configPath)
      for (const id of unknownRuleIds(config)) io.stderr(`cluetrain: ${relative(io.cwd, configPath) || configPath}: unknown rule “${id}” (see \`cluetrain rules\`)\n`)
    }
    if (configs.isIgnored(path, effective)) continue
    const options = { format: formatOf(path), language: cliLanguage ?? effective.config.language ?? 'auto', config: effective.config, locale }
    tasks.push({ path, display: relative(io.cwd, path) || path, maxBytes, options })
  }
  let index = 0
  for await (const outcome of lintAll(tasks, jobs ?? (tasks.length >= 16 ? Math.min(availableParallelism(), 4) : 1))) {
    const task = tasks[index++]
    if ('skipped' in outcome) io.stderr(`cluetrain: skipped ${task.display}: ${outcome.skipped}\n`)
    else reports.push(outcome.report)
  }
  io.stdout(formatReports(reports, format, io.color && format === 'stylish'))
  const all = reports.flatMap((r) => r.messages)
  const errors = all.filter((m) => m.severity === 'error').length
  const warnings = all.filter((m) => m.severity === 'warning').length
  if (warnings > maxWarnings) io.stderr(`cluetrain: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
  return errors > 0 || warnings > maxWarnings ? 1 : 0
}

function unknownRuleIds(config: CluetrainConfig): string[] {
  const known = new Set([...defaultRuleData.rules.map((r) => r.id), CUSTOM_RULE_ID])
  return Object.keys(config.rules ?? {}).filter((id) => !known.has(id))
}

function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not “${value}”`)
  return value
}

function wholeNumber(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not “${value}”`)
  return Number(value)
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}
