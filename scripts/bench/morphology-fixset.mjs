#!/usr/bin/env node
// What the morphology layer alone would make of the fix test set (test/corpus/fixes, the issue's
// measure; the layer's context rules were never tuned on it): for each flagged case, the flagged
// word is read with the rule's lemma, every suggestion of the rule's entry is inflected to it, the
// words around are agreed, and the sentence is compared with the accepted ones. A case is
// `correct` when a fix marked safe gives an accepted sentence, `withheld` when no fix is safe, and
// `broken` when a safe fix gives a sentence nobody accepted. Needs the build (dist/).
//   node scripts/bench/morphology-fixset.mjs [--list broken|withheld] [--trust-guesses] [--json FILE]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readCases, ruleEntries } from '../../test/corpus/fixes/check.mjs'
import { tokenize } from './morphology.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const M = await import(`${root}dist/engine/morphology/index.js`)
const args = process.argv.slice(2)
const listing = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
const sameSentence = (a, b) => a.replace(/[’‘]/g, "'") === b.replace(/[’‘]/g, "'")

const results = {}
for (const language of ['en', 'fr']) {
  await M.loadMorphology(language)
  const rules = ruleEntries(language)
  const tally = {}
  for (const c of readCases(language)) {
    if (c.category === 'literal-sense') continue
    const entry = (rules[c.rule] ?? []).find((e) => [e.phrase, ...(e.phrases ?? []), e.pattern].filter(Boolean).some((p) => fold(p) === fold(c.lemma ?? '')))
    if (!entry) continue
    // A French flagged span that starts with an elided article ("L’implémentation"): the article is
    // the word before the replacement, for agreeAround.
    const article = language === 'fr' ? /^\p{L}{1,2}['’]/u.exec(c.flagged)?.[0] ?? '' : ''
    const flagged = c.flagged.slice(article.length)
    const start = c.text.indexOf(c.flagged) + article.length
    const before = c.text.slice(0, start)
    const after = c.text.slice(start + flagged.length)
    const words = tokenize(c.text, language)
    // The head of a flagged phrase: the word written differently from the rule's lemma (the one
    // inflected: "moved the needle"); when none is, in English the last word if it reads as a noun
    // ("pain points"), else the first.
    const first = tokenize(before, language).length
    const flaggedWords = tokenize(flagged, language)
    const lemmaWords = tokenize(c.lemma.slice(/^\p{L}{1,2}['’]/u.exec(c.lemma)?.[0].length ?? 0), language)
    const changed = flaggedWords.findIndex((w, k) => fold(w) !== fold(lemmaWords[k] ?? ''))
    const last = flaggedWords.length - 1
    const lastReading = M.readWord(words, first + last, language, { lemma: lemmaWords[last] })
    const head = changed >= 0 ? changed : language === 'en' && last > 0 && lastReading?.pos === 'noun' ? last : 0
    const index = first + head
    const reading = M.readWord(words, index, language, { lemma: lemmaWords[head] ?? lemmaWords[0] })
    const original = flagged
    const tries = [].concat(entry.suggest).map((suggestion) => {
      const inflected = reading ? M.inflect(suggestion, language, reading, { original, words, index }) : { text: suggestion, safe: false, why: 'no reading' }
      const agreed = M.agreeAround(before, inflected.text, language, after)
      const sentence = agreed.before + agreed.replacement + (agreed.after ?? after)
      // --trust-guesses: what the fixes would be if a reading guessed from a first-group ending, whose
      // lemma the rule confirms, counted as safe (the layer withholds them).
      const guessed = args.includes('--trust-guesses') && reading?.source === 'guess' && inflected.why?.includes('ending only')
      return { sentence, safe: (inflected.safe || guessed) && agreed.safe, why: inflected.why ?? agreed.why, accepted: c.accept.some((a) => sameSentence(a, sentence)) }
    })
    const safe = tries.filter((t) => t.safe)
    const verdict = !safe.length ? 'withheld' : safe.some((t) => t.accepted) ? 'correct' : 'broken'
    const t = (tally[c.category] ??= { correct: 0, withheld: 0, broken: 0 })
    t[verdict]++
    if (listing === verdict) console.log(`${c.id} [${c.category}] ${c.flagged} (${JSON.stringify(reading)}): ${(verdict === 'withheld' ? tries : safe).map((x) => `${x.sentence}${x.why ? ` — ${x.why}` : ''}`).join(' | ')}`)
  }
  results[language] = tally
}

for (const [language, tally] of Object.entries(results)) {
  const total = { correct: 0, withheld: 0, broken: 0 }
  console.log(`\n${language}: category | correct | withheld | broken`)
  for (const [category, t] of Object.entries(tally).sort()) {
    console.log(`${category} | ${t.correct} | ${t.withheld} | ${t.broken}`)
    for (const k of Object.keys(total)) total[k] += t[k]
  }
  console.log(`all | ${total.correct} | ${total.withheld} | ${total.broken}`)
}
if (args.includes('--json')) writeFileSync(args[args.indexOf('--json') + 1], JSON.stringify(results, null, 2))
