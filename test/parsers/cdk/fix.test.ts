import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding, FixIntent } from '../../../src/engine/finding.js'
import { renderCdkFix } from '../../../src/parsers/cdk/fix.js'
import { lineOf, repoRoot } from './helpers.js'

const SSL: FixIntent = { kind: 'add-policy-statement', statement: 'deny-insecure-transport' }
const TLS: FixIntent = { kind: 'add-policy-statement', statement: 'deny-old-tls' }
const BPA: FixIntent = { kind: 'set', field: 'publicAccessBlock', value: true }
const VERSIONING: FixIntent = { kind: 'set', field: 'versioning.status', value: 'Enabled' }
const KMS: FixIntent = { kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } }
const OWNERSHIP: FixIntent = { kind: 'set', field: 'ownership', value: 'BucketOwnerEnforced' }

function finding(file: string, line: number, fix: FixIntent, column = 5): Finding {
  const at = { file, line, column, endLine: line, endColumn: column, path: 'Resources.X' }
  return {
    ruleId: 'r',
    severity: 'high',
    messageId: 'm',
    message: 'm',
    location: at,
    resource: 'Stack/X/Resource',
    format: 'cdk',
    related: [],
    fix,
    fingerprint: 'f',
    suppressed: false,
  }
}

/** Renders a fix for the call on the line holding `needle` in a snippet. */
function fixIn(text: string, needle: string, fix: FixIntent, file = 'lib/stack.ts') {
  const line = text.slice(0, text.indexOf(needle)).split('\n').length
  const edit = renderCdkFix(finding(file, line, fix, 1), new Map([[file, text]]))
  return edit && { lines: [edit.startLine, edit.endLine], replacement: edit.replacement }
}

