/**
 * Red-team round 9n: suggested fixes checked in bulk against the round-trip contract (scan, apply
 * the edit as GitHub does, rescan) over the shared corpus, the examples and the benchmark trees;
 * these are minimal reproductions of the defects it found.
 */
import { describe, expect, it } from 'vitest'
import type { Finding, FixIntent } from '../../src/engine/finding.js'
import { renderCdkFix } from '../../src/parsers/cdk/fix.js'
import { fixRoundTrip, strict } from '../helpers/fix-round-trip.js'
import { scanFiles } from '../helpers/scan-files.js'

/** The finding of `ruleId` in `file`, with its edit if any. */
async function findingOf(files: Record<string, string>, file: string, ruleId: string) {
  const r = await scanFiles(files, strict)
  const f = r.findings.find((x) => !x.suppressed && x.ruleId === ruleId && x.location.file === file)
  expect(f, `${ruleId} should fire`).toBeDefined()
  return f!
}

describe('Object Lock is not suggested beside versioning that is not on', () => {
  // S3 refuses to suspend the versioning of a bucket with Object Lock: the template or
  // configuration the suggestion made failed to deploy.
  it('CloudFormation: no edit beside Status: Suspended or a status chosen at deploy time', async () => {
    const suspended =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n'
    expect((await findingOf({ 't.yaml': suspended }, 't.yaml', 'object-lock-disabled')).edit).toBeUndefined()
    const chosen =
      'Conditions:\n  P: !Equals [a, b]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: !If [P, Enabled, Suspended]\n'
    expect((await findingOf({ 't.yaml': chosen }, 't.yaml', 'object-lock-disabled')).edit).toBeUndefined()
    const json =
      '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "VersioningConfiguration": { "Status": "Suspended" }\n      }\n    }\n  }\n}\n'
    expect((await findingOf({ 't.json': json }, 't.json', 'object-lock-disabled')).edit).toBeUndefined()
  })

  it('CloudFormation: still suggested beside Status: Enabled, or with no versioning written', async () => {
    const enabled =
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'
    const { fixed } = await fixRoundTrip({ 't.yaml': enabled }, 't.yaml', 'object-lock-disabled')
    expect(fixed).toContain('ObjectLockEnabled: true')
    const none = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n'
    await fixRoundTrip({ 't.yaml': none }, 't.yaml', 'object-lock-disabled', {
      // Object Lock turns versioning on: its noncurrent versions are now kept.
      allowNew: ['lifecycle-noncurrent-versions-kept'],
    })
  })

  it('Terraform: no edit beside a suspended aws_s3_bucket_versioning or an inline versioning that is off', async () => {
    const suspended =
      'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n'
    expect((await findingOf({ 'main.tf': suspended }, 'main.tf', 'object-lock-disabled')).edit).toBeUndefined()
    const inline = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n  versioning {\n    enabled = false\n  }\n}\n'
    expect((await findingOf({ 'main.tf': inline }, 'main.tf', 'object-lock-disabled')).edit).toBeUndefined()
    const byVariable =
      'variable "status" {\n  type = string\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = var.status\n  }\n}\n'
    const f = await scanFiles({ 'main.tf': byVariable }, strict)
    expect(f.findings.filter((x) => x.ruleId === 'object-lock-disabled' && x.edit)).toEqual([])
  })

  it('Terraform: still suggested beside versioning that is Enabled', async () => {
    const enabled =
      'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
    const { fixed } = await fixRoundTrip({ 'main.tf': enabled }, 'main.tf', 'object-lock-disabled')
    expect(fixed).toContain('  object_lock_enabled = true\n')
  })
})

describe('MFA delete is suggested only where Terraform can send the MFA code', () => {
  // S3 changes MFA delete only for a request carrying the root user's MFA code (`mfa`): without it
  // the apply failed with AccessDenied.
  it('no edit for an aws_s3_bucket_versioning without mfa, nor for a module versioning without it', async () => {
    const noMfa =
      'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
    expect((await findingOf({ 'main.tf': noMfa }, 'main.tf', 'mfa-delete-disabled')).edit).toBeUndefined()
    const mod =
      'module "archive" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n\n  bucket = "a"\n  versioning = {\n    enabled = true\n  }\n}\n'
    expect((await findingOf({ 'main.tf': mod }, 'main.tf', 'mfa-delete-disabled')).edit).toBeUndefined()
  })

  it('no edit for the bucket inline versioning block, which cannot turn MFA delete on', async () => {
    const inline =
      'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 3.0"\n    }\n  }\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  versioning {\n    enabled = true\n  }\n}\n'
    expect((await findingOf({ 'main.tf': inline }, 'main.tf', 'mfa-delete-disabled')).edit).toBeUndefined()
  })

  it('an aws_s3_bucket_versioning that sends mfa gets the edit, and it round-trips', async () => {
    const withMfa =
      'variable "mfa" {\n  type = string\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  mfa    = var.mfa\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
    const { fixed } = await fixRoundTrip({ 'main.tf': withMfa }, 'main.tf', 'mfa-delete-disabled')
    expect(fixed).toContain('    status     = "Enabled"\n    mfa_delete = "Enabled"\n')
  })
})

