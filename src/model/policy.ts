/**
 * IAM policy documents (bucket policies, access point policies, IAM policies) and their meaning.
 * Follows AWS's own definition of a "public" policy (S3 User Guide, "The meaning of public"):
 * a statement that allows a wildcard principal is not public when a condition pins it to fixed
 * values of certain keys (source ARN/account/VPC/VPCE/IP CIDR, principal org/account/ARN...).
 */
import { wildcardContains, wildcardMatches } from './arn.js'
import type { SourceLocation } from './location.js'
import type { Placeholder, Str, StrPart, Value } from './value.js'
import { makeStr, strParts, unknownValue } from './value.js'

export type Tri = true | false | 'unknown'

export interface PolicyDocument {
  /** The resource that carries the document (bucket policy resource, IAM policy, access point). */
  owner: string
  at: SourceLocation
  statements: PolicyStatement[]
  /** Set when the document as a whole could not be read (e.g. `policy = var.policy`). */
  unknown?: { why: string; at: SourceLocation }
  /** Set when the resource that carries it may not be deployed, as in `ResourceOrigin.maybe`. */
  maybe?: { why: string; at: SourceLocation }
  /**
   * Terraform: the policy may be (`maybe`) or is (`always`) applied before the bucket's separate
   * public access block, whose BlockPublicPolicy then does not reject it.
   */
  precedesBlock?: 'maybe' | 'always'
  /** The same against an account public access block of the same configuration. */
  precedesAccountBlock?: 'maybe' | 'always'
}

export interface PolicyStatement {
  sid?: string
  at: SourceLocation
  effect: Value<'Allow' | 'Deny'>
  principal: PrincipalField
  action: ListField
  resource: ListField
  /** Empty list when the statement has no Condition. */
  conditions: Value<PolicyCondition[]>
  /** The conditions as written, kept when `markMaybeDeployed` made `conditions` unknown. */
  writtenConditions?: Value<PolicyCondition[]>
  /**
   * The statement is on one side of a choice made at deploy time (a CloudFormation `Fn::If` on an
   * unknown condition, neither side `AWS::NoValue`): exactly one side of `group` is in the policy.
   * Its `conditions` are unknown for that reason, `writtenConditions` hold its own.
   */
  choice?: { group: object; side: number; sides: number }
}

export interface PrincipalField {
  /** `none`: the statement names no principal (normal for IAM identity policies). */
  field: 'Principal' | 'NotPrincipal' | 'none'
  entries: Value<PrincipalEntry[]>
}
export interface PrincipalEntry {
  /** `*` is the bare `"Principal": "*"` form. */
  type: '*' | 'AWS' | 'Service' | 'Federated' | 'CanonicalUser'
  value: Str
}

export interface ListField {
  /** `none`: the field is absent; `not`: NotAction / NotResource. */
  field: 'none' | 'plain' | 'not'
  values: Value<Str[]>
}

export interface PolicyCondition {
  /** As written, e.g. `ForAnyValue:StringEqualsIfExists`. */
  operator: string
  /** As written; compare with `conditionKey()` (keys are case-insensitive). */
  key: string
  values: Str[]
  at: SourceLocation
  /**
   * IAM substitutes no policy variables here: the document's `Version` is `2008-10-17`, or it has
   * none. `${aws:username}` is then the text `${aws:username}`. Set by `applyPolicyVersion`.
   */
  literalVariables?: true
}

/**
 * A policy whose resource may not be deployed: what its Allow statements grant is still reported,
 * but its Deny statements cannot be counted on to protect the bucket. They keep their effect (they
 * never grant anything) and apply only under unknown conditions.
 */
export function markMaybeDeployed(doc: PolicyDocument, maybe: NonNullable<PolicyDocument['maybe']>): void {
  doc.maybe = maybe
  for (const s of doc.statements)
    if (s.effect.state !== 'unknown' && s.effect.value === 'Deny') {
      // Neither side of a choice in a policy that may not be deployed is sure to apply.
      delete s.choice
      s.writtenConditions = s.conditions
      s.conditions = unknownValue(maybe.why, s.at)
    }
}

// ---------------------------------------------------------------------------------------------
// Actions

/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
export function actionPatternMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase()
  const a = action.toLowerCase()
  // `GetObject` without a service prefix is invalid IAM, but the intent is plain; match it on the action name.
  const subject = !p.includes(':') && p !== '*' ? a.slice(a.indexOf(':') + 1) : a
  // Most patterns name one action: no need to build a wildcard matcher for each comparison.
  if (!p.includes('*') && !p.includes('?')) return p === subject
  return wildcardMatches(p, subject)
}

