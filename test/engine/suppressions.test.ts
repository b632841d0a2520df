/**
 * Inline suppressions end to end: our syntax in comments and CloudFormation Metadata, the peers'
 * syntaxes mapped through each rule's `meta.peers`, expiry, unused ones, the refuse switch, and
 * errors that name the file and line.
 */
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { renderJson } from '../../src/report/render/json.js'
import { renderSarif } from '../../src/report/render/sarif.js'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from '../rules/helpers.js'

const now = new Date('2026-06-01T00:00:00Z')
const scanTemplate = (text: string, config = {}) => scanFiles({ 'template.yaml': text }, { now, config: { profile: 'default', ...config } })
const of = (r: ScanResult, ruleId: string) => r.findings.filter((f) => f.ruleId === ruleId)
const problems = (r: ScanResult, code: string) =>
  r.problems.filter((p) => p.code === code).map((p) => ({ file: p.file, line: p.line, level: p.level }))

const bucket = (extra = '') => `Resources:
  Data:${extra}
    Type: AWS::S3::Bucket
`

describe('an s3-gate:ignore comment', () => {
  it('suppresses the rule on the resource it sits above, with its reason and expiry', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabled reason="scratch data, rebuilt nightly" until=2027-01-31
  Data:
    Type: AWS::S3::Bucket
`)
    const [f] = of(r, 'versioning-disabled')
    expect(f!.suppressed).toBe(true)
    expect(f!.suppression).toMatchObject({
      kind: 'inline',
      syntax: 's3-gate',
      reason: 'scratch data, rebuilt nightly',
      until: '2027-01-31',
      at: { file: 'template.yaml', line: 2 },
    })
    expect(of(r, 'access-logging-disabled')[0]!.suppressed).toBe(false)
  })

  it('suppresses several rules at once when they are separated by commas', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    # s3-gate:ignore versioning-disabled,access-logging-disabled reason="throwaway"
    Type: AWS::S3::Bucket
`)
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(true)
    expect(of(r, 'access-logging-disabled')[0]!.suppressed).toBe(true)
  })

  it('stops suppressing after its date and says so at its line', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabled reason="until the migration" until=2026-05-31
  Data:
    Type: AWS::S3::Bucket
`)
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
    expect(problems(r, 'SUPPRESSION_EXPIRED')).toEqual([{ file: 'template.yaml', line: 2, level: 'warning' }])
  })

  it('is reported when it matches no finding', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore acl-public-read reason="not public anyway"
  Data:
    Type: AWS::S3::Bucket
`)
    expect(problems(r, 'UNUSED_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 2, level: 'warning' }])
  })

  it('is not reported as unused when the profile does not run its rule', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore tls-min-version reason="endpoints enforce TLS 1.2"
  Data:
    Type: AWS::S3::Bucket
`)
    expect(problems(r, 'UNUSED_SUPPRESSION')).toEqual([])
  })

  it('without a reason is an error naming the file and line', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabled
  Data:
    Type: AWS::S3::Bucket
`)
    expect(problems(r, 'BAD_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 2, level: 'error' }])
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => [f.location.file, f.location.line])).toEqual([
      ['template.yaml', 2],
    ])
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
  })

  it('with a malformed date is an error naming the file and line', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabled reason="later" until=2027-13-01
  Data:
    Type: AWS::S3::Bucket
`)
    expect(problems(r, 'BAD_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 2, level: 'error' }])
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
  })

  it('naming an unknown rule is an error naming the file and line', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabld reason="typo"
  Data:
    Type: AWS::S3::Bucket
`)
    expect(problems(r, 'BAD_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 2, level: 'error' }])
    expect(r.findings.some((f) => f.ruleId === 'parse-error' && f.location.line === 2)).toBe(true)
  })

  it('belongs to the resource whose last line it ends, not to the one below', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket # s3-gate:ignore versioning-disabled reason="scratch"
  Logs:
    Type: AWS::S3::Bucket

  # s3-gate:ignore versioning-disabled reason="above nothing"

  Other:
    Type: AWS::SNS::Topic
`)
    expect(of(r, 'versioning-disabled').map((f) => [f.resource, f.suppressed])).toEqual([
      ['Data', true],
      ['Logs', false],
    ])
    expect(problems(r, 'ORPHAN_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 7, level: 'warning' }])
  })

  it('in a file of several documents, applies in its own and is reported once when it applies to nothing', async () => {
    // Every document was given the whole file's comments: each reported those of the others.
    const r = await scanTemplate(`---
Resources:
  First:
    # s3-gate:ignore versioning-disabled reason="scratch"
    Type: AWS::S3::Bucket
---
Resources:
  Second:
    Type: AWS::S3::Bucket

  # s3-gate:ignore versioning-disabled reason="above nothing"
---
Resources:
  # s3-gate:ignore versioning-disabled
  Third:
    Type: AWS::S3::Bucket
`)
    expect(of(r, 'versioning-disabled').map((f) => [f.resource, f.suppressed])).toEqual([
      ['First', true],
      ['Second', false],
      ['Third', false],
    ])
    expect(problems(r, 'ORPHAN_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 11, level: 'warning' }])
    expect(problems(r, 'BAD_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 14, level: 'error' }])
  })

  it('is refused, and listed, when the configuration refuses inline suppressions', async () => {
    const r = await scanTemplate(
      `Resources:
  # s3-gate:ignore versioning-disabled reason="scratch"
  Data:
    Type: AWS::S3::Bucket
`,
      { allowInlineSuppressions: false },
    )
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
    expect(problems(r, 'SUPPRESSION_REFUSED')).toEqual([{ file: 'template.yaml', line: 2, level: 'warning' }])
  })
})

describe('CloudFormation Metadata suppressions', () => {
  it('apply our own s3-gate ignore list with reason and expiry', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      s3-gate:
        ignore:
          - rule: versioning-disabled
            reason: scratch data
            until: "2027-01-31"
`)
    expect(of(r, 'versioning-disabled')[0]!.suppression).toMatchObject({
      syntax: 's3-gate',
      reason: 'scratch data',
      until: '2027-01-31',
      at: { line: 7 },
    })
  })

  it('reject an s3-gate ignore entry without a reason, naming the line', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      s3-gate:
        ignore:
          - rule: versioning-disabled
`)
    expect(problems(r, 'BAD_SUPPRESSION')).toEqual([{ file: 'template.yaml', line: 7, level: 'error' }])
  })

  it('reject an s3-gate ignore entry naming an unknown rule, or with a malformed date, naming the line', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      s3-gate:
        ignore:
          - rule: versioning-disabld
            reason: typo
          - rule: versioning-disabled
            reason: later
            until: 2027-1-5
`)
    expect(problems(r, 'BAD_SUPPRESSION').sort((a, b) => a.line - b.line)).toEqual([
      { file: 'template.yaml', line: 7, level: 'error' },
      { file: 'template.yaml', line: 9, level: 'error' },
    ])
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
  })

  it('map cfn_nag rules_to_suppress onto the equivalent rule', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W35
            reason: access logs go to the central account
`)
    expect(of(r, 'access-logging-disabled')[0]!.suppression).toMatchObject({
      syntax: 'cfn_nag',
      reason: 'access logs go to the central account',
    })
  })

  it('map cfn-guard SuppressedRules onto the equivalent rule, labelled as cfn-guard', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      guard:
        SuppressedRules:
          - S3_BUCKET_LOGGING_ENABLED
`)
    expect(of(r, 'access-logging-disabled')[0]!.suppression).toMatchObject({ syntax: 'cfn-guard', reason: 'cfn-guard SuppressedRules' })
  })

  it('map checkov skips onto the equivalent rule', async () => {
    const r = await scanTemplate(`Resources:
  Data:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_21
            comment: scratch data
`)
    expect(of(r, 'versioning-disabled')[0]!.suppression).toMatchObject({ syntax: 'checkov', reason: 'scratch data' })
  })

  it('on a bucket policy resource apply to the findings about that policy', async () => {
    const r = await scanTemplate(`Resources:
  Site:
    Type: AWS::S3::Bucket
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Metadata:
      s3-gate:
        ignore:
          - rule: policy-public-read
            reason: public website assets
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Site.Arn}/*"
`)
    const [f] = of(r, 'policy-public-read')
    expect(f!.resource).toBe('SitePolicy')
    expect(f!.suppressed).toBe(true)
  })
})