describe('CDK: Object Lock on a CfnBucket whose versioning is not on', () => {
  const LOCK: FixIntent = { kind: 'set', field: 'objectLock.enabled', value: true }
  const render = (props: string) => {
    const file = 'lib/stack.ts'
    const text = `import * as s3 from 'aws-cdk-lib/aws-s3'\nnew s3.CfnBucket(this, 'Data', {\n${props}\n})\n`
    const at = { file, line: 2, column: 1, endLine: 2, endColumn: 1, path: 'Resources.Data' }
    const finding: Finding = {
      ...{ ruleId: 'object-lock-disabled', severity: 'low', messageId: 'disabled', message: 'm', location: at, resource: 'Stack/Data' },
      ...{ format: 'cdk', related: [], fix: LOCK, fingerprint: 'f', suppressed: false },
    }
    return renderCdkFix(finding, new Map([[file, text]]))
  }

  it('offers no edit beside a suspended or computed versioningConfiguration', () => {
    expect(render("  versioningConfiguration: { status: 'Suspended' },")).toBeUndefined()
    expect(render('  versioningConfiguration: { status: props.status },')).toBeUndefined()
  })

  it('still offers it beside Enabled versioning or none', () => {
    expect(render("  versioningConfiguration: { status: 'Enabled' },")?.replacement).toContain('objectLockEnabled: true')
    expect(render("  bucketName: 'data',")?.replacement).toContain('objectLockEnabled: true')
  })
})

describe('Terraform: a setting resource added to a file indented with tabs is indented with tabs', () => {
  const T = 'resource "aws_s3_bucket" "b" {\n\tbucket = "b"\n\ttags = {\n\t\tteam = "x"\n\t}\n}\n'

  it('new aws_s3_bucket_versioning and public access block', async () => {
    const v = await fixRoundTrip({ 'main.tf': T }, 'main.tf', 'versioning-disabled', {
      // Versioning on is what makes MFA delete checkable.
      allowNew: ['mfa-delete-disabled', 'lifecycle-noncurrent-versions-kept'],
    })
    expect(v.edit.replacement).toBe(
      '}\n\nresource "aws_s3_bucket_versioning" "b" {\n\tbucket = aws_s3_bucket.b.id\n\tversioning_configuration {\n\t\tstatus = "Enabled"\n\t}\n}',
    )
    const p = await fixRoundTrip({ 'main.tf': T }, 'main.tf', 'block-public-access-incomplete')
    expect(p.edit.replacement.split('\n').filter((l) => /^ /.test(l))).toEqual([])
  })

  it('a new bucket policy with the TLS statement: no line indented with spaces', async () => {
    const { edit } = await fixRoundTrip({ 'main.tf': T }, 'main.tf', 'tls-not-enforced')
    expect(edit.replacement).toContain('\tpolicy = jsonencode({\n\t\tVersion = "2012-10-17"')
    expect(edit.replacement.split('\n').filter((l) => /^ /.test(l))).toEqual([])
  })

  it('a statement added to a policy document written with tabs', async () => {
    const text =
      'resource "aws_s3_bucket" "b" {\n\tbucket = "b"\n}\n\ndata "aws_iam_policy_document" "d" {\n\tstatement {\n\t\tactions   = ["s3:GetObject"]\n\t\tresources = ["${aws_s3_bucket.b.arn}/*"]\n\t\tprincipals {\n\t\t\ttype        = "AWS"\n\t\t\tidentifiers = ["arn:aws:iam::111122223333:root"]\n\t\t}\n\t}\n}\n\nresource "aws_s3_bucket_policy" "p" {\n\tbucket = aws_s3_bucket.b.id\n\tpolicy = data.aws_iam_policy_document.d.json\n}\n'
    const { edit } = await fixRoundTrip({ 'main.tf': text }, 'main.tf', 'tls-not-enforced')
    expect(edit.replacement.split('\n').filter((l) => /^ /.test(l))).toEqual([])
    expect(edit.replacement).toContain('\t\tprincipals {\n\t\t\ttype        = "*"')
  })
})
