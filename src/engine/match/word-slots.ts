// Word-class slots in patterns (issue #16): a pattern position that stands for a class of words
// rather than the words listed, so a rule reaches wordings nobody listed ("prices were raised",
// "our intuitive dashboard"). Three parts, each optional, written as one pattern token:
//   =lemma      every form of the lemma ("=be": be, is, was, been…; "=être": est, sont, été…)
//   @word-set   every form of every word of a set named once in rules/word-sets/<language>.yaml
//   <pos:feat>  a part of speech and features read by the morphology layer ("<adj>", "<participle>",
//               "<verb:3sg>", "<noun:pl>", "<adj:f>")
// A lemma or a set alone is compiled into the trie's ordinary edges (it costs the walk nothing
// more than a listed word); with a part of speech it becomes a class edge, tested per word with
// the layer's readings and kept per written word (prose repeats its words).
import { analyse, morphologyLoaded, type Pos, type Reading } from '../morphology/index.js'
import type { Language } from '../rules/rule-data.js'
import type { Token } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import { phraseKeys } from '../text/normalise.js'
import { TrieNode } from './trie-node.js'

/** A slot as written: `=be`, `@hype-adjectives`, `<participle>`, `@decision-verbs<participle>`. */
export interface SlotSpec {
  lemma?: string
  set?: string
  pos?: Pos | 'participle'
  features: string[]
}

