/**
 * A bucket policy in a nested stack's template for a bucket its parent passes it (`BucketName:
 * !Ref Data`, CDK's `referencetoParent…Ref`) is that bucket's policy: the parent's bucket has no
 * "no policy" findings, in a scan and in a merge of shards alike, and the statements are judged
 * in the nested template. Anything else passed, or a policy for another parameter, is not linked.
 */
import { describe, expect, it } from 'vitest'
import { validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { shardOf } from '../../src/scan.js'
import { hits, scanFiles } from '../helpers/scan-files.js'
import { scanWholeAndInShards } from '../helpers/whole-and-shards.js'

const bucket = (id: string, properties = '') => `  ${id}:
    Type: AWS::S3::Bucket
    Properties:
${properties}      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`

/** `Data` at line 2; the nested stack's `Parameters` entries at line 15 on. */
const parent = (parameters: string, { child = './policy.yaml', stack = '', properties = '', more = '' } = {}) => `Resources:
${bucket('Data', properties)}  Policies:
    Type: AWS::CloudFormation::Stack
${stack}    Properties:
      TemplateURL: ${child}
      Parameters:
${parameters}${more}`

/** With one parameter, `DataPolicy` at line 5, its `Bucket` at 8 and `PolicyDocument` at 9: a TLS Deny on `resources`. */
const child = (bucketRef: string, resources: string[], { parameters = ['BucketName'], policy = '' } = {}) => `Parameters:
${parameters.map((p) => `  ${p}:\n    Type: String\n`).join('')}Resources:
  DataPolicy:
    Type: AWS::S3::BucketPolicy
${policy}    Properties:
      Bucket: ${bucketRef}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource:
${resources.map((r) => `              - ${r}\n`).join('')}            Condition:
              Bool:
                aws:SecureTransport: false
`

const BY_NAME = ["!Sub 'arn:aws:s3:::${BucketName}'", "!Sub 'arn:aws:s3:::${BucketName}/*'"]

const policyRules = ['bucket-policy-missing', 'tls-not-enforced']
const policyHits = (r: Parameters<typeof hits>[0]) =>
  r.findings
    .filter((f) => !f.suppressed && policyRules.includes(f.ruleId))
    .map((f) => `${f.ruleId}@${f.location.file}:${f.location.line}`)
    .sort()
const policyUnknowns = (r: { unknowns: { ruleId: string; location: { file: string; line: number } }[] }) =>
  r.unknowns
    .filter((u) => policyRules.includes(u.ruleId))
    .map((u) => `${u.ruleId}@${u.location.file}:${u.location.line}`)
    .sort()

describe('bucket policies in nested stacks', () => {
  it('takes a nested template’s policy on the bucket its parent passes by name as that bucket’s own', async () => {
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n'),
      'policy.yaml': child('!Ref BucketName', BY_NAME),
    })
    expect(r.problems).toEqual([])
    expect(policyHits(r)).toEqual([])
    expect(policyUnknowns(r)).toEqual([])
    expect(hits(r, 'versioning-disabled')).toEqual(['versioning-disabled@2'])
    expect(r.notes.some((n) => /2 findings about a missing bucket policy/.test(n))).toBe(true)
  })

  it('judges the statements in the nested template: a policy without the TLS Deny is reported there', async () => {
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n'),
      'policy.yaml': child('!Ref BucketName', BY_NAME).replace('aws:SecureTransport: false', 'aws:SecureTransport: true'),
    })
    expect(policyHits(r)).toEqual(['tls-not-enforced@policy.yaml:9'])
    expect(policyUnknowns(r)).toEqual([])
  })

  it('keeps the findings of a bucket when the nested policy is for another bucket passed to it', async () => {
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n        LogsName: !Ref Logs\n', { more: bucket('Logs') }),
      'policy.yaml': child('!Ref LogsName', ["!Sub 'arn:aws:s3:::${LogsName}'", "!Sub 'arn:aws:s3:::${LogsName}/*'"], {
        parameters: ['BucketName', 'LogsName'],
      }),
    })
    expect(policyHits(r)).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
    expect(policyUnknowns(r)).toEqual([])
  })

  it('does not link a parameter the parent passes as anything but the bucket’s name', async () => {
    for (const passed of ["!Sub '${Data}-copy'", '!GetAtt Data.Arn', '!Ref AWS::StackName', 'acme-data']) {
      const r = await scanFiles({
        'parent.yaml': parent(`        BucketName: ${passed}\n`),
        'policy.yaml': child('!Ref BucketName', BY_NAME),
      })
      expect(
        policyHits(r).filter((h) => h.includes('parent.yaml')),
        passed,
      ).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
    }
  })

  it('links a policy by the literal name the parent passes when its bucket has that name', async () => {
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: acme-data\n', { properties: '      BucketName: acme-data\n' }),
      'policy.yaml': child('!Ref BucketName', BY_NAME),
    })
    expect(policyHits(r)).toEqual([])
    expect(policyUnknowns(r)).toEqual([])
  })

  it('reads an ARN passed beside the name (`!GetAtt Data.Arn`) as the same bucket’s', async () => {
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n        BucketArn: !GetAtt Data.Arn\n'),
      'policy.yaml': child('!Ref BucketName', ['!Ref BucketArn', "!Sub '${BucketArn}/*'"], { parameters: ['BucketName', 'BucketArn'] }),
    })
    expect(policyHits(r)).toEqual([])
    expect(policyUnknowns(r)).toEqual([])
    // The ARN of another bucket is not this one's: the statement cannot be shown to cover it.
    const other = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n        BucketArn: !GetAtt Logs.Arn\n', { more: bucket('Logs') }),
      'policy.yaml': child('!Ref BucketName', ['!Ref BucketArn', "!Sub '${BucketArn}/*'"], { parameters: ['BucketName', 'BucketArn'] }),
    })
    expect(policyHits(other)).toEqual(['bucket-policy-missing@parent.yaml:16', 'tls-not-enforced@parent.yaml:16'])
    expect(policyUnknowns(other)).toEqual(['tls-not-enforced@policy.yaml:11'])
  })

  it('makes the findings unknown, naming the policy, when the nested stack or its policy may not be deployed', async () => {
    const conditions = 'Parameters:\n  Env:\n    Type: String\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n'
    const r = await scanFiles({
      'parent.yaml': conditions + parent('        BucketName: !Ref Data\n', { stack: '    Condition: IsProd\n' }),
      'policy.yaml': child('!Ref BucketName', BY_NAME),
    })
    expect(policyHits(r)).toEqual([])
    expect(policyUnknowns(r)).toEqual(['bucket-policy-missing@parent.yaml:7', 'tls-not-enforced@parent.yaml:7'])
    const why = r.unknowns.find((u) => u.ruleId === 'bucket-policy-missing')!.why
    expect(why).toContain('DataPolicy (policy.yaml:8, parameter BucketName of nested template policy.yaml)')
    const policyMaybe = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n'),
      'policy.yaml': child('!Ref BucketName', BY_NAME, { parameters: ['BucketName', 'Env'], policy: '    Condition: IsProd\n' }).replace(
        'Resources:',
        'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:',
      ),
    })
    expect(policyHits(policyMaybe).filter((h) => h.includes('parent.yaml'))).toEqual([])
    expect(policyUnknowns(policyMaybe).filter((u) => u.includes('parent.yaml'))).toEqual([
      'bucket-policy-missing@parent.yaml:2',
      'tls-not-enforced@parent.yaml:2',
    ])
  })

  it('takes a CDK nested stack’s policy on the bucket its parent passes (`referencetoParent…Ref`) as that bucket’s own', async () => {
    const ref = 'referencetoParentDataB0C3A1E2Ref'
    const arn = 'referencetoParentDataB0C3A1E2Arn'
    const nested = (bucketParameter: string) =>
      JSON.stringify(
        {
          Parameters: { [ref]: { Type: 'String' }, [arn]: { Type: 'String' } },
          Resources: {
            DataPolicy: {
              Type: 'AWS::S3::BucketPolicy',
              Properties: {
                Bucket: { Ref: bucketParameter },
                PolicyDocument: {
                  Statement: [
                    {
                      Effect: 'Deny',
                      Principal: { AWS: '*' },
                      Action: 's3:*',
                      Resource: [{ Ref: arn }, { 'Fn::Join': ['', [{ Ref: arn }, '/*']] }],
                      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                    },
                  ],
                  Version: '2012-10-17',
                },
              },
              Metadata: { 'aws:cdk:path': 'Parent/Policies/DataPolicy/Resource' },
            },
          },
        },
        null,
        1,
      )
    const assembly = (bucketParameter: string) => ({
      'cdk.out/manifest.json': JSON.stringify({
        version: '36.0.0',
        artifacts: {
          Parent: {
            type: 'aws:cloudformation:stack',
            environment: 'aws://unknown-account/unknown-region',
            properties: { templateFile: 'Parent.template.json' },
          },
        },
      }),
      'cdk.out/Parent.template.json': JSON.stringify(
        {
          Resources: {
            DataB0C3A1E2: {
              Type: 'AWS::S3::Bucket',
              Properties: {
                BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
              },
              Metadata: { 'aws:cdk:path': 'Parent/Data/Resource' },
            },
            PoliciesNestedStackPoliciesNestedStackResource1A2B3C4D: {
              Type: 'AWS::CloudFormation::Stack',
              Properties: {
                TemplateURL: 'https://s3.amazonaws.com/cdk-assets/policies.json',
                Parameters: { [ref]: { Ref: 'DataB0C3A1E2' }, [arn]: { 'Fn::GetAtt': ['DataB0C3A1E2', 'Arn'] } },
              },
              Metadata: {
                'aws:cdk:path': 'Parent/Policies.NestedStack/Policies.NestedStackResource',
                'aws:asset:path': 'ParentPolicies1A2B3C4D.nested.template.json',
              },
            },
          },
        },
        null,
        1,
      ),
      'cdk.out/ParentPolicies1A2B3C4D.nested.template.json': nested(bucketParameter),
    })
    const r = await scanFiles(assembly(ref))
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(policyHits(r)).toEqual([])
    expect(policyUnknowns(r)).toEqual([])
    expect(hits(r, 'versioning-disabled')).toEqual(['versioning-disabled@3'])
    // A policy on a parameter the parent passes something else (here: the ARN) is not the bucket's.
    const other = await scanFiles(assembly(arn))
    expect(policyHits(other).filter((h) => h.includes('Parent.template.json'))).toEqual([
      'bucket-policy-missing@cdk.out/Parent.template.json:3',
      'tls-not-enforced@cdk.out/Parent.template.json:3',
    ])
  })

  it('follows a bucket passed on through a nested stack to the policy of a nested stack of its own', async () => {
    // The middle template passes its own parameter on (`Name: !Ref BucketName`), as CDK does for a
    // grandchild that uses the grandparent's bucket.
    const middle = (stack = '', name = 'Name: !Ref BucketName') => `Parameters:
  BucketName:
    Type: String
  Env:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Inner:
    Type: AWS::CloudFormation::Stack
${stack}    Properties:
      TemplateURL: ./inner/policy.yaml
      Parameters:
        ${name}
`
    const inner = child('!Ref Name', ["!Sub 'arn:aws:s3:::${Name}'", "!Sub 'arn:aws:s3:::${Name}/*'"], { parameters: ['Name'] })
    const r = await scanWholeAndInShards({
      'parent.yaml': parent('        BucketName: !Ref Data\n', { child: './middle.yaml' }),
      'middle.yaml': middle(),
      'inner/policy.yaml': inner,
    })
    expect(r.whole.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(policyHits(r.whole)).toEqual([])
    expect(policyUnknowns(r.whole)).toEqual([])
    expect(hits(r.whole, 'versioning-disabled')).toEqual(['versioning-disabled@2'])

    // The inner stack deployed only maybe: unknown, naming the policy.
    const maybe = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n', { child: './middle.yaml' }),
      'middle.yaml': middle('    Condition: IsProd\n'),
      'inner/policy.yaml': inner,
    })
    expect(policyHits(maybe)).toEqual([])
    expect(policyUnknowns(maybe)).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
    expect(maybe.unknowns.find((u) => u.ruleId === 'bucket-policy-missing')!.why).toContain(
      'parameter Name of nested template inner/policy.yaml',
    )

    // Something else passed on (a pseudo parameter, another parameter): the bucket's findings stay.
    for (const name of ['Name: !Ref Env', 'Name: !Ref AWS::StackName', "Name: !Sub '${BucketName}-copy'"]) {
      const other = await scanFiles({
        'parent.yaml': parent('        BucketName: !Ref Data\n', { child: './middle.yaml' }),
        'middle.yaml': middle('', name),
        'inner/policy.yaml': inner,
      })
      expect(policyHits(other), name).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
    }
  })

  it('makes the findings unknown when the nested policy names the passed bucket under a condition not known statically', async () => {
    const withCondition = (bucketRef: string) =>
      child(bucketRef, BY_NAME, { parameters: ['BucketName', 'Env'] }).replace(
        'Resources:',
        'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\nResources:',
      )
    for (const ref of ['!If [IsProd, !Ref BucketName, other-bucket]', '!If [IsProd, !Ref Env, !Ref BucketName]']) {
      const r = await scanFiles({
        'parent.yaml': parent('        BucketName: !Ref Data\n'),
        'policy.yaml': withCondition(ref),
      })
      expect(
        policyHits(r).filter((h) => h.includes('parent.yaml')),
        ref,
      ).toEqual([])
      expect(
        policyUnknowns(r).filter((u) => u.includes('parent.yaml')),
        ref,
      ).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
    }
    // Neither branch is the passed parameter: the findings stay.
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n'),
      'policy.yaml': withCondition('!If [IsProd, !Ref Env, other-bucket]'),
    })
    expect(policyHits(r).filter((h) => h.includes('parent.yaml'))).toEqual([
      'bucket-policy-missing@parent.yaml:2',
      'tls-not-enforced@parent.yaml:2',
    ])
  })

  it('stops at the parameters already reached when a template nests itself', async () => {
    const loop = `Parameters:
  BucketName:
    Type: String
Resources:
  Again:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./loop.yaml
      Parameters:
        BucketName: !Ref BucketName
`
    const r = await scanFiles({
      'parent.yaml': parent('        BucketName: !Ref Data\n', { child: './loop.yaml' }),
      'loop.yaml': loop,
    })
    expect(policyHits(r)).toEqual(['bucket-policy-missing@parent.yaml:2', 'tls-not-enforced@parent.yaml:2'])
  })

  it('checks the parameters passed on in a shard file like the rest of it', async () => {
    const r = await scanFiles({ 'parent.yaml': parent('        BucketName: !Ref Data\n') }, { shard: { index: 1, count: 1 } })
    const json = JSON.parse(renderJson(r))
    json.shard.links.forwards = [{ from: 'a', to: 'b', maybe: 'yes' }]
    expect(() => validateCliJson(json)).toThrow(/forwards\[0\]\.maybe/)
    json.shard.links.forwards = [{ from: 'a', to: 'b', maybe: false }]
    expect(validateCliJson(json).shard?.links?.forwards).toEqual([{ from: 'a', to: 'b', maybe: false }])
  })

  it('gives the same answer in a merge of shards as in one scan', async () => {
    // Names whose shards differ by the file alone: the nested template goes to its parent's.
    const names = ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml']
    const parentFile = names.find((n) => shardOf(n, 2) === 1)!
    const childFile = names.find((n) => shardOf(n, 2) === 2)!
    const files = {
      [parentFile]: parent('        BucketName: !Ref Data\n        BucketArn: !GetAtt Data.Arn\n', { child: childFile }),
      [childFile]: child('!Ref BucketName', ['!Ref BucketArn', "!Sub '${BucketArn}/*'"], { parameters: ['BucketName', 'BucketArn'] }),
      'other.yaml': `Resources:\n${bucket('Other')}`,
    }
    const { whole } = await scanWholeAndInShards(files)
    expect(policyHits(whole)).toEqual(['bucket-policy-missing@other.yaml:2', 'tls-not-enforced@other.yaml:2'])
  })
})
