/**
 * Whether a bucket is reachable by anyone, and why: ACLs, bucket policy statements, access point
 * policies — each weighed against the Block Public Access flags that apply (the bucket's own and
 * any account-level block declared in the same unit) and against ACLs being disabled.
 */
import { ownEntry } from '../own-entry.js'
import type { SourceLocation } from './location.js'
import type { AccessClass, PolicyDocument, PolicyStatement, Tri } from './policy.js'
import {
  ACCESS_CLASS_ACTIONS,
  accessClasses,
  actionTargetsObjects,
  and,
  denyShutsOutPublic,
  isAllow,
  isDeny,
  isPublicAllow,
  or,
  principalIsEveryone,
  statementAppliesToAction,
  statementAppliesToActions,
  unlistedActions,
} from './policy.js'
import { CANNED_ACLS, type AccessPoint, type AccountPublicAccessBlock, type Bucket, type PublicAccessBlock } from './s3.js'
import type { UnknownValue, Value } from './value.js'

export type BpaFlag = 'blockPublicAcls' | 'ignorePublicAcls' | 'blockPublicPolicy' | 'restrictPublicBuckets'
export const BPA_FLAGS: readonly BpaFlag[] = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets']
export const BPA_FLAG_NAMES: Record<BpaFlag, string> = {
  blockPublicAcls: 'BlockPublicAcls',
  ignorePublicAcls: 'IgnorePublicAcls',
  blockPublicPolicy: 'BlockPublicPolicy',
  restrictPublicBuckets: 'RestrictPublicBuckets',
}

export interface EffectiveFlag {
  on: Tri
  /** Where it is turned on (bucket or account block), for messages. */
  by?: 'bucket' | 'account' | 'access point'
  at?: SourceLocation
  unknown?: UnknownValue
}

/** A flag is on when the bucket's block or an account-level block in the same unit turns it on. */
export function effectiveFlag(
  bucketBlock: PublicAccessBlock,
  accountBlocks: readonly AccountPublicAccessBlock[],
  flag: BpaFlag,
): EffectiveFlag {
  const own = bucketBlock[flag]
  if (own.state !== 'unknown' && own.value) return { on: true, by: 'bucket', at: own.at }
  const account = accountFlag(accountBlocks, flag)
  if (account.on === true) return account
  if (own.state === 'unknown') return { on: 'unknown', unknown: own }
  return account
}

/** The flag as the account-level blocks alone set it. */
function accountFlag(accountBlocks: readonly AccountPublicAccessBlock[], flag: BpaFlag): EffectiveFlag {
  // An account block that may not be deployed turns the flag on only maybe.
  let maybeOn: UnknownValue | undefined
  for (const a of accountBlocks) {
    const v = a.publicAccessBlock[flag]
    if (v.state === 'unknown' || !v.value) continue
    if (!a.origin.maybe) return { on: true, by: 'account', at: v.at }
    maybeOn ??= { state: 'unknown', ...a.origin.maybe }
  }
  const unknownAccount = accountBlocks.map((a) => a.publicAccessBlock[flag]).find((v): v is UnknownValue => v.state === 'unknown')
  if (unknownAccount ?? maybeOn) return { on: 'unknown', unknown: (unknownAccount ?? maybeOn)! }
  return { on: false }
}

export type PublicGrantee = 'AllUsers' | 'AuthenticatedUsers'

export interface AclGrantExposure {
  grantee: PublicGrantee
  /** In S3 terms: READ (list), WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL. */
  permissions: string[]
  at: SourceLocation
  via: 'canned' | 'grant'
  canned?: string
}

const CANNED_EXPOSURE: Record<string, { grantee: PublicGrantee; permissions: string[] }[]> = {
  'public-read': [{ grantee: 'AllUsers', permissions: ['READ'] }],
  'public-read-write': [{ grantee: 'AllUsers', permissions: ['READ', 'WRITE'] }],
  'authenticated-read': [{ grantee: 'AuthenticatedUsers', permissions: ['READ'] }],
}

const CANNED = new Set<string>(CANNED_ACLS)

/** The grantee groups S3 defines, by the last segment of their URI (as the model names them). */
const KNOWN_GROUPS = new Set(['AllUsers', 'AuthenticatedUsers', 'LogDelivery'])

