/**
 * Red-team round 9k: the merge of the action's shard results compares the head with the merge base
 * as one unsharded `mode: scan` does. Each shard scanned its slice of the base, as it scanned its
 * slice of the head: the base findings of the shards must be combined as the head's are (a module
 * two root modules in two shards call; a bucket policy in another shard's template).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { decideGate, type Policy } from '../../src/baseline/gate.js'
import { mergeResultsDocuments } from '../../src/merge/merge-documents.js'
import { mergeScanResults } from '../../src/merge/merge-scans.js'
import { parseShard, type ShardFile } from '../../src/merge/read-shards.js'
import { resultsChunks, SCHEMA, type ResultsDocument } from '../../src/report/github/results-file.js'
import type { ScanResult } from '../../src/scan-result.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'
import { validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { VERSION } from '../../src/version.js'
import { scanFiles } from '../helpers/scan-files.js'

const policy: Policy = { failOn: 'medium', commentOn: 'low', scope: 'changed', paths: ['.'] }
const compared = { state: 'compared' as const, commit: 'b'.repeat(40), description: 'the merge base' }

/** The results file `mode: scan` writes for a head and base scan, as the merge job reads it back. */
function resultsFile(head: ScanResult, base: ScanResult, source: string, headSha = 'a'.repeat(40)) {
  const doc: ResultsDocument = {
    schema: SCHEMA,
    tool: head.tool,
    repository: 'o/r',
    headSha,
    pathPrefix: '',
    policy,
    baseline: compared,
    head,
    baseFindings: base.findings.filter((f) => !f.suppressed),
    // What main.ts adds beside the base findings of a shard: the base's cross-stack links.
    ...(base.shard?.links ? { baseLinks: base.shard.links } : {}),
  }
  const raw = JSON.parse([...resultsChunks(doc)].join('')) as Record<string, unknown>
  return parseShard(raw, source)
}

/** The gate of one unsharded scan of `head` against `base`, and of its `count` shards merged. */
async function wholeAndMerged(head: Record<string, string>, base: Record<string, string>, count: number) {
  const whole = decideGate({ head: await scanFiles(head), base: await scanFiles(base), baseline: compared, policy })
  const files = []
  for (let index = 1; index <= count; index++) {
    const shard = { index, count }
    files.push(resultsFile(await scanFiles(head, { shard }), await scanFiles(base, { shard }), `shard-${index}/results.json`))
  }
  const doc = mergeResultsDocuments(files, { version: VERSION })
  const merged = decideGate({
    head: doc.head,
    base: { ...doc.head, findings: doc.baseFindings! },
    baseline: doc.baseline,
    policy,
  })
  return { whole, merged }
}

const view = (r: ReturnType<typeof decideGate>) => ({
  conclusion: r.conclusion,
  findings: r.findings.map((f) => `${f.ruleId}@${f.location.file}:${f.location.line} ${f.origin}${f.blocking ? ' blocking' : ''}`),
  fixed: r.fixed.map((f) => `${f.ruleId}@${f.location.file}:${f.location.line}`),
})

// `r1` and `r2` fall in different shards of 2 (src/scan.ts `shardOf`).
const MODULE = `resource "aws_s3_bucket" "b" {
  bucket = "shared-module-bucket"
}
`
const caller = `module "m" {
  source = "../modules/m"
}
`

// A bucket in one template and, in another, its policy denying plain HTTP; `a.yaml` and `b.yaml`
// fall in different shards of 2.
const BUCKET = `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: team-data-bucket
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`
const POLICY = `Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: team-data-bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: ["arn:aws:s3:::team-data-bucket", "arn:aws:s3:::team-data-bucket/*"]
            Condition: { Bool: { "aws:SecureTransport": "false" } }
`

describe('merging the base findings of shards', () => {
  it('lists no fixed finding for a module that root modules in two shards call, unchanged', async () => {
    const tree = { 'modules/m/main.tf': MODULE, 'r1/main.tf': caller, 'r2/main.tf': caller }
    const { whole, merged } = await wholeAndMerged(tree, tree, 2)
    expect(whole.fixed).toEqual([])
    expect(view(merged)).toEqual(view(whole))
  })

  it('links the base findings to a bucket policy in another shard, as one base scan does', async () => {
    // Unchanged: the bucket's findings about plain HTTP went at the base too; none is "fixed".
    const base = { 'a.yaml': BUCKET, 'b.yaml': POLICY }
    const unchanged = await wholeAndMerged(base, base, 2)
    expect(unchanged.whole.fixed).toEqual([])
    expect(view(unchanged.merged)).toEqual(view(unchanged.whole))
    // The pull request deletes the policy: the bucket now accepts plain HTTP, and that is new.
    const { whole, merged } = await wholeAndMerged({ 'a.yaml': BUCKET }, base, 2)
    expect(whole.findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => f.origin)).toEqual(['new'])
    expect(whole.conclusion).toBe('failure')
    expect(view(merged)).toEqual(view(whole))
  })
})

