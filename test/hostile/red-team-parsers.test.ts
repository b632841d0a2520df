/**
 * Hostile parser input the other hostile suites did not cover, each found by probing: a file that
 * a parser gave up on quietly, so that the bucket it configures came out clean.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'
import { expectPositions } from './support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files)
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

const problemsOf = (r: Awaited<ReturnType<typeof scan>>) => r.problems.map((p) => [p.code, p.file, p.line, p.column, p.level])

describe('Terraform variable files', () => {
  const main = 'variable "acl" {\n  default = "private"\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl    = var.acl\n}\n'

  it('report a .tfvars.json that is not one JSON object at its line, instead of keeping the defaults in silence', async () => {
    const r = await scan({
      'cut/main.tf': main,
      'cut/terraform.tfvars.json': '{\n  "acl": "public-read",\n',
      'junk/main.tf': main,
      'junk/terraform.tfvars.json': '{"acl": "public-read"} x\n',
      'list/main.tf': main,
      'list/terraform.tfvars.json': '\n["acl", "public-read"]\n',
      'other/main.tf': main,
      'other/prod.tfvars.json': '{"acl": "public-read",\n',
      'good/main.tf': main,
      'good/terraform.tfvars.json': '{"acl": "public-read"}\n',
    })
    expect(problemsOf(r)).toEqual([
      ['JSON_SYNTAX', 'cut/terraform.tfvars.json', 3, 1, 'error'],
      ['JSON_SYNTAX', 'junk/terraform.tfvars.json', 1, 24, 'error'],
      ['JSON_SYNTAX', 'list/terraform.tfvars.json', 2, 1, 'error'],
      ['JSON_SYNTAX', 'other/prod.tfvars.json', 2, 1, 'error'],
    ])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual(['good/main.tf'])
  })
})