describe('peer comment syntaxes', () => {
  it('map checkov:skip comments, and warn that no reason was given when there is none', async () => {
    const r = await scanTemplate(bucket('\n    #checkov:skip=CKV_AWS_21'))
    expect(of(r, 'versioning-disabled')[0]!.suppression).toMatchObject({ syntax: 'checkov' })
    expect(problems(r, 'SUPPRESSION_WITHOUT_REASON')).toEqual([{ file: 'template.yaml', line: 3, level: 'warning' }])
  })

  it('map bridgecrew:skip, the older name checkov still reads, like checkov:skip', async () => {
    const r = await scanTemplate(bucket('\n    #bridgecrew:skip=CKV_AWS_21:logs are immutable'))
    expect(of(r, 'versioning-disabled')[0]!.suppression).toMatchObject({ syntax: 'checkov', reason: 'logs are immutable' })
  })

  it('map trivy and tfsec ignore comments, with their expiry', async () => {
    const r = await scanTemplate(`Resources:
  #trivy:ignore:AVD-AWS-0089
  Data:
    #tfsec:ignore:aws-s3-enable-versioning:exp:2026-05-01
    Type: AWS::S3::Bucket
`)
    expect(of(r, 'access-logging-disabled')[0]!.suppression).toMatchObject({ syntax: 'trivy' })
    expect(of(r, 'versioning-disabled')[0]!.suppressed).toBe(false)
    expect(problems(r, 'SUPPRESSION_EXPIRED')).toEqual([{ file: 'template.yaml', line: 4, level: 'warning' }])
  })

  it('map trivy long ids, aliases and short codes, and apply comments stacked above a resource', async () => {
    const r = await scanTemplate(`Resources:
  #trivy:ignore:aws-s3-enable-logging
  #trivy:ignore:enable-versioning
  # s3-gate:ignore lifecycle-missing reason="scratch"
  Data:
    Type: AWS::S3::Bucket
  #trivy:ignore:s3-bucket-logging
  Logs:
    Type: AWS::S3::Bucket
  Trail:
    # tfsec:ignore:aws-cloudtrail-enable-all-regions tfsec:ignore:aws-cloudtrail-enable-log-validation
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: !Ref Logs
      IsLogging: true
`)
    const suppressed = (rule: string, resource: string) => of(r, rule).find((f) => f.resource === resource)?.suppressed
    expect(suppressed('access-logging-disabled', 'Data')).toBe(true)
    expect(suppressed('versioning-disabled', 'Data')).toBe(true)
    expect(suppressed('lifecycle-missing', 'Data')).toBe(true)
    expect(suppressed('access-logging-disabled', 'Logs')).toBe(true)
    expect(suppressed('cloudtrail-multi-region-disabled', 'Trail')).toBe(true)
    expect(suppressed('cloudtrail-log-file-validation-disabled', 'Trail')).toBe(true)
    expect(problems(r, 'ORPHAN_SUPPRESSION')).toEqual([])
  })

  it('do not apply a trivy ignore with [attribute=value] in a template, where it cannot be checked', async () => {
    const r = await scanTemplate(bucket('\n    #trivy:ignore:AVD-AWS-0089[BucketName=logs]'))
    expect(of(r, 'access-logging-disabled')[0]!.suppressed).toBe(false)
    expect(problems(r, 'SUPPRESSION_NOT_APPLIED')).toEqual([{ file: 'template.yaml', line: 3, level: 'warning' }])
  })

  it('ignore peer ids for checks s3-gate does not have, without calling them unused', async () => {
    const r = await scanTemplate(bucket('\n    #checkov:skip=CKV_AWS_999:not ours'))
    expect(problems(r, 'UNUSED_SUPPRESSION')).toEqual([])
  })
})

