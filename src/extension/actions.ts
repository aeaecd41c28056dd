// Code actions on findings: replace with each suggestion (the first preferred), fix all in the
// file as one edit (one undo step), disable the rule for the line or the file with a directive,
// accept the words in .cluetrain.yaml, and open the rule's docs. Every edit is a WorkspaceEdit
// made because the user chose the action, from the findings of exactly the version of the
// document the action is asked for: offsets found in another version point at other words.
import * as vscode from 'vscode'
// Only this small pure module of the engine is bundled into the extension (it imports types only).
import { chooseFixes } from '../engine/fix/apply-fixes.js'
import type { Finding } from '../engine/index.js'
import type { Linted } from './diagnostics.js'

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cluetrain')
export const ACCEPT_COMMAND = 'cluetrain.acceptWord'
export const OPEN_DOCS_COMMAND = 'cluetrain.openRuleDocs'

/** The findings of a version of a document (the linter's). */
export interface VersionFindings {
  version: number
  linted: readonly Linted[]
}

export interface FindingSource {
  /** Those shown, if they are of the document's version. */
  shown(document: vscode.TextDocument): VersionFindings | undefined
  /** Those of the document's version, linting it now if need be. */
  current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<VersionFindings | undefined>
}

export class FindingActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND]

  constructor(private readonly findings: FindingSource) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only)
    const wantsFixAll = wants(FIX_ALL_KIND)
    const fixAllOnly = wantsFixAll && !wants(vscode.CodeActionKind.QuickFix)
    if (!wantsFixAll && !wants(vscode.CodeActionKind.QuickFix)) return []
    // The light bulb asks at every move of the cursor: while the findings shown are of an older
    // version it gets none, and VS Code asks again when the debounced lint shows new ones. A
    // request the user made (Ctrl+.), and fix-all (on save too), lint this version now.
    const asked = context.triggerKind === vscode.CodeActionTriggerKind.Invoke || fixAllOnly
    const found = asked ? await this.findings.current(document, token) : this.findings.shown(document)
    if (!found || token.isCancellationRequested || found.version !== document.version) return []
    if (fixAllOnly) return this.fixAllAction(document, found.linted)
    const actions: vscode.CodeAction[] = []
    // What is under the cursor in this version (the diagnostics VS Code passes may be older).
    const here = found.linted.filter((l) => l.diagnostic.range.intersection(range))
    for (const { diagnostic, finding } of here) {
      // The fix (the first wording, inflected, with the words around it that change) is the one
      // preferred, so Auto Fix applies it; the other wordings replace the flagged words only.
      const fix = finding.fix
      finding.expected.forEach((suggestion, i) => {
        // A wording the engine could not put in the sentence's form says so, and is never preferred.
        const unsure = finding.uninflected?.includes(suggestion)
        const title = unsure ? vscode.l10n.t('Replace with “{0}” (check the grammar)', suggestion) : vscode.l10n.t('Replace with “{0}”', suggestion)
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix)
        action.edit = new vscode.WorkspaceEdit()
        if (i === 0 && fix) action.edit.replace(document.uri, new vscode.Range(document.positionAt(fix.offset), document.positionAt(fix.endOffset)), fix.text)
        else action.edit.replace(document.uri, diagnostic.range, suggestion)
        action.diagnostics = [diagnostic]
        action.isPreferred = i === 0 && !!fix
        actions.push(action)
      })
    }
    for (const { diagnostic, finding } of here) {
      actions.push(this.disableLine(document, diagnostic, finding), this.disableFile(document, diagnostic, finding))
      const accept = new vscode.CodeAction(vscode.l10n.t('Accept “{0}” in this workspace (.cluetrain.yaml)', finding.actual), vscode.CodeActionKind.QuickFix)
      accept.command = { title: accept.title, command: ACCEPT_COMMAND, arguments: [document.uri, finding.actual] }
      accept.diagnostics = [diagnostic]
      const docs = new vscode.CodeAction(vscode.l10n.t('Read about the rule “{0}”', finding.ruleId), vscode.CodeActionKind.QuickFix)
      docs.command = { title: docs.title, command: OPEN_DOCS_COMMAND, arguments: [finding.url] }
      actions.push(accept, docs)
    }
    if (wantsFixAll) actions.push(...this.fixAllAction(document, found.linted))
    return actions
  }

  private fixAllAction(document: vscode.TextDocument, linted: readonly Linted[]): vscode.CodeAction[] {
    const edit = fixAllEdit(document, linted)
    if (!edit.size) return []
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all Cluetrain findings in this file'), FIX_ALL_KIND)
    action.edit = edit
    return [action]
  }

  private disableLine(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Disable “{0}” for this line', finding.ruleId), vscode.CodeActionKind.QuickFix)
    action.edit = new vscode.WorkspaceEdit()
    const line = diagnostic.range.start.line
    const directive = `<!-- cluetrain-disable-next-line ${finding.ruleId} -->`
    const previous = line > 0 ? document.lineAt(line - 1) : undefined
    if (document.languageId === 'markdown' && previous && !previous.isEmptyOrWhitespace && !previous.text.trimEnd().endsWith('-->')) {
      // Inside a paragraph, a comment on a line of its own would split it in two when rendered:
      // end the previous line with it instead.
      action.edit.insert(document.uri, previous.range.end, ` ${directive}`)
    } else {
      const indent = document.lineAt(line).text.match(/^\s*/)?.[0] ?? ''
      action.edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${directive}\n`)
    }
    action.diagnostics = [diagnostic]
    return action
  }

  private disableFile(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction {
    const action = new vscode.CodeAction(vscode.l10n.t('Disable “{0}” for this file', finding.ruleId), vscode.CodeActionKind.QuickFix)
    action.edit = new vscode.WorkspaceEdit()
    action.edit.insert(document.uri, afterFrontMatter(document), `<!-- cluetrain-disable ${finding.ruleId} -->\n\n`)
    action.diagnostics = [diagnostic]
    return action
  }
}

/**
 * One edit with the `fix` of every finding that has one (the engine's chooseFixes: never two that
 * overlap, touch the same word or share a sentence; each was re-linted in its sentence by the engine). `linted` must
 * be the findings of the document's current version (FindingSource.current).
 */
export function fixAllEdit(document: vscode.TextDocument, linted: readonly Linted[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit()
  for (const fix of chooseFixes(linted.map((l) => l.finding), document.getText())) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(fix.offset), document.positionAt(fix.endOffset)), fix.text)
  }
  return edit
}

function afterFrontMatter(document: vscode.TextDocument): vscode.Position {
  if (document.languageId !== 'markdown' || document.lineAt(0).text.trim() !== '---') return new vscode.Position(0, 0)
  for (let line = 1; line < document.lineCount; line++) {
    if (/^(---|\.\.\.)\s*$/.test(document.lineAt(line).text)) return document.validatePosition(new vscode.Position(line + 1, 0))
  }
  return new vscode.Position(0, 0)
}
