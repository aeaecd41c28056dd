// bin/cluetrain.js ends its process by process.exit() once stdout and stderr have taken what was
// written (Node left to itself frees the whole heap first: 4% of readme-1m's CPU; docs/performance.md,
// "Session 36 (2): the last 5–8% of readme-1m"). A pipe is written asynchronously on POSIX: exiting at
// once cut a 4 MB JSON output after 432 KB. The spawned command must say what main() says in-process.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const BIN = fileURLToPath(new URL('../../bin/cluetrain.js', import.meta.url))

/** `node bin/cluetrain.js ARGS` in `cwd`, its stdout and stderr read through pipes. */
function spawnCli(cwd: string, ...argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }))
  })
}

describe('the command as a process', () => {
  const folder = freshFolder('process-exit')

  it('writes all of an output far larger than a pipe holds, and exits with main()’s code', async () => {
    // 3,000 paragraphs of two findings each: megabytes of JSON, far more than a pipe buffers (64 KB on Linux).
    writeFiles(folder.path, { 'many.md': 'We leverage synergies.\n\n'.repeat(3000) })
    const args = ['lint', 'many.md', '--format', 'json', '--max-warnings', '0']
    const [spawned, inProcess] = [await spawnCli(folder.path, ...args), await runCli(folder.path, ...args)]
    // The premise: more output than a pipe holds, so that the child's write is left queued.
    expect(inProcess.stdout.length).toBeGreaterThan(1_000_000)
    // The lengths first: a cut output then fails with two numbers, not two megabytes.
    expect(spawned.stdout.length).toBe(inProcess.stdout.length)
    expect(spawned.stdout).toBe(inProcess.stdout)
    expect(spawned.stderr).toBe(inProcess.stderr)
    expect(spawned.code).toBe(inProcess.code)
    expect(spawned.code).toBe(1)
  }, 60_000)

  it('writes its error and exits with code 2 when there is nothing to lint', async () => {
    const [spawned, inProcess] = [await spawnCli(folder.path, 'lint', join('no', 'such.md')), await runCli(folder.path, 'lint', join('no', 'such.md'))]
    expect(spawned.stderr).toContain('no Markdown or text files found')
    expect(spawned.stderr).toBe(inProcess.stderr)
    expect(spawned.code).toBe(2)
  }, 60_000)
})
