// The human-voice score shown in the editor's status bar and in reports, defined once here.
//
//   score = max(0, round(100 − Σ cost)),  cost of a finding = weight × 100 / max(words, 100)
//
// × POINTS_PER_WEIGHT, with weight 3 for an error, 2 for a warning and 1 for an info: in a
// 100-word text a warning costs 20 points, in a 1,000-word text 2 points. A text shorter than 100
// words is judged as if it had 100, so one slip in a tweet does not sink it. No findings: 100.
import type { Finding } from './finding.js'
import type { Severity } from '../rules/rule-data.js'

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 }
/** Points one unit of weight costs in a 100-word text: a warning in 100 words costs 20 points. */
export const POINTS_PER_WEIGHT = 10
const MIN_WORDS = 100

export interface ScoreLine {
  ruleId: string
  count: number
  points: number
}

export interface Score {
  score: number
  words: number
  /** What each rule cost, most first. */
  costs: ScoreLine[]
}

export function scoreOf(findings: readonly Finding[], words: number): Score {
  const scale = (POINTS_PER_WEIGHT * 100) / Math.max(words, MIN_WORDS)
  const byRule = new Map<string, ScoreLine>()
  for (const f of findings) {
    const line = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, count: 0, points: 0 }
    line.count++
    line.points += SEVERITY_WEIGHT[f.severity] * scale
    byRule.set(f.ruleId, line)
  }
  const costs = [...byRule.values()].sort((a, b) => b.points - a.points).map((l) => ({ ...l, points: Math.round(l.points * 10) / 10 }))
  const total = [...byRule.values()].reduce((n, l) => n + l.points, 0)
  return { score: Math.max(0, Math.round(100 - total)), words, costs }
}
