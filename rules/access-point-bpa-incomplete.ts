import { defineRule } from '../src/engine/define-rule.js'
import { BPA_FLAGS, BPA_FLAG_NAMES } from '../src/model/exposure.js'

export default defineRule({
  id: 'access-point-bpa-incomplete',
  target: 'accessPoint',
  meta: {
    title: 'S3 access point or Multi-Region Access Point does not block all public access',
    severity: 'critical',
    severityNote:
      'Security Hub rates S3.19 (access points) Critical and S3.24 (Multi-Region Access Points) High; the finding uses High for Multi-Region Access Points, and Medium for an access point that accepts requests only from a VPC, which the internet cannot reach.',
    why:
      "An access point has its own Block Public Access settings, independent of the bucket's: with one of them off, a public access point policy exposes the bucket's objects even when the bucket itself blocks public access. " +
      'The settings are fixed when the access point is created and cannot be changed later, so they must be right in the code. Access points block everything unless told otherwise; only code that turns a flag off is reported.',
    concepts: ['access-point-bpa'],
    securityHub: 'S3.19',
    peers: { checkov: ['CKV_AWS_392'], 'cfn-guard': ['CT.S3.PR.12'] },
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation:
        'PublicAccessBlockConfiguration:   # on the AWS::S3::AccessPoint / AWS::S3::MultiRegionAccessPoint\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true',
      terraform:
        'public_access_block_configuration {   # aws_s3_access_point (public_access_block in aws_s3control_multi_region_access_point details)\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
      cdk: 'new s3.CfnAccessPoint(this, "Ap", { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } })',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24',
    ],
  },
  messages: {
    flagsOff: '{{kind}} {{accessPoint}} leaves {{flags}} off{{network}}; its settings cannot be changed after creation.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: false\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n',
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n\n  public_access_block_configuration {\n    block_public_acls       = true\n    block_public_policy     = false\n    ignore_public_acls      = true\n    restrict_public_buckets = false\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n}\n',
      ],
    },
    cdk: {
      bad: [
        "new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: false } })",
      ],
      good: ["new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName })"],
    },
  },
  check(ap, report) {
    const pab = ap.publicAccessBlock
    for (const f of BPA_FLAGS) {
      const v = pab[f]
      if (v.state === 'unknown') report.unknown(v, BPA_FLAG_NAMES[f])
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false)
    if (!off.length) return
    const vpcOnly = ap.networkOrigin.state !== 'unknown' && ap.networkOrigin.value === 'VPC'
    const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set')
    report({
      messageId: 'flagsOff',
      at: explicit?.at ?? pab.at,
      data: {
        kind: ap.multiRegion ? 'Multi-Region Access Point' : 'Access point',
        accessPoint: ap.id,
        flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '),
        network: vpcOnly ? ' (it only accepts requests from its VPC)' : '',
      },
      severity: vpcOnly ? 'medium' : ap.multiRegion ? 'high' : undefined,
      fix: { kind: 'set', field: 'publicAccessBlock', value: true },
    })
  },
})
