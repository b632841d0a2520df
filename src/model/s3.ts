/**
 * The provider-neutral S3 model. Parsers (`src/parsers/<format>/to-model.ts`) fill it; rules read it.
 * Nothing here knows `AWS::S3::Bucket` or `aws_s3_bucket`.
 *
 * Conventions:
 * - every setting is a `Value`; a setting the code does not write is `default` with the value AWS
 *   (or the provider) uses and `at` pointing at the owning resource;
 * - canned ACLs, ownership and algorithms use AWS API spellings (`public-read`, `BucketOwnerEnforced`,
 *   `aws:kms`), whatever the format wrote;
 * - references to buckets inside strings are `Str` placeholders (see value.ts).
 */
import type { SourceLocation } from './location.js'
import type { StackLinks } from './stack-links.js'
import type { PolicyDocument, Tri } from './policy.js'
import type { Str, UnknownValue, Value } from './value.js'

export type Format = 'cloudformation' | 'terraform' | 'terraform-plan' | 'cdk'

export interface ResourceOrigin {
  format: Format
  /** Native type, for messages only (`AWS::S3::Bucket`, `aws_s3_bucket`). Rules must not branch on it. */
  type: string
  /** Resource address as users know it: CFN logical id, TF address with instance key, CDK construct path. */
  address: string
  at: SourceLocation
  /** Other places worth showing: the calling `module` block, the cdk.out template, the resource's own line in a module. */
  related?: { message: string; at: SourceLocation }[]
  /** CDK: stack name, construct path, source mapping confidence. */
  cdk?: { stack: string; constructPath: string; confidence: 'trace' | 'construct-id' | 'none' }
  /**
   * Set when the resource may not be deployed (a CloudFormation condition, or a Terraform `count` /
   * `for_each` of the resource or of a module call above it, not known statically). What it would
   * find wrong is still reported; what it protects cannot be counted on, so a rule that passes
   * only because of it reports this as unknown. Terraform setting resources that may not be
   * deployed turn the bucket settings they change into unknowns instead.
   *
   * `conditions` names what must hold for it to exist (a CloudFormation condition, a Terraform
   * `count` / `for_each` expression in its module): resources naming the same ones are deployed
   * together (see `deployedWhenever`). Without it, the reason matches nothing else.
   */
  maybe?: { why: string; at: SourceLocation; conditions?: readonly string[] }
}

export interface PublicAccessBlock {
  /** Whether the code declares a public access block for this bucket at all. */
  declared: Value<boolean>
  blockPublicAcls: Value<boolean>
  ignorePublicAcls: Value<boolean>
  blockPublicPolicy: Value<boolean>
  restrictPublicBuckets: Value<boolean>
  /** Where a fix should go: the block if declared, else the bucket. */
  at: SourceLocation
}

/** The canned ACLs S3 accepts, in API spelling. */
export const CANNED_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'log-delivery-write',
] as const

/** A canned ACL as written: one S3 accepts, or any other text (reported, never assumed private). */
export type CannedAcl = (typeof CANNED_ACLS)[number] | (string & {})

export type AclPermission = 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP' | 'FULL_CONTROL'
export interface AclGrant {
  grantee:
    | { type: 'group'; uri: 'AllUsers' | 'AuthenticatedUsers' | 'LogDelivery' | (string & {}) }
    | { type: 'canonical-user' | 'email' | 'account'; id: Str }
    /**
     * A grantee only known at deploy time. `mayBeGroup`: it may be a group, AllUsers or
     * AuthenticatedUsers among them (a Group whose URI, or a grantee whose type, is a variable);
     * unset when only an account's id or email is unknown, which opens nothing to the public.
     */
    | { type: 'unknown'; why: string; mayBeGroup?: boolean }
  permission: Value<AclPermission | (string & {})>
  at: SourceLocation
}
export interface Acl {
  canned: Value<CannedAcl>
  grants: Value<AclGrant[]>
}

export type ObjectOwnership = 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter' | (string & {})