describe('CDK fixes in the construct’s props', () => {
  const storage = 'examples/cdk/lib/storage-stack.ts'
  const text = fs.readFileSync(path.join(repoRoot, storage), 'utf8')
  const texts = new Map([[storage, text]])
  const uploads = lineOf(storage, "new s3.Bucket(this, 'Uploads'")

  it('adds `enforceSSL: true` right below the construct line of the example’s insecure bucket', () => {
    const edit = renderCdkFix(finding(storage, uploads, SSL), texts)
    expect(edit).toMatchObject({ file: storage, startLine: uploads, endLine: uploads })
    expect(edit!.replacement).toBe("    new s3.Bucket(this, 'Uploads', {\n      enforceSSL: true,")
    expect(edit!.description).toContain('enforceSSL: true')
  })

  it('replaces a weaker block-public-access setting and drops `publicReadAccess`, which CDK rejects next to BLOCK_ALL', () => {
    const edit = renderCdkFix(finding(storage, uploads, BPA), texts)
    expect([edit!.startLine, edit!.endLine]).toEqual([uploads + 1, uploads + 2])
    expect(edit!.replacement).toBe('      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,')
  })

  it('adds `minimumTLSVersion` together with the `enforceSSL` it needs, and KMS with a bucket key', () => {
    expect(renderCdkFix(finding(storage, uploads, TLS), texts)!.replacement).toBe(
      "    new s3.Bucket(this, 'Uploads', {\n      minimumTLSVersion: 1.2,\n      enforceSSL: true,",
    )
    expect(renderCdkFix(finding(storage, uploads, KMS), texts)!.replacement).toBe(
      "    new s3.Bucket(this, 'Uploads', {\n      encryption: s3.BucketEncryption.KMS,\n      bucketKeyEnabled: true,",
    )
    expect(renderCdkFix(finding(storage, uploads, OWNERSHIP), texts)!.replacement).toContain(
      'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,',
    )
  })

  it('does not add `enforceSSL` again when the construct already has it', () => {
    const src = "new s3.Bucket(this, 'B', {\n  enforceSSL: true,\n})\n"
    expect(fixIn(src, 'new s3', TLS)).toEqual({ lines: [1, 1], replacement: "new s3.Bucket(this, 'B', {\n  minimumTLSVersion: 1.2," })
  })

  it('changes an existing property in place', () => {
    const src = "const b = new s3.Bucket(this, 'B', {\n  versioned: false, // for now\n})\n"
    expect(fixIn(src, 'new s3', VERSIONING)).toEqual({ lines: [2, 2], replacement: '  versioned: true, // for now' })
  })

  it('uses the file’s own names for enums: a named import, an alias, or the aws_s3 namespace', () => {
    const named = "import { Bucket, BlockPublicAccess as BPA } from 'aws-cdk-lib/aws-s3'\nnew Bucket(this, 'B', {\n  versioned: true,\n})\n"
    expect(fixIn(named, 'new Bucket', BPA)!.replacement).toContain('blockPublicAccess: BPA.BLOCK_ALL,')
    const ns = "import { aws_s3 as storage } from 'aws-cdk-lib'\nnew storage.Bucket(this, 'B', {\n  versioned: true,\n})\n"
    expect(fixIn(ns, 'new storage', BPA)!.replacement).toContain('blockPublicAccess: storage.BlockPublicAccess.BLOCK_ALL,')
    const both =
      "import * as s3 from 'aws-cdk-lib/aws-s3'\nimport { Bucket } from 'aws-cdk-lib/aws-s3'\nnew Bucket(this, 'B', {\n  versioned: true,\n})\n"
    expect(fixIn(both, 'new Bucket', BPA)!.replacement).toContain('blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,')
  })

  it('offers no edit when the enum would need a new import', () => {
    const src = "import { Bucket } from 'aws-cdk-lib/aws-s3'\nnew Bucket(this, 'B', {\n  versioned: true,\n})\n"
    expect(fixIn(src, 'new Bucket', BPA)).toBeUndefined()
    // Booleans need no import.
    expect(fixIn(src, 'new Bucket', SSL)!.replacement).toContain('enforceSSL: true,')
  })

  it('adds a props object to a call that has none, and extends a one-line object', () => {
    expect(fixIn("new s3.Bucket(this, 'Logs')\n", 'new s3', SSL)).toEqual({
      lines: [1, 1],
      replacement: "new s3.Bucket(this, 'Logs', { enforceSSL: true })",
    })
    expect(fixIn("new s3.Bucket(this, 'Logs', { versioned: true })\n", 'new s3', SSL)!.replacement).toBe(
      "new s3.Bucket(this, 'Logs', { enforceSSL: true, versioned: true })",
    )
    expect(fixIn("new s3.Bucket(this, 'Logs', {})\n", 'new s3', SSL)!.replacement).toBe("new s3.Bucket(this, 'Logs', { enforceSSL: true })")
  })

  it('offers no edit that would repeat a line declaring a noEcho parameter (its default is hidden)', () => {
    const param = "new cdk.CfnParameter(this, 'Acct', { noEcho: true, default: '737373737373' }).valueAsString"
    const oneLine = `new s3.Bucket(this, 'Logs', { bucketName: ${param} })\n`
    expect(fixIn(oneLine, 'new s3', SSL)).toBeUndefined()
    // The same call without noEcho gets its edit, and so does one whose parameter is declared elsewhere.
    expect(fixIn(oneLine.replace('noEcho: true, ', ''), 'new s3', SSL)).toBeDefined()
    const apart = `const acct = ${param}\nnew s3.Bucket(this, 'Logs', { bucketName: acct })\n`
    expect(fixIn(apart, 'new s3', SSL)!.replacement).not.toContain('737373737373')
  })

  it('adds after a spread, which would otherwise override the new property', () => {
    const src = "new s3.Bucket(this, 'B', {\n  ...props,\n  versioned: true\n})\n"
    expect(fixIn(src, 'new s3', SSL)).toEqual({ lines: [3, 3], replacement: '  versioned: true,\n  enforceSSL: true,' })
  })

  it('offers no edit for props passed as a variable, an L3 construct, or a finding outside CDK', () => {
    expect(fixIn("new s3.Bucket(this, 'B', props)\n", 'new s3', SSL)).toBeUndefined()
    expect(fixIn("new SecureBucket(this, 'Reports', { expireAfterDays: 90 })\n", 'new Secure', SSL)).toBeUndefined()
    const src = "new s3.Bucket(this, 'B')\n"
    const f = { ...finding('lib/stack.ts', 1, SSL), format: 'cloudformation' as const }
    expect(renderCdkFix(f, new Map([['lib/stack.ts', src]]))).toBeUndefined()
  })

  it('writes CloudFormation-shaped props for an L1 CfnBucket', () => {
    const stage = 'examples/cdk/lib/analytics-stage.ts'
    const st = fs.readFileSync(path.join(repoRoot, stage), 'utf8')
    const line = lineOf(stage, "new s3.CfnBucket(this, 'Datasets'")
    const edit = renderCdkFix(finding(stage, line, VERSIONING), new Map([[stage, st]]))
    expect([edit!.startLine, edit!.endLine, edit!.replacement]).toEqual([
      line + 1,
      line + 1,
      "      versioningConfiguration: { status: 'Enabled' },",
    ])
    expect(renderCdkFix(finding(stage, line, SSL), new Map([[stage, st]]))).toBeUndefined()
  })

  it('writes keyword arguments for a Python construct', () => {
    expect(fixIn('s3.Bucket(self, "Uploads", versioned=False)\n', 's3.Bucket', VERSIONING, 'app/stack.py')!.replacement).toBe(
      's3.Bucket(self, "Uploads", versioned=True)',
    )
    expect(fixIn('s3.Bucket(self, "Uploads")\n', 's3.Bucket', SSL, 'app/stack.py')!.replacement).toBe(
      's3.Bucket(self, "Uploads", enforce_ssl=True)',
    )
    const multi = 'b = s3.Bucket(\n    self,\n    "Exports",\n    versioned=True,\n)\n'
    expect(fixIn(multi, 's3.Bucket', BPA, 'app/stack.py')).toEqual({
      lines: [4, 4],
      replacement: '    versioned=True,\n    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,',
    })
  })
})

