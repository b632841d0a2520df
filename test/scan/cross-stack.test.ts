/**
 * A bucket policy in one template for a bucket of another (Fn::ImportValue of an export, or the
 * bucket's name): the bucket's "no policy" findings go, or become unknown, in a scan and in a
 * merge of shards alike.
 */
import { describe, expect, it } from 'vitest'
import { mayBeSame, patternOf } from '../../src/cross-stack.js'
import { shardOf } from '../../src/scan.js'
import { hits, scanFiles } from '../helpers/scan-files.js'
import { scanWholeAndInShards } from '../helpers/whole-and-shards.js'
import { DENY_HTTP_ON_ACME_SITE } from '../helpers/tls-policy.js'

const bucketTemplate = (exportName: string, properties = '') => `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
${properties}Outputs:
  DataName:
    Value: !Ref Data
    Export:
      Name: ${exportName}
`

const policyTemplate = (bucket: string) => `Parameters:
  DataStack:
    Type: String
Resources:
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: "*"
            Condition:
              Bool:
                aws:SecureTransport: false
`

const policyRules = ['bucket-policy-missing', 'tls-not-enforced']
const policyHits = (r: Parameters<typeof hits>[0]) => hits(r).filter((h) => policyRules.some((id) => h.startsWith(`${id}@`)))
const unknownsOn = (r: { unknowns: { ruleId: string; location: { file: string }; why: string }[] }, file: string) =>
  r.unknowns.filter((u) => u.location.file === file && policyRules.includes(u.ruleId))

