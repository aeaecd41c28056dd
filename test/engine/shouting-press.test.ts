// Shouting in vendor documentation, press releases and job ads (issue #16, session 30): the classes
// of false alarm found on AWS guides, foundation announcements and US federal job ads
// (scripts/eval/shouting-press.mjs), each beside the shouting that must stay flagged. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest'
import { en, fr, loadWordLists } from './shouted.js'

loadWordLists()

describe('shouting: a label whose head noun is a label', () => {
  it('leaves a job ad’s phrase of up to four words before its colon alone when its last word is a label', () => {
    expect(en('MINIMUM REQUIREMENTS: two years of work with a team.')).toEqual([])
    expect(en('PREFERRED TECHNICAL QUALIFICATIONS: you have run a service.')).toEqual([])
    expect(en('**CORE DUTIES** (CDs): you plan the work of the team.')).toEqual([])
  })

  it('still flags a call before its colon, and a phrase whose last word is no label', () => {
    expect(en('LIMITED TIME ONLY: half price on every plan.')).toEqual(['LIMITED TIME ONLY'])
    expect(en('HUGE SAVINGS: half price on every plan.')).toEqual(['HUGE SAVINGS'])
    expect(en('NOW WITH MORE FREE REQUIREMENTS: none.')).toEqual(['NOW WITH MORE FREE REQUIREMENTS'])
    expect(en('IMPORTANT NOTE: the template no longer takes a path.')).toEqual(['IMPORTANT NOTE'])
  })

  it('reads French labels whole only: an adjective of the list leads a shout', () => {
    expect(fr('NOUVEAU PRIX INCROYABLE : moitié prix sur tout.')).toEqual(['NOUVEAU PRIX INCROYABLE'])
    expect(fr('SALAIRE : selon le profil.')).toEqual([])
  })
})

describe('shouting: labels inside a block', () => {
  it('leaves a label of the list at the start of a sentence alone, not an alarm', () => {
    expect(en('Your grade stays the same on transfer. NOTE: This applies only to current staff.')).toEqual([])
    expect(fr('Le poste est ouvert à tous. REMARQUE : le télétravail est possible.')).toEqual([])
    expect(en('Your grade stays the same on transfer. WARNING: this form expires today.')).toEqual(['WARNING'])
  })

  it('leaves a status notice before its dash at the head of its line alone, not a call', () => {
    // The AWS guides' notices: "**Warning**", two spaces (a line break), then the notice.
    expect(en('**Warning**  \n**NOT SUPPORTED – Example: Deny users the right to start a task**')).toEqual([])
    expect(en('**Note**  \n**EXPERIMENTAL – the export may change.**')).toEqual([])
    expect(en('**Today only**  \n**BUY NOW – half price on every plan**')).toEqual(['BUY NOW'])
  })
})

describe('shouting: software named by its kind', () => {
  // English only: French names the kind first, and its adjectives follow the noun too
  // (« des bibliothèques GRATUITES » shouts), so « la bibliothèque GNOME » is left flagged.
  it('leaves a name before stack, framework or libraries alone', () => {
    expect(en('Install the MEAN stack, or build it with the GNOME libraries and the Agile SAFE framework.')).toEqual([])
  })

  it('still flags a shout before another noun', () => {
    expect(en('Install the MEAN stack and get AMAZING support.')).toEqual(['AMAZING'])
    expect(en('LIMITED packages remain!!')).toEqual(['LIMITED', '!!'])
  })
})

describe('shouting: values', () => {
  it('leaves alternatives in parentheses alone, not a call in them', () => {
    expect(en('Filters access by the metadata behaviour (COPY or REPLACE) of the copied object.')).toEqual([])
    expect(fr('Filtre l’accès selon la copie (GARDER ou REMPLACER) des objets.')).toEqual([])
    expect(en('Act fast (BUY NOW or MISS OUT).')).toEqual(['BUY NOW', 'MISS OUT'])
  })

  it('leaves the value a header is set to alone', () => {
    expect(en('Set the `x-meta-directive` header to COPY.')).toEqual([])
    expect(fr('Réglez l’en-tête `x-meta-directive` sur COPIE.')).toEqual([])
  })

  it('leaves a value matched at the end of its clause alone, not a shout inside the clause', () => {
    expect(en('| Begins with | the key begins with ORDER |')).toEqual([])
    expect(fr('Gardez les clés qui commencent par COMMANDE.')).toEqual([])
    expect(en('Your journey starts with AMAZING savings today.')).toEqual(['AMAZING'])
  })
})

describe('shouting: Microsoft Learn’s Markdown', () => {
  it('leaves the directives after "[!" alone, not a shout after a "!" or a "[!]"', () => {
    expect(en('[!INCLUDE [preview notice](includes/preview-notice.md)]\n\n> [!VIDEO https://example.com/player?show=intro]')).toEqual([])
    expect(en('Today only!AMAZING DEAL inside. Sale [!] AMAZING DEAL today.')).toEqual(['AMAZING DEAL', 'AMAZING DEAL'])
  })

  it('leaves a release stage alone, not a shout beside it', () => {
    expect(en('> The site manager is currently in PREVIEW.')).toEqual([])
    expect(en('The site manager is currently in PREVIEW. It is AMAZING.')).toEqual(['AMAZING'])
  })
})
