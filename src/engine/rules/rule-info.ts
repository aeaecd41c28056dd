// What a front end needs to explain a finding: the rule's data in the finding's language.
import { defaultRuleData } from '../generated/rules.js'
import type { FamilyData, Language, RuleData, RuleSetData } from './rule-data.js'

export interface RuleInfo {
  rule: RuleData
  family: FamilyData
}

export function ruleInfo(ruleId: string, language: Language, data: RuleSetData = defaultRuleData): RuleInfo | undefined {
  const rule = data.rules.find((r) => r.id === ruleId && r.language === language) ?? data.rules.find((r) => r.id === ruleId)
  const family = rule && data.families[rule.family]
  return rule && family ? { rule, family } : undefined
}
