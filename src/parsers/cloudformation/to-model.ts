/**
 * One CloudFormation template → the neutral S3 model. Links (bucket policies, notifications,
 * trails, access points) are resolved within this template only, never across templates.
 */
import type { SensitiveTexts } from '../../sensitive-texts.js'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import type { Limits } from '../../limits.js'
import { bucketNameForMatch, resolveBucketRef, type NameSource } from '../../model/arn.js'
import { markMaybeDeployed, type PolicyDocument } from '../../model/policy.js'
import { deployedWhenever } from '../../model/deployed.js'
import type { AccessPoint, Bucket, Format, InlineSuppression, ResourceOrigin, S3Model, Trail } from '../../model/s3.js'
import { emptyModel } from '../../model/s3.js'
import { refOf, sameValue, setValue, unknownValue, type Str } from '../../model/value.js'
import { externalBucket } from '../../model/defaults.js'
import { findCommentSuppressions, orphanSuppression, paramsNotChecked } from '../shared/comment-suppressions.js'
import type { LineIndex } from '../shared/line-index.js'
import type { SEntry, SMap, SNode } from '../shared/source-tree.js'
import { get, getEntry } from '../shared/source-tree.js'
import { readBucket, readNotifications, readSamS3Events, type SamS3Event } from './bucket.js'
import { placeLines, stackedLines } from '../shared/comment-placement.js'
import { expandResourceLoops, hasResourceLoops, propertyLoops } from './for-each.js'
import { NO_VALUE, TemplateEvaluator, Unknown } from './intrinsics.js'
import { undeclaredReferences } from './undeclared-refs.js'
import { ANY_PARAMETER, bucketRefOf, passedParameters, type CallValue, type PassedParameters } from './stack-parameters.js'
import type { NestedStackCall } from '../types.js'
import { macroWarnings, nestedTransformWarnings, unreadTransforms } from './macros.js'
import { localTemplateOf } from './nested-template-file.js'
import { readMetadataSuppressions } from './metadata-suppressions.js'
import {
  readAccessPoint,
  readAlarm,
  readEmbeddedPolicies,
  readEventDataStore,
  readIamPolicy,
  readAttachedManagedPolicies,
  readMetricFilter,
  readSamPolicies,
  readTrail,
} from './other-resources.js'
import { readPolicyDocument } from '../shared/policy-document.js'
import { TemplateReader, type Cur } from './reader.js'
import { templateLinks, type PassedBucket, type PendingForeign } from './stack-links.js'
import { nestedParameter, type ParameterForward } from '../../model/stack-links.js'

export interface TemplateSource {
  root: SMap
  text: string
  /** Display path of the file. */
  file: string
  lines: LineIndex
  /** Unit id for the model (the file, or `file#2` for the second YAML document). */
  unit: string
  format: Format
  /** Lets CDK give resources their construct path instead of the logical id. */
  addressOf?: (logicalId: string) => string
  /**
   * This document's share of the file's suppression comments (the file is searched once for all
   * its documents: once per document, 20,000 documents took minutes); read here when not given.
   */
  comments?: ReturnType<typeof findCommentSuppressions>
  /** The Serverless Framework's `resources:`, which may refer to the resources the framework makes. */
  frameworkNames?: boolean
  /** What the parent stack passes to this nested template's parameters. */
  passed?: PassedParameters
  /** Where `NoEcho` parameters' texts are registered; without it they are unknown. */
  sensitive?: SensitiveTexts
  /**
   * The display path of the template of each nested stack resource, by logical id, when the
   * format knows it otherwise than by a local `TemplateURL` (a CDK nested stack asset).
   */
  nestedTemplates?: ReadonlyMap<string, string>
}

export interface TemplateModel {
  model: S3Model
  problems: Problem[]
  /** Facts a user should know (a policy for a bucket defined elsewhere). */
  notes: string[]
  /** Line range of each resource, for comment suppressions and fixes. */
  resourceRanges: Map<string, { startLine: number; endLine: number }>
  reader: TemplateReader
  /** Nested stacks created from a template file beside this one (`TemplateURL: ./child.yaml`). */
  nestedStacks?: NestedStackCall[]
}

interface Subject {
  suppressions: InlineSuppression[]
}

/**
 * A policy that may apply to more than `MAX_POLICY_CHOICES` buckets (a `!Select` among them) is
 * not checked on each once its statements times those buckets pass `MAX_CHOICE_STATEMENTS`: what
 * it allows or denies is unknown there. Real ones choose among a handful; past both, every rule
 * weighed every statement on every bucket.
 */
const MAX_POLICY_CHOICES = 32
const MAX_CHOICE_STATEMENTS = 4_096

/** CloudFormation's limit on a logical id. */
const MAX_LOGICAL_ID_CHARS = 255

