/**
 * What the rules decide in the cases their examples do not show: conditions and exceptions,
 * inherited settings, severities that follow context, and the account-level block.
 * Assertions name the message id, line and column, never the prose.
 */
import { describe, expect, it } from 'vitest'
import { rulesById } from '../../rules/index.js'
import { evaluateRules } from '../../src/engine/evaluate.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { declaredPublicAccessBlock } from '../../src/model/defaults.js'
import { linkModel } from '../../src/model/link.js'
import { judgePolicyChangePattern } from '../../src/model/metric-filter.js'
import type { S3Model } from '../../src/model/s3.js'
import { setValue } from '../../src/model/value.js'
import { loadTemplateText } from '../../src/parsers/cloudformation/index.js'
import { findingsOf, scanFiles, shape } from './helpers.js'

/** Parses a template, lets the test adjust the model, and runs the given rules on it. */
function run(template: string, ruleIds: string[], adjust?: (m: S3Model) => void) {
  const loaded = loadTemplateText(template, 'template.yaml', DEFAULT_LIMITS)
  const model = loaded.models[0]!
  linkModel(model)
  adjust?.(model)
  return evaluateRules(
    model,
    ruleIds.map((id) => rulesById.get(id)!),
  )
}

const policyTemplate = (statement: string, bucketProps = '') => `Resources:
  Data:
    Type: AWS::S3::Bucket${bucketProps}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
${statement}`

describe('policy-lockout', () => {
  it('reports a Deny of s3:* to everyone on the bucket without a condition', () => {
    const { findings } = run(
      policyTemplate(
        '          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: !GetAtt Data.Arn\n',
      ),
      ['policy-lockout'],
    )
    expect(findings.map(shape)).toEqual([{ messageId: 'lockout', line: 10, column: 13, resource: 'Policy' }])
  })

  it('does not report a Deny that carries a condition or exempts principals with NotPrincipal', () => {
    const withCondition = run(
      policyTemplate(
        '          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: !GetAtt Data.Arn\n            Condition:\n              StringNotLike:\n                aws:PrincipalArn: arn:aws:iam::111122223333:role/Admin\n',
      ),
      ['policy-lockout'],
    )
    const notPrincipal = run(
      policyTemplate(
        '          - Effect: Deny\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:role/Admin\n            Action: "s3:*"\n            Resource: !GetAtt Data.Arn\n',
      ),
      ['policy-lockout'],
    )
    expect(withCondition.findings).toEqual([])
    expect(notPrincipal.findings).toEqual([])
  })

  it('does not report a Deny that covers only objects, since the policy itself stays changeable', () => {
    const { findings } = run(
      policyTemplate(
        '          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: !Sub "${Data.Arn}/*"\n',
      ),
      ['policy-lockout'],
    )
    expect(findings).toEqual([])
  })
})

describe('policy-public-read with a condition that pins one account or organization', () => {
  const statement = (condition: string) =>
    `          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "\${Data.Arn}/*"\n            Condition:\n${condition}`
  it("is not reported for the stack's own account in an ARN pattern, nor for an org path pattern", () => {
    for (const condition of [
      '              ArnLike:\n                aws:PrincipalArn: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*"\n',
      '              ForAnyValue:StringLike:\n                aws:PrincipalOrgPaths: ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*"]\n',
    ])
      expect(run(policyTemplate(statement(condition)), ['policy-public-read']).findings).toEqual([])
  })

  it('is unknown when the account in the pattern is a parameter that could be anything, and reported for any account', () => {
    const template = `Parameters:\n  Acct:\n    Type: String\n${policyTemplate(
      statement('              ArnLike:\n                aws:PrincipalArn: !Sub "arn:aws:iam::${Acct}:role/*"\n'),
    )}`
    const param = run(template, ['policy-public-read'])
    expect(param.findings).toEqual([])
    expect(param.unknowns.map((u) => u.ruleId)).toEqual(['policy-public-read'])
    const anyAccount = statement('              ArnLike:\n                aws:PrincipalArn: "arn:aws:iam::*:role/*"\n')
    expect(run(policyTemplate(anyAccount), ['policy-public-read']).findings.map(shape)).toEqual([
      expect.objectContaining({ resource: 'Policy' }),
    ])
  })
})

