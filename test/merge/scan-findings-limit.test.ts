/**
 * `max-scan-findings` in a sharded scan: each shard applies it to its own units, so shards that
 * each stay under it may together hold more than one scan reports. One such scan fails the gate
 * (a `SCAN_FINDINGS_LIMIT` error for the units left out); the merge must fail it too.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { mergeScanResults } from '../../src/merge/merge-scans.js'
import { validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { VERSION } from '../../src/version.js'
import { scanFiles } from '../helpers/scan-files.js'

// A bucket with Block Public Access and owner-enforced ownership: medium, low and info findings only.
const QUIET = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerEnforced
`
const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${String(i).padStart(2, '0')}.yaml`, QUIET]))
const blocking = (findings: { severity: string; suppressed: boolean }[]) =>
  findings.some((f) => !f.suppressed && (f.severity === 'high' || f.severity === 'critical'))

describe('the scan-wide findings limit in a merge of shards', () => {
  it('fails the gate when the shards together hold more than one scan may, as that scan does', async () => {
    const limits = { ...DEFAULT_LIMITS, maxScanFindings: 110 }
    const whole = await scanFiles(files, { limits })
    expect(whole.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT').length).toBeGreaterThan(0)
    expect(blocking(whole.findings)).toBe(true)
    for (const count of [2, 3, 4, 7]) {
      const parts = []
      for (let index = 1; index <= count; index++) {
        const r = await scanFiles(files, { limits, shard: { index, count } })
        // No shard reaches the limit on its own.
        expect(r.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT')).toEqual([])
        parts.push({ source: `s${index}.json`, result: validateCliJson(JSON.parse(renderJson(r))) })
      }
      const merged = mergeScanResults(parts, VERSION)
      const held = merged.findings.filter((f) => f.ruleId !== 'parse-error').length + merged.unknowns.length
      expect(held).toBeGreaterThan(110)
      expect(merged.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT').map((p) => [p.line, p.level, p.message])).toEqual([
        [
          1,
          'error',
          `the shards together hold ${held} findings and unknowns, more than the 110 one scan holds (max-scan-findings): one scan would have left the units past it out of its report; the merge reports them all`,
        ],
      ])
      expect(blocking(merged.findings)).toBe(true)
    }
  })

  it('adds nothing under the limit', async () => {
    const parts = []
    for (let index = 1; index <= 2; index++) {
      const r = await scanFiles(files, { shard: { index, count: 2 } })
      parts.push({ source: `s${index}.json`, result: validateCliJson(JSON.parse(renderJson(r))) })
    }
    const merged = mergeScanResults(parts, VERSION)
    expect(merged.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT')).toEqual([])
    expect(blocking(merged.findings)).toBe(false)
  })
})