export function templateToModel(src: TemplateSource, limits: Limits): TemplateModel {
  const problems: Problem[] = []
  const notes: string[] = []
  const root = withLoopsExpanded(src, limits, problems)
  appendAll(problems, macroWarnings(root, src))
  appendAll(problems, undeclaredReferences(src.root, src, src.frameworkNames === true))
  const ev = new TemplateEvaluator(
    root,
    limits.maxEvalSteps,
    limits.maxCollectionSize * 64,
    src.passed,
    src.sensitive,
    src.frameworkNames === true,
  )
  const r = new TemplateReader(ev, src.lines, src.file)
  const model = emptyModel(src.unit, src.format)
  const resourceRanges = new Map<string, { startLine: number; endLine: number }>()
  const subjects = new Map<string, Subject[]>()
  const pendingPolicies: { ref: Cur; doc: Cur; owner: string; origin: ResourceOrigin; subject: Subject }[] = []
  const pendingNotifications: { ref: Cur; config: Cur; origin: ResourceOrigin }[] = []
  const trailBuckets: { trail: Trail; ref: Cur }[] = []
  /** Multi-Region Access Points by logical id and by a literal `Name`, for the policies naming them. */
  const mraps = { byId: new Map<string, AccessPoint>(), byName: new Map<string, AccessPoint>() }
  const pendingMrapPolicies: { name: Cur; doc: Cur; owner: string; origin: ResourceOrigin }[] = []
  /** Why `origin` may be missing when `bucket` is deployed: a condition the bucket does not share. */
  const maybeFor = (origin: ResourceOrigin, bucket: Bucket | undefined) =>
    origin.maybe && !deployedWhenever(origin, bucket?.origin) ? origin.maybe : undefined
  const samS3Events: (SamS3Event & { origin: ResourceOrigin })[] = []
  /** Nested stack resources, and whether each is deployed only maybe (a condition not known statically). */
  const nestedStackResources: { id: string; node: SNode; maybe: boolean }[] = []

  const resources = get(root, 'Resources')
  if (!resources || resources.kind !== 'map') {
    if (resources) {
      const at = src.lines.position(resources.start)
      problems.push({
        code: 'RESOURCES_INVALID',
        file: src.file,
        line: at.line,
        column: at.column,
        message: '`Resources` is not a map of resources (CloudFormation rejects the template); nothing was checked',
        level: 'error',
      })
    }
    return { model, problems, notes, resourceRanges, reader: r }
  }
  appendAll(problems, nestedTransformWarnings(resources, src))
  const addressOf = uniqueAddresses(resources, src.addressOf)

  for (const entry of resources.entries) {
    const id = entry.key
    // A loop left here could not be expanded; `withLoopsExpanded` has said why.
    if (id.startsWith('Fn::ForEach::')) continue
    const cur: Cur = { node: entry.value, path: `Resources.${id}`, keyStart: entry.keyStart }
    // An `Fn::Transform` beside `Type` may change what the resource holds (its properties are
    // unknown), but the resource is checked as the type it is written as, as under a macro.
    const typeEntry = entry.value.kind === 'map' && getEntry(entry.value, 'Fn::Transform') ? getEntry(entry.value, 'Type') : undefined
    const typeCur = typeEntry ? { node: typeEntry.value, path: `${cur.path}.Type`, keyStart: typeEntry.keyStart } : r.child(cur, 'Type')
    const typeV = r.string(typeCur, '', r.loc(cur))
    // `Type: 5` reads as the string "5" elsewhere; CloudFormation takes only a string here.
    const literal = typeCur?.node.kind === 'scalar' ? typeCur.node.value : undefined
    const type = typeV.state === 'set' && (literal === undefined || typeof literal === 'string') ? typeV.value : ''
    const start = src.lines.position(entry.keyStart).line
    if (id === 'Fn::Transform') {
      // `AWS::Include` or a macro adds resources from a file s3-gate cannot see.
      const at = src.lines.position(entry.keyStart)
      problems.push({
        code: 'TRANSFORM_NOT_EXPANDED',
        file: src.file,
        line: at.line,
        column: at.column,
        message: 'the resources this Fn::Transform adds (AWS::Include or a macro) are made at deploy time; they were not checked',
        level: 'warning',
      })
      continue
    }
    if (id.length > MAX_LOGICAL_ID_CHARS) {
      // Not checked, nor repeated in every finding: a megabyte id made gigabytes of output.
      const at = src.lines.position(entry.keyStart)
      problems.push({
        code: 'LOGICAL_ID_INVALID',
        file: src.file,
        line: at.line,
        column: at.column,
        message: `the logical id ${id.slice(0, 32)}… is ${id.length} characters long; CloudFormation allows ${MAX_LOGICAL_ID_CHARS} and rejects the template, so the resource was not checked`,
        level: 'error',
      })
      continue
    }
    if (!type && !typeCur && src.frameworkNames === true) {
      // A service may write a resource the framework makes (`S3BucketPhotos` for an `s3` event,
      // `IamRoleLambdaExecution`) without a `Type`: the framework merges it into its own. Valid,
      // so no error that fails the gate; but what it sets on that resource is not modelled.
      const at = src.lines.position(entry.keyStart)
      problems.push({
        code: 'SERVERLESS_RESOURCE_OVERRIDE',
        file: src.file,
        line: at.line,
        column: at.column,
        message: `resource ${id} has no \`Type\`: the Serverless Framework merges it into a resource of the same name that it makes itself${/^S3Bucket/.test(id) ? ' (the bucket of an `s3` event?)' : ''}, which s3-gate does not model; what it sets there was not checked`,
        level: 'warning',
      })
    } else if (!type) {
      // CloudFormation rejects it; skipped without a word, `Type: [AWS::S3::Bucket]` hid a bucket.
      const at = src.lines.position(entry.keyStart)
      problems.push({
        code: 'RESOURCE_TYPE_INVALID',
        file: src.file,
        line: at.line,
        column: at.column,
        message: `resource ${id} has no \`Type\` that is a string (CloudFormation rejects the template); it was not checked`,
        level: 'error',
      })
    }
    resourceRanges.set(id, { startLine: start, endLine: src.lines.position(entry.value.end).line })
    const cond = r.child(cur, 'Condition')
    let maybe: ResourceOrigin['maybe']
    let condition: string | undefined
    if (cond && !cond.unknown) {
      const name = r.string(cond, '', r.loc(cond))
      const holds = name.state === 'set' ? ev.condition(name.value) : 'unknown'
      if (holds === false) continue
      if (name.state === 'set') condition = name.value
      if (holds === 'unknown') {
        maybe = {
          why: `the resource exists only when condition ${name.state === 'set' ? name.value : '?'} holds, which is not known statically`,
          at: r.loc(cond),
        }
        if (condition !== undefined) maybe.conditions = [condition]
      }
    }
    const headerAt = { ...r.loc({ node: entry.value, path: cur.path, keyStart: entry.keyStart }) }
    headerAt.endLine = headerAt.line
    headerAt.endColumn = headerAt.column + id.length
    const origin: ResourceOrigin = { format: src.format, type, address: addressOf?.(id) ?? id, at: headerAt }
    if (maybe) origin.maybe = maybe
    const props = r.child(cur, 'Properties')
    if (props && (props.node.kind === 'seq' || (props.node.kind === 'scalar' && props.node.value !== null))) {
      // CloudFormation rejects it; read as no properties, `Properties: "..."` passed as a bare bucket.
      const at = r.loc(props)
      problems.push({
        code: 'PROPERTIES_INVALID',
        file: src.file,
        line: at.line,
        column: at.column,
        message: `resource ${id} has \`Properties\` that are not a mapping (CloudFormation rejects the template); they were not read`,
        level: 'error',
      })
    }
    // A loop among the properties of an S3 or CloudTrail resource is not expanded: say so.
    if (props && /^AWS::(S3|CloudTrail)::/.test(type))
      for (const loop of propertyLoops(props.node)) {
        const at = src.lines.position(loop.keyStart)
        problems.push({
          code: 'FOREACH_NOT_EXPANDED',
          file: src.file,
          line: at.line,
          column: at.column,
          message: `${loop.key} in the properties of ${id} is not expanded; the properties it writes are not checked`,
          level: 'warning',
        })
      }
    const suppressions = readMetadataSuppressions(r, r.child(cur, 'Metadata'), problems)
    const track = <T extends Subject>(s: T): T => {
      appendAll(s.suppressions, suppressions)
      const list = subjects.get(id) ?? []
      list.push(s)
      subjects.set(id, list)
      return s
    }
    const address = origin.address
    switch (type) {
      case 'AWS::S3::Bucket':
        model.buckets.push(track(readBucket(r, address, props, origin)))
        break
      case 'AWS::S3::BucketPolicy': {
        const ref = r.child(props, 'Bucket')
        const doc = r.child(props, 'PolicyDocument')
        if (ref && doc) pendingPolicies.push({ ref, doc, owner: address, origin, subject: track({ suppressions: [] }) })
        break
      }
      case 'AWS::S3::AccessPoint':
        model.accessPoints.push(track(readAccessPoint(r, address, props, origin, false)))
        break
      case 'AWS::S3::MultiRegionAccessPoint': {
        const ap = track(readAccessPoint(r, address, props, origin, true))
        model.accessPoints.push(ap)
        mraps.byId.set(id, ap)
        const name = props && r.string(r.child(props, 'Name'), '', origin.at)
        if (name?.state === 'set' && name.value) mraps.byName.set(name.value, ap)
        break
      }
      // Its own resource, not a property: read once every access point of the template is known.
      case 'AWS::S3::MultiRegionAccessPointPolicy': {
        const name = props && r.child(props, 'MrapName')
        const doc = props && r.child(props, 'Policy')
        if (name && doc) pendingMrapPolicies.push({ name, doc, owner: address, origin })
        break
      }
      case 'AWS::CloudTrail::Trail': {
        const trail = readTrail(r, address, props, origin)
        const ref = props && r.child(props, 'S3BucketName')
        if (ref && trail.bucketName.state === 'unknown') trailBuckets.push({ trail, ref })
        model.trails.push(track(trail))
        break
      }
      case 'AWS::CloudTrail::EventDataStore':
        model.eventDataStores.push(readEventDataStore(r, address, props, origin))
        break
      case 'AWS::IAM::Policy': {
        const p = readIamPolicy(r, address, props, origin, 'inline')
        if (p) model.iamPolicies.push(track(p))
        break
      }
      case 'AWS::IAM::ManagedPolicy': {
        const p = readIamPolicy(r, address, props, origin, 'managed')
        if (p) model.iamPolicies.push(track(p))
        break
      }
      case 'AWS::IAM::Role':
      case 'AWS::IAM::User':
      case 'AWS::IAM::Group':
        for (const p of readEmbeddedPolicies(r, address, props, origin)) model.iamPolicies.push(track(p))
        for (const p of readAttachedManagedPolicies(r, address, props, origin, false)) model.iamPolicies.push(track(p))
        break
      case 'AWS::Serverless::Function':
        appendAll(
          samS3Events,
          readSamS3Events(r, props).map((e) => ({ ...e, origin })),
        )
        for (const p of readSamPolicies(r, address, props, origin)) model.iamPolicies.push(track(p))
        for (const p of readAttachedManagedPolicies(r, address, props, origin, true)) model.iamPolicies.push(track(p))
        break
      case 'AWS::Serverless::StateMachine':
        for (const p of readSamPolicies(r, address, props, origin)) model.iamPolicies.push(track(p))
        for (const p of readAttachedManagedPolicies(r, address, props, origin, true)) model.iamPolicies.push(track(p))
        break
      case 'AWS::Logs::MetricFilter':
        model.metricFilters.push(readMetricFilter(r, address, props, origin))
        break
      case 'AWS::CloudWatch::Alarm':
        model.alarms.push(readAlarm(r, address, props, origin))
        break
      case 'AWS::ElasticLoadBalancing::LoadBalancer':
      case 'AWS::ElasticLoadBalancingV2::LoadBalancer':
      case 'AWS::CloudFront::Distribution': {
        const bucket = logDeliveryBucket(r, type, props)
        if (bucket) model.logDeliveries.push({ service: type.startsWith('AWS::CloudFront') ? 'cloudfront' : 'elb', from: address, bucket })
        break
      }
      case 'AWS::CloudFormation::Stack':
      case 'AWS::Serverless::Application':
        nestedStackResources.push({ id, node: entry.value, maybe: maybe !== undefined })
        break
      case 'Custom::S3BucketNotifications': {
        // CDK configures notifications through this custom resource instead of the bucket.
        const ref = r.child(props, 'BucketName')
        const config = r.child(props, 'NotificationConfiguration')
        if (ref && config) pendingNotifications.push({ ref, config, origin })
        break
      }
    }
  }

  const comments = src.comments ?? findCommentSuppressions(src.text, src.file)
  appendAll(problems, comments.problems)
  // A comment belongs to the resource it sits in, or to the one right below it.
  const owners = placeLines(stackedLines(comments.found), resourceRanges)
  comments.found.forEach((c, i) => {
    const id = owners[i]
    if (id !== undefined && c.params) problems.push(paramsNotChecked(c))
    else if (id !== undefined) for (const s of subjects.get(id) ?? []) s.suppressions.push(c.suppression)
    else if (c.suppression.syntax === 's3-gate') problems.push(orphanSuppression(c))
  })

  // Links need every bucket first: a policy may come before its bucket in the file.
  const byId = new Map(model.buckets.map((b) => [b.id, b]))
  const logicalToBucket = new Map<string, Bucket>()
  for (const logical of resourceRanges.keys()) {
    const b = byId.get(addressOf?.(logical) ?? logical)
    if (b) logicalToBucket.set(logical, b)
  }
  // Indexed once: a template can hold thousands of buckets and as many policies.
  const defined = [...model.buckets]
  let byName: Map<string, Bucket> | undefined
  const names: NameSource = {
    bucket: (id: string) => byId.get(id) ?? logicalToBucket.get(id),
    byName: (name) => {
      if (!byName) {
        byName = new Map()
        for (const b of defined) {
          const n = bucketNameForMatch(b, names)
          if (!byName.has(n)) byName.set(n, b)
        }
      }
      return byName.get(name)
    },
  }
  const findBucket = (ref: Cur): Bucket | undefined => {
    const v = refOf(r.str(ref, r.loc(ref)))
    if (v === undefined) return undefined
    const found = resolveBucketRef(v, defined, names)
    return found === 'unknown' ? undefined : found
  }
  for (const p of pendingMrapPolicies) {
    // `!Ref` of a Multi-Region Access Point is its name.
    const ref = bucketRefOf(p.name.node)
    const name = ref ? undefined : r.string(p.name, '', r.loc(p.name))
    const ap = ref?.attr === 'name' ? mraps.byId.get(ref.id) : name?.state === 'set' ? mraps.byName.get(name.value) : undefined
    if (!ap) {
      notes.push(
        `${src.file}: ${p.owner}: its Multi-Region Access Point is not declared in this template (or not named statically); its policy is not checked`,
      )
      continue
    }
    const doc = readPolicyDocument(r.policyNode(p.doc), p.owner)
    if (p.origin.maybe && !deployedWhenever(p.origin, ap.origin)) markMaybeDeployed(doc, p.origin.maybe)
    ap.policies.push(doc)
  }
  // An `Fn::Transform` among the resources (`AWS::Include` of a snippet, a macro) may add a bucket
  // policy to any bucket of the template: what it may allow or deny there is unknown.
  const resourceTransform = getEntry(resources, 'Fn::Transform')
  if (resourceTransform) {
    const at = r.loc({ node: resourceTransform.value, path: 'Resources.Fn::Transform', keyStart: resourceTransform.keyStart })
    const why = 'an Fn::Transform among the resources (AWS::Include or a macro) may add a policy to this bucket at deploy time'
    for (const b of model.buckets)
      b.policies.push({ owner: 'Resources.Fn::Transform', at, statements: [], unknown: { why, at }, maybe: { why, at } })
  }
  // So may a macro (or AWS::Include) the template's own `Transform:` names: it may rewrite the
  // whole template, so it can do at least what one among the resources does. The rest of the
  // template is checked as written (with a warning), as most macros leave the buckets alone.
  const macro = unreadTransforms(root)[0]
  if (macro) {
    const at = r.loc({ node: macro.node, path: 'Transform' })
    const why = `${macro.name === undefined ? "a transform in the template's Transform" : macro.name === 'AWS::Include' ? "the template's AWS::Include transform" : `the macro ${macro.name} in the template's Transform`} may add a policy to this bucket at deploy time`
    for (const b of model.buckets) b.policies.push({ owner: 'Transform', at, statements: [], unknown: { why, at }, maybe: { why, at } })
  }
  const foreign: PendingForeign[] = []
  for (const p of pendingPolicies) {
    const found = findBucket(p.ref)
    if (!found && policyForChoices(p)) continue
    const bucket = found ?? externalFor(p)
    // Suppressions written on the policy resource apply to what the policy does to the bucket.
    if (found) appendAll(found.suppressions, p.subject.suppressions)
    const doc = readPolicyDocument(r.policyNode(p.doc), p.owner)
    const maybe = maybeFor(p.origin, found)
    if (maybe) markMaybeDeployed(doc, maybe)
    bucket.policies.push(doc)
  }
  /**
   * A policy whose `Bucket` is one of several (`!If [C, !Ref A, !Ref B]`, `!Select [!Ref I, [...]]`):
   * on each bucket of this template it may name, it applies only maybe. Under `!If [C, !Ref A, …]`
   * it applies to `A` exactly when `C` holds; if `A` exists only then (`Condition: C`), the policy is
   * `A`'s whenever `A` exists. False when it names none of this template's buckets.
   */
  function policyForChoices(p: (typeof pendingPolicies)[number]): boolean {
    // A choice made statically (a condition with a known value) was followed by `findBucket`.
    if (r.str(p.ref, r.loc(p.ref)).state !== 'unknown') return false
    const chosen = bucketChoices(p.ref).flatMap((c) => {
      const bucket = findBucket(c.cur)
      return bucket ? [{ c, bucket }] : []
    })
    // One of some names (`!FindInMap [Names, !Ref Env, Bucket]`): each of this template's buckets
    // it may name. Read as another template's bucket, the policy was checked on none of them.
    const v = chosen.length ? undefined : r.evaluate(p.ref)
    if (v instanceof Unknown && v.oneOf) {
      const seen = new Set<Bucket>()
      for (const name of v.oneOf) {
        const bucket = resolveBucketRef(name, defined, names)
        if (bucket && bucket !== 'unknown' && !seen.has(bucket)) {
          seen.add(bucket)
          chosen.push({ c: { cur: p.ref }, bucket })
        }
      }
    }
    if (chosen.length === 0) return false
    const docFor = sharedReadings(p, chosen.length)
    for (const { c, bucket } of chosen) {
      appendAll(bucket.suppressions, p.subject.suppressions)
      const always = c.when !== undefined && c.when.holds && bucket.origin.maybe?.conditions?.includes(c.when.condition)
      bucket.policies.push(docFor(always ? maybeFor(p.origin, bucket) : { why: whyChosen(c, `${p.owner} applies to`), at: r.loc(p.ref) }))
    }
    return true
  }
  /**
   * The policy's document as read for the buckets it may apply to, one reading per way it may
   * apply (one for all the buckets of a `!Select`): read once per bucket, 2,000 buckets of a
   * 2,000-statement policy took 4 GB.
   */
  function sharedReadings(p: (typeof pendingPolicies)[number], buckets: number): (maybe: PolicyDocument['maybe']) => PolicyDocument {
    let unused: PolicyDocument | undefined = readPolicyDocument(r.policyNode(p.doc), p.owner)
    const pastCap = unknownPastChoiceCap(p, buckets, unused)
    const read = (): PolicyDocument => {
      if (pastCap) return pastCap()
      const doc = unused ?? readPolicyDocument(r.policyNode(p.doc), p.owner)
      unused = undefined
      return doc
    }
    // Each reason has one place (the policy's `Bucket` or its `Condition`): it tells the readings apart.
    const readings = new Map<string, PolicyDocument>()
    return (maybe) => {
      const key = maybe?.why ?? ''
      let doc = readings.get(key)
      if (!doc) {
        // Marking rewrites the conditions of Deny statements: each reason needs a reading of its own.
        doc = read()
        if (maybe) markMaybeDeployed(doc, maybe)
        readings.set(key, doc)
      }
      return doc
    }
  }
  /**
   * Past `MAX_POLICY_CHOICES` buckets of a large document, what the policy allows or denies is
   * unknown on each: weighed bucket by bucket, 500 buckets of a 500-statement policy took 16 s of
   * rule checks. Undefined when the policy is checked on each bucket.
   */
  function unknownPastChoiceCap(
    p: (typeof pendingPolicies)[number],
    buckets: number,
    doc: PolicyDocument,
  ): (() => PolicyDocument) | undefined {
    const statements = doc.statements.length
    if (buckets <= MAX_POLICY_CHOICES || buckets * statements <= MAX_CHOICE_STATEMENTS) return undefined
    const why = `${p.owner} may apply to any of ${buckets} buckets and holds ${statements} statements; what it allows or denies on each was not checked`
    notes.push(`${src.file}: ${why}`)
    return () => ({ owner: p.owner, at: doc.at, statements: [], unknown: { why, at: r.loc(p.ref) } })
  }
  // A policy for a bucket defined elsewhere still gets its statements checked, on the policy resource.
  function externalFor(p: (typeof pendingPolicies)[number]): Bucket {
    const name = r.str(p.ref, r.loc(p.ref))
    const b = externalBucket(
      p.owner,
      p.origin,
      name.state === 'unknown' || name.value === null
        ? unknownValue('the bucket is named at deploy time', r.loc(p.ref), name.state === 'unknown' ? name.key : undefined)
        : setValue(name.value, name.at),
    )
    b.suppressions = p.subject.suppressions
    // The policy that prompted this stub is here, so "no bucket policy" cannot be said of it.
    b.policyDefinedElsewhere = undefined
    notes.push(`${src.file}: ${p.owner} is a policy for a bucket this template does not define; only the policy is checked`)
    const choices = bucketChoices(p.ref).map((c) => c.cur)
    foreign.push({ policy: p.owner, ref: p.ref, ...(p.origin.maybe ? { maybe: true } : {}), ...(choices.length ? { choices } : {}) })
    model.buckets.push(b)
    return b
  }
  // A trail writing to one of several buckets (`!If [C, !Ref A, !Ref B]`): each may be the one.
  for (const { trail, ref } of trailBuckets) {
    const choices = bucketChoices(ref).flatMap((c) => {
      const bucket = findBucket(c.cur)
      if (!bucket) return []
      return [{ bucketId: bucket.id, why: whyChosen(c, `${trail.id} writes its logs to`) }]
    })
    if (choices.length) trail.bucketChoices = choices
  }
  for (const n of pendingNotifications) {
    const bucket = findBucket(n.ref)
    if (!bucket) continue
    const found = readNotifications(r, n.config)
    const value = found.state === 'unknown' ? found : setValue(found.value, found.at)
    // Notifications that may not be configured count only where the bucket has the same ones without them.
    const maybe = maybeFor(n.origin, bucket)
    bucket.notifications = maybe && !sameValue(bucket.notifications, value) ? unknownValue(maybe.why, maybe.at) : value
  }
  // After the CDK custom resource, which replaces the bucket's configuration: SAM adds to it.
  // Appended to a list of each bucket's own, not copied per event (20,000 events on one bucket).
  const ownNotifications = new Set<unknown>()
  for (const e of samS3Events) {
    const bucket = findBucket(e.bucket)
    if (!bucket || bucket.notifications.state === 'unknown') continue
    // A function that may not be deployed adds its event only maybe: what the bucket has without it stands.
    const maybe = e.maybe ?? maybeFor(e.origin, bucket)
    if (!maybe) {
      const list = bucket.notifications.value
      if (ownNotifications.has(list)) {
        list.push(e.target)
        bucket.notifications = setValue(list, e.target.at)
      } else {
        const own = [...list, e.target]
        ownNotifications.add(own)
        bucket.notifications = setValue(own, e.target.at)
      }
    } else if (bucket.notifications.value.length === 0) bucket.notifications = unknownValue(maybe.why, maybe.at)
  }
  renamePlaceholders(model, src, logicalToBucket)
  const passedBuckets = bucketsPassedToNestedStacks(nestedStackResources, src, logicalToBucket)
  const links = templateLinks(root, r, src.unit, model.buckets, logicalToBucket, foreign, passedBuckets)
  const forwards = parametersPassedOn(nestedStackResources, src, root)
  if (forwards.length > 0) links.forwards = forwards
  if (links.buckets.length > 0 || links.policies.length > 0 || forwards.length > 0) model.stackLinks = links
  if (ev.budgetSpent)
    problems.push({
      code: 'EVAL_LIMIT',
      file: src.file,
      line: 1,
      column: 1,
      message: `Evaluation stopped after ${limits.maxEvalSteps} steps (intrinsic functions, and a step per 16 characters of the strings they build); the remaining values are treated as unknown`,
      level: 'warning',
    })

  if (ev.cyclicConditions.size) problems.push(conditionCycle(root, src, [...ev.cyclicConditions]))
  const nestedStacks = localNestedStacks(resources, src, r, (id) => ev.resourceType(id) === 'AWS::S3::Bucket')
  return { model, problems, notes, resourceRanges, reader: r, ...(nestedStacks.length ? { nestedStacks } : {}) }
}

