#!/usr/bin/env node
// Writes rules/fr/anglicisms-franceterme.yaml: English terms for which FranceTerme, the French
// government's terminology base, publishes an official French term, selected for marketing copy
// (scripts/franceterme/select.mjs: copy domains, English that is not also French, not already
// listed), then checked on the clean French prose (test/corpus/clean/fr: documentation, fiction,
// legal text): an entry the engine flags there is left out, since a term that fires on clean prose
// is not an anglicism of copywriters. Prints what it left out and why. Run `npm run build` first
// (it lints with dist/engine), then `npm run build` again to compile the new list.
//   node scripts/import-franceterme.mjs FranceTerme.xml|terms.json --source "WHERE THE COPY CAME FROM" --retrieved YYYY-MM-DD
// The XML export is about 9 MB and not kept in the repository; the YAML it gives is.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultRuleData, lint } from '../dist/engine/index.js'
import { ordinaryWords } from '../dist/engine/generated/words-fr.js'
import { markdownFiles } from './eval/score-marked.mjs'
import { readFranceTerme } from './franceterme/read.mjs'
import { fold, selectEntries } from './franceterme/select.mjs'
import { ruleYaml, RULE } from './franceterme/rule-text.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'rules/fr', `${RULE.id}.yaml`)

/** English terms left out by judgement, with the reason (measures cannot see these). */
export const LEFT_OUT = new Map([
  ['podcast', 'an established loan in French, and the official term, « audio », is too vague to replace it'],
  ['slasher', 'also a genre of horror film in French (« un slasher »), where « pluriactif » would be wrong'],
  ['backpack', 'in copy, a bag; FranceTerme’s sense is a store of digital badges (« badgeothèque »)'],
  ['spoil', 'copy uses it as a noun (« sans spoil »), the official term is a verb (« divulgâcher »)'],
])

/** The phrases and exceptions of every other French rule: FranceTerme adds, never repeats. */
function otherPhrases() {
  const phrases = []
  for (const rule of defaultRuleData.rules.filter((r) => r.language === 'fr' && r.id !== RULE.id)) {
    for (const entry of rule.entries ?? []) if (!entry.pattern) phrases.push(...(entry.phrases ?? [entry.phrase]))
    phrases.push(...(rule.exceptions ?? []))
  }
  return phrases
}

// What the other rules flag already, singular or plural ("leads": people-as-segments): one finding a passage.
const PHRASE_KINDS = new Set(['existence', 'substitution', 'pattern'])
function flaggedByOthers(phrase) {
  const kindOf = new Map(defaultRuleData.rules.filter((r) => r.language === 'fr').map((r) => [r.id, r.kind]))
  for (const form of [phrase, phrase.replace(/([^s])$/, '$1s')]) {
    const found = lint(form, { language: 'fr' }).findings.find((f) => f.ruleId !== RULE.id && PHRASE_KINDS.has(kindOf.get(f.ruleId)) && f.offset === 0 && f.endOffset === form.length)
    if (found) return `${found.ruleId} (« ${form} »)`
  }
  return null
}

/** Other rules' phrases that hold an entry's words ("générer des leads" for "lead"): never flagged inside them. */
const containing = (entries, phrases) => phrases.filter((p) => entries.some((e) => fold(p) !== fold(e.phrase) && ` ${fold(p)} `.includes(` ${fold(e.phrase)} `)))

/** The rule as the engine reads it, with these entries. */
const ruleWith = (entries, exceptions = []) => ({ id: RULE.id, language: 'fr', ...RULE.fields, exceptions, entries: entries.map(({ phrase, suggest }) => ({ phrase, suggest })) })
const ruleDataWith = (rules) => ({ ...defaultRuleData, rules })

/** The entries the engine flags in clean prose, each with the words it flagged there. */
function firingOnCleanProse(entries) {
  const others = defaultRuleData.rules.filter((r) => !(r.language === 'fr' && r.id === RULE.id))
  const ruleData = ruleDataWith([...others, ruleWith(entries)])
  const flagged = new Set()
  for (const path of markdownFiles(join(root, 'test/corpus/clean/fr'))) {
    for (const f of lint(readFileSync(path, 'utf8'), { format: 'markdown', language: 'fr', ruleData }).findings) if (f.ruleId === RULE.id) flagged.add(f.actual)
  }
  // Which entry flagged each word: the one that flags it alone.
  const firing = new Map()
  for (const actual of flagged) {
    for (const entry of entries) {
      const alone = lint(actual, { language: 'fr', ruleData: ruleDataWith([ruleWith([entry])]) }).findings
      if (alone.length) firing.set(entry.phrase, [...(firing.get(entry.phrase) ?? []), actual])
    }
  }
  return firing
}

async function main() {
  const args = process.argv.slice(2)
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
  const source = option('--source')
  const retrieved = option('--retrieved')
  if (!input || !source || !/^\d{4}-\d{2}-\d{2}$/.test(retrieved ?? '')) {
    console.error('usage: node scripts/import-franceterme.mjs FranceTerme.xml|terms.json --source "WHERE THE COPY CAME FROM" --retrieved YYYY-MM-DD')
    process.exit(2)
  }
  const records = await readFranceTerme(input)
  const frenchWords = new Set(ordinaryWords().split('\n').map((line) => line.split('\t')[0]).filter(Boolean))
  const others = otherPhrases()
  const { entries: selected, rejects } = selectEntries(records, { frenchWords, taken: new Set(others.map(fold)) })
  const judged = []
  for (const entry of selected) {
    const flagged = LEFT_OUT.has(entry.phrase) ? null : flaggedByOthers(entry.phrase)
    if (LEFT_OUT.has(entry.phrase)) rejects.push({ english: entry.phrase, reason: LEFT_OUT.get(entry.phrase) })
    else if (flagged) rejects.push({ english: entry.phrase, reason: `already flagged by another rule: ${flagged}` })
    else judged.push(entry)
  }
  const firing = firingOnCleanProse(judged)
  for (const [phrase, words] of firing) rejects.push({ english: phrase, reason: `flagged in clean prose: ${words.slice(0, 3).join(', ')}` })
  const entries = judged.filter((e) => !firing.has(e.phrase))
  writeFileSync(out, ruleYaml(entries, containing(entries, others), { source, retrieved, records: records.length, rejected: rejects.length }))
  const byReason = new Map()
  for (const r of rejects) byReason.set(r.reason.replace(/:.*/, ''), [...(byReason.get(r.reason.replace(/:.*/, '')) ?? []), r])
  console.log(`Read ${records.length} articles; wrote ${entries.length} entries to ${out.slice(root.length + 1)}.`)
  for (const [reason, list] of byReason) console.log(`Left out, ${reason} (${list.length}): ${list.map((r) => r.reason.includes(':') ? `${r.english} [${r.reason.split(': ')[1]}]` : r.english).join('; ')}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
