import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../../src/scan-result.js'
import { decisions, everyOutput } from '../../helpers/every-output.js'
import { findingsOf, scanFiles } from '../../rules/helpers.js'

function unknownsOf(r: ScanResult, ruleId: string): { why: string; file: string; resource: string }[] {
  return r.unknowns.filter((u) => u.ruleId === ruleId).map((u) => ({ why: u.why, file: u.location.file, resource: u.resource }))
}

const hidden = (name: string) => `parameter ${name} is NoEcho; s3-gate does not read values CloudFormation hides`

const SECRETS = ['737373737373', '616161616161', 'zz-hidden-bucket-name', 'zz-hidden-env']

/** NoEcho parameters feeding a principal, an ACL, a bucket name and a condition, beside a plain bucket. */
const YAML = (noEcho: boolean) => `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  TrustedAccount:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    Default: '737373737373'
  Acl:
    Type: String
    ${noEcho ? 'NoEcho: "true"' : ''}
    Default: PublicReadWrite
  DataName:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    Default: zz-hidden-bucket-name
  Env:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    AllowedValues: [zz-hidden-env]
    Default: zz-hidden-env
Conditions:
  IsHiddenEnv: !Equals [!Ref Env, zz-hidden-env]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref DataName
      AccessControl: !Ref Acl
      VersioningConfiguration: !If [IsHiddenEnv, { Status: Suspended }, { Status: Enabled }]
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref DataName
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::\${TrustedAccount}:root' }
            Action: s3:PutObjectAcl
            Resource: !Sub 'arn:aws:s3:::\${DataName}/*'
  Plain:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
`

/** A one-line JSON template: a suggestion there repeats the whole file, the NoEcho default with it. */
const JSON_TEMPLATE = (noEcho: boolean) =>
  JSON.stringify({
    Parameters: { Admin: { Type: 'String', ...(noEcho ? { NoEcho: true } : {}), Default: '616161616161' } },
    Resources: {
      Logs: { Type: 'AWS::S3::Bucket', Properties: { VersioningConfiguration: { Status: 'Suspended' } } },
      LogsPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: 'Logs' },
          PolicyDocument: {
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'Admin' }, ':root']] } },
                Action: 's3:PutBucketPolicy',
                Resource: { 'Fn::GetAtt': ['Logs', 'Arn'] },
              },
            ],
          },
        },
      },
    },
  })

const FILES = (noEcho: boolean) => ({ 'template.yaml': YAML(noEcho), 'one-line.json': JSON_TEMPLATE(noEcho) })

