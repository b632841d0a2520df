import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignBaseWithHead } from '../../src/baseline/align.js'
import { decideGate, type GateReport } from '../../src/baseline/gate.js'
import { applyMoves } from '../../src/baseline/moved.js'
import { scanBaseline } from '../../src/baseline/scan-base.js'
import type { Finding } from '../../src/engine/finding.js'
import { fingerprint } from '../../src/engine/fingerprint.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { makeRepo } from '../e2e/harness.js'

type Tree = Record<string, string>

async function gate(base: Tree, head: Tree): Promise<GateReport> {
  const repo = await makeRepo(base, head, { checkout: 'merge' })
  const options = makeScanOptions({ cwd: repo.dir, paths: ['.'], workers: 0 })
  const headScan = await scan(options, silentLogger)
  const b = await scanBaseline({
    options,
    event: { baseSha: repo.baseSha, headSha: repo.headSha },
    scan: (o) => scan(o, silentLogger),
    tempRoot: fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt8d-')),
    debug: () => {},
    head: headScan,
  })
  expect(b.status.state).toBe('compared')
  return decideGate({
    head: headScan,
    ...(b.result ? { base: b.result } : {}),
    baseline: b.status,
    policy: { failOn: 'high', commentOn: 'low', scope: 'changed', paths: ['.'] },
  })
}

const newOnes = (r: GateReport) =>
  r.findings
    .filter((f) => f.origin === 'new')
    .map((f) => `${f.ruleId} ${f.resource} ${f.location.path}`)
    .sort()

function finding(over: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity'>): Finding {
  const location = { file: 't.yaml', line: 3, column: 1, endLine: 3, endColumn: 2, path: 'Resources.B', ...over.location }
  const resource = over.resource ?? 'B'
  return {
    messageId: 'm',
    message: 'msg',
    format: 'cloudformation',
    related: [],
    suppressed: false,
    ...over,
    resource,
    location,
    fingerprint: over.fingerprint ?? fingerprint(over.ruleId, resource, location.file, location.path),
  }
}

const policyTemplate = (...statements: [string, string][]) =>
  'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Pol:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n' +
  statements
    .map(
      ([sid, action]) =>
        `          - Sid: ${sid}\n            Effect: Allow\n            Principal: '*'\n            Action: ${action}\n            Resource: !Sub '\${Data.Arn}/*'\n`,
    )
    .join('')

describe('a finding the pull request only shifted within a list is pre-existing', () => {
  it('a harmless statement inserted above the public one (Statement[0] → Statement[1]) introduces nothing', async () => {
    const r = await gate(
      { 't.yaml': policyTemplate(['A', 's3:GetObject']) },
      { 't.yaml': policyTemplate(['B', 's3:ListBucket'], ['A', 's3:GetObject']) },
    )
    expect(newOnes(r)).toEqual([])
    expect(r.conclusion).toBe('success')
    expect(r.fixed).toEqual([])
  })

  it('a public write statement inserted above the public read one: only the write one is new', async () => {
    const r = await gate(
      { 't.yaml': policyTemplate(['A', 's3:GetObject']) },
      { 't.yaml': policyTemplate(['B', 's3:PutObject'], ['A', 's3:GetObject']) },
    )
    expect(newOnes(r)).toEqual(['policy-public-write Pol Resources.Pol.Properties.PolicyDocument.Statement[0]'])
    expect(r.findings.find((f) => f.ruleId === 'policy-public-read')?.origin).toBe('pre-existing')
  })

  it('a second public statement added after the first is new', async () => {
    const r = await gate(
      { 't.yaml': policyTemplate(['A', 's3:GetObject']) },
      { 't.yaml': policyTemplate(['A', 's3:GetObject'], ['B', 's3:PutObject']) },
    )
    expect(newOnes(r)).toEqual(['policy-public-write Pol Resources.Pol.Properties.PolicyDocument.Statement[1]'])
  })
})

