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

// A rule's docs link, parsed once: thousands of findings share a few dozen links.
const docsLinks = new Map<string, vscode.Uri>()

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, settings: Settings): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.offset), document.positionAt(finding.endOffset))
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[settings.severity[finding.ruleId] ?? finding.severity])
  diagnostic.source = DIAGNOSTIC_SOURCE
  let target = docsLinks.get(finding.url)
  if (!target) docsLinks.set(finding.url, (target = vscode.Uri.parse(finding.url)))
  diagnostic.code = { value: finding.ruleId, target }
  return diagnostic
}

/**
 * The findings of every linted document, by URI, in the order of their diagnostics, with the
 * version of the document they were found in (0: read from disk by an audit). Only findings of
 * the version in the editor may become edits: offsets of another version point at other words.
 */
export class FindingStore {
  private readonly byUri = new Map<string, Linted[]>()
  private readonly versions = new Map<string, number>()

  set(uri: vscode.Uri, version: number, linted: Linted[]): void {
    this.byUri.set(uri.toString(), linted)
    this.versions.set(uri.toString(), version)
  }

  /** The findings of exactly this version of the document, if those are the ones kept. */
  ofVersion(uri: vscode.Uri, version: number): readonly Linted[] | undefined {
    return this.versions.get(uri.toString()) === version ? this.all(uri) : undefined
  }

  has(uri: vscode.Uri): boolean {
    return this.byUri.has(uri.toString())
  }

  delete(uri: vscode.Uri): void {
    this.byUri.delete(uri.toString())
    this.versions.delete(uri.toString())
  }

  all(uri: vscode.Uri): readonly Linted[] {
    return this.byUri.get(uri.toString()) ?? []
  }

  at(uri: vscode.Uri, position: vscode.Position): Linted[] {
    return this.all(uri).filter((l) => l.diagnostic.range.contains(position))
  }
}
