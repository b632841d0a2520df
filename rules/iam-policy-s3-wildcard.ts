import { defineRule } from '../src/engine/define-rule.js'
import { patternCovers } from '../src/model/arn.js'
import { nameSource } from '../src/model/link.js'
import type { PolicyStatement, Tri } from '../src/model/policy.js'
import { actionTargetsObjects, isAllow, isDeny, or, PERMISSION_ACTIONS, statementAppliesToAction } from '../src/model/policy.js'
import type { S3Model } from '../src/model/s3.js'

/** A bucket, and an object of it, that no pattern names on purpose: a pattern covering them covers every one. */
const ANY_BUCKET = 'arn:aws:s3:::\u0002any-bucket'
const ANY_OBJECT = `${ANY_BUCKET}/\u0002any-key`

/** Does the statement's Resource cover `arn` (`*` and `arn:aws:s3:::*` cover every bucket and object)? */
function coversAll(stmt: PolicyStatement, model: S3Model, arn: string): Tri {
  const f = stmt.resource
  if (f.field === 'none') return f.values.state === 'unknown' ? 'unknown' : false
  if (f.values.state === 'unknown') return 'unknown'
  const names = nameSource(model)
  let hit: Tri = false
  for (const v of f.values.value) hit = or(hit, patternCovers(v, arn, names))
  if (f.field === 'plain') return hit
  return hit === 'unknown' ? 'unknown' : !hit
}

export default defineRule({
  id: 'iam-policy-s3-wildcard',
  target: 'iamPolicy',
  meta: {
    title: 'IAM policy grants all S3 actions, or the right to change bucket permissions, on every bucket',
    severity: 'medium',
    severityNote:
      'Security Hub IAM.21 (service-wide wildcard actions in customer managed policies) is Low. Granting s3:* on every bucket, or the right to rewrite any bucket\'s policy, ACLs or Block Public Access, lets a single compromised role expose all data in the account, so s3-gate uses Medium, and High for "s3:*" or "*" on "*".',
    why:
      'An identity policy that allows "s3:*" (or "*") on Resource "*" lets its role or user read, delete and re-permission every bucket in the account, including buckets created later. ' +
      'Allowing s3:PutBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl, s3:DeleteBucketPolicy, s3:PutBucketPublicAccessBlock, s3:PutBucketOwnershipControls or s3:PutEncryptionConfiguration on every bucket is nearly as broad: whoever holds it can make any bucket public. ' +
      'Object actions act on the objects: a Resource of every object (`arn:aws:s3:::*/*`) grants "s3:*" or s3:PutObjectAcl on every object in the account just as well. ' +
      'A Deny without conditions in the same policy takes back what it covers for certain (`Deny s3:*` with NotResource naming the one bucket meant). ' +
      'Attaching an AWS managed policy that does the same counts as well, reported at the attachment: AmazonS3FullAccess ("s3:*" on "*"), AdministratorAccess ("*" on "*") and PowerUserAccess (every action but IAM, Organizations and Account on "*"); other AWS managed policies (AmazonS3ReadOnlyAccess), customer policies known only by ARN and ARNs only known at deploy time are not reported. ' +
      'Grant the actions a workload needs on the buckets it uses.',
    concepts: ['other:iam-s3-wildcard'],
    securityHub: 'IAM.21',
    peers: {},
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation: 'Action: [s3:GetObject, s3:PutObject]\nResource: !Sub "${DataBucket.Arn}/*"',
      terraform: 'actions   = ["s3:GetObject", "s3:PutObject"]\nresources = ["${aws_s3_bucket.data.arn}/*"]',
      cdk: 'dataBucket.grantReadWrite(role)   // instead of a PolicyStatement with s3:* on *',
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
    ],
  },
  messages: {
    allS3: 'IAM policy {{policy}} allows {{actions}} on {{where}} ({{statement}}).',
    permissions: 'IAM policy {{policy}} allows {{actions}} on {{where}} ({{statement}}), so its holder can make any {{what}} public.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "s3:*"\n            Resource: "*"\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:PutBucketPolicy", "s3:GetObject"]\n      Resource = "*"\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:GetObject", "s3:PutObject"]\n      Resource = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
    },
    cdk: {
      bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }))"],
      good: ['dataBucket.grantReadWrite(role)'],
    },
  },
  check(policy, report, ctx) {
    const doc = policy.document
    const name = policy.awsManaged ? `${policy.awsManaged} (AWS managed, attached in ${policy.id})` : policy.id
    if (doc.unknown) report.unknown(doc.unknown, 'IAM policy document')
    // A Deny without conditions in the same policy takes back what it covers (`Deny s3:*` with
    // NotResource naming the one bucket meant): only where it covers every bucket for certain.
    const denies = doc.statements.filter((d) => isDeny(d) === true && d.conditions.state !== 'unknown' && d.conditions.value.length === 0)
    const denied = (a: string) =>
      denies.some(
        (d) =>
          statementAppliesToAction(d, a) === true && coversAll(d, ctx.model, actionTargetsObjects(a) ? ANY_OBJECT : ANY_BUCKET) === true,
      )
    for (const s of doc.statements) {
      const allow = isAllow(s)
      if (allow === false) continue
      // Object actions (s3:GetObject, s3:PutObjectAcl) act on `bucket/*`: `arn:aws:s3:::*/*` grants them on every object.
      const onBuckets = coversAll(s, ctx.model, ANY_BUCKET)
      const onObjects = coversAll(s, ctx.model, ANY_OBJECT)
      const granted = (a: string) => statementAppliesToAction(s, a) === true && !denied(a)
      const everything = granted('s3:PutBucketPolicy') && granted('s3:GetObject') && granted('s3:DeleteBucket')
      const reach = (a: string) => (actionTargetsObjects(a) ? onObjects : onBuckets)
      const candidates = PERMISSION_ACTIONS.filter((a) => granted(a) && reach(a) !== false)
      const all = everything ? or(onBuckets, onObjects) : false
      const permissions = candidates.filter((a) => reach(a) === true)
      if (all === false && !candidates.length) continue
      if (all === 'unknown' || (all === false && !permissions.length) || allow === 'unknown') {
        report.unknown({ why: "the statement's effect or resources are only known at deploy time", at: s.at }, 'IAM statement')
        continue
      }
      const statement = s.sid ? `statement "${s.sid}"` : 'an Allow statement'
      if (all)
        report({
          messageId: 'allS3',
          at: s.at,
          data: {
            policy: name,
            actions: s.action.field === 'not' ? 'every action but a few (NotAction)' : 'every S3 action',
            where: onBuckets === true ? 'every bucket' : 'every object of every bucket',
            statement,
          },
          severity: 'high',
        })
      else {
        const bucketWide = permissions.some((a) => !actionTargetsObjects(a))
        report({
          messageId: 'permissions',
          at: s.at,
          data: {
            policy: name,
            actions: permissions.join(', '),
            where: bucketWide ? 'every bucket' : 'every object of every bucket',
            what: bucketWide ? 'bucket' : 'object',
            statement,
          },
        })
      }
    }
  },
})
