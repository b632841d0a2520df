/**
 * A pull request that hides a public ACL and a foreign account behind `sensitive = true`: the gate
 * fails on them as on any value, and neither value reaches GitHub (check run, annotations, review
 * comments, summary comment) or the job's log, summary and files.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, everyTextOf, expectCleanRun, makeRepo, runOnPull, scenarioFor, type TestRepo } from './harness.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

/**
 * Quoted nowhere. (The ACL, `public-read-write`, is also a word of the rules' own documentation,
 * which annotations and SARIF carry: its masking is checked by the finding's own words.)
 */
const SECRETS = ['848484848484', 'zz-hidden-bucket-name']

const BASE = 'resource "aws_s3_bucket" "logs" {\n  bucket = "plain-logs"\n}\n'
const HEAD = `${BASE}
variable "acl" {
  default   = "public-read-write"
  sensitive = true
}

variable "partner" {
  default   = "848484848484"
  sensitive = true
}

variable "name" {
  default   = "zz-hidden-bucket-name"
  sensitive = true
}

resource "aws_s3_bucket" "data" {
  bucket = var.name
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = var.acl
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${var.partner}:root" }
      Action    = "s3:PutBucketPolicy"
      Resource  = aws_s3_bucket.data.arn
    }]
  })
}
`

let repo: TestRepo
beforeAll(async () => {
  repo = await makeRepo({ 'main.tf': BASE }, { 'main.tf': HEAD })
}, 60_000)

describe('values marked sensitive in a pull request', () => {
  it('fail the gate as any value would, and are quoted nowhere', async () => {
    fake = await startFakeGitHub(scenarioFor(repo))
    const run = await runOnPull(fake, repo)
    expectCleanRun(fake, run)
    expect(run.code).toBe(1)
    const check = fake.state.checkRuns.at(-1)!
    expect(check.conclusion).toBe('failure')
    const titles = check.annotations.map((a) => String(a.title))
    expect(titles.some((t) => /acl-public-write/.test(t))).toBe(true)
    expect(titles.some((t) => /policy-cross-account-dangerous-actions/.test(t))).toBe(true)
    expect(fake.state.reviewComments.some((c) => c.body.includes('(sensitive value)'))).toBe(true)
    const out = everyTextOf(run, fake)
    for (const s of SECRETS) {
      const at = out.indexOf(s)
      expect(at < 0 ? '' : out.slice(Math.max(0, at - 300), at + 100)).toBe('')
    }
    const acl = check.annotations.find((a) => /acl-public-write/.test(String(a.title)))!
    expect(String(acl.message)).toMatch(
      /^Bucket aws_s3_bucket\.data grants READ\/WRITE to everyone \(AllUsers\) through its ACL \(sensitive value\)\./,
    )
  }, 120_000)
})
