/**
 * Every place where s3-gate deliberately disagrees with a peer's expectation in the shared corpus
 * (`npm run corpus` lists them as misses or false alarms). Each test pins down what s3-gate does
 * on that fixture and its name says why; if a test fails, either the behaviour changed by accident
 * or the argument no longer holds.
 */
import { describe, expect, it } from 'vitest'
import { hasCorpus, hasTerraform, scanCase, summary } from './helpers.js'

describe.skipIf(!hasCorpus)('CloudFormation disagreements with the peers', () => {
  it('reports a public bucket-policy statement on the policy resource that grants it, where KICS names the bucket (access_to_any_principal positive1)', async () => {
    // KICS also ignores the condition; aws:Referer is not one of the keys that make a statement non-public,
    // so s3-gate does report both statements, at their lines in BucketPolicy and BucketPolicy2.
    const r = await scanCase('kics-cfn-s3_bucket_access_to_any_principal-positive1-yaml')
    expect(summary(r, 'policy-public-read')).toEqual(['policy-public-read BucketPolicy 16', 'policy-public-read BucketPolicy2 41'])
    // Bucket2 has RestrictPublicBuckets on, which neutralises the statement: reported, but Low.
    expect(r.findings.find((f) => f.resource === 'BucketPolicy2' && f.ruleId === 'policy-public-read')!.severity).toBe('low')
  })

  it('does not link `Bucket: "Bucket"` to the logical id Bucket, because CloudFormation reads a plain string as a bucket name (KICS links it)', async () => {
    const r = await scanCase('kics-cfn-s3_bucket_access_to_any_principal-positive2-json')
    // The policies are judged on their own resources, for an existing bucket named "Bucket"...
    expect(summary(r, 'policy-public-read')).toEqual(['policy-public-read BucketPolicy 18', 'policy-public-read BucketPolicy2 59'])
    // ...and the buckets of the template have no policy at all.
    expect(summary(r, 'bucket-policy-missing')).toEqual(['bucket-policy-missing Bucket 3', 'bucket-policy-missing Bucket2 42'])
  })

  it('does not count the literal `Bucket: "MyS3Bucket22"` as a reference to the bucket with that logical id (KICS should_have_bucket_policy negative4)', async () => {
    const r = await scanCase('kics-cfn-s3_bucket_should_have_bucket_policy-negative4-json')
    expect(summary(r, 'bucket-policy-missing')).toEqual(['bucket-policy-missing MyS3Bucket22 5'])
  })

  it('does not treat the non-existent action "ListObject" as a list action (KICS list_actions positives)', async () => {
    // IAM has no s3:ListObject; a statement that allows only it grants nothing.
    for (const id of [
      'kics-cfn-s3_bucket_allows_list_actions_from_all_principals-positive1-yaml',
      'kics-cfn-s3_bucket_allows_list_actions_from_all_principals-positive2-json',
    ]) {
      const r = await scanCase(id)
      expect(r.findings.filter((f) => f.ruleId === 'policy-public-read' && /SampleBucketPolicy[35]$/.test(f.resource))).toEqual([])
    }
    // The statement that also allows GetObject is reported.
    const r = await scanCase('kics-cfn-s3_bucket_allows_list_actions_from_all_principals-positive1-yaml')
    expect(summary(r, 'policy-public-read')).toEqual(['policy-public-read SampleBucketPolicy4 24'])
  })

  it('reports buckets without an encryption configuration as Info, where checkov passes them because AWS applies SSE-S3 by default', async () => {
    const r = await scanCase('checkov-cfn-S3Templates-ExampleS3')
    const missing = r.findings.filter((f) => f.ruleId === 'encryption-missing')
    expect(missing.map((f) => f.resource).sort()).toEqual(expect.arrayContaining(['S3Bucket3', 'S3Bucket4', 'S3BucketNoProps']))
    for (const f of missing) expect(f.severity).toBe('info')
  })

  it('counts the authenticated-read ACL as public read (any AWS account can list the bucket), as concepts.md does and KICS does not', async () => {
    for (const id of [
      'kics-cfn-s3_bucket_acl_allows_read_to_all_users-negative4-yaml',
      'kics-cfn-s3_bucket_acl_allows_read_to_all_users-negative8-json',
    ]) {
      const r = await scanCase(id)
      const f = r.findings.filter((x) => x.ruleId === 'acl-public-read')
      expect(f).toHaveLength(1)
      expect(f[0]!.message).toContain('AuthenticatedUsers')
    }
  })

  it('reports the trails of the multi-region negatives for their disabled log file validation, which the manifest notes as legitimate', async () => {
    for (const id of [
      'kics-cfn-cloudtrail_multi_region_disabled-negative1-yaml',
      'kics-cfn-cloudtrail_multi_region_disabled-negative2-json',
    ]) {
      const r = await scanCase(id)
      expect(summary(r, 'cloudtrail-multi-region-disabled')).toEqual([])
      expect(summary(r, 'cloudtrail-log-file-validation-disabled').length).toBeGreaterThan(0)
    }
  })
})