function localNestedStacks(resources: SMap, src: TemplateSource, r: TemplateReader, isBucket: (id: string) => boolean): NestedStackCall[] {
  const file = src.file
  const out: NestedStackCall[] = []
  for (const e of resources.entries) {
    const local = localTemplateOf(e.value, file)
    if (!local) continue
    const { line, column } = src.lines.position(local.url.start)
    // A value this template's own parameters make one string (`Acl: !Ref Acl`, with what its parent
    // passes it) is passed on as that string: the grandchild reads it as a literal, not unknown.
    const evaluate = (node: SNode, key: string): string | undefined => {
      const cur: Cur = { node, path: `Resources.${e.key}.Properties.Parameters.${key}` }
      const v = r.str(cur, r.loc(cur))
      // A NoEcho value is not passed on: the child would not know to mask it, so it reads it as unknown.
      if (v.state === 'unknown' || typeof v.value !== 'string' || src.sensitive?.holds(v.value)) return undefined
      return v.value
    }
    out.push({ child: local.child, passed: [...parametersPassed(r, e, isBucket, evaluate)], at: { file, line, column } })
  }
  return out
}

/**
 * What a nested stack resource passes, through an `Fn::If` on a condition known statically (its
 * `AWS::NoValue` side passes nothing); on one that is not, every parameter is unknown.
 */
