#!/usr/bin/env node
// `npm run eval`: precision, recall and F1 per family and language on the labelled corpus
// (test/corpus/labelled/<language>/*.md, marks written as [[F2|world-class]]), and false alarms
// per 1,000 words on a clean public-domain control corpus. Prints a table and writes
// docs/quality.md. The corpus measures the rules; it is not tuned against, rule by rule.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lint } from '../../dist/engine/index.js'
import { loadControlCorpus } from './control-corpus.mjs'
import { readMarks } from './marks.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const LANGUAGES = ['en', 'fr']
const FAMILIES = Array.from({ length: 12 }, (_, i) => `F${i + 1}`)
// Families judged over a paragraph: a finding anywhere in the marked paragraph counts.
const PARAGRAPH_FAMILIES = new Set(['F5', 'F7', 'F8'])
const TARGET = { precision: 0.9, recall: 0.9, falseAlarms: 1 }

function paragraphOf(text, offset) {
  const before = text.lastIndexOf('\n\n', offset)
  const after = text.indexOf('\n\n', offset)
  return [before < 0 ? 0 : before, after < 0 ? text.length : after]
}

function matches(text, finding, mark) {
  if (finding.principle.id !== mark.family) return false
  if (finding.offset < mark.end && finding.endOffset > mark.start) return true
  if (!PARAGRAPH_FAMILIES.has(mark.family)) return false
  const [a, b] = paragraphOf(text, mark.start)
  return finding.offset >= a && finding.offset < b
}

function evaluateLabelled(language) {
  const dir = join(root, 'test/corpus/labelled', language)
  const stats = Object.fromEntries(FAMILIES.map((f) => [f, { marks: 0, found: 0, findings: 0, correct: 0 }]))
  // Also: findings that overlap a mark of another family (the copywriter flagged the passage,
  // under another principle), so taxonomy disagreements can be told from noise.
  const anyFamily = { marks: 0, found: 0, findings: 0, correct: 0 }
  let words = 0
  const misses = []
  const falseAlarms = []
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []) {
    const { text, marks } = readMarks(readFileSync(join(dir, name), 'utf8'))
    const { findings, words: w } = lint(text, { format: 'markdown' })
    words += w
    const overlaps = (f, m) => matches(text, f, m) || (f.offset < m.end && f.endOffset > m.start)
    anyFamily.marks += marks.length
    anyFamily.found += marks.filter((m) => findings.some((f) => overlaps(f, m))).length
    anyFamily.findings += findings.length
    anyFamily.correct += findings.filter((f) => marks.some((m) => overlaps(f, m))).length
    for (const mark of marks) {
      stats[mark.family].marks++
      if (findings.some((f) => matches(text, f, mark))) stats[mark.family].found++
      else misses.push(`${language} ${mark.family} ${name}: “${mark.text}”`)
    }
    for (const f of findings) {
      const family = f.principle.id
      stats[family].findings++
      if (marks.some((mark) => matches(text, f, mark))) stats[family].correct++
      else falseAlarms.push(`${language} ${family} ${f.ruleId} ${name}:${f.line}: “${f.actual.replace(/\s+/g, ' ').slice(0, 60)}”`)
    }
  }
  return { stats, words, misses, falseAlarms, anyFamily }
}

async function evaluateControl(language) {
  const corpus = await loadControlCorpus(language)
  let words = 0
  const byRule = {}
  let findings = 0
  const examples = []
  for (const doc of corpus.documents) {
    const result = lint(doc.text, { format: 'text', language })
    words += result.words
    findings += result.findings.length
    for (const f of result.findings) {
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
      if (examples.length < 40) examples.push(`${language} ${f.ruleId} ${doc.name}: “${f.actual.replace(/\s+/g, ' ').slice(0, 60)}”`)
    }
  }
  const density = ['long-sentences', 'readability', 'light-verbs', 'nominalisations'].reduce((n, r) => n + (byRule[r] ?? 0), 0)
  return { source: corpus.source, licence: corpus.licence, words, findings, perThousand: (findings * 1000) / Math.max(1, words), withoutF7: ((findings - density) * 1000) / Math.max(1, words), byRule, examples }
}

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—')
const ratio = (a, b) => (b ? a / b : NaN)

