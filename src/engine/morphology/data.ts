// Where the layer gets its data: the generated modules, imported on demand by loadMorphology() so
// that importing the engine reads none of them (importing the French modules costs ≈100 ms of
// source compilation on the 2-core bench machine: scripts/bench/morphology.mjs). Each module wraps
// its text in a function; the text is indexed on first lookup (sorted-text.ts), once per process.
import type { MorphLanguage } from './types.js'

interface FrenchData {
  frenchForms(): string
  frenchLemmas(): string
  frenchNouns(): string
}
interface EnglishData {
  englishPos(): string
  englishForms(): string
}
interface WordListData {
  ordinaryWords(): string
}
let french: FrenchData | undefined
let english: EnglishData | undefined
// The ordinary-word lists the shouting rule asks (scripts/build-word-lists.mjs), read with the rest.
const wordLists: Partial<Record<MorphLanguage, WordListData>> = {}

/** Reads a language's data once per process; the other functions of the layer need it done first. */
export async function loadMorphology(language: MorphLanguage): Promise<void> {
  if (language === 'fr') {
    if (french) return
    const [words, nouns, list] = await Promise.all([import('../generated/lefff-fr.js'), import('../generated/lefff-fr-nouns.js'), import('../generated/words-fr.js')])
    wordLists.fr = list
    french = { ...words, ...nouns }
  } else if (!english) {
    const [data, list] = await Promise.all([import('../generated/english.js'), import('../generated/words-en.js')])
    wordLists.en = list
    english = data
  }
}

/** Both languages' data: what every front end awaits once before linting. */
export async function loadAllMorphology(): Promise<void> {
  await Promise.all([loadMorphology('en'), loadMorphology('fr')])
}

export function morphologyLoaded(language: MorphLanguage): boolean {
  return language === 'fr' ? !!french : !!english
}

/** A language's ordinary-word list, or undefined before loadMorphology(language): callers fall back. */
export function wordListData(language: MorphLanguage): WordListData | undefined {
  return wordLists[language]
}

const notLoaded = (language: MorphLanguage) => new Error(`The ${language === 'fr' ? 'French' : 'English'} morphology data is not loaded: await loadMorphology('${language}') first.`)

export function frenchData(): FrenchData {
  if (!french) throw notLoaded('fr')
  return french
}

export function englishData(): EnglishData {
  if (!english) throw notLoaded('en')
  return english
}