describe('a finding the pull request made worse is new', () => {
  it('same rule, resource and place at a higher severity: new, and not listed as fixed', () => {
    const base = [finding({ ruleId: 'r', severity: 'medium' })]
    const head = [finding({ ruleId: 'r', severity: 'high' })]
    const aligned = alignBaseWithHead(base, head)
    expect(aligned).toEqual([])
    const r = decideGate({
      head: { ...emptyScan(), findings: head },
      base: { ...emptyScan(), findings: aligned },
      baseline: { state: 'compared', commit: 'x', description: 'x' },
      policy: { failOn: 'high', commentOn: 'low', scope: 'changed', paths: ['.'] },
    })
    expect(r.findings[0]).toMatchObject({ origin: 'new', blocking: true })
    expect(r.fixed).toEqual([])
  })

  it('the same or a lower severity stays pre-existing', () => {
    const base = [finding({ ruleId: 'r', severity: 'high' })]
    expect(alignBaseWithHead(base, [finding({ ruleId: 'r', severity: 'high' })])).toEqual(base)
    expect(alignBaseWithHead(base, [finding({ ruleId: 'r', severity: 'low' })])).toEqual(base)
  })

  it('a list shift does not pair a finding with a worse one', () => {
    const base = [finding({ ruleId: 'r', severity: 'medium', location: { path: 'Resources.B.S[0]' } as Finding['location'] })]
    const head = [finding({ ruleId: 'r', severity: 'critical', location: { path: 'Resources.B.S[1]' } as Finding['location'] })]
    const aligned = alignBaseWithHead(base, head)
    expect(aligned.map((f) => f.fingerprint)).not.toContain(head[0]!.fingerprint)
  })

  it('a Terraform variable default changed in variables.tf makes the untouched bucket in main.tf new, with the access-logging finding it made more severe', async () => {
    const main =
      'resource "aws_s3_bucket" "data" {\n  bucket = "x-data"\n}\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  acl    = var.acl\n}\n'
    const v = (d: string) => `variable "acl" {\n  default = "${d}"\n}\n`
    const r = await gate({ 'main.tf': main, 'variables.tf': v('private') }, { 'main.tf': main, 'variables.tf': v('public-read') })
    expect(newOnes(r)).toEqual(
      expect.arrayContaining([
        'acl-public-read aws_s3_bucket.data aws_s3_bucket_acl.data.acl',
        'access-logging-disabled aws_s3_bucket.data aws_s3_bucket.data',
      ]),
    )
    expect(r.conclusion).toBe('failure')
  })
})

const bucket = (name: string) =>
  `resource "aws_s3_bucket" "${name}" {\n  bucket = "x-${name}"\n}\nresource "aws_s3_bucket_acl" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  acl    = "public-read"\n}\n`

