// The report's own words in English and French. Findings' messages come localised from the
// engine; everything around them is here, so both renderers say the same thing.
import type { Language, Severity } from '../engine/index.js'

export type ReportLocale = Language

export interface Labels {
  locale: ReportLocale
  /** BCP 47 tag for Intl and <html lang>. */
  tag: string
  defaultTitle: string
  /** “: ” in English, “ : ” (no-break space before) in French. */
  colon: string
  generated: (date: string) => string
  summary: string
  score: string
  /** The score's column header. */
  scoreShort: string
  scoreOutOf: string
  scoreBand: (score: number) => string
  /** Instead of the score when no file was linted. */
  noScore: string
  /** `cost`: points a finding of each severity costs in a 100-word text. */
  scoreFormula: (cost: Record<Severity, number>) => string
  costs: string
  points: (n: string) => string
  filesLinted: string
  filesWithFindings: string
  filesSkipped: string
  words: string
  findings: string
  severity: Record<Severity, string>
  severities: Record<Severity, string>
  severityHead: string
  /** “3 warnings”, « 1 avertissement »; n already formatted, count for the plural. */
  severityCount: (n: string, count: number, severity: Severity) => string
  byFamily: string
  byFamilyDesc: string
  byLanguage: string
  byLanguageDesc: string
  principle: string
  language: string
  languages: Record<Language, string>
  count: string
  numbers: string
  repeated: string
  repeatedDesc: string
  phrase: string
  rule: string
  times: string
  inFiles: string
  suggestions: string
  noSuggestion: string
  noRepeated: string
  filesWorstFirst: string
  file: string
  notDetailed: (count: number, max: number) => string
  findingsByFile: string
  fileScore: (score: number) => string
  position: string
  flagged: string
  message: string
  openFile: (path: string) => string
  openAt: (path: string, line: number, column: number) => string
  skippedFiles: string
  reason: string
  clean: string
  footer: string
}

const en: Labels = {
  locale: 'en',
  tag: 'en-GB',
  defaultTitle: 'Cluetrain Lint audit',
  colon: ': ',
  generated: (date) => `Generated on ${date}`,
  summary: 'Summary',
  score: 'Human-voice score',
  scoreShort: 'Score',
  scoreOutOf: 'out of 100',
  scoreBand: (s) => (s >= 90 ? 'reads like a person' : s >= 75 ? 'mostly a human voice' : s >= 50 ? 'corporate in places' : 'reads like a brochure'),
  noScore: 'No score: no file was linted.',
  scoreFormula: (c) => `100 minus what the findings cost. In 100 words, an error costs ${c.error} points, a warning ${c.warning} and an info ${c.info}; in 1,000 words, a tenth of that. A text under 100 words counts as 100.`,
  costs: 'What cost the most',
  points: (n) => `−${n} points`,
  filesLinted: 'Files linted',
  filesWithFindings: 'Files with findings',
  filesSkipped: 'Files skipped',
  words: 'Words',
  findings: 'Findings',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severities: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  severityHead: 'Severity',
  severityCount: (n, count, s) => `${n} ${s === 'info' || count === 1 ? s : `${s}s`}`,
  byFamily: 'Findings per principle',
  byFamilyDesc: 'Horizontal bar chart: the number of findings for each of the 12 principles.',
  byLanguage: 'Findings per language',
  byLanguageDesc: 'Horizontal bar chart: the number of findings in English and in French paragraphs.',
  principle: 'Principle',
  language: 'Language',
  languages: { en: 'English', fr: 'French' },
  count: 'Findings',
  numbers: 'The numbers as a table',
  repeated: 'Most repeated phrases',
  repeatedDesc: 'The same words, flagged by the same rule, across the audit.',
  phrase: 'Phrase',
  rule: 'Rule',
  times: 'Times',
  inFiles: 'Files',
  suggestions: 'Suggestions',
  noSuggestion: '—',
  noRepeated: 'Nothing was flagged.',
  filesWorstFirst: 'Files, worst first',
  file: 'File',
  notDetailed: (n, max) => {
    const more = n === 1 ? '1 more file with findings is listed above with its score only' : `${n.toLocaleString('en-GB')} more files with findings are listed above with their scores only`
    return `${more}: ${max === 0 ? 'no file is detailed' : max === 1 ? 'only the worst file is detailed below' : `only the ${max.toLocaleString('en-GB')} worst files are detailed below`}.`
  },
  findingsByFile: 'Findings by file',
  fileScore: (s) => `score ${s}/100`,
  position: 'Line:column',
  flagged: 'Flagged text',
  message: 'Why',
  openFile: (path) => `Open ${path}`,
  openAt: (path, line, column) => `Open ${path} at line ${line}, column ${column}`,
  skippedFiles: 'Skipped files',
  reason: 'Reason',
  clean: 'No corporate-speak found.',
  footer: 'Cluetrain Lint checks copy against the principles of the Cluetrain Manifesto (1999). Each rule links to its explanation.',
}

