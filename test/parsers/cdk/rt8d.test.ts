/**
 * Red team 8d: the construct-id fallback (an assembly without creation traces) put findings on
 * lines that did not create the construct: a call of another class with the same id, a literal
 * that is only the start of the id (`'Data' + suffix`), a commented-out call or a docstring.
 */
import { afterAll, describe, expect, it } from 'vitest'
import type { Finding, FixIntent } from '../../../src/engine/finding.js'
import { overriddenProperties, renderCdkFix } from '../../../src/parsers/cdk/fix.js'
import { blankComments, cdkImports, findConstructCalls, libraryClassKey } from '../../../src/parsers/cdk/construct-calls.js'
import { bucketAt, removeTemps, scanDir, tempCopy, writeFiles } from './helpers.js'

afterAll(removeTemps)

/** An app whose assembly holds one bucket `AppStack/Data` (an L2 Bucket), with no creation traces. */
function appWith(sources: Record<string, string>, bucketFqn = 'aws-cdk-lib.aws_s3.Bucket'): string {
  const dir = tempCopy()
  const tree = {
    version: 'tree-0.1',
    tree: {
      id: 'App',
      path: '',
      children: {
        AppStack: {
          id: 'AppStack',
          path: 'AppStack',
          children: {
            Data: {
              id: 'Data',
              path: 'AppStack/Data',
              children: {
                Resource: { id: 'Resource', path: 'AppStack/Data/Resource', constructInfo: { fqn: 'aws-cdk-lib.aws_s3.CfnBucket' } },
              },
              constructInfo: { fqn: bucketFqn },
            },
          },
          constructInfo: { fqn: 'aws-cdk-lib.Stack' },
        },
      },
      constructInfo: { fqn: 'aws-cdk-lib.App' },
    },
  }
  writeFiles(dir, {
    ...sources,
    'cdk.out/cdk.out': '{"version":"36.0.0"}',
    'cdk.out/manifest.json': JSON.stringify({
      version: '36.0.0',
      artifacts: {
        Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
        AppStack: {
          type: 'aws:cloudformation:stack',
          environment: 'aws://unknown-account/unknown-region',
          properties: { templateFile: 'AppStack.template.json' },
          metadata: { '/AppStack/Data/Resource': [{ type: 'aws:cdk:logicalId', data: 'DataBucketE3889A50' }] },
        },
      },
    }),
    'cdk.out/tree.json': JSON.stringify(tree),
    'cdk.out/AppStack.template.json': JSON.stringify(
      { Resources: { DataBucketE3889A50: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'AppStack/Data/Resource' } } } },
      null,
      1,
    ),
  })
  return dir
}

function placed(sources: Record<string, string>, bucketFqn?: string): [string, number, string | undefined] {
  const b = bucketAt(scanDir(appWith(sources, bucketFqn)), 'AppStack/Data/Resource')
  return [b.origin.at.file, b.origin.at.line, b.origin.cdk?.confidence]
}

const HEAD = `import * as cdk from 'aws-cdk-lib'
import * as s3 from 'aws-cdk-lib/aws-s3'
import * as sqs from 'aws-cdk-lib/aws-sqs'
`
const LOOP = `    for (const name of ['Data', 'Logs']) new s3.Bucket(this, name)\n`