/** Whom a canned ACL opens to, and with what (none for the private ones and for unknown text). */
export function cannedAclExposure(canned: string): readonly { grantee: PublicGrantee; permissions: string[] }[] {
  return ownEntry(CANNED_EXPOSURE, canned) ?? []
}

/** Is `canned` one of the canned ACLs S3 accepts? */
export function isCannedAcl(canned: string): boolean {
  return CANNED.has(canned)
}

/** Public grants the ACL makes, whether or not something neutralises them. */
export function publicAclGrants(b: Bucket): { grants: AclGrantExposure[]; unknown?: UnknownValue } {
  const grants: AclGrantExposure[] = []
  let unknown: UnknownValue | undefined
  const canned = b.acl.canned
  if (canned.state === 'unknown') unknown = canned
  else if (canned.value !== '' && !CANNED.has(canned.value)) {
    // `website` (as some peers read it) or a typo: S3 refuses it, and what was meant is a guess.
    // A framework variable left in the text (`${self:custom.acl}`) is only known at deploy time.
    const why = canned.value.includes('${')
      ? `the ACL "${canned.value}" is only known at deploy time`
      : `"${canned.value}" is not a canned ACL S3 accepts, so the deployment fails; what it was meant to grant is not known`
    unknown = { state: 'unknown', why, at: canned.at }
  } else {
    const exposure = ownEntry(CANNED_EXPOSURE, canned.value) ?? []
    for (const g of exposure) grants.push({ ...g, at: canned.at, via: 'canned', canned: canned.value })
  }
  const list = b.acl.grants
  if (list.state === 'unknown') unknown ??= list
  else {
    for (const g of list.value) {
      if (g.grantee.type === 'unknown') {
        // An account's id known only at deploy time (the owner's canonical id, as usual) opens nothing.
        if (g.grantee.mayBeGroup)
          unknown ??= { state: 'unknown', why: `the ACL grants to a grantee only known at deploy time (${g.grantee.why})`, at: g.at }
        continue
      }
      if (g.grantee.type === 'group' && !KNOWN_GROUPS.has(g.grantee.uri)) {
        // S3 defines three groups; any other URI (a trailing slash, a path of another group) is
        // refused at deploy time or read as one of them, and which was meant is a guess.
        unknown ??= {
          state: 'unknown',
          why: `the ACL grants to the group ${JSON.stringify(g.grantee.uri)}, which is none of the groups S3 defines (http://acs.amazonaws.com/groups/global/AllUsers, .../global/AuthenticatedUsers, .../s3/LogDelivery), so whether it opens the bucket is not known`,
          at: g.at,
        }
        continue
      }
      if (g.grantee.type !== 'group' || (g.grantee.uri !== 'AllUsers' && g.grantee.uri !== 'AuthenticatedUsers')) continue
      if (g.permission.state === 'unknown') {
        unknown ??= g.permission
        continue
      }
      grants.push({ grantee: g.grantee.uri as PublicGrantee, permissions: [g.permission.value], at: g.at, via: 'grant' })
    }
  }
  return { grants, unknown }
}

export interface Neutraliser {
  /** What stops the exposure from taking effect. */
  reason: string
  at?: SourceLocation
}

/** Why a public ACL has no effect, if it has none. */
export function aclNeutraliser(b: Bucket, accountBlocks: readonly AccountPublicAccessBlock[]): Neutraliser | 'unknown' | undefined {
  if (b.ownership.state === 'set' && b.ownership.value === 'BucketOwnerEnforced') {
    return { reason: 'ACLs are disabled (ObjectOwnership BucketOwnerEnforced), so S3 rejects the ACL', at: b.ownership.at }
  }
  const ignore = effectiveFlag(b.publicAccessBlock, accountBlocks, 'ignorePublicAcls')
  if (ignore.on === true) return { reason: `IgnorePublicAcls is on (${ignore.by} block), so S3 ignores the public grant`, at: ignore.at }
  const block = effectiveFlag(b.publicAccessBlock, accountBlocks, 'blockPublicAcls')
  if (block.on === true)
    return {
      reason: `BlockPublicAcls is on (${block.by} block), so S3 rejects the public ACL when it is set (one set before the block stays in effect until IgnorePublicAcls is on too)`,
      at: block.at,
    }
  if (ignore.on === 'unknown' || block.on === 'unknown') return 'unknown'
  return undefined
}

