// "Show Rules": every rule with its principle and why; picking one opens its documentation.
import * as vscode from 'vscode'
import type { EngineModule } from './engine.js'
import { messageLocale } from './settings.js'

export async function showRules(engine: EngineModule): Promise<void> {
  const locale = messageLocale()
  const data = engine.defaultRuleData
  const items = data.rules.map((rule) => ({
    label: `${rule.id} (${rule.language})`,
    description: `${rule.family} ${data.families[rule.family]?.[locale] ?? ''}`,
    detail: rule.why[locale],
    url: engine.ruleUrl(rule.id),
  }))
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Cluetrain rules'), matchOnDescription: true, matchOnDetail: true })
  if (picked) await vscode.env.openExternal(vscode.Uri.parse(picked.url))
}