describe('CloudFormation NoEcho parameters', () => {
  it('are quoted in findings and suggestions when not NoEcho, so the templates below would leak them', async () => {
    const r = await scanFiles(FILES(false))
    const out = everyOutput(r)
    for (const s of ['737373737373', '616161616161']) expect(out).toContain(s)
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['Data'])
    // `AllowedValues` of one value decides the condition: versioning is suspended.
    expect(findingsOf(r, 'versioning-disabled').map((f) => f.resource)).toContain('Data')
    expect(findingsOf(r, 'versioning-disabled').find((f) => f.resource === 'Logs')?.edit).toBeDefined()
  })

  it('appear in no output when NoEcho: not in messages, unknowns, suggestions, JSON, SARIF or text', async () => {
    const r = await scanFiles(FILES(true))
    const out = everyOutput(r)
    for (const s of SECRETS) expect(out).not.toContain(s)
  })

  it('are read all the same: the gate decides as without NoEcho, and masks them in the words', async () => {
    // Read as unknown, `NoEcho: true` on a `PublicReadWrite` default let it through the gate.
    const r = await scanFiles(FILES(true))
    const shown = await scanFiles(FILES(false))
    // Lines aside: `NoEcho` takes a line of the YAML template.
    expect(decisions(r, { lines: false })).toEqual(decisions(shown, { lines: false }))
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['Data'])
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions').map((f) => f.resource)).toEqual(['LogsPolicy', 'DataPolicy'])
    expect(unknownsOf(r, 'acl-public-write')).toEqual([])
  })

  it('leave their neighbours evaluated as before', async () => {
    const r = await scanFiles(FILES(true))
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['Plain'])
    expect(r.unknowns.filter((u) => u.resource === 'Plain')).toEqual([])
  })

  it('offer no suggestion that would repeat the line of a NoEcho default; the finding stays', async () => {
    const r = await scanFiles(FILES(true))
    const logs = findingsOf(r, 'versioning-disabled').find((f) => f.resource === 'Logs')
    expect(logs).toBeDefined()
    expect(logs!.edit).toBeUndefined()
    // The YAML template's suggestions touch the bucket's lines only, so they are still offered.
    expect(findingsOf(r, 'encryption-not-kms').find((f) => f.resource === 'Data')?.edit).toBeDefined()
  })

  it('reads a NoEcho parameter with more texts than can be masked as unknown, naming it, and quotes none', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `zz-name-${1000 + i}`).join(',')
    const r = await scanFiles({
      'template.yaml': `
Parameters:
  Names: { Type: CommaDelimitedList, NoEcho: true, Default: '${names}' }
  Acl: { Type: String, NoEcho: true, Default: PublicReadWrite }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Select [0, !Ref Names]
      AccessControl: !Ref Acl
  Other:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Select [1, !Ref Names]
`,
    })
    expect(everyOutput(r)).not.toMatch(/zz-name-\d|PublicReadWrite/)
    expect(unknownsOf(r, 'acl-public-write')).toEqual([{ why: hidden('Names'), file: 'template.yaml', resource: 'Other' }])
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['Data'])
  })

  it('hide what Fn::Split makes of them: a principal cut from a NoEcho list', async () => {
    const template = (noEcho: boolean) => `
Parameters:
  Principals:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    Default: arn:aws:iam::737373737373:user/zz-alice,arn:aws:iam::616161616161:user/zz-bob
Resources:
  B:
    Type: AWS::S3::Bucket
  P:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Select [1, !Split [",", !Ref Principals]]
            Action: s3:PutBucketPolicy
            Resource: !GetAtt B.Arn
`
    expect(everyOutput(await scanFiles({ 'template.yaml': template(false) }))).toContain('zz-bob')
    const r = await scanFiles({ 'template.yaml': template(true) })
    expect(everyOutput(r)).not.toMatch(/zz-alice|zz-bob|737373737373|616161616161/)
    expect(decisions(r)).toEqual(decisions(await scanFiles({ 'template.yaml': template(false) })))
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions').map((f) => f.resource)).toEqual(['P'])
  })

  it('keep linking a bucket named by a NoEcho parameter to the policy naming it the same way', async () => {
    for (const noEcho of [false, true]) {
      const r = await scanFiles({ 'template.yaml': YAML(noEcho) })
      expect(findingsOf(r, 'bucket-policy-missing').map((f) => f.resource)).toEqual(['Plain'])
    }
  })
})

const PARENT = (noEcho: boolean) => `
Parameters:
  Secret:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    Default: PublicReadWrite
  Account:
    Type: String
    ${noEcho ? 'NoEcho: true' : ''}
    Default: '424242424242'
Resources:
  Data:
    Type: AWS::S3::Bucket
  Child:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./child.yaml
      Parameters:
        Acl: !Ref Secret
        Trusted: !Sub '\${Account}'
        Given: PublicRead
        BucketName: !Ref Data
`

const CHILD = (noEcho: boolean) => `
Parameters:
  Acl: { Type: String, Default: Private }
  Trusted: { Type: String, Default: '111122223333' }
  Given: { Type: String, ${noEcho ? 'NoEcho: true, ' : ''}Default: Private }
  BucketName: { Type: String${noEcho ? ', NoEcho: true' : ''} }
Resources:
  A:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
  B:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Given
  APolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref A
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::\${Trusted}:root' }
            Action: s3:PutObjectAcl
            Resource: !Sub '\${A.Arn}/*'
  ParentPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref BucketName
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub 'arn:aws:s3:::\${BucketName}/*'
`

