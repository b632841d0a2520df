/**
 * Inputs of a few hundred bytes that a red-team pass (stop 38) found to take minutes or
 * gigabytes, and silent last-one-wins readings Terraform rejects. Each scan runs in a child
 * process with its heap capped and a time limit, beside a public bucket that must still be found.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { writeTree } from '../helpers/scan-files.js'
import { scanInChild, type ChildScan } from './support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

const CONTROL = 'Resources:\n  Open:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

async function scanHostile(files: Record<string, string>, heapMb = 384): Promise<ChildScan> {
  const dir = writeTree({ ...files, 'control.yaml': CONTROL })
  dirs.push(dir)
  const r = await scanInChild(dir, { heapMb, timeoutMs: 60_000 })
  expect(r.findings.some((f) => f.file === 'control.yaml' && f.ruleId === 'acl-public-write')).toBe(true)
  return r
}

describe('small inputs that multiply', () => {
  it('caps module calls without count that fan out (each module calling the next twice, 30 deep)', async () => {
    const files: Record<string, string> = {
      'fan/main.tf': 'module "n" {\n  source = "./f0"\n}\n',
    }
    for (let i = 0; i < 30; i++)
      files[`fan/f${i}/main.tf`] =
        `module "a" {\n  source = "../f${i + 1}"\n}\nmodule "b" {\n  source = "../f${i + 1}"\n}\nresource "aws_s3_bucket" "x" {\n  bucket = "fan-${i}"\n}\n`
    files['fan/f30/main.tf'] = 'resource "aws_s3_bucket" "leaf" {\n  bucket = "leaf"\n}\n'
    const r = await scanHostile(files, 768)
    expect(r.buckets).toBeLessThanOrEqual(10_100)
    const capped = r.problems.filter((p) => p.code === 'EVAL_LIMIT' && p.level === 'error')
    expect(capped).toHaveLength(1)
    expect(capped[0]!.message).toMatch(/module "[ab]" and the module calls after it are not expanded/)
  }, 90_000)

  it('charges the text templates build: a 2 MB local in 1,000 bucket names ends in seconds', async () => {
    const r = await scanHostile({
      'tf/main.tf':
        'locals {\n  big = join(",", [for i in range(100000) : "abcdefghijklmnopqrst"])\n}\nresource "aws_s3_bucket" "n" {\n  count  = 1000\n  bucket = "${local.big}-${count.index}"\n}\n',
    })
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => [p.file, p.line])).toEqual([['tf/main.tf', 6]])
    expect(r.maxRssMb).toBeLessThan(400)
  }, 90_000)

  it('holds no bucket name longer than S3 allows (CloudFormation names joined from a long list)', async () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `item${i}`).join(',')
    const buckets = Array.from(
      { length: 200 },
      (_, i) => `  B${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Join [",", !Ref L]\n`,
    ).join('')
    const template = `Parameters:\n  L:\n    Type: CommaDelimitedList\n    Default: "${list}"\nResources:\n${buckets}`
    const r = await scanHostile({ 'a.yaml': template, 'b.yaml': template, 'c.yaml': template })
    expect(r.buckets).toBe(601)
    // Each name holds 140,000 characters; kept, three templates held 84 MB of them.
    expect(r.maxRssMb).toBeLessThan(300)
  }, 90_000)
})

describe('settings Terraform rejects as written twice', () => {
  it('are errors at the second one, in .tf blocks, .tfvars and .tfvars.json', async () => {
    const r = await scanHostile({
      'a/main.tf':
        'variable "acl" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "dup-a"\n  acl    = "public-read"\n  acl    = "private"\n}\n',
      'b/main.tf': 'variable "acl" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "dup-b"\n  acl    = var.acl\n}\n',
      'b/terraform.tfvars': 'acl = "public-read"\nacl = "private"\n',
      'c/main.tf': 'variable "acl" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "dup-c"\n  acl    = var.acl\n}\n',
      'c/terraform.tfvars.json': '{"acl": "public-read", "acl": "private"}\n',
    })
    const errors = r.problems.filter((p) => p.level === 'error').map((p) => [p.code, p.file, p.line])
    expect(errors).toEqual([
      ['HCL_SYNTAX', 'a/main.tf', 5],
      ['HCL_SYNTAX', 'b/terraform.tfvars', 2],
      ['DUPLICATE_KEY', 'c/terraform.tfvars.json', 1],
    ])
  }, 90_000)
})

describe('a local module outside the scanned paths', () => {
  it('is a FILE_OUTSIDE_ROOT warning at the module block, not a note', async () => {
    const r = await scanHostile({
      'm/main.tf': 'module "up" {\n  source = "../../../../../../../etc"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "inside"\n}\n',
    })
    expect(r.problems.filter((p) => p.code === 'FILE_OUTSIDE_ROOT').map((p) => [p.file, p.line, p.level])).toEqual([
      ['m/main.tf', 1, 'warning'],
    ])
  }, 90_000)
})