/** Does the statement's Action/NotAction cover `action`? */
export function statementAppliesToAction(stmt: PolicyStatement, action: string): Tri {
  const f = stmt.action
  if (f.field === 'none') return f.values.state === 'unknown' ? 'unknown' : false
  if (f.values.state === 'unknown') return 'unknown'
  let sawUnknown = false
  let matched = false
  for (const v of f.values.value) {
    if (typeof v !== 'string') {
      sawUnknown = true
      continue
    }
    if (actionPatternMatches(v, action)) {
      matched = true
      break
    }
  }
  if (f.field === 'plain') return matched ? true : sawUnknown ? 'unknown' : false
  return matched ? false : sawUnknown ? 'unknown' : true
}

/** The statement's actions that match any of `actions` (for messages). */
export function matchingActions(stmt: PolicyStatement, actions: readonly string[]): string[] {
  return actions.filter((a) => statementAppliesToAction(stmt, a) === true)
}

// The lists below name every S3 action on a bucket or its objects: AWS calls a policy public when
// a wildcard principal gets any Get, List, Put or Delete action, so an action left out of them
// (s3:PutBucketTagging, s3:DeleteObjectTagging) would let such a grant pass unseen.

/** Reading object content: what "public read" means to most people. */
export const OBJECT_READ_ACTIONS = [
  's3:GetObject',
  's3:GetObjectVersion',
  's3:GetObjectAttributes',
  's3:GetObjectTagging',
  's3:GetObjectTorrent',
  's3:GetObjectVersionAttributes',
  's3:GetObjectVersionTagging',
  's3:GetObjectVersionTorrent',
  's3:GetObjectVersionForReplication',
] as const
export const LIST_ACTIONS = [
  's3:ListBucket',
  's3:ListBucketVersions',
  's3:ListBucketMultipartUploads',
  's3:ListMultipartUploadParts',
] as const
/** Reading configuration: reveals policies, ACLs and layout. */
export const METADATA_READ_ACTIONS = [
  's3:GetBucketPolicy',
  's3:GetBucketAcl',
  's3:GetObjectAcl',
  's3:GetBucketLocation',
  's3:GetBucketVersioning',
  's3:GetBucketWebsite',
  's3:GetLifecycleConfiguration',
  's3:GetEncryptionConfiguration',
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketPolicyStatus',
  's3:GetBucketOwnershipControls',
  's3:GetBucketTagging',
  's3:GetBucketCORS',
  's3:GetBucketLogging',
  's3:GetBucketNotification',
  's3:GetBucketObjectLockConfiguration',
  's3:GetBucketRequestPayment',
  's3:GetReplicationConfiguration',
  's3:GetAccelerateConfiguration',
  's3:GetAnalyticsConfiguration',
  's3:GetInventoryConfiguration',
  's3:GetMetricsConfiguration',
  's3:GetIntelligentTieringConfiguration',
  's3:GetObjectVersionAcl',
  's3:GetObjectLegalHold',
  's3:GetObjectRetention',
] as const
export const OBJECT_WRITE_ACTIONS = [
  's3:PutObject',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:RestoreObject',
  's3:AbortMultipartUpload',
  's3:PutObjectTagging',
  's3:PutObjectRetention',
  's3:PutObjectLegalHold',
  's3:ReplicateObject',
  's3:ReplicateDelete',
  's3:ReplicateTags',
  's3:DeleteObjectTagging',
  's3:DeleteObjectVersionTagging',
  's3:PutObjectVersionTagging',
  's3:BypassGovernanceRetention',
  's3:ObjectOwnerOverrideToBucketOwner',
] as const
export const WRITE_ACTIONS = [
  ...OBJECT_WRITE_ACTIONS,
  's3:DeleteBucket',
  's3:PutLifecycleConfiguration',
  's3:PutBucketVersioning',
  's3:PutBucketWebsite',
  's3:PutBucketCORS',
  's3:PutBucketLogging',
  's3:PutBucketNotification',
  's3:PutBucketTagging',
  's3:PutBucketRequestPayment',
  's3:PutBucketObjectLockConfiguration',
  's3:PutReplicationConfiguration',
  's3:PutAccelerateConfiguration',
  's3:PutAnalyticsConfiguration',
  's3:PutInventoryConfiguration',
  's3:PutMetricsConfiguration',
  's3:PutIntelligentTieringConfiguration',
  's3:DeleteBucketWebsite',
] as const
/** Actions that change who can access the bucket (S3.6's "dangerous" list plus BPA/ownership). */
export const PERMISSION_ACTIONS = [
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutObjectAcl',
  's3:PutObjectVersionAcl',
  's3:PutEncryptionConfiguration',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketOwnershipControls',
  's3:DeleteBucketOwnershipControls',
] as const
/** Security Hub S3.6: actions that must not be granted to other accounts. */
export const CROSS_ACCOUNT_DANGEROUS_ACTIONS = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
] as const