function parametersPassed(
  r: TemplateReader,
  resource: SEntry,
  isBucket: (id: string) => boolean,
  evaluate: (node: SNode, key: string) => string | undefined,
): ReadonlyMap<string, CallValue> {
  const at = `Resources.${resource.key}`
  const cur = r.child(r.child({ node: resource.value, path: at, keyStart: resource.keyStart }, 'Properties'), 'Parameters')
  if (!cur) return new Map()
  const node = cur.unknown ? new Unknown(cur.unknown) : r.resolve(cur.node)
  if (node === NO_VALUE) return new Map()
  if (node instanceof Unknown) return new Map([[ANY_PARAMETER, null]])
  return passedParameters(node, isBucket, evaluate)
}

/**
 * The buckets of this template that its nested stacks take as a parameter, by name (`BucketName:
 * !Ref Data`): a bucket policy of the nested template on `Bucket: !Ref BucketName` is that
 * bucket's (src/cross-stack.ts). Only nested templates whose file is known (local, or a CDK asset).
 */
function bucketsPassedToNestedStacks(
  stacks: readonly { id: string; node: SNode; maybe: boolean }[],
  src: TemplateSource,
  logicalToBucket: ReadonlyMap<string, Bucket>,
): PassedBucket[] {
  const out: PassedBucket[] = []
  for (const s of stacks) {
    const child = src.nestedTemplates?.get(s.id) ?? localTemplateOf(s.node, src.file)?.child
    const parameters = get(get(s.node, 'Properties'), 'Parameters')
    if (child === undefined || parameters?.kind !== 'map') continue
    for (const e of parameters.entries) {
      const ref = bucketRefOf(e.value)
      const bucket = ref?.attr === 'name' ? logicalToBucket.get(ref.id) : undefined
      if (bucket) out.push({ bucket, template: child, parameter: e.key, maybe: s.maybe })
    }
  }
  return out
}

