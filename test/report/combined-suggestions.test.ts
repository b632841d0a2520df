import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decideGate } from '../../src/baseline/gate.js'
import { combineSuggestions } from '../../src/report/github/combine-suggestions.js'
import { toPullRequestDiff } from '../../src/report/github/diff.js'
import { planReview, type PlannedComment } from '../../src/report/github/review-plan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from '../helpers/scan-files.js'
import { COMPARED, CTX, POLICY } from './pr-fixtures.js'

describe('combining suggestions on the same lines', () => {
  const props = ['    Properties:']
  it('adds every block after the kept lines, identical ones once', () => {
    const enc = '    Properties:\n      BucketEncryption:\n        X: 1'
    const ver = '    Properties:\n      VersioningConfiguration:\n        Status: Enabled'
    expect(combineSuggestions(props, [enc, ver, enc])).toBe(
      '    Properties:\n      BucketEncryption:\n        X: 1\n      VersioningConfiguration:\n        Status: Enabled',
    )
  })

  it('puts a block that closes a level after the blocks inside it', () => {
    const policy = '        Status: Suspended\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy'
    const inner = '        Status: Suspended\n        MfaDelete: Enabled'
    expect(combineSuggestions(['        Status: Suspended'], [policy, inner])).toBe(
      '        Status: Suspended\n        MfaDelete: Enabled\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy',
    )
  })

  it('takes one rewrite of the lines and adds the other blocks after it', () => {
    const rewrite = '        Status: Enabled'
    const policy = '        Status: Suspended\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy'
    expect(combineSuggestions(['        Status: Suspended'], [policy, rewrite])).toBe(
      '        Status: Enabled\n  BucketPolicy:\n    Type: AWS::S3::BucketPolicy',
    )
  })

  it('refuses two rewrites, two blocks setting one key, and a block that would swallow another', () => {
    expect(combineSuggestions(['a: 1'], ['a: 2', 'a: 3'])).toBeUndefined()
    const a = '    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption: {}'
    const b = '    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration: {}'
    expect(combineSuggestions(['    Type: AWS::S3::Bucket'], [a, b])).toBeUndefined()
    const tfA = '}\n\nresource "aws_s3_bucket_policy" "this" {\n  policy = "a"\n}'
    const tfB = '}\n\nresource "aws_s3_bucket_policy" "this" {\n  policy = "b"\n}'
    expect(combineSuggestions(['}'], [tfA, tfB])).toBeUndefined()
    // Each dedents below where it starts: whichever goes first, the other lands inside it.
    const c = '  x: 1\n      deep: 1\nTop: 1'
    const d = '  x: 1\n      other: 1\nTop2: 1'
    expect(combineSuggestions(['  x: 1'], [c, d])).toBeUndefined()
  })

  it('appends after the last member of a JSON object with a comma between the new members', () => {
    const pab = '        },\n        "PublicAccessBlockConfiguration": {\n          "BlockPublicAcls": true\n        }'
    const lock = '        },\n        "ObjectLockEnabled": true'
    expect(combineSuggestions(['        }'], [pab, lock])).toBe(
      '        },\n        "PublicAccessBlockConfiguration": {\n          "BlockPublicAcls": true\n        },\n        "ObjectLockEnabled": true',
    )
    // One keeps the line as it is, the other adds its comma: they do not compose.
    expect(combineSuggestions(['        }'], [pab, '        }\n      }'])).toBeUndefined()
  })

  it('keeps the line endings of the file', () => {
    expect(combineSuggestions(['a:\r'], ['a:\r\n  b: 1\r', 'a:\r\n  c: 1\r'])).toBe('a:\r\n  b: 1\r\n  c: 1\r')
  })
})

