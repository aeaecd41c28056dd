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
let french: FrenchData | undefined
let english: EnglishData | undefined

/** Reads a language's data once per process; the other functions of the layer need it done first. */
export async function loadMorphology(language: MorphLanguage): Promise<void> {
  if (language === 'fr') {
    if (french) return
    const [words, nouns] = await Promise.all([import('../generated/lefff-fr.js'), import('../generated/lefff-fr-nouns.js')])
    french = { ...words, ...nouns }
  } else english ??= await import('../generated/english.js')
}

/** Both languages' data: what every front end awaits once before linting. */
export async function loadAllMorphology(): Promise<void> {
  await Promise.all([loadMorphology('en'), loadMorphology('fr')])
}

export function morphologyLoaded(language: MorphLanguage): boolean {
  return language === 'fr' ? !!french : !!english
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