describe('NoEcho values passed to nested stacks', () => {
  it('are read as passed when nothing is NoEcho, so the stacks below would leak them', async () => {
    const r = await scanFiles({ 'parent.yaml': PARENT(false), 'child.yaml': CHILD(false) })
    expect(everyOutput(r)).toContain('424242424242')
    expect(findingsOf(r, 'acl-public-write').map((f) => f.resource)).toEqual(['A'])
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['B'])
  })

  it('stay hidden in the child, whether the parent parameter or the child parameter is NoEcho', async () => {
    const r = await scanFiles({ 'parent.yaml': PARENT(true), 'child.yaml': CHILD(true) })
    const out = everyOutput(r)
    for (const s of ['424242424242', 'PublicReadWrite']) expect(out).not.toContain(s)
    // A parent's NoEcho value is not passed on: the child would not know to mask it, and reads it as unknown.
    expect(findingsOf(r, 'acl-public-write')).toEqual([])
    expect(unknownsOf(r, 'acl-public-write').map((u) => [u.resource, u.why])).toEqual([
      ['A', 'parameter Acl is passed by the parent stack, and only known at deploy time'],
    ])
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions')).toEqual([])
    // A child's own NoEcho parameter is read as passed, and masked.
    expect(findingsOf(r, 'acl-public-read').map((f) => f.resource)).toEqual(['B'])
  })

  it('keep linking the parent bucket passed by name to a NoEcho parameter with the child policy on it', async () => {
    for (const noEcho of [false, true]) {
      const r = await scanFiles({ 'parent.yaml': PARENT(noEcho), 'child.yaml': CHILD(noEcho) })
      expect(findingsOf(r, 'bucket-policy-missing').map((f) => f.resource)).toEqual(['B'])
    }
  })
})

describe('CDK synth output', () => {
  it('reads a CfnParameter({ noEcho: true }) and masks it, as a template does', async () => {
    const template = JSON.parse(JSON_TEMPLATE(true)) as object
    const r = await scanFiles({
      'cdk.out/manifest.json': JSON.stringify({
        version: '36.0.0',
        artifacts: { App: { type: 'aws:cloudformation:stack', properties: { templateFile: 'App.template.json' } } },
      }),
      'cdk.out/App.template.json': JSON.stringify(template, null, 1),
    })
    expect(r.findings.filter((f) => f.format === 'cdk').length).toBeGreaterThan(0)
    expect(everyOutput(r)).not.toContain('616161616161')
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions').map((f) => f.location.file)).toEqual(['cdk.out/App.template.json'])
  })
})

describe('dynamic references', () => {
  const TEMPLATE = `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: '{{resolve:ssm:/app/acl}}'
      VersioningConfiguration:
        Status: !Sub '{{resolve:ssm:/\${AWS::StackName}/versioning}}'
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: 'arn:aws:iam::{{resolve:ssm-secure:/app/account}}:root' }
            Action: s3:PutObjectAcl
            Resource: !Sub '\${Data.Arn}/*'
`

  it('are unknowns, never read as the text they are (an ACL S3 rejects, another account)', async () => {
    const r = await scanFiles({ 'template.yaml': TEMPLATE })
    expect(findingsOf(r, 'policy-cross-account-dangerous-actions')).toEqual([])
    expect(unknownsOf(r, 'policy-cross-account-dangerous-actions').map((u) => u.resource)).toEqual(['Data'])
    expect(unknownsOf(r, 'acl-public-write')).toEqual([
      {
        why: '{{resolve:ssm:/app/acl}} is a dynamic reference: CloudFormation reads it from ssm when the stack is deployed',
        file: 'template.yaml',
        resource: 'Data',
      },
    ])
    expect(findingsOf(r, 'versioning-disabled')).toEqual([])
    expect(unknownsOf(r, 'versioning-disabled').map((u) => u.why)).toEqual([
      'a dynamic reference ({{resolve:...}}) whose name is only known at deploy time',
    ])
  })
})
