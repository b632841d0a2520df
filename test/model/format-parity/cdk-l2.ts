/**
 * Renders a parity case as a CDK app of L2 constructs (`s3.Bucket`, `cloudtrail.Trail`, ...) and
 * synthesises it, so the sweep also sees what CDK itself adds: `enforceSSL` statements, the
 * `Custom::S3BucketNotifications` resource, the bucket policies that log delivery and CloudTrail
 * need. Cases with a setting L2 has no spelling for (suspended versioning, MFA delete,
 * deploy-time values, conditional resources, names written literally) are not rendered.
 */
import { App, Duration, Stack } from 'aws-cdk-lib'
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail'
import * as iam from 'aws-cdk-lib/aws-iam'
import * as kms from 'aws-cdk-lib/aws-kms'
import * as s3 from 'aws-cdk-lib/aws-s3'
import * as s3n from 'aws-cdk-lib/aws-s3-notifications'
import * as sns from 'aws-cdk-lib/aws-sns'
import { bucketName, isParam, pascal, type BucketSpec, type ParityCase, type Statement } from './cases.js'

export const L2_STACK = 'ParityL2'

const CANNED: Record<string, s3.BucketAccessControl> = {
  private: s3.BucketAccessControl.PRIVATE,
  'public-read': s3.BucketAccessControl.PUBLIC_READ,
  'public-read-write': s3.BucketAccessControl.PUBLIC_READ_WRITE,
  'log-delivery-write': s3.BucketAccessControl.LOG_DELIVERY_WRITE,
}

const isTlsDeny = (s: Statement) =>
  s.effect === 'Deny' && s.principal === '*' && s.on.length === 2 && s.condition?.Bool?.['aws:SecureTransport'] === 'false'

/** Why the case cannot be written with L2 constructs, or undefined when it can. */
export function l2Unsupported(c: ParityCase): string | undefined {
  if (c.linkByName) return 'L2 constructs link by token'
  for (const b of c.buckets) {
    if (b.versioning !== undefined && b.versioning !== 'Enabled') return 'versioning other than Enabled'
    if (b.mfaDelete) return 'MFA delete'
    if (b.policyIf || b.createIf) return 'conditional resources'
    if (b.replicationTo) return 'replication (L2 makes its own role)'
    if (isParam(bucketName(c, b))) return 'deploy-time bucket name'
  }
  return undefined
}

/** Synthesises the case into `outdir`; each bucket and trail is the construct named after it. */
export function synthL2(c: ParityCase, outdir: string): void {
  const app = new App({
    outdir,
    context: {
      'aws:cdk:enable-path-metadata': true,
      'aws:cdk:version-reporting': false,
      // What `cdk init` turns on: log delivery through a bucket policy, not an ACL.
      '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
    },
  })
  const stack = new Stack(app, L2_STACK)
  const made = new Map<string, s3.Bucket>()
  const topics = new Map((c.topics ?? []).map((t) => [t, new sns.Topic(stack, pascal(t))]))
  // Log targets first: a bucket names its log bucket at construction.
  const order = [...c.buckets].sort((a, b) => Number(!!a.logging) - Number(!!b.logging))
  for (const b of order) made.set(b.id, bucket(stack, c, b, made))
  for (const b of c.buckets) {
    const bk = made.get(b.id)!
    if (b.notifyTopic) bk.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SnsDestination(topics.get(b.notifyTopic)!))
    for (const s of b.policy ?? []) {
      if (isTlsDeny(s)) continue // enforceSSL
      bk.addToResourcePolicy(statement(s, bk))
    }
  }
  if (c.trail) {
    const t = c.trail
    const trail = new cloudtrail.Trail(stack, pascal(t.id), {
      bucket: made.get(t.bucket),
      isMultiRegionTrail: true,
      enableFileValidation: true,
      includeGlobalServiceEvents: true,
    })
    const rw = {
      All: cloudtrail.ReadWriteType.ALL,
      ReadOnly: cloudtrail.ReadWriteType.READ_ONLY,
      WriteOnly: cloudtrail.ReadWriteType.WRITE_ONLY,
    }[t.readWriteType ?? 'All']
    if (t.dataEventsFor === 'all') trail.logAllS3DataEvents({ readWriteType: rw })
    else
      trail.addS3EventSelector(
        t.dataEventsFor.map((id) => ({ bucket: made.get(id)! })),
        { readWriteType: rw },
      )
  }
  app.synth()
}

