// French checks on a fix (fix-checks.ts).
import type { FixCheck } from './fix-checks.js'

export const frenchChecks: readonly FixCheck[] = []
