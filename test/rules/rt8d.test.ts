/**
 * Red-team round 8, fourth pass (rules and model): replication S3 refuses (a side not versioned) or
 * that is disabled makes no replica, and versioning on an Object Lock bucket.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const verdict = async (files: Record<string, string>, ruleId: string) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, ruleId)
      .map((f) => [f.resource, f.messageId, f.location.line])
      .sort(),
    unknowns: r.unknowns
      .filter((u) => u.ruleId === ruleId)
      .map((u) => [u.resource, u.location.line])
      .sort(),
  }
}

describe('replication that delivers nothing', () => {
  it('CloudFormation: a source without versioning is refused by S3, and its destination is no replica', async () => {
    const template = `Resources:
  Src:
    Type: AWS::S3::Bucket
    Properties:
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/r
        Rules:
          - Status: Enabled
            Destination:
              Bucket: !GetAtt Dst.Arn
  Dst:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
`
    expect(await verdict({ 'template.yaml': template }, 'replication-missing')).toEqual({
      findings: [
        ['Dst', 'none', 11],
        ['Src', 'sourceUnversioned', 5],
      ],
      unknowns: [],
    })
  })

  it('CloudFormation: the destination of disabled rules only is no replica', async () => {
    const template = `Resources:
  Src:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/r
        Rules:
          - Status: Disabled
            Destination:
              Bucket: !GetAtt Dst.Arn
  Dst:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
`
    expect(await verdict({ 'template.yaml': template }, 'replication-missing')).toEqual({
      findings: [
        ['Dst', 'none', 13],
        ['Src', 'allDisabled', 10],
      ],
      unknowns: [],
    })
  })

  const tf = (status: string, dstVersioning: string) => `variable "status" {
  type = string
}

resource "aws_s3_bucket" "src" {
  bucket = "src-bkt"
}

resource "aws_s3_bucket_versioning" "src" {
  bucket = aws_s3_bucket.src.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "dst" {
  bucket = "dst-bkt"
}

resource "aws_s3_bucket_versioning" "dst" {
  bucket = aws_s3_bucket.dst.id
  versioning_configuration {
    status = ${dstVersioning}
  }
}

resource "aws_s3_bucket_replication_configuration" "src" {
  bucket = aws_s3_bucket.src.id
  role   = "arn:aws:iam::111122223333:role/r"
  rule {
    id     = "r"
    status = ${status}
    destination {
      bucket = aws_s3_bucket.dst.arn
    }
  }
}
`

  it('Terraform: a destination whose versioning is suspended is refused, reported at the rule', async () => {
    expect(await verdict({ 'main.tf': tf('"Enabled"', '"Suspended"') }, 'replication-missing')).toEqual({
      findings: [
        ['aws_s3_bucket.dst', 'none', 16],
        ['aws_s3_bucket.src', 'destinationUnversioned', 30],
      ],
      unknowns: [],
    })
  })

  it('Terraform: both versioned and enabled still counts (the replica needs none of its own)', async () => {
    expect(await verdict({ 'main.tf': tf('"Enabled"', '"Enabled"') }, 'replication-missing')).toEqual({ findings: [], unknowns: [] })
  })

  it('Terraform: a rule status only known at deploy time leaves source and destination unknown', async () => {
    const v = await verdict({ 'main.tf': tf('var.status', '"Enabled"') }, 'replication-missing')
    expect(v.findings).toEqual([])
    expect(v.unknowns.map((u) => u[0])).toEqual(['aws_s3_bucket.dst', 'aws_s3_bucket.src'])
  })

  it('Terraform: destination versioning only known at deploy time is unknown, not a pass', async () => {
    const v = await verdict({ 'main.tf': tf('"Enabled"', 'var.status') }, 'replication-missing')
    expect(v.findings).toEqual([])
    expect(v.unknowns.map((u) => u[0])).toEqual(['aws_s3_bucket.dst', 'aws_s3_bucket.src'])
  })
})

describe('versioning of an Object Lock bucket', () => {
  it('CloudFormation: Suspended is reported as refused by S3 (the deploy fails), not as a suspended bucket', async () => {
    const template = `Resources:
  Locked:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      VersioningConfiguration:
        Status: Suspended
`
    expect(await verdict({ 'template.yaml': template }, 'versioning-disabled')).toEqual({
      findings: [['Locked', 'lockedSuspended', 7]],
      unknowns: [],
    })
  })

  it("Terraform: status Disabled leaves S3's versioning on (no finding); Suspended is refused", async () => {
    const tf = (status: string) => `resource "aws_s3_bucket" "locked" {
  bucket              = "locked-bkt"
  object_lock_enabled = true
}

resource "aws_s3_bucket_versioning" "locked" {
  bucket = aws_s3_bucket.locked.id
  versioning_configuration {
    status = "${status}"
  }
}
`
    expect(await verdict({ 'main.tf': tf('Disabled') }, 'versioning-disabled')).toEqual({ findings: [], unknowns: [] })
    expect(await verdict({ 'main.tf': tf('Suspended') }, 'versioning-disabled')).toEqual({
      findings: [['aws_s3_bucket.locked', 'lockedSuspended', 9]],
      unknowns: [],
    })
  })
})

describe('iam-inline-policy-s3-access: any S3 action, not five everyday ones', () => {
  const role = (name: string, statement: string) => `  ${name}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: 'sts:AssumeRole'}]}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
${statement}
                Resource: '*'
`
  const template =
    'Parameters:\n  Act:\n    Type: String\nResources:\n' +
    role('Acl', '                Action: s3:PutBucketAcl') +
    role('Version', '                Action: [sqs:SendMessage, s3:GetObjectVersion]') +
    role('Other', '                Action: [ec2:Describe*, sqs:SendMessage]') +
    role('NotS3', '                NotAction: s3:*') +
    role('FromParam', '                Action: !Ref Act')

  it('reports s3:PutBucketAcl and s3:GetObjectVersion (they passed), not other services, and is unknown for an action from a parameter', async () => {
    expect(await verdict({ 'template.yaml': template }, 'iam-inline-policy-s3-access')).toEqual({
      findings: [
        ['Acl', 'inline', 13],
        ['Version', 'inline', 24],
      ],
      unknowns: [['FromParam', 57]],
    })
  })
})
