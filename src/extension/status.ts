// The status-bar score for the active document, and what clicking it shows: which findings cost
// what. The score itself is defined once, in the engine (src/engine/output/score.ts).
import * as vscode from 'vscode'
import type { Linter } from './linter.js'

export const EXPLAIN_SCORE_COMMAND = 'cluetrain.explainScore'

export class ScoreStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cluetrain.score', vscode.StatusBarAlignment.Right, 100)
  private readonly disposables: vscode.Disposable[] = [this.item]

  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('Cluetrain human-voice score')
    this.item.command = EXPLAIN_SCORE_COMMAND
    vscode.window.onDidChangeActiveTextEditor(() => this.update(), null, this.disposables)
    linter.onDidLint(() => this.update(), null, this.disposables)
    this.update()
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document
    const report = document && this.linter.report(document.uri)
    if (!document || !this.linter.isTarget(document)) return this.item.hide()
    if (!this.linter.live && !report) {
      this.item.text = `$(mute) ${vscode.l10n.t('Cluetrain off')}`
      this.item.tooltip = vscode.l10n.t('Live linting is off. Run “Cluetrain: Toggle Live Linting” to turn it on.')
    } else if (!report) {
      return this.item.hide()
    } else {
      const { score, words } = report.score
      this.item.text = `$(${score >= 80 ? 'smiley' : score >= 50 ? 'comment' : 'megaphone'}) ${vscode.l10n.t('Voice {0}', score)}`
      this.item.tooltip = vscode.l10n.t('Human-voice score {0}/100 over {1} words, {2} findings. Click for the details.', score, words, report.result.findings.length)
    }
    this.item.show()
  }

  async explain(): Promise<void> {
    const editor = vscode.window.activeTextEditor
    const report = editor && this.linter.report(editor.document.uri)
    if (!editor || !report) return
    const { score, words, costs } = report.score
    const items = costs.map((c) => ({
      label: `−${c.points}  ${c.ruleId}`,
      description: vscode.l10n.t('{0} finding(s)', c.count),
      ruleId: c.ruleId,
    }))
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Human-voice score {0}/100 ({1} words): 100 minus what each rule costs', score, words),
      placeHolder: costs.length ? vscode.l10n.t('Pick a rule to go to its first finding') : vscode.l10n.t('No findings: nothing costs anything.'),
    })
    const first = picked && this.linter.findings.all(editor.document.uri).find((l) => l.finding.ruleId === picked.ruleId)
    if (first) {
      editor.selection = new vscode.Selection(first.diagnostic.range.start, first.diagnostic.range.end)
      editor.revealRange(first.diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport)
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose())
  }
}
