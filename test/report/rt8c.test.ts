import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { renderReviewComment } from '../../src/report/render/review-comment.js'
import { LIMITS, renderSummaryMarkdown } from '../../src/report/render/summary-markdown.js'
import { MAX_RELATED_LOCATIONS, MAX_SARIF_GZIP_BYTES, renderSarif } from '../../src/report/render/sarif.js'
import { rules } from '../../rules/index.js'
import { scanFiles } from '../helpers/scan-files.js'
import { CTX, finding, report, scanResult } from './pr-fixtures.js'

/** A website bucket, encrypted with KMS, made public by `n` policy statements (one per prefix). */
function websiteTemplate(n: number): string {
  const statements = Array.from({ length: n }, (_, i) => ({
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::site/p${i}/*`,
  }))
  return JSON.stringify(
    {
      Resources: {
        B: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketName: 'site',
            WebsiteConfiguration: { IndexDocument: 'index.html' },
            BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
          },
        },
        P: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: { Bucket: { Ref: 'B' }, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
        },
      },
    },
    null,
    1,
  )
}

describe('SARIF related locations (red-team round 8c)', () => {
  it('writes at most 100 locations per result, saying how many related ones are left out (code scanning rejects a result past 1,000)', async () => {
    const result = await scanFiles({ 't.json': websiteTemplate(1200) })
    const many = result.findings.find((f) => f.ruleId === 'website-bucket-holds-private-objects')!
    expect(many.related).toHaveLength(1200)
    const sarif = JSON.parse(renderSarif(result, rules))
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'website-bucket-holds-private-objects')
    expect(r.locations.length + r.relatedLocations.length).toBeLessThanOrEqual(100)
    expect(r.relatedLocations).toHaveLength(MAX_RELATED_LOCATIONS)
    expect(r.relatedLocations.map((l: { id: number }) => l.id)).toEqual(Array.from({ length: MAX_RELATED_LOCATIONS }, (_, i) => i + 1))
    expect(r.message.text).toContain(`${1200 - MAX_RELATED_LOCATIONS} more related locations are not listed`)
  })

  it('keeps a short list whole, and the message as it is', async () => {
    const result = await scanFiles({ 't.json': websiteTemplate(3) })
    const f = result.findings.find((x) => x.ruleId === 'website-bucket-holds-private-objects')!
    const sarif = JSON.parse(renderSarif(result, rules))
    const r = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'website-bucket-holds-private-objects')
    expect(r.relatedLocations).toHaveLength(3)
    expect(r.message.text).toBe(f.message)
  })
})

describe('review comments naming the other copies (red-team round 8c)', () => {
  it('show control, bidirectional and invisible characters of their names escaped, as the rest of the comment does', () => {
    const f = finding({ ruleId: 'versioning-disabled', line: 3, resource: 'aws_s3_bucket.b["a"]' })
    const body = renderReviewComment(f, CTX, {
      kind: 'line',
      also: ['aws_s3_bucket.b["\u202eevil"]', 'aws_s3_bucket.b["x\u001b[2Jy"]', 'aws_s3_bucket.b["z\u200bw"]'],
    })
    expect(body).not.toMatch(/[\u202e\u001b\u200b]/)
    expect(body).toContain('\\u202eevil')
    expect(body).toContain('x\\u001b[2Jy')
    expect(body).toContain('z\\u200bw')
  })

  it('clip a name megabytes long before escaping it', () => {
    const f = finding({ ruleId: 'versioning-disabled', line: 3 })
    const body = renderReviewComment(f, CTX, { kind: 'line', also: [`k${'\u202e'.repeat(1_000_000)}`] })
    expect(body.length).toBeLessThan(5_000)
  })
})

describe('SARIF upload size (red-team round 8c)', () => {
  /** Findings on buckets named by long random keys, which do not compress. */
  const hostile = (n: number, nameBytes: number) =>
    Array.from({ length: n }, (_, i) => {
      const resource = `aws_s3_bucket.b["${randomBytes(nameBytes).toString('base64')}"]`
      return finding({
        ruleId: 'versioning-disabled',
        line: i + 1,
        severity: i % 10 === 0 ? 'critical' : 'low',
        resource,
        message: `Bucket ${resource} has versioning not configured.`,
      })
    })
  const notifications = (sarif: { runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] }) =>
    sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)

  it("keeps the file under code scanning's 10 MB gzipped, the most severe results first, and says how many were left out", () => {
    const findings = hostile(3000, 5000)
    const text = renderSarif(scanResult(findings), rules)
    expect(gzipSync(text).length).toBeLessThanOrEqual(MAX_SARIF_GZIP_BYTES)
    const sarif = JSON.parse(text)
    const results = sarif.runs[0].results as { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[]
    expect(results.length).toBeGreaterThan(0)
    expect(results.length).toBeLessThan(3000)
    // Every critical one (300) is kept before any low one.
    expect(results.filter((r) => r.level === 'error')).toHaveLength(300)
    // In their order (by file and line), as an unlimited run writes them.
    const lines = results.map((r) => r.locations[0]!.physicalLocation.region.startLine)
    expect(lines).toEqual([...lines].sort((a, b) => a - b))
    expect(notifications(sarif)).toEqual([expect.stringMatching(new RegExp(`^RESULTS_OMITTED_SIZE: ${3000 - results.length} results`))])
  })

  it('leaves a run that fits as it was, without compressing it', () => {
    const findings = hostile(50, 100)
    const sarif = JSON.parse(renderSarif(scanResult(findings), rules, { maxGzipBytes: 1_000_000 }))
    expect(sarif.runs[0].results).toHaveLength(50)
    expect(notifications(sarif)).toEqual([])
  })

  it('drops what could not be evaluated before any finding', () => {
    const findings = hostile(40, 2000)
    const unknowns = findings.map((f, i) => ({
      ruleId: 'acl-public-read',
      message: f.message,
      why: 'unknown',
      location: f.location,
      resource: f.resource,
      fingerprint: `u${i}`,
    }))
    const sarif = JSON.parse(renderSarif(scanResult(findings, { unknowns }), rules, { maxGzipBytes: 170_000 }))
    const ids = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)
    expect(ids.filter((id: string) => id === 'versioning-disabled')).toHaveLength(40)
    expect(ids.filter((id: string) => id === 'could-not-evaluate').length).toBeLessThan(40)
  })
})