describe('policy-cross-account-dangerous-actions', () => {
  it('reports another account allowed to change the bucket policy', () => {
    const { findings } = run(
      policyTemplate(
        '          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: s3:PutBucketAcl\n            Resource: !GetAtt Data.Arn\n',
      ),
      ['policy-cross-account-dangerous-actions'],
    )
    expect(findings.map(shape)).toEqual([{ messageId: 'crossAccount', line: 10, column: 13, resource: 'Policy' }])
  })

  it("does not report the owner's own account, nor an AWS service", () => {
    const own = run(
      policyTemplate(
        '          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${AWS::AccountId}:role/admin\n            Action: "s3:*"\n            Resource: !GetAtt Data.Arn\n',
      ),
      ['policy-cross-account-dangerous-actions'],
    )
    const service = run(
      policyTemplate(
        '          - Effect: Allow\n            Principal:\n              Service: cloudtrail.amazonaws.com\n            Action: s3:PutObjectAcl\n            Resource: !Sub "${Data.Arn}/*"\n',
      ),
      ['policy-cross-account-dangerous-actions'],
    )
    expect(own.findings).toEqual([])
    expect(service.findings).toEqual([])
  })

  it("does not report a role or user of the same template, which lives in the stack's account (CDK autoDeleteObjects)", () => {
    const template = (principal: string) =>
      policyTemplate(
        `          - Effect: Allow\n            Principal:\n              AWS: ${principal}\n            Action: [s3:PutBucketPolicy, s3:DeleteObject*]\n            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]\n`,
      ) + '  Role:\n    Type: AWS::IAM::Role\n  User:\n    Type: AWS::IAM::User\n  Key:\n    Type: AWS::KMS::Key\n'
    const rule = ['policy-cross-account-dangerous-actions']
    expect(run(template('!GetAtt Role.Arn'), rule).findings).toEqual([])
    expect(run(template('!Sub "${User.Arn}"'), rule).findings).toEqual([])
    // Any other resource's attribute is still not known to be the owner's.
    expect(run(template('!GetAtt Key.Arn'), rule).findings.map((f) => f.messageId)).toEqual(['crossAccount'])
  })

  it('does not report "*" limited to the owner\'s own access points (s3:DataAccessPointAccount), but does for a literal account', () => {
    const delegate = (account: string) =>
      policyTemplate(
        `          - Effect: Allow\n            Principal:\n              AWS: "*"\n            Action: "*"\n            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]\n            Condition:\n              StringEquals:\n                s3:DataAccessPointAccount: ${account}\n`,
      )
    const rule = ['policy-cross-account-dangerous-actions']
    expect(run(delegate('!Ref AWS::AccountId'), rule).findings).toEqual([])
    // A literal account id may be another account's access points.
    expect(run(delegate('"444455556666"'), rule).findings.map((f) => f.messageId)).toEqual(['crossAccount'])
  })

  it('reports "*" limited to an organization, which still reaches other accounts', () => {
    const { findings } = run(
      policyTemplate(
        '          - Effect: Allow\n            Principal: "*"\n            Action: s3:PutBucketPolicy\n            Resource: !GetAtt Data.Arn\n            Condition:\n              StringEquals:\n                aws:PrincipalOrgID: o-abc123\n',
      ),
      ['policy-cross-account-dangerous-actions'],
    )
    expect(findings.map((f) => f.messageId)).toEqual(['crossAccount'])
  })
})

describe('account-level Block Public Access', () => {
  const publicAcl =
    'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n'
  const addAccountBlock = (m: S3Model) => {
    const at = m.buckets[0]!.origin.at
    const pab = declaredPublicAccessBlock(at)
    pab.ignorePublicAcls = setValue(true, at)
    pab.blockPublicAcls = setValue(true, at)
    m.accountPublicAccessBlocks.push({
      id: 'account',
      origin: { format: 'terraform', type: 'aws_s3_account_public_access_block', address: 'account', at },
      publicAccessBlock: pab,
      suppressions: [],
    })
  }

  it('neutralises a public ACL for the exposure rules when it ignores public ACLs', () => {
    const rules = ['public-exposure', 'acl-public-read', 'acl-public-neutralised']
    const without = run(publicAcl, rules)
    const withBlock = run(publicAcl, rules, addAccountBlock)
    expect(without.findings.map((f) => f.ruleId).sort()).toEqual(['acl-public-read', 'public-exposure'])
    expect(withBlock.findings.map((f) => f.ruleId)).toEqual(['acl-public-neutralised'])
  })

  it('is reported when one of its flags is off', () => {
    const { findings } = run(publicAcl, ['account-public-access-block-incomplete'], addAccountBlock)
    expect(findings.map((f) => [f.ruleId, f.messageId, f.resource])).toEqual([
      ['account-public-access-block-incomplete', 'flagsOff', 'account'],
    ])
  })

  it('turns the bucket-level Block Public Access finding into defence in depth when it covers all four flags', () => {
    const { findings } = run('Resources:\n  Data:\n    Type: AWS::S3::Bucket\n', ['block-public-access-incomplete'], (m) => {
      const at = m.buckets[0]!.origin.at
      const pab = declaredPublicAccessBlock(at)
      for (const k of ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const)
        pab[k] = setValue(true, at)
      m.accountPublicAccessBlocks.push({
        id: 'account',
        origin: { format: 'terraform', type: 'x', address: 'account', at },
        publicAccessBlock: pab,
        suppressions: [],
      })
    })
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['notDeclared', 'low']])
  })
})

describe('encryption-not-kms', () => {
  it('lists a KMS key only known at deploy time as unknown, not as a customer key', () => {
    const { findings, unknowns } = run(
      'Parameters:\n  KeyArn:\n    Type: String\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !Ref KeyArn\n',
      ['encryption-not-kms'],
    )
    expect(findings).toEqual([])
    expect(unknowns.map((u) => [u.ruleId, u.location.line])).toEqual([['encryption-not-kms', 12]])
  })
})

