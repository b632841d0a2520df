import { describe, expect, it } from 'vitest'
import { jsonChunks, renderJson } from '../../src/report/render/json.js'
import { scanFiles } from '../helpers/scan-files.js'

describe('JSON output', () => {
  it('is exactly JSON.stringify(document, null, 2), across chunk boundaries, with related places, edits and suppressions', async () => {
    const result = await scanFiles({
      'a.yaml':
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  # s3-gate:ignore versioning-disabled reason="scratch"\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n',
      'bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
    })
    expect(result.findings.some((f) => f.suppressed)).toBe(true)
    expect(result.findings.some((f) => f.edit)).toBe(true)
    // Enough findings to cross several chunks, one of them with related places.
    const many = Array.from({ length: 1300 }, (_, i) => {
      const f = result.findings[i % result.findings.length]!
      const g = { ...f, location: { ...f.location, line: i + 1 } }
      return i === 700 ? { ...g, related: [{ message: 'module call', at: f.location }] } : g
    })
    for (const r of [result, { ...result, findings: many }, { ...result, findings: [] }, { ...result, findings: many.slice(0, 8) }]) {
      const text = renderJson(r)
      const doc = JSON.parse(text) as { findings: unknown[] }
      expect(text).toBe(JSON.stringify(doc, null, 2) + '\n')
      expect(doc.findings).toHaveLength(r.findings.length)
      expect([...jsonChunks(r)].join('')).toBe(text)
    }
  })
})
