/**
 * CloudFormation, SAM and CDK input found by a sixth round of probing: suggestions that would
 * break the template they fix, and cloud assemblies whose broken pieces were reported at a file
 * outside the repository.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine/finding.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { parseTemplateFile } from '../../src/parsers/cloudformation/parse.js'
import { get, type SNode } from '../../src/parsers/shared/source-tree.js'
import { scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

/** `text` with the finding's suggestion applied (lines `startLine..endLine` replaced). */
function applyEdit(text: string, f: Finding): string {
  const e = f.edit!
  const lines = text.split('\n')
  lines.splice(e.startLine - 1, e.endLine - e.startLine + 1, ...e.replacement.split('\n'))
  return lines.join('\n')
}

/** The template an edited file holds, which must still parse without an error. */
function reparse(text: string, file: string) {
  const parsed = parseTemplateFile(text, file, DEFAULT_LIMITS)
  expect(parsed.problems.filter((p) => p.level === 'error')).toEqual([])
  expect(parsed.templates).toHaveLength(1)
  return parsed.templates[0]!.root
}

describe('suggestions for JSON text that was read as YAML', () => {
  // `{Resources: {…},}` is not JSON but deploys (CloudFormation reads it as YAML), and a `.yaml`
  // file may hold JSON with a `#` comment. Both have a YAML tree, whose flow collections end before
  // their bracket and quoted scalars before their quote, and JSON edits placed by it cut into them:
  // `{"Status": "Suspended,\n "PublicAccessBlockConfiguration": {…}"}`.
  const loose = [
    '{',
    '  Resources: {',
    '    Data: {',
    '      Type: "AWS::S3::Bucket",',
    '      Properties: {',
    '        AccessControl: "PublicRead",',
    '        VersioningConfiguration: {Status: Suspended},',
    '      },',
    '    },',
    '  },',
    '}',
    '',
  ].join('\n')
  const commented = [
    '{',
    '  "Resources": {',
    '    "Data": {',
    '      "Type": "AWS::S3::Bucket",',
    '      "Properties": {',
    '        "AccessControl": "PublicRead", # public on purpose',
    '        "VersioningConfiguration": {"Status": "Suspended"}',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n')

  it('are only ones that leave the template valid', async () => {
    const r = await scan({ 'loose.json': loose, 'commented.yaml': commented })
    const edited = r.findings.filter((f) => f.edit)
    for (const f of edited) {
      const text = f.location.file === 'loose.json' ? loose : commented
      const root = reparse(applyEdit(text, f), f.location.file)
      expect(get(get(get(root, 'Resources'), 'Data'), 'Type')).toMatchObject({ value: 'AWS::S3::Bucket' })
    }
    // Versioning is set in place, the one edit a flow mapping takes.
    expect(edited.map((f) => [f.location.file, f.ruleId]).sort()).toEqual([
      ['commented.yaml', 'versioning-disabled'],
      ['loose.json', 'versioning-disabled'],
    ])
    // Both are still found, at their lines.
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.location.file, f.location.line])).toEqual([
      ['commented.yaml', 6],
      ['loose.json', 6],
    ])
  })
})

describe('a bucket policy suggested for a bucket created under a condition', () => {
  // Without the bucket's condition the new policy is created alone when it is false, and its
  // `Ref` to a bucket that does not exist fails the whole deployment.
  it('is created under the same condition, in YAML and in JSON', async () => {
    const yaml = [
      'Parameters:',
      '  Env:',
      '    Type: String',
      'Conditions:',
      '  IsDev: !Equals [!Ref Env, dev]',
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '    Condition: IsDev',
      '    Properties:',
      '      AccessControl: PublicRead',
      '',
    ].join('\n')
    const json = JSON.stringify(
      {
        Parameters: { Env: { Type: 'String' } },
        Conditions: { IsDev: { 'Fn::Equals': [{ Ref: 'Env' }, 'dev'] } },
        Resources: { Data: { Type: 'AWS::S3::Bucket', Condition: 'IsDev', Properties: { AccessControl: 'PublicRead' } } },
      },
      null,
      2,
    )
    const r = await scan({ 'template.yaml': yaml, 'template.json': json })
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced' && f.edit)
    expect(tls.map((f) => f.location.file).sort()).toEqual(['template.json', 'template.yaml'])
    for (const f of tls) {
      const root = reparse(applyEdit(f.location.file === 'template.json' ? json : yaml, f), f.location.file)
      const policy = get(get(root, 'Resources'), 'DataPolicy')
      expect(get(policy, 'Type')).toMatchObject({ value: 'AWS::S3::BucketPolicy' })
      expect(get(policy, 'Condition')).toMatchObject({ value: 'IsDev' })
    }
  })

  it('is not suggested when the condition is not a name', async () => {
    const yaml =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Condition: [IsDev]\n    Properties:\n      AccessControl: PublicRead\n'
    const r = await scan({ 'template.yaml': yaml })
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced')
    expect(tls).toHaveLength(1)
    expect(tls[0]!.edit).toBeUndefined()
  })
})