/**
 * Actions that act on objects (`bucket/*`); every other action of the lists above acts on the
 * bucket ARN. A statement grants an action only on the ARNs its Resource covers: s3:GetObject on
 * `arn:aws:s3:::b` grants nothing, nor does s3:ListBucket on `arn:aws:s3:::b/*`.
 */
const OBJECT_LEVEL_ACTIONS = new Set(
  [
    ...OBJECT_READ_ACTIONS,
    's3:ListMultipartUploadParts',
    's3:GetObjectAcl',
    's3:GetObjectVersionAcl',
    's3:GetObjectLegalHold',
    's3:GetObjectRetention',
    ...OBJECT_WRITE_ACTIONS,
    's3:PutObjectAcl',
    's3:PutObjectVersionAcl',
  ].map((a) => a.toLowerCase()),
)
export function actionTargetsObjects(action: string): boolean {
  const a = action.toLowerCase()
  if (OBJECT_LEVEL_ACTIONS.has(a)) return true
  // An action the lists lack acts on objects when its noun is one (`s3:GetObjectFoo`), as every listed one does.
  return !LISTED_ACTIONS.has(a) && /^(?:s3:)?(?:get|put|delete|list|restore|abort|replicate)object/.test(a)
}

/**
 * `settingsWrite`: changing a bucket setting through an action the lists above lack
 * (`s3:DeleteBucketMetadataTableConfiguration`); the listed ones keep their own classes.
 */
export type AccessClass = 'objectRead' | 'list' | 'metadataRead' | 'write' | 'settingsWrite' | 'permissions'
export const ACCESS_CLASS_ACTIONS: Record<AccessClass, readonly string[]> = {
  objectRead: OBJECT_READ_ACTIONS,
  list: LIST_ACTIONS,
  metadataRead: METADATA_READ_ACTIONS,
  write: WRITE_ACTIONS,
  settingsWrite: [],
  permissions: PERMISSION_ACTIONS,
}
export const READ_CLASSES: readonly AccessClass[] = ['objectRead', 'list', 'metadataRead']
export const WRITE_CLASSES: readonly AccessClass[] = ['write', 'settingsWrite', 'permissions']

const LISTED_ACTIONS = new Set(Object.values(ACCESS_CLASS_ACTIONS).flatMap((list) => list.map((a) => a.toLowerCase())))

/**
 * The actions a statement's Action names that match none of the lists above (S3 keeps adding
 * them: `s3:GetBucketMetadataTableConfiguration`), classed by verb as AWS's definition of a public
 * policy treats them: any `s3:Get*` or `s3:List*` reads, any `s3:Put*` or `s3:Delete*`,
 * AbortMultipartUpload or RestoreObject writes. Literal names, and patterns whose verb is written
 * out (`s3:GetBucketMeta*`); `s3:Get*` matches listed actions, which say more.
 */
export function unlistedActions(stmt: PolicyStatement): { action: string; cls: AccessClass }[] {
  const f = stmt.action
  if (f.field !== 'plain' || f.values.state === 'unknown') return []
  const out: { action: string; cls: AccessClass }[] = []
  for (const v of f.values.value) {
    if (typeof v !== 'string') continue
    const m = /^(?:s3:)?(get|list|put|delete|abort|restore)(.+)$/i.exec(v)
    if (!m || LISTED_ACTIONS.has(v.toLowerCase()) || matchesListedAction(v) || NOT_IAM_ACTION.test(v)) continue
    const verb = m[1]!.toLowerCase()
    const objects = actionTargetsObjects(v)
    out.push({ action: v, cls: unlistedClass(verb, objects) })
  }
  return out
}

