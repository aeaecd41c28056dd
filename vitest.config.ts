import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Tests that start the CLI as a process take seconds on a loaded 2-core machine (three timed
    // out at 5 s with other work running); a timeout is a guard against hangs, not a measure.
    testTimeout: 30_000,
    // The same for hooks: loading the French morphology in a beforeAll took over 10 s (the default)
    // at a load average of 20.
    hookTimeout: 30_000,
  },
})
