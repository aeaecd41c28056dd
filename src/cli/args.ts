// What the commands share: their input/output, and checks on command-line values. A UsageError
// prints the usage, exit 2.
export interface Io {
  cwd: string
  stdout: (s: string) => void
  stderr: (s: string) => void
  color: boolean
}

export class UsageError extends Error {}

export function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not “${value}”`)
  return value
}

export function wholeNumber(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not “${value}”`)
  return Number(value)
}
