import { defineRule } from '../src/engine/define-rule.js'
import { anyDistributionStatements, describeClasses, policyNeutraliser, publicIntent, publicStatements } from '../src/model/exposure.js'
import { READ_CLASSES } from '../src/model/policy.js'

export default defineRule({
  id: 'policy-public-read',
  meta: {
    title: 'S3 bucket policy lets anyone read or list the bucket',
    severity: 'critical',
    why:
      'An Allow statement for Principal "*" (or NotPrincipal) without a condition that pins the caller down (source VPC/VPCE/IP, account, organization, ARN) lets anyone on the internet read or list objects. ' +
      'Conditions are read the way AWS decides what "public" means, so a statement limited to your organization or an endpoint is not reported (an IP range broader than /8, or /32 for IPv6, does not limit it: S3 calls that public; nor does a private address in `aws:VpcSourceIp`, which any account’s VPC may use, or a wildcard value such as `AROA*:*` for `aws:userid`; a pattern that keeps one account or organization fixed, such as `arn:aws:iam::111122223333:role/*` or `o-a1b2c3d4e5/r-ab12/*`, does), nor is one that a Deny limits the same way (`StringNotEquals aws:SourceVpce`) on all of the bucket or on everything the Allow names (both on `bucket/reports/*`). ' +
      'A statement counts only where its Resource reaches: object actions on `bucket/*`, bucket actions on the bucket ARN. ' +
      'An action the built-in lists do not name yet counts by its verb, as AWS counts it: any `s3:Get*` or `s3:List*` reads. ' +
      'An Allow to the CloudFront service principal (`cloudfront.amazonaws.com`, origin access control) without a condition that pins the distribution (`aws:SourceArn`, `aws:SourceAccount`) is reported at High: any distribution of any AWS account pointed at the bucket reads through it (the confused deputy). Block Public Access does not stop it, as a service principal is not public.',
    concepts: ['policy-public-read', 'policy-wildcard-principal'],
    profiles: ['baseline', 'default', 'strict'],
    securityHub: 'S3.2',
    peers: {
      kics: [
        'f97b7d23-568f-4bcc-9ac9-02df0d57fbba',
        'faa8fddf-c0aa-4b2d-84ff-e993e233ebe9',
        '1df37f4b-7197-45ce-83f8-9994d2fcf885',
        '7772bb8c-c0f3-42d4-8e4e-f1b8939ad085',
        '7af43613-6bb9-4a0e-8c4d-1314b799425e',
      ],
      checkov: ['CKV_AWS_70'],
      cfn_nag: ['F16'],
      'cfn-guard': ['S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL'],
      'cdk-nag': ['AwsSolutions-S5'],
    },
    fix: {
      cloudformation:
        'Name the principals that need access (an account, role or CloudFront origin access control) instead of "*", or add a condition such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      terraform:
        'Name the principals that need access instead of "*", or add a `condition` block on `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      cdk: 'Grant to specific principals (`bucket.grantRead(role)`) instead of `new iam.AnyPrincipal()`; serve public content through CloudFront with origin access control.',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    ],
  },
  messages: {
    publicRead: 'Bucket {{bucket}} policy lets anyone {{access}} ({{statement}}){{neutralised}}.',
    intended: 'Bucket {{bucket}} policy lets anyone read objects ({{statement}}); the bucket is tagged public on purpose: "{{reason}}".',
    anyDistribution:
      'Bucket {{bucket}} policy lets any CloudFront distribution, in any AWS account, {{access}} ({{statement}}): the Allow to cloudfront.amazonaws.com has no aws:SourceArn (or aws:SourceAccount) condition naming your distribution.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n',
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1a2b3c4d\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }\n    }]\n  })\n}\n',
      ],
    },
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks(bucket), doc)
      const isNeutral = neutral && neutral !== 'unknown'
      // A policy not known statically is public at worst, and this block voids any public policy.
      if (doc.unknown && !isNeutral) report.unknown(doc.unknown, 'bucket policy')
      const scope = ctx.policyScope(bucket)
      for (const p of publicStatements(doc.statements, scope)) {
        const reads = p.classes.filter((c) => READ_CLASSES.includes(c))
        if (!reads.length) continue
        const statement = p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement'
        if (!p.certain) {
          // Public unless a value only known at deploy time (a CIDR, a principal) narrows it: not
          // a finding, and nothing at all when Block Public Access voids public policies anyway.
          if (!isNeutral)
            report.unknown(
              { why: `${statement} allows everyone unless a part only known at deploy time narrows it`, at: p.statement.at },
              'policy statement',
            )
          continue
        }
        const intent = publicIntent(bucket)
        if (intent && reads.every((c) => c === 'objectRead')) {
          report({
            messageId: 'intended',
            resource: doc.owner,
            at: p.statement.at,
            data: { bucket: bucket.id, statement, reason: intent },
            severity: 'info',
          })
          continue
        }
        report({
          messageId: 'publicRead',
          resource: doc.owner,
          at: p.statement.at,
          data: {
            bucket: bucket.id,
            access: describeClasses(reads, { statement: p.statement, scope, levels: p.levels }),
            statement,
            neutralised: isNeutral ? `; it has no effect today: ${neutral.reason}` : '',
          },
          severity: isNeutral ? 'low' : undefined,
        })
      }
      // Reads open to every CloudFront distribution: not public to S3, so no block voids them.
      if (publicIntent(bucket)) continue
      for (const p of anyDistributionStatements(doc.statements, scope)) {
        const reads = p.classes.filter((c) => READ_CLASSES.includes(c))
        if (!reads.length) continue
        const statement = p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement'
        if (!p.certain) {
          report.unknown(
            { why: `${statement} lets CloudFront read unless a part only known at deploy time pins the distribution`, at: p.statement.at },
            'policy statement',
          )
          continue
        }
        report({
          messageId: 'anyDistribution',
          resource: doc.owner,
          at: p.statement.at,
          data: { bucket: bucket.id, access: describeClasses(reads, { statement: p.statement, scope, levels: p.levels }), statement },
          severity: 'high',
        })
      }
    }
  },
})
