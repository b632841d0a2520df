/**
 * Small CloudFormation inputs that made the scan do work out of all proportion to their size:
 * strings rebuilt from a long parameter default once per resource, both branches of every
 * unknown `Fn::If` serialised, access points looked up one by one, and foreign policies naming
 * buckets by names far longer than S3 allows. Each scan runs in a child process with its heap
 * capped and a time limit, so "bounded" is a hard limit.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { parseConfig } from '../../src/config/load.js'
import { scanFiles, writeTree } from '../helpers/scan-files.js'
import { scanInChild, type ChildScan } from './support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scanHostile(files: Record<string, string>, heapMb = 384): Promise<ChildScan> {
  const dir = writeTree(files)
  dirs.push(dir)
  return scanInChild(dir, { heapMb, timeoutMs: 30_000 })
}

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\n'

describe('CloudFormation that amplifies', () => {
  it('stops the rules of a template at 100,000 findings and unknowns, and scans the other templates whole', async () => {
    // 40,000 bare buckets (1.4 MB) yield 11 findings each: 440,000 findings did not fit in this
    // heap (out of memory), and 5 MB of them took 60 s and 1.9 GB. Now 100,000 are kept and an error
    // says where the rules stopped; the gate fails on it.
    const bare = Array.from({ length: 40_000 }, (_, i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`).join('')
    const r = await scanHostile({
      'bare.yaml': `Resources:\n${bare}`,
      'public.yaml': `${TEMPLATE}Resources:\n  P:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n`,
    })
    expect(r.buckets).toBe(40_001)
    expect(r.findings.filter((f) => f.file === 'bare.yaml' && f.ruleId !== 'parse-error')).toHaveLength(100_000)
    // Rule by rule over the buckets: the third rule stopped at the 20,001st bucket (line 40,002).
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual([['FINDINGS_LIMIT', 'bare.yaml', 40_002, 'error']])
    expect(r.problems[0]!.message).toMatch(
      /yielded 100000 findings and unknowns.*limits\.maxFindings \(--max-findings\).*stopped at B20000/,
    )
    expect(r.findings.filter((f) => f.file === 'public.yaml' && f.ruleId === 'acl-public-write')).toHaveLength(1)
    expect(r.ms).toBeLessThan(25_000)
  })

  it('bounds the findings of the whole scan: templates each below the per-template limit add up no further', async () => {
    // 12 templates of 3,000 bare buckets: 33,000 findings each, 396,000 in all. Without a bound
    // for the whole scan they did not fit in this heap (30 such files of 9,000 held 1.1 GB).
    // The limit is lowered here to keep the test quick; the default works the same way, higher.
    const bare = `Resources:\n${Array.from({ length: 3000 }, (_, i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`).join('')}`
    const names = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}.yaml`)
    const dir = writeTree(Object.fromEntries(names.map((n) => [n, bare])))
    dirs.push(dir)
    const r = await scanInChild(dir, { heapMb: 128, timeoutMs: 60_000, limits: { maxScanFindings: 70_000 } })
    // The first two templates in scan order fit; each of the others has an error instead of findings,
    // and its buckets are not counted (those planned after the third are not even processed).
    expect(r.buckets).toBe(6000)
    expect(r.files).toBe(12)
    const reported = r.findings.filter((f) => f.ruleId !== 'parse-error')
    expect(reported).toHaveLength(66_000)
    expect(new Set(reported.map((f) => f.file))).toEqual(new Set(names.slice(0, 2)))
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.level])).toEqual(
      names.slice(2).map((n) => ['SCAN_FINDINGS_LIMIT', n, 1, 'error']),
    )
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file)).toEqual(names.slice(2))
  }, 90_000)

  it('charges the strings intrinsics build, and still reads every resource once the budget is spent', async () => {
    // 1,000 buckets named by a `Fn::Join` of a 60 KB default repeated 100 times: 6 GB of text,
    // out of memory; `Fn::Base64` of it had no bound at all; both branches of an unknown `Fn::If`
    // were serialised for each bucket. Once the budget ran out, every later `Type` was unknown and
    // the rest of the template was reported as invalid.
    const refs = Array(100).fill('!Ref Q').join(', ')
    const params = `Parameters:\n  Q: {Type: String, Default: "${'a'.repeat(60_000)}"}\n  E: {Type: String}\nConditions:\n  C: !Equals [!Ref E, x]\n`
    const bucket = (i: number, name: string) => `  B${i}: {Type: AWS::S3::Bucket, Properties: {BucketName: ${name}}}\n`
    const many = (n: number, name: string) => Array.from({ length: n }, (_, i) => bucket(i, name)).join('')
    const r = await scanHostile({
      'sub.yaml': `${TEMPLATE}${params}Resources:\n${many(200, `!Sub [!Join ['', [${refs}]], {}]`)}`,
      'base64.yaml': `${TEMPLATE}${params}Resources:\n${many(100, `!Base64 {"Fn::Sub": [!Join ['', [${refs}]], {}]}`)}`,
      'if.yaml': `${TEMPLATE}${params}Resources:\n${many(200, `!If [C, !Join ['', [${refs}]], !Join ['', [${refs}, x]]]`)}`,
    })
    expect(r.buckets).toBe(500)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    const limits = r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => `${p.file}:${p.line}`)
    expect(limits.sort()).toEqual(['base64.yaml:1', 'if.yaml:1', 'sub.yaml:1'])
    expect(r.findings.filter((f) => f.ruleId === 'rule-error')).toEqual([])
  })

  it('finds each access point of a bucket by its id, not by a search', async () => {
    // 80,000 access points on one bucket were a search each, in three rules: 44 s.
    const points = Array.from({ length: 20_000 }, (_, i) => `  A${i}: {Type: AWS::S3::AccessPoint, Properties: {Bucket: !Ref B}}\n`)
    const r = await scanHostile({ 't.yaml': `${TEMPLATE}Resources:\n  B:\n    Type: AWS::S3::Bucket\n${points.join('')}` }, 512)
    expect(r.buckets).toBe(1)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
  })

  it('does not look up foreign bucket names longer than any name can be by each of their prefixes', async () => {
    // 100 policies naming buckets of 16,000 characters: every prefix of each was hashed (23 s).
    const policy = (i: number) =>
      `  P${i}:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: "${String(i).padStart(6, '0')}${'a'.repeat(16_000)}"\n      PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:root"}, Action: "s3:GetObject", Resource: "*"}]}\n`
    const r = await scanHostile({
      'a.yaml': `${TEMPLATE}Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: a-bucket}\n`,
      'b.yaml': `${TEMPLATE}Resources:\n${Array.from({ length: 200 }, (_, i) => policy(i)).join('')}`,
    })
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(r.findings.some((f) => f.file === 'a.yaml' && f.ruleId === 'bucket-policy-missing')).toBe(true)
  })

  it('adds SAM S3 events to a bucket without copying its list per event', async () => {
    // 20,000 events on one bucket copied the bucket's notifications once each: events².
    const events = Array.from(
      { length: 20_000 },
      (_, i) =>
        `        E${i}:\n          Type: S3\n          Properties:\n            Bucket: !Ref B\n            Events: s3:ObjectCreated:*\n`,
    ).join('')
    const r = await scanHostile({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31\nResources:\n  B:\n    Type: AWS::S3::Bucket\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: x\n      Events:\n${events}`,
    })
    expect(r.buckets).toBe(1)
    expect(r.findings.filter((f) => f.ruleId === 'notifications-missing')).toEqual([])
  })

  it('offers no line edit in a template written on one line, instead of copying the line per fix', async () => {
    // 8,000 buckets in flow style: each fix copied the 600 KB line before the edit was refused.
    const buckets = Array.from({ length: 8_000 }, (_, i) => `B${i}: {Type: AWS::S3::Bucket, Properties: {BucketName: b${i}}}`).join(', ')
    const r = await scanHostile({ 't.yaml': `Resources: {${buckets}}\n` })
    expect(r.buckets).toBe(8000)
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
  })

  it('looks up the findings an exception names literally, however many exceptions there are', async () => {
    // 10,000 exceptions, each for one resource, each went through every finding of its rule.
    const n = 5_000
    const buckets = Array.from({ length: n }, (_, i) => `  Bucket${i}:\n    Type: AWS::S3::Bucket\n`).join('')
    const exceptions = Array.from(
      { length: 2 * n },
      (_, i) => `  - rule: versioning-disabled\n    resource: ${i % 2 ? `Other${i}` : `Bucket${i / 2}`}\n    reason: r\n`,
    ).join('')
    const config = parseConfig(`exceptions:\n${exceptions}`, '.s3-gate.yml', new Set(rules.map((x) => x.id)))
    const t0 = performance.now()
    const r = await scanFiles({ 't.yaml': `Resources:\n${buckets}` }, { config })
    dirs.push(r.dir)
    expect(performance.now() - t0).toBeLessThan(30_000)
    const versioning = r.findings.filter((f) => f.ruleId === 'versioning-disabled')
    expect(versioning).toHaveLength(n)
    expect(versioning.every((f) => f.suppressed)).toBe(true)
    expect(r.problems.filter((p) => p.code === 'UNUSED_EXCEPTION')).toHaveLength(n)
  })
})
