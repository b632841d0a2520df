/**
 * CDK apps written in Java, C# or Go: their sources were not indexed, so every finding stayed on
 * the synthesised template even when the construct id appeared exactly once in the app. They are
 * looked up by construct id (no fix is written in these languages).
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

const ASSEMBLY = {
  'cdk.out/cdk.out': JSON.stringify({ version: '36.0.0' }),
  'cdk.out/manifest.json': JSON.stringify({
    version: '36.0.0',
    artifacts: { Sec: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Sec.template.json' }, displayName: 'Sec' } },
  }),
  'cdk.out/Sec.template.json': JSON.stringify(
    {
      Resources: {
        Uploads1A2B3C4D: {
          Type: 'AWS::S3::Bucket',
          Properties: { AccessControl: 'PublicRead' },
          Metadata: { 'aws:cdk:path': 'Sec/Uploads/Resource' },
        },
      },
    },
    null,
    1,
  ),
}

const SOURCES: Record<string, [string, string, number, number]> = {
  java: [
    'src/main/java/com/myorg/SecStack.java',
    'package com.myorg;\n\npublic class SecStack extends Stack {\n  public SecStack(final Construct scope, final String id) {\n    super(scope, id);\n    Bucket.Builder.create(this, "Uploads")\n        .accessControl(BucketAccessControl.PUBLIC_READ)\n        .build();\n  }\n}\n',
    6,
    5,
  ],
  csharp: [
    'src/Sec/SecStack.cs',
    'namespace Sec\n{\n    public class SecStack : Stack\n    {\n        internal SecStack(Construct scope, string id) : base(scope, id)\n        {\n            new Bucket(this, "Uploads", new BucketProps { AccessControl = BucketAccessControl.PUBLIC_READ });\n        }\n    }\n}\n',
    7,
    13,
  ],
  go: [
    'sec.go',
    'package main\n\nfunc NewSecStack(stack awscdk.Stack) {\n\tawss3.NewBucket(stack, jsii.String("Uploads"), &awss3.BucketProps{\n\t\tAccessControl: awss3.BucketAccessControl_PUBLIC_READ,\n\t})\n}\n',
    4,
    2,
  ],
}

describe('CDK apps in Java, C# and Go (red team 7)', () => {
  it.each(Object.keys(SOURCES))('puts a %s app’s finding on the line that created the construct, with no edit', async (lang) => {
    const [file, text, line, column] = SOURCES[lang]!
    const r = await scanFiles({ ...ASSEMBLY, [file]: text }, { workers: 0 })
    dirs.push(r.dir)
    const acl = r.findings.filter((f) => f.ruleId === 'acl-public-read')
    expect(acl.map((f) => [f.location.file, f.location.line, f.location.column, f.resource])).toEqual([
      [file, line, column, 'Sec/Uploads/Resource'],
    ])
    expect(acl[0]!.edit).toBeUndefined()
  })
})
