#!/usr/bin/env node
// Validates every rules/<language>/<id>.yaml against rules/schema.json, checks what a schema
// cannot (duplicate phrases, pattern syntax, examples in place, their marks), and writes the rule set as JSON
// inside a generated module so that nothing parses YAML at run time. Fails loudly, naming file
// and line, so a copywriter's typo never ships as a rule that silently never matches.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument, LineCounter, isMap, isSeq, isScalar } from 'yaml'
import Ajv from 'ajv'
import { readMarks } from './eval/marks.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rulesDir = join(root, 'rules')
const outFile = join(root, 'src/engine/generated/rules.ts')
const LANGUAGES = ['en', 'fr']

const errors = []
const fail = (file, line, text) => errors.push(`${relative(root, file)}${line ? `:${line}` : ''}: ${text}`)

function load(file) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false })
  for (const e of doc.errors) fail(file, lineCounter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`)
  const lineOf = (path) => {
    let node = doc.contents
    let line = node?.range ? lineCounter.linePos(node.range[0]).line : 1
    for (const key of path) {
      if (isMap(node)) node = node.items.find((p) => String(p.key?.value ?? p.key) === key)?.value
      else if (isSeq(node)) node = node.items[Number(key)]
      else break
      if (node?.range) line = lineCounter.linePos(node.range[0]).line
    }
    return line
  }
  return { data: doc.errors.length ? null : doc.toJS(), lineOf }
}

// The same folding the engine applies to words before comparing them (see src/engine/text/normalise.ts).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  .replace(/[’‘ʼ]/g, "'").replace(/-/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim()

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false })
const schema = JSON.parse(readFileSync(join(rulesDir, 'schema.json'), 'utf8'))
const validate = ajv.compile(schema)
/** The fields the schema allows a rule of `kind`: those of every rule, and its kind's own. */
function kindFields(kind) {
  const block = schema.allOf.find((b) => b.if.properties.kind.const === kind)
  return [...schema.definitions.ruleField.enum, ...(block?.then.propertyNames.anyOf[1].enum ?? [])]
}

const PATTERN_TOKEN = /^(?:\*\??|\*[\p{L}]{2,}\??|\[[^\][|]+(?:\|[^\][|]+)*\]\??|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*|[=@<][^\s[\]|]*?\??)$/u
// A word-class slot (src/engine/match/word-slots.ts says what each part means).
const SLOT = /^(?:=([\p{L}][\p{L}'’-]*)|@([a-z][a-z0-9-]*))?(?:<([a-z]+)(?::([a-z0-9]+(?:,[a-z0-9]+)*))?>)?$/u
const SLOT_POS = ['noun', 'verb', 'adj', 'adjective', 'adv', 'adverb', 'det', 'prep', 'pron', 'conj', 'participle']
const SLOT_FEATURE = /^(?:sg|pl|m|f|[123](?:sg|pl)?|ind|subj|cond|imp|inf|ppast|ppres|pres|impf|fut|ps|base|pres3s|past|pastpart|ing)$/
function checkSlot(text, wordSets) {
  const m = SLOT.exec(text)
  if (!m || (!m[1] && !m[2] && !m[3])) return `“${text}” is not a slot: =lemma, @word-set, <pos>, <pos:features>, or a lemma or set followed by <pos>`
  if (m[2] && !wordSets[m[2]]) return `unknown word set “@${m[2]}” (rules/word-sets/ has: ${Object.keys(wordSets).join(', ')})`
  if (m[3] && !SLOT_POS.includes(m[3])) return `“<${m[3]}>” is not a part of speech (${SLOT_POS.join(', ')})`
  const feature = (m[4] ?? '').split(',').find((f) => f && !SLOT_FEATURE.test(f))
  if (feature) return `“${feature}” is not a feature (sg, pl, m, f, 1…3 with sg/pl, a mood, a tense or an English verb form)`
  if (m[3] && m[2] && wordSets[m[2]].some((w) => /[\s-]/.test(w.trim()))) return `“${text}”: a set with a part of speech holds single words; @${m[2]} has phrases`
  return null
}
function checkPattern(pattern, wordSets) {
  const tokens = pattern.trim().split(/\s+/)
  const bad = tokens.find((t) => !PATTERN_TOKEN.test(t))
  if (bad) return `pattern token “${bad}” is not a word, [a|b], [a|b]?, *, *?, *ending or a slot (=lemma, @word-set, <pos>)`
  for (const token of tokens) {
    const body = token.endsWith('?') ? token.slice(0, -1) : token
    for (const choice of body.startsWith('[') ? body.slice(1, -1).split('|') : [body]) {
      const problem = /^[=@<]/.test(choice) ? checkSlot(choice, wordSets) : null
      if (problem) return problem
    }
  }
  // A bare part of speech first would be tested on every word of every text.
  if (/^<[^>]*>\??$/.test(tokens[0])) return 'a pattern cannot start with a bare <pos> slot: start it with a word, a lemma or a set'
  if (tokens.length > 12) return 'a pattern has at most 12 tokens'
  if (tokens.filter((t) => t.endsWith('?')).length > 3) return 'a pattern has at most 3 optional tokens'
  const wildcard = (t) => t === '*' || t === '*?'
  if (tokens.every((t) => t.startsWith('*'))) return 'a pattern needs at least one word'
  if (wildcard(tokens[0]) || wildcard(tokens.at(-1))) return 'a pattern cannot start or end with * or *?'
  return null
}

// A bad example marks what it expects flagged, as test/rules.test.ts checks it: “We [[leverage]]
// our [[synergies]].” for this rule, “[[hype|OFFRE]]” for another rule of the language; marks nest.
// Good examples have none. The compiled data, and so the docs, hovers and SARIF, has the text alone.
const labelled = [] // { file, line, language, rule } of marks that name another rule
function unmarkedExamples(file, lineOf, language, examples) {
  const unmarked = (kind) =>
    examples[kind].map((example, i) => {
      const line = lineOf(['examples', kind, String(i)])
      let read
      try {
        read = readMarks(example)
      } catch (error) {
        fail(file, line, `examples.${kind}[${i}]: ${error.message}`)
        return example
      }
      if (kind === 'good' && read.marks.length) fail(file, line, `examples.good[${i}] has marks: a good example is not flagged at all`)
      if (kind === 'bad' && !read.marks.length) fail(file, line, `examples.bad[${i}] marks nothing: mark what the rule flags, as in “We [[leverage]] our [[synergies]].”`)
      for (const mark of read.marks) {
        if (mark.family) fail(file, line, `examples.${kind}[${i}]: “[[${mark.family}|…]]” names a family; a mark in an example names a rule id or nothing`)
        if (mark.rule) labelled.push({ file, line, language, rule: mark.rule })
      }
      return read.text
    })
  return { bad: unmarked('bad'), good: unmarked('good') }
}

// Domains (rules/domains/<language>.yaml): name → words, stems (word*) and phrases, named by the
// rules' `unless.domains`. An unknown name is an error: it would silently never cancel anything.
// Generated files beside it (<language>.<source>.yaml, e.g. en.wordnet.yaml from
// scripts/import-wordnet-domains.mjs) add words to its domains, and domains of their own.
const DOMAIN_NAME = /^[a-z][a-z-]*$/
const MIN_STEM = 5 // src/engine/match/domains.ts says why
const domains = {}
const domainFiles = readdirSync(join(rulesDir, 'domains')).sort()
for (const language of LANGUAGES) {
  domains[language] = {}
  const seenIn = {} // domain → its folded words, across the language's files
  const generated = domainFiles.filter((name) => name.startsWith(`${language}.`) && name.endsWith('.yaml') && name !== `${language}.yaml`)
  for (const fileName of [`${language}.yaml`, ...generated]) {
    const file = join(rulesDir, 'domains', fileName)
    const { data, lineOf } = load(file)
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      if (data) fail(file, 0, 'a domain file maps each domain name to its list of words')
      continue
    }
    for (const [name, words] of Object.entries(data)) {
      if (!DOMAIN_NAME.test(name)) fail(file, lineOf([name]), `domain name “${name}” must be lower-case words joined by hyphens`)
      if (!Array.isArray(words) || !words.length || words.some((w) => typeof w !== 'string' || !w.trim())) {
        fail(file, lineOf([name]), `domain ${name}: a non-empty list of words`)
        continue
      }
      const seen = (seenIn[name] ??= new Set())
      words.forEach((word, i) => {
        for (const part of word.trim().split(/\s+/)) {
          const stem = part.endsWith('*')
          const letters = stem ? part.slice(0, -1) : part
          if (!/^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*$/u.test(letters)) fail(file, lineOf([name, String(i)]), `domain ${name}: “${word}” is not a word, a stem (word*) or a phrase of them`)
          else if (stem && [...letters].length < MIN_STEM) fail(file, lineOf([name, String(i)]), `domain ${name}: the stem “${part}” is shorter than ${MIN_STEM} letters: it would catch unrelated words`)
        }
        const key = fold(word)
        if (seen.has(key)) fail(file, lineOf([name, String(i)]), `domain ${name}: “${word}” is listed twice`)
        seen.add(key)
      })
      domains[language][name] = [...(domains[language][name] ?? []), ...words.map((w) => w.trim())]
    }
  }
}
/** rules/<folder>/<language>.yaml as a map of names to lists, or null (and an error saying `shape`) when it is not one. */
function loadLists(folder, language, shape) {
  const file = join(rulesDir, folder, `${language}.yaml`)
  const { data, lineOf } = load(file)
  if (data && typeof data === 'object' && !Array.isArray(data)) return { file, data, lineOf }
  fail(file, 0, shape)
  return null
}
// Word sets (rules/word-sets/<language>.yaml): name → lemmas and phrases, named by `@name` slots in
// patterns, each word inflected by the engine. Same shape and checks as a domain, without stems.
const wordSets = {}
for (const language of LANGUAGES) {
  wordSets[language] = {}
  const read = loadLists('word-sets', language, 'a word-set file maps each set name to its list of words')
  if (!read) continue
  const { file, data, lineOf } = read
  for (const [name, words] of Object.entries(data)) {
    if (!DOMAIN_NAME.test(name)) fail(file, lineOf([name]), `word set name “${name}” must be lower-case words joined by hyphens`)
    if (!Array.isArray(words) || !words.length || words.some((w) => typeof w !== 'string' || !/^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*(?: [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*)*$/u.test(w.trim()))) {
      fail(file, lineOf([name]), `word set ${name}: a non-empty list of words or phrases`)
      continue
    }
    const seen = new Set()
    words.forEach((word, i) => {
      if (seen.has(fold(word))) fail(file, lineOf([name, String(i)]), `word set ${name}: “${word}” is listed twice`)
      seen.add(fold(word))
    })
    wordSets[language][name] = words.map((w) => w.trim())
  }
}
// Registers (rules/registers/<language>.yaml): name → folded words, the evidence that a block is
// copy, expository prose or literature (src/engine/match/register.ts, register-words.ts). The
// engine reads a list by its name and compares it with tokens' folded keys: a list it does not
// read, a missing one or a word that is not folded would silently change nothing.
const REGISTER_LISTS = {
  en: ['corporate', 'copy-vocabulary', 'writer', 'reader', 'expository', 'problem-openers', 'imperatives', 'irregular-past', 'adjectival', 'adverbs', 'units', 'reasoning-verbs', 'shared-nouns'],
  fr: ['corporate', 'copy-vocabulary', 'writer', 'reader', 'expository', 'problem-openers', 'months', 'not-imperfect', 'units', 'reasoning-verbs', 'shared-nouns'],
}
// A token's key: folded (fold() above, less its hyphen-to-space, as one word has none), one word.
const REGISTER_WORD = /^[\p{Ll}\p{N}µ]+(?:'[\p{Ll}]+)?$/u
// A generated file beside the hand-written one (rules/registers/en.wordnet.yaml, written by
// scripts/import-copy-vocabulary.mjs) adds words to its lists, as the domains' generated files do.
const registers = {}
const registerFiles = readdirSync(join(rulesDir, 'registers')).sort()
for (const language of LANGUAGES) {
  registers[language] = {}
  const read = loadLists('registers', language, `a register file maps each list name (${REGISTER_LISTS[language].join(', ')}) to its list of words`)
  if (!read) continue
  const generated = registerFiles.filter((name) => name.startsWith(`${language}.`) && name.endsWith('.yaml') && name !== `${language}.yaml`)
  const reads = [read, ...generated.map((name) => ({ file: join(rulesDir, 'registers', name), ...load(join(rulesDir, 'registers', name)) }))]
  for (const name of REGISTER_LISTS[language]) if (!(name in read.data)) fail(read.file, 0, `register list “${name}” is missing (the ${language} lists: ${REGISTER_LISTS[language].join(', ')})`)
  const seenIn = {} // list → its words, across the language's files
  for (const { file, data, lineOf } of reads) {
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      fail(file, 0, 'a register file maps each list name to its list of words')
      continue
    }
    for (const [name, words] of Object.entries(data)) {
      if (!REGISTER_LISTS[language].includes(name)) {
        fail(file, lineOf([name]), `“${name}” is not a register list the engine reads for ${language} (${REGISTER_LISTS[language].join(', ')})`)
        continue
      }
      if (!Array.isArray(words) || !words.length || words.some((w) => typeof w !== 'string')) {
        fail(file, lineOf([name]), `register list ${name}: a non-empty list of words`)
        continue
      }
      const seen = (seenIn[name] ??= new Set())
      words.forEach((word, i) => {
        if (!REGISTER_WORD.test(word) || fold(word) !== word) fail(file, lineOf([name, String(i)]), `register list ${name}: “${word}” is not one folded word (lower case, no accents, straight apostrophe: “${fold(word).replace(/ /g, '-')}”)`)
        else if (seen.has(word)) fail(file, lineOf([name, String(i)]), `register list ${name}: “${word}” is listed twice`)
        seen.add(word)
      })
      registers[language][name] = [...(registers[language][name] ?? []), ...words]
    }
  }
}
const families = load(join(rulesDir, 'families.yaml')).data ?? {}
const rules = []
for (const language of LANGUAGES) {
  const seen = new Map() // folded phrase -> where
  const dir = join(rulesDir, language)
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name)
    const id = name.replace(/\.yaml$/, '')
    if (!/^[a-z][a-z0-9-]*$/.test(id)) fail(file, 0, `rule id “${id}” must be lower-case words joined by hyphens`)
    const { data, lineOf } = load(file)
    if (!data) continue
    if (!validate(data)) {
      for (const e of validate.errors) {
        const path = e.instancePath.split('/').filter(Boolean)
        if (e.keyword === 'if' || e.keyword === 'oneOf' && e.params.passingSchemas || e.propertyName !== undefined) continue
        if (e.keyword === 'propertyNames') {
          fail(file, lineOf([...path, e.params.propertyName]), `“${e.params.propertyName}” is not a field of a ${data.kind} rule (its fields: ${kindFields(data.kind).join(', ')})`)
          continue
        }
        fail(file, lineOf(path), `${e.instancePath || '(top)'} ${e.message}${e.params.additionalProperty ? ` “${e.params.additionalProperty}”` : ''}${e.params.allowedValues ? `: ${e.params.allowedValues.join(', ')}` : ''}`)
      }
      continue
    }
    if (!families[data.family]) fail(file, lineOf(['family']), `unknown family ${data.family}`)
    ;(data.entries ?? []).forEach((entry, i) => {
      const where = `${relative(root, file)}:${lineOf(['entries', String(i)])}`
      if (entry.pattern) {
        const problem = checkPattern(entry.pattern, wordSets[language])
        if (problem) fail(file, lineOf(['entries', String(i)]), problem)
      }
      ;(entry.exceptionPatterns ?? []).forEach((pattern, j) => {
        const problem = checkPattern(pattern, wordSets[language])
        if (problem) fail(file, lineOf(['entries', String(i), 'exceptionPatterns', String(j)]), problem)
      })
      const phrases = entry.pattern ? [entry.pattern] : entry.phrases ?? [entry.phrase]
      for (const phrase of phrases) {
        const key = fold(phrase)
        if (seen.has(key)) fail(file, lineOf(['entries', String(i)]), `duplicate phrase “${phrase}” (also at ${seen.get(key)})`)
        else seen.set(key, where)
      }
      for (const s of entry.suggest ?? []) {
        if (phrases.some((p) => fold(p) === fold(s))) fail(file, lineOf(['entries', String(i)]), `“${s}” suggests itself`)
      }
      // A sense's suggestions are the entry's: the senses only say which of them fits where.
      for (const sense of entry.senses ?? []) {
        for (const s of sense.suggest) if (!(entry.suggest ?? []).includes(s)) fail(file, lineOf(['entries', String(i)]), `sense suggestion “${s}” is not in the entry's suggest list`)
      }
    })
    const named = [{ path: ['unless'], unless: data.unless }, ...(data.entries ?? []).map((entry, i) => ({ path: ['entries', String(i), 'unless'], unless: entry.unless }))]
    for (const { path, unless } of named) {
      for (const [key, name] of [...(unless?.domains ?? []).map((n) => ['domains', n]), ...(unless?.beside ?? []).map((n) => ['beside', n])]) {
        if (!domains[language][name]) fail(file, lineOf([...path, key]), `unknown domain “${name}” (rules/domains/${language}.yaml has: ${Object.keys(domains[language]).join(', ')})`)
      }
      // outsideCopy widens the register check of an entry's plain fields: with none (or literature
      // alone, which the register check never reads), it would silently do nothing.
      if (unless?.outsideCopy && !(unless.domains ?? []).some((name) => name !== 'literature')) fail(file, lineOf([...path, 'outsideCopy']), 'outsideCopy needs `domains` naming a field of the plain senses other than literature')
    }
    data.examples = unmarkedExamples(file, lineOf, language, data.examples)
    rules.push({ id, language, ...data })
  }
}