describe('lifecycle rules', () => {
  it('rate a versioned bucket without lifecycle rules Medium (Security Hub S3.10)', () => {
    const { findings } = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n',
      ['lifecycle-missing'],
    )
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['none', 'medium']])
  })

  it('report a versioned bucket whose rules never expire noncurrent versions under a rule of its own, not as missing lifecycle', () => {
    const { findings } = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            ExpirationInDays: 30\n',
      ['lifecycle-missing', 'lifecycle-noncurrent-versions-kept'],
    )
    expect(findings.map((f) => [f.ruleId, shape(f)])).toEqual([
      ['lifecycle-noncurrent-versions-kept', { messageId: 'noncurrentKept', line: 8, column: 9, resource: 'Data' }],
    ])
  })

  it('say a versioned bucket may keep old versions when whether a rule expires them is not known', () => {
    const { findings, unknowns } = run(
      'Parameters:\n  Days:\n    Type: Number\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: !Ref Days\n',
      ['lifecycle-missing', 'lifecycle-noncurrent-versions-kept'],
    )
    expect(findings).toEqual([])
    expect(unknowns.map((u) => u.ruleId)).toEqual(['lifecycle-noncurrent-versions-kept'])
  })

  it('report a lifecycle configuration whose rules are all disabled, at its first rule', () => {
    const { findings } = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Disabled\n            ExpirationInDays: 30\n  Versioned:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Status: Disabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n          - Status: Disabled\n            ExpirationInDays: 30\n',
      ['lifecycle-missing'],
    )
    expect(findings.map((f) => [f.messageId, f.resource, f.location.line, f.severity])).toEqual([
      ['allDisabled', 'Data', 7, 'low'],
      ['allDisabled', 'Versioned', 16, 'medium'],
    ])
    // One enabled rule is enough.
    const one = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Disabled\n            ExpirationInDays: 30\n          - Status: Enabled\n            ExpirationInDays: 90\n',
      ['lifecycle-missing'],
    )
    expect(one.findings).toEqual([])
    // A status S3 does not accept is not "Disabled": what the author meant is unknown.
    const invalid = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: ""\n            ExpirationInDays: 30\n',
      ['lifecycle-missing', 'lifecycle-abort-incomplete-uploads-missing'],
    )
    expect(invalid.findings).toEqual([])
    expect(invalid.unknowns.map((u) => [u.ruleId, u.why])).toEqual([
      ['lifecycle-abort-incomplete-uploads-missing', 'the rule\'s status "" is neither Enabled nor Disabled'],
    ])
  })

  it('do not count an abort rule limited to a prefix as cleaning up the whole bucket', () => {
    const { findings } = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            Prefix: logs/\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
      ['lifecycle-abort-incomplete-uploads-missing'],
    )
    expect(findings.map((f) => f.messageId)).toEqual(['noAbort'])
  })

  it('do not count a disabled abort rule', () => {
    const { findings } = run(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Status: Disabled\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
      ['lifecycle-abort-incomplete-uploads-missing'],
    )
    expect(findings.map((f) => f.messageId)).toEqual(['noAbort'])
  })
})

describe('website and CORS rules', () => {
  it('rate a redirect-only website Low', () => {
    const { findings } = run(
      'Resources:\n  Www:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        RedirectAllRequestsTo:\n          HostName: example.com\n',
      ['website-enabled'],
    )
    expect(findings.map((f) => [f.messageId, f.severity])).toEqual([['redirectOnly', 'low']])
  })

  it('rate a CORS rule that lets any site write Medium, and one that only reads Low', () => {
    const cors = (methods: string) =>
      `Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: ["*"]\n            AllowedMethods: [${methods}]\n`
    expect(run(cors('GET'), ['cors-wildcard-origin']).findings.map((f) => f.severity)).toEqual(['low'])
    expect(run(cors('GET, PUT'), ['cors-wildcard-origin']).findings.map((f) => f.severity)).toEqual(['medium'])
  })

  it('point a CORS rule open to any origin at its AllowedOrigins, not at the rule', () => {
    const template =
      'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedMethods: [GET]\n            MaxAge: 300\n            AllowedOrigins:\n              - "*"\n'
    expect(run(template, ['cors-wildcard-origin']).findings.map((f) => [f.location.line, f.location.column])).toEqual([[9, 13]])
  })

  it('report a public website bucket that also receives access logs', () => {
    const template = `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration:
        IndexDocument: index.html
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Site.Arn}/*"
  App:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration:
        DestinationBucketName: !Ref Site
`
    const { findings } = run(template, ['website-bucket-holds-private-objects', 'tls-not-enforced'])
    expect(findings.map(shape)).toEqual([
      { messageId: 'mixed', line: 5, column: 7, resource: 'Site' },
      // The website endpoint only speaks HTTP: TLS enforcement is advice, not a Deny to add.
      { messageId: 'websiteHttp', line: 5, column: 7, resource: 'Site' },
      { messageId: 'noDeny', line: 17, column: 3, resource: 'App' },
    ])
  })
})

describe('bucket-key-disabled', () => {
  it('does not ask for a Bucket Key with DSSE-KMS, which S3 Bucket Keys do not support', () => {
    const template = (alg: string) =>
      `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: ${alg}\n            BucketKeyEnabled: false\n`
    expect(run(template('aws:kms:dsse'), ['bucket-key-disabled']).findings).toEqual([])
    expect(run(template('aws:kms'), ['bucket-key-disabled']).findings.map(shape)).toEqual([
      { messageId: 'noBucketKey', line: 9, column: 13, resource: 'Data' },
    ])
  })
})

describe('tls-not-enforced on a bucket a public ACL opens', () => {
  it('is High and points at the ACL', () => {
    const { findings } = run(
      'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n',
      ['tls-not-enforced'],
    )
    expect(findings.map((f) => [f.messageId, f.severity, f.location.line])).toEqual([['publicAclHttp', 'high', 5]])
  })
})

describe('CloudTrail rules', () => {
  it('count a ReadOnly and a WriteOnly selector of one trail as recording every S3 data event', () => {
    const selector = (readOnly: string) =>
      `        - FieldSelectors:\n            - Field: eventCategory\n              Equals: [Data]\n            - Field: resources.type\n              Equals: [AWS::S3::Object]\n            - Field: readOnly\n              Equals: ["${readOnly}"]\n`
    const trail = (selectors: string) =>
      `Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      AdvancedEventSelectors:\n${selectors}`
    expect(run(trail(selector('false') + selector('true')), ['cloudtrail-data-events-missing']).findings).toEqual([])
    expect(run(trail(selector('false')), ['cloudtrail-data-events-missing']).findings.map((f) => f.messageId)).toEqual(['partial'])
  })

  it('report a trail whose log bucket anyone can read, where the bucket is opened', () => {
    const { findings } = run(
      'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref Logs\n',
      ['cloudtrail-bucket-public'],
    )
    expect(findings.map(shape)).toEqual([{ messageId: 'public', line: 5, column: 7, resource: 'Trail' }])
    expect(findings[0]!.related.map((r) => r.at.line)).toEqual([13])
  })

  it('do not report a single-Region trail when another trail of the same code covers every Region', () => {
    const { findings } = run(
      'Resources:\n  Org:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: logs\n  Local:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n',
      ['cloudtrail-multi-region-disabled'],
    )
    expect(findings).toEqual([])
  })
})

