/**
 * Every limit in src/limits.ts is wired: each `--max-…` flag of the CLI changes what the scan
 * does, the action's `limits` input reads the same names, and bad values are configuration
 * errors (exit code 2) that say what was expected.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { runCli, type CliIo } from '../../src/cli.js'
import { ConfigurationError } from '../../src/errors.js'
import { DEFAULT_LIMITS, LIMIT_NAMES, parseLimitList, type Limits } from '../../src/limits.js'
import { readActionInputs } from '../../src/report/github/inputs.js'
import { isRegistered, params } from '../fuzz/support.js'
import { writeTree } from '../helpers/scan-files.js'

const HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\n'
const BUCKET = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

async function cli(args: string[], files: Record<string, string>) {
  const cwd = writeTree(files)
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, isTTY: false, env: {} }
  const code = await runCli(args, io)
  const json =
    code !== 2 && args.includes('json')
      ? (JSON.parse(stdout) as {
          errors: { code: string; file: string; line: number }[]
          warnings: { code: string }[]
          findings: { ruleId: string; file: string; line: number; suppressed: boolean }[]
        })
      : undefined
  return { code, stdout, stderr, json }
}
const scanJson = (flags: string[], files: Record<string, string>) =>
  cli(['scan', '.', '--format', 'json', '--fail-on', 'none', '--quiet', ...flags], files)

describe('the limits', () => {
  it('have a CLI flag and an action-input name each, and nothing else', () => {
    expect(
      Object.values(LIMIT_NAMES)
        .map((n) => n.key)
        .sort(),
    ).toEqual((Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]).sort())
    expect(parseLimitList('')).toEqual({})
    const all = parseLimitList(
      Object.keys(LIMIT_NAMES)
        .map((n) => `${n}=7`)
        .join('\n'),
    )
    expect(all).toEqual({
      maxFileBytes: 7 * 1024 * 1024,
      maxDepth: 7,
      maxAliasExpansion: 7,
      maxEvalSteps: 7,
      maxInstances: 7,
      maxCollectionSize: 7,
      maxFindings: 7,
      maxScanFindings: 7,
    })
    expect(readActionInputs((n) => (n === 'limits' ? 'max-file-size=0.5, max-depth: 9' : '')).limits).toEqual({
      maxFileBytes: 512 * 1024,
      maxDepth: 9,
    })
  })

  it('refuses a name that is not a limit but is on every object, and a limit set twice', () => {
    // `LIMIT_NAMES['constructor']` is Object's constructor: it was taken as a limit, set to nothing.
    for (const name of ['constructor', 'valueof', 'isprototypeof']) expect(() => parseLimitList(`${name}=5`)).toThrow(ConfigurationError)
    expect(() => parseLimitList('constructor=5')).toThrow(/Unknown limit "constructor"/)
    expect(() => parseLimitList('max-depth=50\nmax-file-size=1\nmax-depth=500')).toThrow(/sets "max-depth" twice/)
  })

  it('takes limits written in decimal only', () => {
    // `Number` reads these too: `0x10` was a depth of 16, `1e2` of 100.
    for (const v of ['0x10', '1e2', '0b11', '0o7', '+5', '5_000', 'Infinity'])
      expect(() => parseLimitList(`max-depth=${v}`)).toThrow(/Expected `max-depth` to be a whole number/)
    expect(() => parseLimitList('max-file-size=1e1')).toThrow(/a number of MiB/)
    expect(parseLimitList('max-depth= 50 , max-file-size=.5')).toEqual({ maxDepth: 50, maxFileBytes: 512 * 1024 })
  })

  it('--max-file-size skips a larger file with FILE_TOO_LARGE', async () => {
    const files = { 'big.yaml': `${HEAD}${BUCKET}# ${'x'.repeat(20_000)}\n`, 'small.yaml': `${HEAD}${BUCKET}` }
    const r = await scanJson(['--max-file-size', '0.01'], files)
    expect(r.json!.errors.map((e) => [e.code, e.file, e.line])).toEqual([['FILE_TOO_LARGE', 'big.yaml', 1]])
    expect((await scanJson([], files)).json!.errors).toEqual([])
  })

  it('--max-depth reports deeper nesting as a syntax error', async () => {
    const files = {
      'deep.json': `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Properties":{"Tags":${'['.repeat(30)}${']'.repeat(30)}}}}}`,
    }
    expect((await scanJson([], files)).json!.errors).toEqual([])
    expect((await scanJson(['--max-depth', '20'], files)).json!.errors.map((e) => e.code)).toEqual(['JSON_SYNTAX'])
  })

  it('--max-alias-expansion refuses a document whose aliases expand beyond it', async () => {
    const files = { 'a.yaml': `${HEAD}x: &x [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ny: [*x, *x, *x, *x, *x]\n${BUCKET}` }
    expect((await scanJson([], files)).json!.errors).toEqual([])
    expect((await scanJson(['--max-alias-expansion', '20'], files)).json!.errors.map((e) => e.code)).toEqual(['ALIAS_EXPANSION'])
  })

  it('--max-eval-steps stops evaluating CloudFormation intrinsics: the value is unknown, with the reason', async () => {
    const files = {
      'sub.yaml': `${HEAD}Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join ["-", [!Select [0, !Split [",", "a,b,c"]], !Sub "\${AWS::Region}", !Join ["", [x, y, z]]]]\n      AccessControl: !If [C, PublicRead, Private]\nConditions:\n  C: !Equals [!Select [1, !Split [",", "a,b"]], b]\n`,
    }
    type Out = { findings: { ruleId: string }[]; unknowns: { ruleId: string; why: string }[] }
    const normal = JSON.parse((await scanJson([], files)).stdout) as Out
    const starved = JSON.parse((await scanJson(['--max-eval-steps', '3'], files)).stdout) as Out
    expect(normal.findings.map((f) => f.ruleId)).toContain('acl-public-read')
    // The ACL could not be evaluated any more: unknown (with the reason), never guessed.
    expect(starved.findings.map((f) => f.ruleId)).not.toContain('acl-public-read')
    expect(starved.unknowns).toContainEqual(expect.objectContaining({ ruleId: 'acl-public-read', why: 'evaluation budget exceeded' }))
  })

  it.skipIf(!isRegistered('terraform'))('--max-instances and --max-collection-size bound Terraform expansion', async () => {
    const files = {
      'main.tf':
        'locals {\n  l = [for i in range(50) : i]\n}\n\nresource "aws_s3_bucket" "b" {\n  count  = 10\n  bucket = "b-${length(local.l)}"\n  acl    = "public-read"\n}\n',
    }
    const count = (r: Awaited<ReturnType<typeof scanJson>>) => r.json!.findings.filter((f) => f.ruleId === 'acl-public-read').length
    expect(count(await scanJson([], files))).toBe(10)
    expect(count(await scanJson(['--max-instances', '3'], files))).toBe(4)
    const small = await scanJson(['--max-collection-size', '20'], files)
    expect(small.json!.warnings.map((w) => w.code)).toContain('EVAL_LIMIT')
  })

  it('--max-findings stops the rules of a template there, with an error where they stopped', async () => {
    // Three buckets, 11 findings each: rules run rule by rule over the buckets in template order.
    const three = `${HEAD}Resources:\n${['A', 'B', 'C'].map((n) => `  ${n}:\n    Type: AWS::S3::Bucket\n`).join('')}`
    const files = { 'three.yaml': three, 'other.yaml': `${HEAD}${BUCKET}` }
    const all = await scanJson([], files)
    const inThree = (r: typeof all) => r.json!.findings.filter((f) => f.file === 'three.yaml' && f.ruleId !== 'parse-error').length
    expect(inThree(all)).toBe(33)
    expect(all.json!.errors).toEqual([])
    const inOther = (r: typeof all) => r.json!.findings.filter((f) => f.file === 'other.yaml').length
    expect(inOther(all)).toBeLessThan(25)
    const capped = await scanJson(['--max-findings', '25'], files)
    expect(inThree(capped)).toBe(25)
    // Eight rules over the three buckets, then the ninth on A; it stopped before B (line 5), not
    // in the middle of a bucket's findings.
    expect(capped.json!.errors.map((e) => [e.code, e.file, e.line])).toEqual([['FINDINGS_LIMIT', 'three.yaml', 5]])
    expect(capped.json!.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file)).toEqual(['three.yaml'])
    // Another template has a budget of its own.
    expect(inOther(capped)).toBe(inOther(all))
    // A suppression for a rule that did not run on its bucket is not called unused.
    const suppressed = three.replace('  C:\n', '  # s3-gate:ignore versioning-disabled reason="test data"\n  C:\n')
    const whole = await scanJson([], { 'three.yaml': suppressed })
    expect(whole.json!.findings.filter((f) => f.ruleId === 'versioning-disabled').map((f) => f.suppressed)).toEqual([false, false, true])
    expect(whole.json!.warnings).toEqual([])
    expect((await scanJson(['--max-findings', '25'], { 'three.yaml': suppressed })).json!.warnings).toEqual([])
  })

  it('--max-findings names the bucket where a finding was left out, and nothing when the limit is met exactly', async () => {
    const files = { 't.yaml': `${HEAD}Resources:\n  B0:\n    Type: AWS::S3::Bucket\n` }
    const total = (await scanJson([], files)).json!.findings.length
    const exact = (await scanJson(['--max-findings', String(total)], files)).json!
    expect(exact.errors).toEqual([])
    expect(exact.findings).toHaveLength(total)
    // After the third finding comes a rule over the whole template that finds nothing here: the
    // stop is at the bucket whose finding was dropped (line 3), not at the template's line 1.
    const three = (await scanJson(['--max-findings', '3'], files)).json!
    expect(three.errors.map((e) => [e.code, e.line])).toEqual([['FINDINGS_LIMIT', 3]])
  })

  it('--max-findings keeps the first findings in rule and template order, and says so exactly when some were not kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 150 }), async (buckets, max) => {
        const names = Array.from({ length: buckets }, (_, i) => `B${i}`)
        const template = `${HEAD}Resources:\n${names.map((n) => `  ${n}:\n    Type: AWS::S3::Bucket\n`).join('')}`
        const files = { 't.yaml': template }
        const key = (f: { ruleId: string; file: string }) => JSON.stringify(f)
        const all = (await scanJson([], files)).json!
        const capped = (await scanJson(['--max-findings', String(max)], files)).json!
        const kept = capped.findings.filter((f) => f.ruleId !== 'parse-error')
        const limit = capped.errors.filter((e) => e.code === 'FINDINGS_LIMIT')
        // Every bucket yields a finding for every rule here, so the whole count is buckets × rules.
        if (all.findings.length <= max) {
          expect(limit).toEqual([])
          expect(kept.map(key)).toEqual(all.findings.map(key))
        } else {
          expect(kept).toHaveLength(max)
          expect(limit).toHaveLength(1)
          // Rule by rule over the buckets: the stop is at the bucket after the last one the stopped
          // rule reached (B0 is on line 3, each bucket two lines).
          expect(all.findings.length % buckets).toBe(0)
          expect(limit[0]!.line).toBe(3 + 2 * (max % buckets))
          const order = new Map(rules.map((r, i) => [r.id, i]))
          const firstInRuleOrder = [...all.findings]
            .sort((a, b) => order.get(a.ruleId)! - order.get(b.ruleId)! || a.line - b.line)
            .slice(0, max)
          expect(kept.map(key).sort()).toEqual(firstInRuleOrder.map(key).sort())
        }
      }),
      params(40),
    )
  }, 120_000)

  it('--max-scan-findings keeps the templates that fit in scan order, with an error on each of the others', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 90 }),
        async (sizes, max) => {
          // Templates of 0–3 bare buckets, 11 findings a bucket; scan order is path order.
          const names = sizes.map((_, i) => `t${i}.yaml`)
          const files = Object.fromEntries(
            sizes.map((n, i) => [
              names[i]!,
              `${HEAD}Resources:\n${Array.from({ length: Math.max(n, 1) }, (_, b) => `  B${b}:\n    Type: ${n ? 'AWS::S3::Bucket' : 'AWS::SNS::Topic'}\n`).join('')}`,
            ]),
          )
          const all = (await scanJson([], files)).json!
          const capped = await scanJson(['--max-scan-findings', String(max)], files)
          const per = names.map((n) => all.findings.filter((f) => f.file === n).length)
          let kept = 0
          for (let total = 0; kept < per.length && total + per[kept]! <= max; kept++) total += per[kept]!
          const key = (f: { ruleId: string; file: string; line: number }) => `${f.file}:${f.line}:${f.ruleId}`
          expect(capped.json!.findings.filter((f) => f.ruleId !== 'parse-error').map(key)).toEqual(
            all.findings.filter((f) => names.indexOf(f.file) < kept).map(key),
          )
          expect(capped.json!.errors.map((e) => [e.code, e.file, e.line])).toEqual(
            names.slice(kept).map((n) => ['SCAN_FINDINGS_LIMIT', n, 1]),
          )
        },
      ),
      params(25),
    )
    // An unreported template fails the gate at the default threshold, whatever its findings were.
    const quiet = { 'a.yaml': `${HEAD}Resources:\n  T:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::S3::Bucket\n` }
    const limited = JSON.parse((await cli(['scan', '.', '--format', 'json', '--max-scan-findings', '1'], quiet)).stdout) as {
      findings: { ruleId: string; severity: string; suppressed: boolean; message: string }[]
    }
    expect(limited.findings.map((f) => [f.ruleId, f.severity, f.suppressed, f.message.split(':')[0]])).toEqual([
      ['parse-error', 'high', false, 'SCAN_FINDINGS_LIMIT'],
    ])
  }, 120_000)

  it.each([
    ['--max-file-size', '0'],
    ['--max-file-size', 'lots'],
    ['--max-depth', '-1'],
    ['--max-depth', '2.5'],
    // Deeper than the parsers can recurse: a stack overflow, not a syntax error, at 2,000.
    ['--max-depth', '100000'],
    ['--max-eval-steps', '1e999'],
    ['--max-instances', ''],
    ['--max-findings', '0'],
    ['--max-scan-findings', '0'],
  ])('refuses %s %j with exit code 2', async (flag, value) => {
    const r = await cli(['scan', '.', flag, value], { 'a.yaml': `${HEAD}${BUCKET}` })
    expect(r.code).toBe(2)
    // An empty value is refused before it is read as a number, as for every flag.
    expect(r.stderr).toMatch(value === '' ? new RegExp(`${flag} needs a value`) : new RegExp(`Expected \`${flag.slice(2)}\` to be`))
  })

  it('are not accepted by merge, which scans nothing', async () => {
    const r = await cli(['merge', 'x.json', '--max-depth', '5'], {})
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--max-depth applies to `scan`, not `merge`/)
  })
})
