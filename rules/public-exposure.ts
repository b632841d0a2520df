import { defineRule } from '../src/engine/define-rule.js'
import { activeExposures, analyseExposure } from '../src/model/exposure.js'

export default defineRule({
  id: 'public-exposure',
  meta: {
    title: 'S3 bucket is reachable by anyone on the internet',
    severity: 'critical',
    why:
      'This is the verdict that joins everything that decides public access: ACL grants, bucket policy statements (with their conditions), access point policies and website hosting, each weighed against the Block Public Access settings of the bucket and the account and against disabled ACLs. ' +
      'It fires only when something is actually reachable, explains through which path, and names the setting that would close it. ' +
      "An access point's policy opens the bucket only if the bucket's own policy lets everyone in too, directly or by delegating to access points (s3:DataAccessPointAccount), as S3 requires both to allow a request through an access point.",
    concepts: ['other:public-exposure'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.2',
    peers: {
      'cfn-guard': ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'],
      'cdk-nag': ['S3BucketPublicReadProhibited', 'S3BucketPublicWriteProhibited'],
    },
    fix: {
      cloudformation:
        'Remove the public grant or statement, then close the door for good:\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true\nFor a bucket that must be public (a website), tag it `s3-gate:public` with the reason and grant only s3:GetObject.',
      terraform:
        'Remove the public grant or statement and add `aws_s3_bucket_public_access_block` with all four flags true. For a bucket that must be public, tag it `"s3-gate:public" = "<reason>"` and grant only s3:GetObject.',
      cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL; for public content use CloudFront with origin access control.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    ],
  },
  messages: {
    public: 'Bucket {{bucket}} is reachable by anyone: {{paths}}.{{website}} {{remedy}}',
    intendedPublic: 'Bucket {{bucket}} is public on purpose ("{{reason}}"): anyone can {{access}}, and nothing more.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n',
      ],
      good: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read-write"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket))
    for (const u of analysis.unknowns) report.unknown(u, u.what)
    const active = activeExposures(analysis)
    const undecided = analysis.exposures.filter((e) => e.neutraliser === 'unknown')
    if (!active.length) {
      // The block of a bucket defined elsewhere is unknown by construction, not by what is written
      // here; the policy rules still report the public statement itself.
      const blockElsewhere = !bucket.managed && bucket.publicAccessBlock.declared.state === 'unknown'
      if (undecided.length && !blockElsewhere)
        report.unknown({
          why: undecided[0]!.undecided ?? 'whether Block Public Access neutralises a public grant is not known statically',
          at: undecided[0]!.at,
        })
      return
    }
    const tag = bucket.tags['s3-gate:public']
    const reason = tag && tag.state !== 'unknown' ? tag.value.trim() : ''
    const onlyObjectReads = active.every((e) => Array.isArray(e.classes) && e.classes.every((c) => c === 'objectRead'))
    if (reason && onlyObjectReads) {
      report({
        messageId: 'intendedPublic',
        at: active[0]!.at,
        data: { bucket: bucket.id, reason, access: 'read objects' },
        severity: 'info',
      })
      return
    }
    const website = bucket.website.state !== 'unknown' && bucket.website.value !== null ? ' It also serves a static website endpoint.' : ''
    const remedies = [...new Set(active.map((e) => e.remedy))]
    report({
      messageId: 'public',
      at: active[0]!.at,
      data: {
        bucket: bucket.id,
        paths: active.map((e) => e.via).join('; '),
        website,
        remedy: `Remove the grant, or turn on ${remedies.join(' and ')} (Block Public Access) to neutralise it.${reason ? ' The s3-gate:public tag only covers buckets exposing object reads.' : ''}`,
      },
      fix: { kind: 'set', field: 'publicAccessBlock', value: true },
    })
  },
})