describe('construct-id fallback (red team 8d)', () => {
  it('still finds the one call that made the bucket', () => {
    expect(
      placed({
        'lib/stack.ts': `${HEAD}export class AppStack extends cdk.Stack {\n  x() {\n    new s3.Bucket(this, 'Data', {})\n  }\n}\n`,
      }),
    ).toEqual(['lib/stack.ts', 6, 'construct-id'])
    // The app's own subclass of Bucket: its class is not the library's, so it is not ruled out.
    expect(placed({ 'lib/stack.ts': `${HEAD}class SecureBucket extends s3.Bucket {}\nnew SecureBucket(this, 'Data')\n` })).toEqual([
      'lib/stack.ts',
      5,
      'construct-id',
    ])
    expect(
      placed({
        'stacks/app.py':
          'from aws_cdk import (\n    Stack,\n    aws_s3 as s3,\n)\n\n\nclass AppStack(Stack):\n    def __init__(self):\n        s3.Bucket(self, "Data")\n',
      }),
    ).toEqual(['stacks/app.py', 9, 'construct-id'])
    // CDK v1 in Python: the same module, named `@aws-cdk/aws-s3` in the tree.
    expect(placed({ 'stacks/app.py': 'from aws_cdk import aws_s3 as s3\n\ns3.Bucket(self, "Data")\n' }, '@aws-cdk/aws-s3.Bucket')).toEqual([
      'stacks/app.py',
      3,
      'construct-id',
    ])
  })

  it('does not take a call of another CDK class with the same id (a queue Data for the bucket Data)', () => {
    const other = `export class OtherStack extends cdk.Stack {\n  x() {\n    new sqs.Queue(this, 'Data')\n  }\n}\n`
    expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}${other}` })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    const named = `import { Stack } from 'aws-cdk-lib'\nimport { Queue as Q } from 'aws-cdk-lib/aws-sqs'\nnew Q(this, 'Data')\n`
    expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}`, 'lib/other.ts': named })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    const viaRoot = `import { aws_sqs } from 'aws-cdk-lib'\nimport * as cdk from 'aws-cdk-lib'\nnew cdk.aws_sqs.Queue(this, 'Data')\n`
    expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}`, 'lib/other.ts': viaRoot })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    const py = 'from aws_cdk import aws_sqs as sqs\nimport aws_cdk.aws_sns as sns\n\nsqs.Queue(self, "Data")\n'
    expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}`, 'stacks/other.py': py })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
  })

  it('does not take a literal that is only part of the id argument', () => {
    for (const call of [
      `new s3.Bucket(this, 'Data' + '-archive')`,
      `new s3.Bucket(this, 'Data'.concat(env))`,
      `new s3.Bucket(this, \`Data\` + env)`,
    ]) {
      expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}${call}\n` })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    }
    const py =
      'from aws_cdk import aws_s3 as s3\nfor n in names:\n    s3.Bucket(self, n)\ns3.Bucket(self, "Data%s" % env)\ns3.Bucket(self, "Data" + env)\n'
    expect(placed({ 'stacks/app.py': py })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
  })

  it('does not take a commented-out call or one in a docstring', () => {
    for (const note of [`// new s3.Bucket(this, 'Data')`, `/*\n new s3.Bucket(this, 'Data')\n*/`]) {
      expect(placed({ 'lib/stack.ts': `${HEAD}${LOOP}${note}\n` })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    }
    const py =
      'from aws_cdk import aws_s3 as s3\n"""Example:\n    s3.Bucket(self, "Data")\n"""\n# s3.Bucket(self, "Data")\nfor n in names:\n    s3.Bucket(self, n)\n'
    expect(placed({ 'stacks/app.py': py })).toEqual(['cdk.out/AppStack.template.json', 3, 'none'])
    // A call after a URL in a string and a template literal with code in it is still read.
    const ts = `${HEAD}const u = 'https://example.com'; const t = \`a\${ {b: '}'}.b }\`\nnew s3.Bucket(this, 'Data')\n`
    expect(placed({ 'lib/stack.ts': ts })).toEqual(['lib/stack.ts', 5, 'construct-id'])
  })
})

