/**
 * An advanced event selector whose field is named only at deploy time (a parameter, a variable)
 * may filter anything: what the trail records is unknown, never read as a selector without that
 * filter (which recorded every S3 data event, or none).
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const RULE = 'cloudtrail-data-events-missing'

const cfn = `Parameters:
  Field:
    Type: String
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs
      AdvancedEventSelectors:
        - FieldSelectors:
            - Field: eventCategory
              Equals: [Data]
            - Field: resources.type
              Equals: [AWS::S3::Object]
            - Field: !Ref Field
              Equals: [AwsServiceEvent]
`

const tf = `variable "field" {
  type = string
}

resource "aws_cloudtrail" "trail" {
  name           = "trail"
  s3_bucket_name = "audit-logs"

  advanced_event_selector {
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = var.field
      equals = ["AwsServiceEvent"]
    }
  }
}
`

describe('an advanced selector field named only at deploy time', () => {
  for (const [format, file, text, line] of [
    ['CloudFormation', 'template.yaml', cfn, 16],
    ['Terraform', 'main.tf', tf, 19],
  ] as const) {
    it(`${format}: leaves what the trail records unknown, at the field`, async () => {
      const r = await scanFiles({ [file]: text })
      expect(findingsOf(r, RULE)).toEqual([])
      const unknowns = r.unknowns.filter((u) => u.ruleId === RULE)
      expect(unknowns.map((u) => u.location.line)).toEqual([line])
    })
  }
})
