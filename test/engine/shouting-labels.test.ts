// Shouting, by class of false alarm (issue #16, precision): words of the language set in capitals
// that name or label something by where they stand, and the shouting next to each class that must
// stay flagged. Sentences written for these tests.
import { describe, expect, it } from 'vitest'
import { en, fr, loadWordLists } from './shouted.js'

loadWordLists()

describe('shouting: acronyms that are also words', () => {
  it('leaves ACID, SOLID, RAID, ISMS, SOAR, RAG and STEM alone, not SMART', () => {
    expect(en('Transactions are ACID and the code is SOLID. Disks use RAID; the ISMS and the SOAR tools run RAG agents for STEM classes.')).toEqual([])
    expect(en('Enjoy SMART SAVINGS today.')).toEqual(['SMART SAVINGS'])
  })

  it('leaves GUI and WIFI alone in French (store listings), not the ordinary words shouted beside them', () => {
    expect(fr('Les partages se lisent depuis le GUI, sur les réseaux WIFI autorisés.')).toEqual([])
    expect(fr('Des réseaux WIFI autorisés, une OFFRE INCROYABLE.')).toEqual(['OFFRE INCROYABLE'])
  })
})

describe('shouting: labels before their colon', () => {
  it('leaves the labels of documentation, release notes, legal texts and job ads alone', () => {
    expect(en('NOTE: the cache is cleared.\n\nFIXED: no crash on start.\n\nBREAKING CHANGE: the file moved.\n\nAPPENDIX: how to apply it.\n\nLOCATION: Remote.')).toEqual([])
    expect(en('- IMPROVED: faster sync\n- **REMOVED**: the old menu')).toEqual([])
    expect(fr('NOUVEAUTÉS : mode sombre.\n\nLIEU : Paris ou télétravail.')).toEqual([])
  })

  it('leaves a label before its colon at the head of a list item alone, not elsewhere nor alarms', () => {
    expect(en('• FAST SYNC: your notes on every device\n• OFFLINE MAPS: no signal needed')).toEqual([])
    expect(fr('- SYNCHRO RAPIDE : vos notes partout')).toEqual([])
    expect(en('LIMITED TIME ONLY: half price. WARNING: this app is addictive. Now: HALF PRICE: today.')).toEqual(['LIMITED TIME ONLY', 'WARNING', 'HALF PRICE'])
    expect(fr('ATTENTION : cette appli est addictive.')).toEqual(['ATTENTION'])
  })
})

describe('shouting: a block laid out in labels before their colon (session 36)', () => {
  it('leaves three or more labelled lines alone, not a call among them nor a lone label', () => {
    const listing = 'HORS LIGNE : vos cartes sans réseau.\nÀ PROPOS : une équipe de trois bénévoles.\nNOTRE SITE : https://exemple.org\nPROFITEZ EN VITE : cinq jours gratuits.'
    expect(fr(listing)).toEqual(['PROFITEZ EN VITE'])
    expect(fr('OFFRE EXCEPTIONNELLE : moins 50 % sur tout.\nLivraison en deux jours.')).toEqual(['OFFRE EXCEPTIONNELLE'])
    expect(en('OFFLINE MAPS: no signal needed.\nOUR TEAM: three volunteers.\nBUY NOW: half price.')).toEqual(['BUY NOW'])
  })
})

describe('shouting: store-listing labels in bold at the head of their line', () => {
  it('leaves a bold label ending in a question or a full stop alone, not one ending in "!"', () => {
    expect(en('<b>WHY CHOOSE US?</b><br>• Works offline<br>• Syncs fast')).toEqual([])
    expect(en('**WHY CHOOSE US?**\n- Works offline')).toEqual([])
    expect(en('<b>NO ADS.</b><br>No tracking, ever.')).toEqual([])
    expect(fr('<b>POURQUOI NOUS CHOISIR ?</b><br>• Fonctionne hors ligne')).toEqual([])
    expect(en('<b>BUY NOW!</b><br>• Half price')).toEqual(['BUY NOW'])
    expect(fr('<b>ACHETEZ MAINTENANT !</b>')).toEqual(['ACHETEZ MAINTENANT'])
  })

  it('leaves a bold label followed on its line by a new sentence alone, not by lower case or capitals', () => {
    expect(en('**FAST SYNC** Your notes on every device.')).toEqual([])
    expect(en('- **NO ADS.** No tracking, ever.')).toEqual([])
    expect(fr('**SYNCHRO RAPIDE** Vos notes partout.')).toEqual([])
    expect(en('**AMAZING DEAL** today only.')).toEqual(['AMAZING DEAL'])
    expect(en('**BUY NOW** HALF PRICE today.')).toEqual(['BUY NOW** HALF PRICE'])
    expect(en('<b>BUY NOW!</b> Half price today.')).toEqual(['BUY NOW'])
  })

  it('leaves several bold labels on one line alone, not a bold shout inside a sentence', () => {
    expect(en('<b>PRIVACY FIRST</b><br><b>WORKS OFFLINE</b><br><b>NO ADS</b>')).toEqual([])
    expect(en('Get this **AMAZING DEAL** today.')).toEqual(['AMAZING DEAL'])
    expect(en('Get this <b>AMAZING DEAL</b> today.')).toEqual(['AMAZING DEAL'])
    expect(fr('Profitez de cette <b>OFFRE INCROYABLE</b> aujourd’hui.')).toEqual(['OFFRE INCROYABLE'])
  })

  it('leaves a question framed by ornaments alone as a heading line, not an unframed one nor a "!"', () => {
    expect(en('★ WHY CHOOSE US? ★\n• Works offline')).toEqual([])
    expect(en('Works offline.\nARE YOU READY?')).toEqual(['ARE YOU READY'])
    expect(en('★ BUY NOW! ★\n• Half price')).toEqual(['BUY NOW'])
  })
})

