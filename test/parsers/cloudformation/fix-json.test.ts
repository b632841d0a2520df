import { describe, expect, it } from 'vitest'
import { fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

/** The layouts a JSON template comes in, with the one indentation unit each uses. */
const LAYOUTS: [string, (doc: unknown) => string, string][] = [
  ['2-space', (d) => JSON.stringify(d, null, 2) + '\n', '  '],
  ['4-space', (d) => JSON.stringify(d, null, 4) + '\n', '    '],
  ['tabs', (d) => JSON.stringify(d, null, '\t') + '\n', '\t'],
  ['compact one-line', (d) => JSON.stringify(d), ''],
  ['CRLF', (d) => JSON.stringify(d, null, 2).replace(/\n/g, '\r\n') + '\r\n', '  '],
]

/** The fixed file keeps its layout: its indentation unit, its line endings, one line when it was one. */
function expectLayout(fixed: string, [layout, , unit]: (typeof LAYOUTS)[number]): void {
  if (!unit) return expect(fixed, layout).toBe(JSON.stringify(JSON.parse(fixed)))
  if (layout === 'CRLF') expect(fixed.replace(/\r\n/g, ''), layout).not.toContain('\n')
  else expect(fixed, layout).not.toContain('\r')
  for (const line of fixed.split(/\r?\n/)) expect(/^\s*/.exec(line)![0].split(unit).join(''), `${layout}: ${line}`).toBe('')
  // Members are spaced as JSON.stringify spaces them.
  expect(fixed, layout).not.toMatch(/"\s*:(?! )|"  +:/)
}

type Template = { Resources: Record<string, unknown> }

const bucket = (properties?: Record<string, unknown>) => ({
  Type: 'AWS::S3::Bucket',
  ...(properties ? { Properties: properties } : {}),
})

const TLS_DENY = {
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [{ 'Fn::GetAtt': ['Data', 'Arn'] }, { 'Fn::Sub': '${Data.Arn}/*' }],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
}

const policy = (statements: unknown[], bucketRef: unknown = { Ref: 'Data' }) => ({
  Type: 'AWS::S3::BucketPolicy',
  Properties: { Bucket: bucketRef, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
})

const ALLOW_ROOT = {
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 's3:GetObject',
  Resource: { 'Fn::Sub': '${Data.Arn}/*' },
}

/** Round-trips `ruleId` over every layout and returns the fixed templates. */
async function overLayouts(template: Template, ruleId: string): Promise<Template[]> {
  const out: Template[] = []
  for (const layout of LAYOUTS) {
    const { fixed } = await fixRoundTrip({ 't.json': layout[1](template) }, 't.json', ruleId)
    expectLayout(fixed, layout)
    out.push(JSON.parse(fixed) as Template)
  }
  return out
}

describe('CloudFormation JSON fixes', () => {
  it('appends the TLS deny to an existing policy, naming the bucket by Fn::GetAtt / Fn::Sub', async () => {
    const fixed = await overLayouts(
      { Resources: { Data: bucket({ BucketName: 'data' }), Policy: policy([ALLOW_ROOT]) } },
      'tls-not-enforced',
    )
    for (const t of fixed)
      expect((t.Resources.Policy as ReturnType<typeof policy>).Properties.PolicyDocument.Statement[1]).toEqual({
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [{ 'Fn::GetAtt': ['Data', 'Arn'] }, { 'Fn::Sub': '${Data.Arn}/*' }],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      })
  })

  it('adds the old-TLS deny under a free Sid', async () => {
    const taken = { ...ALLOW_ROOT, Sid: 'DenyOutdatedTLS' }
    const fixed = await overLayouts({ Resources: { Data: bucket(), Policy: policy([taken, TLS_DENY]) } }, 'tls-min-version')
    for (const t of fixed) {
      const statements = (t.Resources.Policy as ReturnType<typeof policy>).Properties.PolicyDocument.Statement as { Sid: string }[]
      expect(statements.map((s) => s.Sid)).toEqual(['DenyOutdatedTLS', 'DenyHttp', 'DenyOutdatedTLS2'])
    }
  })

  it('names the bucket by its literal ARN when the policy does, and keeps a string Fn::GetAtt', async () => {
    const literal = { ...ALLOW_ROOT, Resource: 'arn:aws:s3:::data-bucket/*' }
    const [byName] = await overLayouts(
      { Resources: { Data: bucket({ BucketName: 'data-bucket' }), Policy: policy([literal]) } },
      'tls-not-enforced',
    )
    expect((byName!.Resources.Policy as ReturnType<typeof policy>).Properties.PolicyDocument.Statement[1]).toMatchObject({
      Resource: ['arn:aws:s3:::data-bucket', 'arn:aws:s3:::data-bucket/*'],
    })
    const dotted = { ...ALLOW_ROOT, Resource: [{ 'Fn::GetAtt': 'Data.Arn' }] }
    const [byAtt] = await overLayouts({ Resources: { Data: bucket(), Policy: policy([dotted]) } }, 'tls-not-enforced')
    expect((byAtt!.Resources.Policy as ReturnType<typeof policy>).Properties.PolicyDocument.Statement[1]).toMatchObject({
      Resource: [{ 'Fn::GetAtt': 'Data.Arn' }, { 'Fn::Sub': '${Data.Arn}/*' }],
    })
  })

  it('declares a bucket policy right after the bucket when there is none', async () => {
    const fixed = await overLayouts(
      { Resources: { Data: bucket({ BucketName: 'data' }), DataPolicy: { Type: 'AWS::SNS::Topic' } } },
      'tls-not-enforced',
    )
    for (const t of fixed) {
      expect(Object.keys(t.Resources)).toEqual(['Data', 'DataPolicy2', 'DataPolicy'])
      expect(t.Resources.DataPolicy2).toMatchObject({ Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Data' } } })
    }
  })

  it('replaces a partial public access block', async () => {
    const fixed = await overLayouts(
      { Resources: { Data: bucket({ PublicAccessBlockConfiguration: { BlockPublicAcls: false }, BucketName: 'data' }) } },
      'block-public-access-incomplete',
    )
    for (const t of fixed)
      expect(t.Resources.Data).toEqual(
        bucket({
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          BucketName: 'data',
        }),
      )
  })

  it('removes a public AccessControl, first, last or only', async () => {
    for (const props of [
      { AccessControl: 'PublicRead', BucketName: 'data' },
      { BucketName: 'data', AccessControl: 'PublicRead' },
      { AccessControl: 'PublicRead' },
    ]) {
      const fixed = await overLayouts({ Resources: { Data: bucket(props) } }, 'acl-public-read')
      const { AccessControl: _, ...rest } = props
      for (const t of fixed) expect(t.Resources.Data).toEqual(bucket(rest))
    }
  })

  it('adds BucketKeyEnabled to the encryption rule', async () => {
    const rule = { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }
    const fixed = await overLayouts(
      { Resources: { Data: bucket({ BucketEncryption: { ServerSideEncryptionConfiguration: [rule] } }) } },
      'bucket-key-disabled',
    )
    for (const t of fixed)
      expect(t.Resources.Data).toEqual(
        bucket({ BucketEncryption: { ServerSideEncryptionConfiguration: [{ ...rule, BucketKeyEnabled: true }] } }),
      )
  })

  it('adds Properties to a bucket that has none', async () => {
    const fixed = await overLayouts({ Resources: { Data: bucket() } }, 'versioning-disabled')
    for (const t of fixed) expect(t.Resources.Data).toEqual(bucket({ VersioningConfiguration: { Status: 'Enabled' } }))
  })

  it('offers no edit that would replace a line too long for a suggestion (a minified template)', async () => {
    const resources: Record<string, unknown> = { Data: bucket({ VersioningConfiguration: { Status: 'Suspended' } }) }
    for (let i = 0; i < 400; i++) resources[`Topic${i}`] = { Type: 'AWS::SNS::Topic', Properties: { TopicName: `topic-${i}` } }
    const text = JSON.stringify({ Resources: resources })
    expect(text.length).toBeGreaterThan(20_000)
    const r = await scanFiles({ 't.json': text }, strict)
    const versioning = r.findings.find((f) => f.ruleId === 'versioning-disabled')
    expect(versioning).toBeDefined()
    expect(r.findings.filter((f) => f.edit)).toEqual([])
  })

  it('offers no TLS statement where the policy is not a plain JSON tree, or another policy may be the bucket’s', async () => {
    const document = (statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })
    const literal = { ...ALLOW_ROOT, Resource: 'arn:aws:s3:::data/*' }
    const withDocument = (doc: unknown) => ({
      Type: 'AWS::S3::BucketPolicy',
      Properties: { Bucket: { Ref: 'Data' }, PolicyDocument: doc },
    })
    const cases: Template[] = [
      // The document is a string built by Fn::Sub / Fn::Join.
      { Resources: { Data: bucket({ BucketName: 'data' }), Policy: withDocument({ 'Fn::Sub': document([literal]) }) } },
      { Resources: { Data: bucket({ BucketName: 'data' }), Policy: withDocument({ 'Fn::Join': ['', [document([literal])]] }) } },
      // The statement list is chosen by a condition; a single statement object.
      {
        Conditions: { C: { 'Fn::Equals': ['a', 'b'] } },
        Resources: { Data: bucket(), Policy: withDocument({ Statement: { 'Fn::If': ['C', [ALLOW_ROOT], [ALLOW_ROOT]] } }) },
      } as Template,
      { Resources: { Data: bucket(), Policy: withDocument({ Statement: ALLOW_ROOT }) } },
      // A policy naming the bucket by its name: a second policy would replace it.
      { Resources: { Data: bucket({ BucketName: 'data' }), Policy: policy([ALLOW_ROOT], 'data') } },
      // One naming a bucket whose name is a parameter, which may be this bucket's.
      {
        Parameters: { Name: { Type: 'String' } },
        Resources: { Data: bucket({ BucketName: { Ref: 'Name' } }), Policy: policy([ALLOW_ROOT], { Ref: 'Name' }) },
      } as Template,
    ]
    for (const t of cases)
      for (const [layout, write] of LAYOUTS) {
        const r = await scanFiles({ 't.json': write(t) }, strict)
        const edits = r.findings.filter((f) => f.ruleId === 'tls-not-enforced' || f.ruleId === 'tls-min-version').map((f) => f.edit)
        expect(edits.length, layout).toBeGreaterThan(0)
        expect(edits, layout).toEqual(edits.map(() => undefined))
      }
  })
})

describe('CloudFormation YAML fixes', () => {
  it('declares a policy under a free name, and none where another policy may be the bucket’s', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n  DataPolicy:\n    Type: AWS::SNS::Topic\n'
    const { fixed } = await fixRoundTrip({ 't.yaml': text }, 't.yaml', 'tls-not-enforced')
    expect(fixed).toContain('\n  DataPolicy2:\n    Type: AWS::S3::BucketPolicy\n')
    const byName =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: {AWS: "arn:aws:iam::111122223333:root"}\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::data/*\n'
    const r = await scanFiles({ 't.yaml': byName }, strict)
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced')
    expect(tls).toHaveLength(1)
    expect(tls[0]!.edit).toBeUndefined()
  })

  it('appends the TLS deny under a Sid the policy does not use yet', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Sid: DenyInsecureTransport\n            Effect: Allow\n            Principal: {AWS: "arn:aws:iam::111122223333:root"}\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n'
    const { fixed } = await fixRoundTrip({ 't.yaml': text }, 't.yaml', 'tls-not-enforced')
    expect(fixed).toContain('          - Sid: DenyInsecureTransport2\n')
  })

  it('replaces blocked encryption types that do not block SSE-C rather than repeating the key', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BlockedEncryptionTypes:\n              EncryptionType: [NONE]\n'
    const { fixed } = await fixRoundTrip({ 't.yaml': text }, 't.yaml', 'sse-c-not-blocked')
    expect(fixed.match(/BlockedEncryptionTypes/g)).toHaveLength(1)
    const json = JSON.stringify({
      Resources: {
        Data: bucket({
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BlockedEncryptionTypes: { EncryptionType: ['NONE'] } },
            ],
          },
        }),
      },
    })
    const { fixed: fixedJson } = await fixRoundTrip({ 't.json': json }, 't.json', 'sse-c-not-blocked')
    const rule = (
      JSON.parse(fixedJson) as {
        Resources: { Data: { Properties: { BucketEncryption: { ServerSideEncryptionConfiguration: unknown[] } } } }
      }
    ).Resources.Data.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0]
    expect(rule).toMatchObject({ BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } })
  })
})
