import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'
import { applyEdit as apply, fixRoundTrip as roundTrip, strict } from '../../helpers/fix-round-trip.js'

/** Scans, applies the finding's suggested edit, scans again: the finding must be gone and nothing may break. */
const fixRoundTrip = (file: string, text: string, ruleId: string) => roundTrip({ [file]: text }, file, ruleId)

const BUCKET = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n'

describe('CloudFormation fixes', () => {
  it('adds a full public access block under Properties', async () => {
    const { edit, fixed } = await fixRoundTrip(
      't.yaml',
      BUCKET + '    Properties:\n      BucketName: data\n',
      'block-public-access-incomplete',
    )
    expect(edit).toMatchObject({ startLine: 5, endLine: 5 })
    expect(fixed).toContain('      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n')
  })

  it('creates Properties when the bucket has none', async () => {
    const { fixed } = await fixRoundTrip('t.yaml', BUCKET, 'versioning-disabled')
    expect(fixed).toContain('    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled')
  })

  it('replaces a partial public access block', async () => {
    await fixRoundTrip(
      't.yaml',
      BUCKET + '    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: false\n',
      'block-public-access-incomplete',
    )
  })

  it('sets a scalar in place, keeping the rest of the line', async () => {
    const { edit } = await fixRoundTrip(
      't.yaml',
      BUCKET + '    Properties:\n      VersioningConfiguration:\n        Status: Suspended # for now\n',
      'versioning-disabled',
    )
    expect(edit).toMatchObject({ startLine: 7, endLine: 7, replacement: '        Status: Enabled # for now' })
  })

  it('adds BucketKeyEnabled next to the default encryption', async () => {
    await fixRoundTrip(
      't.yaml',
      BUCKET +
        '    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n',
      'bucket-key-disabled',
    )
  })

  it('appends the TLS deny statement to an existing bucket policy', async () => {
    const text =
      BUCKET +
      '  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: {AWS: "arn:aws:iam::111122223333:root"}\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n'
    const { fixed } = await fixRoundTrip('t.yaml', text, 'tls-not-enforced')
    expect(fixed).toContain('          - Sid: DenyInsecureTransport\n')
  })

  it('adds a bucket policy with the TLS deny when there is none', async () => {
    await fixRoundTrip('t.yaml', BUCKET + '    Properties:\n      BucketName: data\n', 'tls-not-enforced')
  })

  it('removes a public canned ACL', async () => {
    await fixRoundTrip('t.yaml', BUCKET + '    Properties:\n      BucketName: data\n      AccessControl: PublicRead\n', 'acl-public-read')
  })

  it('inserts a property into a JSON template with a trailing comma', async () => {
    const json =
      '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "BucketName": "data"\n      }\n    }\n  }\n}\n'
    const { fixed } = await fixRoundTrip('t.json', json, 'versioning-disabled')
    expect(() => JSON.parse(fixed)).not.toThrow()
  })

  it('sets a JSON scalar in place', async () => {
    const json =
      '{"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": {\n  "VersioningConfiguration": {"Status": "Suspended"}\n}}}}\n'
    const { fixed } = await fixRoundTrip('t.json', json, 'versioning-disabled')
    expect(JSON.parse(fixed).Resources.Data.Properties.VersioningConfiguration.Status).toBe('Enabled')
  })

  it('gives no edit for a value built by an intrinsic function', async () => {
    const r = await scanFiles({
      't.yaml':
        'Parameters:\n  V: {Type: String, Default: Suspended}\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: !Ref V\n',
    })
    expect(r.findings.find((f) => f.ruleId === 'versioning-disabled')?.edit).toBeUndefined()
  })

  it('gives no encryption edit that would throw away a conditional choice of key', async () => {
    const conditional = (ifYaml: string) =>
      'Parameters:\n  Env: {Type: String}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:\n  Key:\n    Type: AWS::KMS::Key\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:' +
      ifYaml
    const yaml = conditional(
      '\n        !If\n          - IsProd\n          - ServerSideEncryptionConfiguration:\n              - ServerSideEncryptionByDefault:\n                  SSEAlgorithm: aws:kms\n                  KMSMasterKeyID: !GetAtt Key.Arn\n          - ServerSideEncryptionConfiguration:\n              - ServerSideEncryptionByDefault:\n                  SSEAlgorithm: AES256\n',
    )
    const json = JSON.stringify({
      Resources: {
        Data: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketEncryption: {
              'Fn::If': [
                'IsProd',
                {
                  ServerSideEncryptionConfiguration: [
                    { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'KeyArn' } } },
                  ],
                },
                { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
              ],
            },
          },
        },
      },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Parameters: { Env: { Type: 'String' }, KeyArn: { Type: 'String' } },
    })
    const r = await scanFiles({ 't.yaml': yaml, 't.json': json }, strict)
    for (const file of ['t.yaml', 't.json']) {
      const encryption = r.findings.filter((f) => f.location.file === file && /^(sse-c-not-blocked|encryption-not-kms)$/.test(f.ruleId))
      expect(encryption.length).toBeGreaterThan(0)
      expect(encryption.map((f) => [f.ruleId, f.edit])).toEqual(encryption.map((f) => [f.ruleId, undefined]))
    }
  })

  it('never edits whole lines shared with other entries of a flow-style mapping', async () => {
    // Removing the ACL or replacing the public access block by whole lines would delete the
    // bucket written on one line, or break the YAML; in place edits of a scalar are fine.
    for (const text of [
      'Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {BucketName: b, AccessControl: PublicRead, VersioningConfiguration: {Status: Suspended}, PublicAccessBlockConfiguration: {BlockPublicAcls: false}}}\n',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: b, AccessControl: PublicRead, PublicAccessBlockConfiguration: {BlockPublicAcls: false}}\n',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n      BucketEncryption: {ServerSideEncryptionConfiguration: [{ServerSideEncryptionByDefault: {SSEAlgorithm: AES256}}]}\n',
      // Flow mappings written over several lines: one opened at the end of the `Properties:` line,
      // on the line after it, or the whole resource.
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {\n      BucketName: b\n    }\n',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      {BucketName: b,\n       Tags: []}\n',
      "Resources:\n  B: {Type: 'AWS::S3::Bucket', Properties: {\n      BucketName: b,\n      AccessControl: PublicRead}}\n",
      // A flow collection the tree ends before its closing bracket, on a line of its own: a new
      // policy after the bucket belongs after the bracket, not inside it.
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n      Tags: [\n        {Key: a, Value: b}\n      ]\n  T:\n    Type: AWS::SNS::Topic\n',
      'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n      VersioningConfiguration: {\n        Status: Suspended\n      }\n',
    ]) {
      const before = await scanFiles({ 't.yaml': text }, strict)
      for (const f of before.findings.filter((x) => x.edit)) {
        const after = await scanFiles({ 't.yaml': apply(text, f.edit!) }, strict)
        expect({ rule: f.ruleId, errors: after.problems.filter((p) => p.level === 'error'), buckets: after.stats.buckets }).toEqual({
          rule: f.ruleId,
          errors: [],
          buckets: 1,
        })
      }
    }
    // A block-style entry whose value is a flow mapping is still replaced whole, also when it
    // ends in a quoted scalar or sits behind a tag.
    await fixRoundTrip(
      't.yaml',
      BUCKET + '    Properties:\n      PublicAccessBlockConfiguration: {BlockPublicAcls: false}\n      BucketName: b\n',
      'block-public-access-incomplete',
    )
    await fixRoundTrip(
      't.yaml',
      BUCKET + '    Properties:\n      VersioningConfiguration: {Status: "Suspended"}  # for now\n',
      'versioning-disabled',
    )
    const tagged = await scanFiles(
      {
        't.yaml':
          'Parameters:\n  Env: {Type: String, Default: dev, AllowedValues: [dev]}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n' +
          BUCKET.slice(BUCKET.indexOf('Resources')) +
          '    Properties:\n      VersioningConfiguration: !If [IsProd, {Status: Enabled}, !Ref "AWS::NoValue"]\n',
      },
      strict,
    )
    expect(tagged.findings.find((f) => f.ruleId === 'versioning-disabled')?.edit).toMatchObject({ startLine: 9, endLine: 9 })
  })
})