describe('CDK fixes on hostile source lines', () => {
  it('reads the imports of a source padded to be slow, in one pass', () => {
    // `^\s*` over many blank lines, or `[^}]*` giving characters back, was quadratic: minutes at 1 MB.
    const ts = `import {${' aws_s3 as x'.repeat(80_000)}\nimport { aws_s3 as storage } from 'aws-cdk-lib'\nnew storage.Bucket(this, 'B', {})\n`
    expect(fixIn(ts, 'new storage', BPA)!.replacement).toContain('storage.BlockPublicAccess.BLOCK_ALL')
    const py = `${'\n'.repeat(500_000)}import aws_cdk.aws_s3 as s3x\ns3x.Bucket(self, "B")\n`
    expect(fixIn(py, 's3x.Bucket', BPA, 'app/stack.py')!.replacement).toContain('s3x.BlockPublicAccess.BLOCK_ALL')
    const pyFrom = `from aws_cdk.aws_s3 import ${' '.repeat(500_000)}x\nfrom aws_cdk import aws_s3 as s3y\ns3y.Bucket(self, "B")\n`
    expect(fixIn(pyFrom, 's3y.Bucket', BPA, 'app/stack.py')!.replacement).toContain('s3y.BlockPublicAccess.BLOCK_ALL')
  })

  it('finds the call near the traced column on a megabyte-long line, without scanning all of it', () => {
    // The call-head pattern takes time quadratic in what it scans: 1 MB of identifier took minutes.
    const filler = 'x'.repeat(1_000_000)
    const text = `const a = ${filler}; new s3.Bucket(this, 'Wide', {}); const b = ${filler}\n`
    const column = text.indexOf('new s3.Bucket') + 1
    const edit = renderCdkFix(finding('lib/stack.ts', 1, SSL, column), new Map([['lib/stack.ts', text]]))
    expect(edit?.replacement).toContain('enforceSSL: true')
  })

  it('gives up in linear time on a line of calls that never close', () => {
    // Each `a(` near the line was scanned to the end of the unbalanced file: 1,000 of them over
    // 300 KB took 15 s a fix, and a bucket has ten.
    const py = `s3.Bucket(self, "B", versioned=False, x=${'a('.repeat(1000)}\n${'('.repeat(300_000)}\n`
    // CPU time, not wall-clock: other test files share the two cores (5.5 s of wall-clock in a
    // loaded full run for 2.5 s alone).
    const cpu0 = process.cpuUsage()
    expect(fixIn(py, 's3.Bucket', BPA, 'app/stack.py')).toBeUndefined()
    const cpu = process.cpuUsage(cpu0)
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(5000)
    // The source's other calls still get their edits.
    const ts = `new s3.Bucket(this, 'Ok', {})\nnew s3.Bucket(this, 'B', ${'new a('.repeat(1000)}${'('.repeat(300_000)}\n`
    expect(fixIn(ts, "new s3.Bucket(this, 'Ok'", SSL)!.replacement).toContain('enforceSSL: true')
    expect(fixIn(ts, "new s3.Bucket(this, 'B'", SSL)).toBeUndefined()
  })

  it('offers no edit, and does not overflow the stack, for template literals nested 30,000 deep', () => {
    const ts = `new s3.Bucket(this, 'B', { a: \`${'${`'.repeat(30_000)}\n`
    expect(fixIn(ts, 'new s3', SSL)).toBeUndefined()
    // Nested a few deep, they are read.
    const nested = "new s3.Bucket(this, 'B', { a: `${`${`x`}`}` })\n"
    expect(fixIn(nested, 'new s3', SSL)!.replacement).toContain('enforceSSL: true')
  })

  it('works out the lines and names of a source once for all its fixes', () => {
    // Each fix indexed the lines and searched the imports of the whole source again: 2,000
    // buckets in a source of 100,000 lines took 70 s.
    const calls = Array.from({ length: 2000 }, (_, i) => `Bucket(self, "B${i}")\n`).join('')
    const py = `from aws_cdk.aws_s3 import Bucket, BlockPublicAccess\n${calls}${'\n'.repeat(200_000)}`
    const texts = new Map([['app/stack.py', py]])
    const t0 = performance.now()
    let edits = 0
    for (let round = 0; round < 5; round++)
      for (let line = 2; line < 2002; line++) if (renderCdkFix(finding('app/stack.py', line, BPA, 1), texts)) edits++
    expect(edits).toBe(10_000)
    expect(performance.now() - t0).toBeLessThan(10_000)
  }, 30_000)

  it('reads a named import padded with 100,000 spaces in one pass', () => {
    // `.split(/\s+as\s+/)` tried every space of the run again: 2 s for 30,000.
    const py = `from aws_cdk.aws_s3 import Bucket, a${' '.repeat(100_000)}b, BlockPublicAccess as BPA\nBucket(self, "B")\n`
    const t0 = performance.now()
    expect(fixIn(py, 'Bucket(self', BPA, 'app/stack.py')!.replacement).toContain('BPA.BLOCK_ALL')
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
