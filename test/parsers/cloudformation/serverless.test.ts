/**
 * Serverless Framework services: the CloudFormation under `resources` is scanned like a template,
 * with its lines in `serverless.yml`, whether `resources` is one map or a list of maps.
 */
import { describe, expect, it } from 'vitest'
import { applyEdit } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../rules/helpers.js'

const rows = (r: Awaited<ReturnType<typeof scanFiles>>, rules: string[]) =>
  r.findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.location.file} ${f.ruleId} ${f.resource} ${f.location.line}`)
    .sort()

const SERVICE = `service: uploads
provider:
  name: aws
functions:
  thumb:
    handler: handler.thumb
resources:
  Resources:
    Uploads:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: \${self:service}-\${sls:stage}-uploads
        AccessControl: PublicRead
    UploadsPolicy:
      Type: AWS::S3::BucketPolicy
      Properties:
        Bucket: !Ref Uploads
        PolicyDocument:
          Statement:
            - Effect: Deny
              Principal: "*"
              Action: "s3:*"
              Resource: [!GetAtt Uploads.Arn, !Sub "\${Uploads.Arn}/*"]
              Condition:
                Bool:
                  aws:SecureTransport: false
`

describe('Serverless Framework resources', () => {
  it('scans resources.Resources with the lines of serverless.yml, and fixes them there', async () => {
    const r = await scanFiles({ 'serverless.yml': SERVICE })
    expect(rows(r, ['acl-public-read', 'tls-not-enforced'])).toEqual(['serverless.yml acl-public-read Uploads 13'])
    const acl = r.findings.find((f) => f.ruleId === 'acl-public-read')!
    const fixed = applyEdit(SERVICE, acl.edit!)
    expect(fixed).not.toContain('AccessControl')
    expect(rows(await scanFiles({ 'serverless.yml': fixed }), ['acl-public-read'])).toEqual([])
  })

  it('merges the sections of a resources list, as the framework does', async () => {
    const service =
      'service: two\nprovider:\n  name: aws\nresources:\n' +
      '  - Resources:\n      A:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicReadWrite\n' + // 5-9
      '  - Resources:\n      B:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicRead\n' // 10-14
    const r = await scanFiles({ 'serverless.yaml': service })
    expect(rows(r, ['acl-public-read', 'acl-public-write'])).toEqual([
      'serverless.yaml acl-public-read B 14',
      'serverless.yaml acl-public-write A 9',
    ])
  })

  it('merges a resource written again in a later item deeply, as lodash merge does', async () => {
    const service =
      'service: two\nprovider:\n  name: aws\nresources:\n' +
      '  - Resources:\n      A:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicReadWrite\n' + // 5-9
      '          PublicAccessBlockConfiguration:\n            BlockPublicAcls: true\n            IgnorePublicAcls: true\n' + // 10-12
      '  - Resources:\n      A:\n        Properties:\n          PublicAccessBlockConfiguration:\n            BlockPublicAcls: false\n            IgnorePublicAcls: false\n' // 13-18
    const r = await scanFiles({ 'serverless.yaml': service })
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(rows(r, ['acl-public-write'])).toEqual(['serverless.yaml acl-public-write A 9'])
    expect(r.stats.buckets).toBe(1)
  })

  it('reads a framework variable where a setting is expected as unknown, not as a value', async () => {
    const service =
      'service: vars\nprovider:\n  name: aws\nresources:\n  Resources:\n    A:\n      Type: AWS::S3::Bucket\n' +
      '      Properties:\n        AccessControl: ${self:custom.acl}\n' // 9
    const r = await scanFiles({ 'serverless.yml': service })
    expect(rows(r, ['acl-public-read', 'acl-public-write'])).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => [u.location.line, u.why])).toEqual([
      [9, '${self:custom.acl} is a Serverless Framework variable, replaced when the service is deployed'],
    ])
  })

  it('ignores a `resources` key in YAML that is not a Serverless service', async () => {
    const other = 'resources:\n  Resources:\n    A:\n      Type: AWS::S3::Bucket\n      Properties:\n        AccessControl: PublicRead\n'
    const r = await scanFiles({ 'values.yaml': other })
    expect(r.findings).toEqual([])
    expect(r.problems).toEqual([])
  })
})

describe('Serverless Framework variables in resources', () => {
  const service = (body: string) => `service: vars
provider:
  name: aws
custom:
  bucket: uploads-\${sls:stage}
resources:
  Resources:
${body}`

  it('reads a variable where a setting or a principal is expected as unknown, not as the text it is', async () => {
    const r = await scanFiles({
      'serverless.yml': service(`    Uploads:
      Type: AWS::S3::Bucket
      Properties:
        VersioningConfiguration:
          Status: \${self:custom.versioning, 'Enabled'}
        PublicAccessBlockConfiguration:
          BlockPublicAcls: true
          IgnorePublicAcls: true
          BlockPublicPolicy: false
          RestrictPublicBuckets: false
    UploadsPolicy:
      Type: AWS::S3::BucketPolicy
      Properties:
        Bucket: !Ref Uploads
        PolicyDocument:
          Statement:
            - Effect: Allow
              Principal: \${self:custom.principal}
              Action: s3:GetObject
              Resource: !Sub "\${Uploads.Arn}/*"
`),
    })
    expect(rows(r, ['versioning-disabled', 'policy-public-read'])).toEqual([])
    const unknown = (rule: string) => r.unknowns.filter((u) => u.ruleId === rule).map((u) => u.location.line)
    expect(unknown('versioning-disabled')).toEqual([12])
    expect(unknown('policy-public-read')).toEqual([24])
  })

  it('does not decide a condition on a variable: the bucket it guards may be deployed', async () => {
    const r = await scanFiles({
      'serverless.yml': `service: vars
provider:
  name: aws
resources:
  Conditions:
    IsProd: !Equals ["\${sls:stage}", prod]
  Resources:
    Public:
      Type: AWS::S3::Bucket
      Condition: IsProd
      Properties:
        AccessControl: PublicRead
`,
    })
    expect(rows(r, ['acl-public-read'])).toEqual(['serverless.yml acl-public-read Public 12'])
  })

  it('matches a bucket and its policy named by the same variable', async () => {
    const r = await scanFiles({
      'serverless.yml': service(`    Uploads:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: \${self:custom.bucket}
    UploadsPolicy:
      Type: AWS::S3::BucketPolicy
      Properties:
        Bucket: \${self:custom.bucket}
        PolicyDocument:
          Statement:
            - Effect: Allow
              Principal: "*"
              Action: s3:GetObject
              Resource: arn:aws:s3:::\${self:custom.bucket}/*
            - Effect: Allow
              Principal: "*"
              Action: s3:PutObject
              Resource: !Sub "arn:\${AWS::Partition}:s3:::\${self:custom.bucket}/*"
`),
    })
    expect(rows(r, ['policy-public-read', 'policy-public-write'])).toEqual([
      'serverless.yml policy-public-read UploadsPolicy 18',
      'serverless.yml policy-public-write UploadsPolicy 22',
    ])
    expect(r.stats.buckets).toBe(1)
  })
})
