// Finds the `.cluetrain.yaml` files that apply to a document, for every front end: upward from its
// folder, until a file that says `root: true`, the top of the file system or (in the editor) the
// workspace folder. Each folder is read once and kept until a config in it changes; concurrent
// lookups share the reads. The walker knows files only through a small interface
// (ConfigFileSystem): Node's file system for the CLI (src/node/node-config-fs.ts), VS Code's
// workspace for the extension (src/extension/workspace-config-fs.ts), memory in the tests.
//
// A config that cannot be read (a folder, a FIFO, a link out of its folder, too large, unreadable)
// is a ConfigError like broken YAML: one line naming the file. Without a `failed` hook it is thrown
// (the CLI exits 2); with one, it is reported there and its folder is linted as if it had none.
import type { CluetrainConfig, ConfigError, LocatedConfig } from '../engine/index.js'
import { configReadReason, FileReadError } from './read-file.js'

export const CONFIG_NAMES = ['.cluetrain.yaml', '.cluetrain.yml']

/**
 * The engine functions the walker needs. They are handed in, not imported: the extension loads the
 * engine bundle on first lint, and a walker that imported it would load it on activation.
 */
export type ConfigEngine = Pick<typeof import('../engine/index.js'), 'parseConfig' | 'mergeConfigs' | 'ignoredBy' | 'ConfigError' | 'CONFIG_MAX_BYTES'>

/** Paths are the file system's own strings: file paths for Node, URI strings for VS Code. */
export interface ConfigFileSystem {
  /** The folder holding `path`; `path` itself at the top. */
  parent(path: string): string
  join(folder: string, name: string): string
  /** `path` below `folder` with `/` between names, '' for the folder itself, undefined when outside. */
  relative(folder: string, path: string): string | undefined
  /** How messages name `path`. */
  display(path: string): string
  /** The config's text or bytes, at most `limit` bytes; undefined when there is none; throws FileReadError when it cannot be read. */
  readConfig(path: string, limit: number): Promise<string | Uint8Array | undefined>
}

export interface EffectiveConfig {
  config: CluetrainConfig
  /** Nearest first. */
  files: LocatedConfig[]
}

export interface WalkerHooks {
  /** What to keep of a config just parsed (an untrusted workspace's own phrases are dropped). */
  loaded?(path: string, config: CluetrainConfig): CluetrainConfig
  /** A config that cannot be read or parsed, reported; without this hook, it is thrown. */
  failed?(path: string, error: ConfigError): void
}

export class ConfigWalker {
  /** By folder: the config found there, or null. */
  private readonly found = new Map<string, Promise<LocatedConfig | null>>()
  /** By top and folder: the configs that apply there, merged. */
  private readonly chains = new Map<string, Promise<EffectiveConfig>>()

  constructor(
    private readonly fs: ConfigFileSystem,
    private readonly engine: () => ConfigEngine,
    private readonly hooks: WalkerHooks = {},
  ) {}

  /** The configs for the file at `path`, looked for no higher than the folder `top` when given. */
  forFile(path: string, top?: string): Promise<EffectiveConfig> {
    return this.forFolder(this.fs.parent(path), top)
  }

  /** Whether a config on the way ignores the file at `path` (its `ignore` globs, relative to its folder). */
  isIgnored(path: string, effective: EffectiveConfig): boolean {
    const { ignoredBy } = this.engine()
    return effective.files.some(({ base, config }) => {
      const relative = this.fs.relative(base, path)
      return Boolean(relative) && ignoredBy(config, relative!)
    })
  }

  /** A config file was created, changed or deleted: its folder is read again, and every merge redone. */
  forget(configPath: string): void {
    this.found.delete(this.fs.parent(configPath))
    this.chains.clear()
  }

  /** Everything is read again (the workspace was trusted). */
  clear(): void {
    this.found.clear()
    this.chains.clear()
  }

  private forFolder(folder: string, top: string | undefined): Promise<EffectiveConfig> {
    const key = `${top ?? ''}\n${folder}`
    let chain = this.chains.get(key)
    if (!chain) this.chains.set(key, (chain = this.walk(folder, top)))
    return chain
  }

  private async walk(folder: string, top: string | undefined): Promise<EffectiveConfig> {
    const here = await this.configIn(folder)
    const parent = this.fs.parent(folder)
    const atTop = parent === folder || (top !== undefined && !this.fs.relative(top, folder))
    const outer = here?.config.root || atTop ? { config: {}, files: [] } : await this.forFolder(parent, top)
    return here ? { config: this.engine().mergeConfigs([outer.config, here.config]), files: [here, ...outer.files] } : outer
  }

  private configIn(folder: string): Promise<LocatedConfig | null> {
    let pending = this.found.get(folder)
    if (!pending) this.found.set(folder, (pending = this.read(folder)))
    return pending
  }

  private async read(folder: string): Promise<LocatedConfig | null> {
    const engine = this.engine()
    for (const name of CONFIG_NAMES) {
      const path = this.fs.join(folder, name)
      try {
        const source = await this.fs.readConfig(path, engine.CONFIG_MAX_BYTES)
        if (source === undefined) continue
        const config = engine.parseConfig(source, this.fs.display(path))
        return { path, base: folder, config: this.hooks.loaded?.(path, config) ?? config }
      } catch (failure) {
        const error = this.asConfigError(failure, path)
        if (!this.hooks.failed) throw error
        this.hooks.failed(path, error)
        return null
      }
    }
    return null
  }

  /** Whatever went wrong with a config is one ConfigError: the file, the line, what is wrong. */
  private asConfigError(failure: unknown, path: string): ConfigError {
    const { ConfigError } = this.engine()
    if (failure instanceof ConfigError) return failure
    const reason = failure instanceof FileReadError ? configReadReason(failure) : String((failure as Error)?.message ?? failure)
    return new ConfigError(this.fs.display(path), 1, reason)
  }
}