/** Why a public policy has no effect, if it has none. */
export function policyNeutraliser(
  block: PublicAccessBlock,
  accountBlocks: readonly AccountPublicAccessBlock[],
  /** The policy in question: BlockPublicPolicy stops it only if it is set after the block. */
  doc?: Pick<PolicyDocument, 'precedesBlock' | 'precedesAccountBlock'>,
): Neutraliser | 'unknown' | undefined {
  const restrict = effectiveFlag(block, accountBlocks, 'restrictPublicBuckets')
  if (restrict.on === true)
    return {
      reason: `RestrictPublicBuckets is on (${restrict.by} block), so only AWS services and this account's principals can use it`,
      at: restrict.at,
    }
  let bpp = effectiveFlag(block, accountBlocks, 'blockPublicPolicy')
  // A bucket block applied after the policy leaves it in place; only an account block then counts.
  if (bpp.on === true && bpp.by === 'bucket' && doc?.precedesBlock) {
    bpp = accountFlag(accountBlocks, 'blockPublicPolicy')
    if (bpp.on !== true && doc.precedesBlock === 'maybe') return 'unknown'
  }
  // So does an account block of the same configuration that the policy does not wait for.
  if (bpp.on === true && bpp.by === 'account' && doc?.precedesAccountBlock) {
    if (doc.precedesAccountBlock === 'maybe') return 'unknown'
    bpp = { on: false }
  }
  if (bpp.on === true)
    return {
      reason: `BlockPublicPolicy is on (${bpp.by} block), so S3 rejects the public policy when it is set (one set before the block stays in effect until RestrictPublicBuckets is on too)`,
      at: bpp.at,
    }
  if (restrict.on === 'unknown' || bpp.on === 'unknown') return 'unknown'
  return undefined
}

const UNORDERED_POLICY =
  'nothing orders the bucket policy after the public access block, so Terraform may apply the policy first, and BlockPublicPolicy does not remove a policy already set (make the policy depend on the block)'

export interface PublicStatement {
  statement: PolicyStatement
  classes: AccessClass[]
  /** The statement is public only if the unknown parts turn out badly. */
  certain: boolean
  /** When it reaches the bucket through an access point. */
  accessPoint?: AccessPoint
  /**
   * With a scope: for each class, the levels (bucket ARN, objects) it is granted on after the
   * Denies, so that its words name what is left (`describeClasses`).
   */
  levels?: ClassLevels
}

/** The levels each access class is granted on (for certain or maybe). */
export type ClassLevels = Partial<Record<AccessClass, readonly Level[]>>

/** Whether a statement's Resource/NotResource takes in the bucket ARN and the bucket's objects. */
export type CoverageOf = (stmt: PolicyStatement) => { bucket: Tri; objects: Tri }

/** How the statements of one bucket's policy reach that bucket (`RuleContext.policyScope`). */
export interface PolicyScope {
  /** An Allow grants object actions if it reaches at least one object (`bucket/public/*` does). */
  reaches: CoverageOf
  /** A Deny takes object actions away only if it covers every object... */
  covers: CoverageOf
  /**
   * ...or every object the Allow names (both on `bucket/reports/*`): where the Deny's Resource
   * certainly takes in the Allow's patterns that reach the bucket ARN, or its objects.
   */
  contains?: (deny: PolicyStatement, allow: PolicyStatement) => { bucket: Tri; objects: Tri }
  /**
   * How the statements of an access point's policy reach it: they name the access point's ARNs,
   * not the bucket's, so only a Deny on `*` or on patterns that take in the Allow's counts.
   */
  accessPoints?: PolicyScope
}

/**
 * Allow statements anyone can use (wildcard principal or NotPrincipal, no pinning condition).
 * With `scope` (a bucket policy and its bucket), an action counts only where the statement's
 * Resource reaches (object actions on `bucket/*`, the rest on the bucket ARN), and not where a Deny
 * of the same document shuts out everyone but pinned-down callers (`Deny` unless `aws:SourceVpce`
 * is the bucket's endpoint). Without it (access point policies, whose ARNs name the access point)
 * statements are taken as written.
 */
