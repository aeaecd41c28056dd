// Checks on command-line values, shared by the commands. A UsageError prints the usage, exit 2.
export class UsageError extends Error {}

export function oneOf(value: string, allowed: readonly string[], name: string): string {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not “${value}”`)
  return value
}

export function wholeNumber(value: string, name: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not “${value}”`)
  return Number(value)
}
