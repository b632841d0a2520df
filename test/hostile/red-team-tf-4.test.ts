/**
 * Red team, fourth Terraform round: valid but unusual forms that changed a verdict in silence.
 * Each case is a bucket whose verdict must not move because of how its configuration is written.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'
import { plainValue, prepareFiles } from '../parsers/terraform/helpers.js'

const bucket = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
const accessBlock = (extra = '') =>
  `resource "aws_s3_bucket_public_access_block" "p" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n${extra}}\n`
const lifecycle = (enabled: string) => `  lifecycle {\n    enabled = ${enabled}\n  }\n`

describe('red team: Terraform, round 4', () => {
  it("reads OpenTofu's lifecycle { enabled = false } as a block that is not deployed", async () => {
    // The access block was read as present whatever `enabled` said: the bucket passed as covered.
    const off = await scanFiles({ 'main.tf': bucket + accessBlock(lifecycle('false')) })
    expect(hits(off, 'block-public-access-incomplete')).toEqual(['block-public-access-incomplete@1'])
    // Its fix turned on the four settings of the block that is turned off: an edit that changes nothing.
    expect(off.findings.filter((f) => f.ruleId === 'block-public-access-incomplete' && f.edit)).toEqual([])
    const tofu = await scanFiles({ 'main.tofu': bucket + accessBlock(lifecycle('!true')) })
    expect(hits(tofu, 'block-public-access-incomplete')).toEqual(['block-public-access-incomplete@1'])
    // Enabled, or left at its default: covered.
    const on = await scanFiles({ 'main.tf': bucket + accessBlock(lifecycle('"true"')) })
    expect(hits(on, 'block-public-access-incomplete')).toEqual([])
    // Not known statically: unknown, where the condition is written.
    const open = await scanFiles({ 'main.tf': 'variable "on" {\n  type = bool\n}\n' + bucket + accessBlock(lifecycle('var.on')) })
    expect(hits(open, 'block-public-access-incomplete')).toEqual([])
    expect(open.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete').map((u) => u.why)).toEqual([
      expect.stringContaining('exists only when enabled = var.on is true'),
    ])
    // `enabled = var.on` holds when `count = var.on ? 1 : 0` does: a block and its bucket deployed together.
    const counted = bucket.replace('"b" {\n', '"b" {\n  count  = var.on ? 1 : 0\n')
    const together = await scanFiles({
      'main.tf':
        'variable "on" {\n  type = bool\n}\n' +
        counted +
        accessBlock(lifecycle('(var.on)')).replace('aws_s3_bucket.b.id', 'aws_s3_bucket.b[0].id'),
    })
    expect(together.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
    expect(hits(together, 'block-public-access-incomplete')).toEqual([])
    // A bucket that is not deployed has nothing to report.
    const gone = await scanFiles({ 'main.tf': bucket.replace('}\n', `  acl    = "public-read"\n${lifecycle('false')}}\n`) })
    expect(gone.findings.filter((f) => f.resource === 'aws_s3_bucket.b')).toEqual([])
  })

  it('reads lifecycle { enabled } on a module call and in .tf.json', async () => {
    const module = `module "pab" {\n  source = "./m"\n  b      = aws_s3_bucket.b.id\n${lifecycle('false')}}\n`
    const inner = 'variable "b" {}\n' + accessBlock().replace('aws_s3_bucket.b.id', 'var.b')
    const call = await scanFiles({ 'main.tf': bucket + module, 'm/main.tf': inner })
    expect(hits(call, 'block-public-access-incomplete')).toEqual(['block-public-access-incomplete@1'])
    // Not a module input: no "a module call takes no lifecycle block" warning.
    expect(call.problems.filter((p) => p.code === 'TF_UNSUPPORTED_BLOCK')).toEqual([])
    const block = {
      bucket: '${aws_s3_bucket.b.id}',
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    }
    const json = (life: object) =>
      JSON.stringify(
        { resource: { aws_s3_bucket: { b: { bucket: 'b' } }, aws_s3_bucket_public_access_block: { p: { ...block, lifecycle: life } } } },
        null,
        2,
      )
    const off = await scanFiles({ 'main.tf.json': json({ enabled: false, ignore_changes: ['bucket'] }) })
    expect(hits(off, 'block-public-access-incomplete')).toEqual(['block-public-access-incomplete@4'])
    const on = await scanFiles({ 'main.tf.json': json([{ enabled: '${true}', prevent_destroy: true }]) })
    expect(hits(on, 'block-public-access-incomplete')).toEqual([])
    expect(on.problems).toEqual([])
  })

  it('warns at an output declared twice, as at any other declaration', async () => {
    // The first of two outputs was read in silence: `acl = module.m.acl` passed as "private".
    const r = await scanFiles({
      'main.tf': 'module "m" {\n  source = "./m"\n}\n' + bucket.replace('}\n', '  acl    = module.m.acl\n}\n'),
      'm/main.tf': 'output "acl" {\n  value = "private"\n}\n\noutput "acl" {\n  value = "public-read"\n}\n',
    })
    expect(r.problems.filter((p) => p.code === 'DUPLICATE_DECLARATION').map((p) => `${p.file}:${p.line}`)).toEqual(['m/main.tf:5'])
  })

  it('counts substr() and strrev() in characters as Terraform does (grapheme clusters), not code points', async () => {
    // By code point the skin tone was the first character: "🏽private" was no ACL at all (unknown),
    // and a crafted string could read as a private ACL where Terraform reads a public one.
    const ev = (e: string) => plainValue(prepareFiles({ 'main.tf': `locals {\n  x = ${e}\n}\n` }).local('x'))
    expect(ev('substr("👍🏽public-read", 1, 11)')).toBe('public-read')
    expect(ev('strrev("e\u0301x")')).toBe('xe\u0301')
    // cty's edges: negative offsets from the end (and past the start), -1 and 0 lengths, whole numbers only.
    expect(ev('[substr("abcdef", -2, -1), substr("abcdef", -2, 0), substr("abcdef", 2, 0), substr("abcdef", 10, 2)]')).toEqual([
      'ef',
      'ef',
      '',
      '',
    ])
    expect(ev('substr("abcdef", -10, 2)')).toBe('ab')
    expect(ev('try(substr("abcdef", 1.5, 2), "refused")')).toBe('refused')
    const r = await scanFiles({ 'main.tf': bucket.replace('}\n', '  acl    = substr("👍🏽public-read", 1, 11)\n}\n') })
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@3'])
  })

  it('reads .tfvars files in folders below a root module as files -var-file may pass', async () => {
    // `envs/prod.tfvars` belonged to no unit: the public ACL it sets passed behind the private default.
    const module = 'variable "acl" {\n  default = "private"\n}\n' + bucket.replace('}\n', '  acl    = var.acl\n}\n')
    const r = await scanFiles({
      'app/main.tf': module,
      'app/envs/prod.tfvars': 'acl = "public-read"\n',
      // Not one Terraform loads by itself, although named like one.
      'app/envs/qa/terraform.tfvars': 'acl = "private"\n',
      'same/main.tf': module,
      'same/envs/prod.auto.tfvars': 'acl = "private"\n',
      // Below a called module, or beside the root: nothing passes them to it.
      'call/main.tf': 'module "m" {\n  source = "./m"\n}\n',
      'call/m/main.tf': module,
      'call/m/envs/prod.tfvars': 'acl = "public-read"\n',
      'side/tf/main.tf': module,
      'side/vars/prod.tfvars': 'acl = "public-read"\n',
    })
    const unknown = r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => `${u.location.file}:${u.location.line} ${u.why}`)
    expect(unknown).toEqual([
      'app/main.tf:6 var.acl depends on which .tfvars file is passed with -var-file (envs/prod.tfvars, envs/qa/terraform.tfvars set it)',
    ])
    expect(hits(r, 'acl-public-read')).toEqual([])
  })

  it('knows the registry S3 module whatever the case of its host, namespace or GitHub path', async () => {
    // Compared by case, `Terraform-AWS-Modules/S3-Bucket/aws` was a module not vendored, its public ACL unread.
    const call = (source: string) =>
      `module "s3" {\n  source  = "${source}"\n  version = "4.1.0"\n  bucket  = "b"\n  acl     = "public-read"\n  control_object_ownership = true\n  object_ownership        = "ObjectWriter"\n  block_public_acls       = false\n  ignore_public_acls      = false\n}\n`
    const r = await scanFiles({
      'a/main.tf': call('Terraform-AWS-Modules/S3-Bucket/aws'),
      'b/main.tf': call('Registry.Terraform.IO/terraform-aws-modules/s3-bucket/aws'),
      'c/main.tf': call('github.com/Terraform-AWS-Modules/terraform-aws-s3-bucket'),
    })
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'a/main.tf:5',
      'b/main.tf:5',
      'c/main.tf:5',
    ])
  })

  it('reads two setting resources of one type on one bucket as either in effect, whatever their order', async () => {
    // The last one declared won: a public access block turned off, declared before one turned on, passed.
    const block = (name: string, on: boolean) =>
      accessBlock()
        .replace('"p"', `"${name}"`)
        .replace(/= true/g, `= ${on}`)
    const versioning = (name: string, status: string) =>
      `resource "aws_s3_bucket_versioning" "${name}" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "${status}"\n  }\n}\n`
    for (const [first, second] of [
      [false, true],
      [true, false],
    ]) {
      const r = await scanFiles({
        'main.tf':
          bucket +
          block('a', first!) +
          block('z', second!) +
          versioning('a', first ? 'Enabled' : 'Suspended') +
          versioning('z', second ? 'Enabled' : 'Suspended'),
      })
      expect(hits(r, 'block-public-access-incomplete')).toEqual([])
      expect(hits(r, 'versioning-disabled')).toEqual([])
      const why = (rule: string) => [...new Set(r.unknowns.filter((u) => u.ruleId === rule).map((u) => u.why))]
      expect(why('block-public-access-incomplete')).toEqual([
        `aws_s3_bucket_public_access_block.a and aws_s3_bucket_public_access_block.z both configure this bucket, and Terraform applies them in no fixed order`,
      ])
      expect(why('versioning-disabled')).toEqual([
        `aws_s3_bucket_versioning.a and aws_s3_bucket_versioning.z both configure this bucket, and Terraform applies them in no fixed order`,
      ])
    }
    // Two that agree are read as written.
    const same = await scanFiles({ 'main.tf': bucket + block('a', true) + block('z', true) })
    expect(hits(same, 'block-public-access-incomplete')).toEqual([])
    expect(same.unknowns.filter((u) => u.ruleId === 'block-public-access-incomplete')).toEqual([])
  })
})