/**
 * This template's parameters its nested stacks take as theirs (`BucketName: !Ref BucketName`, as
 * CDK passes a grandparent's bucket down): a bucket passed to this template is passed on.
 */
function parametersPassedOn(
  stacks: readonly { id: string; node: SNode; maybe: boolean }[],
  src: TemplateSource,
  root: SMap,
): ParameterForward[] {
  const declared = get(root, 'Parameters')
  if (declared?.kind !== 'map') return []
  const out: ParameterForward[] = []
  for (const s of stacks) {
    const child = src.nestedTemplates?.get(s.id) ?? localTemplateOf(s.node, src.file)?.child
    const parameters = get(get(s.node, 'Properties'), 'Parameters')
    if (child === undefined || parameters?.kind !== 'map') continue
    for (const e of parameters.entries) {
      const ref = bucketRefOf(e.value)
      if (ref?.attr === 'name' && getEntry(declared, ref.id))
        out.push({ from: nestedParameter(src.file, ref.id), to: nestedParameter(child, e.key), maybe: s.maybe })
    }
  }
  return out
}

/** One warning for the conditions that refer to each other in a circle, at the first of them. */
function conditionCycle(root: SMap, src: TemplateSource, names: string[]): Problem {
  const entry = getEntry(get(root, 'Conditions'), names[0]!)
  const at = src.lines.position(entry?.keyStart ?? 0)
  return {
    code: 'EVAL_CYCLE',
    file: src.file,
    line: at.line,
    column: at.column,
    message: `conditions ${names.join(', ')} refer to each other in a circle (CloudFormation rejects the template); what depends on them is unknown`,
    level: 'warning',
  }
}

