// Scores the engine's findings against hand marks, file by file: per family (recall over clear
// marks, precision over every finding) and per rule (precision). A finding on a debatable mark
// counts neither for nor against; a debatable mark no finding touches is no miss.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { lint } from '../../dist/engine/index.js'
import { readMarks } from './marks.mjs'

export const FAMILIES = Array.from({ length: 12 }, (_, i) => `F${i + 1}`)
// Families judged over a paragraph: a finding anywhere in the marked paragraph counts.
const PARAGRAPH_FAMILIES = new Set(['F5', 'F7', 'F8'])

/** Markdown files under `dir`, sorted, recursively. */
export function markdownFiles(dir) {
  const out = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path))
    else if (name.endsWith('.md') && name !== 'README.md') out.push(path)
  }
  return out
}

function paragraphOf(text, offset) {
  const before = text.lastIndexOf('\n\n', offset)
  const after = text.indexOf('\n\n', offset)
  return [before < 0 ? 0 : before, after < 0 ? text.length : after]
}

const overlaps = (finding, mark) => finding.offset < mark.end && finding.endOffset > mark.start

function sameFamily(text, finding, mark) {
  if (finding.principle.id !== mark.family) return false
  if (overlaps(finding, mark)) return true
  if (!PARAGRAPH_FAMILIES.has(mark.family)) return false
  const [a, b] = paragraphOf(text, mark.start)
  return finding.offset >= a && finding.offset < b
}

const emptyCount = () => ({ marks: 0, found: 0, findings: 0, correct: 0, debatable: 0 })

/**
 * Lints every file under `dir` and counts. `anyFamily` also credits a finding that overlaps a
 * clear mark of another family (the passage was flagged, under another principle), so taxonomy
 * disagreements can be told from noise.
 */
export function scoreMarked(dir, language) {
  const families = Object.fromEntries(FAMILIES.map((f) => [f, emptyCount()]))
  const rules = {}
  const anyFamily = emptyCount()
  const misses = []
  const falseAlarms = []
  // Every finding with its verdict (right, debatable or wrong, and the family of a clear mark a wrong
  // one overlaps, if any), for scripts that sort the false alarms by cause (dev-false-alarms.mjs).
  const verdicts = []
  // Every clear mark no finding of its family found, with the findings of other families that overlap
  // it (family-disagreements.mjs: marks covered only under another principle).
  const missedMarks = []
  let words = 0
  for (const path of markdownFiles(dir)) {
    const name = relative(dir, path)
    const { text, marks } = readMarks(readFileSync(path, 'utf8'))
    const { findings, words: w } = lint(text, { format: 'markdown', language })
    words += w
    const clear = marks.filter((m) => !m.debatable)
    const debatable = marks.filter((m) => m.debatable)
    for (const mark of clear) {
      families[mark.family].marks++
      anyFamily.marks++
      if (findings.some((f) => sameFamily(text, f, mark))) families[mark.family].found++
      else {
        misses.push(`${language} ${mark.family} ${name}: “${mark.text}”`)
        missedMarks.push({ name, text, mark, overlapping: findings.filter((f) => overlaps(f, mark)) })
      }
      if (findings.some((f) => sameFamily(text, f, mark) || overlaps(f, mark))) anyFamily.found++
    }
    for (const f of findings) {
      const family = families[f.principle.id]
      const rule = (rules[f.ruleId] ??= { family: f.principle.id, ...emptyCount() })
      if (clear.some((m) => sameFamily(text, f, m))) {
        for (const c of [family, rule, anyFamily]) c.findings++, c.correct++
        verdicts.push({ name, text, finding: f, verdict: 'right' })
      } else if (debatable.some((m) => sameFamily(text, f, m) || overlaps(f, m))) {
        for (const c of [family, rule, anyFamily]) c.debatable++
        verdicts.push({ name, text, finding: f, verdict: 'debatable' })
      } else {
        family.findings++
        rule.findings++
        anyFamily.findings++
        const otherFamily = clear.find((m) => overlaps(f, m))?.family
        if (otherFamily) anyFamily.correct++
        else falseAlarms.push(`${language} ${f.principle.id} ${f.ruleId} ${name}:${f.line}: “${f.actual.replace(/\s+/g, ' ').slice(0, 60)}”`)
        verdicts.push({ name, text, finding: f, verdict: 'wrong', otherFamily })
      }
    }
  }
  return { families, rules, anyFamily, words, misses, missedMarks, falseAlarms, verdicts }
}

/** Sums the families' counts. */
export function total(families) {
  const sum = emptyCount()
  for (const counts of Object.values(families)) for (const k of Object.keys(sum)) sum[k] += counts[k]
  return sum
}

/** The sentence around [start, end): from the last sentence end or blank line before it to the next after it. */
export function sentenceAround(text, start, end) {
  let a = start
  while (a > 0 && !/[.!?]\s/.test(text.slice(a - 2, a)) && text.slice(a - 2, a) !== '\n\n') a--
  let b = end
  while (b < text.length && !/[.!?](\s|$)/.test(text.slice(b, b + 2)) && text.slice(b, b + 2) !== '\n\n') b++
  return text.slice(a, Math.min(text.length, b + 1)).replace(/\s+/g, ' ').trim()
}
