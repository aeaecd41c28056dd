// Baselines: `--write-baseline FILE` records today's findings; `--baseline FILE` then reports only
// the findings that are not in it. Findings are keyed by file (relative to the baseline file, so
// the baseline works from any working directory) and by fingerprint (see engine/fingerprint.ts),
// with a count, so a third “leverage” in the same words is new even if two were baselined.
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { writeAtomically } from './files.js'
import type { FileReport, ReportedFinding } from './format.js'

export const BASELINE_VERSION = 1

export interface BaselineFile {
  version: typeof BASELINE_VERSION
  tool: 'cluetrain-lint'
  /** file (relative to the baseline, forward slashes) → fingerprint → how many. */
  files: Record<string, Record<string, number>>
}

export class BaselineError extends Error {}

export function readBaseline(path: string): BaselineFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BaselineError(code === 'ENOENT' ? `baseline ${path} does not exist (create it with --write-baseline)` : `cannot read baseline ${path} (${code})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new BaselineError(`baseline ${path} is not valid JSON (${(error as Error).message})`)
  }
  if (!isBaseline(data)) throw new BaselineError(`baseline ${path} is not a Cluetrain baseline (version ${BASELINE_VERSION}): write it again with --write-baseline`)
  return data
}

function isBaseline(data: unknown): data is BaselineFile {
  if (typeof data !== 'object' || data === null) return false
  const { version, files } = data as Partial<BaselineFile>
  if (version !== BASELINE_VERSION || typeof files !== 'object' || files === null || Array.isArray(files)) return false
  return Object.values(files).every((counts) => typeof counts === 'object' && counts !== null && Object.values(counts).every((n) => Number.isInteger(n) && n > 0))
}

/** `absolute`: the file's absolute path for each report, in order. */
export function baselineOf(reports: readonly FileReport[], absolute: readonly string[], baselinePath: string): BaselineFile {
  const files: BaselineFile['files'] = {}
  reports.forEach((report, i) => {
    const counts: Record<string, number> = {}
    for (const m of report.messages) if (m.fingerprint) counts[m.fingerprint] = (counts[m.fingerprint] ?? 0) + 1
    if (Object.keys(counts).length) files[keyOf(absolute[i], baselinePath)] = counts
  })
  return { version: BASELINE_VERSION, tool: 'cluetrain-lint', files }
}

export function writeBaseline(path: string, baseline: BaselineFile): void {
  writeAtomically(path, `${JSON.stringify(baseline, null, 2)}\n`)
}

export interface Filtered {
  messages: ReportedFinding[]
  /** Findings hidden because the baseline has them. */
  known: number
}

/** Drops the findings of one file that the baseline records, as many times as it records them. */
export function withoutBaselined(report: FileReport, absolute: string, baseline: BaselineFile, baselinePath: string): Filtered {
  const remaining = { ...baseline.files[keyOf(absolute, baselinePath)] }
  let known = 0
  const messages = report.messages.filter((m) => {
    if (!m.fingerprint || !remaining[m.fingerprint]) return true
    remaining[m.fingerprint]--
    known++
    return false
  })
  return { messages, known }
}

function keyOf(absolute: string, baselinePath: string): string {
  return relative(dirname(resolve(baselinePath)), absolute).split(sep).join('/')
}
