// Anglicisms on copy nobody here wrote (issue #16): English words in French copy are flagged, not
// English itself, names or code. Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadAllMorphology } from '../../src/engine/index.js'

// As the evaluation and `--language fr` lint: the document is set to French.
const anglicisms = (text: string) =>
  lint(text, { format: 'markdown', language: 'fr' }).findings.filter((f) => f.ruleId === 'anglicisms').map((f) => f.actual)

beforeAll(async () => {
  await loadAllMorphology()
})

describe('anglicisms', () => {
  it('are still flagged in French prose', () => {
    expect(anglicisms('Il faut booster les ventes et demander un feedback avant la deadline.')).toEqual(['booster', 'feedback', 'deadline'])
  })

  it('are not flagged in a paragraph written in English, even in a French document', () => {
    const english = 'The tool lets your team boost sales, collect feedback and hit every deadline without a single meeting.'
    expect(anglicisms(`Notre outil aide votre équipe.\n\n${english}`)).toEqual([])
    // One accent does not make a paragraph French.
    expect(anglicisms('Get feedback from the café owner before the deadline, then ship the update to all of your customers.')).toEqual([])
  })

  it('are not flagged in code, paths, file names and compounds joined by :: - / _ .', () => {
    expect(anglicisms('Appelez boost::asio, lancez git-boost, importez boost_python, lisez feedback.txt et ouvrez src/deadline.')).toEqual([])
  })

  it('are not flagged in a capitalised name inside a sentence', () => {
    expect(anglicisms('La bibliothèque C++ Boost calcule vite.')).toEqual([])
  })
})
