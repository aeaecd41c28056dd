#!/usr/bin/env node
// Writes each language's phrase matcher, compiled from the bundled rules, as a snapshot
// (src/engine/match/matcher-snapshot.ts) that the CLI reads at startup instead of compiling the
// rules again: matcher-en.txt and matcher-fr.txt, in dist/engine/generated/ (the CLI's, beside the
// morphology data) and src/engine/generated/ (the tests'), with the field words' inflected forms
// beside them (domains-en.txt, domains-fr.txt: src/engine/match/domain-forms-snapshot.ts). Run after tsc: it compiles with the
// engine as built. Each snapshot names the rule data it was made from (defaultRuleDataKey); rules
// edited since are compiled at run time instead, and test/engine/matcher-snapshot.test.ts fails
// while a snapshot differs from the matcher the sources compile.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { compileRules, defaultRuleData } from '../dist/engine/index.js'
import { defaultRuleDataKey } from '../dist/engine/generated/rules.js'
import { snapshotOf } from '../dist/engine/match/matcher-snapshot.js'
import { DomainVocabulary } from '../dist/engine/match/domains.js'
import { domainSnapshotOf } from '../dist/engine/match/domain-forms-snapshot.js'

const compiled = compileRules({})
// The snapshot's rule indexes are places in defaultRuleData.rules: every bundled rule must be on.
if (compiled.rules.length !== defaultRuleData.rules.length) throw new Error(`${defaultRuleData.rules.length - compiled.rules.length} bundled rules are off by default: the snapshot's rule indexes would not be their places in the rule data`)
const sizes = []
for (const language of ['en', 'fr']) {
  const text = snapshotOf(compiled.byLanguage[language].matcher, defaultRuleDataKey)
  // The field words' forms (src/engine/match/domain-forms-snapshot.ts), built from the bundled domains.
  const domains = domainSnapshotOf(new DomainVocabulary(defaultRuleData.domains[language], language).built(), defaultRuleDataKey, language)
  for (const folder of ['../dist/engine/generated/', '../src/engine/generated/']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url))
    mkdirSync(dir, { recursive: true })
    // Written whole, then renamed: a CLI starting meanwhile reads the old snapshot or the new one.
    for (const [name, content] of [[`matcher-${language}.txt`, text], [`domains-${language}.txt`, domains]]) {
      writeFileSync(`${dir}${name}.tmp`, content)
      renameSync(`${dir}${name}.tmp`, `${dir}${name}`)
    }
  }
  sizes.push(`${language} ${(text.length / 1024).toFixed(0)} KB (field words ${(domains.length / 1024).toFixed(0)} KB)`)
}
console.log(`Precompiled matchers: ${sizes.join(', ')}.`)