describe('helpers (red team 8d)', () => {
  it('blanks comments keeping offsets, and reads the CDK imports', () => {
    const t = "a // x\nb /* y\nz */ c 'not // a comment'"
    const b = blankComments(t, 'ts')
    expect(b.length).toBe(t.length)
    expect(b.split('\n').length).toBe(3)
    expect(b).toContain("'not // a comment'")
    expect(b).not.toContain('x')
    const imports = cdkImports(
      `import { aws_s3 as s3, Stack } from 'aws-cdk-lib'\nconst { Queue: Q } = require('aws-cdk-lib/aws-sqs')`,
      'ts',
    )
    expect(Object.fromEntries(imports)).toEqual({
      s3: { module: 'aws-cdk-lib.aws_s3' },
      Stack: { fqn: 'aws-cdk-lib.Stack' },
      Q: { fqn: 'aws-cdk-lib.aws_sqs.Queue' },
    })
    // CDK v1 Python apps import `aws_cdk.aws_s3`, while their tree names `@aws-cdk/aws-s3.Bucket`.
    expect(libraryClassKey('@aws-cdk/aws-s3.Bucket')).toBe(libraryClassKey('aws-cdk-lib.aws_s3.Bucket'))
    expect(libraryClassKey('@aws-cdk/core.Stack')).toBe(libraryClassKey('aws-cdk-lib.Stack'))
    // findConstructCalls itself is unchanged (its property tests compare it with the old pattern).
    expect(findConstructCalls("new s3.Bucket(this, 'Data' + x)")).toHaveLength(1)
  })

  it('reads hostile sources in time linear in their size', () => {
    const start = Date.now()
    for (const [t, style] of [
      ['import{'.repeat(150_000), 'ts'],
      ['const {'.repeat(140_000), 'ts'],
      ['from aws_cdk import ('.repeat(45_000), 'py'],
      ['`${'.repeat(300_000), 'ts'],
      ['"""'.repeat(300_000), 'py'],
    ] as const) {
      cdkImports(blankComments(t, style), style)
    }
    // Quadratic before: the first source alone took 197 s.
    expect(Date.now() - start).toBeLessThan(8000)
  })
})

describe('CDK fixes beside escape hatches (red team 8d)', () => {
  const BPA: FixIntent = { kind: 'set', field: 'publicAccessBlock', value: true }
  const VERSIONING: FixIntent = { kind: 'set', field: 'versioning.status', value: 'Enabled' }
  function edit(text: string, fix: FixIntent, file = 'lib/stack.ts'): string | undefined {
    const line = text.split('\n').findIndex((l) => /Bucket\(/.test(l)) + 1
    const at = { file, line, column: 1, endLine: line, endColumn: 1, path: '' }
    const finding: Finding = {
      ruleId: 'r',
      severity: 'high',
      messageId: 'm',
      message: 'm',
      location: at,
      resource: 'AppStack/Data/Resource',
      format: 'cdk',
      related: [],
      fix,
      fingerprint: 'f',
      suppressed: false,
    }
    return renderCdkFix(finding, new Map([[file, text]]))?.description
  }
  const ts = (after: string) =>
    `import * as s3 from 'aws-cdk-lib/aws-s3'\nconst bucket = new s3.Bucket(this, 'Data', {\n  enforceSSL: true,\n})\nconst cfn = bucket.node.defaultChild as s3.CfnBucket\n${after}\n`

  it('offers no props edit for a property an override writes (the override would win)', () => {
    for (const after of [
      "cfn.addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicAcls', false)",
      "cfn.addOverride('Properties.PublicAccessBlockConfiguration.BlockPublicAcls', false)",
      "cfn.addPropertyDeletionOverride('PublicAccessBlockConfiguration')",
      'cfn.publicAccessBlockConfiguration = undefined',
      "cfn.addOverride('Properties', {})",
      'cfn.addPropertyOverride(key, false)',
    ]) {
      expect(edit(ts(after), BPA), after).toBeUndefined()
    }
    const py =
      'from aws_cdk import aws_s3 as s3\nbucket = s3.Bucket(self, "Data", enforce_ssl=True)\nbucket.node.default_child.add_property_override("PublicAccessBlockConfiguration.BlockPublicAcls", False)\n'
    expect(edit(py, BPA, 'stacks/app.py')).toBeUndefined()
  })

  it('still offers the edits the overrides leave alone', () => {
    const text = ts(
      "cfn.addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicAcls', false)\ncfn.addOverride('DeletionPolicy', 'Retain')",
    )
    expect(edit(text, VERSIONING)).toBe("Set `versioned: true` on s3.Bucket 'Data'")
    expect(edit(ts("cfn.addOverride('Metadata.x', 1)\nconst same = a == b"), BPA)).toContain('blockPublicAccess')
    expect([...overriddenProperties("x.addOverride('Properties.VersioningConfiguration', {}); y.versioning_configuration = None")]).toEqual(
      ['VersioningConfiguration'],
    )
  })
})