describe('a cloud assembly whose asset manifest is not where the manifest says', () => {
  const template = JSON.stringify(
    {
      Resources: {
        Nested: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: { TemplateURL: `https://s3.amazonaws.com/cdk-assets/${'a'.repeat(64)}.json` },
        },
      },
    },
    null,
    1,
  )
  const assembly = (file: string) =>
    JSON.stringify(
      {
        version: '36.0.0',
        artifacts: {
          'S.assets': { type: 'cdk:asset-manifest', properties: { file } },
          S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' }, dependencies: ['S.assets'] },
        },
      },
      null,
      1,
    )

  it('is reported at the manifest, as outside the assembly, when it points outside it', async () => {
    const r = await scan({ 'cdk.out/manifest.json': assembly('../../../../etc/S.assets.json'), 'cdk.out/S.template.json': template })
    const at = r.problems.map((p) => [p.code, p.file, p.line, p.level])
    expect(at).toEqual([['CDK_ARTIFACT_INVALID', 'cdk.out/manifest.json', 7, 'error']])
    expect(r.problems[0]!.message).toContain('outside the assembly')
  })

  it('and a metadata file outside the assembly are said, not skipped without a word', async () => {
    const manifest = JSON.stringify(
      {
        version: '36.0.0',
        artifacts: {
          S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'S.template.json' }, additionalMetadataFile: '../../m.json' },
        },
      },
      null,
      1,
    )
    const r = await scan({ 'cdk.out/manifest.json': manifest, 'cdk.out/S.template.json': template })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([
      ['CDK_ARTIFACT_INVALID', 'cdk.out/manifest.json', 9, 'error'],
    ])
    expect(r.problems[0]!.message).toContain('outside the assembly')
  })

  it('is reported at the manifest when it is missing, not at a file the repository does not hold', async () => {
    const r = await scan({ 'cdk.out/manifest.json': assembly('S.assets.json'), 'cdk.out/S.template.json': template })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([['CDK_ASSETS_MISSING', 'cdk.out/manifest.json', 7, 'error']])
  })
})

