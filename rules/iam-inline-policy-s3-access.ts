import { defineRule } from '../src/engine/define-rule.js'
import {
  isAllow,
  LIST_ACTIONS,
  OBJECT_READ_ACTIONS,
  OBJECT_WRITE_ACTIONS,
  PERMISSION_ACTIONS,
  statementAppliesToAction,
  type PolicyStatement,
  type Tri,
} from '../src/model/policy.js'

/**
 * What S3 access means here: reading, listing, writing or deleting objects, deleting a bucket, or
 * changing who may do so (every such action, not five everyday ones: `s3:PutBucketAcl` and
 * `s3:GetObjectVersion` count). Bucket configuration alone (`s3:PutBucketNotification`, which CDK's
 * notification handler gets inline) does not.
 */
const PROBES = [
  ...new Set<string>([...OBJECT_READ_ACTIONS, ...LIST_ACTIONS, ...OBJECT_WRITE_ACTIONS, ...PERMISSION_ACTIONS, 's3:DeleteBucket']),
]

/** Whether the statement's Action (or what its NotAction leaves) includes one of them. */
function grantsS3(s: PolicyStatement): Tri {
  let open: Tri = false
  for (const a of PROBES) {
    const applies = statementAppliesToAction(s, a)
    if (applies === true) return true
    if (applies === 'unknown') open = 'unknown'
  }
  return open
}

export default defineRule({
  id: 'iam-inline-policy-s3-access',
  target: 'iamPolicy',
  meta: {
    title: 'S3 access is granted through an inline IAM policy',
    severity: 'low',
    why:
      'Inline policies live inside one role, user or group: they cannot be reused, versioned or rolled back, and they are easy to miss when auditing who can reach a bucket. ' +
      'A customer managed policy (or the bucket policy) keeps S3 access in one reviewable place and can be attached wherever it is needed. ' +
      'S3 access is any action that reads, lists, writes or deletes objects, deletes a bucket or changes who may (`s3:GetObjectVersion` and `s3:PutBucketAcl` as much as `s3:GetObject`); an action only known at deploy time is unknown.',
    concepts: ['other:iam-inline-policy'],
    peers: {},
    profiles: ['strict'],
    fix: {
      cloudformation:
        "Move the statement into an `AWS::IAM::ManagedPolicy` and list it in the role's `ManagedPolicyArns` (instead of `Policies` or `AWS::IAM::Policy`).",
      terraform:
        'Move the statement into an `aws_iam_policy` and attach it with `aws_iam_role_policy_attachment` (instead of `aws_iam_role_policy` or `inline_policy`).',
      cdk: 'new iam.ManagedPolicy(this, "DataAccess", { statements: [...], roles: [role] })   // instead of role.addToPolicy',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html'],
  },
  messages: {
    inline: 'Inline IAM policy {{policy}} grants S3 access ({{statement}}); use a managed policy instead.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: lambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: data\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: s3:GetObject\n                Resource: arn:aws:s3:::example-data/*\n',
      ],
      good: [
        'Resources:\n  DataAccess:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::example-data/*\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_iam_role_policy" "data" {\n  name = "data"\n  role = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_iam_policy" "data" {\n  name = "data"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n',
      ],
    },
    cdk: {
      bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }))"],
      good: ["new iam.ManagedPolicy(this, 'DataAccess', { statements: [...], roles: [role] })"],
    },
  },
  check(policy, report) {
    if (policy.kind !== 'inline') return
    for (const s of policy.document.statements) {
      const allow = isAllow(s)
      if (allow === false) continue
      const s3 = grantsS3(s)
      if (s3 === false) continue
      if (s3 === 'unknown' || allow === 'unknown') {
        report.unknown({ why: "the statement's effect or actions are only known at deploy time", at: s.at }, 'IAM statement')
        continue
      }
      report({
        messageId: 'inline',
        at: s.at,
        data: { policy: policy.id, statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement' },
      })
      return
    }
  },
})
