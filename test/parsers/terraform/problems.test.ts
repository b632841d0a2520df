import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { bucket, loadDir, loadFiles } from './helpers.js'

describe('broken input', () => {
  it('reports an unclosed block as HCL_SYNTAX with file, line and column, and models the rest', () => {
    const r = loadFiles({
      'main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
    })
    expect(r.load.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])).toEqual([['HCL_SYNTAX', 'main.tf', 1, 30, 'error']])
    expect(r.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.a', 'aws_s3_bucket.b'])
    expect(bucket(r.model, 'aws_s3_bucket.b').name).toMatchObject({ state: 'set', value: 'b', at: { line: 5 } })
  })

  it('warns about invalid UTF-8 at the first replaced byte and still reads the file', () => {
    const r = loadFiles({})
    fs.writeFileSync(
      path.join(r.dir, 'main.tf'),
      Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nresource "aws_s3_bucket" "b" {}\n')]),
    )
    const again = loadDir(r.dir)
    expect(again.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([['INVALID_UTF8', 1, 'warning']])
    expect(again.model.buckets.map((b) => b.id)).toEqual(['aws_s3_bucket.b'])
  })

  it('reports references to undeclared variables as unknown, never as a value', () => {
    const r = loadFiles({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = var.nope\n  acl    = local.nope\n}\n' })
    const b = bucket(r.model, 'aws_s3_bucket.b')
    expect([b.name.state, b.acl.canned.state]).toEqual(['unknown', 'unknown'])
  })
})

describe('hostile input', () => {
  it('reports a binary .tf file once instead of parsing it', () => {
    const r = loadFiles({ 'main.tf': 'resource "aws_s3_bucket" "a" {}\n\u0000\u0001\u0002' })
    expect(r.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([['BINARY_FILE', 1, 'error']])
  })

  it('reports a binary .tf file with bytes that are not UTF-8 as binary only, not also as text with bytes replaced', () => {
    const r = loadFiles({ 'main.tf': 'resource "aws_s3_bucket" "a" {}\n\ufffd\u0000\ufffd' })
    expect(r.load.problems.map((p) => [p.code, p.line, p.level])).toEqual([['BINARY_FILE', 1, 'error']])
  })

  it('caps the syntax errors reported for one file', () => {
    const r = loadFiles({ 'main.tf': '@\n'.repeat(10_000) })
    expect(r.load.problems.length).toBe(50)
  })
})

describe('scale', () => {
  it('links 1,000 counted buckets to 1,000 counted settings in linear time', () => {
    const t = Date.now()
    const r = loadFiles({
      'main.tf': `resource "aws_s3_bucket" "b" {
  count  = 1000
  bucket = "b-\${count.index}"
}
resource "aws_s3_bucket_versioning" "b" {
  count  = 1000
  bucket = aws_s3_bucket.b[count.index].id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    })
    expect(r.model.buckets).toHaveLength(1000)
    expect(r.model.buckets.every((b) => b.versioning.status.state === 'set')).toBe(true)
    expect(Date.now() - t).toBeLessThan(10_000)
  })
})
