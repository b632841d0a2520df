import { defineRule } from '../src/engine/define-rule.js'
import type { AclGrant } from '../src/model/s3.js'
import { strToDisplay } from '../src/model/value.js'

export default defineRule({
  id: 'acl-write-acp-grant',
  meta: {
    title: 'S3 bucket ACL grants WRITE_ACP to another grantee',
    severity: 'high',
    severityNote:
      "KICS rates it Critical. The grantee is named (not everyone; public grants are acl-public-write's Critical finding), but it can rewrite the ACL to give itself or anyone full control, so High.",
    why:
      "WRITE_ACP lets the grantee rewrite the bucket's access control list, and so grant itself, or everyone, read and write access. FULL_CONTROL includes it: a group's FULL_CONTROL is reported, and so is FULL_CONTROL to more than one canonical user or account, since only one of them can be the ACL's owner (the owner itself is not in view, so a single such grant is taken as the owner's). " +
      'Nobody but the owner needs it; with ACLs disabled (ObjectOwnership BucketOwnerEnforced) the grant is rejected altogether.',
    concepts: ['other:acl-write-acp-grant'],
    peers: { kics: ['64a222aa-7793-4e40-915f-4b302c76e4d4'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'CloudFormation sets only canned ACLs on a bucket; remove `AccessControl` and set `OwnershipControls` to `BucketOwnerEnforced`.',
      terraform:
        'Remove the `grant` with `permission = "WRITE_ACP"` from `aws_s3_bucket_acl`, or better, delete the ACL and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: 'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED',
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions'],
  },
  messages: {
    writeAcp: 'Bucket {{bucket}} grants WRITE_ACP to {{grantee}}, which can then rewrite the ACL to give anyone access.',
    fullControl:
      'Bucket {{bucket}} grants FULL_CONTROL, which includes WRITE_ACP, to {{grantee}}, which can then rewrite the ACL to give anyone access.',
    fullControlOthers:
      'Bucket {{bucket}} grants FULL_CONTROL, which includes WRITE_ACP, to {{grantees}}; only one of them can be the owner, so another can rewrite the ACL to give anyone access.',
  },
  examples: {
    cloudformation: {
      bad: [],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
      ],
      note: 'CloudFormation sets only canned ACLs on a bucket, and none of them grants WRITE_ACP.',
    },
    terraform: {
      bad: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE_ACP"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
      ],
      good: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
      ],
    },
  },
  check(bucket, report) {
    const grants = bucket.acl.grants
    if (grants.state === 'unknown') return report.unknown(grants, 'ACL grants')
    // With ACLs disabled S3 rejects the grant: nothing is granted.
    if (bucket.ownership.state === 'set' && bucket.ownership.value === 'BucketOwnerEnforced') return
    const nameOf = (g: AclGrant) =>
      g.grantee.type === 'group'
        ? `the ${g.grantee.uri} group`
        : g.grantee.type === 'unknown'
          ? 'a grantee'
          : `${g.grantee.type} ${strToDisplay(g.grantee.id)}`
    // FULL_CONTROL includes WRITE_ACP. An ACL lists it for its owner, a canonical user the model
    // does not name, so an individual's FULL_CONTROL counts only beside another individual's:
    // one ACL has one owner.
    const fullControl: AclGrant[] = []
    for (const g of grants.value) {
      if (g.grantee.type === 'group' && (g.grantee.uri === 'AllUsers' || g.grantee.uri === 'AuthenticatedUsers')) continue
      if (g.permission.state === 'unknown') {
        report.unknown(g.permission, 'ACL permission')
        continue
      }
      if (g.permission.value === 'FULL_CONTROL') {
        // A group (LogDelivery) is never the owner.
        if (g.grantee.type === 'group') report({ messageId: 'fullControl', at: g.at, data: { bucket: bucket.id, grantee: nameOf(g) } })
        else if (g.grantee.type !== 'unknown') fullControl.push(g)
        continue
      }
      if (g.permission.value !== 'WRITE_ACP') continue
      report({ messageId: 'writeAcp', at: g.at, data: { bucket: bucket.id, grantee: nameOf(g) } })
    }
    const distinct = [...new Map(fullControl.map((g) => [nameOf(g), g])).values()]
    if (distinct.length < 2) return
    // Only ids written out and of one kind are certainly different people: a reference, or a
    // canonical id beside an account id or an email, may name the owner twice.
    const ids = distinct.map((g) => g.grantee)
    const certain = ids.every((x) => x.type === ids[0]!.type && 'id' in x && typeof x.id === 'string')
    if (!certain)
      return report.unknown(
        {
          why: 'FULL_CONTROL goes to more than one grantee, and whether more than the owner gets it is only known at deploy time',
          at: distinct[1]!.at,
        },
        'ACL grantee',
      )
    report({ messageId: 'fullControlOthers', at: distinct[1]!.at, data: { bucket: bucket.id, grantees: distinct.map(nameOf).join(', ') } })
  },
})
