import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { loadTemplateText } from '../../../src/parsers/cloudformation/index.js'
import { linkModel } from '../../../src/model/link.js'

function model(text: string) {
  const r = loadTemplateText(text, 't.yaml', DEFAULT_LIMITS)
  expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
  const m = r.models[0]!
  linkModel(m)
  return m
}

const BUCKETS = `Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: my-logs
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: "true"
      VersioningConfiguration:
        Status: Suspended
      LoggingConfiguration:
        DestinationBucketName: my-logs
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  Key:
    Type: AWS::KMS::Key
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "*" }
            Action: ["s3:Get*"]
            Resource: !Sub "\${Data.Arn}/*"
            Condition:
              StringEquals: { "aws:PrincipalOrgID": o-123 }
`

describe('CloudFormation to model', () => {
  it('reads bucket settings with the line of the attribute that sets them', () => {
    const m = model(BUCKETS)
    const data = m.buckets.find((b) => b.id === 'Data')!
    expect(data.origin.at).toMatchObject({ line: 6, path: 'Resources.Data' })
    expect(data.acl.canned).toMatchObject({ state: 'set', value: 'public-read', at: { line: 9 } })
    expect(data.publicAccessBlock.declared).toMatchObject({ state: 'set', value: true })
    expect(data.publicAccessBlock.blockPublicAcls).toMatchObject({ state: 'set', value: false, at: { line: 11 } })
    expect(data.publicAccessBlock.ignorePublicAcls).toMatchObject({ state: 'set', value: true, at: { line: 12 } })
    expect(data.publicAccessBlock.blockPublicPolicy).toMatchObject({ state: 'default', value: false })
    expect(data.versioning.status).toMatchObject({ state: 'set', value: 'Suspended', at: { line: 14 } })
    expect(data.encryption.algorithm).toMatchObject({ state: 'set', value: 'aws:kms', at: { line: 20 } })
    expect(data.encryption.kmsKeyId).toMatchObject({ state: 'set', value: { parts: [{ kind: 'resource', id: 'Key', attr: 'Arn' }] } })
    expect(data.encryption.bucketKeyEnabled).toMatchObject({ state: 'set', value: true })
  })

  it('gives missing settings their AWS default located at the bucket', () => {
    const logs = model(BUCKETS).buckets.find((b) => b.id === 'Logs')!
    expect(logs.versioning.status).toMatchObject({ state: 'default', value: 'Disabled', at: { line: 2 } })
    expect(logs.ownership).toMatchObject({ state: 'default', value: 'BucketOwnerEnforced' })
    expect(logs.encryption.algorithm).toMatchObject({ state: 'default', value: 'AES256' })
    expect(logs.versioning.mfaDeleteConfigurable).toBe(false)
  })

  it('counts a bucket created with Object Lock as versioned, which S3 does by itself, and not one locked afterwards', () => {
    const m = model(`Parameters:
  Lock: { Type: String }
Resources:
  Locked:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
  Configured:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
  Maybe:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: !Ref Lock
  Suspended:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: false
      VersioningConfiguration:
        Status: Suspended
`)
    const status = (id: string) => m.buckets.find((b) => b.id === id)!.versioning.status
    expect(status('Locked')).toMatchObject({ state: 'default', value: 'Enabled', at: { line: 7 } })
    // Without the bucket's own ObjectLockEnabled the configuration is applied once the bucket
    // exists, which S3 refuses on an unversioned bucket (cloudformation-coverage-roadmap#626):
    // no lock, and versioning as written.
    expect(status('Configured')).not.toMatchObject({ value: 'Enabled' })
    expect(m.buckets.find((b) => b.id === 'Configured')!.objectLock).toMatchObject({
      enabled: { value: false },
      refused: { at: { line: 12 } },
    })
    expect(status('Maybe')).toMatchObject({ state: 'unknown', at: { line: 16 } })
    expect(status('Suspended')).toMatchObject({ state: 'set', value: 'Suspended' })
  })

  it('links a bucket policy by Ref and a log target by literal name', () => {
    const m = model(BUCKETS)
    const data = m.buckets.find((b) => b.id === 'Data')!
    const logs = m.buckets.find((b) => b.id === 'Logs')!
    expect(data.policies).toHaveLength(1)
    expect(data.policies[0]!.owner).toBe('DataPolicy')
    const s = data.policies[0]!.statements[0]!
    expect(s.principal).toMatchObject({ field: 'Principal', entries: { value: [{ type: 'AWS', value: '*' }] } })
    expect(s.conditions).toMatchObject({ value: [{ operator: 'StringEquals', key: 'aws:PrincipalOrgID', values: ['o-123'] }] })
    expect(logs.links).toMatchObject({ isLogTarget: true, logSourceOf: ['Data'] })
  })

  it('links a policy by GetAtt, Sub and literal name', () => {
    for (const ref of ['!Ref Named', '!Sub "${Named}"', 'fixed-name', '!Select [0, [fixed-name]]']) {
      const m = model(
        `Resources:\n  Named:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: fixed-name\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: ${ref}\n      PolicyDocument: {Statement: []}\n`,
      )
      expect(m.buckets.map((b) => [b.id, b.policies.length, b.managed])).toEqual([['Named', 1, true]])
    }
  })

  it('links a policy to the one bucket named the same way from a parameter without a default', () => {
    const template = (bucketName: string, otherName: string) =>
      `Parameters:\n  Name: {Type: String}\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${bucketName}\n` +
      `  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${otherName}\n` +
      `  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Sub "\${Name}-data"\n      PolicyDocument: {Statement: []}\n`
    const policies = (m: ReturnType<typeof model>) => m.buckets.map((b) => [b.id, b.policies.length, b.managed])
    expect(policies(model(template('!Sub "${Name}-data"', '!Sub "${Name}-logs"')))).toEqual([
      ['Data', 1, true],
      ['Other', 0, true],
    ])
    // Two buckets written the same way (the template would not deploy): neither is taken for it.
    expect(policies(model(template('!Sub "${Name}-data"', '!Join ["", [!Ref Name, "-data"]]')))).toEqual([
      ['Data', 0, true],
      ['Other', 0, true],
      ['P', 1, false],
    ])
  })

  it('links a policy to the bucket named the same way from a name the template never declares', () => {
    // CloudFormation rejects the undeclared `Stage`, but both sides mean the same value.
    const m = model(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${Stage}-data"\n' +
        '  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Sub "${Stage}-data"\n      PolicyDocument: {Statement: []}\n',
    )
    expect(m.buckets.map((b) => [b.id, b.policies.length, b.managed])).toEqual([['Data', 1, true]])
  })

  it('reads a policy document given as a JSON string, which CloudFormation accepts, its statements where they are written', () => {
    const m = model(
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n' +
        '      PolicyDocument: |\n        {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::d/*"}]}\n' +
        '  Q:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument: \'{"Statement": [\'\n',
    )
    const [good, broken] = m.buckets[0]!.policies
    expect(good!.unknown).toBeUndefined()
    const s = good!.statements[0]!
    expect([s.at.line, s.effect, s.action.values]).toEqual([
      9,
      expect.objectContaining({ value: 'Allow' }),
      expect.objectContaining({ value: ['s3:GetObject'] }),
    ])
    expect(s.principal.entries).toMatchObject({ value: [{ type: 'AWS', value: '*' }] })
    expect(broken!.unknown).toMatchObject({ why: 'the policy document is a string that is not valid JSON', at: { line: 14 } })
  })

  it('keeps a policy for a bucket defined elsewhere on an unmanaged bucket named after the policy', () => {
    const m = model(
      'Resources:\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: existing-bucket\n      PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "*"}]}\n',
    )
    expect(m.buckets).toHaveLength(1)
    expect(m.buckets[0]).toMatchObject({ id: 'P', managed: false, name: { state: 'set', value: 'existing-bucket' } })
    expect(m.buckets[0]!.publicAccessBlock.restrictPublicBuckets.state).toBe('unknown')
  })

  it('skips resources whose condition is statically false, not those a parameter default turns off', () => {
    const m = model(
      'Parameters:\n  E: {Type: String, Default: dev, AllowedValues: [dev]}\nConditions:\n  Prod: !Equals [!Ref E, prod]\n  Never: !Equals [a, b]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Prod\n  C:\n    Type: AWS::S3::Bucket\n  D:\n    Type: AWS::S3::Bucket\n    Condition: Never\n',
    )
    expect(m.buckets.map((b) => b.id)).toEqual(['C'])
    // The stack may be deployed with E = prod: the bucket may exist, so it is checked.
    const byDefault = model(
      'Parameters:\n  E: {Type: String, Default: dev}\nConditions:\n  Prod: !Equals [!Ref E, prod]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Prod\n  C:\n    Type: AWS::S3::Bucket\n',
    )
    expect(byDefault.buckets.map((b) => b.id)).toEqual(['B', 'C'])
  })

  it('reports a public bucket that a parameter default turns off, and a public ACL chosen by such a condition as unknown', async () => {
    const r = await scanFiles({
      't.yaml':
        'Parameters:\n  Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}\n' + // 1-2
        'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n' + // 3-4
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Condition: IsProd\n' + // 5-8
        '    Properties:\n      AccessControl: PublicRead\n' + // 9-10
        '  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n' + // 11-13
        '      AccessControl: !If [IsProd, PublicRead, Private]\n', // 14
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.resource, f.location.line])).toEqual([['Data', 10]])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => [u.resource, u.location.line, u.why])).toEqual([
      ['Other', 14, 'depends on condition IsProd, which is not known statically'],
    ])
  })

  it('does not count on the Deny statements of a policy whose condition is not known, but keeps its Allow statements', () => {
    const m = model(`Parameters:
  Secure: { Type: String }
Conditions:
  IsSecure: !Equals [!Ref Secure, "yes"]
Resources:
  Data:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Condition: IsSecure
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: !Sub "\${Data.Arn}/*"
            Condition: { Bool: { aws:SecureTransport: false } }
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Data.Arn}/*"
`)
    const [deny, allow] = m.buckets[0]!.policies[0]!.statements
    expect(deny!.effect).toMatchObject({ state: 'set', value: 'Deny' })
    expect(deny!.conditions).toMatchObject({ state: 'unknown', why: expect.stringContaining('condition IsSecure') })
    expect(allow!.effect).toMatchObject({ state: 'set', value: 'Allow' })
    expect(allow!.conditions).toMatchObject({ value: [] })
  })

  it('marks every resource whose condition is not known as one that may not be deployed, with the condition', () => {
    const m = model(
      'Parameters:\n  E: {Type: String}\nConditions:\n  Prod: !Equals [!Ref E, prod]\nResources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Condition: Prod\n    Properties:\n      S3BucketName: logs\n  Alarm:\n    Type: AWS::CloudWatch::Alarm\n    Condition: Prod\n    Properties:\n      MetricName: M\n  B:\n    Type: AWS::S3::Bucket\n  P:\n    Type: AWS::S3::BucketPolicy\n    Condition: Prod\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument:\n        Statement: []\n',
    )
    const maybe = { why: expect.stringContaining('condition Prod'), at: expect.objectContaining({ line: 8 }), conditions: ['Prod'] }
    expect(m.trails[0]!.origin.maybe).toEqual(maybe)
    expect(m.alarms[0]!.origin.maybe).toMatchObject({ at: { line: 13 }, conditions: ['Prod'] })
    expect(m.buckets[0]!.origin.maybe).toBeUndefined()
    expect(m.buckets[0]!.policies[0]!.maybe).toMatchObject({ why: expect.stringContaining('condition Prod'), at: { line: 20 } })
  })

  it('leaves notifications unknown when the CDK notifications resource may not be deployed', () => {
    const template = (bucketCondition: string, notificationsCondition: string) =>
      model(
        `Parameters:\n  E: {Type: String}\nConditions:\n  Prod: !Equals [!Ref E, prod]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n${bucketCondition}  Topic:\n    Type: AWS::SNS::Topic\n  Notifications:\n    Type: Custom::S3BucketNotifications\n${notificationsCondition}    Properties:\n      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:handler\n      BucketName: !Ref B\n      NotificationConfiguration:\n        TopicConfigurations:\n          - Events: ["s3:ObjectCreated:*"]\n            TopicArn: !Ref Topic\n`,
      )
    const cond = '    Condition: Prod\n'
    expect(template('', cond).buckets[0]!.notifications).toMatchObject({
      state: 'unknown',
      why: expect.stringContaining('condition Prod'),
      at: { line: 12 },
    })
    expect(template('', '').buckets[0]!.notifications).toMatchObject({ state: 'set', value: [{ type: 'topic' }] })
    // Behind the bucket's own condition, the notifications exist whenever the bucket does.
    expect(template(cond, cond).buckets[0]!.notifications).toMatchObject({ state: 'set', value: [{ type: 'topic' }] })
  })

  it('counts on a bucket policy behind the same condition as its bucket', () => {
    const m = model(
      'Parameters:\n  E: {Type: String}\nConditions:\n  Prod: !Equals [!Ref E, prod]\n  Eu: !Equals [!Ref E, eu]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Prod\n  Same:\n    Type: AWS::S3::BucketPolicy\n    Condition: Prod\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument:\n        Statement:\n          - {Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: {Bool: {aws:SecureTransport: false}}}\n  Other:\n    Type: AWS::S3::BucketPolicy\n    Condition: Eu\n    Properties:\n      Bucket: !Ref B\n      PolicyDocument:\n        Statement:\n          - {Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: {Bool: {aws:SecureTransport: false}}}\n',
    )
    const [same, other] = m.buckets[0]!.policies
    expect(same!.maybe).toBeUndefined()
    expect(same!.statements[0]!.conditions).toMatchObject({ state: 'set' })
    expect(other!.maybe).toMatchObject({ why: expect.stringContaining('condition Eu') })
    expect(other!.statements[0]!.conditions).toMatchObject({ state: 'unknown' })
  })

  it('marks a setting unknown when it depends on an unknown condition', () => {
    const m = model(
      'Parameters:\n  E: {Type: String}\nConditions:\n  Prod: !Equals [!Ref E, prod]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: !If [Prod, Enabled, Suspended]\n',
    )
    expect(m.buckets[0]!.versioning.status).toMatchObject({ state: 'unknown', at: { line: 10 } })
  })

  it('reads trails with basic and advanced S3 data event selectors', () => {
    const m = model(`Resources:
  T1:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit
      IsMultiRegionTrail: true
      EventSelectors:
        - ReadWriteType: ReadOnly
          DataResources:
            - Type: AWS::S3::Object
              Values: ["arn:aws:s3"]
  T2:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit
      AdvancedEventSelectors:
        - FieldSelectors:
            - Field: eventCategory
              Equals: [Data]
            - Field: resources.type
              Equals: [AWS::S3::Object]
`)
    expect(m.trails[0]).toMatchObject({
      isMultiRegion: { value: true },
      dataEvents: { value: [{ readWriteType: { value: 'ReadOnly' }, s3Resources: ['arn:aws:s3'] }] },
    })
    expect(m.trails[1]).toMatchObject({
      dataEvents: { value: [{ advanced: true, readWriteType: { value: 'All' }, s3Resources: ['arn:aws:s3'] }] },
    })
  })

  it('reads access points and IAM policies', () => {
    const m = model(`Resources:
  B:
    Type: AWS::S3::Bucket
  AP:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: !Ref B
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: inline
          PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
`)
    expect(m.accessPoints[0]).toMatchObject({
      id: 'AP',
      publicAccessBlock: { blockPublicAcls: { state: 'set', value: false }, ignorePublicAcls: { state: 'default', value: false } },
    })
    expect(m.buckets[0]!.links.accessPointIds).toEqual(['AP'])
    expect(m.iamPolicies.map((p) => [p.id, p.kind])).toEqual([
      ['Role', 'inline'],
      ['Managed', 'managed'],
    ])
  })

  it('reads the inline statements and S3 policy templates of a SAM function, beside its managed policies', () => {
    const m = model(`Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies:
        - AmazonS3ReadOnlyAccess
        - S3CrudPolicy:
            BucketName: data
        - Statement:
            - Effect: Allow
              Action: "s3:*"
              Resource: "*"
  Single:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: "*"
`)
    expect(m.iamPolicies.map((p) => [p.id, p.kind, p.origin.at.line, p.document.statements.length])).toEqual([
      ['Fn', 'inline', 10, 1],
      ['Fn', 'inline', 12, 1],
      ['Single', 'inline', 19, 1],
    ])
  })

  it('counts a SAM function S3 event as a notification on its bucket, which the SAM transform adds', () => {
    const m = model(`Transform: AWS::Serverless-2016-10-31
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        QueueConfigurations:
          - Event: s3:ObjectRemoved:*
            Queue: arn:aws:sqs:us-east-1:111122223333:q
  Other:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Events:
        Api:
          Type: Api
          Properties: { Path: /, Method: get }
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Uploads
            Events: [s3:ObjectCreated:*]
`)
    const notes = (id: string) => {
      const n = m.buckets.find((b) => b.id === id)!.notifications
      return n.state === 'unknown' ? n : n.value.map((t) => [t.type, t.events.join(','), t.at.line])
    }
    expect(notes('Uploads')).toEqual([
      ['queue', 's3:ObjectRemoved:*', 8],
      ['lambda', 's3:ObjectCreated:*', 21],
    ])
    expect(notes('Other')).toEqual([])
  })

  it('counts the S3 event of a SAM function behind a condition not known statically only maybe', () => {
    const m = model(`Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: {Type: String}
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Condition: Prod
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref Uploads
            Events: [s3:ObjectCreated:*]
`)
    expect(m.buckets[0]!.notifications).toMatchObject({ state: 'unknown', why: expect.stringContaining('Prod') })
  })

  it('records suppressions from Metadata and comments on the resource they belong to', () => {
    const r = loadTemplateText(
      `Resources:
  # s3-gate:ignore versioning-disabled reason="scratch space" until=2099-01-01
  A:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W35
            reason: logs elsewhere
      checkov:
        skip:
          - id: CKV_AWS_21
            comment: no versions needed
`,
      't.yaml',
      DEFAULT_LIMITS,
    )
    expect(r.models[0]!.buckets[0]!.suppressions.map((s) => [s.syntax, s.rule, s.reason, s.until])).toEqual([
      ['cfn_nag', 'W35', 'logs elsewhere', undefined],
      ['checkov', 'CKV_AWS_21', 'no versions needed', undefined],
      ['s3-gate', 'versioning-disabled', 'scratch space', '2099-01-01'],
    ])
  })
})