describe.skipIf(!hasCorpus || !hasTerraform)('Terraform disagreements with the peers', () => {
  it('does not call a statement public when aws:SourceIp pins it to a fixed address, as AWS defines public (KICS ignores conditions)', async () => {
    const ids = [
      'kics-tf-s3_bucket_access_to_any_principal-positive1-tf',
      'kics-tf-s3_bucket_allows_delete_action_from_all_principals-positive1-tf',
      'kics-tf-s3_bucket_allows_delete_action_from_all_principals-positive2-tf',
      'kics-tf-s3_bucket_allows_get_action_from_all_principals-positive1-tf',
    ]
    for (const id of ids)
      expect(summary(await scanCase(id), 'policy-public-read', 'policy-public-write', 'public-exposure'), id).toEqual([])
  })

  it('does not check a policy given to the terraform-aws-modules S3 module without attach_policy = true, because the module does not attach it (KICS assumes it does)', async () => {
    const ids = [
      'kics-tf-s3_bucket_access_to_any_principal-positive2-tf',
      'kics-tf-s3_bucket_allows_delete_action_from_all_principals-positive3-tf',
      'kics-tf-s3_bucket_allows_get_action_from_all_principals-positive2-tf',
      'kics-tf-s3_bucket_with_all_permissions-positive2-tf',
    ]
    for (const id of ids) {
      const r = await scanCase(id)
      expect(
        r.notes.some((n) => n.includes('attach_policy')),
        id,
      ).toBe(true)
      expect(summary(r, 'policy-public-read', 'policy-public-write', 'policy-wildcard-action'), id).toEqual([])
    }
  })

  it('reports only the metric filters that watch S3 changes, not the console sign-in filter KICS also lists', async () => {
    const r = await scanCase('kics-tf-cloudwatch_s3_policy_change_alarm_missing-positive1-tf')
    expect(summary(r, 'cloudwatch-s3-policy-change-alarm-missing')).toEqual([
      'cloudwatch-s3-policy-change-alarm-missing aws_cloudwatch_log_metric_filter.cis_s3_bucket_policy_change_metric_filter 3',
    ])
    const r5 = await scanCase('kics-tf-cloudwatch_s3_policy_change_alarm_missing-positive5-tf')
    expect(summary(r5, 'cloudwatch-s3-policy-change-alarm-missing')).toEqual([
      'cloudwatch-s3-policy-change-alarm-missing aws_cloudwatch_log_metric_filter.cis_s3_bucket_policy_change_metric_filter 4',
    ])
  })

  it('reads an omitted read_write_type as All, its provider default (KICS reads it as partial)', async () => {
    const r = await scanCase('kics-tf-s3_bucket_object_level_cloudtrail_logging_disabled-positive1-tf')
    expect(summary(r, 'cloudtrail-data-events-missing')).toEqual([])
  })

  it('does not treat acl = "website" as a public canned ACL, because S3 has no such canned ACL (checkov does)', async () => {
    const r = await scanCase('checkov-tf-graph-S3PublicACLRead')
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read' && /\.website(_v4)?$/.test(f.resource))).toEqual([])
    expect(summary(r, 'acl-public-read')).toContain('acl-public-read aws_s3_bucket.public_read 33')
  })

  it('reports a READ grant to AllUsers as public read; checkov CKV_AWS_375 only looks at READ_ACP and FULL_CONTROL', async () => {
    const r = await scanCase('checkov-tf-S3GlobalViewACL')
    const lines = r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.line)
    expect(lines).toEqual(expect.arrayContaining([91, 99]))
  })

  it('does not accept an Allow on aws:SecureTransport = true, or a Deny covering only the bucket ARN, as enforcing TLS on a bucket a public ACL opens (checkov CKV_AWS_379 does)', async () => {
    const r = await scanCase('checkov-tf-S3SecureDataTransport')
    const acl = r.findings.filter((f) => f.ruleId === 'tls-not-enforced' && f.messageId === 'publicAclHttp').map((f) => f.location.line)
    expect(acl).toEqual(expect.arrayContaining([110, 153, 205, 323]))
    // Buckets declared elsewhere with no policy here are not failures: the scan notes that only their settings written here are checked.
    expect(r.findings.some((f) => f.ruleId === 'tls-not-enforced' && f.resource === 'aws_s3_bucket.pass_private')).toBe(false)
    expect(r.notes.some((n) => n.includes('aws_s3_bucket.pass_private'))).toBe(true)
  })

  it("requires all four Block Public Access flags, where the peers' per-flag rules pass blocks with other flags off (CKV2_AWS_6, KICS allows_public_acl negatives)", async () => {
    const checkov = await scanCase('checkov-tf-graph-S3BucketHasPublicAccessBlock')
    expect(
      checkov.findings.find((f) => f.ruleId === 'block-public-access-incomplete' && f.resource === 'aws_s3_bucket.bucket_good_1')!
        .messageId,
    ).toBe('flagsOff')
    for (const id of ['kics-tf-s3_bucket_allows_public_acl-negative1-tf', 'kics-tf-s3_bucket_allows_public_acl-negative2-tf']) {
      const kics = await scanCase(id)
      expect(
        kics.findings.filter((f) => f.ruleId === 'block-public-access-incomplete').map((f) => f.messageId),
        id,
      ).toContain('flagsOff')
    }
  })

  it('does not accept a Deny whose Resource is the literal text "aws_s3_bucket.b.arn", or an Allow on aws:SecureTransport = true, as enforcing TLS (KICS http negatives)', async () => {
    for (const id of ['negative1', 'negative2', 'negative4', 'negative6']) {
      const r = await scanCase(`kics-tf-s3_bucket_policy_accepts_http_requests-${id}-tf`)
      expect(
        r.findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => f.messageId),
        id,
      ).toEqual(['noDeny'])
    }
    // negative3 hands the policy to the registry module without attach_policy = true: no policy at all.
    const r3 = await scanCase('kics-tf-s3_bucket_policy_accepts_http_requests-negative3-tf')
    expect(r3.notes.some((n) => n.includes('attach_policy'))).toBe(true)
    expect(r3.findings.filter((f) => f.ruleId === 'tls-not-enforced').map((f) => f.messageId)).toEqual(['noDeny'])
  })

  it('reports missing Object Lock, replication and event notifications at Low severity, so they reach the summary but not the gate or inline comments', async () => {
    const cases: [string, string, string[]][] = [
      ['checkov-tf-S3BucketObjectLock', 'object-lock-disabled', ['aws_s3_bucket.disabled_via_block', 'aws_s3_bucket.disabled_via_object']],
      [
        'checkov-tf-graph-S3BucketReplicationConfiguration',
        'replication-missing',
        ['aws_s3_bucket.default', 'aws_s3_bucket.disabled', 'aws_s3_bucket.disabled_v4'],
      ],
      ['checkov-tf-graph-S3BucketEventNotifications', 'notifications-missing', ['aws_s3_bucket.fail']],
    ]
    for (const [id, rule, expected] of cases) {
      const found = (await scanCase(id)).findings.filter((f) => f.ruleId === rule)
      expect(
        found.map((f) => f.resource),
        id,
      ).toEqual(expect.arrayContaining(expected))
      expect(new Set(found.map((f) => f.severity)), id).toEqual(new Set(['low']))
    }
  })

  it('reports replication on a source bucket without versioning, which S3 refuses, so nothing is replicated (checkov CKV_AWS_144 passes any replication block)', async () => {
    const r = await scanCase('checkov-tf-graph-S3BucketReplicationConfiguration')
    const unversioned = r.findings.filter((f) => f.ruleId === 'replication-missing' && f.messageId === 'sourceUnversioned')
    expect(unversioned.map((f) => `${f.resource} ${f.location.line}`).sort()).toEqual([
      'aws_s3_bucket.enabled 6',
      'aws_s3_bucket.enabled_v4 179',
      'aws_s3_bucket.enabled_var 37',
    ])
    for (const f of unversioned) expect(f.severity).toBe('low')
  })

  it('reports lifecycle rules S3 refuses as refused configurations: an abort beside a tag filter, a rule without any action (checkov CKV_AWS_300 and CKV2_AWS_61 read them as working)', async () => {
    // "AbortIncompleteMultipartUpload cannot be specified with Tags": the whole configuration is
    // refused, so lifecycle-missing says so (at the abort), instead of crediting or faulting the abort.
    const aborts = await scanCase('checkov-tf-S3AbortIncompleteUploads')
    const refused = aborts.findings.filter((f) => f.ruleId === 'lifecycle-missing' && f.messageId === 'refused')
    expect(refused.map((f) => f.resource)).toEqual(['aws_s3_bucket.bucket', 'aws_s3_bucket_lifecycle_configuration.pass'])
    // "At least one action needs to be specified in a rule": checkov's passing rule has none.
    const empty = await scanCase('checkov-tf-graph-S3BucketLifecycle')
    expect(summary(empty, 'lifecycle-missing')).toEqual(expect.arrayContaining(['lifecycle-missing aws_s3_bucket.pass 8']))
    expect(empty.findings.find((f) => f.resource === 'aws_s3_bucket.pass' && f.ruleId === 'lifecycle-missing')!.messageId).toBe('refused')
  })

  it('reports the trail of the multi-region negative for its disabled log file validation, which the manifest notes as legitimate', async () => {
    const r = await scanCase('kics-tf-cloudtrail_multi_region_disabled-negative-tf')
    expect(summary(r, 'cloudtrail-multi-region-disabled')).toEqual([])
    expect(summary(r, 'cloudtrail-log-file-validation-disabled').length).toBeGreaterThan(0)
  })
})