/**
 * Names of S3 API operations that are no IAM action: S3 authorises ListObjects and ListObjectsV2
 * through s3:ListBucket and ListObjectVersions through s3:ListBucketVersions, so no `s3:ListObject*`
 * action exists, and a statement that names one grants nothing.
 */
const NOT_IAM_ACTION = /^(?:s3:)?listobject/i

/** Unlisted `s3:List*` actions list no objects (ListAllMyBuckets, ListAccessPoints): they read what the bucket holds besides. */
function unlistedClass(verb: string, objects: boolean): AccessClass {
  if (verb === 'get') return objects ? 'objectRead' : 'metadataRead'
  if (verb === 'list') return 'metadataRead'
  return objects || verb === 'abort' || verb === 'restore' ? 'write' : 'settingsWrite'
}

function matchesListedAction(pattern: string): boolean {
  if (!/[*?]/.test(pattern)) return false
  for (const a of LISTED_ACTIONS) if (actionPatternMatches(pattern, a)) return true
  return false
}

/**
 * `statementAppliesToAction` for an action that may be a pattern (`s3:GetBucketMeta*`): true only
 * when the statement covers every action the pattern matches, which only Action patterns that
 * take it in for certain do (`s3:*`, `s3:Get*`). NotAction is never sure to spare none of them.
 */
export function statementAppliesToActions(stmt: PolicyStatement, pattern: string): Tri {
  if (!/[*?]/.test(pattern)) return statementAppliesToAction(stmt, pattern)
  const f = stmt.action
  if (f.values.state === 'unknown') return 'unknown'
  if (f.field !== 'plain') return false
  const full = (p: string) => (p.includes(':') || p === '*' ? p : `s3:${p}`).toLowerCase()
  let sawUnknown = false
  for (const v of f.values.value) {
    if (typeof v !== 'string') sawUnknown = true
    else if (wildcardContains(full(v), full(pattern))) return true
  }
  return sawUnknown ? 'unknown' : false
}

/** Which access classes the statement grants; `unknown` classes when actions are unresolved. */
export function accessClasses(stmt: PolicyStatement): { granted: AccessClass[]; unknown: AccessClass[] } {
  const granted: AccessClass[] = []
  const unknown: AccessClass[] = []
  const unlisted = unlistedActions(stmt)
  for (const cls of Object.keys(ACCESS_CLASS_ACTIONS) as AccessClass[]) {
    let any: Tri = unlisted.some((u) => u.cls === cls)
    for (const a of ACCESS_CLASS_ACTIONS[cls]) {
      if (any === true) break
      const r = statementAppliesToAction(stmt, a)
      if (r === true) any = true
      else if (r === 'unknown') any = 'unknown'
    }
    if (any === true) granted.push(cls)
    else if (any === 'unknown') unknown.push(cls)
  }
  return { granted, unknown }
}

/** `*` or `s3:*` in Action (not NotAction). */
export function hasWildcardAction(stmt: PolicyStatement): boolean {
  if (stmt.action.field !== 'plain' || stmt.action.values.state === 'unknown') return false
  return stmt.action.values.value.some((v) => typeof v === 'string' && (v === '*' || v.toLowerCase() === 's3:*'))
}

// ---------------------------------------------------------------------------------------------
// Principals

/** A principal value that stands for "anyone": `*`, or an ARN whose account part is a wildcard. */
export function isWildcardPrincipalValue(v: Str): Tri {
  if (typeof v !== 'string') {
    const parts = strParts(v)
    let only: Extract<Placeholder, { kind: 'unknown' }> | undefined
    let unknowns = 0
    for (const p of parts) if (typeof p !== 'string' && p.kind === 'unknown' && unknowns++ === 0) only = p
    // One of a few known strings (an account id by Region): everyone only if they all say so.
    if (unknowns === 1 && only?.oneOf) {
      const answers = new Set(only.oneOf.map((o) => isWildcardPrincipalValue(makeStr(parts.map((p) => (p === only ? o : p))))))
      return answers.size === 1 ? [...answers][0]! : 'unknown'
    }
    // `arn:aws:iam::${AWS::AccountId}:root` is a fixed principal; a fully unknown value is not.
    if (unknowns > 0) return namesOneAccount(parts) ? false : 'unknown'
    // Other placeholders (`${AWS::Partition}`, a bucket's name) hold no wildcard, nor a `:` in the account.
    if (parts.some((p) => p === '*')) return true
    return accountIsWildcard(parts.map((p) => (typeof p === 'string' ? p : '\u0000')).join(''))
  }
  if (v === '*') return true
  return accountIsWildcard(v)
}

