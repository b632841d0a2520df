/**
 * What both halves of the hostile Terraform suite (terraform.test.ts, terraform-2.test.ts) share:
 * a scan in a child with its heap and time capped, beside a module that must still be reported.
 */
import fs from 'node:fs'
import { afterAll, expect } from 'vitest'
import { writeTree } from '../helpers/scan-files.js'
import { scanInChild, type ChildScan } from './support.js'

export const GOOD_TF = 'resource "aws_s3_bucket" "good" {\n  bucket = "good"\n  acl    = "public-read-write"\n}\n'
const HEAP_MB = 768
const TIME_MS = 30_000

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

export async function scanHostile(files: Record<string, string>, limits?: object, heapMb = HEAP_MB): Promise<ChildScan> {
  const dir = writeTree({ ...files, 'good/main.tf': GOOD_TF })
  dirs.push(dir)
  const t0 = performance.now()
  const r = await scanInChild(dir, { heapMb, timeoutMs: TIME_MS, ...(limits ? { limits } : {}) })
  expect(performance.now() - t0).toBeLessThan(TIME_MS)
  // Positions: every problem and finding names a real file of the scan and a line.
  for (const p of [...r.problems, ...r.findings]) {
    expect({ file: p.file, ok: /^[^/.][^]*\.(tf|tfvars|tpl|json)$/.test(p.file) && p.line >= 1 && p.column >= 1 }).toEqual({
      file: p.file,
      ok: true,
    })
  }
  // The other module is scanned whatever happened here.
  expect(r.findings.filter((f) => f.file === 'good/main.tf' && f.ruleId === 'acl-public-write')).toHaveLength(1)
  return r
}

export const policy = (expr: string) =>
  `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n\nresource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = ${expr}\n}\n`