/** One of the values a `Bucket` property may take, and the condition under which it does. */
interface BucketChoice {
  cur: Cur
  when?: { condition: string; holds: boolean }
}

/** Why `what` (`P applies to`) this bucket only maybe: the choice `c` is made at deploy time. */
function whyChosen(c: BucketChoice, what: string): string {
  return c.when
    ? `${what} this bucket only when condition ${c.when.condition} ${c.when.holds ? 'holds' : 'does not hold'}, which is not known statically`
    : `${what} this bucket or another: it names one of several buckets, which one is only known at deploy time`
}

/**
 * The values an `Fn::If` on a condition not known statically, or an `Fn::Select` with an index not
 * known statically, chooses from (one level: the branches of a nested one are not told apart).
 */
function bucketChoices(ref: Cur): BucketChoice[] {
  const n = ref.node
  if (n.kind !== 'map' || n.entries.length !== 1) return []
  const { key, value } = n.entries[0]!
  if (value.kind !== 'seq') return []
  const item = (i: number): Cur => ({ node: value.items[i]!, path: `${ref.path}.${key}[${i}]` })
  if (key === 'Fn::If' && value.items.length === 3) {
    const c = value.items[0]!
    if (c.kind !== 'scalar' || typeof c.value !== 'string') return []
    return [
      { cur: item(1), when: { condition: c.value, holds: true } },
      { cur: item(2), when: { condition: c.value, holds: false } },
    ]
  }
  if (key === 'Fn::Select' && value.items.length === 2) {
    const list = value.items[1]!
    if (list.kind !== 'seq') return []
    return list.items.map((node, i) => ({ cur: { node, path: `${ref.path}.${key}[1][${i}]` } }))
  }
  return []
}

