import type { GateConfig } from './config/types.js'
import { EMPTY_CONFIG } from './config/types.js'
import { ConfigurationError } from './errors.js'
import type { Threshold } from './engine/severity.js'
import { isThreshold, SEVERITIES } from './engine/severity.js'
import { DEFAULT_LIMITS, type Limits } from './limits.js'
import type { ScanReuse } from './unit-reuse.js'

/** Options of one scan, validated once for both shells. */
export interface ScanOptions {
  /** Files or directories to scan (relative to `cwd` or absolute). */
  paths: string[]
  cwd: string
  failOn: Threshold
  config: GateConfig
  limits: Limits
  /** Worker threads for parsing; 0 = in-process. `undefined` = decide from the amount of input. */
  workers?: number
  /** `{ index: 1, count: 4 }` scans only the files of shard 1 of 4 (stable hash of the path). */
  shard?: { index: number; count: number }
  /** Today, for suppression expiry (injectable for tests). */
  now: Date
  /** The commit being scanned, when known; recorded in shard results for `s3-gate merge` to check. */
  commit?: string
  /**
   * The action's two scans of a pull request: the head's keeps its units' results, the merge
   * base's takes over those whose inputs read the same there (src/unit-reuse.ts).
   */
  reuse?: ScanReuse
}

export function parseThreshold(value: string, name: string): Threshold {
  const v = value.trim().toLowerCase()
  if (!isThreshold(v))
    throw new ConfigurationError(`Expected \`${name}\` to be one of ${[...SEVERITIES, 'none'].join(', ')}; got "${value}".`)
  return v
}

/** More shards than this is not a setup we support (GitHub caps a matrix at 256 jobs); `merge` takes no more. */
export const MAX_SHARDS = 256

export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim())
  if (!m) throw new ConfigurationError(`Expected \`shard\` to look like "1/4"; got "${value}".`)
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || index < 1 || index > count) throw new ConfigurationError(`Expected \`shard\` i/n with 1 ≤ i ≤ n; got "${value}".`)
  // `merge` takes at most this many shard files: a shard of more could never be merged.
  if (count > MAX_SHARDS) throw new ConfigurationError(`Expected \`shard\` i/n with n at most ${MAX_SHARDS}; got "${value}".`)
  return { index, count }
}

export function makeScanOptions(partial: Partial<ScanOptions> & { cwd: string }): ScanOptions {
  return {
    paths: partial.paths?.length ? partial.paths : ['.'],
    cwd: partial.cwd,
    failOn: partial.failOn ?? 'high',
    config: partial.config ?? EMPTY_CONFIG,
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
    workers: partial.workers,
    shard: partial.shard,
    now: partial.now ?? new Date(),
    ...(partial.commit ? { commit: partial.commit } : {}),
    ...(partial.reuse ? { reuse: partial.reuse } : {}),
  }
}
