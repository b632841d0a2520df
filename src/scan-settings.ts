/**
 * What decides a scan's result besides the files themselves: the paths given, the configuration
 * (content, not file name) and the limits. Shards carry its digest so that `s3-gate merge` can
 * refuse shards that were scanned differently, which would otherwise merge into a result no
 * single scan gives. Not a security check: shard files are untrusted and could claim anything.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { ScanOptions } from './options.js'

/** JSON with object keys sorted, so that the digest does not depend on construction order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** 16 hex digits of SHA-256: enough to tell two set-ups apart, short enough to read in an error. */
export function settingsDigest(options: Pick<ScanOptions, 'paths' | 'cwd' | 'config' | 'limits'>): string {
  // Where the configuration was read from is left out: the same file may sit at another path.
  const { source: _source, ...config } = options.config
  // Paths as the working directory sees them, so `infra/`, `./infra` and `infra` agree wherever
  // the runner checked the repository out.
  const paths = options.paths.map((p) => path.relative(options.cwd, path.resolve(options.cwd, p)).split(path.sep).join('/') || '.')
  const text = stableJson({ paths, config, limits: options.limits })
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** A commit id as GitHub gives it (`GITHUB_SHA`): 40 hex digits, or 64 for SHA-256 repositories. */
export const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
