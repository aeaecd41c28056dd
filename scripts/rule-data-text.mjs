// The bundled rule data (src/engine/generated/rules.ts: 384 KB of JSON, in both languages) for the
// command line's bundle (scripts/bundle.mjs), as JSON files beside it: the module was a string
// literal that V8 scanned when compiling the startup chunk (46% of its 884 KB) and JSON.parse read
// whole at startup (16–20 ms cold), though a one-line lint compiles one language's rules. In the
// bundle, data/rules.json holds what every rule needs up front (id, language, family, theses,
// kind, severity), and data/rules-LANGUAGE.json the rest of each rule of that language and the
// language's field words (`domains`), parsed the first time one of them is read: an English line
// reads no French rule data. The objects read alike: the same keys in the same order, each lazy
// field a getter that puts the parsed value in its place. test/cli/rule-data-text.test.ts holds
// the bundle's data to the module's.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const RULE_DATA_FOLDER = 'data'
// What compileRules() reads of every rule, in every language, before a block is checked.
export const EAGER_FIELDS = ['id', 'language', 'family', 'theses', 'kind', 'severity']
const GENERATED = 'dist/engine/generated/rules.js'

const generated = async (root = process.cwd()) => import(pathToFileURL(join(root, GENERATED)).href)

/** The files: rules.json (eager fields; each lazy field holds 0 in its place) and rules-LANGUAGE.json. */
export function ruleDataFiles(data) {
  const languages = [...new Set(data.rules.map((rule) => rule.language))]
  const lazy = Object.fromEntries(languages.map((language) => [language, { rules: [], domains: data.domains?.[language] }]))
  const rules = data.rules.map((rule) => {
    const rest = Object.fromEntries(Object.entries(rule).filter(([key]) => !EAGER_FIELDS.includes(key)))
    lazy[rule.language].rules.push(rest)
    return Object.fromEntries(Object.entries(rule).map(([key, value]) => [key, key in rest ? 0 : value]))
  })
  const domains = data.domains && Object.fromEntries(Object.keys(data.domains).map((language) => [language, language in lazy ? 0 : data.domains[language]]))
  const eager = { ...data, rules, ...(data.domains && { domains }) }
  return { 'rules.json': JSON.stringify(eager), ...Object.fromEntries(languages.map((language) => [`rules-${language}.json`, JSON.stringify(lazy[language])])) }
}

/**
 * The module that stands for generated/rules.ts in the bundle: the same exports, the data read
 * from `folder` (a URL string relative to the module) with each language's rest read on need.
 */
export function ruleDataSource(key, configSchema, folder = `./${RULE_DATA_FOLDER}/`) {
  return `import { readFileSync } from 'node:fs'
const read = (suffix) => JSON.parse(readFileSync(new URL(${JSON.stringify(`${folder}rules`)} + suffix + '.json', import.meta.url), 'utf8'))
const data = read('')
const rests = {}
const restOf = (language) => (rests[language] ??= read('-' + language))
// Each lazy field, on first read, becomes a plain property holding its value (its place in the key order kept).
const lazyField = (target, key, value) =>
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const v = value()
      Object.defineProperty(target, key, { value: v, writable: true, enumerable: true, configurable: true })
      return v
    },
    set(v) {
      Object.defineProperty(target, key, { value: v, writable: true, enumerable: true, configurable: true })
    },
  })
const eager = new Set(${JSON.stringify(EAGER_FIELDS)})
const ordinal = {}
for (const rule of data.rules) {
  const at = (ordinal[rule.language] = (ordinal[rule.language] ?? -1) + 1)
  for (const key of Object.keys(rule)) if (!eager.has(key)) lazyField(rule, key, () => restOf(rule.language).rules[at][key])
}
if (data.domains) for (const language of Object.keys(data.domains)) if (data.domains[language] === 0) lazyField(data.domains, language, () => restOf(language).domains)
export const defaultRuleData = data
export const defaultRuleDataKey = ${JSON.stringify(key)}
export const configSchema = JSON.parse(${JSON.stringify(JSON.stringify(configSchema))})
`
}

/** generated/rules.ts in the bundle reads the files writeRuleDataText() writes. */
export const ruleDataTextPlugin = () => ({
  name: 'rule-data-text',
  setup: (b) => {
    b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]generated[\\/]rules\.ts$/ }, async () => {
      const { defaultRuleDataKey, configSchema } = await generated()
      return { contents: ruleDataSource(defaultRuleDataKey, configSchema), loader: 'js' }
    })
  },
})

/** Writes the rule data's files to `outdir`/data/. */
export async function writeRuleDataText(outdir) {
  const folder = join(outdir, RULE_DATA_FOLDER)
  mkdirSync(folder, { recursive: true })
  const { defaultRuleData } = await generated()
  for (const [file, text] of Object.entries(ruleDataFiles(defaultRuleData))) writeFileSync(join(folder, file), text)
}
