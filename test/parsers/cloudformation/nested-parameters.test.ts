/**
 * A nested stack is deployed with what its parent passes to its parameters, whatever their
 * defaults say: `Acl: PublicReadWrite` passed to a child whose `Acl` defaults to `Private` is public.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const CHILD = `Parameters:
  Acl:
    Type: String
    Default: Private
  Name:
    Type: String
    Default: data
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref Name
      AccessControl: !Ref Acl
`

const acl = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  [
    ...r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `finding ${f.location.file}:${f.location.line}`),
    ...r.unknowns.filter((u) => u.ruleId === 'acl-public-write').map((u) => `unknown ${u.location.file}:${u.location.line}`),
  ].sort()

describe('nested stack parameters', () => {
  it('are what the parent passes: CloudFormation TemplateURL and SAM Location to local files', async () => {
    const r = await scanFiles({
      'parent.yaml':
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  App:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location: ./stacks/a.yaml\n      Parameters:\n        Acl: PublicReadWrite\n' +
        '  Cfn:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: stacks/b.yaml\n      Parameters:\n        Acl: !Ref AWS::Region\n',
      'stacks/a.yaml': CHILD,
      'stacks/b.yaml': CHILD,
      'stacks/alone.yaml': CHILD,
    })
    expect(acl(r)).toEqual(['finding stacks/a.yaml:13', 'unknown stacks/b.yaml:13'])
  })

  it('leave a parameter unknown when two parents pass different values', async () => {
    const parent = (value: string) =>
      `Resources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./child.yaml\n      Parameters:\n        Acl: ${value}\n`
    const r = await scanFiles({ 'p1.yaml': parent('Private'), 'p2.yaml': parent('PublicReadWrite'), 'child.yaml': CHILD })
    expect(acl(r)).toEqual(['unknown child.yaml:13'])
  })

  it('count a parent that leaves a parameter out as passing its default', async () => {
    const parent = (parameters: string) =>
      `Resources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./child.yaml\n${parameters}`
    const passes = (value: string) => `      Parameters:\n        Acl: ${value}\n`
    // One parent deploys the child public (its default), the other private: not a pass.
    const publicDefault = CHILD.replace('Default: Private', 'Default: PublicReadWrite')
    const mixed = await scanFiles({ 'p1.yaml': parent(passes('Private')), 'p2.yaml': parent(''), 'child.yaml': publicDefault })
    expect(acl(mixed)).toEqual(['unknown child.yaml:13'])
    expect(mixed.unknowns.find((u) => u.ruleId === 'acl-public-write')?.why).toContain('left at its default by another')
    // The default is what the other parent passes: both deploy it public.
    const same = await scanFiles({ 'p1.yaml': parent(passes('PublicReadWrite')), 'p2.yaml': parent(''), 'child.yaml': publicDefault })
    expect(acl(same)).toEqual(['finding child.yaml:13'])
  })

  it('are passed on from a child to a nested stack of its own', async () => {
    const stack = (template: string, acl: string) =>
      `Parameters:\n  Acl:\n    Type: String\n    Default: Private\nResources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${template}\n      Parameters:\n        Acl: ${acl}\n`
    // parent → middle (its Acl defaults to Private) → child: PublicReadWrite reaches the child.
    const r = await scanFiles({
      'parent.yaml': stack('./middle.yaml', 'PublicReadWrite'),
      'middle.yaml': stack('./child.yaml', '!Ref Acl'),
      'child.yaml': CHILD,
    })
    expect(acl(r)).toEqual(['finding child.yaml:13'])
    // Three levels down, and the middle's default when nothing is passed to it.
    const deeper = await scanFiles({
      'parent.yaml': stack('./a.yaml', 'PublicReadWrite'),
      'a.yaml': stack('./b.yaml', '!Ref Acl'),
      'b.yaml': stack('./child.yaml', '!Ref Acl'),
      'child.yaml': CHILD,
      'other.yaml': stack('./other-child.yaml', '!Ref Acl'),
      'other-child.yaml': CHILD.replace('Default: Private', 'Default: PublicReadWrite'),
    })
    expect(acl(deeper)).toEqual(['finding child.yaml:13'])
    // A value known only at deploy time, passed on: unknown, as it is one level down.
    const unknown = await scanFiles({
      'parent.yaml': stack('./middle.yaml', '!Ref AWS::Region'),
      'middle.yaml': stack('./child.yaml', '!Ref Acl'),
      'child.yaml': CHILD,
    })
    expect(acl(unknown)).toEqual(['unknown child.yaml:13'])
  })

  it('leave what a template nesting itself passes on unknown where its parents disagree, and end', async () => {
    const loop = `Parameters:\n  Acl:\n    Type: String\n    Default: Private\nResources:\n  Again:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./loop.yaml\n      Parameters:\n        Acl: !Ref Acl\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !Ref Acl\n`
    const r = await scanFiles({
      'parent.yaml': `Resources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./loop.yaml\n      Parameters:\n        Acl: PublicReadWrite\n`,
      'loop.yaml': loop,
    })
    expect(acl(r)).toEqual(['unknown loop.yaml:15'])
  })

  it('warn where the parent names a local template that is not in the scan', async () => {
    const r = await scanFiles({
      'parent.yaml':
        'Resources:\n  Gone:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./missing.yaml\n' +
        '  Here:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./child.yaml\n' +
        '  Remote:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/t.yaml\n',
      'child.yaml': CHILD,
    })
    expect(r.problems.filter((p) => p.code === 'NESTED_TEMPLATE_MISSING').map((p) => [p.file, p.line, p.column, p.level])).toEqual([
      ['parent.yaml', 5, 20, 'warning'],
    ])
  })

  it('are what the parent passes in a CDK assembly', async () => {
    const r = await scanFiles({
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
      'cdk.out/Parent.template.json': JSON.stringify({
        Resources: {
          ChildNested: {
            Type: 'AWS::CloudFormation::Stack',
            Properties: { TemplateURL: 'https://s3.amazonaws.com/cdk-assets/child.json', Parameters: { Acl: 'PublicReadWrite' } },
            Metadata: {
              'aws:cdk:path': 'Parent/Child.NestedStack/Child.NestedStackResource',
              'aws:asset:path': 'Child.nested.template.json',
            },
          },
        },
      }),
      'cdk.out/Child.nested.template.json': JSON.stringify(
        {
          Parameters: { Acl: { Type: 'String', Default: 'Private' } },
          Resources: { Data: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: { Ref: 'Acl' } } } },
        },
        null,
        1,
      ),
    })
    expect(acl(r)).toEqual(['finding cdk.out/Child.nested.template.json:12'])
  })
})