/**
 * `arn:aws:iam::*:root`, `arn:aws:sts::*:assumed-role/r/s`, `arn:aws:iam::12345678901*:root`: IAM
 * takes no wildcard in part of a principal ARN (only `*` as the whole principal), so a `*` or `?`
 * in the account field matches no fixed account, and reads as anyone's, as S3 reads it.
 */
function accountIsWildcard(arn: string): boolean {
  // By the colons, not by `/^arn:[^:]*:[^:]*:[^:]*:[^:]*[*?][^:]*:/`: that RegExp backtracked
  // quadratically over an account field of `*` with no colon after it (150 KB held a scan 4 minutes).
  if (!arn.startsWith('arn:')) return false
  let start = 0
  for (let field = 0; field < 4; field++) {
    start = arn.indexOf(':', start) + 1
    if (start === 0) return false
  }
  const end = arn.indexOf(':', start)
  return end >= 0 && /[*?]/.test(arn.slice(start, end))
}

/**
 * `arn:aws:iam::${Account}:root`, `arn:aws:sts::${Account}:assumed-role/...`: an IAM or STS ARN
 * whose account is the one part only known at deploy time. That field takes a 12-digit account id
 * and IAM rejects a wildcard in part of a principal ARN, so unlike a literal `*` written there,
 * nothing in it says "everyone": it names principals of one account.
 */
function namesOneAccount(parts: readonly StrPart[]): boolean {
  const shape = parts.map((p) => (typeof p === 'string' ? p : p.kind === 'unknown' ? '\u0000' : '\u0001')).join('')
  return /^arn:[^:\u0000]*:(?:iam|sts)::\u0000:[^\u0000*?]+$/.test(shape)
}

/**
 * Does the statement name everyone as its principal? `NotPrincipal` counts as everyone except
 * the listed ones (which, on an Allow, is public), unless it lists `*`: everyone except everyone
 * is no one (a Deny of that kind shuts out nobody).
 *
 * On a Deny, only `"*"` and `{"AWS": "*"}` certainly take in everyone. IAM matches no wildcard
 * inside a principal (`arn:aws:iam::*:root`, `{"Service": "*"}`, `{"CanonicalUser": "*"}`), so
 * such a Deny may deny no one, or S3 may refuse the policy: either way it cannot be counted on,
 * and it is `unknown`. On an Allow such a principal still reads as anyone's, as S3 reads it.
 */
export function principalIsEveryone(stmt: PolicyStatement): Tri {
  const p = stmt.principal
  if (p.field === 'none') return false
  if (p.entries.state === 'unknown') return 'unknown'
  if (p.field === 'NotPrincipal') return !p.entries.value.some((e) => e.type === '*' || (e.type === 'AWS' && e.value === '*'))
  const deny = isDeny(stmt) === true
  let result: Tri = false
  for (const e of p.entries.value) {
    if (e.type === '*' || e.type === 'AWS' || e.type === 'Service' || e.type === 'CanonicalUser') {
      const w = isWildcardPrincipalValue(e.value)
      if (w === true && deny && !deniesEveryone(e)) result = 'unknown'
      else if (w === true) return true
      if (w === 'unknown') result = 'unknown'
    }
  }
  return result
}

/** `"*"` or `{"AWS": "*"}`: the principals a Deny certainly applies to all callers with. */
function deniesEveryone(e: PrincipalEntry): boolean {
  if (e.type === '*') return true
  if (e.type !== 'AWS') return false
  if (typeof e.value === 'string') return e.value === '*'
  const parts = strParts(e.value)
  return parts.length === 1 && parts[0] === '*'
}