describe('bucket policies across templates', () => {
  it('takes a policy imported by the literal export name as the bucket’s own', async () => {
    const r = await scanFiles({
      'a.yaml': bucketTemplate('shared-data-name'),
      'b.yaml': policyTemplate('!ImportValue shared-data-name'),
    })
    expect(policyHits(r)).toEqual([])
    expect(unknownsOn(r, 'a.yaml')).toEqual([])
    expect(r.notes.some((n) => /2 findings about a missing bucket policy/.test(n))).toBe(true)
  })

  it('reads the same import in the policy’s Bucket and in its statement ARNs as one value', async () => {
    const importedArn = (suffix: string) => `!Join ["", ["arn:aws:s3:::", !ImportValue shared-data-name${suffix}]]`
    const policy = policyTemplate('!ImportValue shared-data-name').replace(
      '            Resource: "*"\n',
      `            Resource:\n              - ${importedArn('')}\n              - ${importedArn(', "/*"')}\n`,
    )
    const r = await scanFiles({ 'a.yaml': bucketTemplate('shared-data-name'), 'b.yaml': policy })
    expect(policyHits(r)).toEqual([])
    expect(r.unknowns.filter((u) => policyRules.includes(u.ruleId))).toEqual([])
    // A different export in the ARN is a different bucket: that statement cannot be shown to cover this one.
    const other = await scanFiles({
      'a.yaml': bucketTemplate('shared-data-name'),
      'b.yaml': policy.replaceAll('shared-data-name]]', 'other-name]]').replace('shared-data-name, "/*"', 'other-name, "/*"'),
    })
    expect(other.unknowns.filter((u) => policyRules.includes(u.ruleId)).map((u) => u.location.file)).toEqual(['b.yaml'])
  })

  it('makes the findings unknown when the names are only known at deploy time, naming the policy', async () => {
    const r = await scanFiles({
      'a.yaml': bucketTemplate("!Sub '${AWS::StackName}-DataName'"),
      'b.yaml': policyTemplate("!ImportValue\n        Fn::Sub: '${DataStack}-DataName'"),
    })
    expect(policyHits(r)).toEqual([])
    const u = unknownsOn(r, 'a.yaml')
    expect(u.map((x) => x.ruleId).sort()).toEqual(policyRules)
    expect(u[0]!.why).toContain('DataPolicy (b.yaml:8, Fn::ImportValue "…-DataName")')
  })

  it('does not take one stack’s name for another’s', async () => {
    const named = bucketTemplate('x', "      BucketName: !Sub '${AWS::StackName}-data'\n")
    const r = await scanFiles({ 'a.yaml': named, 'b.yaml': policyTemplate("!Sub '${AWS::StackName}-data'") })
    expect(policyHits(r).sort()).toEqual(['bucket-policy-missing@2', 'tls-not-enforced@2'])
    const other = await scanFiles({ 'a.yaml': named, 'b.yaml': policyTemplate("!Sub '${DataStack}-data'") })
    expect(policyHits(other)).toEqual([])
    expect(unknownsOn(other, 'a.yaml')[0]!.why).toContain('DataPolicy (b.yaml:8, bucket "…-data")')
  })

  it('makes the findings unknown when another template writes out a name that may be this stack’s', async () => {
    for (const imported of ['!ImportValue data-DataName', "!ImportValue\n        Fn::Sub: '${DataStack}-DataName'"]) {
      const files = {
        'a.yaml': bucketTemplate("!Sub '${AWS::StackName}-DataName'"),
        'b.yaml': policyTemplate(imported).replace('    Type: String\n', '    Type: String\n    Default: data\n'),
      }
      const r = await scanFiles(files)
      expect(policyHits(r)).toEqual([])
      expect(
        unknownsOn(r, 'a.yaml')
          .map((x) => x.ruleId)
          .sort(),
      ).toEqual(policyRules)
    }
    const named = bucketTemplate('x', "      BucketName: !Sub '${AWS::StackName}-data'\n")
    const r = await scanFiles({ 'a.yaml': named, 'b.yaml': policyTemplate('prod-data') })
    expect(policyHits(r)).toEqual([])
    expect(
      unknownsOn(r, 'a.yaml')
        .map((x) => x.ruleId)
        .sort(),
    ).toEqual(policyRules)
  })

  it('leaves the findings when the export names cannot match', async () => {
    const r = await scanFiles({
      'a.yaml': bucketTemplate("!Sub '${AWS::StackName}-LogsName'"),
      'b.yaml': policyTemplate("!ImportValue\n        Fn::Sub: '${DataStack}-DataName'"),
    })
    expect(policyHits(r).sort()).toEqual(['bucket-policy-missing@2', 'tls-not-enforced@2'])
  })

  it('links a policy to a bucket of another template by its literal name', async () => {
    const named = bucketTemplate('x', '      BucketName: acme-data\n')
    const r = await scanFiles({ 'a.yaml': named, 'b.yaml': policyTemplate('acme-data') })
    expect(r.problems).toEqual([])
    expect(policyHits(r)).toEqual([])
    const other = await scanFiles({ 'a.yaml': named, 'b.yaml': policyTemplate('acme-logs') })
    expect(policyHits(other).sort()).toEqual(['bucket-policy-missing@2', 'tls-not-enforced@2'])
  })

  it('does not link a policy by name to a bucket whose name is generated, or wholly a parameter', async () => {
    const generated = await scanFiles({ 'a.yaml': bucketTemplate('x'), 'b.yaml': policyTemplate('Data') })
    expect(policyHits(generated).sort()).toEqual(['bucket-policy-missing@2', 'tls-not-enforced@2'])
    const parameter = `Parameters:\n  Name:\n    Type: String\n${bucketTemplate('x', '      BucketName: !Ref Name\n')}`
    const r = await scanFiles({ 'a.yaml': parameter, 'b.yaml': policyTemplate('acme-data') })
    expect(policyHits(r).sort()).toEqual(['bucket-policy-missing@5', 'tls-not-enforced@5'])
  })

  it('does not link a policy whose bucket is wholly unknown to every bucket', async () => {
    const r = await scanFiles({ 'a.yaml': bucketTemplate('x'), 'b.yaml': policyTemplate('!Ref DataStack') })
    expect(policyHits(r).sort()).toEqual(['bucket-policy-missing@2', 'tls-not-enforced@2'])
  })

  it('does not link a template to its own export', async () => {
    const own = bucketTemplate('shared').replace(
      'Outputs:',
      `  Pol:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !ImportValue shared\n      PolicyDocument: {Statement: []}\nOutputs:`,
    )
    const r = await scanFiles({ 'a.yaml': own })
    expect(policyHits(r)).toContain('bucket-policy-missing@2')
  })

  it('gives the same answer when the two templates are scanned in different shards and merged', async () => {
    // File names chosen so that the bucket and the policy fall into different shards of two.
    const names = ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml']
    const bucketFile = names.find((n) => shardOf(n, 2) === 1)!
    const policyFile = names.find((n) => shardOf(n, 2) === 2)!
    const files = {
      [bucketFile]: bucketTemplate("!Sub '${AWS::StackName}-DataName'"),
      [policyFile]: policyTemplate("!ImportValue\n        Fn::Sub: '${DataStack}-DataName'"),
    }
    const { whole, parts, merged } = await scanWholeAndInShards(files)
    expect(parts[0]!.result.findings.some((f) => f.ruleId === 'bucket-policy-missing')).toBe(true)
    expect(merged.notes).toEqual(whole.notes)
  })
})

