import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-root.ts', 'test/setup/child-bundle.ts'],
    setupFiles: ['test/setup/format-readers.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on two cores is one fork: the end-to-end files then wait out GitHub's
    // retry and rate-limit pauses, and on the action's child processes, with a core idle. Three
    // forks on two cores keep both busy: the whole suite 7 min 44 s with two, 7 min 3 s with three
    // (2026-11-30, on a machine about three times slower than usual; every time bound still held).
    maxWorkers: 3,
    // Each test file in a fresh module graph cost more than the tests of many files: loading the
    // sources and every format's reader again, 157 times (setup 103 s, collect 79 s of CPU). Files
    // share a fork's modules instead; the suite keeps no state between files that this changes
    // (`.ci/run` 550 s → about 420 s on 2026-11-30). `npx vitest run --isolate` runs it isolated.
    isolate: false,
    minWorkers: 1,
  },
})