/** 12-digit account ids named as principals (literal ones only). */
export function principalAccounts(stmt: PolicyStatement): { account: string; value: string }[] {
  const p = stmt.principal
  if (p.field !== 'Principal' || p.entries.state === 'unknown') return []
  const out: { account: string; value: string }[] = []
  for (const e of p.entries.value) {
    if (e.type !== 'AWS' || typeof e.value !== 'string') continue
    const m = /^(\d{12})$/.exec(e.value) ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(e.value)
    if (m) out.push({ account: m[1]!, value: e.value })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Conditions

export function conditionKey(c: PolicyCondition): string {
  return c.key.toLowerCase()
}

interface ParsedOperator {
  base: string
  ifExists: boolean
  set: 'none' | 'any' | 'all'
}
export function parseOperator(op: string): ParsedOperator {
  let rest = op
  let set: ParsedOperator['set'] = 'none'
  const lower = op.toLowerCase()
  if (lower.startsWith('foranyvalue:')) {
    set = 'any'
    rest = op.slice('ForAnyValue:'.length)
  } else if (lower.startsWith('forallvalues:')) {
    set = 'all'
    rest = op.slice('ForAllValues:'.length)
  }
  let ifExists = false
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true
    rest = rest.slice(0, -'IfExists'.length)
  }
  return { base: rest.toLowerCase(), ifExists, set }
}

/** Keys that, pinned to fixed values, make a wildcard-principal statement non-public (AWS's list + org/principal keys). */
const RESTRICTING_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceowner',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:sourceip',
  // Not `aws:VpcSourceIp`: a private address any account's VPC may hold (10.0.0.1 is in thousands),
  // so it pins no caller unless `aws:SourceVpc`/`aws:SourceVpce` does, and AWS's list leaves it out.
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  's3:x-amz-server-side-encryption-aws-kms-key-id',
  's3:dataaccesspointaccount',
  's3:dataaccesspointarn',
])
const POSITIVE_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress'])

/** Operators whose values may carry `*`/`?` wildcards (ArnEquals matches like ArnLike). */
const WILDCARD_OPERATORS = new Set(['stringlike', 'stringnotlike', 'arnequals', 'arnlike', 'arnnotequals', 'arnnotlike'])
const IP_KEYS = new Set(['aws:sourceip'])

/**
 * Is `v` one fixed value of `key` under operator `base`? A deploy-time placeholder is one value
 * chosen at deploy time, so it pins the caller, except where that value itself could open the
 * door: a CIDR (`0.0.0.0/0`) or a pattern under a wildcard operator (`*`). Those are unknown.
 */
function isFixedValue(key: string, base: string, v: Str, literal: boolean): Tri {
  if (typeof v !== 'string') {
    const parts = strParts(v)
    if (reads(base, parts)) return pinsOneOwner(key, parts)
    const vars = parts.map((p) => (typeof p === 'string' ? variableIn(p, literal) : undefined)).find((x) => x !== undefined)
    if (vars !== undefined) return vars
    const opaque = parts.some((p) => typeof p !== 'string' && p.kind === 'unknown')
    if (!opaque || !(IP_KEYS.has(key) || WILDCARD_OPERATORS.has(base))) return true
    return pinsOneOwner(key, parts) === true || 'unknown'
  }
  // A wildcard is no fixed address either (`StringLike aws:SourceIp "*"` matches every caller).
  if (IP_KEYS.has(key)) return !/[*?]/.test(v) && !isBroadCidr(v)
  if (pinsOneOwner(key, [v]) === true) return true
  const variable = variableIn(v, literal)
  if (variable !== undefined) return variable
  if (!reads(base, [v])) return true
  // AWS's one pattern: a fixed unique id and any session of it (`AROAEXAMPLEID:*`), not `AROA*:*`.
  if (key === 'aws:userid') return !/[*?]/.test(v) || /^[^*?:]+:\*$/.test(v)
  return !/[*?]/.test(v)
}

/**
 * Does the value hold a wildcard that `base` reads as one? Only StringLike and the ARN operators
 * match patterns: under StringEquals a `*` is one literal character, so `StringEquals
 * aws:SourceVpce "*"` lets in only an endpoint named `*`, which none is (S3 calls it not public).
 */
function reads(base: string, parts: readonly StrPart[]): boolean {
  return WILDCARD_OPERATORS.has(base) && parts.some((p) => typeof p === 'string' && /[*?]/.test(p))
}

/** The stack's own partition and account stand for one fixed value of the right shape. */
const PSEUDO_PINNED: Partial<Record<string, string>> = { partition: 'aws', account: '111111111111' }
const ORG_PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:sourceorgpaths'])
const ARN_KEYS = new Set(['aws:principalarn', 'aws:sourcearn', 's3:dataaccesspointarn'])

/**
 * A pattern that still pins one AWS account or organization, whatever its wildcards match after
 * that: `o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*` (AWS's own example for `aws:PrincipalOrgPaths`,
 * under `ForAnyValue:StringLike`) lets in only that organization's accounts, and
 * `arn:aws:iam::111122223333:role/*` only that account's roles, as Access Analyzer reads them.
 * An ARN without an account (`arn:aws:s3:::logs-*`: buckets of anyone) or with a wildcard in it
 * pins nobody. The stack's own account (`${AWS::AccountId}`) is one fixed account; any other
 * placeholder in the partition or account could be anything.
 */