describe('suggestions for values a YAML alias or merge key brings in', () => {
  // The value is written at its anchor, lines away: an edit there changed every place using it
  // (a topic's name, another bucket's policy), or ran from the key back up to the anchor.
  const yaml = [
    'Metadata:',
    '  Shared: &off Suspended',
    '  Block: &pab',
    '    BlockPublicAcls: false',
    'Resources:',
    '  Data:',
    '    Type: AWS::S3::Bucket',
    '    Properties: &props',
    '      AccessControl: PublicRead',
    '      VersioningConfiguration:',
    '        Status: *off',
    '      PublicAccessBlockConfiguration: *pab',
    '  Topic:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      DisplayName: *off',
    '  Other:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      <<: *props',
    '      BucketName: other',
    '  OtherPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref Other',
    '      PolicyDocument:',
    '        Statement: &statements',
    '          - Effect: Allow',
    '            Principal: {AWS: arn:aws:iam::111122223333:root}',
    '            Action: s3:GetObject',
    '            Resource: arn:aws:s3:::other/*',
    '  Third:',
    '    Type: AWS::S3::Bucket',
    '  ThirdPolicy:',
    '    Type: AWS::S3::BucketPolicy',
    '    Properties:',
    '      Bucket: !Ref Third',
    '      PolicyDocument:',
    '        Statement: *statements',
    '',
  ].join('\n')

  it('edit only lines of the resource they are for, in order', async () => {
    const r = await scan({ 'template.yaml': yaml })
    const lines = yaml.split('\n')
    const rangeOf = (id: string) => {
      const first = lines.indexOf(`  ${id}:`) + 1
      let last = first
      while (last < lines.length && lines[last]!.startsWith('    ')) last++
      return [first, last]
    }
    const edits = r.findings.filter((f) => f.edit).map((f) => ({ id: f.resource, rule: f.ruleId, edit: f.edit! }))
    for (const { id, rule, edit } of edits) {
      const owner = rule === 'tls-not-enforced' && id !== 'Data' ? `${id}Policy` : id
      const [first, last] = rangeOf(owner)
      expect({ id, rule, start: edit.startLine, end: edit.endLine }).toEqual({
        id,
        rule,
        start: expect.toSatisfy((n: number) => n >= first! && n <= edit.endLine),
        end: expect.toSatisfy((n: number) => n <= last!),
      })
      reparse(applyEdit(yaml, { edit } as Finding), 'template.yaml')
    }
    const rules = (id: string) => edits.filter((e) => e.id === id).map((e) => e.rule)
    // Versioning (alias to a topic's name too) and Block Public Access (an alias) are left alone.
    expect(rules('Data')).not.toContain('versioning-disabled')
    expect(rules('Data')).not.toContain('block-public-access-incomplete')
    // Other's ACL comes from Data's properties; Third's statements are Other's policy's.
    expect(rules('Other')).not.toContain('acl-public-read')
    expect(rules('Third')).not.toContain('tls-not-enforced')
    // What is the resource's own still gets its edit.
    expect(rules('Data')).toContain('acl-public-read')
    // Not Other's TLS statement: appended to `&statements`, it would land in ThirdPolicy too, naming
    // Other's objects in Third's policy (a resource S3 refuses there).
    expect(rules('Other')).not.toContain('tls-not-enforced')
    // And every finding is still made.
    expect(r.findings.filter((f) => f.ruleId === 'versioning-disabled').map((f) => f.resource)).toEqual(['Data', 'Other', 'Third'])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.resource)).toEqual(['Data', 'Other'])
  })
})

describe('a choice a parameter makes, taken at its default', () => {
  // A default decides no condition (the stack may be deployed with another value); a mapping key
  // or a list index is the same choice. `!FindInMap [Env, !Ref Stage, Acl]` read at the default
  // stage passed a bucket that `prod` makes public, without a word.
  it('is unknown unless every choice gives the same value, or the parameter allows one value', async () => {
    const yaml = [
      'Parameters:',
      '  Stage:',
      '    Type: String',
      '    Default: dev',
      '    AllowedValues: [dev, prod]',
      '  Only:',
      '    Type: String',
      '    Default: dev',
      '    AllowedValues: [dev]',
      '  Index:',
      '    Type: Number',
      '    Default: 0',
      'Mappings:',
      '  Env:',
      '    dev: {Acl: Private, Same: PublicRead}',
      '    prod: {Acl: PublicRead, Same: PublicRead}',
      'Resources:',
      '  ByStage:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: !FindInMap [Env, !Ref Stage, Acl]',
      '  ByIndex:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: !Select [!Ref Index, [Private, PublicRead]]',
      '  ByOnly:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: !FindInMap [Env, !Ref Only, Acl]',
      '  Same:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: !FindInMap [Env, !Ref Stage, Same]',
      '  SameIndex:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: !Select [!Ref Index, [PublicRead, PublicRead]]',
      '',
    ].join('\n')
    const r = await scan({ 'template.yaml': yaml })
    const acl = (list: { ruleId: string; resource: string; location: { line: number } }[]) =>
      list.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.resource, f.location.line])
    expect(acl(r.unknowns)).toEqual([
      ['ByStage', 21],
      ['ByIndex', 25],
    ])
    expect(acl(r.findings)).toEqual([
      ['Same', 33],
      ['SameIndex', 37],
    ])
  })
})