describe('Terraform moved blocks', () => {
  it('a resource renamed with a moved block keeps its findings', async () => {
    const moved =
      'moved {\n  from = aws_s3_bucket.data\n  to   = aws_s3_bucket.logs\n}\nmoved {\n  from = aws_s3_bucket_acl.data\n  to   = aws_s3_bucket_acl.logs\n}\n'
    const r = await gate({ 'main.tf': bucket('data') }, { 'main.tf': bucket('logs'), 'moves.tf': moved })
    expect(r.findings.length).toBeGreaterThan(0)
    expect(newOnes(r)).toEqual([])
    expect(r.fixed).toEqual([])
  })

  it('a module call renamed with a moved block keeps the findings in the module', async () => {
    const mod = { 'modules/b/main.tf': bucket('this') }
    const r = await gate(
      { ...mod, 'main.tf': 'module "a" {\n  source = "./modules/b"\n}\n' },
      { ...mod, 'main.tf': 'module "c" {\n  source = "./modules/b"\n}\nmoved {\n  from = module.a\n  to   = module.c\n}\n' },
    )
    expect(r.findings.length).toBeGreaterThan(0)
    expect(newOnes(r)).toEqual([])
  })

  it('renamed without a moved block (Terraform destroys and creates the bucket): new', async () => {
    const r = await gate({ 'main.tf': bucket('data') }, { 'main.tf': bucket('logs') })
    expect(newOnes(r)).toContain('acl-public-read aws_s3_bucket.logs aws_s3_bucket_acl.logs.acl')
    expect(r.conclusion).toBe('failure')
  })

  it('a moved block does not make a copy added beside the moved one pre-existing', async () => {
    const moved =
      'moved {\n  from = aws_s3_bucket.data\n  to   = aws_s3_bucket.logs\n}\nmoved {\n  from = aws_s3_bucket_acl.data\n  to   = aws_s3_bucket_acl.logs\n}\n'
    const r = await gate({ 'main.tf': bucket('data') }, { 'main.tf': bucket('logs') + bucket('more'), 'moves.tf': moved })
    expect(newOnes(r)).toContain('acl-public-read aws_s3_bucket.more aws_s3_bucket_acl.more.acl')
    expect(newOnes(r).filter((f) => f.includes('.logs'))).toEqual([])
  })

  it('applies a move to an address, its instances and its attributes only', () => {
    const moves = [{ dir: '.', from: 'aws_s3_bucket.a', to: 'aws_s3_bucket.b' }]
    expect(applyMoves(moves, 'main.tf', 'aws_s3_bucket.a')).toBe('aws_s3_bucket.b')
    expect(applyMoves(moves, 'main.tf', 'aws_s3_bucket.a[0]')).toBe('aws_s3_bucket.b[0]')
    expect(applyMoves(moves, 'main.tf', 'aws_s3_bucket.a.acl')).toBe('aws_s3_bucket.b.acl')
    expect(applyMoves(moves, 'main.tf', 'aws_s3_bucket.ab')).toBe('aws_s3_bucket.ab')
    // A loop (Terraform refuses it) ends.
    const loop = [...moves, { dir: '.', from: 'aws_s3_bucket.b', to: 'aws_s3_bucket.a' }]
    expect(['aws_s3_bucket.a', 'aws_s3_bucket.b']).toContain(applyMoves(loop, 'main.tf', 'aws_s3_bucket.a'))
    // A block in a module's folder applies to that folder only.
    expect(applyMoves([{ dir: 'mods/x', from: 'aws_s3_bucket.a', to: 'aws_s3_bucket.b' }], 'main.tf', 'aws_s3_bucket.a')).toBe(
      'aws_s3_bucket.a',
    )
  })
})

function emptyScan(): ScanResult {
  return {
    tool: { name: 's3-gate', version: 't' },
    cwd: '',
    roots: [],
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 1, bytes: 1, units: 1, byFormat: {}, buckets: 0, durationMs: 0 },
  }
}

describe('a template rewritten in another syntax and moved', () => {
  const yaml =
    'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      BucketName: a-very-long-bucket-name-for-the-data-team\n'
  const json = JSON.stringify(
    {
      Resources: {
        Data: {
          Properties: { BucketName: 'a-very-long-bucket-name-for-the-data-team', AccessControl: 'PublicRead' },
          Type: 'AWS::S3::Bucket',
        },
      },
    },
    null,
    2,
  )

  it('infra/t.yaml → infra/t.json (keys reordered, git sees no rename) keeps its findings', async () => {
    const r = await gate({ 'infra/t.yaml': yaml }, { 'infra/t.json': json })
    expect(r.findings.length).toBeGreaterThan(0)
    expect(newOnes(r)).toEqual([])
    expect(r.fixed).toEqual([])
  })

  it('moved to another folder as well, when it is the only file of that name', async () => {
    const r = await gate({ 'a/t.yaml': yaml }, { 'b/c/t.json': json })
    expect(newOnes(r)).toEqual([])
  })

  it('two removed files of one name for one added: not paired (new, never guessed)', async () => {
    const r = await gate({ 'a/t.yaml': yaml, 'b/t.yml': yaml }, { 'c/t.json': json })
    expect(newOnes(r).length).toBeGreaterThan(0)
  })
})