/**
 * `addressOf`, made one address per resource. CDK gives each resource its construct path, and
 * two resources claiming one path (`aws:cdk:path` written twice) were one bucket to the links: a
 * public policy on one went to the other, whose Block Public Access hid it. A path claimed twice,
 * or that is another resource's logical id, is given up for the logical id.
 */
function uniqueAddresses(
  resources: SMap,
  addressOf: ((logicalId: string) => string) | undefined,
): ((logicalId: string) => string) | undefined {
  if (!addressOf) return undefined
  // Indexed: templates hold thousands of resources, and every one asks.
  const ids = new Set(resources.entries.map((e) => e.key))
  const claims = new Map<string, number>()
  for (const id of ids) {
    const a = addressOf(id)
    claims.set(a, (claims.get(a) ?? 0) + 1)
  }
  return (id) => {
    const a = addressOf(id)
    return a === id || (claims.get(a) === 1 && !ids.has(a)) ? a : id
  }
}

/**
 * Placeholders name buckets by logical id; when CDK gives buckets their construct path as id,
 * rewrite them so every reference in the model uses the bucket's model id.
 */
function renamePlaceholders(model: S3Model, src: TemplateSource, logicalToBucket: Map<string, Bucket>): void {
  if (!src.addressOf) return
  const seen = new WeakSet<object>()
  const visit = (v: unknown, depth: number): void => {
    if (depth > 60 || v === null || typeof v !== 'object' || seen.has(v)) return
    seen.add(v)
    const o = v as Record<string, unknown>
    if (o.kind === 'bucket' && typeof o.id === 'string' && logicalToBucket.has(o.id)) {
      o.id = logicalToBucket.get(o.id)!.id
      return
    }
    for (const x of Object.values(o)) visit(x, depth + 1)
  }
  visit(model, 0)
}

