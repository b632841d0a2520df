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

describe('a local module call that is not code', () => {
  const pub = (n: string) => `resource "aws_s3_bucket" "${n}" {\n  bucket = "${n}"\n  acl    = "public-read"\n}\n`

  it('does not take the folder it names out of the scan: commented out, in a string, a heredoc or another block', async () => {
    // Planning found `source = "../legacy"` by a search of the text: the folder counted as a module
    // of root/, which calls nothing, so no unit read it and its public bucket passed unseen.
    const r = await scan({
      'line/root/main.tf': `# module "old" {\n#   source = "../legacy"\n# }\n${pub('root')}`,
      'line/legacy/main.tf': pub('legacy'),
      'block/root/main.tf': `/*\nmodule "old" {\n  source = "../legacy"\n}\n*/\n${pub('root')}`,
      'block/legacy/main.tf': pub('legacy'),
      'heredoc/root/main.tf': `locals {\n  doc = <<EOT\nmodule "x" {\n  source = "../legacy"\n}\nEOT\n  s = "source = \\"../legacy\\""\n}\n${pub('root')}`,
      'heredoc/legacy/main.tf': pub('legacy'),
      'locals/root/main.tf': `locals {\n  source = "../legacy"\n}\n${pub('root')}`,
      'locals/legacy/main.tf': pub('legacy'),
      'json/root/main.tf.json': '{"//": {"module": {"old": {"source": "../legacy"}}}}',
      'json/legacy/main.tf': pub('legacy'),
      // A real call still makes the folder a module of its caller, read once, under its address.
      'called/root/main.tf': `module "m" {\n  source = "../legacy"\n}\n`,
      'called/root/other.tf.json': '{"module": {"n": {"source": "../json"}}}',
      'called/legacy/main.tf': pub('legacy'),
      'called/json/main.tf': pub('json'),
    })
    expect(r.problems).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file} ${f.resource}`)).toEqual([
      'block/legacy/main.tf aws_s3_bucket.legacy',
      'block/root/main.tf aws_s3_bucket.root',
      'called/json/main.tf module.n.aws_s3_bucket.json',
      'called/legacy/main.tf module.m.aws_s3_bucket.legacy',
      'heredoc/legacy/main.tf aws_s3_bucket.legacy',
      'heredoc/root/main.tf aws_s3_bucket.root',
      'json/legacy/main.tf aws_s3_bucket.legacy',
      'line/legacy/main.tf aws_s3_bucket.legacy',
      'line/root/main.tf aws_s3_bucket.root',
      'locals/legacy/main.tf aws_s3_bucket.legacy',
      'locals/root/main.tf aws_s3_bucket.root',
    ])
  })
})

describe('a CloudFormation template that names Terraform versions', () => {
  it('is scanned as a template, not claimed as a plan and skipped behind a warning', async () => {
    // A JSON file whose first 4 KiB name "format_version" and "terraform_version" was taken for
    // `terraform show -json` output wherever the two keys stood, here in the template's Metadata.
    const template = (metadata: object) =>
      JSON.stringify(
        {
          AWSTemplateFormatVersion: '2010-09-09',
          Metadata: metadata,
          Resources: { Site: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicReadWrite' } } },
        },
        null,
        1,
      )
    const r = await scan({
      'template.json': template({ Generator: { format_version: '1.0', terraform_version: '1.9.0' } }),
      'plan.json': JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.9.0',
        planned_values: {
          root_module: {
            resources: [
              {
                address: 'aws_s3_bucket.b',
                mode: 'managed',
                type: 'aws_s3_bucket',
                name: 'b',
                values: { bucket: 'b', acl: 'public-read-write' },
              },
            ],
          },
        },
      }),
    })
    expect(problemsOf(r)).toEqual([])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'plan.json:1',
      'template.json:13',
    ])
  })
})