function bucket(stack: Stack, c: ParityCase, b: BucketSpec, made: Map<string, s3.Bucket>): s3.Bucket {
  const name = bucketName(c, b)
  const props: s3.BucketProps = {
    bucketName: typeof name === 'string' ? name : undefined,
    accessControl: b.acl ? CANNED[b.acl] : undefined,
    objectOwnership: b.ownership ? s3.ObjectOwnership[ownershipKey(b.ownership)] : undefined,
    blockPublicAccess: b.pab ? new s3.BlockPublicAccess(b.pab) : undefined,
    versioned: b.versioning === 'Enabled' ? true : undefined,
    objectLockEnabled: b.objectLock ? true : undefined,
    objectLockDefaultRetention: b.objectLock?.mode
      ? (b.objectLock.mode === 'GOVERNANCE' ? s3.ObjectLockRetention.governance : s3.ObjectLockRetention.compliance)(
          Duration.days(b.objectLock.days!),
        )
      : undefined,
    serverAccessLogsBucket: b.logging && b.logging.target !== 'self' ? made.get(b.logging.target) : undefined,
    serverAccessLogsPrefix: b.logging?.prefix,
    lifecycleRules: b.lifecycle?.map((r, i) => ({
      id: `rule-${i}`,
      enabled: !r.disabled,
      prefix: r.prefix,
      expiration: r.expirationDays !== undefined ? Duration.days(r.expirationDays) : undefined,
      noncurrentVersionExpiration: r.noncurrentDays !== undefined ? Duration.days(r.noncurrentDays) : undefined,
      abortIncompleteMultipartUploadAfter: r.abortDays !== undefined ? Duration.days(r.abortDays) : undefined,
    })),
    eventBridgeEnabled: b.eventBridge,
    websiteIndexDocument: b.website?.index,
    cors: b.cors ? [{ allowedOrigins: b.cors.origins, allowedMethods: b.cors.methods.map((m) => m as s3.HttpMethods) }] : undefined,
    enforceSSL: b.policy?.some(isTlsDeny) || undefined,
    ...encryption(stack, b),
  }
  return new s3.Bucket(stack, pascal(b.id), props)
}

function ownershipKey(o: string): keyof typeof s3.ObjectOwnership {
  return o === 'BucketOwnerEnforced' ? 'BUCKET_OWNER_ENFORCED' : o === 'BucketOwnerPreferred' ? 'BUCKET_OWNER_PREFERRED' : 'OBJECT_WRITER'
}

function encryption(stack: Stack, b: BucketSpec): Partial<s3.BucketProps> {
  const sse = b.sse
  if (!sse) return {}
  if (sse.algorithm === 'AES256') return { encryption: s3.BucketEncryption.S3_MANAGED }
  const key = !sse.kmsKey
    ? undefined
    : sse.kmsKey === 'resource'
      ? new kms.Key(stack, `${pascal(b.id)}Key`, { enableKeyRotation: true })
      : kms.Key.fromKeyArn(stack, `${pascal(b.id)}ImportedKey`, sse.kmsKey)
  const dsse = sse.algorithm === 'aws:kms:dsse'
  return {
    encryption: key
      ? dsse
        ? s3.BucketEncryption.DSSE
        : s3.BucketEncryption.KMS
      : dsse
        ? s3.BucketEncryption.DSSE_MANAGED
        : s3.BucketEncryption.KMS_MANAGED,
    encryptionKey: key,
    bucketKeyEnabled: sse.bucketKey,
  }
}

function statement(s: Statement, b: s3.Bucket): iam.PolicyStatement {
  const principal = (p: { AWS: string } | '*') => (p === '*' ? new iam.AnyPrincipal() : new iam.ArnPrincipal(p.AWS))
  const resources = s.on.map((o) => (o === 'bucket' ? b.bucketArn : b.arnForObjects('*')))
  return new iam.PolicyStatement({
    sid: s.sid,
    effect: s.effect === 'Allow' ? iam.Effect.ALLOW : iam.Effect.DENY,
    ...(typeof s.principal === 'object' && 'not' in s.principal
      ? { notPrincipals: [principal(s.principal.not)] }
      : { principals: [principal(s.principal)] }),
    ...(s.notAction ? { notActions: s.actions } : { actions: s.actions }),
    resources,
    conditions: s.condition,
  })
}
