// activate(): wiring only. Nothing here parses, compiles rules or scans files; the engine loads
// on the first lint.
import * as vscode from 'vscode'
import { ACCEPT_COMMAND, FindingActions, fixAllEdit, OPEN_DOCS_COMMAND } from './actions.js'
import { acceptWord } from './accept.js'
import { endLateWatches, onLateLinesKept } from './config-write.js'
import { auditWorkspace, type AuditSummary } from './audit.js'
import { ConfigStore } from './config-store.js'
import { loadEngine } from './engine.js'
import { FindingHover } from './hover.js'
import { Linter } from './linter.js'
import { ReportPanel } from './report-panel.js'
import { createLog } from './log.js'
import { readSettings } from './settings.js'
import { EXPLAIN_SCORE_COMMAND, ScoreStatus } from './status.js'
import { showRules } from './rules-picker.js'

export interface ExtensionApi {
  linter: Linter
  audit(cancel?: vscode.CancellationToken): Promise<AuditSummary>
  report: ReportPanel
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const log = createLog()
  const configs = new ConfigStore(log)
  const linter = new Linter(configs, log)
  const status = new ScoreStatus(linter)
  const auditChannel = vscode.window.createOutputChannel('Cluetrain Audit')
  const selector = () => readSettings().documentLanguages.map((language) => ({ language }))
  const report = new ReportPanel()
  const audit = async (cancel?: vscode.CancellationToken) => {
    const summary = await auditWorkspace(linter, configs, log, auditChannel, cancel)
    // The findings are in the Problems panel already: a report that cannot be shown is logged.
    try {
      report.show(summary.report)
    } catch (error) {
      log.error(vscode.l10n.t('Could not show the audit report: {0}', String((error as Error)?.message ?? error)))
    }
    return summary
  }

  // Lines another program appended to a config as we replaced it, which could not be carried over.
  const keptNotice = onLateLinesKept((kept, target) => {
    const message = vscode.l10n.t('Lines written to {0} while a word was accepted could not be added to it: they are kept in {1}.', target, kept)
    log.warn(message)
    void vscode.window.showWarningMessage(message)
  })

  context.subscriptions.push(
    log,
    keptNotice,
    configs,
    linter,
    status,
    auditChannel,
    report,
    vscode.languages.registerHoverProvider(selector(), new FindingHover(linter.findings)),
    vscode.languages.registerCodeActionsProvider(selector(), new FindingActions(linter), { providedCodeActionKinds: FindingActions.kinds }),
    vscode.commands.registerCommand('cluetrain.auditWorkspace', () => audit()),
    vscode.commands.registerCommand('cluetrain.exportReport', async (target?: vscode.Uri) => {
      if (!report.current) await audit()
      const written = await report.export(target instanceof vscode.Uri ? target : undefined)
      if (written) void vscode.window.showInformationMessage(vscode.l10n.t('Report saved to {0}', vscode.workspace.asRelativePath(written)))
      return written
    }),
    vscode.commands.registerCommand('cluetrain.lintFile', async () => {
      const document = vscode.window.activeTextEditor?.document
      if (document) return linter.lintNow(document)
    }),
    vscode.commands.registerCommand('cluetrain.fixAll', async () => {
      const document = vscode.window.activeTextEditor?.document
      const found = document && (await linter.current(document))
      // applyEdit tells VS Code the version the edit is for: it refuses it if the text moved on.
      if (found && found.version === document.version) return vscode.workspace.applyEdit(fixAllEdit(document, found.linted))
      return false
    }),
    vscode.commands.registerCommand('cluetrain.showRules', () => showRules(loadEngine())),
    vscode.commands.registerCommand('cluetrain.toggleLive', () => {
      linter.live = !linter.live
      if (linter.live) linter.relintAll()
      else for (const d of vscode.workspace.textDocuments) linter.clear(d.uri)
      status.update()
      return linter.live
    }),
    vscode.commands.registerCommand(EXPLAIN_SCORE_COMMAND, () => status.explain()),
    vscode.commands.registerCommand(ACCEPT_COMMAND, (uri: vscode.Uri, word: string) => acceptWord(configs, uri, word)),
    vscode.commands.registerCommand(OPEN_DOCS_COMMAND, (url: string) => vscode.env.openExternal(vscode.Uri.parse(url))),
  )

  // Documents already open when the extension starts.
  for (const document of vscode.workspace.textDocuments) if (linter.isTarget(document) && readSettings(document.uri).run !== 'manual') linter.schedule(document, 0)
  return { linter, audit, report }
}

// Late lines still waiting for their config to hold still are kept aside, not dropped with the host.
export function deactivate(): Promise<void> {
  return endLateWatches()
}
