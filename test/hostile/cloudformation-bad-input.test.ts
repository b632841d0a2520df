import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hits, scanFiles, writeTree } from '../helpers/scan-files.js'
import { scan } from '../../src/scan.js'
import { makeScanOptions } from '../../src/options.js'
import { recordingLogger } from '../../src/logger.js'
import { scanInChild } from './support.js'

const GOOD =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

function errorsOf(r: Awaited<ReturnType<typeof scanFiles>>, file: string) {
  return r.problems.filter((p) => p.file === file && p.level === 'error').map((p) => ({ code: p.code, line: p.line }))
}

describe('bad CloudFormation input', () => {
  it('reports a truncated template with file and line and still scans the others', async () => {
    const r = await scanFiles({
      'good.yaml': GOOD,
      'bad.yaml': GOOD.slice(0, GOOD.indexOf('Properties')) + 'Properties:\n      AccessControl: [Pub',
    })
    expect(errorsOf(r, 'bad.yaml')).toEqual([{ code: 'YAML_SYNTAX', line: 6 }])
    expect(hits(r, 'parse-error')).toEqual(['parse-error@6'])
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  })

  it('ends a chain of 20,000 conditions naming the next as an unknown, and scans the rest of the template', async () => {
    // Each named condition restarted the depth count: the stack overflowed and the template was lost.
    const n = 20_000
    const chain = (i: number) => (i % 2 ? `!Condition C${i + 1}` : `!Equals [!If [C${i + 1}, a, b], a]`)
    const conditions = Array.from({ length: n }, (_, i) => `  C${i}: ${chain(i)}\n`).join('')
    const r = await scanFiles({
      'chain.yaml': `Conditions:\n${conditions}  C${n}: !Equals [a, a]\nResources:\n  Maybe:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !If [C0, PublicReadWrite, Private]\n${GOOD.slice(GOOD.indexOf('  Site:'))}`,
    })
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(hits(r, 'acl-public-write')).toEqual([`acl-public-write@${n + 11}`])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => u.location.line)).toEqual([n + 7])
  })

  it('reports a resource whose Type is not a string at its line instead of skipping it, and resources an include adds', async () => {
    const r = await scanFiles({
      'types.yaml': `${GOOD}  Listed:\n    Type: [AWS::S3::Bucket]\n  Referenced:\n    Type: !Ref T\n  Missing:\n    Properties: {}\n  Number:\n    Type: 5\n  Flag:\n    Type: true\n`,
      'scalar.yaml': `AWSTemplateFormatVersion: '2010-09-09'\nResources: hello\n`,
      'include.yaml': `${GOOD}  Fn::Transform:\n    Name: AWS::Include\n    Parameters:\n      Location: s3://bucket/more.yaml\n`,
    })
    expect(r.problems.filter((p) => p.file === 'include.yaml').map((p) => [p.code, p.line, p.level])).toEqual([
      ['TRANSFORM_NOT_EXPANDED', 7, 'warning'],
    ])
    expect(errorsOf(r, 'types.yaml')).toEqual([
      { code: 'RESOURCE_TYPE_INVALID', line: 7 },
      { code: 'RESOURCE_TYPE_INVALID', line: 9 },
      { code: 'RESOURCE_TYPE_INVALID', line: 11 },
      { code: 'RESOURCE_TYPE_INVALID', line: 13 },
      { code: 'RESOURCE_TYPE_INVALID', line: 15 },
    ])
    expect(errorsOf(r, 'scalar.yaml')).toEqual([{ code: 'RESOURCES_INVALID', line: 2 }])
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6', 'acl-public-write@6'])
  })

  it('reports a template cut off before its first Type, and skips valid YAML that only has a Resources key', async () => {
    const r = await scanFiles({
      'cut.json': '{"Resources": {"Data": ',
      'cut.yaml': 'Resources:\n  Data:\n    Type: [\n',
      'other.yaml': 'Resources:\n  cpu: 2\n',
    })
    expect(r.problems.map((p) => [p.file, p.code, p.level])).toEqual([
      ['cut.json', 'JSON_SYNTAX', 'error'],
      ['cut.yaml', 'YAML_SYNTAX', 'error'],
    ])
  })

  it('reports Properties that are not a mapping at their line instead of reading a bare resource', async () => {
    const r = await scanFiles({
      'props.yaml': `${GOOD}  Text:\n    Type: AWS::S3::Bucket\n    Properties: "AccessControl: PublicRead"\n  Listed:\n    Type: AWS::S3::Bucket\n    Properties:\n      - AccessControl: PublicRead\n  Empty:\n    Type: AWS::S3::Bucket\n    Properties:\n`,
    })
    expect(errorsOf(r, 'props.yaml')).toEqual([
      { code: 'PROPERTIES_INVALID', line: 9 },
      { code: 'PROPERTIES_INVALID', line: 12 },
    ])
  })

  it('reports conditions that refer to each other in a circle, and decides nothing by them', async () => {
    const r = await scanFiles({
      'cycle.yaml':
        'Conditions:\n  UsePrivate: !Condition Fallback\n  Fallback: !Or [!Condition UsePrivate, !Equals [a, a]]\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !If [UsePrivate, Private, PublicReadWrite]\n',
    })
    expect(r.problems.map((p) => [p.code, p.line, p.level])).toEqual([['EVAL_CYCLE', 2, 'warning']])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-write').map((u) => u.location.line)).toEqual([8])
  })

  it('reports a logical id longer than CloudFormation allows instead of repeating it in every finding', async () => {
    const id = 'K'.repeat(1_000_000)
    const r = await scanFiles({
      'long.yaml': `${GOOD}  ${id}:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n`,
    })
    expect(errorsOf(r, 'long.yaml')).toEqual([{ code: 'LOGICAL_ID_INVALID', line: 7 }])
    expect(r.findings.every((f) => f.resource.length < 256 && f.message.length < 1000)).toBe(true)
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@6'])
  })

  it('reports tab indentation and duplicate keys', async () => {
    const r = await scanFiles({
      'tabs.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n\tB:\n\t\tType: AWS::S3::Bucket\n',
      'dup.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::S3::Bucket\n',
    })
    expect(errorsOf(r, 'tabs.yaml')).toEqual([{ code: 'YAML_SYNTAX', line: 3 }])
    expect(errorsOf(r, 'dup.yaml')).toEqual([{ code: 'DUPLICATE_KEY', line: 4 }])
  })

  it('refuses a YAML alias bomb quickly', async () => {
    const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
    for (let i = 1; i < 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      )
    const t0 = performance.now()
    const r = await scanFiles({ 'bomb.yaml': lines.join('\n') + '\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', 'good.yaml': GOOD })
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(errorsOf(r, 'bomb.yaml')[0]?.code).toBe('ALIAS_EXPANSION')
    expect(hits(r, 'acl-public-write')).toHaveLength(1)
  })

  it('reports deep nesting as an error instead of overflowing the stack', async () => {
    const deepYaml =
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: ' +
      '['.repeat(5000) +
      ']'.repeat(5000) +
      '\n'
    const deepJson =
      '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":' +
      '['.repeat(50000) +
      ']'.repeat(50000) +
      '}}}}'
    const r = await scanFiles({ 'deep.yaml': deepYaml, 'deep.json': deepJson, 'good.yaml': GOOD })
    expect(errorsOf(r, 'deep.yaml')[0]?.code).toBe('YAML_SYNTAX')
    expect(errorsOf(r, 'deep.json')[0]?.code).toBe('JSON_SYNTAX')
    expect(hits(r, 'acl-public-write')).toHaveLength(1)
  })

  it('skips binary junk named .yaml that does not look like a template, and reports one that does', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    const templateish = Buffer.concat([Buffer.from('AWSTemplateFormatVersion: "2010-09-09"\n'), Buffer.from([0, 1, 2, 0xff, 0xfe])])
    const r = await scanFiles({ 'junk.yaml': junk, 'half.yaml': templateish, 'good.yaml': GOOD })
    expect(errorsOf(r, 'junk.yaml')).toEqual([])
    expect(errorsOf(r, 'half.yaml')).toEqual([{ code: 'BINARY_FILE', line: 1 }])
    expect(hits(r, 'acl-public-write')).toHaveLength(1)
  })

  it('warns about invalid UTF-8 in a template and still scans it', async () => {
    const bytes = Buffer.concat([Buffer.from(GOOD), Buffer.from('Description: caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    const r = await scanFiles({ 'latin1.yaml': bytes })
    expect(r.problems.find((p) => p.code === 'INVALID_UTF8')).toMatchObject({ line: 7, level: 'warning' })
    expect(hits(r, 'acl-public-write')).toHaveLength(1)
  })

  it('scans a 10 MB template in bounded time', async () => {
    // Big templates are big because of inline code and definitions, not because of buckets.
    const code = Array.from({ length: 100 }, (_, i) => `          console.log("line ${i} ${'x'.repeat(40)}")`).join('\n')
    const parts = ['AWSTemplateFormatVersion: "2010-09-09"\nResources:\n']
    let size = 0
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const resource =
        i % 10 === 0
          ? `  B${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "\${AWS::StackName}-${i}"\n      VersioningConfiguration:\n        Status: Enabled\n`
          : `  F${i}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: nodejs20.x\n      Handler: index.handler\n      Code:\n        ZipFile: |\n${code}\n`
      parts.push(resource)
      size += resource.length
    }
    const t0 = performance.now()
    const r = await scanFiles({ 'big.yaml': parts.join('') })
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(r.stats.buckets).toBeGreaterThan(100)
    expect(performance.now() - t0).toBeLessThan(30_000)
  })

  it('bounds the strings intrinsics build from a long parameter, in a child with its heap capped', async () => {
    // Each `${P}` repeats a 100 KB default: 20,000 of them were a 2 GB string, "Invalid string
    // length" and the whole template lost as an internal error after 30 s and 2.7 GB.
    const refs = (n: number) => Array<object>(n).fill({ Ref: 'P' })
    const template = (name: object, conditions: object = {}) =>
      JSON.stringify({
        AWSTemplateFormatVersion: '2010-09-09',
        Parameters: { P: { Type: 'String', Default: 'x'.repeat(100_000) } },
        Conditions: conditions,
        Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: name, AccessControl: 'PublicRead' } } },
      })
    const dir = writeTree({
      'sub.json': template({ 'Fn::Sub': '${P}'.repeat(20_000) }),
      'join.json': template({ 'Fn::Join': ['', refs(20_000)] }),
      'json.json': template({ 'Fn::ToJsonString': refs(20_000) }),
      'equals.json': template({ 'Fn::If': ['C', 'a', 'b'] }, { C: { 'Fn::Equals': [refs(20_000), refs(20_000)] } }),
      'if.json': template({ 'Fn::If': ['Unknowable', refs(20_000), refs(20_000)] }),
      'good.yaml': GOOD,
    })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 30_000 })
      expect(r.problems).toEqual([])
      const read = r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.file)
      expect(read.sort()).toEqual(['equals.json', 'if.json', 'join.json', 'json.json', 'sub.json'])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.file)).toEqual(['good.yaml'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('bounds Fn::ForEach copies (100,000 values times an alias-heavy body), in a child with its heap capped', async () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `v${i}`).join(', ')
    const bomb =
      'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Big:\n    - X\n' +
      `    - [${values}]\n` +
      '    - B${X}:\n        Type: AWS::S3::Bucket\n        Properties:\n' +
      '          Tags: &a [{Key: k, Value: v}, {Key: k, Value: v}, {Key: k, Value: v}, {Key: k, Value: v}]\n' +
      '          Other: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n' +
      '          More: [*b, *b, *b, *b, *b, *b, *b, *b]\n'
    const dir = writeTree({ 'loops.yaml': bomb, 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 30_000 })
      expect(r.problems.map((p) => [p.file, p.code, p.line])).toEqual([['loops.yaml', 'EVAL_LIMIT', 3]])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.file)).toEqual(['good.yaml'])
      // The copies made before the limit are scanned.
      expect(r.buckets).toBeGreaterThan(10)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('matches loop copies to their template in linear time, whatever placeholders the key holds', async () => {
    // The copy `BBB…B` (from loop M) was tried against loop L's key as a backtracking RegExp
    // (`^B.*B.*…Z$`): a minute of CPU per finding, and the job timed out.
    const key = `B${'${X}B'.repeat(18)}Z`
    const template = [
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Fn::ForEach::L:',
      '    - X',
      '    - [a]',
      `    - ${key}:`,
      '        Type: AWS::S3::Bucket',
      '  Fn::ForEach::M:',
      '    - Y',
      '    - [B]',
      `    - ${'B'.repeat(40)}\${Y}:`,
      '        Type: AWS::S3::Bucket',
      '        Properties:',
      '          AccessControl: PublicReadWrite',
      '',
    ].join('\n')
    const dir = writeTree({ 'loops.yaml': template, 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 20_000 })
      const copy = r.findings.filter((f) => f.ruleId === 'acl-public-write' && f.file === 'loops.yaml')
      expect(copy.map((f) => f.line)).toEqual([14])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write' && f.file === 'good.yaml')).toHaveLength(1)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('counts the elements Fn::Split builds as evaluation steps, in a child with its heap capped', async () => {
    // Each statement split the 200 KB default into characters again: 60 million strings, and the
    // scan died out of memory (a 1 MB default: 4.6 GB), taking every other file with it.
    const statement = { Effect: 'Allow', Principal: '*', Action: { 'Fn::Split': ['', { Ref: 'P' }] }, Resource: '*' }
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { P: { Type: 'String', Default: 'x'.repeat(200_000) } },
      Resources: {
        B: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } },
        Pol: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: { Bucket: { Ref: 'B' }, PolicyDocument: { Statement: Array(300).fill(statement) } },
        },
      },
    }
    const dir = writeTree({ 'split.json': JSON.stringify(template), 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 60_000, limits: { maxEvalSteps: 500_000 } })
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.file)).toEqual(['split.json'])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.file)).toEqual(['good.yaml'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('bounds the strings Fn::ForEach copies hold, in a child with its heap capped', async () => {
    // Each copy put a 100 KB value into 2,000 `${X}`: 200 MB a copy, 4 GB for 20 values from a
    // 2 MB template (10,000 `${X}` and one value: "Invalid string length", the template lost).
    const values = Array.from({ length: 20 }, (_, i) => `"${'v'.repeat(100_000)}${i}"`).join(', ')
    const template =
      'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Names:\n    - X\n' +
      `    - [${values}]\n` +
      `    - B&{X}:\n        Type: AWS::S3::Bucket\n        Properties:\n          BucketName: "${'${X}'.repeat(2000)}"\n` +
      '  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'
    const dir = writeTree({ 'loops.yaml': template, 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 60_000 })
      expect(r.problems.map((p) => [p.file, p.code, p.line])).toEqual([['loops.yaml', 'EVAL_LIMIT', 3]])
      expect(r.problems[0]!.message).toContain('64 characters')
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.file}:${f.line}`)).toEqual([
        'good.yaml:6',
        'loops.yaml:13',
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('finds the loop template of 1,000 copies among 20,000 loops in seconds', async () => {
    // Every finding of every copy was tested against the ids of every loop: 109 s for 1.4 MB.
    const values = Array.from({ length: 1000 }, (_, i) => `v${i}`).join(', ')
    let template =
      'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Big:\n    - X\n' +
      `    - [${values}]\n` +
      '    - B${X}:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicReadWrite\n'
    for (let i = 0; i < 20_000; i++) template += `  Fn::ForEach::E${i}: [Y, [], {"\${Y}\${Y}": {Type: AWS::S3::Bucket}}]\n`
    const dir = writeTree({ 'loops.yaml': template })
    try {
      const r = await scanInChild(dir, { heapMb: 1024, timeoutMs: 60_000 })
      expect(r.ms).toBeLessThan(30_000)
      const copies = r.findings.filter((f) => f.ruleId === 'acl-public-write')
      expect(copies).toHaveLength(1000)
      expect(new Set(copies.map((f) => `${f.file}:${f.line}`))).toEqual(new Set(['loops.yaml:9']))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('reads a file of many documents in linear time', async () => {
    // The file's comments were searched once per document: 8,000 documents took 40 s, 20,000 over a minute.
    const dir = writeTree({ 'docs.yaml': '---\nResources:\n  X:\n    Type: AWS::S3::Bucket\n'.repeat(8_000), 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 1024, timeoutMs: 60_000 })
      expect(r.ms).toBeLessThan(20_000)
      expect(r.buckets).toBe(8_000 + 1)
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.file}:${f.line}`)).toEqual(['good.yaml:6'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('places the suppression comments of 2,000 documents once each, in a child with its heap capped', async () => {
    // Every document was given every comment of the file and reported those outside it: 4 million
    // problems built before the cap on them (580 MB; 5,000 documents took 95 s and 3.3 GB).
    const doc = (i: number) => `---\nResources:\n  B${i}:\n    # s3-gate:ignore versioning-disabled reason="x"\n    Type: AWS::S3::Bucket\n`
    const dir = writeTree({ 'docs.yaml': Array.from({ length: 2_000 }, (_, i) => doc(i)).join(''), 'good.yaml': GOOD })
    try {
      const r = await scanInChild(dir, { heapMb: 256, timeoutMs: 60_000 })
      expect(r.ms).toBeLessThan(30_000)
      // Each comment applied to its own bucket: none is reported as applying to nothing, or as unused.
      expect(r.problems.filter((p) => p.code !== 'MULTI_DOCUMENT')).toEqual([])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.file}:${f.line}`)).toEqual(['good.yaml:6'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('places 40,000 suppression comments among 40,000 resources in linear time', async () => {
    // Each comment was tried against every resource: 40,000 comments that sit in no resource took 43 s.
    const n = 40_000
    const topics = Array.from({ length: n }, (_, i) => `  T${i}: {Type: AWS::SNS::Topic}\n`).join('')
    const orphans = '  # s3-gate:ignore versioning-disabled reason="x"\n'.repeat(n)
    const placed = '  # s3-gate:ignore versioning-disabled reason="x"\n  Site:\n    Type: AWS::S3::Bucket\n'
    const t0 = performance.now()
    const r = await scanFiles({ 't.yaml': `Resources:\n${topics}${placed}Outputs:\n${orphans}  O: {Value: x}\n` })
    expect(performance.now() - t0).toBeLessThan(20_000)
    expect(r.findings.find((f) => f.ruleId === 'versioning-disabled')).toMatchObject({ resource: 'Site', suppressed: true })
    const orphaned = r.problems.filter((p) => p.code === 'ORPHAN_SUPPRESSION')
    expect(orphaned.length).toBeGreaterThan(0)
    expect(orphaned.every((p) => p.line > n + 4)).toBe(true)
  })

  it('checks a large policy that may apply to any of 600 buckets once, as unknown on each, in a child with its heap capped', async () => {
    // Read again and checked on each bucket it may name (`!Select` with an unknown index): 500
    // buckets of a 500-statement policy took 16 s and 560 MB, 2,000 of 2,000 over 2 minutes and 4 GB.
    const n = 600
    const refs = Array.from({ length: n }, (_, i) => ({ Ref: `B${i}` }))
    const statements = Array.from({ length: n }, (_, i) => ({
      Effect: 'Allow',
      Principal: i === 0 ? '*' : { AWS: `arn:aws:iam::${100_000_000_000 + i}:root` },
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::b${i}/*`,
    }))
    const resources: Record<string, object> = Object.fromEntries(refs.map((_, i) => [`B${i}`, { Type: 'AWS::S3::Bucket' }]))
    resources.P = {
      Type: 'AWS::S3::BucketPolicy',
      Properties: { Bucket: { 'Fn::Select': [{ Ref: 'Idx' }, refs] }, PolicyDocument: { Statement: statements } },
    }
    const dir = writeTree({
      't.json': JSON.stringify({ Parameters: { Idx: { Type: 'Number' } }, Resources: resources }),
      'good.yaml': GOOD,
    })
    try {
      const r = await scanInChild(dir, { heapMb: 256, timeoutMs: 60_000 })
      expect(r.ms).toBeLessThan(30_000)
      expect(r.buckets).toBe(n + 1)
      // What the policy opens is not known on any of them: neither a pass nor an alarm.
      expect(r.findings.filter((f) => f.ruleId === 'policy-public-read')).toEqual([])
      expect(r.unknowns).toBeGreaterThanOrEqual(n)
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.file}:${f.line}`)).toEqual(['good.yaml:6'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('reads long runs in comments, condition values, ARNs and loop keys in linear time', async () => {
    // Each took time quadratic in the run on a RegExp that scans the rest of the text from every
    // position of it: a suppression comment of one long rule id and a line separator (3 s for
    // 50 KB), `${` without `}` in condition values (4 minutes for 400 KB) and in a loop's key
    // (over 5 minutes for 100 KB), a policy's `Bucket` of slashes and a newline (25 s for 200 KB).
    const bucket = { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicReadWrite' } }
    const policy = (props: object) => ({ Type: 'AWS::S3::BucketPolicy', Properties: props })
    const dollars = '${'.repeat(100_000)
    const statement = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
    const dir = writeTree({
      'comment.yaml': `Resources:\n  # s3-gate:ignore ${'a'.repeat(200_000)}\u2028  # reason="x"\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n`,
      'condition.json': JSON.stringify({
        Resources: {
          B: bucket,
          P: policy({
            Bucket: { Ref: 'B' },
            PolicyDocument: {
              Statement: [{ ...statement, Condition: { StringEquals: { 'aws:SourceVpce': dollars, 'aws:userid': dollars } } }],
            },
          }),
        },
      }),
      'arn.json': JSON.stringify({
        Resources: {
          B: bucket,
          P: policy({ Bucket: `arn:aws:s3:::${'/'.repeat(200_000)}\n`, PolicyDocument: { Statement: [statement] } }),
        },
      }),
      'key.yaml': `Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::L:\n    - X\n    - [a]\n    - "B\${X}${dollars}":\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicReadWrite\n`,
      'good.yaml': GOOD,
    })
    try {
      const r = await scanInChild(dir, { heapMb: 512, timeoutMs: 60_000 })
      expect(r.ms).toBeLessThan(30_000)
      const files = r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.file}:${f.line}`)
      expect(files.sort()).toEqual(['arn.json:1', 'comment.yaml:6', 'condition.json:1', 'good.yaml:6'])
      // The loop's copy has an id CloudFormation rejects, and says so at the loop body.
      expect(r.problems.filter((p) => p.file === 'key.yaml').map((p) => `${p.code}@${p.line}`)).toEqual(['LOGICAL_ID_INVALID@6'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 70_000)

  it('checks 40,000 trails in linear time', async () => {
    // Each trail's rules looked for another trail that covers its gap among all the others:
    // 20,000 trails took 15 s, 150,000 a quarter of an hour.
    const resources: Record<string, object> = {}
    for (let i = 0; i < 40_000; i++)
      resources[`T${i}`] = { Type: 'AWS::CloudTrail::Trail', Properties: { IsLogging: true, S3BucketName: 'logs' } }
    const dir = writeTree({
      'trails.json': JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }),
      'good.yaml': GOOD,
    })
    try {
      // 40,000 trails yield more findings than the default limits.maxFindings: raised.
      const r = await scanInChild(dir, { heapMb: 1024, timeoutMs: 30_000, limits: { maxFindings: 1_000_000 } })
      // CPU time: wall-clock beside other test files in CI came within 2× of the bound.
      expect(r.cpuMs).toBeLessThan(15_000)
      expect(r.findings.filter((f) => f.ruleId === 'cloudtrail-multi-region-disabled').length).toBe(40_000)
      expect(r.findings.filter((f) => f.ruleId === 'cloudtrail-data-events-missing').length).toBe(40_000)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 40_000)

  it('skips a file above the size limit with an error naming it', async () => {
    const r = await scanFiles(
      { 'huge.yaml': GOOD + '#' + 'x'.repeat(2 * 1024 * 1024) + '\n', 'good.yaml': GOOD },
      { limits: { maxFileBytes: 1024 * 1024 } as never },
    )
    expect(errorsOf(r, 'huge.yaml')).toEqual([{ code: 'FILE_TOO_LARGE', line: 1 }])
    expect(hits(r, 'acl-public-write')).toHaveLength(1)
  })

  it('never follows a symlink out of the scanned root', async () => {
    const outside = writeTree({ 'secret.yaml': GOOD })
    const dir = writeTree({ 'good.yaml': GOOD })
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'link.yaml'))
    fs.symlinkSync(outside, path.join(dir, 'linkdir'))
    const r = await scan(makeScanOptions({ cwd: dir, workers: 0 }), recordingLogger())
    expect(r.findings.map((f) => f.location.file)).not.toContain('link.yaml')
    expect(r.findings.every((f) => !f.location.file.startsWith('linkdir'))).toBe(true)
    expect(r.stats.files).toBe(1)
  })

  it('skips YAML that is not a template, even when it does not parse', async () => {
    const r = await scanFiles({ 'values.yaml': 'a: [b\n', 'ci.yml': 'on: push\njobs: {}\n' })
    expect(r.problems).toEqual([])
    // Read and skipped: not infrastructure, so not counted (the gate says "no infrastructure files").
    expect(r.stats.files).toBe(0)
  })
})