export function publicStatements(statements: readonly PolicyStatement[], scope?: PolicyScope): PublicStatement[] {
  const out: PublicStatement[] = []
  // Only statements known to be Denies: one that cannot be read at all (`!If`, a dynamic block) is
  // far more likely another grant than the exact Deny that would close this one.
  const denies = scope ? statements.filter((s) => isDeny(s) === true && denyShutsOutPublic(s) !== false) : []
  const classesOf = (s: PolicyStatement): { granted: AccessClass[]; unknown: AccessClass[]; levels?: ClassLevels } =>
    scope ? publicAccessClasses(s, denies, scope) : accessClasses(s)
  const choices = new SideGrants(statements)
  for (const s of statements) {
    const pub = isPublicAllow(s)
    if (pub === false) continue
    const { granted, unknown, levels } = classesOf(s)
    const classes = [...granted, ...unknown]
    if (classes.length === 0) continue
    const p: PublicStatement = { statement: s, classes, certain: pub === true && unknown.length === 0, ...(levels ? { levels } : {}) }
    if (!choices.take(p, classesOf)) out.push(p)
  }
  out.push(...choices.settle())
  return out
}

/** CloudFront's service principal: with origin access control, every distribution calls S3 as it. */
const CLOUDFRONT_SERVICE = 'cloudfront.amazonaws.com'

const namesCloudFront = (s: PolicyStatement): boolean =>
  s.principal.field === 'Principal' &&
  s.principal.entries.state !== 'unknown' &&
  s.principal.entries.value.some((e) => e.type === 'Service' && typeof e.value === 'string' && e.value.toLowerCase() === CLOUDFRONT_SERVICE)

/**
 * Allows to CloudFront's service principal that any distribution can use. Without a condition that
 * pins the caller (`aws:SourceArn` naming the distribution, `aws:SourceAccount`), a distribution of
 * any AWS account, pointed at this bucket with origin access control, gets what the statement
 * grants: the confused deputy that AWS's origin access control policy guards against with
 * `aws:SourceArn`. Judged as a wildcard Allow is (the same conditions, Denies and Resource reach);
 * statements that already name everyone are `publicStatements`'.
 */
export function anyDistributionStatements(statements: readonly PolicyStatement[], scope?: PolicyScope): PublicStatement[] {
  const original = new Map<PolicyStatement, PolicyStatement>()
  const asWildcard = statements.map((s) => {
    if (isAllow(s) === false || principalIsEveryone(s) !== false || !namesCloudFront(s) || s.principal.entries.state === 'unknown') return s
    const w: PolicyStatement = {
      ...s,
      principal: { field: 'Principal', entries: { ...s.principal.entries, value: [{ type: '*', value: '*' }] } },
    }
    original.set(w, s)
    return w
  })
  if (original.size === 0) return []
  return publicStatements(asWildcard, scope)
    .filter((p) => original.has(p.statement))
    .map((p) => ({ ...p, statement: original.get(p.statement)! }))
}

/**
 * Allows on the sides of a choice made at deploy time (`Fn::If`, `?:` on an unknown condition):
 * exactly one side is in the policy, so what every side grants for certain is granted, whichever
 * it is. The rest stays uncertain. A choice with a Deny on a side is left uncertain as a whole:
 * a Deny on one side does not close an Allow on another.
 */
class SideGrants {
  private readonly withDeny = new Set<object>()
  private readonly groups = new Map<object, { sides: Set<AccessClass>[]; taken: { p: PublicStatement; side: Set<AccessClass> }[] }>()

  constructor(statements: readonly PolicyStatement[]) {
    for (const s of statements) if (s.choice && isDeny(s) !== false) this.withDeny.add(s.choice.group)
  }

