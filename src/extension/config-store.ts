// .cluetrain.yaml for the editor: found upward from each document to its workspace folder (each
// folder of a multi-root workspace has its own), read from the open buffer when there is one,
// watched and reloaded. A broken file becomes a diagnostic on that file and a line in the log;
// linting goes on with the files that are valid. Broken means anything: bad YAML, an alias bomb, a
// folder or a FIFO by that name, a link out of its folder, a file too large or unreadable
// (src/node/read-file.ts).
import * as vscode from 'vscode'
import type { CluetrainConfig, ConfigError, LocatedConfig } from '../engine/index.js'
import { configReadReason, FileReadError } from '../node/read-file.js'
import { loadEngine } from './engine.js'
import type { Log } from './log.js'
import { readConfigUri } from './read-uri.js'

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
    const engine = loadEngine()
    for (const name of NAMES) {
      const uri = vscode.Uri.joinPath(dir, name)
      try {
        const source = await configSource(uri, engine.CONFIG_MAX_BYTES)
        if (source === undefined) continue
        let config = engine.parseConfig(source, uri.fsPath)
        this.problems.delete(uri)
        if (!vscode.workspace.isTrusted) {
          const restricted = engine.forUntrustedWorkspace(config)
          config = restricted.config
          if (restricted.ignored.length) this.log.warn(vscode.l10n.t('{0}: this workspace is not trusted, so its own phrases ({1}) are not flagged until you trust it.', uri.fsPath, restricted.ignored.join(', ')))
        }
        return { path: uri.toString(), base: dir.toString(), config }
      } catch (failure) {
        const error = asConfigError(failure, uri.fsPath)
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

/** The editor's buffer when the config is open (unsaved edits count), else the file's bytes; undefined when there is none. */
async function configSource(uri: vscode.Uri, limit: number): Promise<string | Uint8Array | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
  return open ? open.getText() : readConfigUri(uri, limit)
}

/** Whatever went wrong with a config is shown as a ConfigError: the linting of its folder goes on. */
function asConfigError(failure: unknown, path: string): ConfigError {
  const { ConfigError } = loadEngine()
  if (failure instanceof ConfigError) return failure
  return new ConfigError(path, 1, failure instanceof FileReadError ? configReadReason(failure) : String((failure as Error)?.message ?? failure))
}
