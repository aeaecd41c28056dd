// Sentence ends parse-latin and parse-english miss (src/engine/text/sentence-ends.ts): a full stop
// after "etc.", a single letter or a short number, then a word that starts a sentence. Sentences
// written for this test, in both languages; each `splits` case was one sentence before the step.
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { tokenizeText } from '../../src/engine/text/tokens.js'

const sentencesOf = (text: string, english: boolean) => tokenizeText(text, 0, text.length, english).sentences.map((s) => text.slice(s.start, s.end))

describe('ends a sentence the parsers ran on', () => {
  it.each([
    ['Chaque site reçoit une note de A à F. Cette note résume sa protection.', false, ['Chaque site reçoit une note de A à F.', 'Cette note résume sa protection.']],
    ['La fonction renvoie la valeur 123. Mais une chaîne vide lève une erreur.', false, ['La fonction renvoie la valeur 123.', 'Mais une chaîne vide lève une erreur.']],
    ['Il y a des sons à mixer, à égaliser, etc. Dans chaque cas, la fonction change.', false, ['Il y a des sons à mixer, à égaliser, etc.', 'Dans chaque cas, la fonction change.']],
    ['Le voisin paie la moitié du mur, s’il y en a. L’estimation se fait à la date de l’achat.', false, ['Le voisin paie la moitié du mur, s’il y en a.', 'L’estimation se fait à la date de l’achat.']],
    ['It stores logs in S3, Redshift etc. Acme also sells a dashboard.', true, ['It stores logs in S3, Redshift etc.', 'Acme also sells a dashboard.']],
    ['Your role is one of the 34. You can apply for the new ones.', true, ['Your role is one of the 34.', 'You can apply for the new ones.']],
    ['We picked plan B. The first one cost too much.', true, ['We picked plan B.', 'The first one cost too much.']],
  ])('%s', (text, english, expected) => {
    expect(sentencesOf(text, english)).toEqual(expected)
  })
})

describe('leaves an initial, a title, an initialism or a reference whole', () => {
  it.each([
    ['Le texte est signé J. Dupont et daté de mai.', false],
    ['M. Le Maire ouvre la séance à neuf heures.', false],
    ['Les articles L. 431-6 et L. 431-7 du code s’appliquent.', false],
    ['Voir p. 4 pour le détail.', false],
    ['We met Mr. Smith at the station.', true],
    ['Some words, i.e. The Ones We Quote, stay capitalised.', true],
    ['Prices in the U.S. The Store lists them in dollars.', true],
    ['It was written by J. R. Tolkien in Oxford.', true],
    ['Apples, pears, etc. are in season.', true],
  ])('%s', (text, english) => {
    expect(sentencesOf(text, english)).toHaveLength(1)
  })
})

it('counts each half of a Markdown paragraph as its own sentence, across a soft line break', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ')
  const text = `Une note de A à F.\nCette note ${words(36)} ici.\n`
  expect(lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'long-sentences')).toEqual([])
  const joined = `Une note de A à F, cette note ${words(36)} ici.\n`
  expect(lint(joined, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'long-sentences')).toHaveLength(1)
})