describe('shouting: heading lines inside a block', () => {
  it('leaves a line all in capitals above the lines it heads alone, not a line with sentence punctuation', () => {
    expect(en('★ KEY FEATURES ★\n• Works offline\n• Syncs fast')).toEqual([])
    expect(fr('FONCTIONNALITÉS\n• Marche hors ligne')).toEqual([])
    expect(en('Works offline.\nBUY IT NOW!')).toEqual(['BUY IT NOW'])
  })

  it('reads the lines of copy written as HTML (store listings): <br> and <p> break lines, <b> is not a word', () => {
    expect(en('Great app.<br><b>KEY FEATURES</b><br>• Works offline<br>• FAST SYNC: notes everywhere')).toEqual([])
    expect(en('<b>OFFLINE MAPS</b>\n• Works without a signal')).toEqual([])
    expect(en('Our <b>GREAT MAPS</b> work anywhere.')).toEqual(['GREAT MAPS'])
  })

  it('leaves a label in bold at the head of a line alone, when its line, colon or dash ends it', () => {
    expect(en('Works offline.\n**FAST SYNC** – notes everywhere\n**DARK MODE**: easy on the eyes')).toEqual([])
    expect(en('Works offline.\n**ORDER NOW** and save.')).toEqual(['ORDER NOW'])
  })
})

describe('shouting: names of things', () => {
  it('leaves tickers after their exchange alone', () => {
    expect(en('Shopify (NYSE: SHOP) and Atlassian (Nasdaq: TEAM) report today.')).toEqual([])
  })

  it('leaves menu paths, menu items and assignments alone', () => {
    expect(en('Go to Settings > PRIVACY > CLEAR DATA, then select SAVE AS from the FILE menu. Set ROUTE=home.')).toEqual([])
    expect(fr('Allez dans Paramètres > CONFIDENTIALITÉ > EFFACER LES DONNÉES.')).toEqual([])
  })

  it('leaves what a screen, a menu, a state or a plan is called alone, when the next word says so', () => {
    expect(en('Open the EDIT menu and the PRIVACY tab. The instance moves to the STOPPED state on the PLUS plan.')).toEqual([])
    expect(en('Click the SAVE CHANGES button.')).toEqual([])
    expect(en('AMAZING DEALS for every team.')).toEqual(['AMAZING DEALS'])
  })

  it('leaves the value a state or setting takes alone, not a selling word after “our”', () => {
    expect(en('The status changes from PENDING to ACTIVE. Set the visibility to PUBLIC or PRIVATE.')).toEqual([])
    expect(en('Our prices are INCREDIBLE.')).toEqual(['INCREDIBLE'])
  })

  it('leaves keys pressed, codes and words to type or text alone', () => {
    expect(en('Press HOME, then BACK. Use code WELCOME at checkout. Text STOP to 12345 or type DELETE to confirm.')).toEqual([])
    expect(fr('Appuyez sur ENTRÉE puis sur ÉCHAP. Envoyez STOP au 36180 ou utilisez le code BIENVENUE.')).toEqual([])
  })

  it('leaves words quoted after the verb that shows or types them alone, not a selling word in quotes', () => {
    expect(en('The sign reads “CLOSED FOR REPAIRS”. Type "DELETE" to confirm.')).toEqual([])
    expect(fr('Le panneau indiquait « FERMÉ POUR TRAVAUX ».')).toEqual([])
    expect(en('Get “FREE” shipping.')).toEqual(['FREE'])
  })

  it('leaves release stages, press contacts and a model’s tier after its code alone, not a selling word after a figure', () => {
    expect(en('The app is in BETA; join the PUBLIC BETA.\n\nMEDIA CONTACT: Jane Roe')).toEqual([])
    expect(en('Meet the Galaxy S24 ULTRA and the iPhone MAX.')).toEqual([])
    expect(en('Get 2X FASTER sync. Save 50% TODAY.')).toEqual(['FASTER', 'TODAY'])
  })

  it('leaves the search path alone', () => {
    expect(en('Add the folder to your PATH and restart.')).toEqual([])
  })
})

describe('shouting: legal capitals', () => {
  it('leaves the waivers of terms of service alone, in English and French', () => {
    expect(en('BY USING THE SERVICE YOU AGREE TO BINDING ARBITRATION AND WAIVE YOUR RIGHT TO A JURY TRIAL.')).toEqual([])
    expect(en('PLEASE READ THESE TERMS CAREFULLY BEFORE YOU START USING THE SERVICE.')).toEqual([])
    expect(fr('LE LOGICIEL EST FOURNI « EN L’ÉTAT », SANS GARANTIE D’AUCUNE SORTE.')).toEqual([])
  })
})
