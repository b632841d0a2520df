/**
 * Property: whatever a Terraform module does with a value it marks sensitive (names a bucket with
 * it, builds an ARN, a prefix, a tag, a key id, a policy from it), the value and the pieces a
 * message quotes alone appear in no output, while the gate decides as on the same module unmarked.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisions, everyOutput } from '../helpers/every-output.js'
import { scanFiles } from '../rules/helpers.js'
import { params, timeoutFor } from './support.js'

/** Uses of `var.s` (a name-like text) and `var.acct` (a 12-digit account), each a resource block. */
const USES = [
  'resource "aws_s3_bucket" "named" {\n  bucket = var.s\n}\n',
  'resource "aws_s3_bucket" "prefixed" {\n  bucket = "${var.s}-logs"\n  acl    = "public-read"\n}\n',
  'resource "aws_s3_bucket_logging" "l" {\n  bucket        = aws_s3_bucket.b.id\n  target_bucket = var.s\n  target_prefix = "${var.s}/"\n}\n',
  'resource "aws_s3_bucket_server_side_encryption_configuration" "e" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = "arn:aws:kms:us-east-1:${var.acct}:key/${var.s}"\n    }\n  }\n}\n',
  'resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::${var.acct}:root" }\n      Action    = "s3:PutBucketPolicy"\n      Resource  = "arn:aws:s3:::${var.s}/*"\n    }]\n  })\n}\n',
  'resource "aws_s3_bucket_lifecycle_configuration" "lc" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    id     = var.s\n    status = "Enabled"\n    filter {\n      prefix = "${var.s}/tmp/"\n    }\n    expiration {\n      days = 30\n    }\n  }\n}\n',
  'resource "aws_s3_bucket_acl" "a" {\n  bucket = aws_s3_bucket.b.id\n  access_control_policy {\n    grant {\n      grantee {\n        id   = var.s\n        type = "CanonicalUser"\n      }\n      permission = "FULL_CONTROL"\n    }\n    owner {\n      id = var.s\n    }\n  }\n}\n',
  // What functions make of it: sensitive too, as Terraform marks it.
  'resource "aws_s3_bucket" "upper" {\n  bucket = upper(var.s)\n  acl    = "public-read"\n}\n',
  'resource "aws_s3_bucket_acl" "cut" {\n  bucket = "${substr(var.s, 0, 7)}-x"\n  acl    = "public-read"\n}\n',
  'resource "aws_s3_bucket_acl" "swapped" {\n  bucket = split(",", replace(var.s, "zq", "qz,"))[1]\n  acl    = "public-read"\n}\n',
]

/**
 * Texts the uses above make of the secret, which no output may quote either: what `upper()`,
 * `substr()` and `split(",", replace(...))[1]` make of it, computed as Terraform does (`replace`
 * replaces every `zq`, so a secret holding a second one splits before it). Texts shorter than the
 * 6 characters masking looks for are left out (README, "Values Terraform marks sensitive").
 */
const derivedTexts = (secret: string) =>
  [secret.toUpperCase(), secret.slice(0, 7), secret.replaceAll('zq', 'qz,').split(',')[1]!].filter((t) => t.length >= 6)

/** Decisions of the unmarked module as the marked one words them: a setting's resource is its bucket's masked name. */
function maskedAsMarked(decided: string[], secret: string): string[] {
  const texts = [secret, ...derivedTexts(secret)].sort((a, b) => b.length - a.length)
  return decided.map((d) => texts.reduce((s, t) => s.split(t).join('(sensitive value)'), d)).sort()
}

const POLICY_USE = 4

function module(uses: number[], secret: string, account: string, marked: boolean): Record<string, string> {
  const flag = marked ? '\n  sensitive = true' : ''
  return {
    'main.tf': `variable "s" {\n  default   = "${secret}"${flag}\n}\n\nvariable "acct" {\n  default   = "${account}"${flag}\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "plain-bucket"\n}\n\n${uses.map((i) => USES[i]).join('\n')}`,
  }
}

describe('values marked sensitive, used anywhere', () => {
  it(
    'appear in no output, and change no decision',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.nat({ max: USES.length - 1 }), { minLength: 1, maxLength: USES.length }),
          fc.stringMatching(/^zq[a-z0-9]{6,14}$/),
          fc.stringMatching(/^[1-9]\d{11}$/),
          async (uses, secret, account) => {
            const marked = await scanFiles(module(uses, secret, account, true))
            const out = everyOutput(marked)
            expect(out).not.toContain(secret)
            expect(out).not.toContain(account)
            for (const text of derivedTexts(secret)) expect(out).not.toContain(text)
            const unmarked = await scanFiles(module(uses, secret, account, false))
            expect(decisions(marked, { lines: false })).toEqual(maskedAsMarked(decisions(unmarked, { lines: false }), secret))
            // Unmarked, the policy's principal is quoted: the property sees a leak when there is one.
            if (uses.includes(POLICY_USE)) expect(everyOutput(unmarked)).toContain(account)
          },
        ),
        params(25),
      )
    },
    timeoutFor(25, 400),
  )
})
