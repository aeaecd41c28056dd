// French agreement the inflection step cannot see (issue #15, fix-checks.ts): an adjective that
// replaces an invariable phrase after a noun ("des scanners de pointe" → "des scanners récents")
// takes the noun's gender and number, not those of the phrase's first word.
import { adjectiveFor, paradigmOfForm } from '../morphology/french-forms.js'
import { nounFeatures } from '../morphology/french.js'
import type { FixCheck } from './fix-checks.js'

const lastTwo = (s: string) => /(?:^|[\s'’])([\p{L}-]+['’]?)?\s*([\p{L}-]+)\s+$/u.exec(s)

/** "des chaussures haut de gamme" → "des chaussures soignées": the adjective agrees with the noun before. */
export const adjectiveAfterNoun: FixCheck = (draft, { reading, original }) => {
  const word = draft.replacement
  if (reading?.pos === 'verb' || reading?.pos === 'noun' || !/\s/.test(original.trim()) || /\s/.test(word)) return draft
  if (!paradigmOfForm(word, 'adj').some((e) => e.pos === 'adj')) return draft
  const m = lastTwo(draft.before)
  const noun = m && nounFeatures(m[2], m[1] ?? '')
  if (!noun?.gender || !noun.number) return `“${word}” must agree with the noun before it, which is not known`
  const form = adjectiveFor(word, noun.gender, noun.number)
  if (!form) return `no form of “${word}” for “${m![2]}” in the lexicon`
  return { ...draft, replacement: /^\p{Lu}/u.test(word) ? form.charAt(0).toUpperCase() + form.slice(1) : form }
}