describe('summary tables with very long names (red-team round 8c)', () => {
  it('show every row, the long name shortened, instead of hiding the whole table behind "…and N more"', () => {
    const key = 'k'.repeat(70_000)
    const hostile = `aws_s3_bucket.b["${key}"]`
    const findings = [
      finding({
        ruleId: 'acl-public-read',
        line: 3,
        severity: 'critical',
        file: 'a.tf',
        resource: hostile,
        message: `Bucket ${hostile} is public.`,
      }),
      finding({ ruleId: 'versioning-disabled', line: 9, severity: 'critical', file: 'b.tf', resource: 'aws_s3_bucket.ok' }),
    ]
    const unknowns = [
      { ruleId: 'acl-public-read', message: 'm', why: `w ${key}`, location: findings[0]!.location, resource: hostile, fingerprint: 'u1' },
    ]
    const r = report(findings, undefined, { scope: 'all' }, { unknowns })
    const md = renderSummaryMarkdown(r, CTX, { surface: 'comment', maxBytes: LIMITS.comment })
    expect(md).not.toContain('more: see')
    expect(md).not.toContain('summary truncated')
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('aws_s3_bucket.'))
    expect(rows.some((l) => l.includes('`aws_s3_bucket.ok`'))).toBe(true)
    expect(rows.filter((l) => l.includes('aws_s3_bucket.b['))).toHaveLength(2)
    for (const row of rows) expect(row.length).toBeLessThan(3000)
  })

  it('shorten long file names in the location cell, keeping the line', () => {
    const file = `${'d/'.repeat(2000)}t.tf`
    const md = renderSummaryMarkdown(report([finding({ ruleId: 'acl-public-read', line: 7, file })], undefined, { scope: 'all' }), CTX, {
      surface: 'comment',
      maxBytes: LIMITS.comment,
    })
    const row = md.split('\n').find((l) => l.includes('acl-public-read') && l.startsWith('| '))!
    expect(row).toMatch(/…:7\]\(/)
  })
})