describe('suppressed findings in reports', () => {
  it('stay in the JSON and SARIF output, marked as suppressed in source', async () => {
    const r = await scanTemplate(`Resources:
  # s3-gate:ignore versioning-disabled reason="scratch"
  Data:
    Type: AWS::S3::Bucket
`)
    const json = JSON.parse(renderJson(r))
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === 'versioning-disabled')).toMatchObject({
      suppressed: true,
      suppression: { reason: 'scratch' },
    })
    const sarif = JSON.parse(renderSarif(r, rules))
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'versioning-disabled')
    expect(res.suppressions).toEqual([{ kind: 'inSource', justification: 'scratch' }])
  })
})

describe('Terraform comments', () => {
  it("suppress with our syntax and with the peers' syntaxes, on the resource or on the split resource that holds the setting", async () => {
    const r = await scanFiles(
      {
        'main.tf': `# s3-gate:ignore access-logging-disabled reason="this bucket receives the access logs" until=2027-01-31
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    #checkov:skip=CKV_AWS_21:logs are immutable anyway
    status = "Suspended"
  }
}
`,
      },
      { now, config: { profile: 'default' } },
    )
    if (!r.stats.byFormat.terraform) return // the Terraform plugin is not registered yet
    expect(of(r, 'access-logging-disabled')[0]!.suppression).toMatchObject({ syntax: 's3-gate', until: '2027-01-31', at: { line: 1 } })
    expect(of(r, 'versioning-disabled')[0]!.suppression).toMatchObject({ syntax: 'checkov', reason: 'logs are immutable anyway' })
  })

  it('map checkov CKV_AWS_52 (MFA delete) on the bucket to mfa-delete-disabled', async () => {
    const r = await scanFiles(
      {
        'main.tf': `resource "aws_s3_bucket" "b" {
  #checkov:skip=CKV_AWS_52:needs the root user's MFA device
  bucket = "b"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
      },
      { now, config: { profile: 'default' } },
    )
    expect(of(r, 'mfa-delete-disabled')[0]!.suppression).toMatchObject({ syntax: 'checkov', reason: "needs the root user's MFA device" })
  })

  it('do not suppress on the buckets a setting resource only may configure, and say so at the comment', async () => {
    const r = await scanFiles(
      {
        'main.tf': `variable "which" {
  type = string
}
resource "aws_s3_bucket" "a" {
  bucket = "a-b"
  acl    = "public-read"
}
resource "aws_s3_bucket" "c" {
  bucket = "c-b"
  acl    = "public-read"
}
# s3-gate:ignore acl-public-read reason="only tags" until=2099-01-01
resource "aws_s3_bucket_versioning" "x" {
  bucket = var.which == "a" ? aws_s3_bucket.a.id : aws_s3_bucket.c.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
      },
      { now, config: { profile: 'default' } },
    )
    expect(of(r, 'acl-public-read').map((f) => [f.resource, f.suppressed])).toEqual([
      ['aws_s3_bucket.a', false],
      ['aws_s3_bucket.c', false],
    ])
    expect(problems(r, 'SUPPRESSION_NOT_APPLIED')).toEqual([{ file: 'main.tf', line: 12, level: 'warning' }])
  })
})
