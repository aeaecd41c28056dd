// Shouting, by class of false alarm found in the pool of session 27 (issue #16, precision): real
// copy of the kinds of the real test set (cloud "What is" pages, store listings, startup and
// government blogs, job posts, launch news, a privacy group's comparisons; scripts/eval/
// shouting-copy-pool.mjs). Each class: sentences written for it, and the shouting beside it that
// must stay flagged; then the real shouting of the pool, which must stay flagged (recall).
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadAllMorphology } from '../../src/engine/index.js'

const en = (text: string) =>
  lint(text, { format: 'markdown', language: 'en' })
    .findings.filter((f) => f.ruleId === 'shouting')
    .map((f) => f.actual)

// Loading the word lists takes seconds on a loaded machine: a guard against hangs, not a measure.
beforeAll(async () => {
  await loadAllMorphology()
}, 120_000)

describe('shouting: Markdown backslash escapes', () => {
  it('reads "\\(CACHE\\)" and "KEY\\_VALUE" as Markdown shows them, and flags the escaped text’s shouting in place', () => {
    expect(en('The service keeps a fast in\\-memory cache \\(CACHE\\)\\. Use the KEY\\_VALUE\\_SET type for KEY or VALUE pairs\\.')).toEqual([])
    expect(en('Sign up now\\. The offer is AMAZING\\.')).toEqual(['AMAZING'])
  })
})

describe('shouting: the alt text of an image', () => {
  it('leaves the words of an image’s alt text alone, not the sentence after it', () => {
    expect(en('![\\[Image NOT FOUND\\]](https://example.com/a.png)\n\n<img src="b.png" alt="BANNER SAYING HELLO">')).toEqual([])
    expect(en('The new menu:\n\n![The GNOME quick settings SHOWN SIDE BY SIDE][3]\n\n[3]: https://example.com/b.png')).toEqual([])
    expect(en('![A chart](https://example.com/a.png) Sales are HUGE this week.')).toEqual(['HUGE'])
  })
})

describe('shouting: a name the document gives as one elsewhere', () => {
  it('leaves a word named before a capitalised noun or a version alone throughout, not adjectives', () => {
    expect(en('Our host is CANDLE Trust, a charity. We thank CANDLE for its help.')).toEqual([])
    expect(en('GNOME 45 is out. The GNOME team thanks you.')).toEqual([])
    expect(en('Vote against the OBSTRUCT Act. Call about OBSTRUCT today.')).toEqual([])
    expect(en('Get FREE Shipping today. It is FREE.')).toEqual(['FREE', 'FREE'])
    expect(en('SAVE 50% on every plan. SAVE big.')).toEqual(['SAVE', 'SAVE'])
    expect(en('SHOP Now and SHOP later.')).toEqual(['SHOP', 'SHOP'])
  })

  it('leaves a word named as code or by the thing after it alone throughout', () => {
    expect(en('The WORD block holds a token. Each WORD has an id.')).toEqual([])
    expect(en('A `PAGE` holds lines. Each PAGE has an id.')).toEqual([])
    expect(en('The WORD of the day is AMAZING.')).toEqual(['WORD', 'AMAZING'])
  })

  it('leaves an acronym after its expansion alone throughout, not a word after "or"', () => {
    expect(en('Mail uses Delivery Authentication of Named Entities or DANE. Both DANE and MTA-STS help.')).toEqual([])
    expect(en('Pay less or SAVE MORE every day.')).toEqual(['SAVE MORE'])
  })
})

describe('shouting: lists of names and formats', () => {
  it('reads emphasised items, dotted names and the words after the last item', () => {
    expect(en('As seen in **GAZETTE**, **Tweakers.net**, **The New York Times**, and many other publications.')).toEqual([])
    expect(en('A document can be in JPEG, PNG, PDF or TIFF format.')).toEqual([])
    expect(en('Fast, FREE and simple setup.')).toEqual(['FREE'])
  })
})

describe('shouting: labels of a screen and values of a type', () => {
  it('leaves a bold label before the part of the screen it names, and a value before its type in code, alone', () => {
    expect(en('1. In the **FROM NEW DATA SOURCES** section, choose a file.')).toEqual([])
    expect(en('The TABLE `Block` object holds cells.')).toEqual([])
    expect(en('Get **HUGE SAVINGS NOW** today.')).toEqual(['HUGE SAVINGS NOW'])
  })
})

describe('shouting: quoted text named as text, and placeholders written as HTML entities', () => {
  it('leaves a quoted string or a document’s content alone, not a quoted selling word', () => {
    expect(en('If the reader sees a string “CATS”, it reads it as a word. The receipt contained “CASHIER Mina”.')).toEqual([])
    expect(en('Our summer sale is “HUGE”.')).toEqual(['HUGE'])
    expect(en('Send an email with the subject line: _Schematics for &lt;MODEL&gt;_.')).toEqual([])
  })
})

// The pool's raised voices (repository before each line): they stay flagged.
describe('shouting: the real shouting of the pool stays flagged', () => {
  it.each([
    ['privacyguides/privacyguides.org', '- Contact your country representatives **TODAY**. The group has put together an easy tool.', ['TODAY']],
    ['cds-snc/digital-canada-ca', 'It’s so tempting, when you’re trying to explain something, to explain EVERYTHING. But that’s actually counter-productive.', ['EVERYTHING']],
    ['remix-run/remix-website', 'For now, just know that the future of Remix is secure and OPEN!', ['OPEN']],
    ['remix-run/remix-website', 'You should consider whether or not they provide **MULTIPLE PRACTICAL & FLEXIBLE options**.', ['MULTIPLE PRACTICAL']],
    ['SimpleMobileTools/Simple-Music-Player', 'The best part about it is FREE to install.', ['FREE']],
    ['SimpleMobileTools/Simple-Calendar', 'DOWNLOAD SIMPLE CALENDAR PLANNER – OFFLINE SCHEDULE AND AGENDA PLANNER WITH NO ADS! PLAN YOUR 2023 TIMETABLE!', ['PLAN YOUR', 'TIMETABLE']],
  ])('%s: %s', (_repository, line, shouting) => {
    expect(en(line)).toEqual(shouting)
  })
})
