// .cluetrain.yaml for the editor: found upward from each document to its workspace folder (each
// folder of a multi-root workspace has its own) by the walker the CLI uses (src/node/config-walker.ts),
// read from the open buffer when there is one (workspace-config-fs.ts), watched and reloaded. A broken
// file becomes a diagnostic on that file and a line in the log; linting goes on with the files that
// are valid. Broken means anything: bad YAML, an alias bomb, a folder or a FIFO by that name, a link
// out of its folder, a file too large or unreadable (src/node/read-file.ts).
import * as vscode from 'vscode'
import type { CluetrainConfig, ConfigError } from '../engine/index.js'
import { CONFIG_NAMES, ConfigWalker, type EffectiveConfig } from '../node/config-walker.js'
import { loadEngine } from './engine.js'
import type { Log } from './log.js'
import { workspaceConfigFs } from './workspace-config-fs.js'

export type DocumentConfig = EffectiveConfig

export class ConfigStore implements vscode.Disposable {
  private readonly walker: ConfigWalker
  private readonly problems: vscode.DiagnosticCollection
  private readonly changed = new vscode.EventEmitter<void>()
  readonly onDidChange = this.changed.event
  private readonly disposables: vscode.Disposable[] = []

  constructor(private readonly log: Log) {
    this.problems = vscode.languages.createDiagnosticCollection('cluetrain-config')
    this.walker = new ConfigWalker(workspaceConfigFs, loadEngine, { loaded: (path, config) => this.loaded(path, config), failed: (path, error) => this.failed(path, error) })
    const watcher = vscode.workspace.createFileSystemWatcher('**/.cluetrain.{yaml,yml}')
    const reload = (uri: vscode.Uri) => {
      this.walker.forget(uri.toString())
      this.changed.fire()
    }
    watcher.onDidCreate(reload, null, this.disposables)
    watcher.onDidChange(reload, null, this.disposables)
    watcher.onDidDelete((uri) => {
      this.problems.delete(uri)
      reload(uri)
    }, null, this.disposables)
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (CONFIG_NAMES.some((n) => e.document.uri.path.endsWith(`/${n}`))) reload(e.document.uri)
    }, null, this.disposables)
    // Trusting the workspace brings its phrases in: read every config again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      this.walker.clear()
      this.changed.fire()
    }, null, this.disposables)
    this.disposables.push(watcher, this.problems, this.changed)
  }

  /** The configs that apply to a document: up to its workspace folder, or in its own folder when it is in none. */
  forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri)
    return this.walker.forFile(uri.toString(), (folder?.uri ?? vscode.Uri.joinPath(uri, '..')).toString())
  }

  /** Whether a config on the way ignores the document (its `ignore` globs). */
  isIgnored(uri: vscode.Uri, effective: DocumentConfig): boolean {
    return this.walker.isIgnored(uri.toString(), effective)
  }

  /**
   * The config file where an accepted word goes: the nearest existing one, or a new one at the
   * folder root. The nearest even when it is broken: the edit then says what is wrong with it (or
   * mends it: `accept: ~`), where passing it over wrote the word to a file further up, or created one.
   */
  async targetFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri)
    for (let dir = vscode.Uri.joinPath(uri, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
      for (const name of CONFIG_NAMES) {
        const candidate = vscode.Uri.joinPath(dir, name)
        if (await vscode.workspace.fs.stat(candidate).then(() => true, () => false)) return candidate
      }
      if (!folder || dir.path.length <= folder.uri.path.length) break
    }
    return folder && vscode.Uri.joinPath(folder.uri, CONFIG_NAMES[0])
  }

  private loaded(path: string, config: CluetrainConfig): CluetrainConfig {
    const uri = vscode.Uri.parse(path)
    this.problems.delete(uri)
    if (vscode.workspace.isTrusted) return config
    const restricted = loadEngine().forUntrustedWorkspace(config)
    if (restricted.ignored.length) this.log.warn(vscode.l10n.t('{0}: this workspace is not trusted, so its own phrases ({1}) are not flagged until you trust it.', uri.fsPath, restricted.ignored.join(', ')))
    return restricted.config
  }

  private failed(path: string, error: ConfigError): void {
    const line = Math.max(0, error.line - 1)
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), error.reason, vscode.DiagnosticSeverity.Error)
    diagnostic.source = 'Cluetrain'
    this.problems.set(vscode.Uri.parse(path), [diagnostic])
    this.log.warn(vscode.l10n.t('{0} — linting goes on without this file.', error.message))
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose())
  }
}
