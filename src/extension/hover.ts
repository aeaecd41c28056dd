// The hover on a finding: the principle and its theses, why it matters, the suggestions, and a
// before/after example from the rule's data, in VS Code's display language.
import * as vscode from 'vscode'
import type { Finding } from '../engine/index.js'
import { loadEngine } from './engine.js'
import type { FindingStore } from './diagnostics.js'
import { messageLocale } from './settings.js'

export class FindingHover implements vscode.HoverProvider {
  constructor(private readonly findings: FindingStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = this.findings.at(document.uri, position)
    if (!here.length) return undefined
    return new vscode.Hover(here.map((l) => explain(l.finding)), here[0].diagnostic.range)
  }
}

export function explain(finding: Finding): vscode.MarkdownString {
  const locale = messageLocale()
  const info = loadEngine().ruleInfo(finding.ruleId, finding.language)
  const md = new vscode.MarkdownString(undefined, true)
  md.isTrusted = false
  const family = info ? info.family[locale] : finding.principle.name
  md.appendMarkdown(`**Cluetrain — ${finding.principle.id} ${escape(family)}** · ${vscode.l10n.t('theses {0}', finding.theses.join(', '))}\n\n`)
  if (info) md.appendMarkdown(`${escape(info.rule.why[locale])}\n\n`)
  if (finding.expected.length) {
    md.appendMarkdown(`${vscode.l10n.t('Try')}: ${finding.expected.map((e) => `**${escape(e)}**`).join(' · ')}\n\n`)
  }
  const bad = info?.rule.examples.bad[0]
  const good = info?.rule.examples.good[0]
  if (bad && good) md.appendMarkdown(`${vscode.l10n.t('Before')}: *${escape(bad)}*  \n${vscode.l10n.t('After')}: *${escape(good)}*\n\n`)
  md.appendMarkdown(`[${vscode.l10n.t('About the rule “{0}”', finding.ruleId)}](${finding.url})`)
  return md
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')
}
