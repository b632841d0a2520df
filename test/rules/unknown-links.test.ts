/**
 * A setting resource names its bucket the way the bucket names itself: when that name is not known
 * statically, the two are linked only if they are the same unknown. An element, a branch or a
 * function of an unset variable is not the variable itself, nor another element, branch or function.
 */
import { describe, expect, it } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from './helpers.js'

const RULE = 'block-public-access-incomplete'

/** The rule's findings and unknowns on `resource`, or `pass`. */
function verdict(r: ScanResult, resource: string): string {
  const out = [
    ...r.findings.filter((f) => f.ruleId === RULE && f.resource === resource).map((f) => `${f.messageId}@${f.location.line}`),
    ...r.unknowns.filter((u) => u.ruleId === RULE && u.resource === resource).map((u) => `unknown@${u.location.line}`),
  ]
  return out.length ? out.join(' ') : 'pass'
}

/** Buckets `a` and `b` named by `nameA` / `nameB`, and a full public access block for `blockFor`. */
const resources = (nameA: string, nameB: string, blockFor: string) => `resource "aws_s3_bucket" "a" {
  bucket = ${nameA}
}

resource "aws_s3_bucket" "b" {
  bucket = ${nameB}
}

resource "aws_s3_bucket_public_access_block" "one" {
  bucket                  = ${blockFor}
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`

/** The same, after declarations of the variables the names use (without defaults). */
const tree = (nameA: string, nameB: string, blockFor: string) => ({
  'main.tf': `variable "names" {
  type = list(string)
}
variable "flag" {
  type = bool
}
variable "p" {
  type = string
}

${resources(nameA, nameB, blockFor)}`,
})