export interface Encryption {
  /** Whether default encryption is configured in code (AWS applies SSE-S3 since Jan 2023 otherwise). */
  declared: Value<boolean>
  /** `AES256`, `aws:kms`, `aws:kms:dsse`. */
  algorithm: Value<string>
  /** `null` when no key is named (AWS managed `aws/s3` key for KMS). */
  kmsKeyId: Value<Str | null>
  bucketKeyEnabled: Value<boolean>
  /** e.g. `['SSE-C']` when SSE-C uploads are blocked. */
  blockedEncryptionTypes: Value<string[]>
  at: SourceLocation
}

export interface Versioning {
  status: Value<'Enabled' | 'Suspended' | 'Disabled'>
  mfaDelete: Value<boolean>
  /** False where the format has no way to set MFA delete (CloudFormation); rules then stay quiet. */
  mfaDeleteConfigurable: boolean
  at: SourceLocation
}

export interface Logging {
  /** Target bucket (name or placeholder), `null` when logging is off. */
  targetBucket: Value<Str | null>
  targetPrefix: Value<Str | null>
  at: SourceLocation
}

export interface LifecycleRule {
  id?: string
  enabled: Value<boolean>
  expirationDays: Value<number | null>
  hasTransitions: boolean
  noncurrentVersionExpirationDays: Value<number | null>
  abortIncompleteMultipartUploadDays: Value<number | null>
  /**
   * Set by parsers when S3 refuses the rule as written, and with it the whole configuration (an
   * expiration with both days and `ExpiredObjectDeleteMarker`, a rule without any action): why,
   * and where. See `lifecycleRefusal`.
   */
  refused?: { why: string; at: SourceLocation }
  /**
   * True when a filter (prefix, tags, object size) limits the rule to part of the bucket; `unknown`
   * when one may, but is only known at deploy time (a prefix from a parameter without a default).
   */
  filtered: Tri
  /** Why `filtered` is `unknown`, and where; set only then. */
  filterUnknown?: UnknownValue
  at: SourceLocation
}

export interface ObjectLock {
  enabled: Value<boolean>
  defaultRetention: Value<{ mode: string; days?: number; years?: number } | null>
  at: SourceLocation
  /**
   * True when the code turns Object Lock on only with a configuration applied once the bucket
   * exists (CloudFormation's `ObjectLockConfiguration` without the bucket's `ObjectLockEnabled:
   * true`; Terraform's `aws_s3_bucket_object_lock_configuration` on a bucket without
   * `object_lock_enabled = true`). S3 then takes it only on a bucket whose versioning is already
   * Enabled, and does not turn versioning on itself, as it does when it creates a bucket with
   * Object Lock. Parsers set it; `versioningFromObjectLock` weighs it.
   */
  afterCreation?: boolean
  /** Set by `versioningFromObjectLock` when S3 refuses the Object Lock the code asks for: why, and where. */
  refused?: { why: string; at: SourceLocation }
}

export interface NotificationTarget {
  type: 'lambda' | 'queue' | 'topic' | 'eventbridge'
  events: string[]
  at: SourceLocation
}

export interface ReplicationRule {
  status: Value<string>
  destinationBucket: Value<Str>
  at: SourceLocation
}
export interface Replication {
  rules: ReplicationRule[]
  at: SourceLocation
}

export interface Website {
  indexDocument?: Str
  redirectAllRequestsTo?: Str
  at: SourceLocation
}

export interface CorsRule {
  allowedOrigins: Str[]
  /** Where the origins are listed, when they are. */
  originsAt?: SourceLocation
  allowedMethods: Str[]
  allowedHeaders: Str[]
  at: SourceLocation
}

/** How the code says an inline suppression; applied by the engine. */
export interface InlineSuppression {
  /** Our rule id or a peer id (`CKV_AWS_18`, `W35`, `AwsSolutions-S1`...), mapped by the engine. */
  rule: string
  reason?: string
  until?: string
  syntax: 's3-gate' | 'checkov' | 'cfn_nag' | 'trivy' | 'tfsec' | 'cdk-nag' | 'cfn-guard' | 'kics'
  at: SourceLocation
}

