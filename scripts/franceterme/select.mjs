// Which FranceTerme articles become entries of the anglicisms-franceterme rule, by measure rather than
// by hand: most of FranceTerme is physics, biology, aviation or law, whose English never reaches
// French marketing copy, and some English equivalents are French words too ("prospect", "corner").
// Each step's rejects are returned with their reason, so the importer can print them.
import { readFileSync } from 'node:fs'

/** The domains of copy: marketing, communication, digital products, work and training. Finance,
 * law, insurance, politics and the sciences are left out: their English terms ("repo", "lawfare",
 * "best estimate") are technical vocabulary of specialists, not anglicisms of copywriters. */
export const COPY_DOMAINS = new Set([
  'Communication',
  "Économie et gestion d'entreprise",
  'Économie générale',
  'Informatique',
  'Audiovisuel',
  'Télécommunications',
  'Tous domaines',
  'Tourisme',
  'Habillement et mode',
  'Emploi et travail',
  'Éducation',
  'Formation',
])

// What rules/schema.json accepts as a phrase: words of letters and digits, hyphens and apostrophes inside.
const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'))
const PHRASE = new RegExp(schema.definitions.phrase.pattern, 'u')

// The folding of scripts/build-rules.mjs, which the engine applies before comparing words.
export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  .replace(/[’‘ʼ]/g, "'").replace(/-/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim()

/** An English equivalent as a phrase to match ("data lake"), or { reason } when it cannot be one. */
export function englishPhrase(raw) {
  const text = raw.replace(/\s*\[[^\]]*\]/g, '').trim() // "cryptostealer [logiciel]": a gloss
  if (/\(to\)$/.test(text)) return { reason: 'an English verb (French copy conjugates it, so no form to match)' }
  if (/[()]/.test(text)) return { reason: 'a note in parentheses' }
  // GenAI, DDoS, FAIR data, SIM swapping: acronyms and names, read as such in French copy.
  if (text.split(/[\s-]+/).some((w) => /\p{Lu}.*\p{Lu}/u.test(w))) return { reason: 'an acronym or a name' }
  if (!PHRASE.test(text)) return { reason: 'not words the rules can match' }
  return { phrase: text.toLowerCase() }
}

/** A recommended French term as a suggestion: "client, -e potentiel, -elle" → "client potentiel". */
export function frenchSuggestion(raw) {
  return raw
    .replace(/,\s*-[\p{L}]+/gu, '') // feminine endings
    .replace(/\s*\([^)]*\)|\s*\[[^\]]*\]/g, '') // "(à)", "[logiciel]"
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Entries { phrase, suggest, sources: [{ domains, date, id }] } for the articles of copy domains,
 * merged by English phrase (FranceTerme gives "replay" twice), sorted by phrase; and the rejects
 * { english, reason }.
 *   frenchWords: Set of lower-case French word forms (an English word that is one is left out)
 *   taken: Set of folded phrases that another French rule already lists
 */
export function selectEntries(records, { frenchWords, taken }) {
  const byPhrase = new Map()
  const rejects = []
  for (const record of records) {
    if (!record.domains.some((d) => COPY_DOMAINS.has(d))) continue
    const suggest = [...new Set(record.french.map(frenchSuggestion).filter(Boolean))]
    for (const english of record.english) {
      const { phrase, reason } = englishPhrase(english)
      const reject = (why) => rejects.push({ english, reason: why })
      if (!phrase) reject(reason)
      else if (phrase.split(/[\s-]+/).every((w) => frenchWords.has(w) || frenchWords.has(w.replace(/'.*/, '')))) reject('French word(s) too')
      else if (suggest.some((s) => fold(s) === fold(phrase))) reject('the same word in French')
      else if (taken.has(fold(phrase))) reject('already listed by a French rule')
      else {
        const entry = byPhrase.get(fold(phrase)) ?? { phrase, suggest: [], sources: [] }
        entry.suggest = [...new Set([...entry.suggest, ...suggest])]
        entry.sources.push({ domains: record.domains, date: record.date, id: record.id })
        byPhrase.set(fold(phrase), entry)
      }
    }
  }
  const entries = [...byPhrase.values()].sort((a, b) => (fold(a.phrase) < fold(b.phrase) ? -1 : 1))
  return { entries, rejects }
}
