import { loadMorphology, readWord, type AnalysisHint, type MorphLanguage, type Reading } from '../../../src/engine/morphology/index.js'

export async function loadBoth(): Promise<void> {
  await loadMorphology('en')
  await loadMorphology('fr')
}

/** Words of a test sentence (French elision split off), and the index of `target` in them. */
export function wordsOf(text: string, target: string): { words: string[]; index: number } {
  const words = text.split(/\s+|(?<=['’])/).map((w) => w.replace(/[.,;:!?]+$/, '')).filter(Boolean)
  const index = words.indexOf(target)
  if (index < 0) throw new Error(`“${target}” is not a word of “${text}”`)
  return { words, index }
}

/** The reading context chooses for `target` in `text`. */
export function read(text: string, target: string, language: MorphLanguage, hint?: AnalysisHint): Reading {
  const { words, index } = wordsOf(text, target)
  const reading = readWord(words, index, language, hint)
  if (!reading) throw new Error(`no reading for “${target}”`)
  return reading
}
