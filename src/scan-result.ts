import type { Finding, Problem, UnknownResult } from './engine/finding.js'
import type { Format } from './model/s3.js'
import type { StackLinks } from './model/stack-links.js'

export interface ScanStats {
  /** Files read by some format plugin: the units' own and those they read besides (modules, `file()`), each once. */
  files: number
  bytes: number
  units: number
  byFormat: Partial<Record<Format, number>>
  buckets: number
  durationMs: number
}

/** Everything one scan produced; both shells and every reporter work from this. */
export interface ScanResult {
  tool: { name: 's3-gate'; version: string }
  cwd: string
  roots: string[]
  /** Includes suppressed findings (`suppressed: true`) and `parse-error` findings. Sorted by file, line, rule. */
  findings: Finding[]
  unknowns: UnknownResult[]
  problems: Problem[]
  notes: string[]
  stats: ScanStats
  /**
   * Set when only one shard of the scan units was scanned (`--shard i/n`, action input `shard`);
   * `s3-gate merge` (action `mode: merge`) combines all n into one result.
   */
  shard?: ShardInfo
}

export interface ShardInfo {
  index: number
  count: number
  /** `settingsDigest()` of the scan: paths, configuration and limits (see src/scan-settings.ts). */
  settings?: string
  /** The commit scanned, when the shell knew it (`GITHUB_SHA`). */
  commit?: string
  /**
   * The scanned folder inside its git work tree ('/'-separated, '' at the root), when the CLI ran
   * in one: the paths are relative to it, so a merge run elsewhere in the repository (or outside
   * it) still writes SARIF URIs from the repository root.
   */
  folder?: string
  /**
   * `max-scan-findings` of the scan: a merge whose shards together hold more fails the gate, as
   * one scan that reached it does (each shard applies it only to its own units).
   */
  maxScanFindings?: number
  /**
   * Bucket policies of this shard's templates for buckets of other templates, and the buckets they
   * may be for: the merge links them across shards as one scan does (src/cross-stack.ts).
   */
  links?: StackLinks
  /**
   * The files this shard's units read besides their own (called modules' folders, `file()`), with
   * their sizes, as counted in its stats: the merge counts a file read in several shards once, as
   * one scan does.
   */
  reads?: [file: string, bytes: number][]
  /** Files they read that are units' own in other shards: counted by the merge if that unit held nothing. */
  readsElsewhere?: [file: string, bytes: number][]
  /** This shard's units' files that held nothing (JSON that only mentions `AWS::`), not counted as theirs. */
  empty?: string[]
}
