import { defineRule } from '../src/engine/define-rule.js'
import { BPA_FLAGS, BPA_FLAG_NAMES, effectiveFlag, publicIntent } from '../src/model/exposure.js'

export default defineRule({
  id: 'block-public-access-incomplete',
  meta: {
    title: 'S3 bucket does not turn on all four Block Public Access settings',
    severity: 'high',
    why:
      'Block Public Access is the safety net that stops a later ACL or policy change from exposing the bucket. ' +
      'AWS turns it on for buckets created since April 2023, but only code that declares it keeps it on for existing buckets and survives a console change.',
    concepts: ['bpa-missing'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.8',
    peers: {
      checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56', 'CKV2_AWS_6'],
      kics: [
        'd0cc8694-fcad-43ff-ac86-32331d7e867f',
        '48f100d9-f499-4c6d-b2b8-deafe47ffb26',
        '6c8d51af-218d-4bfb-94a9-94eabaa0703a',
        '350cd468-0e2c-44ef-9d22-cfb73a62523c',
      ],
      trivy: [
        'AVD-AWS-0086',
        'AVD-AWS-0087',
        'AVD-AWS-0091',
        'AVD-AWS-0093',
        'AVD-AWS-0094',
        'aws-s3-block-public-acls',
        'aws-s3-block-public-policy',
        'aws-s3-ignore-public-acls',
        'aws-s3-no-public-buckets',
        'aws-s3-specify-public-access-block',
      ],
      'cdk-nag': ['AwsSolutions-S2', 'S3BucketLevelPublicAccessProhibited'],
      'cfn-guard': ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'CT.S3.PR.1'],
    },
    fix: {
      cloudformation:
        'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true',
      terraform:
        'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
      cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
    ],
  },
  messages: {
    notDeclared: 'Bucket {{bucket}} declares no Block Public Access configuration{{account}}.',
    flagsOff: 'Bucket {{bucket}} leaves {{flags}} off{{account}}.',
    intendedPublic:
      'Bucket {{bucket}} leaves {{flags}} off so that its bucket policy can make it public, as its s3-gate:public tag says: "{{reason}}". The ACL flags stay on, as they should.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY })"],
      good: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })"],
    },
  },
  check(bucket, report, ctx) {
    const pab = bucket.publicAccessBlock
    const accounts = ctx.accountPublicAccessBlocks(bucket)
    const coveredByAccount = accounts.length > 0 && BPA_FLAGS.every((f) => effectiveFlag(pab, accounts, f).on === true)
    const account = coveredByAccount ? ' (the account-level block in this code covers it, so this is defence in depth)' : ''
    const severity = coveredByAccount ? 'low' : undefined
    if (pab.declared.state === 'unknown') return report.unknown(pab.declared)
    if (!pab.declared.value) {
      report({
        messageId: 'notDeclared',
        at: pab.at,
        data: { bucket: bucket.id, account },
        fix: { kind: 'set', field: 'publicAccessBlock', value: true },
        severity,
      })
      return
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false)
    for (const f of BPA_FLAGS) {
      const v = pab[f]
      if (v.state === 'unknown') report.unknown(v, BPA_FLAG_NAMES[f])
    }
    if (!off.length) return
    const intent = publicIntent(bucket)
    // A public website needs its policy flags off; the guidance keeps the ACL flags on.
    if (intent && off.every((f) => f === 'blockPublicPolicy' || f === 'restrictPublicBuckets')) {
      report({
        messageId: 'intendedPublic',
        at: pab.at,
        data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '), reason: intent },
        severity: 'info',
      })
      return
    }
    // Point at an explicit `false` when there is one: that is the line to change.
    const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set')
    report({
      messageId: 'flagsOff',
      at: explicit?.at ?? pab.at,
      data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '), account },
      fix: { kind: 'set', field: 'publicAccessBlock', value: true },
      severity,
    })
  },
})
