/**
 * Red-team round 8, second pass (rules and model): ACL grants to a group URI S3 does not define,
 * TLS Denies for named principals only, and `ForAnyValue:` / `ForAllValues:` on the transport keys.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const verdict = async (files: Record<string, string>, ruleId: string) => {
  const r = await scanFiles(files)
  return {
    findings: findingsOf(r, ruleId).map((f) => [f.resource, f.messageId, f.location.line]),
    unknowns: r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => [u.resource, u.location.line]),
  }
}

describe('an ACL grant to a group URI that S3 does not define', () => {
  const tf = (uri: string, permission = 'READ') => `resource "aws_s3_bucket" "a" {
  bucket = "a-bkt"
}

resource "aws_s3_bucket_ownership_controls" "a" {
  bucket = aws_s3_bucket.a.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "a" {
  bucket = aws_s3_bucket.a.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "${uri}"
      }
      permission = "${permission}"
    }
    owner {
      id = "abc"
    }
  }
}
`

  it('Terraform: AllUsers written with a trailing slash is unknown (it was a silent pass), on the grant', async () => {
    const files = { 'main.tf': tf('http://acs.amazonaws.com/groups/global/AllUsers/') }
    for (const rule of ['acl-public-read', 'acl-public-write', 'public-exposure'])
      expect(await verdict(files, rule)).toEqual({ findings: [], unknowns: [['aws_s3_bucket.a', 15]] })
  })

  it('Terraform: the groups S3 defines are judged as before', async () => {
    expect(await verdict({ 'main.tf': tf('http://acs.amazonaws.com/groups/global/AllUsers') }, 'acl-public-read')).toEqual({
      findings: [['aws_s3_bucket.a', 'publicRead', 15]],
      unknowns: [],
    })
    expect(await verdict({ 'main.tf': tf('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE') }, 'public-exposure')).toEqual({
      findings: [],
      unknowns: [],
    })
  })

  it('Terraform: a grant to an unknown group is not reported where ACLs are disabled', async () => {
    const files = {
      'main.tf': tf('http://acs.amazonaws.com/groups/global/Everyone').replace('BucketOwnerPreferred', 'BucketOwnerEnforced'),
    }
    expect(await verdict(files, 'public-exposure')).toEqual({ findings: [], unknowns: [] })
  })
})

describe('a TLS Deny for named principals only', () => {
  const cfn = (principal: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data-bkt
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: ${principal}
            Action: 's3:*'
            Resource: [arn:aws:s3:::data-bkt, 'arn:aws:s3:::data-bkt/*']
            Condition:
              Bool:
                aws:SecureTransport: 'false'
`
  const tf = (principals: string) => `resource "aws_s3_bucket" "data" {
  bucket = "data-bkt"
}

data "aws_iam_policy_document" "data" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = [${principals}]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.data.json
}
`

  it('CloudFormation: is named as narrowed to some callers, on the statement (was "no statement denies")', async () => {
    expect(await verdict({ 'template.yaml': cfn("{AWS: 'arn:aws:iam::111122223333:root'}") }, 'tls-not-enforced')).toEqual({
      findings: [['Data', 'narrowed', 13]],
      unknowns: [],
    })
    expect(await verdict({ 'template.yaml': cfn("{AWS: '*'}") }, 'tls-not-enforced')).toEqual({ findings: [], unknowns: [] })
  })

  it('Terraform: the same', async () => {
    expect(await verdict({ 'main.tf': tf('"arn:aws:iam::111122223333:role/app"') }, 'tls-not-enforced')).toEqual({
      findings: [['aws_s3_bucket.data', 'narrowed', 6]],
      unknowns: [],
    })
    expect(await verdict({ 'main.tf': tf('"*"') }, 'tls-not-enforced')).toEqual({ findings: [], unknowns: [] })
  })
})

describe('ForAnyValue: and ForAllValues: on the single-valued transport keys', () => {
  const cfn = (operator: string, key: string, value: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
            Condition:
              ${operator}:
                ${key}: ${value}
`
  const tf = (operator: string, key: string, value: string) => `resource "aws_s3_bucket" "data" {
  bucket = "data-bkt"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
      Condition = { "${operator}" = { "${key}" = "${value}" } }
    }]
  })
}
`
  for (const [format, write, file] of [
    ['CloudFormation', cfn, 'template.yaml'],
    ['Terraform', tf, 'main.tf'],
  ] as const) {
    it(`${format}: deny plain HTTP and old TLS as the plain operators do (were false alarms)`, async () => {
      for (const set of ['ForAnyValue:', 'ForAllValues:']) {
        expect(await verdict({ [file]: write(`${set}Bool`, 'aws:SecureTransport', 'false') }, 'tls-not-enforced')).toEqual({
          findings: [],
          unknowns: [],
        })
        expect(await verdict({ [file]: write(`${set}NumericLessThan`, 's3:TlsVersion', '1.2') }, 'tls-min-version')).toEqual({
          findings: [],
          unknowns: [],
        })
      }
      // The value still decides: "true" denies HTTPS, not HTTP.
      expect(
        (await verdict({ [file]: write('ForAnyValue:Bool', 'aws:SecureTransport', 'true') }, 'tls-not-enforced')).findings,
      ).toHaveLength(1)
    })
  }
})

describe('an Allow to the CloudFront service principal', () => {
  const cfn = (condition: string) => `Resources:
  Site:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: cloudfront.amazonaws.com
            Action: s3:GetObject
            Resource: !Sub '\${Site.Arn}/*'
${condition}`
  const tf = (condition: string) => `resource "aws_s3_bucket" "site" {
  bucket = "site-bkt"
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudfront.amazonaws.com" }
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.site.arn}/*"
${condition}    }]
  })
}
`
  const pinned = {
    cfn: "            Condition:\n              StringEquals:\n                AWS:SourceArn: !Sub 'arn:aws:cloudfront::${AWS::AccountId}:distribution/E1'\n",
    tf: '      Condition = { StringEquals = { "AWS:SourceArn" = "arn:aws:cloudfront::111122223333:distribution/E1" } }\n',
  }
  const open = {
    cfn: "            Condition:\n              StringLike:\n                AWS:SourceArn: 'arn:aws:cloudfront::*:distribution/*'\n",
    tf: '      Condition = { StringLike = { "AWS:SourceArn" = "arn:aws:cloudfront::*:distribution/*" } }\n',
  }

  it('CloudFormation: without a pinning aws:SourceArn is any distribution reading (was a silent pass), High, on the statement', async () => {
    const r = await scanFiles({ 'template.yaml': cfn('') })
    expect(findingsOf(r, 'policy-public-read').map((f) => [f.messageId, f.severity, f.location.line])).toEqual([
      ['anyDistribution', 'high', 11],
    ])
    expect(findingsOf(await scanFiles({ 'template.yaml': cfn(open.cfn) }), 'policy-public-read').map((f) => f.messageId)).toEqual([
      'anyDistribution',
    ])
    expect(await verdict({ 'template.yaml': cfn(pinned.cfn) }, 'policy-public-read')).toEqual({ findings: [], unknowns: [] })
    // Not public to S3: public-exposure and Block Public Access are not about it.
    expect(findingsOf(r, 'public-exposure')).toEqual([])
  })

  it('Terraform: the same', async () => {
    expect(await verdict({ 'main.tf': tf('') }, 'policy-public-read')).toEqual({
      findings: [['aws_s3_bucket_policy.site', 'anyDistribution', 9]],
      unknowns: [],
    })
    expect((await verdict({ 'main.tf': tf(open.tf) }, 'policy-public-read')).findings).toHaveLength(1)
    expect(await verdict({ 'main.tf': tf(pinned.tf) }, 'policy-public-read')).toEqual({ findings: [], unknowns: [] })
  })

  it('a Deny that keeps all but one account out closes it, as it closes a wildcard Allow', async () => {
    const deny =
      "          - Effect: Deny\n            Principal: '*'\n            Action: 's3:*'\n            Resource: [!GetAtt Site.Arn, !Sub '${Site.Arn}/*']\n            Condition:\n              StringNotEquals:\n                aws:SourceAccount: '111122223333'\n"
    expect(await verdict({ 'template.yaml': cfn('') + deny }, 'policy-public-read')).toEqual({ findings: [], unknowns: [] })
  })
})
