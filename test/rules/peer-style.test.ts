/**
 * Inputs written the way the peers' S3 fixtures are (KICS, checkov, cfn_nag), in variations their
 * visible fixtures do not show, with the verdict AWS semantics give. Each assertion lists the
 * findings of the rules concerned as `rule resource line`.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

async function verdicts(files: Record<string, string>, rules: string[]): Promise<string[]> {
  const r = await scanFiles(files)
  return r.findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.resource} ${f.location.line}`)
    .sort()
}

const ACL_RULES = ['acl-public-read', 'acl-public-write']

describe('CloudFormation in the peers’ style', () => {
  it('reads every canned ACL: PublicRead and AuthenticatedRead read, PublicReadWrite write, LogDeliveryWrite and the rest private', async () => {
    const acl = (id: string, v: string) => `  ${id}:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: ${v}\n`
    const template =
      'Resources:\n' +
      acl('Read', 'PublicRead') + // line 2
      acl('ReadWrite', 'PublicReadWrite') + // 6
      acl('Auth', 'AuthenticatedRead') + // 10
      acl('Logs', 'LogDeliveryWrite') +
      acl('Owner', 'BucketOwnerFullControl') +
      acl('Exec', 'AwsExecRead')
    expect(await verdicts({ 'template.yaml': template }, ACL_RULES)).toEqual([
      'acl-public-read Auth 13',
      'acl-public-read Read 5',
      'acl-public-write ReadWrite 9',
    ])
  })

  it('judges conditions as AWS does: a lower-case aws:sourceVpce pins the caller, IfExists and aws:Referer do not', async () => {
    const stmt = (sid: string, condition: string) =>
      `          - Sid: ${sid}\n            Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "\${Data.Arn}/*"\n            Condition:\n${condition}`
    const template =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n' +
      stmt('Vpce', '              StringEquals:\n                aws:sourceVpce: vpce-0123\n') + // line 10
      stmt('IfExists', '              StringEqualsIfExists:\n                aws:SourceVpce: vpce-0123\n') + // 18
      stmt('Referer', '              StringLike:\n                aws:Referer: "https://example.com/*"\n') // 26
    expect(await verdicts({ 'template.yaml': template }, ['policy-public-read'])).toEqual([
      'policy-public-read Policy 18',
      'policy-public-read Policy 26',
    ])
  })

  it('accepts a BoolIfExists Deny on Action "*" as enforcing TLS, and reads an AWS-managed key alias as not customer-managed', async () => {
    const template =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n' +
      '          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:alias/aws/s3\n' +
      '  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n' +
      '          - Effect: Deny\n            Principal: "*"\n            Action: "*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n' +
      '            Condition:\n              BoolIfExists:\n                aws:SecureTransport: "false"\n'
    const r = await scanFiles({ 'template.yaml': template })
    expect(r.findings.filter((f) => f.ruleId === 'tls-not-enforced')).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'encryption-not-kms').map((f) => [f.messageId, f.location.line])).toEqual([
      ['awsManagedKey', 9],
    ])
  })

  it('reads an empty KMSMasterKeyID as no key, so S3 uses the AWS-managed aws/s3 key', async () => {
    const template =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n' +
      '          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: ""\n'
    const r = await scanFiles({ 'template.yaml': template })
    expect(r.findings.filter((f) => f.ruleId === 'encryption-not-kms').map((f) => [f.messageId, f.location.line])).toEqual([
      ['awsManagedKey', 9],
    ])
  })

  it('reads Fn::Sub in its list form in a policy that grants everything to everyone', async () => {
    const template =
      'Parameters:\n  Suffix:\n    Type: String\n    Default: data\nResources:\n  B:\n    Type: AWS::S3::Bucket\n' +
      '    Properties:\n      BucketName: !Sub\n        - "${AWS::StackName}-${S}"\n        - S: !Ref Suffix\n' +
      '  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument:\n        Statement:\n' +
      '          Effect: Allow\n          Principal: "*"\n          Action: "*"\n          Resource:\n' +
      '            - !Sub\n              - "arn:${AWS::Partition}:s3:::${Name}/*"\n              - Name: !Ref B\n'
    expect(await verdicts({ 'template.yaml': template }, ['policy-public-read', 'policy-public-write', 'policy-wildcard-action'])).toEqual([
      'policy-public-read P 17',
      'policy-public-write P 17',
      'policy-wildcard-action P 17',
    ])
  })
})

describe('Terraform in the peers’ style', () => {
  it('reads access_control_policy grants: AuthenticatedUsers FULL_CONTROL is write, AllUsers READ_ACP is read', async () => {
    const acp = (name: string, uri: string, permission: string) =>
      `resource "aws_s3_bucket" "${name}" {\n  bucket = "b-${name}"\n}\n\nresource "aws_s3_bucket_acl" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/global/${uri}"\n      }\n      permission = "${permission}"\n    }\n    owner {\n      id = "abc"\n    }\n  }\n}\n\n`
    const tf = acp('full', 'AuthenticatedUsers', 'FULL_CONTROL') + acp('acp', 'AllUsers', 'READ_ACP') + acp('logs', 'LogDelivery', 'WRITE')
    expect(await verdicts({ 'main.tf': tf }, ACL_RULES)).toEqual([
      'acl-public-read aws_s3_bucket.acp 28',
      'acl-public-write aws_s3_bucket.full 8',
    ])
  })

  it('counts an ARN with a wildcard account as everyone, in a heredoc policy on a bucket linked by literal name', async () => {
    const tf = `resource "aws_s3_bucket" "b" {
  bucket = "edge"
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "edge"
  policy = <<EOT
{
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::*:root"}, "Action": "s3:List*", "Resource": "arn:aws:s3:::edge"},
    {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:PutObject", "Resource": "arn:aws:s3:::edge/AWSLogs/*"}
  ]
}
EOT
}
`
    expect(await verdicts({ 'main.tf': tf }, ['policy-public-read', 'policy-public-write'])).toEqual([
      'policy-public-read aws_s3_bucket_policy.b 10',
    ])
  })

  it('attaches settings to for_each buckets through each.value, and versioning per key', async () => {
    const tf = `resource "aws_s3_bucket" "this" {
  for_each = toset(["alpha", "beta"])
  bucket   = "b-\${each.key}"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = aws_s3_bucket.this
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id
  versioning_configuration {
    status = each.key == "alpha" ? "Enabled" : "Suspended"
  }
}
`
    expect(await verdicts({ 'main.tf': tf }, ['block-public-access-incomplete', 'versioning-disabled'])).toEqual([
      'versioning-disabled aws_s3_bucket.this["beta"] 19',
    ])
  })
})

describe('ACL values S3 does not accept', () => {
  it('reports `website` (read as public by some peers) and typos as unknown, never as a pass or a grant', async () => {
    const tf =
      'resource "aws_s3_bucket" "site" {\n  bucket = "site"\n  acl    = "website"\n}\n' + // 1-4
      'resource "aws_s3_bucket" "typo" {\n  bucket = "typo"\n}\n' + // 5-7
      'resource "aws_s3_bucket_acl" "typo" {\n  bucket = aws_s3_bucket.typo.id\n  acl    = "public_read"\n}\n' + // 8-11
      'resource "aws_s3_bucket" "ok" {\n  bucket = "ok"\n  acl    = "private"\n}\n'
    const r = await scanFiles({ 'main.tf': tf })
    expect(r.findings.filter((f) => ACL_RULES.includes(f.ruleId))).toEqual([])
    const unknowns = r.unknowns.filter((u) => u.ruleId === 'acl-public-read')
    expect(unknowns.map((u) => `${u.resource} ${u.location.line}`)).toEqual(['aws_s3_bucket.site 3', 'aws_s3_bucket.typo 10'])
    expect(unknowns[0]!.why).toBe(
      '"website" is not a canned ACL S3 accepts, so the deployment fails; what it was meant to grant is not known',
    )
  })
})