describe('name patterns', () => {
  const p = (...parts: (string | null)[]) =>
    patternOf({ parts: parts.map((x) => (x === null ? { kind: 'unknown' as const, why: 'w' } : x)) })

  it('keeps literal pieces with "anything" between them', () => {
    expect(p('a', null, 'b')).toEqual(['a', 'b'])
    expect(p(null, '-x')).toEqual(['', '-x'])
    expect(p(null, null)).toEqual(['', ''])
    expect(p('lit')).toEqual(['lit'])
  })

  it('tells patterns that can name the same thing from those that cannot', () => {
    expect(mayBeSame(['', '-DataName'], ['a-DataName'])).toBe(true)
    expect(mayBeSame(['', '-DataName'], ['', '-LogsName'])).toBe(false)
    expect(mayBeSame(['prod-', ''], ['', '-data'])).toBe(true)
    expect(mayBeSame(['prod-', '-x'], ['dev-', ''])).toBe(false)
    expect(mayBeSame(['abc'], ['abd'])).toBe(false)
    expect(mayBeSame(['', ''], ['anything'])).toBe(true)
  })
})

describe('bucket policies across the stacks of a CDK app', () => {
  it('links a stack’s policy to the bucket another stack exports (CDK’s own cross-stack export)', async () => {
    const stack = (name: string) => ({
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/unknown-region',
      properties: { templateFile: `${name}.template.json` },
      displayName: name,
    })
    const manifest = { version: '36.0.0', artifacts: { Storage: stack('Storage'), Access: stack('Access') } }
    const storage = {
      Resources: { DataBucketE3889A50: { Type: 'AWS::S3::Bucket', Properties: {} } },
      Outputs: {
        ExportsOutputRefDataBucketE3889A50A4B8A3B1: {
          Value: { Ref: 'DataBucketE3889A50' },
          Export: { Name: 'Storage:ExportsOutputRefDataBucketE3889A50A4B8A3B1' },
        },
      },
    }
    const access = {
      Resources: {
        DataPolicy0D5F4D3B: {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { 'Fn::ImportValue': 'Storage:ExportsOutputRefDataBucketE3889A50A4B8A3B1' },
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Deny',
                  Principal: { AWS: '*' },
                  Action: 's3:*',
                  Resource: '*',
                  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                },
              ],
            },
          },
        },
      },
    }
    const files = {
      'cdk.out/manifest.json': JSON.stringify(manifest),
      'cdk.out/Storage.template.json': JSON.stringify(storage, null, 1),
      'cdk.out/Access.template.json': JSON.stringify(access, null, 1),
    }
    const r = await scanFiles(files)
    expect(r.stats.byFormat).toEqual({ cdk: 2 + 1 })
    expect(policyHits(r)).toEqual([])
    expect(hits(r).length).toBeGreaterThan(0)
    const alone = await scanFiles({
      'cdk.out/manifest.json': JSON.stringify({ ...manifest, artifacts: { Storage: stack('Storage') } }),
      'cdk.out/Storage.template.json': files['cdk.out/Storage.template.json'],
    })
    expect(policyHits(alone).sort()).toEqual(['bucket-policy-missing@3', 'tls-not-enforced@3'])
  })
})

