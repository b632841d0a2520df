/**
 * CloudFormation, SAM, Serverless and CDK input found by a fourth round of probing: forms that are
 * valid (or that CloudFormation reads) which the scan placed wrongly, passed in silence, or
 * guessed into a verdict.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { recordingLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan as scanTree } from '../../src/scan.js'
import { scanFiles, writeTree } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string | Buffer>) {
  const r = await scanFiles(files)
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const BUCKET = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'

describe('template-wide transforms not written as a name', () => {
  it('warn at an AWS::Include map, alone or in a list, and at a transform that names nothing readable', async () => {
    // The map form takes parameters: `Name: AWS::Include` inserts a snippet kept in S3 at deploy
    // time. Only names were looked at, so the template looked complete, with no word said.
    const include = '  Name: AWS::Include\n  Parameters:\n    Location: s3://org/snippet.yaml\n'
    const r = await scan({
      'map.yaml': `Transform:\n${include}${BUCKET}`,
      'list.yaml': `Transform:\n  - AWS::Serverless-2016-10-31\n  -${include.replace(/^ {2}/gm, '    ').slice(3)}${BUCKET}`,
      'sub.yaml': `Transform: !Sub '\${AWS::Region}Macro'\n${BUCKET}`,
      'empty.yaml': `Transform:\n${BUCKET}`,
    })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([
      ['TRANSFORM_NOT_EXPANDED', 'list.yaml', 3, 5, 'warning'],
      ['TRANSFORM_NOT_EXPANDED', 'map.yaml', 2, 3, 'warning'],
      ['TRANSFORM_NOT_EXPANDED', 'sub.yaml', 1, 12, 'warning'],
    ])
    expect(r.problems[1]!.message).toContain('AWS::Include')
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual([
      'empty.yaml',
      'list.yaml',
      'map.yaml',
      'sub.yaml',
    ])
  })
})

describe('suppression comments', () => {
  const bucket = (metadata: string) =>
    `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Metadata:\n${metadata}    Properties:\n      AccessControl: PublicRead\n`
  const ignore = 's3-gate:ignore acl-public-read reason="looks like a comment"'

  it('are not read from the text of a mapping key, quoted, plain or a block scalar', async () => {
    // Only values were known to be strings: a key holding the text of a comment silenced the finding.
    const r = await scan({
      'quoted.yaml': bucket(`      '# ${ignore}': x\n`),
      'plain.yaml': bucket(`      a#${ignore}: x\n`),
      'block.yaml': bucket(`      ? |\n        # ${ignore}\n      : x\n`),
      'real.yaml': bucket(`      Note: x # ${ignore}\n`),
      'tagged.yaml': bucket(`      Note: !Sub x # ${ignore}\n`),
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.location.file, f.suppressed])).toEqual([
      ['block.yaml', false],
      ['plain.yaml', false],
      ['quoted.yaml', false],
      ['real.yaml', true],
      ['tagged.yaml', true],
    ])
  })
})

describe('truncated JSON templates', () => {
  it('are reported when Resources is not their first key, or their types are written with escapes', async () => {
    // Only `{"Resources":` at the very start told a cut JSON template from any broken JSON file:
    // `cdk synth` writes Resources first, hand-written templates a Description before it.
    const r = await scan({
      'cut.json': '{\n  "Description": "stack",\n  "Resources": {\n    "Data": {\n',
      'escaped.json':
        '{"Description": "x", "Resources": {"B": {"Type": "AWS\\u003a:S3::Bucket", "Properties": {"AccessControl": "PublicRead"}}}',
      'tsconfig.json': '{\n  // comments\n  "compilerOptions": {}\n}\n',
    })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([
      ['JSON_SYNTAX', 'cut.json', 5, 'error'],
      ['JSON_SYNTAX', 'escaped.json', 1, 'error'],
    ])
  })
})

describe('conditions with a count of operands CloudFormation rejects', () => {
  it('decide nothing: `!Not []` no longer crashes, `!And []` no longer holds, `!Or [x]` is not x', async () => {
    const tpl = (condition: string) =>
      `Conditions:\n  Yes: !Equals [a, a]\n  C: ${condition}\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !If [C, Private, PublicRead]\n`
    const r = await scan({
      'not-none.yaml': tpl('!Not []'),
      'not-two.yaml': tpl('!Not [!Condition Yes, !Condition Yes]'),
      'and-none.yaml': tpl('!And []'),
      'or-one.yaml': tpl('!Or [!Condition Yes]'),
      'and.yaml': tpl('!And [!Condition Yes, !Condition Yes]'),
    })
    expect(r.problems.filter((p) => p.code === 'INTERNAL_ERROR')).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => [u.location.file, u.location.line])).toEqual([
      ['and-none.yaml', 8],
      ['not-none.yaml', 8],
      ['not-two.yaml', 8],
      ['or-one.yaml', 8],
    ])
  })
})

describe('symbolic links named like a template', () => {
  it('scan the file they lead to under their own name, when only theirs is a template name', async () => {
    // The file was found through the link, then shown under its own name: `body.txt`, which no
    // reader claims, so the scan said "0 files" and passed.
    const dir = writeTree({ 'body.txt': BUCKET, 'sub/noext': BUCKET, 'real.yaml': BUCKET })
    dirs.push(dir)
    fs.symlinkSync('body.txt', path.join(dir, 'template.yaml'))
    fs.symlinkSync('../sub/noext', path.join(dir, 'sub', 'stack.json'))
    fs.symlinkSync('real.yaml', path.join(dir, 'alias.yaml'))
    const r = await scanTree(makeScanOptions({ cwd: dir, paths: ['.'], workers: 0 }), recordingLogger())
    expectPositions(r)
    expect(r.problems).toEqual([])
    // A link to a template name is still that template, scanned once under its own name.
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'real.yaml:5',
      'sub/stack.json:5',
      'template.yaml:5',
    ])
  })
})

describe('intrinsic tags in the other spellings YAML gives them', () => {
  it('read `!<!Ref>`, a %TAG handle and %-escapes as the short form they are, not as text', async () => {
    const tpl = (value: string, head = '') =>
      `${head}Parameters:\n  Acl:\n    Type: String\n    Default: PublicRead\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: ${value}\n`
    const hardened = (tag: string) =>
      `Parameters:\n  E:\n    Type: String\nConditions:\n  C: !Equals [!Ref E, prod]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: ${tag}\n        - C\n        - {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n        - {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n`
    const r = await scan({
      'verbatim.yaml': tpl('!<!Ref> Acl'),
      'handle.yaml': tpl('!cfn!Ref Acl', '%TAG !cfn! !\n---\n'),
      'escaped.yaml': tpl('!R%65f Acl'),
      'core.yaml': tpl('!<tag:yaml.org,2002:str> PublicRead'),
      'if.yaml': hardened('!<!If>'),
      // YAML's own tags for what a node is already: nothing to warn about.
      'map.yaml':
        'Resources: !!map\n  Data:\n    Type: AWS::S3::Bucket\n    Properties: !<tag:yaml.org,2002:map> {AccessControl: PublicRead, Tags: !!seq []}\n',
    })
    expect(r.problems).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'core.yaml:9',
      'escaped.yaml:9',
      'handle.yaml:11',
      'map.yaml:4',
      'verbatim.yaml:9',
    ])
    // Both sides of the `Fn::If` block all public access: not a list of settings, none of them on.
    expect(r.findings.filter((f) => f.location.file === 'if.yaml' && f.ruleId === 'block-public-access-incomplete')).toEqual([])
  })
})

describe('a policy document written with Fn::ToJsonString', () => {
  const tpl = (effect: string, condition: string) =>
    `Transform: AWS::LanguageExtensions\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument: !ToJsonString\n        Statement:\n          - Effect: ${effect}\n            Principal: '*'\n            Action: ${effect === 'Deny' ? "'s3:*'" : 's3:GetObject'}\n            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']\n${condition}`

  it('is read as the document it writes: a TLS deny holds, a public grant is found', async () => {
    // Evaluated as one value, the `!GetAtt` in it made the whole document unknown.
    const r = await scan({
      'deny.yaml': tpl('Deny', "            Condition: {Bool: {aws:SecureTransport: 'false'}}\n"),
      'allow.yaml': tpl('Allow', ''),
    })
    expect(r.problems).toEqual([])
    const verdicts = (rule: string) => [
      ...r.findings.filter((f) => f.ruleId === rule).map((f) => `finding ${f.location.file}:${f.location.line}`),
      ...r.unknowns.filter((u) => u.ruleId === rule).map((u) => `unknown ${u.location.file}:${u.location.line}`),
    ]
    expect(verdicts('tls-not-enforced')).toEqual(['finding allow.yaml:11'])
    expect(verdicts('policy-public-read')).toEqual(['finding allow.yaml:13'])
  })
})

describe('a value that is an alias of one written above', () => {
  it('is placed at its key with a range that does not end before it starts', async () => {
    const r = await scan({
      't.yaml':
        'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: &acl PublicRead\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: *acl\n',
    })
    const at = r.findings
      .filter((f) => f.ruleId === 'acl-public-read')
      .map((f) => [f.resource, f.location.line, f.location.column, f.location.endLine, f.location.endColumn])
    expect(at).toEqual([
      ['Logs', 5, 7, 5, 37],
      ['Site', 9, 7, 9, 7],
    ])
  })
})

describe('nested stack parameters passed through an intrinsic function', () => {
  const child =
    'Parameters:\n  Acl: {Type: String, Default: Private}\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !Ref Acl\n'
  const parent = (parameters: string) =>
    `Parameters:\n  Env: {Type: String}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\n  Yes: !Equals [a, a]\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./child.yaml\n      Parameters: ${parameters}\n`

  it('leave the child unknown when which values they pass is not known, and follow a condition that is', async () => {
    // Read as a parameter named `Fn::If`, the child kept its default, Private: a silent pass.
    const r = await scan({
      'unknown/parent.yaml': parent('!If [Prod, {Acl: PublicRead}, {Acl: PublicReadWrite}]'),
      'unknown/child.yaml': child,
      'map/parent.yaml': parent('!FindInMap [M, a, b]'),
      'map/child.yaml': child,
      'known/parent.yaml': parent('!If [Yes, {Acl: PublicRead}, !Ref AWS::NoValue]'),
      'known/child.yaml': child,
      'none/parent.yaml': parent('!If [Yes, !Ref AWS::NoValue, {Acl: PublicRead}]'),
      'none/child.yaml': child,
    })
    const verdicts = [
      ...r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `finding ${f.location.file}:${f.location.line}`),
      ...r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => `unknown ${u.location.file}:${u.location.line}`),
    ]
    expect(verdicts).toEqual(['finding known/child.yaml:7', 'unknown map/child.yaml:7', 'unknown unknown/child.yaml:7'])
  })
})

describe('suppression markers that YAML does not read as comments', () => {
  it('do not silence a finding: a `#` inside an anchor name or after other text, a `//`', async () => {
    const bucket = (metadata: string) =>
      `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Metadata:\n${metadata}    Properties:\n      AccessControl: PublicRead\n`
    const r = await scan({
      'anchor.yaml': bucket('      Notes:\n        - &n#s3-gate:ignore acl-public-read reason="an anchor"\n'),
      'slashes.yaml': bucket('      Notes: &a//s3-gate:ignore acl-public-read reason="an anchor"\n'),
      'real.yaml': bucket('      Notes:\n        - x #s3-gate:ignore acl-public-read reason="a comment"\n'),
    })
    expect(r.problems).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => [f.location.file, f.suppressed])).toEqual([
      ['anchor.yaml', false],
      ['real.yaml', true],
      ['slashes.yaml', false],
    ])
  })
})

describe('a .json template that is not JSON', () => {
  it('is read as YAML, as CloudFormation reads it, with a warning, when YAML takes it for a template', async () => {
    // Only reported as broken JSON, its public bucket was never checked, though it deploys.
    const r = await scan({
      'trailing.json':
        '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {"AccessControl": "PublicRead",},\n    },\n  },\n}\n',
      'flow.json': '{Resources: {B: {Type: AWS::S3::Bucket, Properties: {AccessControl: PublicRead}}}}\n',
      'cut.json': '{"Resources": {"B": {"Type": "AWS::S3::Bucket",\n',
      'tsconfig.json': '{\n  // comment\n  "compilerOptions": {},\n}\n',
    })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([
      ['JSON_SYNTAX', 'cut.json', 2, 1, 'error'],
      ['JSON_READ_AS_YAML', 'flow.json', 1, 2, 'warning'],
      ['JSON_READ_AS_YAML', 'trailing.json', 5, 52, 'warning'],
    ])
    expect(
      r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`),
    ).toEqual(['flow.json:1:54', 'trailing.json:5:22'])
  })
})

describe('a Serverless Framework service whose resources name a file', () => {
  it('warns at each `resources` item or `Resources` section the framework fills in when it deploys', async () => {
    const service = (item: string) =>
      `service: x\nprovider: {name: aws}\nresources:\n  - Resources:\n      Data:\n        Type: AWS::S3::Bucket\n        Properties:\n          PublicAccessBlockConfiguration: {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}\n${item}`
    // Merged over `Data` at deploy time, `s3-overrides.yml` may make it public: passed over in silence.
    const r = await scan({
      'item/serverless.yml': service('  - ${file(s3-overrides.yml)}\n'),
      'section/serverless.yml': service('  - Resources: ${file(s3-overrides.yml)}\n'),
      'plain/serverless.yml': service('  - Outputs: {A: {Value: "${sls:stage}"}}\n'),
    })
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([
      ['SERVERLESS_VARIABLE', 'item/serverless.yml', 9, 5, 'warning'],
      ['SERVERLESS_VARIABLE', 'section/serverless.yml', 9, 16, 'warning'],
    ])
  })
})
