// The readings the morphology layer gives a word (issue #15). One shape for both languages: French
// verbs use mood/tense/person/number, English verbs use `form` (the Penn distinctions).
export type MorphLanguage = 'en' | 'fr'

export type Pos = 'verb' | 'noun' | 'adj' | 'adv' | 'det' | 'prep' | 'pron' | 'conj' | 'other'

/** French moods: indicatif, subjonctif, conditionnel, impératif, infinitif, participes passé and présent. */
export type Mood = 'ind' | 'subj' | 'cond' | 'imp' | 'inf' | 'ppast' | 'ppres'
export type Tense = 'pres' | 'impf' | 'fut' | 'ps'
/** English verb forms: base (VB, VBP), pres3s (VBZ), past (VBD), pastpart (VBN), ing (VBG). */
export type EnglishForm = 'base' | 'pres3s' | 'past' | 'pastpart' | 'ing'

/**
 * Where a reading comes from, which decides whether a fix built on it is safe: `lexicon` (the
 * word's own entry), `paradigm` (the forms of the lemma the rule names), `guess` (endings only).
 */
export type ReadingSource = 'lexicon' | 'paradigm' | 'guess'

export interface Features {
  mood?: Mood
  tense?: Tense
  person?: 1 | 2 | 3
  number?: 'sg' | 'pl'
  /** `e`: epicene (either gender; the noun it goes with decides). */
  gender?: 'm' | 'f' | 'e'
  form?: EnglishForm
}

export interface Reading extends Features {
  lemma: string
  pos: Pos
  source: ReadingSource
}

export interface AnalysisHint {
  /** The lemma the rule that flagged the word names: its paradigm comes first. */
  lemma?: string
  pos?: Pos
}
