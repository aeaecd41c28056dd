// .cluetrain.yaml for the editor: found upward from each document to its workspace folder (each
// folder of a multi-root workspace has its own), read from the open buffer when there is one,
// watched and reloaded. A broken file becomes a diagnostic on that file and a line in the log;
// linting goes on with the files that are valid.
import * as vscode from 'vscode'
import type { CluetrainConfig, LocatedConfig } from '../engine/index.js'
import { loadEngine } from './engine.js'
import type { Log } from './log.js'

const NAMES = ['.cluetrain.yaml', '.cluetrain.yml']

export interface DocumentConfig {
  config: CluetrainConfig
  files: LocatedConfig[]
}

export class ConfigStore implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<LocatedConfig | null>>()
  private readonly problems: vscode.DiagnosticCollection
  private readonly changed = new vscode.EventEmitter<void>()
  readonly onDidChange = this.changed.event
  private readonly disposables: vscode.Disposable[] = []

  constructor(private readonly log: Log) {
    this.problems = vscode.languages.createDiagnosticCollection('cluetrain-config')
    const watcher = vscode.workspace.createFileSystemWatcher('**/.cluetrain.{yaml,yml}')
    const reload = (uri: vscode.Uri) => {
      this.cache.delete(this.folderKey(uri))
      this.changed.fire()
    }
    watcher.onDidCreate(reload, null, this.disposables)
    watcher.onDidChange(reload, null, this.disposables)
    watcher.onDidDelete((uri) => {
      this.problems.delete(uri)
      reload(uri)
    }, null, this.disposables)
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (NAMES.some((n) => e.document.uri.path.endsWith(`/${n}`))) reload(e.document.uri)
    }, null, this.disposables)
    // Trusting the workspace brings its phrases in: read every config again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      this.cache.clear()
      this.changed.fire()
    }, null, this.disposables)
    this.disposables.push(watcher, this.problems, this.changed)
  }

  async forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri)
    const files: LocatedConfig[] = []
    let dir = vscode.Uri.joinPath(uri, '..')
    for (;;) {
      const found = await this.configIn(dir)
      if (found) files.push(found)
      if (found?.config.root || !folder || dir.path === folder.uri.path || dir.path.length <= folder.uri.path.length) break
      const parent = vscode.Uri.joinPath(dir, '..')
      if (parent.path === dir.path) break
      dir = parent
    }
    const engine = loadEngine()
    return { config: engine.mergeConfigs(files.map((f) => f.config).reverse()), files }
  }

  /**
   * The config file where an accepted word goes: the nearest existing one, or a new one at the
   * folder root. The nearest even when it is broken: the edit then says what is wrong with it (or
   * mends it: `accept: ~`), where passing it over wrote the word to a file further up, or created one.
   */
  async targetFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri)
    for (let dir = vscode.Uri.joinPath(uri, '..'); ; dir = vscode.Uri.joinPath(dir, '..')) {
      for (const name of NAMES) {
        const candidate = vscode.Uri.joinPath(dir, name)
        if (await vscode.workspace.fs.stat(candidate).then(() => true, () => false)) return candidate
      }
      if (!folder || dir.path.length <= folder.uri.path.length) break
    }
    return folder && vscode.Uri.joinPath(folder.uri, NAMES[0])
  }

  private folderKey(uri: vscode.Uri): string {
    return vscode.Uri.joinPath(uri, '..').toString()
  }

  private configIn(dir: vscode.Uri): Promise<LocatedConfig | null> {
    const key = dir.toString()
    let pending = this.cache.get(key)
    if (!pending) {
      pending = this.read(dir)
      this.cache.set(key, pending)
    }
    return pending
  }

  private async read(dir: vscode.Uri): Promise<LocatedConfig | null> {
    for (const name of NAMES) {
      const uri = vscode.Uri.joinPath(dir, name)
      const text = await readText(uri)
      if (text === undefined) continue
      const engine = loadEngine()
      try {
        let config = engine.parseConfig(text, uri.fsPath)
        this.problems.delete(uri)
        if (!vscode.workspace.isTrusted) {
          const restricted = engine.forUntrustedWorkspace(config)
          config = restricted.config
          if (restricted.ignored.length) this.log.warn(vscode.l10n.t('{0}: this workspace is not trusted, so its own phrases ({1}) are not flagged until you trust it.', uri.fsPath, restricted.ignored.join(', ')))
        }
        return { path: uri.toString(), base: dir.toString(), config }
      } catch (error) {
        if (!(error instanceof engine.ConfigError)) throw error
        const line = Math.max(0, error.line - 1)
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), error.reason, vscode.DiagnosticSeverity.Error)
        diagnostic.source = 'Cluetrain'
        this.problems.set(uri, [diagnostic])
        this.log.warn(vscode.l10n.t('{0} — linting goes on without this file.', error.message))
        return null
      }
    }
    return null
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose())
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
  if (open) return open.getText()
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
  } catch {
    return undefined
  }
}
