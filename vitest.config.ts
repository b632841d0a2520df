import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-root.ts', 'test/setup/child-bundle.ts'],
    // No setup file loads every format's reader for every test file (0.65 s of CPU each, 157 times):
    // a scan loads the readers it needs, and the few files that call a reader directly import
    // test/setup/format-readers.ts.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default on two cores is one fork: the end-to-end files then wait out GitHub's
    // retry and rate-limit pauses, and on the action's child processes, with a core idle. Three
    // forks on two cores keep both busy: the whole suite 7 min 44 s with two, 7 min 3 s with three
    // (2026-11-30, on a machine about three times slower than usual; every time bound still held).
    maxWorkers: 3,
    minWorkers: 1,
  },
})
