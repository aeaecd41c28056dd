// Shouting, by class of false alarm found in the pool of session 26 (issue #16, precision): ordinary
// words in capitals that technical and legal writing uses as names, and the shouting next to each
// class that must stay flagged (sentences written for these tests); then real shouting that must
// stay flagged (recall): lines of READMEs, store listings, changelogs and guides of public
// repositories that are not corpus sources (the pool, scripts/eval/shouting-pool.mjs; repository
// named before each line), and lines of shop pages adapted from the web (shortened, their capitals
// and marks kept). Each pair: the line, and the shouting it must keep.
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

describe('shouting: tags of a change or an issue before its number', () => {
  it('leaves “FEATURE #12” alone, not a word before a price', () => {
    expect(en('* [FEATURE #1234](https://example.com/issues/1234): search is faster.\n* BUGFIX #77: no crash.')).toEqual([])
    expect(en('* [FEATURE 3f9a2c1d](https://example.com/commit/3f9a2c1d): colours.')).toEqual([])
    expect(en('* AMAZING savings of 40% this week.')).toEqual(['AMAZING'])
  })
})

describe('shouting: placeholders', () => {
  it('leaves a placeholder noun of the rule data closing its clause alone, not before more words', () => {
    expect(en('The travel rules are described here: LINK. Signed by: SIGNATURE')).toEqual([])
    expect(en('Click the LINK below for HUGE savings.')).toEqual(['LINK', 'HUGE'])
  })

  it('leaves a word in braces or angle brackets, or one to be replaced, alone', () => {
    expect(en('The cookie is named session_{DIGEST} and the key <SECRET>. SERVER NAME should be replaced with your host.')).toEqual([])
    expect(en('Grab this {AMAZING} deal: your savings are HUGE.')).toEqual(['HUGE'])
  })
})

describe('shouting: a table of contents', () => {
  it('leaves link text to a heading of the page alone, not other link text', () => {
    expect(en('* [2. WIRING STEPS](#2-wiring-steps)\n* [3. OTHER REMARKS](#3-other-remarks)')).toEqual([])
    expect(en('Read about [our HUGE SAVINGS](https://example.com) today.')).toEqual(['HUGE SAVINGS'])
  })

  it('leaves a numbered heading line alone, not a numbered sentence', () => {
    expect(en('Some terms apply.\n4. COMMERCIAL REDISTRIBUTION\nEach seller must keep notices.')).toEqual([])
    expect(en('1. Order today and it ships FREE.')).toEqual(['FREE'])
  })
})

describe('shouting: values after a setting-like label', () => {
  it('leaves “Severity: SEVERE” and “**Priority**: HIGH” alone, not a selling word after a colon', () => {
    expect(en('- **Severity**: SEVERE\n- **Priority**: HIGH\n- Status: PASSED')).toEqual([])
    expect(en('Our promise: AMAZING quality.')).toEqual(['AMAZING'])
  })
})

describe('shouting: words that name code nearby', () => {
  it('leaves a word that is part of an identifier or inline code in the passage alone', () => {
    expect(en('Run HOME before printing. The HOME_OFFSET value and the `PURGE` macro: PURGE empties the nozzle.')).toEqual([])
    expect(en('Keep hot buffers in SHARED memory; see SOC_SHARED_LOW for the bounds.')).toEqual([])
    expect(en('Save HUGE on every plan; use the PLAN_ID field.')).toEqual(['HUGE'])
  })

  it('leaves words joined to an identifier or to a word the next noun names alone, not a list of selling words', () => {
    expect(en('Toggle between LISTEN and REPLAY modes. Use PROBE or QUERY_PROBE. Boards: REV2, GENERIC.')).toEqual([])
    expect(en('Fast, FREE and SIMPLE to set up.')).toEqual(['FREE', 'SIMPLE'])
  })
})

describe('shouting: values named together', () => {
  it('leaves quoted values of a setting and the two ends of a switch alone, not quoted selling words', () => {
    expect(en('The mode is one of "LISTEN", "REPLAY", and "IDLE". Its values are "LISTEN" and "REPLAY".')).toEqual([])
    expect(en('A long press switches between LISTEN and REPLAY.')).toEqual([])
    expect(en('Get "FREE" and "FAST" delivery.')).toEqual(['FREE', 'FAST'])
  })

  it("leaves Git's HEAD alone", () => {
    expect(en('Check out the tag as a detached HEAD.')).toEqual([])
  })
})

describe('shouting: parameters named by what is said of their value', () => {
  it('leaves “If TEMPLATE is empty”, “NAME defaults to” alone, not a selling word as subject', () => {
    expect(en('If TEMPLATE is an empty string the text is cleared. If omitted, SPEED defaults to 50. If LIMIT is not given, all rows are read.')).toEqual([])
    expect(en('Everything here is FREE for you.')).toEqual(['FREE'])
  })
})