describe('s3-gate merge given the action results files', () => {
  it('validates the base links of a results file like the rest, naming the file', async () => {
    const r = await scanFiles({ 'a.yaml': BUCKET }, { shard: { index: 1, count: 1 } })
    const raw = JSON.parse([...resultsChunks({ ...(resultsFile(r, r, 'x').document as ResultsDocument) })].join('')) as Record<
      string,
      unknown
    >
    raw.baseLinks = { buckets: [{ bucket: 'B', unit: 'a.yaml', file: '../../etc/passwd', line: 1, exports: [] }], policies: [] }
    expect(() => parseShard(raw, 'shard-1/results.json')).toThrow(
      'shard-1/results.json: The results file is not valid: $.baseLinks.buckets[0].file must be a relative path inside the repository.',
    )
  })

  it("refuses shards of different commits, as the action's merge does", async () => {
    const tree = { 'a.yaml': BUCKET, 'b.yaml': POLICY }
    const files: ShardFile[] = []
    for (const index of [1, 2]) {
      const r = await scanFiles(tree, { shard: { index, count: 2 } })
      files.push(resultsFile(r, r, `shard-${index}.json`, (index === 1 ? 'a' : 'c').repeat(40)))
    }
    // The CLI merges the heads (src/cli.ts): the commit is the document's, not the shard's.
    expect(() => mergeScanResults(files, VERSION)).toThrow(
      'shard-2.json and shard-1.json differ in the commit; they are not shards of one scan.',
    )
    expect(() => mergeResultsDocuments(files, { version: VERSION })).toThrow(/differ in the commit/)
    files[1] = resultsFile(files[1]!.result, files[1]!.result, 'shard-2.json')
    expect(mergeScanResults(files, VERSION).findings.length).toBeGreaterThan(0)
  })
})

describe('the scan-wide findings limit in a merge', () => {
  it('counts what root modules in two shards find in the module they both call, as one scan does', async () => {
    const buckets = Array.from({ length: 4 }, (_, i) => `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b${i}-x"\n}\n`).join('')
    const tree = { 'modules/m/main.tf': buckets, 'r1/main.tf': caller, 'r2/main.tf': caller }
    const one = (await scanFiles(tree)).findings.length
    // Each root module alone fits; both do not: one scan reports the second by a limit error.
    const limits = { ...DEFAULT_LIMITS, maxScanFindings: Math.ceil(one * 1.5) }
    const whole = await scanFiles(tree, { limits })
    expect(whole.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT').map((p) => [p.file, p.level])).toEqual([['r2/main.tf', 'error']])
    const parts = []
    for (const index of [1, 2]) {
      const r = await scanFiles(tree, { limits, shard: { index, count: 2 } })
      expect(r.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT')).toEqual([])
      parts.push({ source: `s${index}.json`, result: validateCliJson(JSON.parse(renderJson(r))) })
    }
    const merged = mergeScanResults(parts, VERSION)
    expect(merged.problems.filter((p) => p.code === 'SCAN_FINDINGS_LIMIT').map((p) => [p.file, p.level, p.message])).toEqual([
      [
        'modules/m/main.tf',
        'error',
        `the shards together hold ${2 * one} findings and unknowns, more than the ${limits.maxScanFindings} one scan holds (max-scan-findings): one scan would have left the units past it out of its report; the merge reports them all`,
      ],
    ])
    expect(merged.findings.some((f) => f.ruleId === 'parse-error' && f.severity === 'high')).toBe(true)
  })
})

describe('the example workflows', () => {
  it('let a re-run of a shard or scan job upload its results again (upload-artifact v4 refuses a name the run has)', () => {
    for (const name of ['s3-gate-sharded.yml', 's3-gate-scan.yml']) {
      const wf = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'workflows', name), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
      }
      const uploads = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => String(s.uses).startsWith('actions/upload-artifact@')))
      expect(uploads.length, name).toBeGreaterThan(0)
      for (const u of uploads) expect(u.with?.overwrite, name).toBe(true)
    }
  })
})
