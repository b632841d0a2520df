import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { EMPTY_CONFIG } from '../../src/config/types.js'
import { settingsDigest } from '../../src/scan-settings.js'

const base = { paths: ['.'], cwd: '/work/repo', config: EMPTY_CONFIG, limits: DEFAULT_LIMITS }

describe('the settings digest of a shard', () => {
  it('is the same for the same paths, configuration content and limits, wherever the config file sits', () => {
    const d = settingsDigest(base)
    expect(d).toMatch(/^[0-9a-f]{16}$/)
    // Key order and the config's file name do not count.
    const reordered = {
      limits: { ...DEFAULT_LIMITS },
      config: { ...EMPTY_CONFIG, source: 'ci/s3-gate.yml' },
      paths: ['.'],
      cwd: '/work/repo',
    }
    expect(settingsDigest(reordered)).toBe(d)
    // Nor how a path is spelled, or where the repository was checked out.
    const infra = settingsDigest({ ...base, paths: ['infra', '../other'] })
    expect(settingsDigest({ ...base, paths: ['./infra/', '/work/other'] })).toBe(infra)
    expect(settingsDigest({ ...base, cwd: '/runner/_work/repo', paths: ['infra', '../other'] })).toBe(infra)
    expect(settingsDigest({ ...base, paths: ['./'] })).toBe(d)
  })

  it('changes with any path, rule setting, exception or limit', () => {
    const d = settingsDigest(base)
    const variants = [
      { ...base, paths: ['infra'] },
      { ...base, config: { ...EMPTY_CONFIG, disable: ['versioning-disabled'] } },
      { ...base, config: { ...EMPTY_CONFIG, severity: { 'versioning-disabled': 'high' as const } } },
      { ...base, config: { ...EMPTY_CONFIG, exceptions: [{ rule: 'r', reason: 'why' }] } },
      { ...base, config: { ...EMPTY_CONFIG, allowInlineSuppressions: false } },
      { ...base, limits: { ...DEFAULT_LIMITS, maxDepth: DEFAULT_LIMITS.maxDepth - 1 } },
    ]
    const digests = variants.map(settingsDigest)
    expect(new Set([d, ...digests]).size).toBe(variants.length + 1)
  })
})
