/**
 * Suggested fixes that must not be offered where clicking them breaks the template (red team 8):
 * resources written in a flow mapping, properties that an intrinsic written as a key computes,
 * and nodes an alias repeats elsewhere. Where the edit is safe it still comes, and round-trips.
 */
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { applyEdit, fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

async function editsOf(files: Record<string, string>, file: string) {
  const r = await scanFiles(files, strict)
  return r.findings.filter((f) => f.location.file === file && !f.suppressed)
}

/** Every suggestion in `file`, applied alone, leaves YAML that parses. */
async function everyEditParses(file: string, text: string): Promise<number> {
  const findings = await editsOf({ [file]: text }, file)
  let n = 0
  for (const f of findings) {
    if (!f.edit) continue
    n++
    const docs = parseAllDocuments(applyEdit(text, f.edit), { customTags: CFN_TAGS })
    const errors = docs.flatMap((d) => d.errors.map((e) => e.message))
    // An alias whose anchor the edit deleted throws only when the document is read.
    for (const d of docs) {
      try {
        d.toJS()
      } catch (e) {
        errors.push(String(e))
      }
    }
    expect(errors, `${f.ruleId}: ${f.edit.replacement}`).toEqual([])
  }
  return n
}

const CFN_TAGS = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'Join'].flatMap((t) =>
  (['scalar', 'seq', 'map'] as const).map((collection) => ({
    tag: `!${t}`,
    collection: collection === 'scalar' ? undefined : collection,
    resolve: (v: unknown) => ({ [t]: v }),
  })),
)

describe('CloudFormation fixes in flow mappings (red team 8)', () => {
  it('adds no bucket policy after a resource of a one-line flow `Resources` (it became a top-level section)', async () => {
    const text = 'Resources: {Data: {Type: AWS::S3::Bucket}, Logs: {Type: "AWS::S3::Bucket", Properties: {BucketName: logs}}}\n'
    const findings = await editsOf({ 't.yaml': text }, 't.yaml')
    expect(findings.some((f) => f.ruleId === 'tls-not-enforced')).toBe(true)
    expect(findings.filter((f) => f.edit)).toEqual([])
  })

  it('adds no block lines inside a flow mapping written over several lines', async () => {
    const text =
      'Resources: {\n' +
      '  Data: {Type: AWS::S3::Bucket},\n' +
      '  Logs: {\n    Type: AWS::S3::Bucket\n  },\n' +
      '  Site: {\n    Type: AWS::S3::Bucket,\n    Properties: {\n      BucketName: site,\n      AccessControl: PublicRead\n    }\n  }\n' +
      '}\n'
    const findings = await editsOf({ 't.yaml': text }, 't.yaml')
    expect(findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => f.resource)).toEqual(['Data', 'Logs', 'Site'])
    expect(findings.filter((f) => f.edit).map((f) => `${f.ruleId} ${f.resource}`)).toEqual([])
  })

  it('adds no YAML policy inside JSON text read as YAML', async () => {
    const text =
      '{\n  # a comment makes this YAML\n  "Resources": {\n' +
      '    "Data": {"Type": "AWS::S3::Bucket", "Properties": {"AccessControl": "PublicRead"}},\n  }\n}\n'
    const findings = await editsOf({ 't.yaml': text }, 't.yaml')
    expect(findings.some((f) => f.ruleId === 'tls-not-enforced')).toBe(true)
    expect(findings.filter((f) => f.edit)).toEqual([])
  })

  it('still adds the policy after a block resource whose last value is a flow list', async () => {
    const text = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: [{Key: a, Value: b}]\n'
    const { fixed } = await fixRoundTrip({ 't.yaml': text }, 't.yaml', 'tls-not-enforced')
    expect(fixed).toContain('      Tags: [{Key: a, Value: b}]\n  DataPolicy:\n')
  })
})