  /** Keeps `p` for `settle` when its statement is on a side of a choice; false otherwise. */
  take(p: PublicStatement, classesOf: (s: PolicyStatement) => { granted: AccessClass[] }): boolean {
    const s = p.statement
    if (!s.choice || !s.writtenConditions || this.withDeny.has(s.choice.group)) return false
    const { choice, ...rest } = s
    const onItsSide: PolicyStatement = { ...rest, conditions: s.writtenConditions }
    const granted = new Set(isPublicAllow(onItsSide) === true ? classesOf(onItsSide).granted : [])
    let g = this.groups.get(choice.group)
    if (!g) this.groups.set(choice.group, (g = { sides: Array.from({ length: choice.sides }, () => new Set()), taken: [] }))
    for (const c of granted) g.sides[choice.side]!.add(c)
    g.taken.push({ p, side: granted })
    return true
  }

  settle(): PublicStatement[] {
    const out: PublicStatement[] = []
    for (const { sides, taken } of this.groups.values()) {
      const sure = [...sides[0]!].filter((c) => sides.every((side) => side.has(c)))
      const first = taken.find((t) => sure.some((c) => t.side.has(c)))
      if (first) out.push({ ...first.p, classes: sure, certain: true })
      for (const { p } of taken) {
        const left = p.classes.filter((c) => !sure.includes(c))
        if (left.length) out.push({ ...p, classes: left })
      }
    }
    return out
  }
}

/**
 * Can the Allow's Resource reach what `action` acts on (the objects, or the bucket ARN)? A
 * Resource that cannot be rendered may reach this bucket; a definite miss on one level (the
 * object ARN for s3:ListBucket, the bucket ARN for s3:GetObject) says no.
 * S3 rejects a bucket policy with a statement that names nothing of its bucket (a copied
 * example's `arn:aws:s3:::DOC-EXAMPLE-BUCKET/*`), and so the peers ignore Resource there: such a
 * statement is judged as written, for what its author meant, rather than passed as harmless. A
 * statement without Resource is invalid too, but its author meant everything.
 */
export function reachesActionTarget(stmt: PolicyStatement, action: string, scope: PolicyScope): boolean {
  return reachesLevel(stmt, scope)(levelOf(action))
}

export type Level = 'bucket' | 'objects'
const levelOf = (action: string): Level => (actionTargetsObjects(action) ? 'objects' : 'bucket')

/** `reachesActionTarget` for one statement, by level. */
function reachesLevel(stmt: PolicyStatement, scope: PolicyScope): (level: Level) => boolean {
  if (stmt.resource.field === 'none') return () => true
  const reach = scope.reaches(stmt)
  if (reach.bucket === false && reach.objects === false) return () => true
  return (level) => reach[level] !== false
}

/** Each access class's actions with the level they act on, worked out once. */
const CLASS_TARGETS = (Object.keys(ACCESS_CLASS_ACTIONS) as AccessClass[]).map(
  (cls) => [cls, ACCESS_CLASS_ACTIONS[cls].map((action) => ({ action, level: levelOf(action) }))] as const,
)

/** `accessClasses`, limited to where the Allow reaches on the bucket and no Deny shuts the public out. */
function publicAccessClasses(
  allow: PolicyStatement,
  denies: readonly PolicyStatement[],
  scope: PolicyScope,
): { granted: AccessClass[]; unknown: AccessClass[]; levels: ClassLevels } {
  const granted: AccessClass[] = []
  const unknown: AccessClass[] = []
  const levels: ClassLevels = {}
  const reaches = reachesLevel(allow, scope)
  const coverage = denyCoverage(allow, scope)
  const unlisted = unlistedActions(allow)
  for (const [cls, targets] of CLASS_TARGETS) {
    let any: Tri = false
    // The levels it is granted on, to name it by what the Denies leave (ListBucket denied, ListMultipartUploadParts not).
    const sure = new Set<Level>()
    const maybe = new Set<Level>()
    for (const { action: a, level } of [
      ...targets,
      ...unlisted.filter((u) => u.cls === cls).map((u) => ({ ...u, level: levelOf(u.action) })),
    ]) {
      if (sure.has(level) || !reaches(level)) continue
      const applies = statementAppliesToAction(allow, a)
      // Most actions of a class are not in the statement: the Denies need asking only for those that are.
      if (applies === false) continue
      const r = and(applies, not(deniedToPublic(denies, a, level, coverage)))
      if (r === true) sure.add(level)
      else if (r === 'unknown') maybe.add(level)
      any = or(any, r)
      if (sure.size === 2) break
    }
    if (any === true) granted.push(cls)
    else if (any === 'unknown') unknown.push(cls)
    if (any !== false) levels[cls] = [...new Set([...sure, ...maybe])]
  }
  return { granted, unknown, levels }
}

