// The command line reads configs synchronously (readConfigFileSync), the extension host
// asynchronously (readConfigFile): the same bytes, or the same FileReadError, in every case the
// CLI's config-errors tests name (test/cli/config-errors.test.ts runs the synchronous one end to end).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FileReadError, readConfigFile, readConfigFileSync } from '../../src/node/read-file.js'

const root = mkdtempSync(join(tmpdir(), 'cluetrain-read-config-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const LIMIT = 1000
type Outcome = { bytes: string | undefined } | { problem: unknown }
const outcome = (read: () => Buffer | undefined): Outcome => {
  try {
    return { bytes: read()?.toString('utf8') }
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error
    return { problem: error.problem }
  }
}
const outcomeAsync = async (read: () => Promise<Buffer | undefined>): Promise<Outcome> => {
  try {
    return { bytes: (await read())?.toString('utf8') }
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error
    return { problem: error.problem }
  }
}

describe('a config read synchronously and asynchronously', () => {
  const cases: Record<string, (config: string, folder: string) => void> = {
    absent: () => {},
    regular: (config) => writeFileSync(config, 'rules: {}\n'),
    'link inside': (config, folder) => (writeFileSync(join(folder, 'inner.yaml'), 'accept: [a]\n'), symlinkSync('inner.yaml', config)),
    'link outside': (config) => (writeFileSync(join(root, 'secret.txt'), 'x\n'), symlinkSync(join(root, 'secret.txt'), config)),
    'dangling link': (config) => symlinkSync('nowhere.yaml', config),
    'link loop': (config) => symlinkSync('.cluetrain.yaml', config),
    folder: (config) => mkdirSync(config),
    FIFO: (config) => execFileSync('mkfifo', [config]),
    'too large': (config) => writeFileSync(config, 'x'.repeat(LIMIT + 1)),
    'under a file': () => {},
  }
  for (const [name, make] of Object.entries(cases)) {
    it(name, async () => {
      const folder = join(root, name.replace(/\W/g, '-'))
      mkdirSync(folder)
      let config = join(folder, '.cluetrain.yaml')
      make(config, folder)
      if (name === 'under a file') {
        writeFileSync(join(folder, 'file'), '')
        config = join(folder, 'file', '.cluetrain.yaml')
      }
      const sync = outcome(() => readConfigFileSync(config, LIMIT))
      expect(await outcomeAsync(() => readConfigFile(config, LIMIT))).toEqual(sync)
      if (name === 'regular') expect(sync).toEqual({ bytes: 'rules: {}\n' })
      if (name === 'absent' || name === 'under a file') expect(sync).toEqual({ bytes: undefined })
      if (name === 'link outside') expect(sync).toMatchObject({ problem: { kind: 'link-outside' } })
      if (name === 'too large') expect(sync).toEqual({ problem: { kind: 'too-large', size: LIMIT + 1, limit: LIMIT } })
    })
  }
})
