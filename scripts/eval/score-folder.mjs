#!/usr/bin/env node
// Scores one folder of hand-marked copy that the eval does not read (session 35: fresh validation
// copy, marked before any tool ran, scored before and after rules written from other copy): per
// family recall over clear marks and precision over every finding, the misses and the false alarms.
//   npm run build && node scripts/eval/score-folder.mjs DIR [en|fr] [--json FILE]
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadAllMorphology } from '../../dist/engine/index.js'
import { FAMILIES, scoreMarked, total } from './score-marked.mjs'

const args = process.argv.slice(2)
const [dir, language = 'en'] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json')
if (!dir) throw new Error('usage: node scripts/eval/score-folder.mjs DIR [en|fr] [--json FILE]')
// As eval.mjs: parts of speech gate some entries, so the morphology data is loaded first.
await loadAllMorphology()
const scored = scoreMarked(resolve(dir), language)
const pct = (a, b) => (b ? `${((a * 100) / b).toFixed(0)}%` : '—')
console.log('| family | clear marks | found | findings | right | on debatable | recall | precision |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const family of FAMILIES) {
  const s = scored.families[family]
  if (!s.marks && !s.findings && !s.debatable) continue
  console.log(`| ${family} | ${s.marks} | ${s.found} | ${s.findings} | ${s.correct} | ${s.debatable} | ${pct(s.found, s.marks)} | ${pct(s.correct, s.findings)} |`)
}
const t = total(scored.families)
console.log(`| all (${scored.words} words) | ${t.marks} | ${t.found} | ${t.findings} | ${t.correct} | ${t.debatable} | ${pct(t.found, t.marks)} | ${pct(t.correct, t.findings)} |`)
console.log('\nMisses:\n' + scored.misses.map((m) => `- ${m}`).join('\n'))
console.log('\nFalse alarms:\n' + scored.falseAlarms.map((m) => `- ${m}`).join('\n'))
const onDebatable = scored.verdicts.filter((v) => v.verdict === 'debatable').map((v) => `- ${v.finding.principle.id} ${v.finding.ruleId} ${v.name}: “${v.finding.actual}”`)
console.log('\nOn debatable marks:\n' + onDebatable.join('\n'))
if (args.includes('--json')) writeFileSync(args[args.indexOf('--json') + 1], JSON.stringify({ families: scored.families, total: t, misses: scored.misses, falseAlarms: scored.falseAlarms }, null, 1))
