/**
 * OpenTofu's own file names: `.tofu` and `.tofu.json` are configuration files, and `x.tofu`
 * replaces its twin `x.tf` in the same directory (the `.tf` file is kept for Terraform).
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

const bucket = (name: string, acl: string) =>
  `resource "aws_s3_bucket" "${name}" {\n  bucket = "${name}-bucket"\n}\n` +
  `resource "aws_s3_bucket_acl" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  acl    = "${acl}"\n}\n`

const acl = (r: Awaited<ReturnType<typeof scanFiles>>) =>
  r.findings
    .filter((f) => f.ruleId === 'acl-public-read')
    .map((f) => `${f.location.file} ${f.location.line} ${f.resource}`)
    .sort()

describe('OpenTofu files', () => {
  it('reads .tofu and .tofu.json files, and x.tofu instead of its twin x.tf', async () => {
    const r = await scanFiles({
      'infra/main.tf': bucket('shared', 'public-read'),
      'infra/main.tofu': bucket('shared', 'private'),
      'infra/extra.tofu': bucket('extra', 'public-read'),
      'infra/json.tofu.json': JSON.stringify({
        resource: {
          aws_s3_bucket: { j: { bucket: 'j-bucket' } },
          aws_s3_bucket_acl: { j: { bucket: '${aws_s3_bucket.j.id}', acl: 'public-read' } },
        },
      }),
    })
    expect(acl(r)).toEqual(['infra/extra.tofu 6 aws_s3_bucket.extra', 'infra/json.tofu.json 1 aws_s3_bucket.j'])
    expect(r.problems).toEqual([])
  })

  it('merges a _override.tofu file, and keeps reading .tf files that have no twin', async () => {
    const r = await scanFiles({
      'main.tf': bucket('a', 'private'),
      'main_override.tofu': 'resource "aws_s3_bucket_acl" "a" {\n  acl = "public-read"\n}\n',
    })
    expect(acl(r)).toEqual(['main_override.tofu 2 aws_s3_bucket.a'])
  })
})