/**
 * Where each Deny takes back what `allow` grants: on every object (or the bucket ARN), or on
 * everything the Allow's own Resource names there. Worked out once per Deny.
 */
function denyCoverage(allow: PolicyStatement, scope: PolicyScope): CoverageOf {
  const answers = new Map<PolicyStatement, { bucket: Tri; objects: Tri }>()
  return (d) => {
    let answer = answers.get(d)
    if (!answer) {
      const whole = scope.covers(d)
      // Containment costs more than coverage: asked only where coverage leaves a doubt.
      const own = whole.bucket === true && whole.objects === true ? undefined : scope.contains?.(d, allow)
      answer = own ? { bucket: or(whole.bucket, own.bucket), objects: or(whole.objects, own.objects) } : whole
      answers.set(d, answer)
    }
    return answer
  }
}

/** Is `action` on the bucket ARN or its objects denied to everyone but pinned-down callers? */
function deniedToPublic(denies: readonly PolicyStatement[], action: string, level: Level, coverage: CoverageOf): Tri {
  let denied: Tri = false
  for (const d of denies) {
    const shuts = denyShutsOutPublic(d)
    const applies = shuts === false ? false : statementAppliesToActions(d, action)
    // Where the Deny reaches matters only for one that shuts the public out of this action.
    if (applies === false) continue
    denied = or(denied, and(shuts, and(applies, coverage(d)[level])))
    if (denied === true) break
  }
  return denied
}

const not = (t: Tri): Tri => (t === 'unknown' ? 'unknown' : !t)

export const CLASS_WORDS: Record<AccessClass, string> = {
  objectRead: 'read objects',
  list: 'list objects',
  metadataRead: 'read its configuration',
  write: 'write or delete objects',
  settingsWrite: 'change its settings',
  permissions: 'change its permissions',
}

/**
 * Words for a class granted on one level only, where `CLASS_WORDS` would name what the other
 * level allows: s3:ListMultipartUploadParts on `bucket/*` lists no objects.
 */
const LEVEL_CLASS_WORDS: Record<Level, Partial<Record<AccessClass, string>>> = {
  objects: {
    list: 'list the parts of multipart uploads',
    metadataRead: 'read object ACLs, retention and legal holds',
    permissions: 'change object ACLs',
  },
  bucket: { write: 'delete the bucket or change its settings' },
}

/**
 * With `on` (a bucket policy's statement and its scope), each class is named for the level the
 * statement grants it on: with `levels` (`PublicStatement.levels`), on what the Denies leave.
 */
export function describeClasses(
  classes: readonly AccessClass[],
  on?: { statement: PolicyStatement; scope: PolicyScope; levels?: ClassLevels },
): string {
  const levels = on?.levels
  const level = levels
    ? (c: AccessClass) => (levels[c]?.length === 1 ? levels[c][0] : undefined)
    : on && grantedLevel(on.statement, on.scope)
  const words = (c: AccessClass) => {
    const l = level?.(c)
    return (l && LEVEL_CLASS_WORDS[l][c]) ?? CLASS_WORDS[c]
  }
  return [...new Set(classes)].map(words).join(', ')
}

/** The one level a class's actions that the statement may grant act on, if only one; undefined when both or neither. */
function grantedLevel(stmt: PolicyStatement, scope: PolicyScope): (cls: AccessClass) => Level | undefined {
  const reaches = reachesLevel(stmt, scope)
  const unlisted = unlistedActions(stmt)
  return (cls) => {
    const levels = new Set<Level>()
    const targets = CLASS_TARGETS.find(([c]) => c === cls)?.[1] ?? []
    for (const { action, level } of [...targets, ...unlisted.filter((u) => u.cls === cls).map((u) => ({ ...u, level: levelOf(u.action) }))])
      if (reaches(level) && statementAppliesToAction(stmt, action) !== false) levels.add(level)
    return levels.size === 1 ? [...levels][0] : undefined
  }
}