describe('removing the only property of a bucket', () => {
  // Its lines deleted alone left `Properties:` with no value: a null, which CloudFormation
  // rejects ("'null' values are not allowed in templates").
  it('leaves `Properties: {}`, and the comment before it is kept or the whole entry replaced', async () => {
    const yaml = [
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '    Properties:   # public on purpose',
      '      # the ACL',
      '      AccessControl: PublicRead',
      '  Site:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      WebsiteConfiguration:',
      '        IndexDocument: index.html',
      '  Two:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      AccessControl: PublicRead',
      '      BucketName: two',
      '',
    ].join('\n')
    const r = await scan({ 'template.yaml': yaml })
    const removals = r.findings.filter((f) => f.edit?.description.startsWith('remove '))
    expect(removals.map((f) => [f.resource, f.edit!.startLine, f.edit!.endLine, f.edit!.replacement])).toEqual([
      ['Data', 4, 6, '    Properties: {}'],
      ['Site', 9, 11, '    Properties: {}'],
      ['Two', 14, 15, '    Properties:'],
    ])
    for (const f of removals) {
      const root = reparse(applyEdit(yaml, f), 'template.yaml')
      expect(get(get(get(root, 'Resources'), f.resource), 'Properties')?.kind).toBe('map')
    }
  })
})

describe('a JSON object written twice over', () => {
  // Each repeated key searched the object's entries for the one it replaces: 60,000 keys and the
  // same keys again took over a minute to read, for a 1.4 MB template.
  it('is read in time linear in its size, each repeat reported and the last value kept', () => {
    const n = 40_000
    const keys = Array.from({ length: n }, (_, i) => `"k${i}": ${i}`).join(',')
    const again = Array.from({ length: n }, (_, i) => `"k${i}": "last"`).join(',')
    const text = `{"Resources": {"Data": {"Type": "AWS::S3::Bucket"}}, "Metadata": {${keys},${again}}}`
    const t0 = performance.now()
    const parsed = parseTemplateFile(text, 'template.json', DEFAULT_LIMITS)
    const ms = performance.now() - t0
    expect(parsed.problems.filter((p) => p.code === 'DUPLICATE_KEY')).toHaveLength(n)
    const metadata = get(parsed.templates[0]!.root, 'Metadata')
    expect(metadata?.kind === 'map' && metadata.entries.length).toBe(n)
    expect(get(metadata, `k${n - 1}`)).toMatchObject({ value: 'last' })
    expect(get(metadata, 'k0')).toMatchObject({ value: 'last' })
    // Under a second here; quadratic, it took 20 s and more.
    expect(ms).toBeLessThan(8_000)
  })
})

describe('a TLS statement appended to a policy', () => {
  const policy = (statement: string[]) =>
    [
      'Resources:',
      '  DataPolicy:',
      '    Type: AWS::S3::BucketPolicy',
      '    Properties:',
      '      Bucket: !Ref Data',
      '      PolicyDocument:',
      ...statement,
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      Tags:',
      '        - Key: note',
      '          Value: |',
      '            kept',
      '  Topic:',
      '    Type: AWS::SNS::Topic',
      '',
    ].join('\n')
  const statement = (resource: string[]) => [
    '        Statement:',
    '        - Sid: read',
    '          Effect: Allow',
    '          Principal: {AWS: "arn:aws:iam::111122223333:root"}',
    '          Action: s3:GetObject',
    ...resource,
  ]
  const files = {
    // A flow sequence over several lines: its first `-` was the one in `read-all`, and the
    // statement was written after `{Sid: read` on each of its lines.
    'flow.yaml': policy([
      '        Statement: [',
      '          {Sid: read-all, Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:root"}, Action: "s3:GetObject", Resource: "arn:aws:s3:::x/*"}',
      '          ]',
    ]),
    // A block scalar ends after its line break: the line after it, the next resource's key, was
    // taken for the policy's last line, and the statement went into the bucket.
    'clip.yaml': policy(statement(['          Resource: |', '            arn:aws:s3:::x/*'])),
    'keep.yaml': policy(statement(['          Resource: >+', '            arn:aws:s3:::x/*', ''])),
  }

  it('goes into the list of statements, or is not suggested', async () => {
    const r = await scan(files)
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced')
    expect(tls.map((f) => [f.location.file, f.edit !== undefined])).toEqual([
      ['clip.yaml', true],
      ['flow.yaml', false],
      ['keep.yaml', true],
    ])
    for (const f of tls.filter((x) => x.edit)) {
      const root = reparse(applyEdit(files[f.location.file as keyof typeof files], f), f.location.file)
      const resources = get(root, 'Resources')
      const statements = get(get(get(get(resources, 'DataPolicy'), 'Properties'), 'PolicyDocument'), 'Statement')
      const sid = (s: SNode) => {
        const n = get(s, 'Sid')
        return n?.kind === 'scalar' ? n.value : undefined
      }
      expect(statements?.kind === 'seq' && statements.items.map(sid)).toEqual(['read', 'DenyInsecureTransport'])
      expect(get(get(get(resources, 'Data'), 'Properties'), 'Tags')?.kind).toBe('seq')
      expect(get(get(resources, 'Data'), 'Type')).toMatchObject({ value: 'AWS::S3::Bucket' })
    }
  })

  it('declared for a bucket whose last value is a block scalar comes after the bucket, not in the next resource', async () => {
    const text = files['clip.yaml'].replace('Bucket: !Ref Data', 'Bucket: !Ref Topic')
    const r = await scan({ 'template.yaml': text })
    const tls = r.findings.find((f) => f.ruleId === 'tls-not-enforced' && f.resource === 'Data')!
    const root = reparse(applyEdit(text, tls), 'template.yaml')
    expect(get(get(get(root, 'Resources'), 'DataPolicy2'), 'Type')).toMatchObject({ value: 'AWS::S3::BucketPolicy' })
    expect(get(get(get(root, 'Resources'), 'Topic'), 'Type')).toMatchObject({ value: 'AWS::SNS::Topic' })
  })
})

