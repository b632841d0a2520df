import { defineRule } from '../src/engine/define-rule.js'
import { activeExposures, analyseExposure } from '../src/model/exposure.js'
import { refOf, strParts, strToDisplay, type Str } from '../src/model/value.js'

/**
 * What a logging target is when it cannot be a bucket name: S3 takes only the name there, and
 * refuses an ARN (`aws_s3_bucket.logs.arn`, `!GetAtt Logs.Arn`) or an endpoint's domain name, so
 * no log is delivered (Terraform's apply, or the stack, fails on it).
 */
function notABucketName(target: Str): string | undefined {
  const first = strParts(target)[0]
  if (first === undefined) return undefined
  if (typeof first === 'string') return first.startsWith('arn:') ? 'an ARN' : undefined
  if (first.kind !== 'bucket') return undefined
  return first.attr === 'arn' ? 'an ARN' : first.attr === 'domain' ? 'a domain name' : undefined
}

export default defineRule({
  id: 'access-logging-disabled',
  meta: {
    title: 'S3 bucket has no server access logging',
    severity: 'medium',
    why:
      'Server access logs record every request to the bucket (who, what, when, from where); without them an incident cannot be investigated or its scope bounded. ' +
      'Buckets that receive access logs are exempt, since logging a log bucket into itself loops. ' +
      'A bucket that stores CloudTrail logs from a trail in the same code is named as such (Security Hub CloudTrail.7 asks for access logging on the trail bucket in particular), and a bucket anyone can reach is reported as High. ' +
      'S3 does not deliver server access logs to a bucket with Object Lock, so logging into one of this code that has it turned on is reported too, and so is a target given as an ARN or a domain name rather than a bucket name, which S3 refuses.',
    concepts: ['access-logging-disabled'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.9',
    peers: {
      checkov: ['CKV_AWS_18'],
      kics: ['ee9e50e8-b2ed-4176-ad42-8fc0cf7593f4'],
      cfn_nag: ['W35'],
      trivy: ['AVD-AWS-0089', 'aws-s3-enable-logging', 'aws-s3-enable-bucket-logging', 's3-bucket-logging', 'AVD-AWS-0163'],
      'cdk-nag': ['AwsSolutions-S1', 'S3BucketLoggingEnabled'],
      'cfn-guard': ['S3_BUCKET_LOGGING_ENABLED', 'CT.S3.PR.2'],
    },
    fix: {
      cloudformation: 'LoggingConfiguration:\n  DestinationBucketName: !Ref AccessLogsBucket\n  LogFilePrefix: data/',
      terraform:
        'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "data/"\n}',
      cdk: 'serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: "data/"',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
    ],
  },
  messages: {
    noLogging: 'Bucket {{bucket}} has no server access logging{{context}}.',
    notAName:
      'Bucket {{bucket}} names {{what}} as its server access log target ({{target}}); S3 takes only a bucket name there and refuses it, so nothing is logged.',
    lockedTarget:
      'Bucket {{bucket}} sends its server access logs to bucket {{target}}, which has Object Lock turned on, so S3 delivers none of them.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n',
      ],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs })"] },
  },
  check(bucket, report, ctx) {
    const target = bucket.logging.targetBucket
    if (target.state === 'unknown') return report.unknown(target, 'logging target')
    // An empty target (`target_bucket = ""`, a placeholder) names no bucket, so nothing is logged.
    if (target.value !== null && target.value !== '') {
      const what = notABucketName(target.value)
      if (what)
        return report({ messageId: 'notAName', at: target.at, data: { bucket: bucket.id, what, target: strToDisplay(target.value) } })
      const ref = refOf(target)
      const into = ref === undefined ? undefined : ctx.resolveBucket(ref)
      if (into === undefined || into === 'unknown' || !into.managed) return
      const lock = into.objectLock.enabled
      if (lock.state !== 'unknown' && lock.value)
        report({
          messageId: 'lockedTarget',
          at: target.at,
          data: { bucket: bucket.id, target: into.id },
          related: [{ message: `Object Lock of bucket ${into.id}`, at: lock.at }],
        })
      return
    }
    if (bucket.links.isLogTarget) return
    // Reachable as public-exposure judges it: through a public ACL or access point as well as the policy.
    const isPublic =
      activeExposures(analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket)))
        .length > 0
    const isTrailBucket = bucket.links.trailIds.length > 0
    const context = isPublic
      ? ' although anyone can reach it, so abuse would go unseen'
      : isTrailBucket
        ? ` although it stores CloudTrail logs (${bucket.links.trailIds.join(', ')}), so tampering with the audit trail would go unseen`
        : ''
    report({ messageId: 'noLogging', at: bucket.logging.at, data: { bucket: bucket.id, context }, severity: isPublic ? 'high' : undefined })
  },
})