/** The `bucket-policy-missing` finding of a linked bucket, at its line. */
const policyMissing = (b: { bucket: string; line: number }) => ({
  ruleId: 'bucket-policy-missing',
  severity: 'low' as const,
  messageId: 'none',
  message: 'm',
  location: { file: 'f', line: b.line, column: 1, endLine: b.line, endColumn: 1, path: '' },
  resource: b.bucket,
  format: 'cloudformation' as const,
  related: [],
  fingerprint: b.bucket,
  suppressed: false,
})

describe('linking by index', () => {
  it('links exactly the pairs a comparison of every policy with every bucket links', async () => {
    const { default: fc } = await import('fast-check')
    const { linkForeignPolicies } = await import('../../src/cross-stack.js')
    const piece = fc.stringMatching(/^[ab-]{0,3}$/)
    const pattern = fc.array(piece, { minLength: 1, maxLength: 3 })
    const unit = fc.constantFrom('u1', 'u2', 'u3')
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit, exports: fc.array(pattern, { maxLength: 2 }), name: fc.option(pattern, { nil: undefined }) }), {
          maxLength: 8,
        }),
        fc.array(fc.record({ unit, via: fc.constantFrom('import' as const, 'name' as const), name: pattern }), { maxLength: 6 }),
        (bs, ps) => {
          const buckets = bs.map((b, i) => ({
            bucket: `B${i}`,
            unit: b.unit,
            file: 'f',
            line: i + 1,
            exports: b.exports,
            ...(b.name ? { name: b.name } : {}),
          }))
          const policies = ps.map((p, i) => ({ policy: `P${i}`, unit: p.unit, file: 'g', line: i + 1, via: p.via, name: p.name }))
          const findings = buckets.map(policyMissing)
          const unknowns: Parameters<typeof linkForeignPolicies>[1] = []
          const kept = linkForeignPolicies(findings, unknowns, { buckets, policies }, () => 't').findings
          const literal = (p: string[]) => p.join('').length
          const expected = buckets.map((b) => {
            let certain = false
            let maybe = false
            for (const p of policies) {
              if (p.unit === b.unit) continue
              const names = p.via === 'import' ? b.exports : b.name && literal(b.name) > 0 && literal(p.name) > 0 ? [b.name] : []
              for (const n of names) {
                if (n.length === 1 && p.name.length === 1 && n[0] === p.name[0]) certain = true
                else if (mayBeSame(p.name, n)) maybe = true
              }
            }
            return certain ? 'gone' : maybe ? 'unknown' : 'kept'
          })
          const actual = buckets.map((b) =>
            kept.some((f) => f.resource === b.bucket) ? 'kept' : unknowns.some((u) => u.resource === b.bucket) ? 'unknown' : 'gone',
          )
          expect(actual).toEqual(expected)
        },
      ),
      { seed: 20261129, numRuns: 500 },
    )
  })
})

