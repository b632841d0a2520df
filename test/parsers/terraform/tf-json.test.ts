import { describe, expect, it } from 'vitest'
import { strToDisplay } from '../../../src/model/value.js'
import { recentJsonConfig } from '../../../src/parsers/terraform/hcl/recent-parses.js'
import { bucket, loadFiles, v } from './helpers.js'

const MAIN_TF_JSON = `{
  "variable": { "env": { "default": "prod" } },
  "locals": { "prefix": "acme-\${var.env}" },
  "resource": {
    "aws_s3_bucket": {
      "data": {
        "bucket": "\${local.prefix}-data",
        "versioning": { "enabled": true }
      }
    },
    "aws_s3_bucket_public_access_block": {
      "data": {
        "bucket": "\${aws_s3_bucket.data.id}",
        "block_public_acls": false,
        "block_public_policy": true
      }
    },
    "aws_s3_bucket_policy": {
      "data": [{
        "bucket": "\${aws_s3_bucket.data.id}",
        "policy": "\${jsonencode({Statement = [{Effect = \\"Allow\\", Principal = \\"*\\", Action = \\"s3:GetObject\\", Resource = \\"\${aws_s3_bucket.data.arn}/*\\"}]})}"
      }]
    },
    "aws_s3_bucket_lifecycle_configuration": {
      "data": {
        "bucket": "\${aws_s3_bucket.data.id}",
        "dynamic": { "rule": { "for_each": "\${[30, 90]}", "content": { "id": "expire-\${rule.value}", "status": "Enabled", "expiration": { "days": "\${rule.value}" } } } }
      }
    }
  }
}
`

describe('.tf.json files', () => {
  it('reads JSON syntax into the same model, with positions in the JSON file', () => {
    const r = loadFiles({ 'main.tf.json': MAIN_TF_JSON })
    expect(r.load.problems).toEqual([])
    const b = bucket(r.model, 'aws_s3_bucket.data')
    expect(b.origin.at).toMatchObject({ file: 'main.tf.json', line: 6 })
    expect([v(b.name), v(b.versioning.status)]).toEqual(['set:acme-prod-data@7', 'set:Enabled@8'])
    expect([v(b.publicAccessBlock.blockPublicAcls), v(b.publicAccessBlock.blockPublicPolicy)]).toEqual(['set:false@14', 'set:true@15'])
    const s = b.policies[0]!.statements[0]!
    expect(s.resource.values.state === 'set' && s.resource.values.value.map(strToDisplay)).toEqual(['${aws_s3_bucket.data.arn}/*'])
    expect(b.lifecycle.state === 'set' && b.lifecycle.value.map((x) => [x.id, v(x.expirationDays)])).toEqual([
      ['expire-30', 'set:30@27'],
      ['expire-90', 'set:90@27'],
    ])
  })

  it('mixes .tf and .tf.json files of one module', () => {
    const r = loadFiles({
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
      'versioning.tf.json':
        '{"resource": {"aws_s3_bucket_versioning": {"b": {"bucket": "${aws_s3_bucket.b.id}", "versioning_configuration": {"status": "Enabled"}}}}}',
    })
    expect(bucket(r.model, 'aws_s3_bucket.b').versioning.status).toMatchObject({
      state: 'set',
      value: 'Enabled',
      at: { file: 'versioning.tf.json', line: 1 },
    })
  })

  it('reports JSON syntax errors with their position', () => {
    const r = loadFiles({ 'main.tf.json': '{\n  "resource": {\n    "aws_s3_bucket": ,\n}' })
    expect(r.load.problems.map((p) => [p.code, p.line, p.column])).toEqual([['JSON_SYNTAX', 3, 22]])
  })

  it('reports a block whose body is not an object, and does not model it as an empty block', () => {
    const r = loadFiles({
      'main.tf.json':
        '{\n  "resource": {\n    "aws_s3_bucket": {\n      "ok": {"bucket": "ok"},\n      "bad": 5,\n      "nul": null\n    }\n  }\n}\n',
    })
    expect(r.load.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['JSON_SYNTAX', 5, 14],
      ['JSON_SYNTAX', 6, 14],
    ])
    expect(r.model.buckets.map((b) => b.origin.address)).toEqual(['aws_s3_bucket.ok'])
  })

  it("hands the loaded file's configuration and JSON tree to the fix renderer, so the file is parsed once", () => {
    const text = '{\n  "resource": {\n    "aws_s3_bucket": {\n      "b": {"bucket": "b"}\n    }\n  }\n}\n'
    loadFiles({ 'main.tf.json': text })
    const remembered = recentJsonConfig(text)
    expect(remembered?.body.blocks.map((b) => b.labels.map((l) => l.value))).toEqual([['aws_s3_bucket', 'b']])
    expect(remembered?.root?.kind).toBe('map')
  })
})
