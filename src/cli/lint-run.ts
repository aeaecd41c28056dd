// What `lint` and `audit` share: expand the arguments, find each file's config, lint the files
// (on worker threads when there are many), and drop what a baseline already records.
import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { relative, sep } from 'node:path'
import * as engine from '../engine/index.js'
import { CUSTOM_RULE_ID, defaultRuleData, type CluetrainConfig, type Language, type LanguageSetting } from '../engine/index.js'
import { ConfigWalker } from '../node/config-walker.js'
import { withoutBaselined, type RecordedFindings } from './baseline.js'
import { formatOfPath } from '../node/document-files.js'
import { nodeConfigFs } from '../node/node-config-fs.js'
import { expandArguments } from './files.js'
import type { FileReport } from './format.js'
import type { FileTask } from './lint-file.js'
import { safeLine } from './output-safety.js'
import { lintAll } from './parallel.js'

export interface RunSettings {
  language?: LanguageSetting
  locale?: Language
  maxBytes: number
  jobs?: number
  /** Whether findings need fingerprints (baselines, JSON, SARIF). */
  fingerprints?: boolean
  baseline?: { path: string; data: RecordedFindings }
}

export interface LintRun {
  reports: FileReport[]
  /** Absolute path of each report's file. */
  absolute: string[]
  skipped: Array<{ path: string; reason: string }>
  /** Findings left out because the baseline has them. */
  known: number
}

interface Messages {
  cwd: string
  stderr: (s: string) => void
}

/** undefined when the arguments name no prose file (already said on stderr). */
export async function lintTargets(targets: readonly string[], settings: RunSettings, io: Messages): Promise<LintRun | undefined> {
  const { files, missing, unreadable } = await expandArguments(targets, io.cwd)
  for (const arg of missing) io.stderr(safeLine`cluetrain: no Markdown or text files found for “${arg}”\n`)
  const folders = unreadable.map(({ path, reason }) => ({ path: displayPath(path, io.cwd), reason: `${reason}; the files in this folder are not linted` }))
  for (const { path, reason } of folders) io.stderr(safeLine`cluetrain: skipped ${path}: ${reason}\n`)
  if (!files.length) return undefined

  // A broken config is thrown: the run stops with exit code 2 (main.ts).
  const configs = new ConfigWalker(nodeConfigFs, () => engine)
  const warned = new Set<string>()
  const tasks: FileTask[] = []
  for (const path of files) {
    const effective = await configs.forFile(path)
    for (const { path: configPath, config } of effective.files) {
      if (warned.has(configPath)) continue
      warned.add(configPath)
      for (const id of unknownRuleIds(config)) io.stderr(safeLine`cluetrain: ${relative(io.cwd, configPath) || configPath}: unknown rule “${id}” (see \`cluetrain rules\`)\n`)
    }
    if (configs.isIgnored(path, effective)) continue
    const options = { format: formatOfPath(path), language: settings.language ?? effective.config.language ?? 'auto', config: effective.config, locale: settings.locale }
    tasks.push({ path, display: displayPath(path, io.cwd), maxBytes: settings.maxBytes, options, fingerprints: Boolean(settings.fingerprints || settings.baseline) })
  }

  const run: LintRun = { reports: [], absolute: [], skipped: [...folders], known: 0 }
  const jobs = settings.jobs ?? defaultJobs(tasks)
  let index = 0
  for await (const outcome of lintAll(tasks, jobs)) {
    const task = tasks[index++]
    if ('skipped' in outcome) {
      io.stderr(safeLine`cluetrain: skipped ${task.display}: ${outcome.skipped}\n`)
      run.skipped.push({ path: task.display, reason: outcome.skipped })
      continue
    }
    let report = outcome.report
    if (settings.baseline) {
      const { messages, known } = withoutBaselined(report, task.path, settings.baseline.data, settings.baseline.path)
      report = { ...report, messages }
      run.known += known
    }
    run.reports.push(report)
    run.absolute.push(task.path)
  }
  return run
}

/** A file as every output names it: relative to the working folder, with `/` between folders. On POSIX a backslash is part of a file name and stays. */
function displayPath(path: string, cwd: string): string {
  return (relative(cwd, path) || path).split(sep).join('/')
}

/**
 * How many threads lint (the main thread and jobs − 1 workers), when `--jobs` does not say. A
 * worker loads the engine, compiles the rules and warms up its code before it is as fast as the
 * main thread, and two threads' work costs more CPU than one thread's (each warms its own code and
 * caches): on 2 cores the 2,000 README files (12.6 MB) took 1.24× the CPU with 2 threads, 1.12× for
 * the first 800 (5 MB), 1.29× for the first 200 (1.3 MB), for less wall time where a core is free
 * (all 2,000 on a quiet machine: 4.75 s against 6.29 s, 0.75×, at 1.19× the CPU) and more on a busy
 * one (docs/performance.md, "Session 30: the 2,000-file workspace"). Under
 * 2 MB (about a second of one thread's lint) the worker's start is too large a share: one thread.
 */
const THREADS_FROM_BYTES = 2e6
/** Beyond this, the main thread hands out files more than it lints (untested on more than 2 cores). */
const MOST_THREADS = 4

export function defaultJobs(tasks: readonly Pick<FileTask, 'path'>[], cores = availableParallelism()): number {
  if (tasks.length < 2 || cores < 2) return 1
  let bytes = 0
  for (const task of tasks) {
    bytes += statSync(task.path, { throwIfNoEntry: false })?.size ?? 0
    if (bytes >= THREADS_FROM_BYTES) return Math.min(cores, MOST_THREADS)
  }
  return 1
}

function unknownRuleIds(config: CluetrainConfig): string[] {
  const known = new Set([...defaultRuleData.rules.map((r) => r.id), CUSTOM_RULE_ID])
  return Object.keys(config.rules ?? {}).filter((id) => !known.has(id))
}
