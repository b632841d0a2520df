import { defineRule } from '../src/engine/define-rule.js'
import { publicIntent } from '../src/model/exposure.js'
import { isAwsManagedKey, KMS_ALGORITHMS as KMS } from '../src/model/kms.js'

export default defineRule({
  id: 'encryption-not-kms',
  meta: {
    title: 'S3 bucket default encryption does not use a customer-managed KMS key',
    severity: 'medium',
    why:
      'SSE-S3 (AES256) and the AWS managed aws/s3 key encrypt data, but you cannot restrict who may decrypt it, audit key use per principal, or revoke access by disabling the key. ' +
      'SSE-KMS or DSSE-KMS with a customer-managed key adds that second, independent layer of access control.',
    concepts: ['encryption-not-kms'],
    profiles: ['default', 'strict'],
    securityHub: 'S3.17',
    peers: {
      checkov: ['CKV_AWS_145'],
      trivy: ['AVD-AWS-0132', 'aws-s3-encryption-customer-key'],
      'cdk-nag': ['S3DefaultEncryptionKMS'],
      'cfn-guard': ['S3_DEFAULT_ENCRYPTION_KMS', 'CT.S3.PR.10'],
    },
    fix: {
      cloudformation:
        'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !GetAtt DataKey.Arn\n      BucketKeyEnabled: true',
      terraform:
        'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cdk: 'encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
    ],
  },
  messages: {
    notKms: 'Bucket {{bucket}} encrypts by default with {{algorithm}}, not SSE-KMS with a customer-managed key.',
    awsManagedKey:
      'Bucket {{bucket}} uses SSE-KMS with the AWS managed key (aws/s3); use a customer-managed key to control who can decrypt.',
    publicObjects:
      'Bucket {{bucket}} serves public objects on purpose; anonymous readers cannot use KMS keys, so SSE-S3 is the right choice here.',
    logTarget:
      'Bucket {{bucket}} uses {{algorithm}}; it receives server access logs, which S3 can deliver only to SSE-S3 buckets, so this is expected.',
    elbLogTarget:
      'Bucket {{bucket}} uses {{algorithm}}; it receives the access logs of {{from}}, which Elastic Load Balancing delivers only to SSE-S3 buckets, so this is expected.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
      ],
      good: [
        'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !GetAtt Key.Arn\n            BucketKeyEnabled: true\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_kms_key" "data" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.S3_MANAGED })"],
      good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"],
    },
  },
  check(bucket, report) {
    const e = bucket.encryption
    if (e.algorithm.state === 'unknown') return report.unknown(e.algorithm, 'SSE algorithm')
    const fix = { kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } } as const
    if (!KMS.has(e.algorithm.value)) {
      if (publicIntent(bucket)) {
        report({ messageId: 'publicObjects', at: e.algorithm.at, data: { bucket: bucket.id }, severity: 'info' })
        return
      }
      const elb = bucket.links.logDeliveries.filter((d) => d.service === 'elb').map((d) => d.from)
      if (elb.length) {
        report({
          messageId: 'elbLogTarget',
          at: e.algorithm.at,
          data: {
            bucket: bucket.id,
            algorithm: e.algorithm.state === 'default' ? 'SSE-S3 (the AWS default)' : e.algorithm.value,
            from: elb.join(', '),
          },
          severity: 'info',
        })
        return
      }
      if (bucket.links.isLogTarget) {
        report({
          messageId: 'logTarget',
          at: e.algorithm.at,
          data: { bucket: bucket.id, algorithm: e.algorithm.state === 'default' ? 'SSE-S3 (the AWS default)' : e.algorithm.value },
          severity: 'info',
        })
        return
      }
      // Anonymous website visitors cannot use a KMS key: on a (possibly) website bucket the switch
      // would break the site, so it is no one-click change there.
      const noWebsite = bucket.website.state !== 'unknown' && bucket.website.value === null
      report({
        messageId: 'notKms',
        at: e.algorithm.at,
        data: { bucket: bucket.id, algorithm: e.algorithm.state === 'default' ? 'SSE-S3 (the AWS default)' : e.algorithm.value },
        ...(noWebsite ? { fix } : {}),
      })
      return
    }
    if (e.kmsKeyId.state === 'unknown') return report.unknown(e.kmsKeyId, 'KMS key')
    if (e.kmsKeyId.value === null || isAwsManagedKey(e.kmsKeyId.value)) {
      report({
        messageId: 'awsManagedKey',
        at: e.kmsKeyId.state === 'set' ? e.kmsKeyId.at : e.algorithm.at,
        data: { bucket: bucket.id },
        severity: 'low',
      })
    }
  },
})
