// How words are compared: case, accents, ligatures and apostrophe styles do not matter, so
// "L’Expérience", "l'experience" and "l’expérience" are the same words to every rule.

const APOSTROPHES = /[’‘ʼ′`]/g
const COMBINING_MARKS = /\p{M}/gu

export function foldWord(word: string): string {
  let folded = word.toLowerCase()
  if (/[^\x00-\x7f]/.test(folded)) {
    folded = folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  }
  return folded.replace(APOSTROPHES, "'")
}

export interface WordPart {
  text: string
  /** Offset of the part inside the word. */
  start: number
}

/**
 * Splits one written word into the parts rules match on: hyphens join parts ("best-in-class" is
 * best + in + class, the same as "best in class"), and an apostrophe ends an elided part ("l’" +
 * "expérience", "aujourd’" + "hui"), so French elision never hides the word behind it.
 */
export function splitWord(written: string): WordPart[] {
  // A full stop the parser kept on a word ("360." at the end of a sentence) is not part of it.
  const word = written.replace(/\.+$/, '')
  const parts: WordPart[] = []
  let start = 0
  for (let i = 0; i <= word.length; i++) {
    const ch = word[i]
    const atEnd = i === word.length
    if (atEnd || ch === '-' || ch === '‐' || ch === '‑') {
      if (i > start) parts.push({ text: word.slice(start, i), start })
      start = i + 1
    } else if (ch === "'" || ch === '’' || ch === 'ʼ' || ch === '‘') {
      if (i > start) parts.push({ text: word.slice(start, i + 1), start })
      start = i + 1
    }
  }
  return parts
}

export interface KeyedPart extends WordPart {
  /** The part folded: what rules compare. */
  key: string
}

// Prose repeats its words: split and fold each written form once (bounded, so that a long audit
// cannot grow it forever). The parts are shared between callers, who only read them.
const keyedCache = new Map<string, readonly KeyedPart[]>()

/** `splitWord`, each part with its folded key. */
export function keyedParts(written: string): readonly KeyedPart[] {
  let parts = keyedCache.get(written)
  if (!parts) {
    if (keyedCache.size >= 50_000) keyedCache.clear()
    parts = splitWord(written).map((part) => ({ text: part.text, start: part.start, key: foldWord(part.text) }))
    keyedCache.set(written, parts)
  }
  return parts
}

/** Splits a phrase written in a rule file into folded match keys. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((word) => splitWord(word).map((part) => foldWord(part.text)))
}

/** What rule files and .cluetrain.yaml accept as a phrase (rules/schema.json says the same). */
export const PHRASE = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*(?: [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*)*$/u

export function isPhrase(text: string): boolean {
  return PHRASE.test(text)
}