function pinsOneOwner(key: string, parts: readonly StrPart[]): Tri {
  const text = parts.map((p) => (typeof p === 'string' ? p : p.kind === 'pseudo' ? (PSEUDO_PINNED[p.name] ?? OPEN) : OPEN)).join('')
  if (ORG_PATH_KEYS.has(key)) return /^o-[a-z0-9]+\//.test(text) || (text.startsWith(`${OPEN}/`) ? 'unknown' : false)
  if (!ARN_KEYS.has(key)) return false
  const [arn, partition, , , account] = text.split(':')
  if (arn !== 'arn' || !/^(aws[a-z-]*|\u0000)$/.test(partition ?? '')) return false
  // One value chosen at deploy time (a parameter, a variable) fills the account: a real account pins it, `*` does not.
  if (/^\d{12}$/.test(account ?? '')) return partition === OPEN ? 'unknown' : true
  return account === OPEN ? 'unknown' : false
}

/** A placeholder that is not the stack's own partition or account, in the text `pinsOneOwner` reads. */
const OPEN = '\u0000'

/**
 * S3 evaluates a policy whose `aws:SourceIp` range is broader than /8 (IPv4) or /32 (IPv6) as
 * public ("very broad IP ranges (for example, 0.0.0.0/1)", the S3 User Guide's meaning of public):
 * such a range lets in a large part of the internet.
 */
function isBroadCidr(cidr: string): boolean {
  const m = /\/\s*(\d+)\s*$/.exec(cidr)
  if (!m) return false
  const prefix = Number(m[1])
  return cidr.includes(':') ? prefix < 32 : prefix < 8
}

/**
 * A `${...}` in a condition value. An IAM policy variable (`${aws:username}`, `${aws:PrincipalTag/x}`)
 * takes each caller's own value, so it pins nobody: S3 counts only fixed values as restricting.
 * In a document of `Version` 2008-10-17 or without one (`literal`), IAM substitutes nothing: it is
 * then text, one fixed value like any other. Anything else there is a deployment tool's variable
 * (`${self:custom.vpce}`, `${aws:accountId}` of the Serverless Framework) that becomes a value
 * only at deploy time, whatever the document's Version.
 */
function variableIn(text: string, literal: boolean): Tri | undefined {
  let found: Tri | undefined
  for (const inner of placeholders(text)) {
    if (/^aws:(accountId|region)$/i.test(inner)) found ??= 'unknown'
    else if (
      /^([*?$]|(aws|s3|sts|saml|ec2|iam|cognito-identity\.amazonaws\.com|www\.amazon\.com|graph\.facebook\.com|accounts\.google\.com):)/i.test(
        inner,
      )
    ) {
      if (!literal) return false
    } else found ??= 'unknown'
  }
  return found
}

/**
 * Weighs a document's `Version` (null: it has none; undefined: not known statically): where IAM
 * reads `${aws:username}` and the like as literal text (`2008-10-17`, or no Version, which IAM
 * reads as 2008-10-17), marks its conditions so. A Version not known, and any other, change nothing.
 */
export function applyPolicyVersion(doc: PolicyDocument, version: string | null | undefined): PolicyDocument {
  if (version === undefined || (version !== null && version !== '2008-10-17')) return doc
  for (const s of doc.statements)
    for (const list of [s.conditions, s.writtenConditions])
      if (list && list.state !== 'unknown') for (const c of list.value) c.literalVariables = true
  return doc
}

/**
 * What each `${…}` holds, as `/\$\{([^}]*)\}/g` finds them, but by `indexOf`: the values come with
 * the pull request, and that RegExp scanned to the end from every `${` when no `}` follows
 * (100 KB of `${` in a condition value held the scan for minutes).
 */
function placeholders(text: string): string[] {
  const out: string[] = []
  for (let open = text.indexOf('${'); open >= 0; open = text.indexOf('${', open)) {
    const close = text.indexOf('}', open + 2)
    if (close < 0) break
    out.push(text.slice(open + 2, close))
    open = close + 1
  }
  return out
}

/** Every value fixed: true; any value open: false; otherwise unknown. */
function allFixed(key: string, base: string, c: PolicyCondition): Tri {
  let all: Tri = true
  for (const v of c.values) all = and(all, isFixedValue(key, base, v, c.literalVariables === true))
  return all
}