describe('setting resources on buckets whose names are not known statically', () => {
  it('tells list elements of one unset variable apart', async () => {
    const r = await scanFiles(tree('var.names[0]', 'var.names[1]', 'var.names[0]'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@15')
  })

  it('tells conditionals over one unknown condition apart by their branches', async () => {
    const r = await scanFiles(tree('var.flag ? "x-a" : "y-a"', 'var.flag ? "x-b" : "y-b"', 'var.flag ? "x-a" : "y-a"'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@15')
  })

  it('tells functions of one unset variable apart', async () => {
    const r = await scanFiles(tree('lower(var.p)', 'upper(var.p)', 'lower(var.p)'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@15')
  })

  it('tells templates over a variable and over a function of it apart', async () => {
    const r = await scanFiles(tree('"${var.p}-x"', '"${lower(var.p)}-x"', '"${var.p}-x"'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@15')
  })

  it('still links a setting written exactly as the bucket name', async () => {
    const r = await scanFiles(tree('var.names[0]', 'lower(var.p)', 'var.names[0]'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    const r2 = await scanFiles(tree('var.names[0]', 'lower(var.p)', 'lower(var.p)'))
    expect(verdict(r2, 'aws_s3_bucket.b')).toBe('pass')
    expect(verdict(r2, 'aws_s3_bucket.a')).not.toBe('pass')
  })
})

/**
 * The same, with names built on variables the code never declares (common in snippets): the
 * error the reference evaluates to must not make every element, attribute or template of the
 * variable one bucket, which would let one bucket's setting hide another bucket's gap.
 */
const undeclaredTree = (nameA: string, nameB: string, blockFor: string) => ({ 'main.tf': resources(nameA, nameB, blockFor) })

describe('setting resources on buckets named by undeclared variables', () => {
  it('tells list elements of one undeclared variable apart', async () => {
    const r = await scanFiles(undeclaredTree('var.names[0]', 'var.names[1]', 'var.names[0]'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@5')
  })

  it('tells attributes of one undeclared variable apart', async () => {
    const r = await scanFiles(undeclaredTree('var.names.data', 'var.names.logs', 'var.names.data'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@5')
  })

  it('tells functions of one undeclared variable apart', async () => {
    const r = await scanFiles(undeclaredTree('lower(var.p)', 'upper(var.p)', 'lower(var.p)'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@5')
  })

  it('tells templates over one undeclared local apart', async () => {
    const r = await scanFiles(undeclaredTree('"${local.app}-data"', '"${local.app}-logs"', '"${local.app}-data"'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@5')
  })

  it('does not link a template to the undeclared variable inside it', async () => {
    const r = await scanFiles(undeclaredTree('var.env', '"logs-${var.env}"', 'var.env'))
    expect(verdict(r, 'aws_s3_bucket.a')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b')).toBe('notDeclared@5')
  })
})

describe('many setting resources that may configure the same buckets', () => {
  it('applies the first few one by one and says the rest change nothing more', async () => {
    // Every bucket and every setting named by one unset variable; after the evaluation budget, or
    // beside it, each may configure every bucket: applied one by one, that was quadratic.
    let tf = 'variable "n" {\n  type = string\n}\n'
    for (let i = 0; i < 20; i++)
      tf += `resource "aws_s3_bucket" "b${i}" {\n  bucket = var.n\n}\nresource "aws_s3_bucket_public_access_block" "p${i}" {\n  bucket = element([var.n, "x"], var.i${i})\n  block_public_acls = true\n}\nvariable "i${i}" {}\n`
    const r = await scanFiles({ 'main.tf': tf })
    expect(r.notes.some((n) => n.includes('more than 8 setting resources of one type may configure the same bucket'))).toBe(true)
    // What they set stays unknown on every bucket, not passed and not failed.
    for (let i = 0; i < 20; i++) expect(verdict(r, `aws_s3_bucket.b${i}`)).toMatch(/^unknown@/)
  })
})

describe('many setting resources of one type that configure the same bucket', () => {
  /** `n` buckets and `n` versioning resources, all named by one unset variable; the last says `last`. */
  const sameName = (n: number, last: string) => {
    let tf = 'variable "n" {\n  type = string\n}\n'
    for (let i = 0; i < n; i++)
      tf += `resource "aws_s3_bucket" "b${i}" {\n  bucket = var.n\n}\nresource "aws_s3_bucket_versioning" "v${i}" {\n  bucket = var.n\n  versioning_configuration {\n    status = "${i === n - 1 ? last : 'Enabled'}"\n  }\n}\n`
    return { 'main.tf': tf }
  }
  const versioning = (r: ScanResult, resource: string) => [
    ...r.findings.filter((f) => f.ruleId === 'versioning-disabled' && f.resource === resource).map(() => 'finding'),
    ...r.unknowns.filter((u) => u.ruleId === 'versioning-disabled' && u.resource === resource).map((u) => `unknown@${u.location.line}`),
  ]

  it('applies up to 8 one by one', async () => {
    const r = await scanFiles(sameName(8, 'Suspended'))
    expect(r.notes.some((n) => n.includes('configure the same bucket'))).toBe(false)
    // Terraform applies them in no fixed order: the one that says otherwise makes the status
    // unknown at its line, wherever it is written (taken last written, a Suspended one first passed).
    expect(versioning(r, 'aws_s3_bucket.b0')).toEqual([`unknown@${3 + 7 * 9 + 4}`])
  })

  it('past 8, makes what they set unknown at the first one not read, so a later one cannot pass unseen', async () => {
    const r = await scanFiles(sameName(40, 'Suspended'))
    expect(r.notes.some((n) => n.includes('more than 8 setting resources of one type configure the same bucket'))).toBe(true)
    // At the ninth resource (v8), where reading stopped: 3 lines of variable, then 9 lines per pair.
    for (const b of ['aws_s3_bucket.b0', 'aws_s3_bucket.b39']) expect(versioning(r, b)).toEqual([`unknown@${3 + 8 * 9 + 4}`])
  })

  it('replaces the policies past 8 by one that cannot be read, and still reports the conflict', async () => {
    let tf = 'variable "n" {\n  type = string\n}\n'
    for (let i = 0; i < 30; i++)
      tf += `resource "aws_s3_bucket" "b${i}" {\n  bucket = var.n\n}\nresource "aws_s3_bucket_policy" "p${i}" {\n  bucket = var.n\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::x/*" }] })\n}\n`
    const r = await scanFiles({ 'main.tf': tf })
    const tls = r.findings.filter((f) => f.ruleId === 'tls-not-enforced' && f.resource === 'aws_s3_bucket.b0')
    expect(tls).toHaveLength(1)
    expect(tls[0]!.message).toContain('has 9 bucket policies')
    expect(tls[0]!.message).not.toContain('aws_s3_bucket_policy.p9')
  })
})

describe('a policy Resource built like the bucket name from two adjacent unknowns', () => {
  const policy = (resources: string) => ({
    'main.tf': `variable "a" {}
variable "b" {}
resource "aws_s3_bucket" "site" {
  bucket = "\${var.a}\${var.b}"
}
resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [${resources}]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
`,
  })
  const tls = (r: ScanResult) => [
    ...r.findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => f.messageId),
    ...r.unknowns.filter((u) => u.ruleId === 'tls-not-enforced').map(() => 'unknown'),
  ]

  it('names that bucket, in the same order only', async () => {
    expect(tls(await scanFiles(policy('"arn:aws:s3:::${var.a}${var.b}", "arn:aws:s3:::${var.a}${var.b}/*"')))).toEqual([])
    expect(tls(await scanFiles(policy('"arn:aws:s3:::${var.a}${var.b}/*"')))).toEqual(['objectsOnly'])
    expect(tls(await scanFiles(policy('"arn:aws:s3:::${var.b}${var.a}", "arn:aws:s3:::${var.b}${var.a}/*"')))).toEqual(['unknown'])
  })
})

describe('join("", <bucket>[*].id) over a bucket whose count is 0 or 1', () => {
  it('names that bucket whenever the setting exists, as [0], one() and try() do', async () => {
    const pair = (name: string, ref: string, restrict: boolean) => `resource "aws_s3_bucket" "${name}" {
  count  = var.create ? 1 : 0
  bucket = "${name}-bucket"
}
resource "aws_s3_bucket_public_access_block" "${name}" {
  count                   = var.create ? 1 : 0
  bucket                  = ${ref}
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = ${restrict}
}
`
    const r = await scanFiles({
      'main.tf': `variable "create" {\n  type = bool\n}\n${pair('a', 'aws_s3_bucket.a[0].id', true)}${pair('b', 'join("", aws_s3_bucket.b[*].id)', false)}`,
    })
    expect(verdict(r, 'aws_s3_bucket.a[*]')).toBe('pass')
    expect(verdict(r, 'aws_s3_bucket.b[*]')).toBe('flagsOff@26')
  })
})