describe('the CloudWatch policy-change filter check', () => {
  it('accepts the CIS pattern and rejects patterns that miss an event or match every S3 call', () => {
    const cis =
      '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = DeleteBucketPolicy)) }'
    expect(judgePolicyChangePattern(cis)).toEqual({ kind: 'ok' })
    expect(judgePolicyChangePattern(cis.replace('&&', '||'))).toMatchObject({ kind: 'too-broad' })
    expect(judgePolicyChangePattern('{ ($.eventSource = s3.amazonaws.com) && ($.eventName = PutBucketPolicy) }')).toEqual({
      kind: 'missing',
      events: ['PutBucketAcl', 'DeleteBucketPolicy'],
    })
    expect(judgePolicyChangePattern('{ $.eventSource = "s3.amazonaws.com" }')).toMatchObject({ kind: 'too-broad' })
    expect(judgePolicyChangePattern('PutBucketPolicy')).toEqual({ kind: 'not-understood' })
  })
})

describe('IAM policy rules', () => {
  const managed = (action: string, resource: string) =>
    `Resources:\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: ${action}\n            Resource: ${resource}\n`
  it('rate s3:* on every bucket High and permission changes on every bucket Medium', () => {
    expect(run(managed('"s3:*"', '"*"'), ['iam-policy-s3-wildcard']).findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['allS3', 'high'],
    ])
    expect(
      run(managed('s3:PutBucketAcl', 'arn:aws:s3:::*'), ['iam-policy-s3-wildcard']).findings.map((f) => [f.messageId, f.severity]),
    ).toEqual([['permissions', 'medium']])
  })

  it('do not report wide actions limited to one bucket', () => {
    expect(run(managed('"s3:*"', 'arn:aws:s3:::example-data/*'), ['iam-policy-s3-wildcard']).findings).toEqual([])
  })

  it('report S3 access granted by an inline policy but not by a managed one', () => {
    const inline =
      'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      Roles: [app]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: "*"\n'
    expect(run(inline, ['iam-inline-policy-s3-access']).findings.map((f) => f.messageId)).toEqual(['inline'])
    expect(run(managed('s3:GetObject', '"*"'), ['iam-inline-policy-s3-access']).findings).toEqual([])
  })
})

describe('rules that need Terraform', () => {
  it('do not report notifications missing on a bucket the registry notification submodule configures, and leave them unknown when it may not be created', async () => {
    const tf = (create: string) =>
      `variable "on" {\n  type = bool\n}\n\nmodule "uploads" {\n  source = "terraform-aws-modules/s3-bucket/aws"\n  bucket = "example-uploads"\n}\n\nmodule "uploads_events" {\n  source      = "terraform-aws-modules/s3-bucket/aws//modules/notification"\n  bucket      = module.uploads.s3_bucket_id\n  eventbridge = true\n  create      = ${create}\n}\n`
    const verdict = async (create: string) => {
      const r = await scanFiles({ 'main.tf': tf(create) })
      return [
        ...findingsOf(r, 'notifications-missing').map((f) => `notifications-missing@${f.location.line}`),
        ...r.unknowns.filter((u) => u.ruleId === 'notifications-missing').map((u) => `unknown@${u.location.line}`),
      ]
    }
    expect(await verdict('true')).toEqual([])
    expect(await verdict('false')).toEqual(['notifications-missing@5'])
    expect(await verdict('var.on')).toEqual(['unknown@14'])
  })

  it('do not report MFA delete on a bucket with lifecycle rules, which S3 does not allow together', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n  versioning {\n    enabled = true\n  }\n  lifecycle_rule {\n    enabled = true\n    expiration {\n      days = 30\n    }\n  }\n}\n',
    })
    if (!r.stats.byFormat.terraform) return // the Terraform plugin is not registered yet
    expect(findingsOf(r, 'mfa-delete-disabled')).toEqual([])
  })

  it('report a lifecycle configuration whose rules are all disabled, but not one whose status S3 would not accept', async () => {
    const lc = (status: string) =>
      `resource "aws_s3_bucket" "b" {\n  bucket = "example"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    id     = "r"\n    status = "${status}"\n    expiration {\n      days = 30\n    }\n  }\n}\n`
    const disabled = await scanFiles({ 'main.tf': lc('Disabled') })
    if (!disabled.stats.byFormat.terraform) return
    expect(findingsOf(disabled, 'lifecycle-missing').map((f) => [f.messageId, f.location.line])).toEqual([['allDisabled', 7]])
    expect(findingsOf(await scanFiles({ 'main.tf': lc('') }), 'lifecycle-missing')).toEqual([])
  })

  it('report access logging to an empty target bucket name as no logging', async () => {
    const r = await scanFiles({
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "example"\n  logging {\n    target_bucket = ""\n  }\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'access-logging-disabled').map((f) => [f.messageId, f.location.line])).toEqual([['noLogging', 3]])
  })

  it('read an empty KMS key id on an object, or on the bucket it inherits from, as no customer key', async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_s3_bucket" "b" {\n  bucket = "example"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = ""\n    }\n  }\n}\n\nresource "aws_s3_object" "inherits" {\n  bucket  = aws_s3_bucket.b.id\n  key     = "a"\n  content = "x"\n}\n\nresource "aws_s3_object" "empty" {\n  bucket                 = aws_s3_bucket.b.id\n  key                    = "b"\n  content                = "x"\n  server_side_encryption = "aws:kms"\n  kms_key_id             = ""\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'object-not-encrypted-cmk').map((f) => f.resource)).toEqual(['aws_s3_object.inherits', 'aws_s3_object.empty'])
    expect(findingsOf(r, 'encryption-not-kms').map((f) => f.messageId)).toEqual(['awsManagedKey'])
  })

  it('read a key looked up through alias/aws/s3 (aws_kms_key or aws_kms_alias data source) as the AWS managed key', async () => {
    const bucket = (name: string, key: string) =>
      `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = ${key}\n    }\n  }\n}\n\n`
    const r = await scanFiles({
      'main.tf':
        'data "aws_kms_key" "s3" {\n  key_id = "alias/aws/s3"\n}\n\ndata "aws_kms_alias" "s3" {\n  name = "alias/aws/s3"\n}\n\ndata "aws_kms_key" "mine" {\n  key_id = "alias/my-key"\n}\n\n' +
        bucket('by_key', 'data.aws_kms_key.s3.arn') +
        bucket('by_alias', 'data.aws_kms_alias.s3.target_key_arn') +
        bucket('mine', 'data.aws_kms_key.mine.arn'),
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'encryption-not-kms').map((f) => [f.resource, f.messageId])).toEqual([
      ['aws_s3_bucket.by_key', 'awsManagedKey'],
      ['aws_s3_bucket.by_alias', 'awsManagedKey'],
    ])
  })

  it('judge MFA delete when the versioning status is only known at deploy time, as the plan that knows it does', async () => {
    const tf = (status: string, extra = '') =>
      `variable "status" {\n  type = string\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = ${status}\n${extra}  }\n}\n`
    // Without MFA delete every configured status fails, so the unknown status does not matter.
    const without = await scanFiles({ 'main.tf': tf('var.status') })
    expect(findingsOf(without, 'mfa-delete-disabled').map((f) => [f.messageId, f.location.line])).toEqual([['noMfaDelete', 9]])
    // With it, whether it takes effect depends on the status.
    const withMfa = await scanFiles({ 'main.tf': tf('var.status', '    mfa_delete = "Enabled"\n') })
    expect(findingsOf(withMfa, 'mfa-delete-disabled')).toEqual([])
    expect(withMfa.unknowns.filter((u) => u.ruleId === 'mfa-delete-disabled').map((u) => u.location.line)).toEqual([12])
  })

  it('leave MFA delete unknown when whether the bucket has lifecycle rules is not known', async () => {
    const r = await scanFiles({
      'main.tf':
        'variable "rules" {\n  type = list(any)\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n  versioning {\n    enabled = true\n  }\n  dynamic "lifecycle_rule" {\n    for_each = var.rules\n    content {\n      enabled = true\n    }\n  }\n}\n',
    })
    expect(findingsOf(r, 'mfa-delete-disabled')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'mfa-delete-disabled')).toHaveLength(1)
  })

  it("let an object inherit its bucket's customer-managed key", async () => {
    const r = await scanFiles({
      'main.tf':
        'resource "aws_kms_key" "k" {}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "example"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.k.arn\n    }\n  }\n}\n\nresource "aws_s3_object" "o" {\n  bucket  = aws_s3_bucket.b.id\n  key     = "a"\n  content = "x"\n}\n\nresource "aws_s3_object" "aes" {\n  bucket                 = aws_s3_bucket.b.id\n  key                    = "b"\n  content                = "x"\n  server_side_encryption = "AES256"\n}\n',
    })
    if (!r.stats.byFormat.terraform) return
    expect(findingsOf(r, 'object-not-encrypted-cmk').map((f) => f.resource)).toEqual(['aws_s3_object.aes'])
  })
})