export interface Bucket {
  /** Resource address; unique within the model; also the `resource` of findings. */
  id: string
  origin: ResourceOrigin
  /**
   * False for a bucket defined elsewhere that this code only attaches something to (a bucket
   * policy naming an existing bucket). Its own settings are unknown; `id`/`origin` are those of
   * the attached resource. Every setting not written here is `unknown` (see `externalBucket`), and
   * the engine does not list those unknowns.
   */
  managed: boolean
  /** Bucket name; `default` (with a placeholder) when AWS generates it. */
  name: Value<Str>
  tags: Record<string, Value<string>>
  publicAccessBlock: PublicAccessBlock
  acl: Acl
  /**
   * Terraform: what decides the AWS account it is deployed to, as its provider configuration
   * writes it (credentials, role, profile, allowed accounts); undefined for the default provider
   * without them. An account block counts for certain only for buckets with the same.
   */
  deployedBy?: string
  ownership: Value<ObjectOwnership>
  /** Every policy document attached to the bucket (bucket policy resources, inline `policy`). */
  policies: PolicyDocument[]
  /**
   * True when the bucket is declared outside this code and its bucket policy may be too, so an
   * empty `policies` does not mean "no policy". Parsers set it for buckets they know only from
   * attached settings resources and for which no policy resource appears here; undefined = the
   * code holds every policy of the bucket. Rules that judge a missing statement report unknown.
   */
  policyDefinedElsewhere?: boolean
  encryption: Encryption
  versioning: Versioning
  logging: Logging
  lifecycle: Value<LifecycleRule[]>
  objectLock: ObjectLock
  notifications: Value<NotificationTarget[]>
  replication: Value<Replication | null>
  website: Value<Website | null>
  cors: Value<CorsRule[]>
  suppressions: InlineSuppression[]
  /** Filled by `linkModel`: buckets that deliver access logs here, trails that write here, access points. */
  links: BucketLinks
}

export interface BucketLinks {
  logSourceOf: string[]
  /** True when the bucket receives logs: another bucket logs to it, a log-delivery ACL, or a logging.s3 policy. */
  isLogTarget: boolean
  trailIds: string[]
  accessPointIds: string[]
  /** Buckets of this unit whose replication rules deliver into this one (enabled, both sides versioned). */
  replicaOf: string[]
  /**
   * Replication into this bucket that may or may not deliver (a rule's status, or a side's
   * versioning, only known at deploy time): the source, and why. Set only when there is one.
   */
  replicaMaybeOf?: { from: string; why: string; at: SourceLocation }[]
  /** Other services that deliver their logs here (see `LogDelivery`). */
  logDeliveries: { service: LogDelivery['service']; from: string }[]
}

/**
 * A load balancer's access logs or a CloudFront distribution's standard logs, written into a
 * bucket: ELB delivers only to buckets encrypted with SSE-S3, CloudFront standard logging only to
 * buckets that keep ACLs enabled, so those buckets are no place for the usual one-click fixes.
 */
export interface LogDelivery {
  service: 'elb' | 'cloudfront'
  /** The resource that delivers (its address or logical id). */
  from: string
  /** The bucket, by name or (CloudFront) by domain name. */
  bucket: Str
}

export interface AccessPoint {
  id: string
  origin: ResourceOrigin
  multiRegion: boolean
  /** Bucket(s) served; names or placeholders. */
  buckets: Value<Str>[]
  publicAccessBlock: PublicAccessBlock
  /** `Internet` or `VPC`. */
  networkOrigin: Value<string>
  policies: PolicyDocument[]
  suppressions: InlineSuppression[]
}

export interface AccountPublicAccessBlock {
  id: string
  origin: ResourceOrigin
  publicAccessBlock: PublicAccessBlock
  suppressions: InlineSuppression[]
  /** See `Bucket.deployedBy`. */
  deployedBy?: string
}

