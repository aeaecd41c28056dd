#!/usr/bin/env node
// `npm run bench:morphology`: the kept benchmark of the morphology layer (issue #15; numbers in
// docs/morphology.md). On the development sentences of scripts/bench/morphology/sentences-*.yaml
// (written apart from the rules; the `heldout` cases were written after the context rules were
// frozen, never tuned on): analysis accuracy (lemma, part of speech, every feature), with and
// without the rule's lemma; end-to-end fixes (the chosen reading → inflect → the expected
// inflected suggestion: correct, withheld as unsafe, or wrong); French elision and contraction;
// then, in a fresh process, import cost, load time and memory of each data file, and the time per
// finding. Needs the build (dist/). `--json FILE` writes the numbers.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)

// A word, with French elision split off ("l'implémentation" → "l'", "implémentation").
const ELIDED = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu
export function tokenize(text, language) {
  const out = []
  for (const m of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    let w = m[0].replace(/^['’-]+|-+$/g, '')
    if (language === 'fr') for (let e; (e = ELIDED.exec(w)); w = w.slice(e[0].length)) out.push(e[0].replace('’', "'"))
    else if (/['’]s$/i.test(w)) w = w.slice(0, -2)
    w = w.replace(/['’]+$/, '')
    if (w) out.push(w)
  }
  return out
}

async function accuracy() {
  const M = await import(`${root}dist/engine/morphology/index.js`)
  await M.loadMorphology('en')
  await M.loadMorphology('fr')
  const report = {}
  for (const language of ['en', 'fr']) {
    const data = parse(readFileSync(`${root}scripts/bench/morphology/sentences-${language}.yaml`, 'utf8'))
    const tally = { dev: newTally(), heldout: newTally() }
    const wrong = []
    for (const c of data.cases) {
      const words = tokenize(c.text, language)
      let seen = 0
      const i = words.findIndex((w) => w === c.target && ++seen === (c.nth ?? 1))
      const t = tally[c.heldout ? 'heldout' : 'dev']
      const plain = M.chooseReading(words, i, language, M.analyse(words, i, language))
      const hinted = M.chooseReading(words, i, language, M.analyse(words, i, language, { lemma: c.expect.lemma }))
      t.cases++
      if (matches(c.expect, plain)) t.analysed++
      if (matches(c.expect, hinted)) t.hinted++
      if (!c.fix || !hinted) continue
      t.fixes++
      const got = M.inflect(c.suggest, language, hinted, { original: c.target, words, index: i })
      const ok = [].concat(c.fix).some((f) => same(f, got.text))
      if (!got.safe) { t.withheld++; wrong.push(`withheld: ${c.text} → ${got.text}: ${got.why}`) }
      else if (ok) t.correct++
      else { t.broken++; wrong.push(`${c.text} → ${got.text} (want ${[].concat(c.fix).join(' / ')})`) }
    }
    const context = (data.context ?? []).map((k) => {
      const agreed = M.agreeAround(`${k.det}${k.det.endsWith("'") ? '' : ' '}`, k.word, language)
      return same(k.expect, agreed.before + k.word)
    })
    report[language] = { ...tally, context: { correct: context.filter(Boolean).length, of: context.length }, wrong }
  }
  return report
}
const newTally = () => ({ cases: 0, analysed: 0, hinted: 0, fixes: 0, correct: 0, withheld: 0, broken: 0 })
const same = (a, b) => String(a).replace(/’/g, "'") === String(b).replace(/’/g, "'")
function matches(expect, got) {
  if (!got || got.lemma !== String(expect.lemma).toLowerCase() || ![].concat(expect.pos).includes(got.pos)) return false
  return Object.entries(expect).every(([k, v]) => k === 'lemma' || k === 'pos' || String(got[k]) === String(v))
}

// Run in a child process (`--cost`): what importing and first use cost, measured from a cold start.
async function cost() {
  const mb = () => process.memoryUsage().rss / 2 ** 20
  const t0 = performance.now()
  const rss0 = mb()
  const M = await import(`${root}dist/engine/morphology/index.js`)
  const importMs = performance.now() - t0
  const F = await import(`${root}dist/engine/morphology/french-lexicon.js`)
  const E = await import(`${root}dist/engine/morphology/english-lexicon.js`)
  const loadedAtImport = { fr: M.morphologyLoaded('fr'), en: M.morphologyLoaded('en') }
  const time = (f) => { const s = performance.now(); f(); return performance.now() - s }
  let s = performance.now()
  await M.loadMorphology('fr')
  const loadFrenchMs = performance.now() - s
  s = performance.now()
  await M.loadMorphology('en')
  const loadEnglishMs = performance.now() - s
  const frenchFormsMs = time(() => F.frenchEntries('impactées'))
  const frenchLemmasMs = time(() => F.frenchParadigm('toucher'))
  const frenchNounsMs = time(() => F.frenchNoun('solution'))
  const englishPosMs = time(() => E.englishTags('leverage'))
  const englishFormsMs = time(() => E.englishParadigm('draw'))
  global.gc?.()
  const rssMB = mb() - rss0
  // Time per finding: analyse + choose + inflect, no cache, over every word of the sentences.
  let findings = 0
  const perFinding = {}
  for (const language of ['en', 'fr']) {
    const cases = parse(readFileSync(`${root}scripts/bench/morphology/sentences-${language}.yaml`, 'utf8')).cases
    const sentences = cases.map((c) => tokenize(c.text, language))
    const start = performance.now()
    let n = 0
    for (let round = 0; round < 5; round++) {
      for (const words of sentences) {
        for (let i = 0; i < words.length; i++) {
          const r = M.chooseReading(words, i, language, M.analyse(words, i, language))
          if (r) M.inflect(language === 'fr' ? 'toucher' : 'use', language, r)
          n++
        }
      }
    }
    perFinding[language] = ((performance.now() - start) * 1000) / n
    findings += n
  }
  return { importMs, loadedAtImport, loadFrenchMs, loadEnglishMs, frenchFormsMs, frenchLemmasMs, frenchNounsMs, englishPosMs, englishFormsMs, rssMB, perFindingUs: perFinding, findings }
}

async function sizes() {
  // The layer bundled as scripts/bundle.mjs bundles the engine (esbuild, minified, CommonJS): what
  // it would add to the .vsix, raw and deflated as the .vsix (a zip) stores it.
  const { build } = await import('esbuild')
  const bundle = await build({ entryPoints: [`${root}src/engine/morphology/index.ts`], bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', write: false, logLevel: 'silent' })
  const code = bundle.outputFiles[0].contents
  const out = { bundle: { rawKB: code.length / 1024, deflatedKB: deflateRawSync(code, { level: 9 }).length / 1024 } }
  for (const f of ['lefff-fr', 'lefff-fr-nouns', 'english']) {
    const js = readFileSync(`${root}dist/engine/generated/${f}.js`)
    out[f] = { rawKB: js.length / 1024, deflatedKB: deflateRawSync(js, { level: 9 }).length / 1024 }
  }
  return out
}

if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported for tokenize() by morphology-fixset.mjs: run nothing.
} else if (args.includes('--cost')) {
  process.stdout.write(JSON.stringify(await cost()))
} else {
  const runs = []
  for (let k = 0; k < 3; k++) runs.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--cost'], { encoding: 'utf8' })))
  const median = (f) => runs.map(f).sort((a, b) => a - b)[1]
  const costs = {
    importMs: median((r) => r.importMs), loadFrenchMs: median((r) => r.loadFrenchMs), loadEnglishMs: median((r) => r.loadEnglishMs), frenchFormsMs: median((r) => r.frenchFormsMs), frenchLemmasMs: median((r) => r.frenchLemmasMs),
    frenchNounsMs: median((r) => r.frenchNounsMs), englishPosMs: median((r) => r.englishPosMs), englishFormsMs: median((r) => r.englishFormsMs),
    rssMB: median((r) => r.rssMB), perFindingUsEn: median((r) => r.perFindingUs.en), perFindingUsFr: median((r) => r.perFindingUs.fr),
    loadedAtImport: runs[0].loadedAtImport,
  }
  const quality = await accuracy()
  const size = await sizes()
  const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '—')
  console.log('Morphology benchmark (medians of 3 cold processes; read times as ratios on a shared machine)\n')
  console.log('| language | analysis, all features (dev / held-out) | with the rule lemma (dev / held-out) | fixes correct / withheld / wrong (dev + held-out) | elision, contraction |')
  console.log('|---|---|---|---|---|')
  for (const [language, q] of Object.entries(quality)) {
    const fixes = q.dev.fixes + q.heldout.fixes
    console.log(`| ${language} | ${pct(q.dev.analysed, q.dev.cases)} / ${pct(q.heldout.analysed, q.heldout.cases)} | ${pct(q.dev.hinted, q.dev.cases)} / ${pct(q.heldout.hinted, q.heldout.cases)} | ${q.dev.correct + q.heldout.correct} / ${q.dev.withheld + q.heldout.withheld} / ${q.dev.broken + q.heldout.broken} of ${fixes} | ${q.context.of ? `${q.context.correct}/${q.context.of}` : '—'} |`)
  }
  console.log(`\nimport of the layer: ${costs.importMs.toFixed(1)} ms, data loaded at import: ${JSON.stringify(costs.loadedAtImport)}`)
  console.log(`loadMorphology (import of the generated modules): French ${costs.loadFrenchMs.toFixed(1)} ms, English ${costs.loadEnglishMs.toFixed(1)} ms`)
  console.log(`first use (indexing): French forms ${costs.frenchFormsMs.toFixed(1)} ms, lemmas ${costs.frenchLemmasMs.toFixed(1)} ms, nouns ${costs.frenchNounsMs.toFixed(1)} ms; English tags ${costs.englishPosMs.toFixed(1)} ms, forms ${costs.englishFormsMs.toFixed(1)} ms`)
  console.log(`RSS added by import + every data file: ${costs.rssMB.toFixed(1)} MB`)
  console.log(`per finding (analyse + choose + inflect, no cache): en ${costs.perFindingUsEn.toFixed(1)} µs, fr ${costs.perFindingUsFr.toFixed(1)} µs`)
  console.log(`sizes (raw / deflated; bundle = code + all data): ${Object.entries(size).map(([f, s]) => `${f} ${s.rawKB.toFixed(0)} / ${s.deflatedKB.toFixed(0)} KB`).join(', ')}`)
  if (args.includes('--wrong')) for (const [language, q] of Object.entries(quality)) for (const w of q.wrong) console.log(`${language} wrong: ${w}`)
  const at = args.indexOf('--json')
  if (at >= 0) writeFileSync(args[at + 1], JSON.stringify({ costs, quality, size }, null, 2))
}
