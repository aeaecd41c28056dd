// Baselines: `--write-baseline FILE` records today's findings; `--baseline FILE` then reports only
// the findings that are not in it. Findings are keyed by file (relative to the baseline file, so
// the baseline works from any working directory) and by fingerprint (see front-end-helpers/fingerprint.ts),
// with a count, so a third “leverage” in the same words is new even if two were baselined.
//
// Size. In the file each fingerprint is an object key, and V8's JSON.parse of millions of distinct
// keys grows faster than linearly: 19, 39 and 78 MB baselines took 1.6, 2.6 and 8.4 s to parse
// (CPU, one run). The filtering on top copied each file's record for each file linted and walked
// every key twice; it now checks the file and turns it into Maps in one walk, and costs 2 to 2.5
// times less (0.8, 2.5, 4.7 s → 0.4, 1.0, 1.8 s). And a baseline is at most BASELINE_MAX_BYTES,
// read and written (about 400,000 findings), where parsing still grows linearly.
import { dirname, relative, resolve, sep } from 'node:path'
import { readRegularFileSync, type FileReadError } from '../node/read-file.js'
import { writeAtomically } from './files.js'
import type { FileReport, ReportedFinding } from './format.js'

export const BASELINE_VERSION = 1
export const BASELINE_MAX_BYTES = 16_000_000

export interface BaselineFile {
  version: typeof BASELINE_VERSION
  tool: 'cluetrain-lint'
  /** file (relative to the baseline, forward slashes) → fingerprint → how many. */
  files: Record<string, Record<string, number>>
}

export class BaselineError extends Error {}

/** What a baseline records, as read: file (as in BaselineFile) → fingerprint → how many. */
export type RecordedFindings = Map<string, Map<string, number>>

export function readBaseline(path: string): RecordedFindings {
  let bytes: Buffer
  try {
    bytes = readRegularFileSync(path, BASELINE_MAX_BYTES)
  } catch (error) {
    throw new BaselineError(unreadable(path, error as FileReadError))
  }
  let data: unknown
  try {
    data = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new BaselineError(`baseline ${path} is not valid JSON (${(error as Error).message})`)
  }
  const recorded = recordedIn(data)
  if (!recorded) throw new BaselineError(`baseline ${path} is not a Cluetrain baseline (version ${BASELINE_VERSION}): write it again with --write-baseline`)
  return recorded
}

function unreadable(path: string, { problem, message }: FileReadError): string {
  if (problem.kind === 'system' && problem.code === 'ENOENT') return `baseline ${path} does not exist (create it with --write-baseline)`
  if (problem.kind === 'too-large') return `baseline ${path} is ${message}, the most a baseline may be: keep one baseline per part of the project`
  return problem.kind === 'system' ? `cannot read baseline ${path} (${problem.code})` : `cannot read baseline ${path}: ${message}`
}

/** The findings a BaselineFile records, checked and turned into Maps in one walk; undefined if it is not one. */
function recordedIn(data: unknown): RecordedFindings | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const { version, files } = data as Partial<BaselineFile>
  if (version !== BASELINE_VERSION || typeof files !== 'object' || files === null || Array.isArray(files)) return undefined
  const recorded: RecordedFindings = new Map()
  for (const file in files) {
    const counts = files[file]
    if (typeof counts !== 'object' || counts === null) return undefined
    const byFingerprint = new Map<string, number>()
    for (const fingerprint in counts) {
      const n = counts[fingerprint]
      if (!Number.isInteger(n) || n <= 0) return undefined
      byFingerprint.set(fingerprint, n)
    }
    recorded.set(file, byFingerprint)
  }
  return recorded
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
  const text = `${JSON.stringify(baseline, null, 2)}\n`
  // Written only if it can be read back.
  const bytes = Buffer.byteLength(text)
  if (bytes > BASELINE_MAX_BYTES) throw new BaselineError(`the baseline would be ${Math.round(bytes / 1e5) / 10} MB, more than the ${BASELINE_MAX_BYTES / 1e6} MB a baseline may be: write one baseline per part of the project`)
  writeAtomically(path, text)
}

export interface Filtered {
  messages: ReportedFinding[]
  /** Findings hidden because the baseline has them. */
  known: number
}

/** Drops the findings of one file that the baseline records, as many times as it records them. */
export function withoutBaselined(report: FileReport, absolute: string, baseline: RecordedFindings, baselinePath: string): Filtered {
  const recorded = baseline.get(keyOf(absolute, baselinePath))
  if (!recorded) return { messages: report.messages, known: 0 }
  const used = new Map<string, number>()
  let known = 0
  const messages = report.messages.filter((m) => {
    const seen = m.fingerprint ? (used.get(m.fingerprint) ?? 0) : 0
    if (!m.fingerprint || seen >= (recorded.get(m.fingerprint) ?? 0)) return true
    used.set(m.fingerprint, seen + 1)
    known++
    return false
  })
  return { messages, known }
}

function keyOf(absolute: string, baselinePath: string): string {
  return relative(dirname(resolve(baselinePath)), absolute).split(sep).join('/')
}