export const isUnknown = <T>(v: Value<T>): v is UnknownValue => v.state === 'unknown'

/** The tag that marks a bucket public on purpose; its value must say why. */
export const PUBLIC_INTENT_TAG = 's3-gate:public'

/** The reason given by the `s3-gate:public` tag, when the bucket is public on purpose. */
export function publicIntent(b: Bucket): string | undefined {
  const tag = b.tags[PUBLIC_INTENT_TAG]
  if (!tag || tag.state === 'unknown') return undefined
  const reason = tag.value.trim()
  return reason || undefined
}

// ---------------------------------------------------------------------------------------------
// The whole picture for one bucket (shared by public-exposure and the rules that ask "is this
// bucket public?", such as the CloudTrail bucket check).

const ACL_PERMISSION_WORDS: Record<string, string> = {
  READ: 'list objects',
  WRITE: 'write or delete objects',
  READ_ACP: 'read its ACL',
  WRITE_ACP: 'change its ACL',
  FULL_CONTROL: 'do anything',
}

export interface BucketExposure {
  /** One path to the bucket, in words ("the ACL (public-read) lets anyone list objects"). */
  via: string
  /** What anyone can do through it, in words. */
  access: string
  /** Policy access classes, or `acl` for ACL grants. */
  classes: AccessClass[] | 'acl'
  at: SourceLocation
  /** What stops it from taking effect: `undefined` = nothing, so it is active. */
  neutraliser: Neutraliser | 'unknown' | undefined
  /** Why the neutraliser is unknown, when that is more than an unknown setting. */
  undecided?: string
  /** The Block Public Access setting that would close it. */
  remedy: string
}

export interface ExposureAnalysis {
  exposures: BucketExposure[]
  /** Parts that could not be judged (an unresolved ACL, policy or statement). */
  unknowns: { why: string; at: SourceLocation; what: string }[]
}

/** The model's access points by id, the first of each: a search per access point was quadratic (80,000 on one bucket, 44 s). */
const accessPointIndexes = new WeakMap<readonly AccessPoint[], { length: number; byId: Map<string, AccessPoint> }>()

function accessPointById(accessPoints: readonly AccessPoint[], id: string): AccessPoint | undefined {
  let index = accessPointIndexes.get(accessPoints)
  if (!index || index.length !== accessPoints.length) {
    const byId = new Map<string, AccessPoint>()
    for (const a of accessPoints) if (!byId.has(a.id)) byId.set(a.id, a)
    accessPointIndexes.set(accessPoints, (index = { length: accessPoints.length, byId }))
  }
  return index.byId.get(id)
}

/**
 * Every path by which anyone could reach the bucket (ACL grants, bucket policy statements,
 * access point policies), each with what neutralises it, if anything.
 */
