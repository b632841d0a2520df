import { defineRule } from '../src/engine/define-rule.js'
import { alarmsOn, judgePolicyChangePattern, looksLikeS3ChangeFilter, sameLogGroup } from '../src/model/metric-filter.js'
import { deployedWhenever } from '../src/model/deployed.js'
import type { MetricAlarm, MetricFilter, ResourceOrigin, Trail } from '../src/model/s3.js'

export default defineRule({
  id: 'cloudwatch-s3-policy-change-alarm-missing',
  target: 'model',
  meta: {
    title: 'No CloudWatch alarm on S3 bucket policy and ACL changes',
    severity: 'low',
    why:
      'When CloudTrail delivers to CloudWatch Logs, a metric filter on PutBucketPolicy, DeleteBucketPolicy and PutBucketAcl with an alarm on its metric tells you within minutes that someone changed who can reach a bucket, instead of at the next audit. ' +
      'The rule looks at trails in the code that send to CloudWatch Logs, and at metric filters in the code that watch S3 changes: a filter must catch those three events, only S3 write events (a filter joined with || alarms on every S3 call), and have an alarm on its metric.',
    concepts: ['other:cloudwatch-s3-policy-change-alarm'],
    securityHub: 'CloudWatch.8',
    peers: { kics: ['27c6a499-895a-4dc7-9617-5c485218db13'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'S3PolicyChanges:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: \'{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }\'\n    MetricTransformations:\n      - MetricName: S3BucketPolicyChanges\n        MetricNamespace: CISBenchmark\n        MetricValue: "1"\nS3PolicyChangesAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    MetricName: S3BucketPolicyChanges\n    Namespace: CISBenchmark\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    AlarmActions: [!Ref SecurityAlerts]',
      terraform:
        'resource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = aws_cloudwatch_log_metric_filter.s3_policy_changes.metric_transformation[0].name\n  namespace           = "CISBenchmark"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn]\n}',
    },
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
  },
  messages: {
    trailUnwatched:
      'Trail {{trail}} delivers to CloudWatch Logs, but no metric filter with an alarm watches it for S3 bucket policy and ACL changes.',
    missingEvents: 'Metric filter {{filter}} watches S3 changes but misses {{events}}.',
    tooBroad:
      'Metric filter {{filter}} matches S3 calls that change nothing (such as {{example}}), so its alarm fires on ordinary use; join the event source and the event names with &&.',
    noAlarm: 'Metric filter {{filter}} catches S3 bucket policy and ACL changes, but no alarm watches its metric.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n',
      ],
      good: [
        'Resources:\n  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n  S3PolicyChanges:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n      LogGroupName: !Ref TrailLogs\n      FilterPattern: \'{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }\'\n      MetricTransformations:\n        - MetricName: S3BucketPolicyChanges\n          MetricNamespace: Security\n          MetricValue: "1"\n  S3PolicyChangesAlarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      MetricName: S3BucketPolicyChanges\n      Namespace: Security\n      Statistic: Sum\n      Period: 300\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) || ($.eventName = PutBucketPolicy) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n',
      ],
      good: [
        'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = "S3BucketPolicyChanges"\n  namespace           = "Security"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n}\n',
      ],
    },
  },
  check(model, report) {
    const judged = new Map<MetricFilter, ReturnType<typeof judgePolicyChangePattern> | 'unknown'>()
    for (const f of model.metricFilters) {
      judged.set(f, f.pattern.state === 'unknown' ? 'unknown' : judgePolicyChangePattern(f.pattern.value))
    }
    // A filter or alarm that may not be deployed (behind a condition not known statically) is
    // still judged, but what it would catch is counted on only for what is deployed with it (the
    // same condition): a verdict that rests on it otherwise is unknown.
    const alarms = new Map<MetricFilter, MetricAlarm[]>()
    for (const [f, j] of judged) if (j !== 'unknown' && j.kind === 'ok') alarms.set(f, alarmsOn(f, model.alarms))
    /** An alarm deployed whenever `subject` is watches the filter (the filter itself may not be). */
    const alarmed = (f: MetricFilter, subject: ResourceOrigin) => alarms.get(f)?.some((a) => deployedWhenever(a.origin, subject)) ?? false
    /** The filter catches the changes with an alarm on them, if everything it needs is deployed. */
    const mayBeGood = (f: MetricFilter) => (alarms.get(f)?.length ?? 0) > 0
    /** Why the filter, or every alarm on it, may be missing when `subject` is deployed. */
    const whyNot = (f: MetricFilter, subject: ResourceOrigin) =>
      deployedWhenever(f.origin, subject)
        ? alarms.get(f)!.find((a) => !deployedWhenever(a.origin, subject))!.origin.maybe!
        : f.origin.maybe!
    // Filters with an alarm, both deployed whenever a trail is; trails behind the same conditions share the list.
    const goodFor = new Map<string, MetricFilter[]>()
    const good = (trail: Trail) => {
      const m = trail.origin.maybe
      const key = !m ? '' : m.conditions ? `c${JSON.stringify(m.conditions)}` : `t${trail.id}`
      let list = goodFor.get(key)
      if (!list)
        goodFor.set(key, (list = model.metricFilters.filter((f) => deployedWhenever(f.origin, trail.origin) && alarmed(f, trail.origin))))
      return list
    }
    // Filters that are about S3 changes but would not raise the alarm they are meant for.
    for (const f of model.metricFilters) {
      if (f.pattern.state === 'unknown') {
        report.unknown(f.pattern, 'metric filter pattern')
        continue
      }
      if (alarmed(f, f.origin) || !looksLikeS3ChangeFilter(f.pattern.value)) continue
      const j = judged.get(f)!
      if (j === 'unknown' || j.kind === 'not-understood') {
        report.unknown({ why: 'the filter pattern is not a JSON pattern s3-gate can read', at: f.pattern.at }, 'metric filter pattern')
        continue
      }
      const data = { filter: f.id }
      if (j.kind === 'missing')
        report({ messageId: 'missingEvents', at: f.pattern.at, resource: f.id, data: { ...data, events: j.events.join(', ') } })
      else if (j.kind === 'too-broad')
        report({ messageId: 'tooBroad', at: f.pattern.at, resource: f.id, data: { ...data, example: j.example } })
      else if (mayBeGood(f)) report.unknown(alarms.get(f)![0]!.origin.maybe!, `alarm ${alarms.get(f)![0]!.id}`)
      else report({ messageId: 'noAlarm', at: f.origin.at, resource: f.id, data })
    }
    for (const trail of model.trails) {
      const group = trail.cloudWatchLogsGroup
      if (group.state === 'unknown' || group.value === null) continue
      const onGroup = (f: MetricFilter) => (f.logGroup.state === 'unknown' ? 'unknown' : sameLogGroup(group.value!, f.logGroup.value))
      const watching = good(trail)
      if (watching.some((f) => onGroup(f) === true)) continue
      // A good filter whose log group cannot be told apart from the trail's may watch it, or not.
      const possibly = watching.find((f) => onGroup(f) === 'unknown')
      if (possibly) {
        const lg = possibly.logGroup
        report.unknown(
          lg.state === 'unknown' ? lg : { why: `the log group of metric filter ${possibly.id} is only known at deploy time`, at: lg.at },
          `metric filter ${possibly.id}`,
        )
        continue
      }
      const maybe = model.metricFilters.find((f) => onGroup(f) !== false && mayBeGood(f))
      if (maybe) {
        report.unknown(whyNot(maybe, trail.origin), `metric filter ${maybe.id}`)
        continue
      }
      // A wrong filter on the trail's group was reported above, on the filter itself.
      if (
        model.metricFilters.some((f) => onGroup(f) !== false && f.pattern.state !== 'unknown' && looksLikeS3ChangeFilter(f.pattern.value))
      )
        continue
      report({ messageId: 'trailUnwatched', at: group.at, resource: trail.id, data: { trail: trail.id } })
    }
  },
})
