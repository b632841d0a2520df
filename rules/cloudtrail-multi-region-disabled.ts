import { defineRule } from '../src/engine/define-rule.js'
import { DeployedWith } from '../src/model/deployed.js'
import { perModel } from '../src/model/per-model.js'
import type { S3Model, Trail } from '../src/model/s3.js'

/**
 * The trails of the model that record every Region, found once per model (not once a trail:
 * quadratic): those surely logging, indexed by the conditions they are deployed under, and one
 * whose logging is only known at deploy time. A stopped trail (IsLogging false) records no Region.
 */
const multiRegion = perModel<{ logging: DeployedWith<Trail>; maybeLogging?: Trail }>('trailsMultiRegion')
function multiRegionTrails(model: S3Model): { logging: DeployedWith<Trail>; maybeLogging?: Trail } {
  let found = multiRegion.get(model)
  if (found === undefined) {
    const multi = model.trails.filter((t) => t.isMultiRegion.state !== 'unknown' && t.isMultiRegion.value)
    const logging = new DeployedWith(
      multi.filter((t) => t.isLogging.state !== 'unknown' && t.isLogging.value),
      (t) => t.origin,
    )
    multiRegion.set(model, (found = { logging, maybeLogging: multi.find((t) => t.isLogging.state === 'unknown') }))
  }
  return found
}

export default defineRule({
  id: 'cloudtrail-multi-region-disabled',
  target: 'trail',
  meta: {
    title: 'CloudTrail trail records only its own Region',
    severity: 'medium',
    severityNote:
      'Security Hub CloudTrail.1 is High, but it judges the whole account ("at least one multi-Region trail"); a single-Region trail in this code is a gap only if no other trail covers the account, which a static scan cannot see. Another trail in the same code that is multi-Region silences the finding.',
    why:
      'A single-Region trail misses API activity in every other Region, which is exactly where an attacker starts resources or exfiltrates data to avoid notice, and it misses global-service events recorded elsewhere. ' +
      'A multi-Region trail records all Regions, including ones enabled later, into one bucket.',
    concepts: ['cloudtrail-other'],
    securityHub: 'CloudTrail.1',
    peers: {
      checkov: ['CKV_AWS_67'],
      kics: ['058ac855-989f-4378-ba4d-52d004020da7', '8173d5eb-96b5-4aa6-a71b-ecfa153c123d'],
      trivy: ['AVD-AWS-0014', 'aws-cloudtrail-enable-all-regions'],
    },
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation: 'IsMultiRegionTrail: true\nIncludeGlobalServiceEvents: true',
      terraform: 'is_multi_region_trail         = true\ninclude_global_service_events = true',
      cdk: 'isMultiRegionTrail: true   // the default of cloudtrail.Trail',
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
    ],
  },
  messages: {
    singleRegion: 'Trail {{trail}} records only the Region it is deployed in; activity in other Regions goes unlogged.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
      ],
      good: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  enable_log_file_validation = true\n}\n',
      ],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n',
      ],
    },
    cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] },
  },
  check(trail, report, ctx) {
    const v = trail.isMultiRegion
    if (v.state === 'unknown') return report.unknown(v, 'multi-Region')
    if (v.value) return
    // Another trail of the same code that records every Region covers this one's gap (this one
    // does not, so any trail that does is another), where it is deployed with this one: one
    // behind a condition this trail lacks (`Condition: IsProd`, `count`) may not exist.
    const trails = multiRegionTrails(ctx.model)
    if (trails.logging.find(trail.origin) !== undefined) return
    const maybe = trails.logging.any()
    if (maybe) return report.unknown(maybe.origin.maybe!, `trail ${maybe.id}`)
    const other = trails.maybeLogging
    if (other?.isLogging.state === 'unknown') return report.unknown(other.isLogging, `logging of trail ${other.id}`)
    report({ messageId: 'singleRegion', at: v.at, data: { trail: trail.id }, fix: { kind: 'set', field: 'isMultiRegion', value: true } })
  },
})