export const SLOT_TOKEN = /^(?:=([\p{L}][\p{L}'’-]*)|@([a-z][a-z0-9-]*))?(?:<([a-z]+)(?::([a-z0-9]+(?:,[a-z0-9]+)*))?>)?$/u

const POS_NAMES: Record<string, Pos | 'participle'> = { noun: 'noun', verb: 'verb', adj: 'adj', adjective: 'adj', adv: 'adv', adverb: 'adv', det: 'det', prep: 'prep', pron: 'pron', conj: 'conj', participle: 'participle' }
const NUMBERS = new Set(['sg', 'pl'])
const GENDERS = new Set(['m', 'f'])
const MOODS = new Set(['ind', 'subj', 'cond', 'imp', 'inf', 'ppast', 'ppres'])
const TENSES = new Set(['pres', 'impf', 'fut', 'ps'])
const FORMS = new Set(['base', 'pres3s', 'past', 'pastpart', 'ing'])
const PERSON = /^([123])(sg|pl)?$/

/** Whether a pattern token is a slot (it has `=`, `@` or `<…>`). */
export const isSlotToken = (token: string): boolean => /^[=@<]/.test(token) && SLOT_TOKEN.test(token)

/** The slot a pattern token writes, or an error naming what is wrong. */
export function parseSlot(token: string): SlotSpec | string {
  const m = SLOT_TOKEN.exec(token)
  if (!m || (!m[1] && !m[2] && !m[3])) return `“${token}” is not a slot: =lemma, @word-set, <pos> or <pos:features>, or a lemma or set followed by <pos>`
  const pos = m[3] === undefined ? undefined : POS_NAMES[m[3]]
  if (m[3] !== undefined && !pos) return `“${m[3]}” is not a part of speech (${Object.keys(POS_NAMES).join(', ')})`
  const features = m[4]?.split(',') ?? []
  const unknown = features.find((f) => !NUMBERS.has(f) && !GENDERS.has(f) && !MOODS.has(f) && !TENSES.has(f) && !FORMS.has(f) && !PERSON.test(f))
  if (unknown) return `“${unknown}” is not a feature (sg, pl, m, f, 1…3 with sg/pl, a mood ${[...MOODS].join('/')}, a tense ${[...TENSES].join('/')}, an English form ${[...FORMS].join('/')})`
  return { lemma: m[1], set: m[2], pos, features }
}

// The auxiliaries are function words, which rules never inflect ("is" must not match "be" in a
// listed phrase): a lemma slot names them on purpose, so their forms are listed here (folded).
const AUXILIARIES: Record<Language, Record<string, string[]>> = {
  en: {
    be: ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"],
    have: ['have', 'has', 'had', 'having', "'ve", "'d"],
    do: ['do', 'does', 'did', 'done', 'doing'],
    get: ['get', 'gets', 'got', 'gotten', 'getting'],
  },
  fr: {
    etre: 'etre suis es est sommes etes sont etais etait etions etiez etaient fus fut fumes futes furent serai seras sera serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient fusse fusses fussent ete etant'.split(' '),
    avoir: "avoir ai as a avons avez ont avais avait avions aviez avaient eus eut eumes eutes eurent aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eusse eusses eussent eu eue eus eues ayant".split(' '),
    pouvoir: 'pouvoir peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pus put purent pourrai pourras pourra pourrons pourrez pourront pourrais pourrait pourrions pourriez pourraient puisse puisses puissions puissiez puissent pu pouvant'.split(' '),
    devoir: 'devoir dois doit devons devez doivent devais devait devions deviez devaient dut durent devrai devras devra devrons devrez devront devrais devrait devrions devriez devraient doive doives doivent'.split(' '),
  },
}

/** The listed forms of an auxiliary lemma (folded), or undefined for any other word. */
export const auxiliaryForms = (lemma: string, language: Language): readonly string[] | undefined => AUXILIARIES[language][lemma]

/**
 * A class edge as compiled and written in a matcher snapshot: the words it admits (the forms the
 * engine inflects from its lemmas, as folded keys, or a reading of one of the lemmas; neither:
 * any word), and the part of speech and features a reading of the word must have.
 */
export interface WordClassData {
  id: string
  pos?: Pos | 'participle'
  features?: string[]
  forms?: string[]
  lemmas?: string[]
}

// Findings must not depend on which front end loaded what: without the layer's data a class edge
// admits nothing (every front end awaits the data before linting; a bare engine call finds less).
const NOT_READ: readonly Reading[] = []

/** A class edge: which written words it admits, decided once per word. */
export class WordClass {
  private readonly forms: Set<string> | undefined
  private readonly lemmas: Set<string> | undefined
  private readonly fits = new BoundedCache<string, boolean>(20_000)

  constructor(
    readonly data: WordClassData,
    private readonly language: Language,
  ) {
    this.forms = data.forms && new Set(data.forms)
    this.lemmas = data.lemmas && new Set(data.lemmas)
  }

  admits(token: Token): boolean {
    const listed = !this.forms || this.forms.has(token.key)
    if (!this.data.pos && !this.data.features?.length) return listed
    const word = token.text.toLowerCase()
    let fit = this.fits.get(word)
    if (fit === undefined) {
      if (!morphologyLoaded(this.language)) return false
      const readings = token.text ? analyse([token.text], 0, this.language) : NOT_READ
      // The engine's inflections miss irregular forms ("revus", "prise"): the layer's lemma finds them.
      fit = readings.some((r) => this.reads(r) && (listed || (this.lemmas?.has(phraseKeys(r.lemma).join(' ')) ?? false)))
      this.fits.set(word, fit)
    }
    return fit
  }

  /** Whether one reading is of the class: its part of speech and every feature. */
  private reads(r: Reading): boolean {
    const pos = this.data.pos
    if (pos === 'participle' ? !(r.pos === 'verb' && (r.form === 'pastpart' || r.mood === 'ppast')) : pos && r.pos !== pos) return false
    return (this.data.features ?? []).every((f) => {
      if (NUMBERS.has(f)) return r.number === f
      if (GENDERS.has(f)) return r.gender === f || r.gender === 'e'
      if (MOODS.has(f)) return r.mood === f
      if (TENSES.has(f)) return r.tense === f
      if (FORMS.has(f)) return r.form === f
      const person = PERSON.exec(f)!
      return r.person === Number(person[1]) && (!person[2] || r.number === person[2])
    })
  }
}

/** The child a class edge leads to, made the first time (one edge per class at a node). */
export function classChild(node: TrieNode, wordClass: WordClass): TrieNode {
  const classes = (node.classes ??= [])
  const afterClasses = (node.afterClasses ??= [])
  const at = classes.findIndex((c) => c.data.id === wordClass.data.id)
  if (at >= 0) return afterClasses[at]
  const child = new TrieNode()
  classes.push(wordClass)
  afterClasses.push(child)
  return child
}

interface PatternPosition {
  optional: boolean
  /** Each alternative, as folded keys (`*` for any one word) or a slot (word-slots.ts). */
  choices: Array<string[] | SlotSpec>
}

/** A token pattern's positions: `[a|b]` alternatives, `?` for optional, `*` any one word, slots (word-slots.ts). */
export function patternPositions(pattern: string): PatternPosition[] {
  const choice = (text: string): string[] | SlotSpec => {
    if (!isSlotToken(text)) return phraseKeys(text)
    const spec = parseSlot(text)
    if (typeof spec === 'string') throw new Error(`Pattern “${pattern}”: ${spec}`)
    return spec
  }
  return pattern
    .trim()
    .split(/\s+/)
    .map((token) => {
      // `?` ends an optional token; a slot's own `<…>` never ends in it.
      const optional = token.endsWith('?')
      const body = optional ? token.slice(0, -1) : token
      const choices = body === '*' ? [['*']] : body.startsWith('[') ? body.slice(1, -1).split('|').map(choice) : [choice(body)]
      return { optional, choices }
    })
}
