import { defineRule } from '../src/engine/define-rule.js'
import { activeExposures, analyseExposure } from '../src/model/exposure.js'
import { refOf } from '../src/model/value.js'

export default defineRule({
  id: 'cloudtrail-bucket-public',
  target: 'trail',
  meta: {
    title: 'CloudTrail trail writes its logs to a bucket anyone can reach',
    severity: 'critical',
    why:
      'CloudTrail logs describe every API call in the account: who did what, from where, with which resources. In a bucket that anyone can read they give an attacker a map of the account; in one anyone can write, the audit record itself can be forged or destroyed. ' +
      "The bucket's exposure is judged the same way as public-exposure judges it (ACLs, bucket policy conditions, access points, bucket and account Block Public Access). Buckets not defined in the same code are not judged. When the trail names one of several buckets, chosen at deploy time (`!If`, a Terraform conditional), a public one among them is reported as unknown.",
    concepts: ['cloudtrail-other'],
    securityHub: 'CloudTrail.6',
    peers: { trivy: ['AVD-AWS-0161', 'aws-cloudtrail-no-public-log-access'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        "On the trail's bucket, remove the public grant or statement and add\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true",
      terraform:
        "Remove the public grant or statement from the trail's bucket and add `aws_s3_bucket_public_access_block` with all four flags true.",
      cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL   // on the bucket passed to cloudtrail.Trail',
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-6',
    ],
  },
  messages: {
    public: 'Trail {{trail}} writes its logs to bucket {{bucket}}, which is reachable by anyone: {{paths}}.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n',
      ],
      good: [
        'Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n  acl    = "public-read"\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n}\n\nresource "aws_s3_bucket_public_access_block" "audit" {\n  bucket                  = aws_s3_bucket.audit.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n',
      ],
    },
  },
  check(trail, report, ctx) {
    const name = trail.bucketName
    const ref = refOf(name)
    const bucket = ref === undefined ? undefined : ctx.resolveBucket(ref)
    if (bucket === undefined || bucket === 'unknown') {
      // One of several buckets, chosen at deploy time: a public one among them is a question, not a finding.
      for (const choice of trail.bucketChoices ?? []) {
        const candidate = ctx.model.buckets.find((b) => b.id === choice.bucketId)
        if (!candidate?.managed) continue
        const analysis = analyseExposure(
          candidate,
          ctx.accountPublicAccessBlocks(candidate),
          ctx.model.accessPoints,
          ctx.policyScope(candidate),
        )
        const active = activeExposures(analysis)
        const undecided = analysis.exposures.find((e) => e.neutraliser === 'unknown') ?? analysis.unknowns[0]
        if (!active.length && !undecided) continue
        const what = active.length ? `is reachable by anyone (${active.map((e) => e.via).join('; ')})` : 'may be public'
        report.unknown(
          { why: `${trail.id} may write its logs to bucket ${candidate.id}, which ${what}: ${choice.why}`, at: name.at },
          'trail bucket',
        )
      }
      return
    }
    if (!bucket.managed) return
    const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket))
    const active = activeExposures(analysis)
    if (!active.length) {
      const undecided = analysis.exposures.find((e) => e.neutraliser === 'unknown') ?? analysis.unknowns[0]
      if (undecided)
        report.unknown({ why: `whether bucket ${bucket.id} is public is not known statically`, at: undecided.at }, 'trail bucket exposure')
      return
    }
    // Reported where the bucket is opened, which is what has to change (and where KICS, checkov and
    // trivy report it); the trail stays the finding's resource, so two trails writing to one bucket
    // are two findings.
    report({
      messageId: 'public',
      at: active[0]!.at,
      data: { trail: trail.id, bucket: bucket.id, paths: active.map((e) => e.via).join('; ') },
      related: [
        { message: `trail ${trail.id} writes its logs to this bucket`, at: name.at },
        ...active.slice(1).map((e) => ({ message: e.via, at: e.at })),
      ],
    })
  },
})
