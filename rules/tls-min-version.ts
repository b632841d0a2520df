import { defineRule } from '../src/engine/define-rule.js'
import { competingData, isOldTlsCondition, transportCoverage } from '../src/model/transport.js'

export default defineRule({
  id: 'tls-min-version',
  meta: {
    title: 'S3 bucket policy does not deny TLS versions below 1.2',
    severity: 'low',
    severityNote:
      'No Security Hub control covers it, and AWS endpoints have required TLS 1.2 since 2024; a Deny on s3:TlsVersion still documents and enforces the requirement in the bucket itself (and lets you raise it to 1.3).',
    why:
      'A Deny on s3:TlsVersion < 1.2 makes the bucket refuse clients that negotiate an outdated TLS version, whatever the endpoint defaults are. ' +
      'Like the HTTPS Deny, it must cover the bucket ARN and bucket/*.',
    concepts: ['tls-min-version'],
    profiles: ['strict'],
    peers: {},
    fix: {
      cloudformation:
        '- Sid: DenyOutdatedTLS\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    NumericLessThan:\n      s3:TlsVersion: 1.2',
      terraform:
        '{\n  Sid       = "DenyOutdatedTLS"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n}',
      cdk: 'minimumTLSVersion: 1.2',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#example-object-tls-version'],
  },
  messages: {
    noTlsDeny:
      'Bucket {{bucket}} does not deny requests using TLS below 1.2 (no Deny on s3:TlsVersion covering the bucket and its objects).',
    competing:
      'Bucket {{bucket}} has {{count}} bucket policies ({{owners}}), but a bucket holds one: whichever is applied last replaces the others, and {{lacking}} does not deny TLS below 1.2 for the bucket and its objects. Merge them into one policy.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              NumericLessThan:\n                s3:TlsVersion: 1.2\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n    }]\n  })\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"],
      good: ["new s3.Bucket(this, 'Data', { enforceSSL: true, minimumTLSVersion: 1.2 })"],
    },
  },
  check(bucket, report, ctx) {
    // A bucket defined elsewhere may have its policy defined elsewhere too: nothing to judge.
    if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
      return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy')
    const cov = transportCoverage(bucket, ctx, (c) => isOldTlsCondition(c))
    if (cov.bucket === true && cov.objects === true) return
    if ((cov.bucket === 'unknown' || cov.objects === 'unknown') && cov.bucket !== false && cov.objects !== false) {
      return report.unknown({
        why: 'the policy statements that could deny old TLS are not fully known',
        at: bucket.policies[0]?.at ?? bucket.origin.at,
      })
    }
    const lacking = cov.competing?.lacking
    if (lacking) return report({ messageId: 'competing', at: lacking.at, data: competingData(bucket.id, cov.competing!.owners, lacking) })
    report({
      messageId: 'noTlsDeny',
      at: cov.partial?.at ?? cov.narrowed?.at ?? cov.someActions?.at ?? bucket.policies[0]?.at ?? bucket.origin.at,
      data: { bucket: bucket.id },
      fix: { kind: 'add-policy-statement', statement: 'deny-old-tls' },
    })
  },
})
