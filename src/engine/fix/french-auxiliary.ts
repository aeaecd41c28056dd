// French compound tenses whose auxiliary changes with the verb (issue #15, fix-checks.ts): a verb
// of movement or state takes "être" ("la coopérative est passée à la vitesse supérieure"); the verb
// that replaces it may take "avoir" ("a accéléré"), and read after "est" it would be a passive
// ("est accélérée"). The auxiliary becomes avoir's form and the participle its masculine singular.
import { agreeAround } from '../morphology/index.js'
import { frenchKey, frenchParadigm } from '../morphology/french-lexicon.js'
import { pickForm } from '../morphology/inflect-suggestion.js'
import type { FixCheck } from './fix-checks.js'

// The verbs conjugated with "être" (besides pronominal ones).
const WITH_ETRE = new Set('aller venir revenir devenir parvenir survenir intervenir partir repartir arriver entrer rentrer sortir monter descendre naître mourir rester tomber retomber retourner passer repasser décéder'.split(' '))
const AVOIR: Record<string, string> = {
  suis: 'ai', es: 'as', est: 'a', sommes: 'avons', êtes: 'avez', sont: 'ont', étais: 'avais', était: 'avait', étions: 'avions', étiez: 'aviez', étaient: 'avaient',
  serai: 'aurai', seras: 'auras', sera: 'aura', serons: 'aurons', serez: 'aurez', seront: 'auront', serais: 'aurais', serait: 'aurait', serions: 'aurions', seriez: 'auriez', seraient: 'auraient',
  sois: 'aie', soit: 'ait', soyons: 'ayons', soyez: 'ayez', soient: 'aient', être: 'avoir', étant: 'ayant',
}
// The auxiliary, then the adverbs that may stand between it and the participle.
const AUXILIARY = /(?<![\p{L}])(\p{L}+)((?:\s+(?:pas|plus|jamais|déjà|bien|toujours|encore|vite|enfin))*\s+)$/u

/** "est passée à la vitesse supérieure" → "a accéléré". */
export const auxiliaryOfTheNewVerb: FixCheck = (draft, { reading, suggestion }) => {
  if (reading?.pos !== 'verb' || reading.mood !== 'ppast' || !WITH_ETRE.has(reading.lemma)) return draft
  const verb = suggestion.split(' ')[0]
  if (/^s['’]|^se$/i.test(verb) || WITH_ETRE.has(frenchKey(verb))) return draft
  const m = AUXILIARY.exec(draft.before)
  const avoir = m && AVOIR[frenchKey(m[1])]
  if (!m || !avoir) return draft // "passée" with no auxiliary before it: an adjective, left as it is
  const participle = pickForm(frenchParadigm(verb), 'verb', { mood: 'ppast', gender: 'm', number: 'sg' }, ['mood', 'gender', 'number'])
  if (!participle) return `no participle of “${verb}” in the lexicon`
  const agreed = agreeAround(draft.before.slice(0, m.index), avoir, 'fr')
  if (!agreed.safe) return agreed.why ?? 'the auxiliary cannot change'
  const cased = /^\p{Lu}/u.test(m[1]) ? avoir.charAt(0).toUpperCase() + avoir.slice(1) : avoir
  const rest = draft.replacement.split(' ').slice(1)
  return { ...draft, before: agreed.before + cased + m[2], replacement: [participle, ...rest].join(' ') }
}