for (const { file, line, language, rule } of labelled) {
  if (!rules.some((r) => r.language === language && r.id === rule)) fail(file, line, `a mark names “${rule}”, which is not a rule of rules/${language}/`)
}

// A rule id names one idea in every language: its family and theses must agree.
const byId = Map.groupBy ? Map.groupBy(rules, (r) => r.id) : rules.reduce((m, r) => m.set(r.id, [...(m.get(r.id) ?? []), r]), new Map())
for (const [id, group] of byId) {
  const [first, ...rest] = group
  for (const r of rest) {
    if (r.family !== first.family) fail(join(rulesDir, r.language, `${id}.yaml`), 0, `family ${r.family} differs from ${first.language}/${id}.yaml (${first.family})`)
  }
}

if (errors.length) {
  console.error(`Rule build failed with ${errors.length} error(s):\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
mkdirSync(dirname(outFile), { recursive: true })
const json = JSON.stringify({ families, rules, domains, wordSets, registers })
const configSchema = readFileSync(join(rulesDir, 'config.schema.json'), 'utf8')
writeFileSync(
  outFile,
  `// Generated by scripts/build-rules.mjs from rules/**/*.yaml (domains, word sets and registers included) and rules/config.schema.json. Do not edit.
import type { RuleSetData } from '../rules/rule-data.js'

export const defaultRuleData: RuleSetData = JSON.parse(${JSON.stringify(json)})

/** Names this rule data: a precompiled matcher (scripts/build-matchers.mjs) is used only with the data it was compiled from. */
export const defaultRuleDataKey = ${JSON.stringify(createHash('sha256').update(json).digest('hex').slice(0, 20))}

export const configSchema: object = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(configSchema)))})
`,
)
const count = (language) => rules.filter((r) => r.language === language).reduce((n, r) => n + (r.entries?.length ?? 0), 0)
console.log(`Built ${rules.length} rules: ${count('en')} English and ${count('fr')} French entries.`)
