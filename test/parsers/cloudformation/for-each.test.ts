/**
 * `Fn::ForEach` (AWS::LanguageExtensions) resource loops: expanded as CloudFormation does, with
 * findings on the loop body's lines; a loop whose collection is not known statically is reported,
 * never passed silently.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { copyPattern } from '../../../src/parsers/cloudformation/for-each.js'
import { loadTemplateText } from '../../../src/parsers/cloudformation/index.js'
import { fixRoundTrip } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../rules/helpers.js'

const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::LanguageExtensions\n'

const rows = (r: Awaited<ReturnType<typeof scanFiles>>, rules: string[]) =>
  r.findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.resource} ${f.location.line}${f.edit ? ' edit' : ''}`)
    .sort()

describe('Fn::ForEach resource loops', () => {
  it('makes one bucket per element, substituting ${Id} and &{Id}, with findings on the body lines', async () => {
    const template =
      HEAD +
      'Resources:\n' + //                                             3
      '  Fn::ForEach::Buckets:\n' + //                                4
      '    - Name\n' + //                                             5
      '    - [alpha, beta-2]\n' + //                                  6
      '    - Data&{Name}:\n' + //                                     7
      '        Type: AWS::S3::Bucket\n' + //                          8
      '        Properties:\n' + //                                    9
      '          BucketName: !Sub "data-${Name}"\n' + //             10
      '          AccessControl: PublicRead\n' //                      11
    const r = await scanFiles({ 'template.yaml': template })
    expect(rows(r, ['acl-public-read'])).toEqual(['acl-public-read Dataalpha 11 edit', 'acl-public-read Databeta2 11 edit'])
    expect(r.problems).toEqual([])
    const m = loadTemplateText(template, 'template.yaml', DEFAULT_LIMITS).models[0]!
    expect(m.buckets.map((b) => [b.id, b.name.state === 'set' ? b.name.value : b.name.state])).toEqual([
      ['Dataalpha', 'data-alpha'],
      ['Databeta2', 'data-beta-2'],
    ])
  })

  it('links a policy whose Ref and GetAtt name the copy with Fn::Sub, as the transform resolves them', async () => {
    const template =
      HEAD +
      'Resources:\n' +
      '  Fn::ForEach::Tenants:\n' +
      '    - Tenant\n' +
      '    - [alpha, beta]\n' +
      '    - Data${Tenant}:\n' + //                                  7
      '        Type: AWS::S3::Bucket\n' +
      '      Policy${Tenant}:\n' +
      '        Type: AWS::S3::BucketPolicy\n' +
      '        Properties:\n' +
      '          Bucket: !Ref\n' +
      "            Fn::Sub: 'Data${Tenant}'\n" +
      '          PolicyDocument:\n' +
      '            Statement:\n' +
      '              - Effect: Deny\n' +
      "                Principal: '*'\n" +
      "                Action: 's3:*'\n" +
      '                Resource:\n' +
      "                  - !GetAtt [!Sub 'Data${Tenant}', Arn]\n" +
      "                  - !Sub ['${Arn}/*', {Arn: !GetAtt [!Sub 'Data${Tenant}', Arn]}]\n" +
      '                Condition:\n' +
      "                  Bool: {aws:SecureTransport: 'false'}\n"
    const r = await scanFiles({ 'template.yaml': template })
    expect(rows(r, ['tls-not-enforced', 'bucket-policy-missing'])).toEqual([])
    expect(r.notes).toEqual([])
    expect(new Set(r.findings.map((f) => f.resource))).toEqual(new Set(['Dataalpha', 'Databeta']))
  })

  it('reads the collection from a parameter default, expands nested loops, and links a policy made by the loop', async () => {
    const template =
      HEAD +
      'Parameters:\n' + //                                              3
      '  Envs:\n' + //                                                  4
      '    Type: CommaDelimitedList\n' + //                             5
      '    Default: "dev, prod"\n' + //                                 6
      'Resources:\n' + //                                               7
      '  Fn::ForEach::Envs:\n' + //                                     8
      '    - Env\n' + //                                                9
      '    - !Ref Envs\n' + //                                         10
      '    - Fn::ForEach::Kinds:\n' + //                               11
      '        - Kind\n' + //                                          12
      '        - [Raw, Clean]\n' + //                                  13
      '        - ${Kind}${Env}:\n' + //                                14
      '            Type: AWS::S3::Bucket\n' + //                       15
      '          ${Kind}${Env}Policy:\n' + //                          16
      '            Type: AWS::S3::BucketPolicy\n' + //                 17
      '            Properties:\n' + //                                 18
      '              Bucket: !Ref ${Kind}${Env}\n' + //                19
      '              PolicyDocument:\n' + //                           20
      '                Statement:\n' + //                              21
      '                  - Effect: Deny\n' + //                        22
      '                    Principal: "*"\n' + //                      23
      '                    Action: "s3:*"\n' + //                      24
      '                    Resource:\n' + //                           25
      '                      - !GetAtt ${Kind}${Env}.Arn\n' + //       26
      '                      - !Sub "${${Kind}${Env}.Arn}/*"\n' + //   27
      '                    Condition:\n' + //                          28
      '                      Bool: { "aws:SecureTransport": false }\n'
    const r = await scanFiles({ 'template.yaml': template })
    const buckets = [
      ...new Set(r.findings.filter((f) => f.ruleId === 'versioning-disabled').map((f) => `${f.resource} ${f.location.line}`)),
    ]
    expect(buckets.sort()).toEqual(['Cleandev 14', 'Cleanprod 14', 'Rawdev 14', 'Rawprod 14'])
    expect(rows(r, ['tls-not-enforced', 'bucket-policy-missing'])).toEqual([])
  })

  it('recognises a template whose only resources are loops', async () => {
    const template =
      'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::B:\n    - N\n    - [a]\n' +
      '    - B${N}:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicRead\n'
    const r = await scanFiles({ 'template.yaml': template })
    expect(rows(r, ['acl-public-read'])).toEqual(['acl-public-read Ba 9 edit'])
  })

  it('warns about a loop whose template is not a map of resources, and scans the rest', () => {
    const template =
      HEAD +
      'Resources:\n  Fn::ForEach::L:\n    - X\n    - [a]\n    - !Ref X\n' + // 3-7
      '  Fn::ForEach::M: [Y, [b]]\n' + // 8
      '  B:\n    Type: AWS::S3::Bucket\n'
    const r = loadTemplateText(template, 't.yaml', DEFAULT_LIMITS)
    expect(r.models[0]!.buckets.map((b) => b.id)).toEqual(['B'])
    expect(r.problems.map((p) => [p.code, p.line, p.level])).toEqual([
      ['FOREACH_NOT_EXPANDED', 4, 'warning'],
      ['FOREACH_NOT_EXPANDED', 8, 'warning'],
    ])
  })

  it('warns about a loop among the properties of a bucket, which is not expanded', () => {
    const template =
      HEAD +
      'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n' + // 3-6
      '      Fn::ForEach::Props:\n        - P\n        - [A]\n        - Tag${P}: x\n' + // 7-10
      '  Fn_Other:\n    Type: AWS::SQS::Queue\n    Properties:\n      Fn::ForEach::Q: [Q, [a], {}]\n'
    const r = loadTemplateText(template, 't.yaml', DEFAULT_LIMITS)
    expect(r.models[0]!.buckets.map((b) => b.id)).toEqual(['Data'])
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['FOREACH_NOT_EXPANDED', 7, 7]])
  })

  it('warns, naming the loop, when the collection is only known at deploy time, and checks its body once as written', async () => {
    const template =
      HEAD +
      'Parameters:\n  Names:\n    Type: CommaDelimitedList\n' + // 3-5, no default
      'Resources:\n' + //                                        6
      '  Fn::ForEach::Buckets:\n' + //                           7
      '    - Name\n    - !Ref Names\n' + //                     8-9
      '    - Bucket${Name}:\n        Type: AWS::S3::Bucket\n        Properties:\n' + // 10-12
      '          AccessControl: PublicRead\n' + //               13
      '          VersioningConfiguration:\n            Status: !Ref Name\n' + // 14-15
      '      Policy${Name}:\n        Type: AWS::S3::BucketPolicy\n        Properties:\n' + // 16-18
      '          Bucket: !Ref { "Fn::Sub": "Bucket${Name}" }\n' + //  19
      '          PolicyDocument:\n            Statement:\n' + //  20-21
      '              - { Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: !Sub "arn:aws:s3:::${Name}/*" }\n'
    const loaded = loadTemplateText(template, 't.yaml', DEFAULT_LIMITS)
    expect(loaded.problems.map((p) => [p.code, p.line, p.column, p.level])).toEqual([['FOREACH_NOT_EXPANDED', 7, 3, 'warning']])
    expect(loaded.problems[0]!.message).toMatch(/parameter Names has no default.*checked once as written, with Name unknown/)
    // A public bucket in a loop over a list parameter without a default passed unchecked.
    const r = await scanFiles({ 'template.yaml': template })
    expect(rows(r, ['acl-public-read', 'policy-public-read'])).toEqual([
      'acl-public-read Bucket${Name} 13 edit',
      'policy-public-read Policy${Name} 22',
    ])
    // What depends on the identifier is unknown, not guessed.
    expect(r.unknowns.map((u) => [u.ruleId, u.resource, u.location.line])).toEqual([['versioning-disabled', 'Bucket${Name}', 15]])
    expect(r.unknowns[0]!.why).toBe('Name stands for each value of Fn::ForEach::Buckets, which are only known at deploy time')
    expect(r.findings.filter((f) => f.ruleId === 'versioning-disabled')).toEqual([])
  })

  it('charges the copy of a body written out for an unknown collection, nested loops included', () => {
    // Each unknown loop's body is copied once as written, the loops inside it with it: 30 nested
    // loops copy the innermost body 30 times over.
    let entries: Record<string, unknown> = { 'B${I0}': { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } }
    for (let i = 0; i < 30; i++) entries = { [`Fn::ForEach::L${i}`]: [`I${i}`, { Ref: 'Names' }, entries] }
    const template = JSON.stringify({
      Transform: 'AWS::LanguageExtensions',
      Parameters: { Names: { Type: 'CommaDelimitedList' } },
      Resources: entries,
    })
    const capped = loadTemplateText(template, 't.json', { ...DEFAULT_LIMITS, maxAliasExpansion: 200 })
    expect(capped.problems.filter((p) => p.code === 'EVAL_LIMIT')).toHaveLength(1)
    const whole = loadTemplateText(template, 't.json', DEFAULT_LIMITS)
    expect(whole.problems.filter((p) => p.code === 'EVAL_LIMIT')).toEqual([])
    expect(whole.problems.filter((p) => p.code === 'FOREACH_NOT_EXPANDED')).toHaveLength(30)
    expect(whole.models[0]!.buckets.map((b) => b.id)).toEqual(['B${I0}'])
  })

  it('stops at the instance limit with one EVAL_LIMIT warning, on the loop that made too many', () => {
    const many = Array.from({ length: 40 }, (_, i) => `v${i}`).join(', ')
    const template =
      HEAD +
      'Resources:\n' +
      `  Fn::ForEach::A:\n    - X\n    - [${many}]\n` +
      `    - Fn::ForEach::B:\n        - Y\n        - [${many}]\n` +
      '        - B${X}${Y}:\n            Type: AWS::S3::Bucket\n'
    const r = loadTemplateText(template, 't.yaml', { ...DEFAULT_LIMITS, maxInstances: 100 })
    expect(r.models[0]!.buckets).toHaveLength(100)
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['EVAL_LIMIT', 7]])
  })

  it('fixes a copy by editing the loop template every copy shares, and adds no new policy beside a loop', async () => {
    const template =
      HEAD +
      'Resources:\n' +
      '  Plain:\n    Type: AWS::S3::Bucket\n' + //              4-5
      '  Fn::ForEach::Buckets:\n    - N\n    - [a, b]\n' + //   6-8
      '    - Loop${N}:\n        Type: AWS::S3::Bucket\n' //     9-10
    const r = await scanFiles({ 'template.yaml': template })
    expect(rows(r, ['versioning-disabled', 'tls-not-enforced'])).toEqual([
      'tls-not-enforced Loopa 9',
      'tls-not-enforced Loopb 9',
      'tls-not-enforced Plain 4',
      'versioning-disabled Loopa 9 edit',
      'versioning-disabled Loopb 9 edit',
      'versioning-disabled Plain 4 edit',
    ])
    const edits = r.findings.filter((f) => f.ruleId === 'versioning-disabled' && f.resource.startsWith('Loop')).map((f) => f.edit)
    expect(edits[0]).toEqual(edits[1])
    const { fixed } = await fixRoundTrip({ 'template.yaml': template }, 'template.yaml', 'versioning-disabled', {
      pick: (f) => f.resource === 'Loopa',
    })
    const after = await scanFiles({ 'template.yaml': fixed })
    expect(rows(after, ['versioning-disabled'])).toEqual(['versioning-disabled Plain 4 edit'])
  })

  it('adds the TLS statement to the policy the loop writes, in the loop’s own terms', async () => {
    const template =
      HEAD +
      'Resources:\n  Fn::ForEach::Tenants:\n    - T\n    - [acme, globex]\n' +
      '    - Data${T}:\n        Type: AWS::S3::Bucket\n' +
      '      Data${T}Policy:\n        Type: AWS::S3::BucketPolicy\n        Properties:\n          Bucket: !Ref Data${T}\n' +
      '          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Principal:\n' +
      '                  AWS: !Sub "arn:aws:iam::${AWS::AccountId}:root"\n                Action: s3:GetObject\n' +
      '                Resource: !Sub "${Data${T}.Arn}/*"\n'
    const { edit, fixed } = await fixRoundTrip({ 'template.yaml': template }, 'template.yaml', 'tls-not-enforced', {
      pick: (f) => f.resource === 'Dataacme',
    })
    expect(edit.replacement).toContain('- !GetAtt Data${T}.Arn')
    const after = await scanFiles({ 'template.yaml': fixed })
    expect(rows(after, ['tls-not-enforced'])).toEqual([])
  })
})

describe('copyPattern: which loop template a copy came from', () => {
  it('reads ${} as any text and &{} as letters and digits, each possibly empty', () => {
    const data = copyPattern('Data${T}Log')
    expect(['DataLog', 'DataxyzLog', 'Data-Log', 'DataLo'].map((id) => data.test(id))).toEqual([true, true, true, false])
    const alnum = copyPattern('B&{T}x')
    expect(['Bx', 'Bab1x', 'Ba-bx', 'Babx2'].map((id) => alnum.test(id))).toEqual([true, true, false, false])
    expect(copyPattern('${A}${B}').test('')).toBe(true)
    expect(copyPattern('Plain').test('Plain')).toBe(true)
    expect(copyPattern('Plain').test('Plainer')).toBe(false)
  })

  it('answers in linear time for keys full of placeholders', () => {
    const p = copyPattern(`B${'${X}B'.repeat(40)}Z`)
    const t0 = performance.now()
    expect(p.test('B'.repeat(250))).toBe(false)
    expect(p.test(`${'B'.repeat(250)}Z`)).toBe(true)
    // Backtracking took minutes on 60 characters; this is 2 × 250 × 82 steps.
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('matches no id longer than CloudFormation allows, and answers at once for keys and ids of 100 KB', () => {
    expect(copyPattern('B${X}').test(`B${'x'.repeat(254)}`)).toBe(true)
    expect(copyPattern('B${X}').test(`B${'x'.repeat(255)}`)).toBe(false)
    // Each id was stepped through every position of the key (10^10 steps for these), and a key
    // of `${${${…` split by a RegExp that rescanned it from every `${`.
    const t0 = performance.now()
    const long = 'B'.repeat(100_000)
    expect(copyPattern(`${long}\${X}`).test(long)).toBe(false)
    expect(copyPattern('${X}'.repeat(50_000)).test('anything')).toBe(true)
    expect(copyPattern(`B\${X}${'${'.repeat(50_000)}`).test(`Ba${'${'.repeat(50_000)}`)).toBe(false)
    expect(copyPattern(`&{X}${'${'.repeat(50_000)}`).test('ab')).toBe(false)
    expect(performance.now() - t0).toBeLessThan(5000)
  })

  it('reads placeholders as a RegExp split at `${…}` and `&{…}` would', () => {
    expect(copyPattern('A${x${y}B').test('AzzB')).toBe(true)
    expect(copyPattern('A${x${y}B').test('A}B')).toBe(true)
    expect(copyPattern('A${xB').test('A${xB')).toBe(true)
    expect(copyPattern('A${xB').test('AB')).toBe(false)
    expect(copyPattern('A&{T}${U}').test('A-')).toBe(true)
    expect(copyPattern('A&{T}&{U}').test('A-')).toBe(false)
  })
})
