// Findings → Diagnostics. The finding behind each diagnostic is kept in a side table (never as
// properties hung on the Diagnostic), so hovers and code actions read the engine's own data.
import * as vscode from 'vscode'
import type { Finding } from '../engine/index.js'
import type { Settings } from './settings.js'

export const DIAGNOSTIC_SOURCE = 'Cluetrain'

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
} as const

export interface Linted {
  diagnostic: vscode.Diagnostic
  finding: Finding
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, settings: Settings): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.endOffset))
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[settings.severity[finding.ruleId] ?? finding.severity])
  diagnostic.source = DIAGNOSTIC_SOURCE
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.url) }
  return diagnostic
}

/** The findings of every linted document, by URI, in the order of their diagnostics. */
export class FindingStore {
  private readonly byUri = new Map<string, Linted[]>()

  set(uri: vscode.Uri, linted: Linted[]): void {
    this.byUri.set(uri.toString(), linted)
  }

  delete(uri: vscode.Uri): void {
    this.byUri.delete(uri.toString())
  }

  all(uri: vscode.Uri): readonly Linted[] {
    return this.byUri.get(uri.toString()) ?? []
  }

  at(uri: vscode.Uri, position: vscode.Position): Linted[] {
    return this.all(uri).filter((l) => l.diagnostic.range.contains(position))
  }

  of(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Linted | undefined {
    return this.all(uri).find((l) => l.diagnostic === diagnostic || sameDiagnostic(l.diagnostic, diagnostic))
  }
}

// Diagnostics handed back in a code-action context may be copies: compare what identifies them.
function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code)
  return a.range.isEqual(b.range) && a.message === b.message && code(a) === code(b) && a.source === b.source
}