describe('mayBeSame against enumeration', () => {
  it('says two patterns overlap exactly when some short name matches both', async () => {
    const { default: fc } = await import('fast-check')
    const words: string[] = ['']
    for (let len = 1; len <= 8; len++) for (const w of words.filter((x) => x.length === len - 1)) for (const c of 'ab-') words.push(w + c)
    const re = (p: string[]) => new RegExp(`^${p.map((x) => x.replace(/-/g, '\\-')).join('.*')}$`)
    const pattern = fc.array(fc.stringMatching(/^[ab-]{0,2}$/), { minLength: 1, maxLength: 2 })
    fc.assert(
      fc.property(pattern, pattern, (a, b) => {
        const ra = re(a)
        const rb = re(b)
        expect(mayBeSame(a, b)).toBe(words.some((w) => ra.test(w) && rb.test(w)))
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})

describe('bucket policies across Terraform root modules', () => {
  const bucketRoot = (name: string) => `resource "aws_s3_bucket" "data" {\n  bucket = ${name}\n}\n`
  const policyRoot = (bucket: string) => `variable "env" {}
resource "aws_s3_bucket_policy" "data" {
  bucket = ${bucket}
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`
  it('links a root’s policy to the bucket another root declares under that name', async () => {
    const r = await scanFiles({ 'a/main.tf': bucketRoot('"acme-data"'), 'b/main.tf': policyRoot('"acme-data"') })
    expect(policyHits(r)).toEqual([])
    const other = await scanFiles({ 'a/main.tf': bucketRoot('"acme-data"'), 'b/main.tf': policyRoot('"acme-logs"') })
    expect(policyHits(other).sort()).toEqual(['bucket-policy-missing@1', 'tls-not-enforced@1'])
  })

  it('makes the findings unknown when the policy’s bucket name is only partly known', async () => {
    const r = await scanFiles({ 'a/main.tf': bucketRoot('"prod-data"'), 'b/main.tf': policyRoot('"${var.env}-data"') })
    expect(policyHits(r)).toEqual([])
    expect(
      unknownsOn(r, 'a/main.tf')
        .map((u) => u.ruleId)
        .sort(),
    ).toEqual(policyRules)
  })

  it('does not link a bucket of a called module, which is one bucket per caller', async () => {
    const r = await scanFiles({
      'a/main.tf': 'module "m" {\n  source = "../mod"\n}\n',
      'mod/main.tf': bucketRoot('"acme-data"'),
      'b/main.tf': policyRoot('"acme-data"'),
    })
    expect(policyHits(r).some((h) => h.startsWith('bucket-policy-missing@'))).toBe(true)
  })
})

describe('bucket policies on a bucket another Terraform root outputs (terraform_remote_state)', () => {
  const s3Backend = (key: string) => `  backend "s3" {\n    bucket = "acme-tfstate"\n    key    = "${key}"\n    region = "us-east-1"\n  }\n`
  const storageRoot = (backend: string, output = 'aws_s3_bucket.site.id') => `terraform {
${backend}}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

output "site_bucket" {
  value = ${output}
}
`
  const cdnRoot = (config: string, extra = '') => `data "terraform_remote_state" "storage" {
  backend = ${config}
${extra}}

resource "aws_s3_bucket_policy" "site" {
  bucket = data.terraform_remote_state.storage.outputs.site_bucket
${DENY_HTTP_ON_ACME_SITE}
}
`
  /** The policy findings of the bucket's own root. */
  const onStorage = (r: { findings: { ruleId: string; suppressed: boolean; location: { file: string } }[] }, file = 'storage/main.tf') =>
    r.findings
      .filter((f) => !f.suppressed && f.location.file === file && policyRules.includes(f.ruleId))
      .map((f) => f.ruleId)
      .sort()
  const s3Read = (key: string) => `"s3"\n  config = {\n    bucket = "acme-tfstate"\n    key    = "${key}"\n    region = "us-east-1"\n  }\n`

  it('takes a policy on the output of the same state as the bucket’s own', async () => {
    const r = await scanFiles({
      'storage/main.tf': storageRoot(s3Backend('storage/terraform.tfstate')),
      'cdn/main.tf': cdnRoot(s3Read('storage/terraform.tfstate')),
    })
    expect(onStorage(r)).toEqual([])
    expect(unknownsOn(r, 'storage/main.tf')).toEqual([])
    // The bucket's ARN as the output links alike.
    const arn = await scanFiles({
      'storage/main.tf': storageRoot(s3Backend('storage/terraform.tfstate'), 'aws_s3_bucket.site.arn'),
      'cdn/main.tf': cdnRoot(s3Read('storage/terraform.tfstate')),
    })
    expect(onStorage(arn)).toEqual([])
  })

  it('does not link a policy reading another state, or another output', async () => {
    const other = await scanFiles({
      'storage/main.tf': storageRoot(s3Backend('storage/terraform.tfstate')),
      'cdn/main.tf': cdnRoot(s3Read('logs/terraform.tfstate')),
    })
    expect(onStorage(other)).toEqual(policyRules)
    const renamed = await scanFiles({
      'storage/main.tf': storageRoot(s3Backend('storage/terraform.tfstate')).replace('"site_bucket"', '"site_name"'),
      'cdn/main.tf': cdnRoot(s3Read('storage/terraform.tfstate')),
    })
    expect(onStorage(renamed)).toEqual(policyRules)
  })

  it('makes the findings unknown when either state is not known statically, naming the policy', async () => {
    // A backend completed by `terraform init -backend-config`, a workspace, a config from variables.
    for (const [storage, cdn] of [
      [storageRoot('  backend "s3" {}\n'), cdnRoot(s3Read('storage/terraform.tfstate'))],
      [storageRoot(s3Backend('storage/terraform.tfstate')), cdnRoot(s3Read('storage/terraform.tfstate'), '  workspace = "prod"\n')],
      [storageRoot(s3Backend('storage/terraform.tfstate')), `variable "key" {}\n${cdnRoot(s3Read('${var.key}'))}`],
    ] as const) {
      const r = await scanFiles({ 'storage/main.tf': storage, 'cdn/main.tf': cdn })
      const unknowns = unknownsOn(r, 'storage/main.tf')
      expect(unknowns.map((u) => u.ruleId).sort()).toEqual(policyRules)
      expect(unknowns[0]!.why).toMatch(/aws_s3_bucket_policy\.site \(cdn\/main\.tf:\d+, terraform_remote_state output "site_bucket"/)
    }
  })

  it('reads a local state by its path from the reading root', async () => {
    const r = await scanFiles({
      'storage/main.tf': storageRoot('  backend "local" {\n    path = "state/site.tfstate"\n  }\n'),
      'cdn/main.tf': cdnRoot('"local"\n  config = {\n    path = "../storage/state/site.tfstate"\n  }\n'),
    })
    expect(onStorage(r)).toEqual([])
    expect(unknownsOn(r, 'storage/main.tf')).toEqual([])
    const elsewhere = await scanFiles({
      'storage/main.tf': storageRoot('  backend "local" {\n    path = "state/site.tfstate"\n  }\n'),
      'cdn/main.tf': cdnRoot('"local"\n  config = {\n    path = "state/site.tfstate"\n  }\n'),
    })
    expect(onStorage(elsewhere)).toEqual(policyRules)
  })

  it('gives the same answer when the two roots are scanned in different shards and merged', async () => {
    const dirs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const bucketDir = dirs.find((d) => shardOf(`${d}/main.tf`, 2) === 1)!
    const policyDir = dirs.find((d) => shardOf(`${d}/main.tf`, 2) === 2)!
    const files = {
      [`${bucketDir}/main.tf`]: storageRoot('  backend "s3" {}\n'),
      [`${policyDir}/main.tf`]: cdnRoot(s3Read('storage/terraform.tfstate')),
    }
    const { whole } = await scanWholeAndInShards(files)
    expect(unknownsOn(whole, `${bucketDir}/main.tf`)).toHaveLength(2)
    expect(onStorage(whole, `${bucketDir}/main.tf`)).toEqual([])
  })
})

describe('cross-stack links past their budget', () => {
  it('stops weighing pairs and keeps the findings, in bounded time', async () => {
    const { linkForeignPolicies, MAX_LINK_PAIRS } = await import('../../src/cross-stack.js')
    const n = 2_000
    const buckets = Array.from({ length: n }, (_, i) => ({
      bucket: `B${i}`,
      unit: `u${i}`,
      file: 'f',
      line: i + 1,
      exports: [['e']],
      name: ['n'],
    }))
    const policies = Array.from({ length: n }, (_, i) => ({
      policy: `P${i}`,
      unit: `v${i}`,
      file: 'g',
      line: i + 1,
      via: 'import' as const,
      name: ['e'],
    }))
    const findings = buckets.map(policyMissing)
    const started = Date.now()
    const r = linkForeignPolicies(findings, [], { buckets, policies }, () => 't')
    expect(n * n).toBeGreaterThan(MAX_LINK_PAIRS)
    expect(r.cut).toBe(true)
    expect(Date.now() - started).toBeLessThan(10_000)
    // Those linked before the cut went; the rest stay.
    expect(r.findings.length).toBeLessThan(n)
  })

  it('links the same pairs whatever order the buckets, policies and forwards come in', async () => {
    const { linkForeignPolicies } = await import('../../src/cross-stack.js')
    const n = 40
    const buckets = Array.from({ length: n }, (_, i) => ({
      bucket: `B${i}`,
      unit: `u${i % 7}`,
      file: 'f',
      line: i + 1,
      exports: [[`export-${i}`]],
      passedTo: [[`t${i % 5}#P`]],
    }))
    const policies = Array.from({ length: n }, (_, i) => ({
      policy: `P${i}`,
      unit: `v${i % 9}`,
      file: 'g',
      line: n - i,
      via: 'import' as const,
      name: [`export-${i}`],
    }))
    const forwards = Array.from({ length: n }, (_, i) => ({ from: `t${i % 5}#P`, to: `t${(i + 1) % 5}#P`, maybe: i % 2 === 0 }))
    // The shard-by-shard order a merge joins them in, against the order of one scan: reversed here.
    const link = (reverse: boolean) => {
      const order = <T>(list: T[]) => (reverse ? [...list].reverse() : list)
      const findings = order(buckets).map(policyMissing)
      const unknowns: Parameters<typeof linkForeignPolicies>[1] = []
      const r = linkForeignPolicies(
        findings,
        unknowns,
        { buckets: order(buckets), policies: order(policies), forwards: order(forwards) },
        () => 't',
        15,
      )
      return { cut: r.cut, kept: r.findings.map((f) => f.resource).sort(), unknowns: unknowns.map((u) => u.resource).sort() }
    }
    const forward = link(false)
    expect(forward.cut).toBe(true)
    expect(forward.kept.length).toBeGreaterThan(0)
    expect(forward.kept.length).toBeLessThan(n)
    expect(link(true)).toEqual(forward)
  })
})

describe('parameters passed on from nested stack to nested stack', () => {
  it('follows at most MAX_PASSED_ON of them per bucket, in bounded time, whatever a shard file says', async () => {
    const { linkForeignPolicies, MAX_PASSED_ON } = await import('../../src/cross-stack.js')
    const { nestedParameter } = await import('../../src/model/stack-links.js')
    const n = 500
    const from = nestedParameter('child.yaml', 'BucketName')
    const buckets = Array.from({ length: n }, (_, i) => ({
      bucket: `B${i}`,
      unit: 'parent',
      file: 'f',
      line: i + 1,
      exports: [],
      passedTo: [[from]],
    }))
    // One parameter passed on to 100,000 others, each passed on to the first again.
    const forwards = Array.from({ length: 100_000 }, (_, i) => [
      { from, to: nestedParameter(`g${i}.yaml`, 'P'), maybe: false },
      { from: nestedParameter(`g${i}.yaml`, 'P'), to: from, maybe: true },
    ]).flat()
    // Followed in the order of their names (`g1.yaml` is among the first, `g99999.yaml` the last),
    // and far fewer of them than there are.
    expect(4 * MAX_PASSED_ON).toBeLessThan(100_000)
    const near = nestedParameter('g1.yaml', 'P')
    const far = nestedParameter('g99999.yaml', 'P')
    const policies = [near, far].map((name, i) => ({
      policy: `P${i}`,
      unit: `g${i}`,
      file: 'g',
      line: 1,
      via: 'parameter' as const,
      name: [name],
    }))
    const started = Date.now()
    const r = linkForeignPolicies(buckets.map(policyMissing), [], { buckets, policies, forwards }, () => 't')
    expect(Date.now() - started).toBeLessThan(10_000)
    // The near one links every bucket; the one past the cap links none, so nothing more goes.
    expect(r.findings).toEqual([])
    expect(r.linked).toBe(n)
  })
})
