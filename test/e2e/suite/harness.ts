// A minimal test runner for the extension host: runs named async tests in order, each with a
// time limit, and writes the results as JSON where the outside runner reads them (the extension
// host's exit code says nothing about failures).
import { writeFileSync } from 'node:fs'

interface Result {
  name: string
  ok: boolean
  ms: number
  error?: string
}

const tests: Array<{ name: string; fn: () => Promise<void> }> = []

export function test(name: string, fn: () => Promise<void>): void {
  tests.push({ name, fn })
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

export function assertEqual<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`)
}

/** Polls until `probe` returns a truthy value, or fails after `ms`. */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, ms = 15_000): Promise<NonNullable<T>> {
  const until = Date.now() + ms
  let last: T | undefined
  while (Date.now() < until) {
    last = await probe()
    if (last) return last as NonNullable<T>
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)?.slice(0, 500)})`)
}

export async function runAll(resultFile: string, perTestMs = 60_000): Promise<void> {
  const results: Result[] = []
  for (const { name, fn } of tests) {
    const start = Date.now()
    try {
      await Promise.race([fn(), new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${perTestMs} ms`)), perTestMs))])
      results.push({ name, ok: true, ms: Date.now() - start })
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - start, error: String((error as Error)?.stack ?? error) })
    }
    writeFileSync(resultFile, JSON.stringify({ done: false, results }, null, 2))
  }
  writeFileSync(resultFile, JSON.stringify({ done: true, results }, null, 2))
}
