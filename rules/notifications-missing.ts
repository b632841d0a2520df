import { defineRule } from '../src/engine/define-rule.js'

export default defineRule({
  id: 'notifications-missing',
  meta: {
    title: 'S3 bucket sends no event notifications',
    severity: 'low',
    severityNote:
      'Security Hub rates S3.11 Medium. Event notifications are a detection aid (new, deleted or restored objects reach a queue, topic, function or EventBridge), not a control that prevents exposure, and most buckets legitimately have none, so s3-gate defaults to Low.',
    why:
      'Event notifications let you react to what happens to the data: scan uploads, alert on deletions, feed an audit pipeline. Without them, unexpected writes or deletions are noticed only when someone looks. ' +
      'Sending events to EventBridge is the cheapest way to have them available for any later rule.',
    concepts: ['notifications-missing'],
    securityHub: 'S3.11',
    peers: { checkov: ['CKV2_AWS_62'], 'cfn-guard': ['CT.S3.PR.4'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation: 'NotificationConfiguration:\n  EventBridgeConfiguration:\n    EventBridgeEnabled: true',
      terraform: 'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
      cdk: 'eventBridgeEnabled: true',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
    ],
  },
  messages: {
    none: 'Bucket {{bucket}} sends no event notifications (no queue, topic, function or EventBridge).',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n'],
      good: [
        'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        EventBridgeConfiguration:\n          EventBridgeEnabled: true\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n\nresource "aws_s3_bucket_notification" "uploads" {\n  bucket      = aws_s3_bucket.uploads.id\n  eventbridge = true\n}\n',
      ],
    },
    cdk: { bad: ["new s3.Bucket(this, 'Uploads')"], good: ["new s3.Bucket(this, 'Uploads', { eventBridgeEnabled: true })"] },
  },
  check(bucket, report) {
    const n = bucket.notifications
    if (n.state === 'unknown') return report.unknown(n, 'event notifications')
    if (n.value.length > 0) return
    report({ messageId: 'none', at: n.at, data: { bucket: bucket.id } })
  },
})
