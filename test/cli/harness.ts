// The CLI in-process, in a fresh temporary folder per test: write files, run `cluetrain`, read
// its exit code and output.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** A new folder before each test of the calling file, removed after it; read `.path` inside a test. */
export function freshFolder(prefix: string): { path: string } {
  const folder = { path: '' }
  beforeEach(() => {
    folder.path = mkdtempSync(join(tmpdir(), `cluetrain-${prefix}-`))
  })
  // Each test's folder goes with it: a run of the suite left ~60 folders in the system's temporary
  // folder, thousands after a day of runs (session 30).
  afterEach(() => removeFolder(folder.path))
  return folder
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
}

export async function runCli(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false })
  return { code, stdout, stderr }
}

/** Removes a test's temporary folder; one a test left unwritable stays rather than fail the test. */
export function removeFolder(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true })
  } catch {
    // Node's rm gives up on a tree deeper than PATH_MAX (special-files.test.ts makes one); GNU rm
    // walks it relative to each folder. Elsewhere the folder stays in the temporary folder.
    try {
      execFileSync('rm', ['-rf', path], { stdio: 'ignore' })
    } catch {
      // left in the temporary folder
    }
  }
}