export function analyseExposure(
  bucket: Bucket,
  accountBlocks: readonly AccountPublicAccessBlock[],
  accessPoints: readonly AccessPoint[],
  /** How the bucket policy's statements reach this bucket (`RuleContext.policyScope`). */
  scope: PolicyScope,
): ExposureAnalysis {
  const exposures: BucketExposure[] = []
  const unknowns: ExposureAnalysis['unknowns'] = []
  const acl = publicAclGrants(bucket)
  const aclNeutral = acl.unknown || acl.grants.length ? aclNeutraliser(bucket, accountBlocks) : undefined
  // An ACL that is neutralised whatever it grants leaves nothing unknown.
  if (acl.unknown && (!aclNeutral || aclNeutral === 'unknown')) unknowns.push({ why: acl.unknown.why, at: acl.unknown.at, what: 'ACL' })
  if (acl.grants.length) {
    for (const g of acl.grants) {
      const words = g.permissions.map((p) => ownEntry(ACL_PERMISSION_WORDS, p) ?? p).join(', ')
      exposures.push({
        via: `the ACL (${g.canned ?? 'grant'}) lets ${g.grantee === 'AllUsers' ? 'anyone' : 'any AWS account'} ${words}`,
        access: words,
        classes: 'acl',
        at: g.at,
        neutraliser: aclNeutral,
        remedy: 'IgnorePublicAcls',
      })
    }
  }
  // Access point policies are set on the access point, so only the blocks' settings count for them.
  const bucketPolicyNeutraliser = policyNeutraliser(bucket.publicAccessBlock, accountBlocks)
  for (const doc of bucket.policies) {
    const neutraliser = policyNeutraliser(bucket.publicAccessBlock, accountBlocks, doc)
    // Whatever the deploy-time part turns out to be, a block that voids public policies voids it.
    const voided = neutraliser !== undefined && neutraliser !== 'unknown'
    if (doc.unknown && !voided) unknowns.push({ why: doc.unknown.why, at: doc.unknown.at, what: 'bucket policy' })
    for (const p of publicStatements(doc.statements, scope)) {
      if (!p.certain) {
        if (voided) continue
        unknowns.push({
          why: 'a statement that allows everyone has parts only known at deploy time',
          at: p.statement.at,
          what: 'policy statement',
        })
        continue
      }
      exposures.push({
        via: `the bucket policy (${p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement'}) lets anyone ${describeClasses(p.classes, { statement: p.statement, scope, levels: p.levels })}`,
        access: describeClasses(p.classes, { statement: p.statement, scope, levels: p.levels }),
        classes: p.classes,
        at: p.statement.at,
        neutraliser,
        ...(neutraliser === 'unknown' && (doc.precedesBlock === 'maybe' || doc.precedesAccountBlock === 'maybe')
          ? { undecided: UNORDERED_POLICY }
          : {}),
        remedy: 'RestrictPublicBuckets',
      })
    }
  }
  const admits = bucket.links.accessPointIds.length ? admitsEveryone(bucket) : false
  for (const apId of bucket.links.accessPointIds) {
    const ap = accessPointById(accessPoints, apId)
    if (!ap) continue
    for (const doc of ap.policies) {
      // Whatever the access point's policy says, a bucket that lets no one in keeps everyone out.
      if (admits === false) continue
      if (doc.unknown) unknowns.push({ why: doc.unknown.why, at: doc.unknown.at, what: `access point ${ap.id} policy` })
      // A Deny of the same policy that shuts out all but pinned-down callers closes it, as in a bucket policy.
      for (const p of publicStatements(doc.statements, scope.accessPoints)) {
        if (!p.certain) {
          unknowns.push({
            why: 'a statement that allows everyone has parts only known at deploy time',
            at: p.statement.at,
            what: `access point ${ap.id} policy statement`,
          })
          continue
        }
        let neutraliser = policyNeutraliser(ap.publicAccessBlock, accountBlocks) ?? bucketPolicyNeutraliser
        if (!neutraliser && ap.networkOrigin.state !== 'unknown' && ap.networkOrigin.value === 'VPC')
          neutraliser = { reason: 'the access point accepts requests only from its VPC' }
        if (!neutraliser && admits === 'unknown') neutraliser = 'unknown'
        exposures.push({
          via: `access point ${ap.id} lets anyone ${describeClasses(p.classes)}`,
          access: describeClasses(p.classes),
          classes: p.classes,
          at: p.statement.at,
          neutraliser,
          remedy: 'RestrictPublicBuckets on the access point',
        })
      }
    }
  }
  return { exposures, unknowns }
}

/**
 * Whether the bucket's own policy could let anyone in through an access point. S3 serves a
 * request through an access point only if the bucket policy allows it too, directly or by
 * delegating to access points (`s3:DataAccessPointAccount`): so some Allow must name everyone,
 * whatever its conditions (the delegation pins only the access point's account). A bucket
 * declared elsewhere may have a policy this scan does not see.
 */
function admitsEveryone(bucket: Bucket): Tri {
  if (!bucket.managed) return 'unknown'
  let result: Tri = false
  for (const doc of bucket.policies) {
    if (doc.unknown) result = 'unknown'
    for (const s of doc.statements) {
      const v = and(isAllow(s), principalIsEveryone(s))
      if (v === true) return true
      if (v === 'unknown') result = 'unknown'
    }
  }
  return result
}

/** Exposures that nothing neutralises. */
export function activeExposures(a: ExposureAnalysis): BucketExposure[] {
  return a.exposures.filter((e) => e.neutraliser === undefined)
}