const fr: Labels = {
  locale: 'fr',
  tag: 'fr-FR',
  defaultTitle: 'Audit Cluetrain Lint',
  colon: '\u00a0: ',
  generated: (date) => `Généré le ${date}`,
  summary: 'Synthèse',
  score: 'Score de voix humaine',
  scoreShort: 'Score',
  scoreOutOf: 'sur 100',
  scoreBand: (s) => (s >= 90 ? 'on entend une personne' : s >= 75 ? 'une voix plutôt humaine' : s >= 50 ? 'langue de bois par endroits' : 'on lit une plaquette'),
  noScore: 'Pas de score\u00a0: aucun fichier n’a été analysé.',
  scoreFormula: (c) => `100 moins ce que coûtent les remarques. Sur 100 mots, une erreur coûte ${c.error} points, un avertissement ${c.warning} et une info ${c.info} ; sur 1 000 mots, dix fois moins. Un texte de moins de 100 mots compte pour 100.`,
  costs: 'Ce qui coûte le plus',
  points: (n) => `−${n} points`,
  filesLinted: 'Fichiers analysés',
  filesWithFindings: 'Fichiers avec remarques',
  filesSkipped: 'Fichiers ignorés',
  words: 'Mots',
  findings: 'Remarques',
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  severities: { error: 'Erreurs', warning: 'Avertissements', info: 'Infos' },
  severityHead: 'Gravité',
  severityCount: (n, count, s) => `${n} ${fr.severity[s]}${count > 1 ? 's' : ''}`,
  byFamily: 'Remarques par principe',
  byFamilyDesc: 'Diagramme en barres horizontales : le nombre de remarques pour chacun des 12 principes.',
  byLanguage: 'Remarques par langue',
  byLanguageDesc: 'Diagramme en barres horizontales : le nombre de remarques dans les paragraphes en anglais et en français.',
  principle: 'Principe',
  language: 'Langue',
  languages: { en: 'anglais', fr: 'français' },
  count: 'Remarques',
  numbers: 'Les chiffres sous forme de tableau',
  repeated: 'Formules les plus répétées',
  repeatedDesc: 'Les mêmes mots, signalés par la même règle, sur l’ensemble de l’audit.',
  phrase: 'Formule',
  rule: 'Règle',
  times: 'Fois',
  inFiles: 'Fichiers',
  suggestions: 'Suggestions',
  noSuggestion: '—',
  noRepeated: 'Rien n’a été signalé.',
  filesWorstFirst: 'Fichiers, du pire au meilleur',
  file: 'Fichier',
  notDetailed: (n, max) => {
    const more = n === 1 ? '1 autre fichier avec remarques figure ci-dessus avec son score seulement' : `${n.toLocaleString('fr-FR')} autres fichiers avec remarques figurent ci-dessus avec leur score seulement`
    return `${more} : ${max === 0 ? 'aucun fichier n’est détaillé' : max === 1 ? 'seul le pire fichier est détaillé ci-dessous' : `seuls les ${max.toLocaleString('fr-FR')} pires fichiers sont détaillés ci-dessous`}.`
  },
  findingsByFile: 'Remarques par fichier',
  fileScore: (s) => `score ${s}/100`,
  position: 'Ligne:colonne',
  flagged: 'Texte signalé',
  message: 'Pourquoi',
  openFile: (path) => `Ouvrir ${path}`,
  openAt: (path, line, column) => `Ouvrir ${path} à la ligne ${line}, colonne ${column}`,
  skippedFiles: 'Fichiers ignorés',
  reason: 'Raison',
  clean: 'Aucune langue de bois trouvée.',
  footer: 'Cluetrain Lint confronte les textes aux principes du Cluetrain Manifesto (1999). Chaque règle renvoie à son explication.',
}

export function labelsFor(locale: ReportLocale = 'en'): Labels {
  return locale === 'fr' ? fr : en
}

export function formatNumber(labels: Labels, n: number): string {
  return new Intl.NumberFormat(labels.tag).format(n)
}

/** In UTC, so the same report reads the same wherever it is rendered. */
export function formatDate(labels: Labels, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${new Intl.DateTimeFormat(labels.tag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`
}

/** “use” or « utiliser », as the engine quotes suggestions in messages. */
export function quote(language: Language, text: string): string {
  return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`
}