describe('shouting: legal capitals', () => {
  it('leaves acceptance clauses and “AS-IS” waivers alone', () => {
    expect(en('ANY USE OF THE PROGRAM CONSTITUTES ACCEPTANCE OF THIS AGREEMENT BY EACH USER, WHO READ IT.')).toEqual([])
    expect(en('Previews are provided “AS-IS” and “WITH ALL FAULTS”.')).toEqual([])
    expect(en('YOU WILL LOVE THIS OFFER, WE PROMISE YOU THAT.')).toEqual(['YOU WILL LOVE THIS OFFER', 'WE PROMISE YOU THAT'])
  })
})

const REAL_LINES: [string, string][] = [
  // ProtonVPN/android-app, fastlane full_description
  ["Proton VPN is the world's ONLY free VPN service that is safe to use and respects your privacy.", 'ONLY'],
  // betaflight/betaflight README
  ['- and MUCH, MUCH more.', 'MUCH'],
  // TeamNewPipe/NewPipe README
  ['> <b>THIS APP IS IN BETA, SO YOU MAY ENCOUNTER BUGS. IF YOU DO, OPEN AN ISSUE IN OUR GITHUB REPOSITORY BY FILLING OUT THE ISSUE TEMPLATE.</b>', 'IF YOU DO'],
  // TeamNewPipe/NewPipe, a store changelog
  ['ATTENTION: This version probably is a bugfest, just like the last one.', 'ATTENTION'],
  // jesseduffield/lazygit README and docs
  ["you have to edit an arcane patch file _by hand_? _Are you KIDDING me?!_", 'KIDDING'],
  ['- Startup should be FAST. If you want to run something at startup that is slow, make it non-blocking.', 'FAST'],
  // BurntSushi/ripgrep README
  ['optimizations to make searching very FAST.', 'FAST'],
  // breezy-weather/breezy-weather CHANGELOG
  ['We bring back wallpaper animations behind a dangerous disabled-by-default option. We STRONGLY advise against enabling them.', 'STRONGLY'],
  // hedgedoc/hedgedoc docs
  ['Execute this command ONLY there. There is no need to execute the install-command for every package.', 'ONLY'],
  // meilisearch/meilisearch docs
  ['- New features that will NEVER be stable.', 'NEVER'],
  // surrealdb/surrealdb, a README
  ["**⚠️ NEVER modify this file after it's committed.** It represents a snapshot of the serialization format.", 'NEVER'],
  // RfidResearchGroup/proxmark3 docs
  ['Please read and follow exactly. If your results DON’T match 100% as shown, stop.', 'DON’T'],
  ['An important note here, is we ONLY want to change bit 28 and nothing else.', 'ONLY'],
  ['***DANGEROUS*** This will overwrite any current signature.', 'DANGEROUS'],
  ['**BEWARE** it will not work if your ModemManager installation is using a `strict` policy.', 'BEWARE'],
  ['Bits sent to the tag are IDENTICAL.', 'IDENTICAL'],
  ["Don't not turn off your device during the execution of this command!!", '!!'],
  ['**WARNING!** When using UL-5 to clone, write UID pages in inverse and do NOT make mistakes!', 'WARNING'],
  ['4. Flash ONLY the main firmware image:', 'ONLY'],
  // meshtastic/firmware, a variant README
  ['The GPS pin definitions have been changed!!! This has no material effect on current builds.', '!!!'],
  // github/site-policy, the gifts policy
  ['FINES and JAIL. Not necessarily just for GitHub, either.', 'FINES'],
  // sqlitebrowser/sqlitebrowser, a vendored README
  ['It is recommended to **NOT USE** implicit conversions **FROM** a JSON value.', 'NOT USE'],
  // wled/WLED CHANGELOG and docs
  ['WARNING: Do not set up more than 256 LEDs per output when using parallel I2S.', 'WARNING'],
  ['**NEVER cancel long-running builds.** PlatformIO downloads and compilation require patience.', 'NEVER'],
  // Klipper3d/klipper docs
  ['WARNING: Using this on a moving bed may lead to undesirable results.', 'WARNING'],
  ['POLAR KINEMATICS ARE A WORK IN PROGRESS. Moves around the 0, 0 position are known to not work well.', 'WORK IN PROGRESS'],
  // knadh/listmonk docs
  ['Give this permission ONLY to trusted users.', 'ONLY'],
  // bitwarden/android, contributor notes
  ['- ❌ **NEVER** log sensitive data (passwords, tokens, vault items)', 'NEVER'],
  // Akylas/conty, contributor notes
  ['Must be used EVERY TIME before creating any git commit. No exceptions.', 'EVERY TIME'],
  // Shop pages, adapted: a clearance sale, a shipping programme, a radio station's deal of the week
  ['The biggest clearance ever in our history!!! This sale is a little crazy so PLEASE read all the rules below.', 'PLEASE'],
  ['Checkout is ONLY in the storefront.', 'ONLY'],
  ['On the third month, shipping is FREE!', 'FREE'],
  ['One lucky shopper could get their entire purchase for FREE!', 'FREE'],
]

describe('shouting: real lines stay flagged', () => {
  it('holds 30 lines or more', () => {
    expect(REAL_LINES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(REAL_LINES)('%s', (line, shout) => {
    expect(en(line)).toContain(shout)
  })
})
