// Shouting, by class of false alarm found on the READMEs, change logs and NEWS files of node_modules
// and /usr/share/doc (issue #16, session 29: scripts/eval/shouting-readmes.mjs). Each class: lines
// written for these tests in the manner of those files, left alone, and the shouting beside them
// that must stay flagged, in English and, where the class is not English only, in French.
import { describe, expect, it } from 'vitest'
import { en, fr, loadWordLists } from './shouted.js'

loadWordLists()

describe('shouting on READMEs: a word joined to code', () => {
  it('leaves a prefix of constants, a member of a brace list and an option’s value alone', () => {
    expect(en('Updated the lists of SIGNAL_*, CLOCK_* and TIMER_* constants.')).toEqual([])
    expect(en('The variables MSG{QUEUE,SLEEP}_LIMIT are read once.')).toEqual([])
    expect(en('Build it with `--with-lua[=LUA]` or expand ~HOLDER in paths.')).toEqual([])
  })

  it('still flags a word in capitals spaced from the code', () => {
    expect(en('Set SIGNAL_LIMIT and it is AMAZING.')).toEqual(['AMAZING'])
  })

  it('does the same in French', () => {
    expect(fr('Les constantes SIGNAL_* et HORLOGE_* sont à jour.')).toEqual([])
    expect(fr('Les constantes SIGNAL_* sont à jour : c’est GÉNIAL.')).toEqual(['GÉNIAL'])
  })
})

describe('shouting on READMEs: a metavariable the document defines', () => {
  // The engine lints each top-level block apart: "the document" is the block (a paragraph, a list).
  it('leaves a value named by a command line elsewhere in the block alone', () => {
    expect(en('New option --output=TARGET: the program writes its report to TARGET and stops.')).toEqual([])
    expect(en('Run `pack -s PACKAGE` to build it; the archive holds PACKAGE only.')).toEqual([])
  })

  it('still flags the word when the block never uses it as code, or opens a link with it', () => {
    expect(en('The program writes its report to TARGET and stops.')).toEqual(['TARGET'])
    expect(en('Get [FREE shipping](https://example.com) today: it is FREE.')).toEqual(['FREE', 'FREE'])
  })
})

describe('shouting on READMEs: a file or a variable named by the noun before it', () => {
  it('leaves “the file PACKAGING”, “environment variable BROWSER” and files seen alone', () => {
    expect(en('Read the file PACKAGING before you build. It sets the environment variable BROWSER.')).toEqual([])
    expect(en('See the file PACKAGING for hints; the hints in PACKAGING were updated.')).toEqual([])
    expect(en('See PACKAGING for hints. For details, read `TROUBLE\' first.')).toEqual([])
  })

  it('still flags a selling word after other nouns, and a file that is not named as one', () => {
    expect(en('Our plans are AMAZING. The hints in PACKAGING were updated.')).toEqual(['AMAZING', 'PACKAGING'])
  })
})

describe('shouting on READMEs: a name before its abbreviation', () => {
  it('leaves a character name before its initials in parentheses alone', () => {
    expect(en('A tab is replaced by one HORIZONTAL TAB (HT), a line ends with CARRIAGE RETURN LINE FEED (CRLF).')).toEqual([])
    expect(fr('Une fin de ligne est un SAUT DE LIGNE (SDL).')).toEqual([])
  })

  it('still flags a run whose parentheses hold something else', () => {
    expect(en('Get the BEST PRICE (today only).')).toEqual(['BEST PRICE'])
    expect(fr('Le MEILLEUR PRIX (aujourd’hui).')).toEqual(['MEILLEUR PRIX'])
  })
})

