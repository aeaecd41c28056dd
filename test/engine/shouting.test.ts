// Shouting on copy nobody here wrote (issue #16): ordinary words in capitals shout; names, codes,
// acronyms, layout and legal capitals do not. Sentences written for these tests.
import { describe, expect, it } from 'vitest'
import { testRules } from '../fixtures/rule-set.js'
import { actuals } from '../helpers.js'
import { en, fr, loadWordLists } from './shouted.js'

loadWordLists()

describe('shouting: ordinary words in capitals', () => {
  it('flags words of the language, short ones and contractions included', () => {
    expect(en('Grab the SPRING BUNDLE before Friday. Shipping is FREE. Please DON’T wait.')).toEqual(['SPRING BUNDLE', 'FREE', 'DON’T'])
    expect(fr('Une appli NON payante. Les frais sont OFFERTS. PROFITEZ-EN avant lundi.')).toEqual(['NON', 'OFFERTS', 'PROFITEZ-EN'])
  })

  it('leaves names, protocols and formats alone, and a run holding one', () => {
    expect(en('Trains leave LONDON at noon. Files move over SFTP or EDIFACT. Call MARGARET THATCHER HOUSE today.')).toEqual([])
    expect(fr('Le système s’appuie sur POSIX et sur l’API de TOULOUSE.')).toEqual([])
  })

  it('leaves identifiers and codes alone', () => {
    expect(en('Set NODE_ENV before you start. Read CONFIG.YAML and CHECK2 first.')).toEqual([])
  })

  it('leaves an elided acronym alone in French, and scripts without capitals in any language', () => {
    expect(fr('Il vient d’UNIX et de l’ASCII.')).toEqual([])
    expect(en('The menu reads 設定を開く then ボタン.')).toEqual([])
  })
})

describe('shouting: where capitals are layout, law or names', () => {
  it('leaves notices in brackets, HTTP methods before a path, and things named by the word beside them', () => {
    expect(en('[DEPRECATED] This option goes away. Send DELETE /orders/7 to cancel. Edit the NOTICE file and press the ESCAPE key.')).toEqual([])
    expect(fr('Ouvrez le fichier LISEZMOI puis appuyez sur la touche ENTRÉE.')).toEqual([])
  })

  it('leaves datelines and wire services alone', () => {
    expect(en('NEW HAVEN, March 3 — The library opens a branch.\n\nGREEN BAY — Fans queued.')).toEqual([])
    expect(en('GREEN BAY, Wis.--(BUSINESS WIRE)--The cooperative opens a shop.')).toEqual([])
  })

  it('leaves HTTP methods alone where two are named, not a lone word that happens to be one', () => {
    expect(en('The service answers GET, PATCH and DELETE; a DELETE endpoint needs a token.')).toEqual([])
    expect(en('Mistakes happen: DELETE nothing.')).toEqual(['DELETE'])
  })

  it('leaves licence disclaimers alone', () => {
    expect(en('THIS PACKAGE COMES WITH NO WARRANTY. USE IT AT YOUR OWN RISK.')).toEqual([])
  })

  it('leaves a short paragraph set in capitals as a heading, not a longer one', () => {
    expect(en('SALARY AND BENEFITS\n\nWe pay well.')).toEqual([])
    expect(en('FEATURES:\n\n- quick')).toEqual([])
    expect(en('EVERY PLAN COMES WITH A FREE MONTH AND A GIFT FOR YOU AND YOUR FRIENDS TOO')).toEqual(['EVERY PLAN COMES WITH', 'FREE MONTH AND', 'GIFT FOR YOU AND YOUR FRIENDS TOO'])
    // A store listing's label in HTML bold at the start of its block; the same words inside a sentence shout.
    expect(en('Our <b>GREAT MAPS</b> work anywhere.\n\n<b>GREAT MAPS</b> - they work anywhere.')).toEqual(['GREAT MAPS'])
  })

  it('leaves the requirement keywords of specifications and acronyms after their expansion alone', () => {
    expect(en('Clients MUST NOT retry, and SHOULD wait. Ask the Travel Help Desk (DESK) first.')).toEqual([])
  })

  it('leaves the files a project keeps at its top alone, named without “file”', () => {
    expect(en('You must give recipients a copy of the NOTICE and the LICENSE; see CONTRIBUTING and AUTHORS.')).toEqual([])
    expect(fr('Lisez le LISEZMOI et la NOTICE avant de commencer.')).toEqual([])
    expect(en('Please NOTICE the GREAT price.')).toEqual(['GREAT'])
  })

  it('leaves GitHub alerts, bold labels with their colon, key chords and literals alone, not a label without bold', () => {
    expect(en('> [!IMPORTANT]\n> Back up first.\n\n**NOTE:** the cache is cleared. Press CTRL+ALT+DELETE, then set it to TRUE or NULL.')).toEqual([])
    expect(en('REMINDER: the sale ends tonight. **ORDER NOW** and save.')).toEqual(['REMINDER', 'ORDER NOW'])
  })

  it('leaves button labels set off after the verb that works them, and copyright holders, alone', () => {
    expect(en('Click **SAVE CHANGES** when done, or tap "CANCEL".\n\nCopyright (c) 2031 THE PROJECT AUTHORS')).toEqual([])
    expect(fr('Appuyez sur « VALIDER » pour finir.')).toEqual([])
    expect(en('Click TODAY to win. Our liability team is FANTASTIC.')).toEqual(['TODAY', 'FANTASTIC'])
  })

    it('still flags a call in capitals that ends a sentence', () => {
    expect(en('ORDER TODAY.')).toEqual(['ORDER TODAY'])
  })
})

// Moved from matching.test.ts, which lints without the word lists: the test rule set's settings.
describe('shouting: the rule\'s settings', () => {
  const testEn = { language: 'en', ruleData: testRules } as const
  it('flags runs of capitals and long words in capitals, not the listed acronyms nor words under minLength', () => {
    expect(actuals('AMAZING DEAL today. The NASA API is fine. Only BUY. Truly INCREDIBLE.', testEn)).toEqual(['AMAZING DEAL', 'INCREDIBLE'])
  })

  it('flags runs of exclamation marks, in French with their space', () => {
    expect(actuals('Offre exceptionnelle !!! La SNCF part.', { language: 'fr', ruleData: testRules })).toEqual(['!!!'])
    expect(actuals('Wow! Great!!', testEn)).toEqual(['!!'])
  })

  it('leaves headings in capitals alone', () => {
    expect(actuals('# WHY CHOOSE US\n\nHello.', testEn)).toEqual([])
  })

  it('an accepted word in capitals is not shouting', () => {
    expect(actuals('Try NIMBUS today. AMAZING DEAL.', { ...testEn, config: { accept: ['Nimbus'] } })).toEqual(['AMAZING DEAL'])
  })

  it('reads an acronym behind an elided article, and a surname in capitals after a first name', () => {
    expect(actuals('L’SNCF et D’SNCF roulent. Par Denis MEIMOUN, responsable. Offre EXCEPTIONNELLE.', { language: 'fr', ruleData: testRules })).toEqual([
      'EXCEPTIONNELLE',
    ])
  })
})
