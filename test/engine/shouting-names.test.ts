// Shouting, by class of false alarm found on the shouting development set (issue #16, session 25:
// 44 real READMEs, store listings and changelogs in test/corpus/real/en/dev, and the other Markdown
// files of the same repositories): words of the language in capitals that are names, values or
// markup by where they stand, and the shouting beside each class that must stay flagged. Sentences
// written for these tests, shaped like the classes, not copied from the corpus.
import { expect, it } from 'vitest'
import { loadWordLists, shouted } from './shouted.js'

loadWordLists()

// Each class: sentences whose capitals are left alone, then sentences with what stays flagged.
const CLASSES: [string, [string, 'en' | 'fr'][], [string, string[]][]][] = [
  [
    'a noun the lexicon knows as the subject of its verb or between a determiner and a noun',
    [['DRUM is just 2 MB and never connects to the Internet.', 'en'], ['SERVICE is provided at no cost.', 'en'], ['FUSE only reads the files you open.', 'en'], ['The FUSE server reads the file.', 'en']],
    // With a determiner, a subject in capitals is a common noun shouted, not a name.
    [['TODAY is the day. FREE shipping is included. Try DRUM now. A GIFT for you.', ['TODAY', 'FREE', 'DRUM', 'GIFT']], ['The OFFER is only valid this week.', ['OFFER']], ['This BONUS is yours.', ['BONUS']]],
  ],
  [
    'the name of the letter case, written in it',
    [['For consistency, every menu button is now in ALL CAPS.', 'en'], ['Fill in the form in BLOCK CAPITALS.', 'en'], ['Les sigles sont écrits en MAJUSCULES.', 'fr']],
    [['ALL NEW colours, ALL DAY.', ['ALL NEW', 'ALL DAY']]],
  ],
  [
    'the value a setting defaults to',
    [['The `material` property. Defaults to GRASS.', 'en'], ['The tyre size defaults to NORMAL when the key is missing.', 'en'], ['La taille vaut par défaut NORMALE.', 'fr']],
    [['Defaults to GRASS, and it is AMAZING.', ['AMAZING']]],
  ],
  [
    'items of an enumeration: values in parentheses up to "etc.", lists of names or codes, a pair with a code',
    [
      ['- Navigation icons (CLOSE, BACK, etc.)\n- Hero icons (KNIGHT, ARCHER, etc.)', 'en'],
      ['Tested with Fedora, Ubuntu, Mint, CRUX, Solus and Arch.', 'en'],
      ['Sites: Vogue, GQ, SELF, The New Yorker, Wired.', 'en'],
      ['Add it to PROMPT or RPROMPT.', 'en'],
      ['Aliases for CAT, GREP, CURL and WGET.', 'en'],
    ],
    [
      ['FAST, FREE and SIMPLE.', ['FAST', 'FREE', 'SIMPLE']],
      ['Shop Nike, Adidas and Puma: HUGE savings, SUPER deals.', ['HUGE', 'SUPER']],
      ['FAST or FREE delivery.', ['FAST', 'FREE']],
      // Ordinary words in title case around it are no list of names.
      ['Fast, FREE and Simple.', ['FREE']],
    ],
  ],
  [
    'the !!! of a Markdown admonition at the start of its line',
    [['!!! warning "Optional title"\n    The block content.', 'en'], ['!!! note\n    Read this first.', 'en'], ['!!! Tip\n    Save first.', 'en'], ['!!! Warning "Breaking change"\n    Read on.', 'en']],
    [['Sign up today!!! Places are going fast.', ['!!!']], ['!!! Sign up today', ['!!!']], ['!!! Note the price: half off', ['!!!']]],
  ],
  [
    'the state before "context"',
    [['Only in the FLEEING context.', 'en']],
    [['Only in the FLEEING crowd.', ['FLEEING']]],
  ],
  [
    'a status after a check mark or a struck-out task',
    [['1. **Start:** ✓ PASS\n2. **Status**: ✅ **COMPLETED**\n3. ~~Fix the menu~~ - COMPLETED', 'en']],
    [['★ AMAZING ★ offers - COMPLETED', ['AMAZING', 'COMPLETED']]],
  ],
  [
    'the name of a Unicode character after its code point',
    [['The joiner is U+2019 RIGHT SINGLE QUOTATION MARK or U+0040 COMMERCIAL AT.', 'en']],
    [['The joiner is U+2019, the RIGHT CHOICE.', ['RIGHT CHOICE']]],
  ],
]

it.each(CLASSES.flatMap(([name, alone]) => alone.map(([text, language]) => [name, text, language] as const)))('shouting leaves alone %s: %j', (_name, text, language) => {
  expect(shouted(text, { language })).toEqual([])
})

it.each(CLASSES.flatMap(([name, , flagged]) => flagged.map(([text, expected]) => [name, text, expected] as const)))('shouting still flags, next to %s: %j', (_name, text, expected) => {
  expect(shouted(text, { language: 'en' })).toEqual(expected)
})