describe('a bucket named from a template parameter without a default', () => {
  const template = (resourceName: string) =>
    `Parameters:\n  Env:\n    Type: String\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \${Env}-data\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!Sub "arn:aws:s3:::\${Env}-${resourceName}", !Sub "arn:aws:s3:::\${Env}-${resourceName}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n`

  it('is covered by a policy Resource built from the same parameter, whatever its value', () => {
    const same = run(template('data'), ['tls-not-enforced'])
    expect(same.findings).toEqual([])
    expect(same.unknowns).toEqual([])
    // The same parameter with another suffix can never name this bucket.
    expect(run(template('logs'), ['tls-not-enforced']).findings.map((f) => f.messageId)).toEqual(['noDeny'])
  })
})

describe('default encryption that is declared only in part', () => {
  const sse = (rule: string) =>
    `resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n${rule}  }\n}\n`

  it('counts a rule without a default algorithm as no default encryption (Terraform)', async () => {
    const r = await scanFiles({ 'main.tf': sse('    bucket_key_enabled = true\n') })
    expect(findingsOf(r, 'encryption-missing').map(shape)).toEqual([
      { messageId: 'notDeclared', line: 5, column: 1, resource: 'aws_s3_bucket.data' },
    ])
    const named = await scanFiles({
      'main.tf': sse('    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n'),
    })
    expect(findingsOf(named, 'encryption-missing')).toEqual([])
  })

  it('counts a rule without ServerSideEncryptionByDefault as no default encryption (CloudFormation)', () => {
    const template = (rule: string) =>
      `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ${rule}\n`
    expect(run(template('BucketKeyEnabled: true'), ['encryption-missing']).findings.map(shape)).toEqual([
      { messageId: 'notDeclared', line: 5, column: 7, resource: 'Data' },
    ])
    expect(run(template('ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}'), ['encryption-missing']).findings).toEqual([])
  })

  it('reports an algorithm S3 does not accept, on its line', async () => {
    const r = await scanFiles({ 'main.tf': sse('    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws-kms"\n    }\n') })
    expect(findingsOf(r, 'encryption-missing').map(shape)).toEqual([
      { messageId: 'unsupported', line: 9, column: 7, resource: 'aws_s3_bucket.data' },
    ])
  })
})