/**
 * The template with its `Fn::ForEach` resource loops expanded. Collections are evaluated on the
 * template as written (parameter defaults, mappings), as CloudFormation expands loops first.
 */
function withLoopsExpanded(src: TemplateSource, limits: Limits, problems: Problem[]): SMap {
  const resources = get(src.root, 'Resources')
  if (resources?.kind !== 'map' || !hasResourceLoops(resources)) return src.root
  const ev = new TemplateEvaluator(src.root, limits.maxEvalSteps, limits.maxCollectionSize * 64)
  const loopLimits = { maxResources: limits.maxInstances, maxNodes: limits.maxAliasExpansion }
  const expanded = expandResourceLoops(resources, ev, loopLimits, { file: src.file, lines: src.lines }, problems)
  return { ...src.root, entries: src.root.entries.map((e) => (e.key === 'Resources' ? { ...e, value: expanded } : e)) }
}

/**
 * The bucket a load balancer writes its access logs to (`AccessLoggingPolicy.S3BucketName`, or
 * the `access_logs.s3.bucket` attribute of an ALB/NLB), or a distribution its standard logs to
 * (`Logging.Bucket`, a domain name). Only when logging is on, or may be; known names only.
 */
function logDeliveryBucket(r: TemplateReader, type: string, props: Cur | undefined): Str | undefined {
  const known = (cur: Cur | undefined) => {
    const v = cur ? r.str(cur, r.loc(cur)) : undefined
    return v && v.state === 'set' && v.value !== null ? v.value : undefined
  }
  const off = (cur: Cur | undefined) => {
    const v = cur ? r.string(cur, '', r.loc(cur)) : undefined
    return v?.state === 'set' && v.value.toLowerCase() === 'false'
  }
  if (type === 'AWS::ElasticLoadBalancing::LoadBalancer') {
    const policy = r.child(props, 'AccessLoggingPolicy')
    return off(r.child(policy, 'Enabled')) ? undefined : known(r.child(policy, 'S3BucketName'))
  }
  if (type === 'AWS::CloudFront::Distribution') return known(r.child(r.child(r.child(props, 'DistributionConfig'), 'Logging'), 'Bucket'))
  const attributes = r.items(r.child(props, 'LoadBalancerAttributes'))
  if (!Array.isArray(attributes)) return undefined
  let bucket: Str | undefined
  for (const a of attributes) {
    const key = r.string(r.child(a, 'Key'), '', r.loc(a))
    if (key.state !== 'set') continue
    if (key.value === 'access_logs.s3.enabled' && off(r.child(a, 'Value'))) return undefined
    if (key.value === 'access_logs.s3.bucket') bucket = known(r.child(a, 'Value'))
  }
  return bucket
}