describe('shouting on READMEs: the status of a function in a change log', () => {
  it('leaves a status after the identifier heading its line alone', () => {
    expect(en('Interface changes:\n\n gcry_md_reset CHANGED\n ksba_cert_read CHANGED: Returns an error code now.\n reader_free() REMOVED', 'text')).toEqual([])
    expect(fr('Interface :\n\n fonction_lire MODIFIÉE\n', 'text')).toEqual([])
  })

  it('still flags a word in capitals after prose at the head of the line', () => {
    expect(en('Our sale is AMAZING', 'text')).toEqual(['AMAZING'])
  })

  it('leaves a change-log label in bold at the head of its line alone, not another word', () => {
    expect(en('**DEPRECATED** since 2.0, use `write()`.')).toEqual([])
    expect(en('**AMAZING** since 2.0, use `write()`.')).toEqual(['AMAZING'])
  })
})

describe('shouting on READMEs: names joined to names', () => {
  it('leaves a word joined to a name in capitals that is no word alone', () => {
    expect(en('See the files AUTHORS and HELPERS for contributors.')).toEqual([])
    expect(en('It runs on GTK, KDE and GNOME desktops alike.')).toEqual([])
    expect(fr('Il tourne sous KDE et GNOME sans souci.')).toEqual([])
  })

  it('still flags two ordinary words joined together', () => {
    expect(en('It is FAST and SIMPLE to set up.')).toEqual(['FAST', 'SIMPLE'])
    expect(fr('C’est RAPIDE et SIMPLE à installer.')).toEqual(['RAPIDE', 'SIMPLE'])
  })
})

describe('shouting on READMEs: the term a line defines', () => {
  it('leaves a word before its dash at the start of a line alone', () => {
    expect(en('Files in this folder:\nPACKAGING - hints for distributors\nHELPERS => who helped', 'text')).toEqual([])
    expect(fr('Fichiers :\nAIDE - comment installer', 'text')).toEqual([])
  })

  it('still flags a word in capitals inside the line', () => {
    expect(en('Files in this folder:\nhints - an AMAZING read', 'text')).toEqual(['AMAZING'])
  })
})

describe('shouting on READMEs: a word with no vowel is an acronym', () => {
  it('leaves a token with no vowel alone, though a word list holds it', () => {
    expect(fr('Le serveur FTP et les clés SSH sont prêts.')).toEqual([])
    expect(en('Mirror it over FTP, then sign in with SSH.')).toEqual([])
  })

  it('still flags words with a vowel, y included', () => {
    expect(fr('Les clés SSH sont GRATUITES.')).toEqual(['GRATUITES'])
    expect(en('TRY MY app, it is FREE.')).toEqual(['TRY MY', 'FREE'])
  })
})

describe('shouting on French manual pages: a metavariable or a name the block gives', () => {
  it('leaves an option’s value and a word named by the noun before it alone', () => {
    expect(fr('-f, --inactive INACTIVE : le compte est fermé INACTIVE jours après.')).toEqual([])
    expect(fr('La directive SECTION du fichier de configuration est lue ; la variable d’environnement LECTEUR aussi.')).toEqual([])
  })

  it('still flags the word when the block never names it', () => {
    expect(fr('Le compte est fermé INACTIVE jours après.')).toEqual(['INACTIVE'])
  })
})

describe('shouting on manual pages: a heading referred to, a column after its key', () => {
  it('leaves the name of a section after "section" or "see" alone', () => {
    expect(fr('Consultez la section CODES D’ÉTAT DE PROCESSUS pour les valeurs (voir VARIABLES D’ENVIRONNEMENT).')).toEqual([])
    expect(en('The codes are listed in the section EXIT STATUS OF THE TOOL; see NOTES below.')).toEqual([])
  })

  it('still flags a run after other words, and "see" before more words', () => {
    expect(fr('Venez voir NOS PRIX FOUS en magasin.')).toEqual(['NOS PRIX FOUS'])
    expect(en('Come and see OUR HUGE SALE today.')).toEqual(['OUR HUGE SALE'])
  })

  it('leaves a header after its key in lower case alone, not another word', () => {
    expect(fr('stat STAT État du processus.\nuser USER Nom de l’utilisateur.', 'text')).toEqual([])
    expect(fr('stat SUPER État du processus.', 'text')).toEqual(['SUPER'])
  })
})