const rows = []
const details = []
const control = {}
for (const language of LANGUAGES) {
  const { stats, words, misses, falseAlarms, anyFamily } = evaluateLabelled(language)
  const total = { marks: 0, found: 0, findings: 0, correct: 0 }
  for (const family of FAMILIES) {
    const s = stats[family]
    if (!s.marks && !s.findings) continue
    for (const k of Object.keys(total)) total[k] += s[k]
    const p = ratio(s.correct, s.findings)
    const r = ratio(s.found, s.marks)
    rows.push([language, family, s.marks, s.findings, pct(p), pct(r), pct((2 * p * r) / (p + r))])
  }
  const p = ratio(total.correct, total.findings)
  const r = ratio(total.found, total.marks)
  rows.push([language, `all (${words} words)`, total.marks, total.findings, pct(p), pct(r), pct((2 * p * r) / (p + r))])
  const pa = ratio(anyFamily.correct, anyFamily.findings)
  const ra = ratio(anyFamily.found, anyFamily.marks)
  rows.push([language, 'all, any family', anyFamily.marks, anyFamily.findings, pct(pa), pct(ra), pct((2 * pa * ra) / (pa + ra))])
  details.push({ language, misses, falseAlarms, precision: p, recall: r })
  control[language] = await evaluateControl(language)
}

const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n')
const labelled = table(['language', 'family', 'marked', 'findings', 'precision', 'recall', 'F1'], rows)
const controlTable = table(
  ['language', 'control corpus', 'words', 'findings', 'per 1,000 words', 'without F7', 'by rule'],
  LANGUAGES.map((l) => [l, control[l].source, control[l].words, control[l].findings, control[l].perThousand.toFixed(2), control[l].withoutF7.toFixed(2), Object.entries(control[l].byRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || '—']),
)
const verdicts = LANGUAGES.map((l) => {
  const d = details.find((x) => x.language === l)
  const ok = (x, t) => (x >= t ? 'met' : 'NOT met')
  return `- ${l}: precision ${pct(d.precision)} (target 90%: ${ok(d.precision, TARGET.precision)}), recall ${pct(d.recall)} (target 90%: ${ok(d.recall, TARGET.recall)}), control ${control[l].perThousand.toFixed(2)} per 1,000 words (target ≤ 1: ${control[l].perThousand <= TARGET.falseAlarms ? 'met' : 'NOT met'}).`
})
console.log(`${labelled}\n\n${controlTable}\n\n${verdicts.join('\n')}`)

const notesFile = join(root, 'docs/quality-notes.md')
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : ''
const list = (xs) => (xs.length ? xs.slice(0, 60).map((x) => `- ${x}`).join('\n') + (xs.length > 60 ? `\n- … and ${xs.length - 60} more` : '') : '- none')
writeFileSync(
  join(root, 'docs/quality.md'),
  `# Rule quality

<!-- Written by \`npm run eval\` (scripts/eval/eval.mjs). Do not edit by hand: notes go in docs/quality-notes.md. -->

Measured on ${new Date().toISOString().slice(0, 10)} with the labelled corpus in \`test/corpus/labelled/\` (copy written for
measurement, every expected finding marked inline as \`[[F2|text]]\`) and a clean control corpus of public-domain prose.
A finding counts as correct when a mark of its family overlaps it (for F5, F7 and F8, which judge
paragraphs and sections, when it falls in the marked paragraph).

## Labelled corpus

${labelled}

## False alarms on clean prose

${controlTable}

## Against the targets

${verdicts.join('\n')}

${notes ? `## Notes\n\n${notes}\n\n` : ''}## Misses (marked, not found)

${list(details.flatMap((d) => d.misses))}

## False alarms on the labelled corpus (found, not marked)

${list(details.flatMap((d) => d.falseAlarms))}

## Control corpus findings (first 40 per language)

${list(LANGUAGES.flatMap((l) => control[l].examples))}
`,
)