describe('Terraform dynamic blocks whose for_each is not known statically', () => {
  // The block may be written zero or more times, so what it sets is not known either.
  const bucket = (blocks: string) =>
    `variable "on" {\n  type = bool\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n${blocks}}\n`
  const dynamic = (type: string, content: string) =>
    `  dynamic "${type}" {\n    for_each = var.on ? [1] : []\n    content {\n${content}    }\n  }\n`
  const verdicts = (r: Awaited<ReturnType<typeof scanFiles>>, ruleId: string) => [
    ...findingsOf(r, ruleId).map((f) => `finding ${f.location.line}`),
    ...r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => `unknown ${u.location.line}`),
  ]

  it('leave versioning unknown rather than enabled, and disabled when it would be disabled either way', async () => {
    const r = await scanFiles({ 'main.tf': bucket(dynamic('versioning', '      enabled = true\n')) })
    expect(verdicts(r, 'versioning-disabled')).toEqual(['unknown 10'])
    const off = await scanFiles({ 'main.tf': bucket(dynamic('versioning', '      enabled = false\n')) })
    expect(verdicts(off, 'versioning-disabled')).toEqual(['finding 10'])
  })

  it('leave default encryption unknown rather than declared, unless it is what S3 applies anyway', async () => {
    const sse = (algorithm: string) =>
      bucket(
        dynamic(
          'server_side_encryption_configuration',
          `      rule {\n        apply_server_side_encryption_by_default {\n          sse_algorithm     = "${algorithm}"\n          kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/k"\n        }\n      }\n`,
        ),
      )
    const kms = await scanFiles({ 'main.tf': sse('aws:kms') })
    expect(verdicts(kms, 'encryption-missing')).toEqual(['unknown 11'])
    expect(verdicts(kms, 'encryption-not-kms')).toEqual(['unknown 12'])
    // Without the block S3 applies SSE-S3 too, so AES256 is not KMS either way.
    const aes = await scanFiles({ 'main.tf': sse('AES256') })
    expect(verdicts(aes, 'encryption-missing')).toEqual(['unknown 11'])
    expect(verdicts(aes, 'encryption-not-kms')).toEqual(['finding 12'])
    // Nor is an algorithm S3 would reject: the bucket gets SSE-S3 or does not deploy.
    const bogus = await scanFiles({ 'main.tf': sse('johnnie walker') })
    expect(verdicts(bogus, 'encryption-not-kms')).toEqual(['finding 12'])
    // For the same reason a rejected algorithm is a finding of encryption-missing, not an unknown:
    // without the block nothing is declared, with it the configuration does not deploy.
    expect(verdicts(bogus, 'encryption-missing')).toEqual(['finding 12'])
    expect(findingsOf(bogus, 'encryption-missing').map((f) => f.messageId)).toEqual(['unsupportedIfPresent'])
  })

  it('leave Object Lock unknown rather than enabled', async () => {
    const r = await scanFiles({ 'main.tf': bucket(dynamic('object_lock_configuration', '      object_lock_enabled = "Enabled"\n')) })
    expect(verdicts(r, 'object-lock-disabled')).toEqual(['unknown 10'])
  })
})

