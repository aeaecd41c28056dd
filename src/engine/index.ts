// The engine's public API: the CLI, the extension and the tests import from here only. What the
// front ends share beside it (decoding, fingerprints, config edits) is in src/front-end-helpers/.
export { lint, type LintOptions, type LintResult } from './lint.js'
export { LintSession, type SessionStats } from './pipeline/session.js'
export type { Finding, Fix, Principle } from './output/finding.js'
// The morphology data (issue #15): front ends await it once per process before linting; without
// it lint() gives no fix and leaves suggestions as the rules write them.
export { loadAllMorphology, loadMorphology, morphologyLoaded } from './morphology/index.js'
export { applyFixes, chooseFixes, fixAll } from './fix/apply-fixes.js'
export { SOURCE, DOCS_URL, ruleUrl } from './output/finding.js'
export { parseConfig, mergeConfigs, forUntrustedWorkspace, ignoredBy, ConfigError, CONFIG_MAX_BYTES, type CluetrainConfig, type CustomPhrase, type LocatedConfig, type RuleSetting } from './config/config.js'
export { compileRules, usePrecompiledMatchers, CUSTOM_RULE_ID, type EngineConfig, type PrecompiledMatchers } from './rules/rules.js'
export { defaultRuleData } from './generated/rules.js'
export type { Language, Severity, RuleData, RuleSetData, FamilyData, Localised, KindName } from './rules/rule-data.js'
export { entriesOf } from './rules/rule-data.js'
export { describeRule, KINDS } from './kinds/index.js'
export { docCell, docQuoteList } from './kinds/kind.js'
export type { DocumentFormat } from './parse/parse.js'
export type { LanguageSetting } from './text/language.js'
export { scoreOf, SEVERITY_WEIGHT, POINTS_PER_WEIGHT, type Score, type ScoreLine } from './output/score.js'
export { ruleInfo, type RuleInfo } from './rules/rule-info.js'
export { lineIndex, type Point } from './output/lines.js'
export { isPhrase } from './text/normalise.js'