describe('a Serverless service resource written in two items of `resources`', () => {
  // Not an alias: each item's text is this resource's alone, and its edits stay (while an edit
  // outside the resource is refused).
  it('keeps its edits in the item that writes the setting', async () => {
    const yml = [
      'service: svc',
      'provider:',
      '  name: aws',
      'resources:',
      '  - Resources:',
      '      Data:',
      '        Type: AWS::S3::Bucket',
      '        Properties:',
      '          BucketName: data',
      '  - Resources:',
      '      Data:',
      '        Properties:',
      '          AccessControl: PublicRead',
      '          VersioningConfiguration:',
      '            Status: Suspended',
      '',
    ].join('\n')
    const r = await scan({ 'serverless.yml': yml })
    const at = (rule: string) => r.findings.find((f) => f.ruleId === rule)?.edit
    expect(at('versioning-disabled')).toMatchObject({ startLine: 15, endLine: 15, replacement: '            Status: Enabled' })
    expect(at('acl-public-read')).toMatchObject({ startLine: 12, endLine: 13, replacement: '        Properties:' })
  })
})

describe('a property added to a map that a merge key fills', () => {
  // The map's first entry came from the anchor, at that map's indentation: the new block went in
  // beside `Properties` (a resource attribute), and the template no longer parsed.
  it('is indented like the entries written in the map', async () => {
    const yaml = [
      'Metadata:',
      '  Base: &base',
      '    BucketName: x',
      '  On: &on true',
      'Resources:',
      '  Data:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      <<: *base',
      '      AccessControl: Private',
      '  Keyed:',
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      '      BucketEncryption:',
      '        ServerSideEncryptionConfiguration:',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms',
      '              KMSMasterKeyID: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      '            BucketKeyEnabled: *on',
      '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms',
      '',
    ].join('\n')
    const r = await scan({ 'template.yaml': yaml })
    const edited = r.findings.filter((f) => f.edit)
    expect(edited.filter((f) => f.resource === 'Data').map((f) => f.ruleId)).toContain('block-public-access-incomplete')
    for (const f of edited) {
      const root = reparse(applyEdit(yaml, f), 'template.yaml')
      const props = get(get(get(root, 'Resources'), f.resource), 'Properties')
      expect(props?.kind).toBe('map')
      expect(get(get(get(root, 'Resources'), f.resource), 'Type')).toMatchObject({ value: 'AWS::S3::Bucket' })
    }
    const pab = edited.find((f) => f.resource === 'Data' && f.ruleId === 'block-public-access-incomplete')!
    expect(pab.edit!.replacement.split('\n')[1]).toBe('      PublicAccessBlockConfiguration:')
  })
})
