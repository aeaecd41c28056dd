// The config walker's file system for the CLI: paths on disk, read by the bounded reader (regular
// files only, at most the limit, a config that is a link must stay in its folder), synchronously
// (read-file.ts, readConfigFileSync: the CLI has nothing else to do meanwhile).
import { dirname, join } from 'node:path'
import type { ConfigFileSystem } from './config-walker.js'
import { pathWithin, readConfigFileSync } from './read-file.js'

export const nodeConfigFs: ConfigFileSystem = {
  parent: dirname,
  join,
  relative: pathWithin,
  display: (path) => path,
  readConfig: async (path, limit) => readConfigFileSync(path, limit),
}
