// Finds each file's .cluetrain.yaml files (upward, until `root: true`), parses each once, and
// answers "which config applies here?" and "is this file ignored?". A config that cannot be read
// (a folder, a FIFO, a link out of its folder, too large, unreadable) is a ConfigError like broken
// YAML: one line naming the file, and exit code 2.
import { dirname, join, relative, sep } from 'node:path'
import { CONFIG_MAX_BYTES, ConfigError, ignoredBy, mergeConfigs, parseConfig, type CluetrainConfig, type LocatedConfig } from '../engine/index.js'
import { configReadReason, FileReadError, readConfigFileSync } from '../node/read-file.js'

export const CONFIG_NAMES = ['.cluetrain.yaml', '.cluetrain.yml']

export interface EffectiveConfig {
  config: CluetrainConfig
  /** Nearest first. */
  files: LocatedConfig[]
}

export class ConfigFinder {
  private readonly byDir = new Map<string, LocatedConfig | null>()
  private readonly chains = new Map<string, EffectiveConfig>()

  /** Throws ConfigError for a broken file on the way. */
  forFile(path: string): EffectiveConfig {
    return this.forDir(dirname(path))
  }

  isIgnored(path: string, effective: EffectiveConfig): boolean {
    return effective.files.some(({ base, config }) => ignoredBy(config, relative(base, path).split(sep).join('/')))
  }

  private forDir(dir: string): EffectiveConfig {
    const cached = this.chains.get(dir)
    if (cached) return cached
    const here = this.configIn(dir)
    const parent = dirname(dir)
    const outer: EffectiveConfig = here?.config.root || parent === dir ? { config: {}, files: [] } : this.forDir(parent)
    const result = here ? { config: mergeConfigs([outer.config, here.config]), files: [here, ...outer.files] } : outer
    this.chains.set(dir, result)
    return result
  }

  private configIn(dir: string): LocatedConfig | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir) ?? null
    let found: LocatedConfig | null = null
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name)
      const bytes = readConfig(path)
      if (bytes) {
        found = { path, base: dir, config: parseConfig(bytes, path) }
        break
      }
    }
    this.byDir.set(dir, found)
    return found
  }
}

function readConfig(path: string): Buffer | undefined {
  try {
    return readConfigFileSync(path, CONFIG_MAX_BYTES)
  } catch (error) {
    if (error instanceof FileReadError) throw new ConfigError(path, 1, configReadReason(error))
    throw error
  }
}