describe('resources behind a condition not known statically', () => {
  // Prod depends on a parameter without a default: the resources behind it may not be deployed.
  const header = 'Parameters:\n  Env: {Type: String}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\nResources:\n'
  const unknownAt = (r: ReturnType<typeof run>) =>
    r.unknowns.map((u) => ({ ruleId: u.ruleId, line: u.location.line, why: u.why, resource: u.resource }))

  it('make the data-events verdict of a trail unknown when only such a trail records every S3 data event', () => {
    const trail = (id: string, condition: string, selectors: string) =>
      `  ${id}:\n    Type: AWS::CloudTrail::Trail\n${condition}    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n${selectors}`
    const all =
      '      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: [arn:aws:s3]\n'
    const result = run(header + trail('Plain', '', '') + trail('Full', '    Condition: Prod\n', all), ['cloudtrail-data-events-missing'])
    expect(result.findings).toEqual([])
    expect(unknownAt(result)).toEqual([
      { ruleId: 'cloudtrail-data-events-missing', line: 13, why: expect.stringContaining('condition Prod'), resource: 'Plain' },
    ])
    // Without the condition the other trail covers the gap, as before.
    const sure = run(header + trail('Plain', '', '') + trail('Full', '', all), ['cloudtrail-data-events-missing'])
    expect(sure.findings).toEqual([])
    expect(sure.unknowns).toEqual([])
  })

  it('make the policy-change alarm verdict unknown when the filter or its alarm may not be deployed', () => {
    const template = (filterCondition: string, alarmCondition: string) =>
      header +
      '  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n' +
      `  S3PolicyChanges:\n    Type: AWS::Logs::MetricFilter\n${filterCondition}    Properties:\n      LogGroupName: !Ref TrailLogs\n      FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }'\n      MetricTransformations:\n        - MetricName: S3BucketPolicyChanges\n          MetricNamespace: Security\n          MetricValue: "1"\n` +
      `  S3PolicyChangesAlarm:\n    Type: AWS::CloudWatch::Alarm\n${alarmCondition}    Properties:\n      MetricName: S3BucketPolicyChanges\n      Namespace: Security\n      Statistic: Sum\n      Period: 300\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n`
    const rule = ['cloudwatch-s3-policy-change-alarm-missing']
    const cond = '    Condition: Prod\n'
    const filterMaybe = run(template(cond, ''), rule)
    expect(filterMaybe.findings).toEqual([])
    expect(unknownAt(filterMaybe)).toEqual([
      { ruleId: rule[0], line: 17, why: expect.stringContaining('condition Prod'), resource: expect.any(String) },
    ])
    // An alarm that may not be deployed leaves both the filter and the trail unknown.
    const alarmMaybe = run(template('', cond), rule)
    expect(alarmMaybe.findings).toEqual([])
    expect(unknownAt(alarmMaybe).map((u) => u.line)).toEqual([26, 26])
    // The filter and its alarm behind one condition: the filter has its alarm whenever it exists,
    // but the trail, which always exists, may have neither.
    const both = run(template(cond, cond), rule)
    expect(both.findings).toEqual([])
    expect(unknownAt(both)).toEqual([
      { ruleId: rule[0], line: 17, why: expect.stringContaining('condition Prod'), resource: expect.any(String) },
    ])
    const sure = run(template('', ''), rule)
    expect(sure.findings).toEqual([])
    expect(sure.unknowns).toEqual([])
  })

  it('make the policy-change alarm verdict unknown when the log group of the filter is only known at deploy time', () => {
    const template = (logGroupName: string) =>
      'Parameters:\n  Group: {Type: String}\nResources:\n' +
      '  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n' +
      `  S3PolicyChanges:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n      LogGroupName: ${logGroupName}\n      FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }'\n      MetricTransformations:\n        - MetricName: S3BucketPolicyChanges\n          MetricNamespace: Security\n          MetricValue: "1"\n` +
      '  S3PolicyChangesAlarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      MetricName: S3BucketPolicyChanges\n      Namespace: Security\n      Statistic: Sum\n      Period: 300\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n'
    const rule = ['cloudwatch-s3-policy-change-alarm-missing']
    const opaque = run(template('!Ref Group'), rule)
    expect(opaque.findings).toEqual([])
    expect(unknownAt(opaque)).toEqual([{ ruleId: rule[0], line: 16, why: expect.stringContaining('Group'), resource: expect.any(String) }])
    const sure = run(template('!Ref TrailLogs'), rule)
    expect(sure.findings).toEqual([])
    expect(sure.unknowns).toEqual([])
  })

  it('count a trail, its metric filter and its alarm behind the same condition as complete whenever the trail is deployed', () => {
    const template = (trail: string, filter: string, alarm: string) =>
      header.replace('Conditions:\n', 'Conditions:\n  Audit: !Equals [!Ref Env, audit]\n') +
      `  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n${trail}    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n` +
      `  S3PolicyChanges:\n    Type: AWS::Logs::MetricFilter\n${filter}    Properties:\n      LogGroupName: !Ref TrailLogs\n      FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }'\n      MetricTransformations:\n        - MetricName: S3BucketPolicyChanges\n          MetricNamespace: Security\n          MetricValue: "1"\n` +
      `  S3PolicyChangesAlarm:\n    Type: AWS::CloudWatch::Alarm\n${alarm}    Properties:\n      MetricName: S3BucketPolicyChanges\n      Namespace: Security\n      Statistic: Sum\n      Period: 300\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n`
    const rule = ['cloudwatch-s3-policy-change-alarm-missing']
    const prod = '    Condition: Prod\n'
    const together = run(template(prod, prod, prod), rule)
    expect(together.findings).toEqual([])
    expect(together.unknowns).toEqual([])
    // A chain behind the trail's condition is complete only for that trail, not for one behind another condition.
    const apart = run(template('    Condition: Audit\n', prod, prod), rule)
    expect(apart.findings).toEqual([])
    expect(unknownAt(apart)).toEqual([
      { ruleId: rule[0], line: 19, why: expect.stringContaining('condition Prod'), resource: expect.any(String) },
    ])
    // An alarm behind another condition leaves the filter and the trail unknown, at the alarm's condition.
    const alarmApart = run(template(prod, prod, '    Condition: Audit\n'), rule)
    expect(alarmApart.findings).toEqual([])
    expect(unknownAt(alarmApart).map((u) => [u.line, u.why.includes('condition Audit')])).toEqual([
      [29, true],
      [29, true],
    ])
  })

  it('count a trail that records every S3 data event as covering another trail behind the same condition', () => {
    const trail = (id: string, condition: string, selectors: string) =>
      `  ${id}:\n    Type: AWS::CloudTrail::Trail\n${condition}    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n${selectors}`
    const all =
      '      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: [arn:aws:s3]\n'
    const prod = '    Condition: Prod\n'
    const together = run(header + trail('Plain', prod, '') + trail('Full', prod, all), ['cloudtrail-data-events-missing'])
    expect(together.findings).toEqual([])
    expect(together.unknowns).toEqual([])
    const audit = header.replace('Conditions:\n', 'Conditions:\n  Audit: !Equals [!Ref Env, audit]\n')
    const apart = run(audit + trail('Plain', '    Condition: Audit\n', '') + trail('Full', prod, all), ['cloudtrail-data-events-missing'])
    expect(apart.findings).toEqual([])
    expect(unknownAt(apart)).toEqual([
      { ruleId: 'cloudtrail-data-events-missing', line: 15, why: expect.stringContaining('condition Prod'), resource: 'Plain' },
    ])
  })

  it('make bucket-policy-missing unknown when the only policy may not be deployed', () => {
    const template = (condition: string) =>
      header +
      `  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n${condition}    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "\${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n`
    const maybe = run(template('    Condition: Prod\n'), ['bucket-policy-missing'])
    expect(maybe.findings).toEqual([])
    expect(unknownAt(maybe)).toEqual([
      { ruleId: 'bucket-policy-missing', line: 10, why: expect.stringContaining('condition Prod'), resource: 'Data' },
    ])
    const sure = run(template(''), ['bucket-policy-missing'])
    expect(sure.findings).toEqual([])
    expect(sure.unknowns).toEqual([])
  })
})

