/**
 * Copies of one resource (`count`, `for_each`, `Fn::ForEach`) share their lines: the same rule
 * fires once per copy on the same line. The review says it once, for all copies, and keeps that
 * one thread across runs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from './fake-github.js'
import { ensureDist, expectCleanRun, makeRepo, runOnPull, scenarioFor } from './harness.js'

beforeAll(ensureDist, 600_000)

let fake: FakeGitHub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const THREE_PUBLIC = `resource "aws_s3_bucket" "b" {
  count  = 3
  bucket = "b-\${count.index}"
  acl    = "public-read"
}
`

const ruleOf = (body: string) => /\[`([a-z0-9-]+)`\]/.exec(body)?.[1]

describe('findings on copies of one resource', () => {
  it('posts one comment per rule and line for all copies, and keeps it on a re-run', async () => {
    const repo = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'main.tf': THREE_PUBLIC })
    fake = await startFakeGitHub(scenarioFor(repo))
    const first = await runOnPull(fake, repo)
    expectCleanRun(fake, first)
    const comments = fake.state.reviewComments
    const rules = comments.map((c) => ruleOf(c.body))
    expect(new Set(rules).size).toBe(rules.length)
    const acl = comments.find((c) => ruleOf(c.body) === 'acl-public-read')!
    expect([acl.startLine, acl.line]).toEqual([4, 5])
    expect(acl.body).toContain('Bucket aws_s3_bucket.b\\[0\\] grants READ')
    expect(acl.body).toContain('applies to 2 more resources from these lines: `aws_s3_bucket.b[1]`, `aws_s3_bucket.b[2]`.')

    // The check run: one annotation per rule and line too, naming the other copies.
    const annotations = fake.state.checkRuns.at(-1)!.annotations
    const keys = annotations.map((a) => `${a.title}@${a.start_line}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(annotations.length).toBe(Number(first.outputs.findings) / 3)
    const aclNote = annotations.find((a) => String(a.title).includes('(acl-public-read)'))!
    expect(aclNote.message).toContain(
      'The same finding applies to 2 more resources from these lines: aws_s3_bucket.b[1], aws_s3_bucket.b[2].',
    )

    const count = comments.length
    const second = await runOnPull(fake, repo)
    expectCleanRun(fake, second)
    expect(fake.state.reviewComments).toHaveLength(count)
    expect(fake.state.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/pulls/comments/'))).toHaveLength(0)
  })

  it('resolves a thread of one copy that the comment for all copies now speaks for', async () => {
    const repo = await makeRepo({ 'README.md': 'x\n' }, { 'README.md': 'x\n', 'main.tf': THREE_PUBLIC })
    fake = await startFakeGitHub(scenarioFor(repo))
    const results = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-copies-'))
    const scanned = await runOnPull(fake, repo, { mode: 'scan', 'results-file': path.join(results, 'r.json') })
    expect(scanned.outputs.conclusion).toBe('failure')
    const first = await runOnPull(fake, repo)
    expectCleanRun(fake, first)
    const found = JSON.parse(fs.readFileSync(path.join(results, 'r.json'), 'utf8')) as {
      head: { findings: { ruleId: string; resource: string; fingerprint: string }[] }
    }
    const copy = found.head.findings.find((f) => f.ruleId === 'acl-public-read' && f.resource === 'aws_s3_bucket.b[2]')!
    // A thread per copy, as an older version posted them.
    const lead = fake.state.reviewComments.find((c) => ruleOf(c.body) === 'acl-public-read')!
    const id = Math.max(...fake.state.reviewComments.map((c) => c.id)) + 1
    fake.state.reviewComments.push({
      ...lead,
      id,
      threadId: `PRRT_${id}`,
      body: lead.body.replace(/fp=[A-Za-z0-9_-]+/, `fp=${copy.fingerprint}`),
    })
    fake.state.threads.push({ id: `PRRT_${id}`, pull: lead.pull, rootId: id, isResolved: false })

    const second = await runOnPull(fake, repo)
    expectCleanRun(fake, second)
    expect(fake.state.threads.find((t) => t.rootId === id)!.isResolved).toBe(true)
    expect(fake.state.threads.find((t) => t.rootId === lead.id)!.isResolved).toBe(false)
  })
})
