#!/usr/bin/env node
// The development sets of issue #15's session 29 (copy vocabulary), sentence by sentence: each
// sentence of the development copy (test/corpus/real/<language>/dev, test/corpus/labelled/<language>,
// and the folders given with --also) linted alone, as the fix sets lint theirs, with this build and
// with another (--base DIR, a checkout of main built with `npm run build`). It counts the sentences
// where an entry that names the fields of its plain senses (`unless: { domains }` beyond
// literature) fires, and those of them where this build's finding is gone: in copy, each is a
// finding lost (a block with no word of copy: rules/registers/*.yaml `copy-vocabulary`). It prints
// the lost sentences, to read. The literal senses are counted by `npm run eval`
// (test/corpus/fixes/literal-dev-*.yaml).
//   node scripts/eval/copy-vocabulary.mjs --base /tmp/main-base [--also DIR]   (DIR: more copy, one folder per language, e.g. the shared op-eds)
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readMarks } from './marks.mjs'
import { markdownFiles } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const argument = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const base = argument('--base')
const also = argument('--also')
if (!base) throw new Error('usage: node scripts/eval/copy-vocabulary.mjs --base DIR [--also DIR]')
const engines = {
  branch: await import(pathToFileURL(join(root, 'dist/engine/index.js')).href),
  base: await import(pathToFileURL(join(base, 'dist/engine/index.js')).href),
}
await engines.branch.loadAllMorphology()
await engines.base.loadAllMorphology()

/** The rule data less the entries that name fields other than literature: what they alone find is theirs. */
function withoutFieldEntries(data) {
  const names = (entry) => (entry.unless?.domains ?? []).filter((name) => name !== 'literature')
  return { ...data, rules: data.rules.map((rule) => ({ ...rule, entries: rule.entries?.map((entry) => (names(entry).length ? { ...entry, phrase: undefined, phrases: ['zzqx unmatchable zzqx'], pattern: undefined } : entry)) })) }
}
const unfielded = withoutFieldEntries(engines.base.defaultRuleData)

/** The sentences of a Markdown or text file, marks removed, one per line of prose (no markup, link or code) split at its full stops. */
function sentences(path) {
  let text = readFileSync(path, 'utf8')
  if (text.includes('[[')) text = readMarks(text).text
  return text
    .split(/\n/)
    .map((line) => line.replace(/^\s*(?:#+|[-*+]|\d+\.|>)\s+/, '').trim())
    .filter((line) => line.length > 20 && !/^(?:```|\||<|!?\[)/.test(line) && !/https?:|`|\]\(/.test(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}«"“])/u))
    .filter((sentence) => sentence.split(/\s+/).length >= 5) // prose: not a heading, a link's label, a command
}

function files(language) {
  const dirs = [join(root, 'test/corpus/real', language, 'dev'), join(root, 'test/corpus/labelled', language)]
  const out = dirs.filter(existsSync).flatMap(markdownFiles)
  const extra = also && join(also, language)
  if (extra && existsSync(extra)) out.push(...readdirSync(extra).filter((n) => /\.(?:md|txt)$/.test(n)).map((n) => join(extra, n)))
  return out
}

/**
 * This build's rule data with one more field-naming entry, a probe word no text holds, read in a
 * sentence of its own before each sentence: it stands exactly when the block reads as copy.
 */
function withProbe(data, language) {
  const rules = data.rules.map((rule) =>
    rule.language === language && rule.id === 'buzzwords' ? { ...rule, entries: [...rule.entries, { phrase: 'zqprobe', unless: { domains: ['mechanics'], outsideCopy: true } }] } : rule,
  )
  return { ...data, rules }
}
const PROBE = 'Zqprobe. '
const probes = { en: withProbe(engines.branch.defaultRuleData, 'en'), fr: withProbe(engines.branch.defaultRuleData, 'fr') }
const readsAsCopy = (sentence, language) => engines.branch.lint(PROBE + sentence, { format: 'text', language, ruleData: probes[language] }).findings.some((f) => f.actual === 'Zqprobe')

const key = (f) => `${f.ruleId} ${f.offset} ${f.endOffset}`
for (const language of ['en', 'fr']) {
  let fired = 0
  let count = 0
  const notCopy = []
  const lost = []
  for (const path of files(language)) {
    for (const sentence of sentences(path)) {
      count++
      if (!readsAsCopy(sentence, language)) notCopy.push(sentence)
      const options = { format: 'text', language }
      const all = engines.base.lint(sentence, options).findings
      const without = new Set(engines.base.lint(sentence, { ...options, ruleData: unfielded }).findings.map(key))
      const theirs = all.filter((f) => !without.has(key(f)))
      if (!theirs.length) continue
      fired++
      const now = new Set(engines.branch.lint(sentence, options).findings.map(key))
      const gone = theirs.filter((f) => !now.has(key(f)))
      if (gone.length) lost.push(`“${gone[0].actual}” (${gone[0].ruleId}) in ${path.replace(root, '')}: ${sentence}`)
    }
  }
  console.log(`${language}: ${fired} sentences where a field-naming entry fires, ${fired - lost.length} keep it, ${lost.length} lose it`)
  for (const line of lost) console.log(`  - ${line}`)
  console.log(`${language}: ${notCopy.length} of ${count} sentences of copy read as no copy (an entry that names fields would be cancelled there)`)
  if (process.argv.includes('--list')) for (const line of notCopy) console.log(`  · ${line}`)
}