describe('CloudFormation fixes beside an intrinsic written as a key (red team 8)', () => {
  it('adds no property beside `Fn::If:` that computes the properties', async () => {
    const text =
      'Conditions:\n  IsProd: !Equals [!Ref AWS::Region, us-east-1]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n' +
      '      Fn::If:\n        - IsProd\n        - BucketName: prod-data\n        - BucketName: dev-data\n'
    const findings = await editsOf({ 't.yaml': text }, 't.yaml')
    const ssec = findings.find((f) => f.ruleId === 'sse-c-not-blocked')
    expect(ssec).toBeDefined()
    expect(ssec!.edit).toBeUndefined()
    // The policy beside the bucket is still a local edit.
    expect(findings.find((f) => f.ruleId === 'tls-not-enforced')?.edit).toBeDefined()
  })

  it('adds no property beside `Fn::Transform`, in YAML or JSON', async () => {
    const yaml =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: x\n      Fn::Transform:\n        Name: MyMacro\n'
    const json =
      '{\n  "Resources": {\n    "Data": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n' +
      '        "BucketName": "x",\n        "Fn::Transform": {"Name": "MyMacro"}\n      }\n    }\n  }\n}\n'
    for (const [file, text] of [
      ['t.yaml', yaml],
      ['t.json', json],
    ] as const) {
      const findings = await editsOf({ [file]: text }, file)
      const inserted = findings.filter((f) => f.edit && !f.ruleId.startsWith('tls-'))
      expect(
        inserted.map((f) => f.ruleId),
        file,
      ).toEqual([])
    }
  })
})

describe('CloudFormation fixes of nodes an alias repeats (red team 8)', () => {
  const ALIASED =
    'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n' +
    '      VersioningConfiguration: &ver\n        Status: Suspended\n      AccessControl: &acl PublicRead\n' + // 5-7
    '  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: *ver\n      AccessControl: *acl\n'

  it('does not delete an anchor another bucket names (the file stopped parsing)', async () => {
    const findings = await editsOf({ 't.yaml': ALIASED }, 't.yaml')
    const acl = findings.find((f) => f.ruleId === 'acl-public-read' && f.resource === 'Data')
    expect(acl).toBeDefined()
    expect(acl!.edit).toBeUndefined()
  })

  it('does not change a value another bucket repeats through its alias', async () => {
    const findings = await editsOf({ 't.yaml': ALIASED }, 't.yaml')
    const versioning = findings.filter((f) => f.ruleId === 'versioning-disabled')
    expect(versioning.map((f) => f.resource)).toEqual(['Data', 'Other'])
    expect(versioning.filter((f) => f.edit)).toEqual([])
    const scalar =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: &st Suspended\n' +
      '  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: *st\n'
    expect((await editsOf({ 't.yaml': scalar }, 't.yaml')).filter((f) => f.ruleId === 'versioning-disabled' && f.edit)).toEqual([])
  })

  it('does not replace a block whose anchor a merge key names, but still edits what is merged', async () => {
    const text =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n' +
      '      PublicAccessBlockConfiguration: &pab\n        BlockPublicAcls: false\n        BlockPublicPolicy: true\n' +
      '      AccessControl: PublicRead\n' +
      '  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        <<: *pab\n        IgnorePublicAcls: true\n'
    const findings = await editsOf({ 't.yaml': text }, 't.yaml')
    const pab = findings.find((f) => f.ruleId === 'block-public-access-incomplete' && f.resource === 'Data')
    expect(pab).toBeDefined()
    expect(pab!.edit).toBeUndefined()
    expect(await everyEditParses('t.yaml', text)).toBeGreaterThan(0)
  })

  it('keeps the suggestions that leave an aliased node as it is, and edits an anchor nothing names', async () => {
    expect(await everyEditParses('t.yaml', ALIASED)).toBeGreaterThan(0)
    // The policy added after a bucket whose last line is an aliased scalar lands outside it.
    const scalar =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: &acl Private\n' +
      '  Other:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: *acl\n'
    await fixRoundTrip({ 't.yaml': scalar }, 't.yaml', 'tls-not-enforced', { pick: (f) => f.resource === 'Data' })
    const unused =
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: &acl PublicRead\n      BucketName: x\n'
    await fixRoundTrip({ 't.yaml': unused }, 't.yaml', 'acl-public-read', { allowNew: [] })
  })
})
