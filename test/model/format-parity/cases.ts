/**
 * The bucket configurations of the format parity sweep, written once in a format-free form. The
 * renderers (`cloudformation.ts`, `terraform.ts`) turn each into every format s3-gate reads.
 */

export type PabFlag = 'blockPublicAcls' | 'blockPublicPolicy' | 'ignorePublicAcls' | 'restrictPublicBuckets'
export const PAB_FLAGS: PabFlag[] = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets']

/** A policy statement; `on` names the bucket ARN (`bucket`) and/or its objects (`objects`). */
export interface Statement {
  sid: string
  effect: 'Allow' | 'Deny'
  /** `NotPrincipal` when `not` is set. */
  principal: '*' | { AWS: string } | { not: { AWS: string } }
  actions: string[]
  /** Writes `NotAction` instead of `Action`. */
  notAction?: boolean
  on: ('bucket' | 'objects')[]
  condition?: Record<string, Record<string, string>>
}

/** A setting known only at deploy time: a parameter / variable without default. */
export interface Param {
  param: string
  /** What the plan was made with (`terraform plan -var`), which a plan therefore knows. */
  planValue: string
}
/** `prod ? then : else` on a parameter compared with a literal. */
export interface Choice {
  ifParam: Param
  equals: string
  then: string
  else: string
}
export type Setting = string | Param | Choice