export interface DataEventSelector {
  /** `All`, `ReadOnly`, `WriteOnly`. */
  readWriteType: Value<string>
  /** S3 ARN prefixes the selector records (`arn:aws:s3` = every bucket); `[]` when not about S3 objects. */
  s3Resources: Str[]
  /** True for advanced selectors (`resources.type = AWS::S3::Object`), whose ARN filter may be open. */
  advanced: boolean
  at: SourceLocation
  /**
   * Where an advanced selector's filter on another field (`eventName`, `userIdentity.arn`,
   * `eventType`...) records only some object events, and that field.
   */
  someEvents?: SourceLocation
  someEventsField?: string
}

export interface Trail {
  id: string
  origin: ResourceOrigin
  bucketName: Value<Str>
  isMultiRegion: Value<boolean>
  logFileValidation: Value<boolean>
  isLogging: Value<boolean>
  cloudWatchLogsGroup: Value<Str | null>
  kmsKeyId: Value<Str | null>
  dataEvents: Value<DataEventSelector[]>
  /**
   * When `bucketName` is one of several buckets of this unit, chosen at deploy time (`!If`, a
   * conditional, an unknown index): each of them, with why it may be the one.
   */
  bucketChoices?: { bucketId: string; why: string }[]
  suppressions: InlineSuppression[]
}

/**
 * A CloudTrail Lake event data store (`AWS::CloudTrail::EventDataStore`,
 * `aws_cloudtrail_event_data_store`). It writes to no bucket, so only its data events matter: one
 * recording every S3 object read and write covers the trails that do not.
 */
export interface EventDataStore {
  id: string
  origin: ResourceOrigin
  /** `IngestionEnabled` (CloudFormation), `!suspend` (Terraform); a suspended store records nothing. */
  isLogging: Value<boolean>
  dataEvents: Value<DataEventSelector[]>
}

export interface IamPolicy {
  id: string
  origin: ResourceOrigin
  /** `inline`: embedded in a role/user/group; `managed`: a standalone managed policy resource. */
  kind: 'inline' | 'managed'
  /** An AWS managed policy attached to the identity `id` (`AmazonS3FullAccess`), located at the attachment. */
  awsManaged?: string
  document: PolicyDocument
  suppressions: InlineSuppression[]
}

export interface MetricFilter {
  id: string
  origin: ResourceOrigin
  logGroup: Value<Str>
  pattern: Value<string>
  metricName: Value<Str>
  metricNamespace: Value<Str>
  /** Inline suppressions written on the filter (parsers that do not collect them leave it undefined). */
  suppressions?: InlineSuppression[]
}

export interface MetricAlarm {
  id: string
  origin: ResourceOrigin
  metricName: Value<Str>
  namespace: Value<Str>
  suppressions?: InlineSuppression[]
}

/** A single S3 object managed by IaC (`aws_s3_object`, `aws_s3_bucket_object`, `aws_s3_object_copy`). */
export interface S3Object {
  id: string
  origin: ResourceOrigin
  kind: 'object' | 'object-copy'
  bucket: Value<Str>
  serverSideEncryption: Value<string | null>
  kmsKeyId: Value<Str | null>
  /** The canned ACL the object is written with; `null` when none is set (private). */
  acl: Value<CannedAcl | null>
  suppressions: InlineSuppression[]
}

/** Everything one scan unit (a template, a root module, a cloud assembly stack) defines. */
export interface S3Model {
  /** File or directory the unit was read from. */
  unit: string
  format: Format
  buckets: Bucket[]
  accessPoints: AccessPoint[]
  accountPublicAccessBlocks: AccountPublicAccessBlock[]
  trails: Trail[]
  eventDataStores: EventDataStore[]
  iamPolicies: IamPolicy[]
  metricFilters: MetricFilter[]
  alarms: MetricAlarm[]
  objects: S3Object[]
  logDeliveries: LogDelivery[]
  /** What other units may link to here and what this unit links to elsewhere (src/cross-stack.ts). */
  stackLinks?: StackLinks
}

export function emptyModel(unit: string, format: Format): S3Model {
  return {
    unit,
    format,
    buckets: [],
    accessPoints: [],
    accountPublicAccessBlocks: [],
    trails: [],
    eventDataStores: [],
    iamPolicies: [],
    metricFilters: [],
    alarms: [],
    objects: [],
    logDeliveries: [],
  }
}