/** Does this single condition pin the caller to fixed values of a restricting key? */
export function conditionRestrictsPrincipal(c: PolicyCondition): Tri {
  const key = conditionKey(c)
  if (!RESTRICTING_KEYS.has(key)) return false
  const op = parseOperator(c.operator)
  // `...IfExists` and `ForAllValues:` pass when the key is absent from the request, so they restrict nothing.
  if (op.ifExists || op.set === 'all') return false
  if (!POSITIVE_OPERATORS.has(op.base)) return false
  if (c.values.length === 0) return false
  return allFixed(key, op.base, c)
}

/** The negations of the pinning operators: a Deny on "not from X" leaves only X able to get in. */
const NEGATED_OPERATORS = new Set([
  'stringnotequals',
  'stringnotequalsignorecase',
  'stringnotlike',
  'arnnotequals',
  'arnnotlike',
  'notipaddress',
])

/**
 * Does this condition, on a Deny, shut out every caller except those pinned to fixed values of a
 * restricting key? Negated operators hold when the key is absent, so `...IfExists` changes nothing;
 * so does `ForAllValues:`, which holds for a request without the key too, and otherwise lets
 * through only a caller with one of the values. `ForAnyValue:` fails when the key is absent: the
 * Deny then lets in any caller without it.
 */
export function conditionExcludesOthers(c: PolicyCondition): Tri {
  const key = conditionKey(c)
  if (!RESTRICTING_KEYS.has(key)) return false
  const op = parseOperator(c.operator)
  if (op.set === 'any' || !NEGATED_OPERATORS.has(op.base)) return false
  if (c.values.length === 0) return false
  return allFixed(key, op.base, c)
}

/** Conditions of a statement that certainly restrict it (a statement is public only if none applies). */
export function restrictingConditions(stmt: PolicyStatement): Value<PolicyCondition[]> {
  if (stmt.conditions.state === 'unknown') return stmt.conditions
  return { ...stmt.conditions, value: stmt.conditions.value.filter((c) => conditionRestrictsPrincipal(c) === true) }
}

// ---------------------------------------------------------------------------------------------
// Statement-level verdicts

export function isAllow(stmt: PolicyStatement): Tri {
  return stmt.effect.state === 'unknown' ? 'unknown' : stmt.effect.value === 'Allow'
}
export function isDeny(stmt: PolicyStatement): Tri {
  return stmt.effect.state === 'unknown' ? 'unknown' : stmt.effect.value === 'Deny'
}

/**
 * An Allow that anyone on the internet can use: wildcard principal (or NotPrincipal) and no
 * condition that pins the caller down.
 */
export function isPublicAllow(stmt: PolicyStatement): Tri {
  const allow = isAllow(stmt)
  if (allow === false) return false
  const everyone = principalIsEveryone(stmt)
  if (everyone === false) return false
  const restrict = restrictingConditions(stmt)
  if (restrict.state === 'unknown') return 'unknown'
  if (restrict.value.length > 0) return false
  if (allow === 'unknown' || everyone === 'unknown') return 'unknown'
  // A CIDR or a pattern from a variable pins the caller only if its deploy-time value is narrow.
  const conditions = stmt.conditions.state === 'unknown' ? [] : stmt.conditions.value
  if (conditions.some((c) => conditionRestrictsPrincipal(c) === 'unknown')) return 'unknown'
  return true
}

/**
 * A Deny that leaves only pinned-down callers: it names everyone (or everyone but fixed
 * principals, with NotPrincipal), and every condition it has excludes all but fixed values of a
 * restricting key (`StringNotEquals aws:SourceVpce`), or it has none at all. Conditions of one
 * statement must all hold for the Deny to apply, so what gets through is the union of the pinned
 * sets, which is still pinned. Which actions and resources it covers is for the caller to ask.
 */
export function denyShutsOutPublic(stmt: PolicyStatement): Tri {
  const deny = isDeny(stmt)
  if (deny === false) return false
  const everyone = principalIsEveryone(stmt)
  if (everyone === false) return false
  if (stmt.conditions.state === 'unknown') return 'unknown'
  let excludes: Tri = true
  for (const c of stmt.conditions.value) excludes = and(excludes, conditionExcludesOthers(c))
  return and(excludes, and(deny, everyone))
}

export function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  return true
}
export function or(a: Tri, b: Tri): Tri {
  if (a === true || b === true) return true
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  return false
}