export interface BucketSpec {
  /** Lower-case id: CloudFormation logical id `Data`, Terraform name `data`. */
  id: string
  /** Physical name; a Param makes it a deploy-time value, null leaves it to AWS. Default: `parity-<case>-<id>`. */
  name?: string | Param | null
  acl?: 'private' | 'public-read' | 'public-read-write' | 'log-delivery-write'
  ownership?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter'
  pab?: Partial<Record<PabFlag, boolean>>
  /** `kmsKey: 'resource'` uses a KMS key the same code creates. */
  sse?: { algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse'; kmsKey?: string; bucketKey?: boolean }
  versioning?: Setting
  mfaDelete?: boolean
  /** Object Lock, with a default retention when `mode` is set. */
  objectLock?: { mode?: 'GOVERNANCE' | 'COMPLIANCE'; days?: number }
  /** `self`, or the id of the bucket that receives the logs. */
  logging?: { target: string; prefix: string }
  lifecycle?: { expirationDays?: number; noncurrentDays?: number; abortDays?: number; prefix?: string; disabled?: boolean }[]
  policy?: Statement[]
  /** The policy exists only when this parameter is `true` (a CloudFormation Condition, a Terraform `count`). */
  policyIf?: Param
  /** The bucket and everything attached to it exist only when this parameter is `true`. */
  createIf?: Param
  /** Id of the destination bucket (same case). */
  replicationTo?: string
  /** Id of the SNS topic (CloudFormation/Terraform) that gets ObjectCreated events; SAM uses a function. */
  notifyTopic?: string
  eventBridge?: boolean
  website?: { index: string }
  cors?: { origins: string[]; methods: string[] }
}

export interface TrailSpec {
  id: string
  /** Id of the bucket the trail writes to. */
  bucket: string
  /** Ids of the buckets whose object-level (data) events it records, or `all` buckets. */
  dataEventsFor: string[] | 'all'
  readWriteType?: 'All' | 'ReadOnly' | 'WriteOnly'
}

export interface ParityCase {
  name: string
  /** Settings, policies, logging and trails name buckets by their literal name, not by reference. */
  linkByName?: boolean
  buckets: BucketSpec[]
  trail?: TrailSpec
  topics?: string[]
}

export const KMS_KEY = 'arn:aws:kms:eu-west-1:111122223333:key/0000aaaa-1111-2222-3333-444455556666'
export const REPLICATION_ROLE = 'arn:aws:iam::111122223333:role/s3-replication'

export function bucketName(c: ParityCase, b: BucketSpec): string | Param | null {
  return b.name === undefined ? `parity-${c.name}-${b.id}` : b.name
}

/** The literal name other resources use for bucket `id` when the case links by name. */
export function linkedName(c: ParityCase, id: string): string | undefined {
  const n = bucketName(
    c,
    c.buckets.find((b) => b.id === id)!,
  )
  return c.linkByName && typeof n === 'string' ? n : undefined
}

const FULL_PAB = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
const TLS_DENY: Statement = {
  sid: 'DenyInsecureTransport',
  effect: 'Deny',
  principal: '*',
  actions: ['s3:*'],
  on: ['bucket', 'objects'],
  condition: { Bool: { 'aws:SecureTransport': 'false' } },
}
const PUBLIC_READ: Statement = { sid: 'PublicRead', effect: 'Allow', principal: '*', actions: ['s3:GetObject'], on: ['objects'] }

export const CASES: ParityCase[] = [
  { name: 'bare', buckets: [{ id: 'data' }] },
  { name: 'acl-public-read', buckets: [{ id: 'data', ownership: 'ObjectWriter', acl: 'public-read' }] },
  { name: 'acl-public-rw', buckets: [{ id: 'data', ownership: 'BucketOwnerPreferred', acl: 'public-read-write' }] },
  { name: 'acl-neutralised', buckets: [{ id: 'data', ownership: 'ObjectWriter', acl: 'public-read', pab: FULL_PAB }] },
  { name: 'policy-public', buckets: [{ id: 'data', policy: [PUBLIC_READ] }] },
  {
    name: 'policy-conditional',
    buckets: [
      { id: 'data', policy: [{ ...PUBLIC_READ, sid: 'FromVpce', condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } }] },
    ],
  },
  {
    name: 'policy-public-write',
    buckets: [
      {
        id: 'data',
        policy: [{ sid: 'Drop', effect: 'Allow', principal: '*', actions: ['s3:PutObject', 's3:DeleteObject'], on: ['objects'] }],
      },
    ],
  },
  {
    name: 'policy-cross-account',
    buckets: [
      {
        id: 'data',
        policy: [
          {
            sid: 'Partner',
            effect: 'Allow',
            principal: { AWS: 'arn:aws:iam::444455556666:root' },
            actions: ['s3:*'],
            on: ['bucket', 'objects'],
          },
        ],
      },
    ],
  },
  { name: 'pab-full', buckets: [{ id: 'data', pab: FULL_PAB, ownership: 'BucketOwnerEnforced' }] },
  {
    name: 'pab-partial',
    buckets: [
      { id: 'data', pab: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false } },
    ],
  },
  { name: 'pab-omitted', buckets: [{ id: 'data', pab: { blockPublicAcls: true, blockPublicPolicy: true } }] },
  { name: 'pab-public-policy', buckets: [{ id: 'data', pab: FULL_PAB, policy: [PUBLIC_READ] }] },
  { name: 'sse-s3', buckets: [{ id: 'data', sse: { algorithm: 'AES256' } }] },
  { name: 'sse-kms', buckets: [{ id: 'data', sse: { algorithm: 'aws:kms', kmsKey: KMS_KEY, bucketKey: true } }] },
  { name: 'sse-kms-nokey', buckets: [{ id: 'data', sse: { algorithm: 'aws:kms', bucketKey: false } }] },
  { name: 'sse-kms-own-key', buckets: [{ id: 'data', sse: { algorithm: 'aws:kms', kmsKey: 'resource', bucketKey: true } }] },
  { name: 'sse-dsse', buckets: [{ id: 'data', sse: { algorithm: 'aws:kms:dsse', kmsKey: KMS_KEY } }] },
  { name: 'versioning-on', buckets: [{ id: 'data', versioning: 'Enabled' }] },
  { name: 'versioning-suspended', buckets: [{ id: 'data', versioning: 'Suspended' }] },
  { name: 'mfa-delete', buckets: [{ id: 'data', versioning: 'Enabled', mfaDelete: true }] },
  { name: 'object-lock', buckets: [{ id: 'data', versioning: 'Enabled', objectLock: { mode: 'GOVERNANCE', days: 30 } }] },
  {
    name: 'logging-other',
    buckets: [
      { id: 'logs', ownership: 'BucketOwnerEnforced', sse: { algorithm: 'AES256' } },
      { id: 'data', logging: { target: 'logs', prefix: 'data/' } },
    ],
  },
  { name: 'logging-self', buckets: [{ id: 'data', logging: { target: 'self', prefix: 'self/' } }] },
  {
    name: 'lifecycle-abort',
    buckets: [{ id: 'data', versioning: 'Enabled', lifecycle: [{ noncurrentDays: 30, abortDays: 7 }] }],
  },
  { name: 'lifecycle-noabort', buckets: [{ id: 'data', lifecycle: [{ expirationDays: 365 }] }] },
  { name: 'ownership-enforced', buckets: [{ id: 'data', ownership: 'BucketOwnerEnforced' }] },
  { name: 'tls-deny', buckets: [{ id: 'data', policy: [TLS_DENY] }] },
  {
    name: 'tls-deny-objects-only',
    buckets: [{ id: 'data', policy: [{ ...TLS_DENY, on: ['objects'] }] }],
  },
  {
    name: 'replication',
    buckets: [
      { id: 'replica', versioning: 'Enabled' },
      { id: 'data', versioning: 'Enabled', replicationTo: 'replica' },
    ],
  },
  { name: 'notifications', topics: ['events'], buckets: [{ id: 'data', notifyTopic: 'events' }] },
  {
    name: 'trail-data-events',
    buckets: [{ id: 'trail', ownership: 'BucketOwnerEnforced' }, { id: 'data' }],
    trail: { id: 'audit', bucket: 'trail', dataEventsFor: ['data'] },
  },
  { name: 'param-versioning', buckets: [{ id: 'data', versioning: { param: 'VersioningStatus', planValue: 'Enabled' } }] },
  {
    name: 'param-choice',
    buckets: [
      {
        id: 'data',
        versioning: { ifParam: { param: 'Environment', planValue: 'prod' }, equals: 'prod', then: 'Enabled', else: 'Suspended' },
      },
    ],
  },
  {
    name: 'param-name',
    buckets: [{ id: 'data', name: { param: 'DataBucketName', planValue: 'parity-param-name-data' }, pab: FULL_PAB, policy: [TLS_DENY] }],
  },
  { name: 'website', buckets: [{ id: 'data', website: { index: 'index.html' }, policy: [PUBLIC_READ] }] },
  { name: 'cors-wildcard', buckets: [{ id: 'data', cors: { origins: ['*'], methods: ['GET', 'PUT'] } }] },
  { name: 'eventbridge', buckets: [{ id: 'data', eventBridge: true }] },
  {
    name: 'lifecycle-partial',
    buckets: [
      {
        id: 'data',
        lifecycle: [
          { expirationDays: 30, abortDays: 7, prefix: 'tmp/' },
          { abortDays: 1, disabled: true },
        ],
      },
    ],
  },
  { name: 'object-lock-bare', buckets: [{ id: 'data', versioning: 'Enabled', objectLock: {} }] },
  {
    name: 'policy-not-principal',
    buckets: [
      {
        id: 'data',
        policy: [
          {
            sid: 'AllButAdmin',
            effect: 'Allow',
            principal: { not: { AWS: 'arn:aws:iam::111122223333:role/admin' } },
            actions: ['s3:GetObject'],
            on: ['objects'],
          },
        ],
      },
    ],
  },
  {
    name: 'policy-not-action',
    buckets: [
      {
        id: 'data',
        policy: [
          { sid: 'AlmostAll', effect: 'Allow', principal: '*', actions: ['s3:DeleteBucket'], notAction: true, on: ['bucket', 'objects'] },
        ],
      },
    ],
  },
  {
    name: 'policy-lockout',
    buckets: [{ id: 'data', policy: [{ sid: 'Freeze', effect: 'Deny', principal: '*', actions: ['s3:*'], on: ['bucket', 'objects'] }] }],
  },
  { name: 'acl-half-blocked', buckets: [{ id: 'data', ownership: 'ObjectWriter', acl: 'public-read', pab: { blockPublicAcls: true } }] },
  { name: 'sse-bucket-key-off', buckets: [{ id: 'data', sse: { algorithm: 'aws:kms', kmsKey: KMS_KEY, bucketKey: false } }] },
  {
    name: 'trail-all-buckets',
    buckets: [{ id: 'trail', ownership: 'BucketOwnerEnforced' }, { id: 'data' }],
    trail: { id: 'audit', bucket: 'trail', dataEventsFor: 'all' },
  },
  {
    name: 'trail-read-only',
    buckets: [{ id: 'trail', ownership: 'BucketOwnerEnforced' }, { id: 'data' }],
    trail: { id: 'audit', bucket: 'trail', dataEventsFor: ['data'], readWriteType: 'ReadOnly' },
  },
  {
    name: 'policy-maybe',
    buckets: [{ id: 'data', pab: FULL_PAB, policy: [TLS_DENY], policyIf: { param: 'EnforceTls', planValue: 'true' } }],
  },
  {
    name: 'by-name',
    linkByName: true,
    buckets: [
      { id: 'logs', ownership: 'BucketOwnerEnforced', sse: { algorithm: 'AES256' } },
      {
        id: 'data',
        pab: FULL_PAB,
        logging: { target: 'logs', prefix: 'data/' },
        policy: [TLS_DENY],
        replicationTo: 'logs',
        versioning: 'Enabled',
      },
    ],
    trail: { id: 'audit', bucket: 'logs', dataEventsFor: ['data'] },
  },
  {
    name: 'generated-name',
    buckets: [
      { id: 'logs', name: null, ownership: 'BucketOwnerEnforced' },
      { id: 'data', name: null, pab: FULL_PAB, logging: { target: 'logs', prefix: 'data/' }, policy: [TLS_DENY] },
    ],
  },
  {
    name: 'bucket-maybe',
    buckets: [
      { id: 'logs', ownership: 'BucketOwnerEnforced' },
      {
        id: 'data',
        createIf: { param: 'CreateData', planValue: 'true' },
        versioning: 'Enabled',
        pab: FULL_PAB,
        logging: { target: 'logs', prefix: 'data/' },
        policy: [TLS_DENY],
      },
    ],
  },
  {
    name: 'hardened',
    buckets: [
      { id: 'logs', ownership: 'BucketOwnerEnforced', pab: FULL_PAB, sse: { algorithm: 'AES256' }, versioning: 'Enabled' },
      {
        id: 'data',
        ownership: 'BucketOwnerEnforced',
        pab: FULL_PAB,
        sse: { algorithm: 'aws:kms', kmsKey: KMS_KEY, bucketKey: true },
        versioning: 'Enabled',
        logging: { target: 'logs', prefix: 'data/' },
        lifecycle: [{ noncurrentDays: 30, abortDays: 7 }],
        policy: [TLS_DENY],
      },
    ],
  },
]

export const isParam = (s: unknown): s is Param => typeof s === 'object' && s !== null && 'param' in s
export const isChoice = (s: unknown): s is Choice => typeof s === 'object' && s !== null && 'ifParam' in s

/** Every parameter a case uses, in order of first use. */
export function paramsOf(c: ParityCase): Param[] {
  const out = new Map<string, Param>()
  for (const b of c.buckets) {
    for (const s of [b.name, b.versioning, b.policyIf, b.createIf]) {
      if (isParam(s)) out.set(s.param, s)
      if (isChoice(s)) out.set(s.ifParam.param, s.ifParam)
    }
  }
  return [...out.values()]
}

/** `VersioningStatus` → `versioning_status`. */
export const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
/** `data` → `Data`, `events` → `Events`. */
export const pascal = (s: string) => s.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())
