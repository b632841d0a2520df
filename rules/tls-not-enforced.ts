import { defineRule } from '../src/engine/define-rule.js'
import { aclNeutraliser, publicAclGrants } from '../src/model/exposure.js'
import { competingData, isInsecureTransportCondition, transportCoverage } from '../src/model/transport.js'

export default defineRule({
  id: 'tls-not-enforced',
  meta: {
    title: 'S3 bucket policy does not deny plain-HTTP requests to the bucket and its objects',
    severity: 'medium',
    why:
      'Without a Deny on aws:SecureTransport = false, S3 accepts unencrypted HTTP requests, so credentials-signed requests and data can be read or altered on the network. ' +
      'The Deny must cover both the bucket ARN (ListBucket, GetBucketPolicy, PutBucketAcl...) and bucket/* (objects); a statement on bucket/* alone, as in some published snippets, leaves bucket-level calls open. ' +
      'It must also name every action (`s3:*` or `*`): a Deny of GetObject, PutObject, ListBucket and DeleteObject, or of `s3:Get*`/`s3:Put*`/`s3:List*`/`s3:Delete*`, leaves PutBucketPolicy, GetObjectVersion or RestoreObject open over HTTP. Statements split by action count together when they leave nothing out (`s3:Get*` in one, NotAction `s3:Get*` in the other), and a Deny of every action to everyone with no condition at all refuses plain HTTP as well. ' +
      'A Deny with further conditions (`aws:PrincipalAccount`, `aws:SourceVpce`...) applies only when they hold too, and one with NotPrincipal spares the principals it names, so neither counts. ' +
      'A bucket that a public ACL opens to everyone is reported as High, on the ACL: anyone can read it over plain HTTP. A bucket that serves a static website is reported as Low without a suggested statement, because the S3 website endpoint only speaks HTTP and the Deny would take the site down; put CloudFront (HTTPS) in front of it instead. ' +
      'A bucket holds one policy: with two (two policy resources, or a Terraform inline `policy` beside an `aws_s3_bucket_policy`) whichever is applied last replaces the other, so each must carry the Deny, and the finding asks to merge them.',
    concepts: ['tls-not-enforced', 'other:public-acl-without-tls-policy'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.5',
    peers: {
      kics: ['4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9'],
      checkov: ['CKV_AWS_379'],
      'cdk-nag': ['AwsSolutions-S10', 'S3BucketSSLRequestsOnly'],
      'cfn-guard': ['S3_BUCKET_SSL_REQUESTS_ONLY', 'CT.S3.PR.8'],
    },
    fix: {
      cloudformation:
        '- Sid: DenyInsecureTransport\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    Bool:\n      aws:SecureTransport: false',
      terraform:
        '{\n  Sid       = "DenyInsecureTransport"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { Bool = { "aws:SecureTransport" = "false" } }\n}',
      cdk: 'enforceSSL: true',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    ],
  },
  messages: {
    noDeny: 'Bucket {{bucket}} accepts plain-HTTP requests: no policy statement denies aws:SecureTransport = false.',
    objectsOnly:
      'Bucket {{bucket}} denies plain HTTP only for its objects (bucket/*); the bucket ARN itself is not covered, so bucket-level calls such as ListBucket or PutBucketPolicy still work over HTTP.',
    bucketOnly: 'Bucket {{bucket}} denies plain HTTP only for the bucket ARN; its objects (bucket/*) are not covered.',
    someObjectsOnly:
      'Bucket {{bucket}} denies plain HTTP only for some of its objects (a key prefix); the bucket ARN and its other objects are not covered.',
    someActions:
      'Bucket {{bucket}} denies plain HTTP only for some actions: the Deny names some S3 actions instead of "s3:*", so the others (PutBucketPolicy, GetObjectVersion, RestoreObject...) still work over HTTP.',
    narrowed:
      'Bucket {{bucket}} denies plain HTTP only to some callers: the Deny names only some principals, also needs its other conditions to hold, or exempts principals with NotPrincipal, so the rest can still use HTTP.',
    publicAclHttp:
      'Bucket {{bucket}} is public through its ACL ({{via}}) and does not deny plain-HTTP requests{{partial}}, so anyone can read it unencrypted on the network.',
    competing:
      'Bucket {{bucket}} has {{count}} bucket policies ({{owners}}), but a bucket holds one: whichever is applied last replaces the others, and {{lacking}} does not deny plain HTTP for the bucket and its objects. Merge them into one policy.',
    websiteHttp:
      'Bucket {{bucket}} serves a static website, and the S3 website endpoint only speaks plain HTTP; serve the site through CloudFront over HTTPS and deny plain HTTP on the bucket.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n',
      ],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] },
  },
  check(bucket, report, ctx) {
    // A bucket defined elsewhere may have its policy defined elsewhere too: nothing to judge.
    if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
      return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy')
    const cov = transportCoverage(bucket, ctx, isInsecureTransportCondition)
    if (cov.bucket === true && cov.objects === true) return
    if (cov.bucket === 'unknown' || cov.objects === 'unknown') {
      // A side certainly left open is a finding whatever the other; unknown only when neither is.
      if (cov.bucket !== false && cov.objects !== false) {
        const doc = bucket.policies[0]
        return report.unknown({
          why: 'the policy statements that could deny plain HTTP are not fully known',
          at: doc?.at ?? bucket.origin.at,
        })
      }
    }
    const w = bucket.website
    if (w.state !== 'unknown' && w.value !== null && w.value.indexDocument !== undefined) {
      report({ messageId: 'websiteHttp', at: w.value.at, data: { bucket: bucket.id }, severity: 'low' })
      return
    }
    const fix = { kind: 'add-policy-statement', statement: 'deny-insecure-transport' } as const
    const partial = cov.objects === true ? ' for the bucket ARN' : cov.bucket === true ? ' for its objects' : ''
    const acl = publicAclGrants(bucket).grants
    if (acl.length && aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket)) === undefined) {
      const g = acl[0]!
      report({
        messageId: 'publicAclHttp',
        at: g.at,
        data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join('/')} grant to ${g.grantee}`, partial },
        fix,
        severity: 'high',
      })
      return
    }
    // No suggested statement: added to one policy, it would still be missing from the other.
    const lacking = cov.competing?.lacking
    if (lacking) return report({ messageId: 'competing', at: lacking.at, data: competingData(bucket.id, cov.competing!.owners, lacking) })
    const at = cov.partial?.at ?? bucket.policies[0]?.at ?? bucket.origin.at
    if (cov.objects === true) report({ messageId: 'objectsOnly', at, data: { bucket: bucket.id }, fix })
    else if (cov.bucket === true) report({ messageId: 'bucketOnly', at, data: { bucket: bucket.id }, fix })
    else if (cov.narrowed) report({ messageId: 'narrowed', at: cov.narrowed.at, data: { bucket: bucket.id }, fix })
    else if (cov.someObjects) report({ messageId: 'someObjectsOnly', at: cov.someObjects.at, data: { bucket: bucket.id }, fix })
    else if (cov.someActions) report({ messageId: 'someActions', at: cov.someActions.at, data: { bucket: bucket.id }, fix })
    else report({ messageId: 'noDeny', at, data: { bucket: bucket.id }, fix })
  },
})
