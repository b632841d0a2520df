import { rules } from '../../rules/index.js'
import { discover, resolveRoots } from '../../src/discovery.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { recordingLogger } from '../../src/logger.js'
import { plugins } from '../../src/parsers/registry.js'
import type { ScanUnit } from '../../src/parsers/types.js'
import type { UnitJob } from '../../src/process-unit.js'

/** The units a scan of `dir` would process, and the job that runs every rule on them. */
export function planUnits(dir: string): { units: ScanUnit[]; job: UnitJob } {
  const roots = resolveRoots(['.'], dir)
  const files = [...discover(roots, dir, DEFAULT_LIMITS.maxFileBytes, recordingLogger()).files]
  const units = plugins.flatMap((p) => p.plan(files, { roots, cwd: dir, debug: () => {} }))
  const job: UnitJob = {
    roots,
    cwd: dir,
    limits: DEFAULT_LIMITS,
    severity: {},
    disabled: [],
    enabled: rules.map((r) => r.id),
    allowInline: true,
    now: '2026-11-28T00:00:00.000Z',
  }
  return { units, job }
}
