import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-root.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on two cores is one fork: the end-to-end files then wait out GitHub's
    // retry and rate-limit pauses with the other core idle. Two forks overlap those waits.
    maxWorkers: 2,
    minWorkers: 1,
  },
})
