import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixRoundTrip, strict } from '../../helpers/fix-round-trip.js'
import { scanFiles } from '../../helpers/scan-files.js'

const F = 'main.tf.json'

/** A `.tf.json` file declaring `resources` (type → name → body), laid out by JSON.stringify. */
const config = (resources: object, indent: string | number = 2) => `${JSON.stringify({ resource: resources }, null, indent)}\n`

const bucket = { aws_s3_bucket: { data: { bucket: 'data' } } }
const ref = '${aws_s3_bucket.data.id}'
/** Turning versioning on is what makes MFA delete checkable. */
const versioningOn = ['mfa-delete-disabled']

describe('Fixes in .tf.json files', () => {
  it('turns on the flags of a public access block: in place, and the missing ones after the last', async () => {
    const text = config({
      ...bucket,
      aws_s3_bucket_public_access_block: { data: { bucket: ref, block_public_acls: false, block_public_policy: true } },
    })
    const { fixed, edit } = await fixRoundTrip({ [F]: text }, F, 'block-public-access-incomplete')
    expect(edit.description).toBe('Turn on all four Block Public Access settings')
    expect(fixed).toContain(
      '        "block_public_acls": true,\n        "block_public_policy": true,\n        "ignore_public_acls": true,\n        "restrict_public_buckets": true\n      }',
    )
    expect(() => JSON.parse(fixed)).not.toThrow()
  })

  it('keeps an object written on one line on one line', async () => {
    const text = `{
  "resource": {
    "aws_s3_bucket": { "data": { "bucket": "data" } },
    "aws_s3_bucket_public_access_block": {
      "data": { "bucket": "\${aws_s3_bucket.data.id}", "block_public_acls": false }
    }
  }
}
`
    const { edit } = await fixRoundTrip({ [F]: text }, F, 'block-public-access-incomplete')
    expect(edit).toMatchObject({
      startLine: 5,
      endLine: 5,
      replacement:
        '      "data": { "bucket": "${aws_s3_bucket.data.id}", "block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true }',
    })
  })

  it('sets versioning in a nested block written as an object or as a list', async () => {
    for (const conf of [{ status: 'Suspended' }, [{ status: 'Suspended' }]]) {
      const text = config({ ...bucket, aws_s3_bucket_versioning: { data: { bucket: ref, versioning_configuration: conf } } })
      const { fixed } = await fixRoundTrip({ [F]: text }, F, 'versioning-disabled')
      const v = (JSON.parse(fixed) as { resource: { aws_s3_bucket_versioning: { data: { versioning_configuration: unknown } } } }).resource
        .aws_s3_bucket_versioning.data.versioning_configuration
      expect(v).toEqual(Array.isArray(conf) ? [{ status: 'Enabled' }] : { status: 'Enabled' })
    }
  })

  it('switches default encryption to SSE-KMS with the bucket key, adding what the rule lacks', async () => {
    const withDefault = config({
      ...bucket,
      aws_s3_bucket_server_side_encryption_configuration: {
        data: { bucket: ref, rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } },
      },
    })
    // SSE-KMS with the AWS managed key is what the fix can say without knowing the user's key: the rule then asks for one.
    const a = await fixRoundTrip({ [F]: withDefault }, F, 'encryption-not-kms', { becomes: 'awsManagedKey' })
    expect(a.fixed).toContain('"sse_algorithm": "aws:kms"\n          },\n          "bucket_key_enabled": true\n')
    // No default at all in the rule: the default and the bucket key are added together, each with its comma.
    const without = config({
      ...bucket,
      aws_s3_bucket_server_side_encryption_configuration: { data: { bucket: ref, rule: { blocked_encryption_types: ['NONE'] } } },
    })
    // Also into an empty rule, on one line or on several.
    const empty = (rule: string) =>
      `{\n  "resource": {\n    "aws_s3_bucket": { "data": { "bucket": "data" } },\n    "aws_s3_bucket_server_side_encryption_configuration": {\n      "data": {\n        "bucket": "\${aws_s3_bucket.data.id}",\n        "rule": ${rule}\n      }\n    }\n  }\n}\n`
    for (const text of [without, empty('{}'), empty('{\n        }')]) {
      const b = await fixRoundTrip({ [F]: text }, F, 'encryption-missing')
      expect(JSON.parse(b.fixed)).toMatchObject({
        resource: {
          aws_s3_bucket_server_side_encryption_configuration: {
            data: { rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' }, bucket_key_enabled: true } },
          },
        },
      })
    }
  })

  it('removes a public canned ACL attribute, and sets an ACL resource to private', async () => {
    const attr = config({ aws_s3_bucket: { data: { bucket: 'data', acl: 'public-read' } } })
    const a = await fixRoundTrip({ [F]: attr }, F, 'acl-public-read')
    expect(JSON.parse(a.fixed)).toEqual({ resource: { aws_s3_bucket: { data: { bucket: 'data' } } } })
    const resource = config({
      ...bucket,
      aws_s3_bucket_acl: { data: { bucket: ref, acl: 'public-read' } },
      aws_s3_bucket_versioning: { data: { bucket: ref, versioning_configuration: { status: 'Enabled' } } },
    })
    const b = await fixRoundTrip({ [F]: resource }, F, 'acl-public-read')
    // Deleting the resource would leave the ACL on the bucket: the provider does not reset it.
    expect((JSON.parse(b.fixed) as { resource: { aws_s3_bucket_acl: unknown } }).resource.aws_s3_bucket_acl).toEqual({
      data: { bucket: ref, acl: 'private' },
    })
  })

  it('adds missing setting resources next to the bucket, into the type’s object when the file has one', async () => {
    const text = config({ aws_s3_bucket: { data: { bucket: 'data' }, logs: { bucket: 'logs' } } })
    for (const rule of [
      'versioning-disabled',
      'block-public-access-incomplete',
      'encryption-missing',
      'sse-c-not-blocked',
      'tls-not-enforced',
    ]) {
      const { edit } = await fixRoundTrip({ [F]: text }, F, rule, {
        pick: (f) => f.resource === 'aws_s3_bucket.logs',
        allowNew: versioningOn,
      })
      expect(edit).toMatchObject({ startLine: 10, endLine: 10 })
    }
    const withType = config({
      aws_s3_bucket: { data: { bucket: 'data' }, logs: { bucket: 'logs' } },
      aws_s3_bucket_versioning: { data: { bucket: ref, versioning_configuration: { status: 'Enabled' } } },
    })
    const { fixed } = await fixRoundTrip({ [F]: withType }, F, 'versioning-disabled', {
      pick: (f) => f.resource === 'aws_s3_bucket.logs',
      allowNew: versioningOn,
    })
    expect(
      Object.keys((JSON.parse(fixed) as { resource: { aws_s3_bucket_versioning: object } }).resource.aws_s3_bucket_versioning),
    ).toEqual(['data', 'logs'])
  })

  it('names a new resource so it clashes with none the module declares, in either syntax', async () => {
    const text = config({ aws_s3_bucket: { data: { bucket: 'data' }, logs: { bucket: 'logs' } } })
    const other =
      'resource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
    const { fixed } = await fixRoundTrip({ [F]: text, 'other.tf': other }, F, 'versioning-disabled', {
      pick: (f) => f.resource === 'aws_s3_bucket.data',
      allowNew: versioningOn,
    })
    expect(fixed).toContain('"data_2": {')
  })

  it('keeps count and for_each, copying count as written', async () => {
    const counted = config({ aws_s3_bucket: { data: { count: 2, bucket: 'data-${count.index}' } } })
    const a = await fixRoundTrip({ [F]: counted }, F, 'versioning-disabled', { allowNew: versioningOn })
    expect(a.fixed).toContain('"count": 2,\n        "bucket": "${aws_s3_bucket.data[count.index].id}",')
    const each = config({ aws_s3_bucket: { data: { for_each: ['a', 'b'], bucket: 'data-${each.key}' } } })
    const b = await fixRoundTrip({ [F]: each }, F, 'versioning-disabled', { allowNew: versioningOn })
    expect(b.fixed).toContain('"for_each": "${aws_s3_bucket.data}",\n        "bucket": "${each.value.id}",')
  })

  it('adds the TLS statement to a policy given as a JSON string, escaped', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          Action: 's3:GetObject',
          Resource: '${aws_s3_bucket.data.arn}/*',
        },
      ],
    })
    const text = config({ ...bucket, aws_s3_bucket_policy: { data: { bucket: ref, policy } } })
    const { fixed } = await fixRoundTrip({ [F]: text }, F, 'tls-not-enforced')
    const doc = JSON.parse(
      (JSON.parse(fixed) as { resource: { aws_s3_bucket_policy: { data: { policy: string } } } }).resource.aws_s3_bucket_policy.data.policy,
    ) as {
      Statement: object[]
    }
    expect(doc.Statement[1]).toEqual({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['${aws_s3_bucket.data.arn}', '${aws_s3_bucket.data.arn}/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    })
  })

  it('adds the statement to a JSON policy string with escapes in it, mapping positions through them', async () => {
    // `\u0041` and `\/` decode to one character each: offsets past them must still land right.
    const policy =
      '{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Sid\\":\\"\\u0041llow\\",\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::123456789012:root\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"${aws_s3_bucket.data.arn}\\/*\\"}]}'
    const text = `{\n  "resource": {\n    "aws_s3_bucket": { "data": { "bucket": "data" } },\n    "aws_s3_bucket_policy": {\n      "data": {\n        "bucket": "\${aws_s3_bucket.data.id}",\n        "policy": "${policy}"\n      }\n    }\n  }\n}\n`
    const { fixed } = await fixRoundTrip({ [F]: text }, F, 'tls-min-version')
    const parsed = JSON.parse(fixed) as { resource: { aws_s3_bucket_policy: { data: { policy: string } } } }
    const doc = JSON.parse(parsed.resource.aws_s3_bucket_policy.data.policy) as { Statement: { Sid: string }[] }
    expect(doc.Statement.map((s) => s.Sid)).toEqual(['Allow', 'DenyOutdatedTLS'])
  })

  it('adds a statement to an aws_iam_policy_document written in JSON', async () => {
    const text = fs.readFileSync('test/fixtures/equivalence/public-split-settings/main.tf.json', 'utf8')
    const { fixed, edit } = await fixRoundTrip({ [F]: text }, F, 'tls-min-version')
    expect(edit.description).toBe('Deny requests that use TLS older than 1.2')
    expect(fixed).toContain('          {\n            "sid": "DenyOutdatedTLS",\n            "effect": "Deny",\n')
  })

  it('fixes the inputs of the registry module', async () => {
    const text = `{
  "module": {
    "data": {
      "source": "terraform-aws-modules/s3-bucket/aws",
      "version": "4.1.0",
      "bucket": "data",
      "versioning": { "enabled": false }
    }
  }
}
`
    const a = await fixRoundTrip({ [F]: text }, F, 'versioning-disabled')
    expect(a.fixed).toContain('"versioning": { "enabled": true }')
    const b = await fixRoundTrip({ [F]: text }, F, 'tls-not-enforced')
    expect(b.fixed).toContain('      "versioning": { "enabled": false },\n      "attach_deny_insecure_transport_policy": true\n')
  })

  it('keeps tabs and CRLF line ends', async () => {
    const text = config(bucket, '\t').replace(/\n/g, '\r\n')
    const { fixed } = await fixRoundTrip({ [F]: text }, F, 'versioning-disabled', { allowNew: versioningOn })
    expect(fixed).toContain(
      '\t\t"aws_s3_bucket_versioning": {\r\n\t\t\t"data": {\r\n\t\t\t\t"bucket": "${aws_s3_bucket.data.id}",\r\n\t\t\t\t"versioning_configuration": {\r\n\t\t\t\t\t"status": "Enabled"\r\n\t\t\t\t}\r\n',
    )
  })

  it('edits the bucket the finding is about in a file written on one line', async () => {
    const text = JSON.stringify({ resource: { aws_s3_bucket: { a: { bucket: 'a' }, b: { bucket: 'b', object_lock_enabled: false } } } })
    const { fixed } = await fixRoundTrip({ [F]: text }, F, 'object-lock-disabled', { pick: (f) => f.resource === 'aws_s3_bucket.b' })
    expect(JSON.parse(fixed)).toEqual({
      resource: { aws_s3_bucket: { a: { bucket: 'a' }, b: { bucket: 'b', object_lock_enabled: true } } },
    })
  })

  it('offers no edit that would remove a resource something else refers to', async () => {
    const text = config({
      ...bucket,
      aws_s3_bucket_website_configuration: { data: { bucket: ref, index_document: { suffix: 'index.html' } } },
    })
    const output = { output: { endpoint: { value: '${aws_s3_bucket_website_configuration.data.website_endpoint}' } } }
    const r = await scanFiles({ [F]: text, 'outputs.tf.json': JSON.stringify(output) }, strict)
    const website = r.findings.find((f) => f.ruleId === 'website-enabled')
    expect(website).toBeDefined()
    expect(website!.edit).toBeUndefined()
    // Without the output it is removed.
    await fixRoundTrip({ [F]: text }, F, 'website-enabled')
  })
})
