/**
 * The usual Terraform idiom for a trail delivering to CloudWatch Logs: the trail names the group's
 * streams (`"${aws_cloudwatch_log_group.x.arn}:*"`), the metric filter the group
 * (`aws_cloudwatch_log_group.x.name`). Both are the group `x`.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from './helpers.js'

const RULE = 'cloudwatch-s3-policy-change-alarm-missing'

const tree = (filterGroup: string) => `resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_cloudwatch_log_group" "other" {
  name = "other"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "audit"
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
}

resource "aws_cloudwatch_log_metric_filter" "s3" {
  name           = "s3"
  log_group_name = ${filterGroup}
  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }"
  metric_transformation {
    name      = "S3BucketPolicyChanges"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "s3" {
  alarm_name          = "s3"
  metric_name         = "S3BucketPolicyChanges"
  namespace           = "Security"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
`

describe('a trail and a metric filter on one log group by reference', () => {
  it('are linked: the group ARN with :* and the group name are the same group', async () => {
    const r = await scanFiles({ 'main.tf': tree('aws_cloudwatch_log_group.trail.name') })
    expect(r.findings.filter((f) => f.ruleId === RULE)).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === RULE)).toEqual([])
  })

  it('are not linked when the filter reads another group', async () => {
    const r = await scanFiles({ 'main.tf': tree('aws_cloudwatch_log_group.other.name') })
    expect(r.unknowns.filter((u) => u.ruleId === RULE)).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === RULE).map((f) => f.resource)).toEqual(['aws_cloudtrail.main'])
  })
})