describe('Terraform resources whose count or for_each is not known statically', () => {
  const VAR = 'variable "enabled" {\n  type = bool\n}\n\n'
  /** Unknowns and findings of the given rules, as rule@line. */
  const verdicts = (r: Awaited<ReturnType<typeof scanFiles>>, rules: string[]) => ({
    findings: r.findings.filter((f) => rules.includes(f.ruleId)).map((f) => `${f.ruleId}@${f.location.line}`),
    unknowns: r.unknowns.filter((u) => rules.includes(u.ruleId)).map((u) => `${u.ruleId}@${u.location.line}`),
  })

  it('report what only a maybe-deployed setting resource or bucket policy protects as unknown, at its count', async () => {
    const tf = (count: string) =>
      VAR +
      `resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n\n` +
      `resource "aws_s3_bucket_policy" "b" {\n  count  = ${count}\n  bucket = aws_s3_bucket.b.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.b.arn, "\${aws_s3_bucket.b.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n\n` +
      `resource "aws_s3_bucket_public_access_block" "b" {\n  count                   = ${count}\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\n` +
      `resource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  count  = ${count}\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/1"\n    }\n    bucket_key_enabled = true\n  }\n}\n\n` +
      `resource "aws_s3_bucket_versioning" "b" {\n  count  = ${count}\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\n` +
      `resource "aws_s3_bucket_logging" "b" {\n  count         = ${count}\n  bucket        = aws_s3_bucket.b.id\n  target_bucket = "logs"\n}\n`
    const rules = [
      'bucket-policy-missing',
      'tls-not-enforced',
      'block-public-access-incomplete',
      'encryption-missing',
      'encryption-not-kms',
      'versioning-disabled',
      'access-logging-disabled',
    ]
    const maybe = await scanFiles({ 'main.tf': tf('var.enabled ? 1 : 0') })
    expect(verdicts(maybe, rules)).toEqual({
      findings: [],
      unknowns: [
        'bucket-policy-missing@10',
        'tls-not-enforced@12',
        'block-public-access-incomplete@24',
        'encryption-missing@33',
        'encryption-not-kms@33',
        'versioning-disabled@45',
        'access-logging-disabled@53',
      ],
    })
    expect(verdicts(await scanFiles({ 'main.tf': tf('1') }), rules)).toEqual({ findings: [], unknowns: [] })
    const none = verdicts(await scanFiles({ 'main.tf': tf('0') }), rules)
    expect(none.unknowns).toEqual([])
    expect(none.findings.map((f) => f.split('@')[0]).sort()).toEqual([...rules].sort())
  })

  it('make the data-events verdict and the policy-change alarm verdict unknown when what covers them may not be deployed', async () => {
    const tf = (count: string) =>
      VAR +
      `resource "aws_cloudtrail" "plain" {\n  name                       = "plain"\n  s3_bucket_name             = "audit"\n  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:trail:*"\n}\n\n` +
      `resource "aws_cloudtrail" "full" {\n  count          = ${count}\n  name           = "full"\n  s3_bucket_name = "audit"\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n\n` +
      `resource "aws_cloudwatch_log_metric_filter" "f" {\n  count          = ${count}\n  name           = "s3"\n  log_group_name = "trail"\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n\n` +
      `resource "aws_cloudwatch_metric_alarm" "a" {\n  alarm_name          = "s3"\n  metric_name         = "S3BucketPolicyChanges"\n  namespace           = "Security"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n}\n`
    const rules = ['cloudtrail-data-events-missing', 'cloudwatch-s3-policy-change-alarm-missing']
    expect(verdicts(await scanFiles({ 'main.tf': tf('var.enabled ? 1 : 0') }), rules)).toEqual({
      findings: [],
      unknowns: ['cloudtrail-data-events-missing@12', 'cloudwatch-s3-policy-change-alarm-missing@25'],
    })
    expect(verdicts(await scanFiles({ 'main.tf': tf('1') }), rules)).toEqual({ findings: [], unknowns: [] })
  })

  it('count a trail, its metric filter, its alarm and a trail recording data events with the same count as deployed together', async () => {
    const tf = (trailCount: string, count: string) =>
      VAR +
      `resource "aws_cloudtrail" "plain" {\n  count                      = ${trailCount}\n  name                       = "plain"\n  s3_bucket_name             = "audit"\n  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:trail:*"\n}\n\n` +
      `resource "aws_cloudtrail" "full" {\n  count          = ${count}\n  name           = "full"\n  s3_bucket_name = "audit"\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n\n` +
      `resource "aws_cloudwatch_log_metric_filter" "f" {\n  count          = ${count}\n  name           = "s3"\n  log_group_name = "trail"\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n\n` +
      `resource "aws_cloudwatch_metric_alarm" "a" {\n  count               = ${count}\n  alarm_name          = "s3"\n  metric_name         = "S3BucketPolicyChanges"\n  namespace           = "Security"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n}\n`
    const rules = ['cloudtrail-data-events-missing', 'cloudwatch-s3-policy-change-alarm-missing']
    const cond = 'var.enabled ? 1 : 0'
    expect(verdicts(await scanFiles({ 'main.tf': tf(cond, cond) }), rules)).toEqual({ findings: [], unknowns: [] })
    // The same chain for a trail that always exists, or that exists on another condition, may be missing.
    const unknowns = ['cloudtrail-data-events-missing@13', 'cloudwatch-s3-policy-change-alarm-missing@26']
    expect(verdicts(await scanFiles({ 'main.tf': tf('1', cond) }), rules)).toEqual({ findings: [], unknowns })
    expect(verdicts(await scanFiles({ 'main.tf': tf('var.enabled ? 0 : 1', cond) }), rules)).toEqual({ findings: [], unknowns })
  })

  it('do not let an account-level block that may not be deployed neutralise a public ACL', async () => {
    const tf = (count: string) =>
      VAR +
      `resource "aws_s3_bucket" "b" {\n  bucket = "site"\n  acl    = "public-read"\n}\n\n` +
      `resource "aws_s3_bucket_ownership_controls" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\n` +
      `resource "aws_s3_account_public_access_block" "acct" {\n  count                   = ${count}\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n`
    const rules = ['acl-public-read', 'acl-public-neutralised', 'public-exposure']
    expect(verdicts(await scanFiles({ 'main.tf': tf('var.enabled ? 1 : 0') }), rules)).toEqual({
      findings: ['acl-public-read@7'],
      unknowns: ['public-exposure@7'],
    })
    expect(verdicts(await scanFiles({ 'main.tf': tf('1') }), rules)).toEqual({ findings: ['acl-public-neutralised@7'], unknowns: [] })
  })
})