/** Every text file under `dir`, by path relative to it. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) walk(r)
      else if (e.isFile()) out[r] = fs.readFileSync(path.join(dir, r), 'utf8')
    }
  }
  walk('')
  return out
}

/** A pull request that adds every file: every line takes a comment. */
function everythingAdded(files: Record<string, string>) {
  return toPullRequestDiff(
    Object.entries(files).map(([filename, text]) => {
      const lines = text.replace(/\n$/, '').split('\n')
      return { filename, status: 'added', patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}` }
    }),
  )
}

function plan(result: ScanResult, files: Record<string, string>) {
  const report = decideGate({ head: result, baseline: COMPARED, policy: { ...POLICY, commentOn: 'low' } })
  const lineText = (file: string, line: number) => files[file]?.split('\n')[line - 1]
  return planReview(report, everythingAdded(files), CTX, { commentOn: 'low', maxComments: 1_000_000, lineText })
}

function suggestionOf(c: PlannedComment): string {
  const m = /^(`{3,})suggestion\n([\s\S]*?)\n?\1$/m.exec(c.body)
  return m ? m[2]! : ''
}

/**
 * What a fix makes apply, as each fix alone does: versioning turned on makes MFA delete and
 * noncurrent-version expiry checkable; a public access block turns a public ACL into a neutralised one.
 */
const MADE_CHECKABLE = /^(mfa-delete-disabled|lifecycle-noncurrent-versions-kept|acl-public-neutralised) /

const identity = (f: ScanResult['findings'][number]) => `${f.location.file} ${f.ruleId} ${f.resource} ${f.messageId}`

/**
 * The contract of a combined suggestion, checked by applying it as GitHub would and scanning
 * again: every finding whose comment points at it is gone (or, like `encryption-not-kms`, now
 * says something else), and nothing appears that was not there before.
 */
async function checkCombined(files: Record<string, string>): Promise<number> {
  const before = await scanFiles(files)
  const comments = plan(before, files).comments
  const combined = comments.filter((c) => c.body.includes('It also makes the fixes for'))
  for (const c of combined) {
    const pointsHere = (o: PlannedComment) => o === c || o.body.includes(`for \`${c.finding.ruleId}\` fixes this too`)
    const group = comments.filter((o) => o.path === c.path && o.line === c.line && o.startLine === c.startLine && pointsHere(o))
    expect(group.length).toBeGreaterThan(1)
    const lines = files[c.path]!.split('\n')
    lines.splice((c.startLine ?? c.line!) - 1, c.line! - (c.startLine ?? c.line!) + 1, ...suggestionOf(c).split('\n'))
    // A template is read alone; Terraform modules call each other across folders.
    const scope = c.path.endsWith('.tf')
      ? Object.fromEntries(Object.entries(files).filter(([f]) => f.endsWith('.tf')))
      : { [c.path]: files[c.path]! }
    const [was, now] = await Promise.all([scanFiles(scope), scanFiles({ ...scope, [c.path]: lines.join('\n') })])
    expect(
      now.problems.filter((p) => p.level === 'error'),
      c.path,
    ).toEqual([])
    const still = new Set(now.findings.map(identity))
    for (const g of group) expect(still.has(identity(g.finding)), `${c.path}:${c.line} ${identity(g.finding)}`).toBe(false)
    const old = new Set([
      ...was.findings.map((f) => `${f.ruleId} ${f.location.file} ${f.resource}`),
      ...was.unknowns.map((u) => `unknown ${u.ruleId} ${u.resource}`),
    ])
    const added = [
      ...now.findings.map((f) => `${f.ruleId} ${f.location.file} ${f.resource}`),
      ...now.unknowns.map((u) => `unknown ${u.ruleId} ${u.resource}`),
    ].filter((i) => !old.has(i) && !MADE_CHECKABLE.test(i))
    expect(added, `${c.path}:${c.line}`).toEqual([])
  }
  return combined.length
}

const EXAMPLES = path.resolve(__dirname, '../../examples')
// Edits of CDK app sources take effect only through a new synth, which a test cannot run.
const scannable = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith('cdk/')))

describe('combined suggestions applied and scanned again', () => {
  it('fix every finding they speak for in the examples', async () => {
    const n = await checkCombined(scannable(readTree(EXAMPLES)))
    expect(n).toBeGreaterThanOrEqual(5)
  }, 120_000)

  it('fix every finding they speak for in a generated monorepo', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-combined-'))
    const tree = path.join(out, 'tree')
    execFileSync(
      process.execPath,
      [
        path.resolve(__dirname, '../../bench/generate.mjs'),
        '--files',
        process.env.S3_GATE_COMBINED_FILES ?? '60',
        '--seed',
        'combined',
        '--out',
        tree,
      ],
      {
        stdio: 'ignore',
      },
    )
    const files = Object.fromEntries(
      Object.entries(readTree(tree)).filter(
        ([f]) => !f.includes('cdk.out/') && /\.(ya?ml|json|tf)$/.test(f) && !f.includes('legacy-monolith'),
      ),
    )
    const n = await checkCombined(files)
    expect(n).toBeGreaterThan(10)
    fs.rmSync(out, { recursive: true, force: true })
  }, 300_000)
})
