import { defineRule } from '../src/engine/define-rule.js'
import { BPA_FLAGS, BPA_FLAG_NAMES } from '../src/model/exposure.js'

export default defineRule({
  id: 'account-public-access-block-incomplete',
  target: 'accountPublicAccessBlock',
  meta: {
    title: 'Account-level S3 Block Public Access does not turn on all four settings',
    severity: 'medium',
    why:
      'The account-level public access block applies to every bucket and access point in the account, including buckets created later by hand or by other stacks, so it is the one setting that stops any bucket from becoming public by accident. ' +
      "A declared block with a flag left off keeps that path open for the whole account. s3-gate also credits a complete account block when it judges each bucket's exposure (public-exposure, the ACL and policy rules). " +
      'An account without any declared block is not reported: the setting usually lives in a landing-zone or organization baseline outside the workload code, which a static scan cannot see.',
    concepts: ['account-bpa-missing'],
    securityHub: 'S3.1',
    peers: {},
    profiles: ['baseline', 'default', 'strict'],
    fix: {
      cloudformation:
        'CloudFormation has no resource for the account-level block; set it once per account (S3 console, `aws s3control put-public-access-block`, AWS Organizations or Terraform).',
      terraform:
        'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
    ],
  },
  messages: {
    flagsOff:
      'The account-level public access block {{block}} leaves {{flags}} off, so buckets in the account can still become public that way.',
  },
  examples: {
    cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource type for the account-level public access block.' },
    terraform: {
      bad: ['resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls   = true\n  block_public_policy = true\n}\n'],
      good: [
        'resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
      ],
    },
  },
  check(block, report) {
    const pab = block.publicAccessBlock
    for (const f of BPA_FLAGS) {
      const v = pab[f]
      if (v.state === 'unknown') report.unknown(v, BPA_FLAG_NAMES[f])
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false)
    if (!off.length) return
    const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set')
    report({
      messageId: 'flagsOff',
      at: explicit?.at ?? pab.at,
      data: { block: block.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', ') },
      fix: { kind: 'set', field: 'publicAccessBlock', value: true },
    })
  },
})
