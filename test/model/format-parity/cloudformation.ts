/**
 * Renders a parity case as CloudFormation: YAML with short tags, YAML with `Fn::` long forms, JSON,
 * SAM, and a CDK cloud assembly synthesised by aws-cdk-lib (L1 resources under L2-style paths).
 * Every renderer records the span of each resource it writes, so a finding's position can be
 * checked against the resource it should point into.
 */
import { App, CfnCondition, CfnParameter, CfnResource, Fn, Stack } from 'aws-cdk-lib'
import { Construct } from 'constructs'
import {
  bucketName,
  linkedName,
  isChoice,
  isParam,
  paramsOf,
  pascal,
  REPLICATION_ROLE,
  type BucketSpec,
  type ParityCase,
  type Setting,
  type Statement,
} from './cases.js'

/** Template values with intrinsics kept abstract until a serializer picks their spelling. */
type Cfn = string | number | boolean | Cfn[] | { [k: string]: Cfn } | Intrinsic
type Intrinsic =
  | { $ref: string }
  | { $getAtt: [string, string] }
  /** `${Logical}` / `${Logical.Attr}` placeholders, as in `Fn::Sub`. */
  | { $sub: string }
  | { $if: [string, Cfn, Cfn] }
  | { $equals: [Cfn, Cfn] }

const ref = (id: string): Intrinsic => ({ $ref: id })
const getAtt = (id: string, attr: string): Intrinsic => ({ $getAtt: [id, attr] })
const sub = (s: string): Intrinsic => ({ $sub: s })
const isIntrinsic = (v: unknown): v is Intrinsic =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && Object.keys(v)[0]!.startsWith('$')

export interface CfnResourceSpec {
  logicalId: string
  type: string
  properties: { [k: string]: Cfn }
  /** The bucket or trail id of the case this resource belongs to (findings on it are about that subject). */
  subject: string
  /** A template condition the resource is created under. */
  condition?: string
}

export interface CfnTemplateSpec {
  parameters: string[]
  conditions: { name: string; param: string; equals: string }[]
  resources: CfnResourceSpec[]
}

/** A rendered file and the span (offsets) of each resource in it, by address. */
export interface Rendered {
  files: Record<string, string>
  /** file → address → [start, end) offsets of the resource's text. */
  spans: Record<string, Map<string, [number, number]>>
  /** address (as findings name it) → subject. */
  subjects: Map<string, string>
}

const lid = (id: string) => pascal(id)
/** Bucket `id` where a name is expected: a `Ref`, or its literal name when the case links by name. */
const bucketRef = (c: ParityCase, id: string): Cfn => linkedName(c, id) ?? ref(lid(id))
/** The ARN of bucket `id` (with `suffix`, e.g. `/*`), as `GetAtt`/`Sub` or literally. */
function bucketArn(c: ParityCase, id: string, suffix = ''): Cfn {
  const n = linkedName(c, id)
  if (n !== undefined) return `arn:aws:s3:::${n}${suffix}`
  return suffix ? sub(`\${${lid(id)}.Arn}${suffix}`) : getAtt(lid(id), 'Arn')
}
const conditionName = (param: string) => `${param}Condition`

function setting(s: Setting): Cfn {
  if (isParam(s)) return ref(s.param)
  if (isChoice(s)) return { $if: [conditionName(s.ifParam.param), s.then, s.else] }
  return s
}

const CANNED: Record<string, string> = {
  private: 'Private',
  'public-read': 'PublicRead',
  'public-read-write': 'PublicReadWrite',
  'log-delivery-write': 'LogDeliveryWrite',
}

function policyDocument(c: ParityCase, bucketId: string, statements: Statement[]): Cfn {
  return {
    Version: '2012-10-17',
    Statement: statements.map((s) => {
      const out: { [k: string]: Cfn } = { Sid: s.sid, Effect: s.effect }
      if (typeof s.principal === 'object' && 'not' in s.principal) out.NotPrincipal = s.principal.not
      else out.Principal = s.principal
      out[s.notAction ? 'NotAction' : 'Action'] = s.actions.length === 1 ? s.actions[0]! : s.actions
      const res = s.on.map((o) => (o === 'bucket' ? bucketArn(c, bucketId) : bucketArn(c, bucketId, '/*')))
      out.Resource = res.length === 1 ? res[0]! : res
      if (s.condition) out.Condition = s.condition
      return out
    }),
  }
}

function bucketProperties(c: ParityCase, b: BucketSpec): { [k: string]: Cfn } {
  const p: { [k: string]: Cfn } = {}
  const name = bucketName(c, b)
  if (name !== null) p.BucketName = isParam(name) ? ref(name.param) : name
  if (b.acl) p.AccessControl = CANNED[b.acl]!
  if (b.ownership) p.OwnershipControls = { Rules: [{ ObjectOwnership: b.ownership }] }
  if (b.pab) {
    const pab: { [k: string]: Cfn } = {}
    for (const [k, v] of Object.entries(b.pab)) pab[pascal(k)] = v
    p.PublicAccessBlockConfiguration = pab
  }
  if (b.sse) {
    const byDefault: { [k: string]: Cfn } = { SSEAlgorithm: b.sse.algorithm }
    if (b.sse.kmsKey) byDefault.KMSMasterKeyID = b.sse.kmsKey === 'resource' ? getAtt(`${lid(b.id)}Key`, 'Arn') : b.sse.kmsKey
    const rule: { [k: string]: Cfn } = { ServerSideEncryptionByDefault: byDefault }
    if (b.sse.bucketKey !== undefined) rule.BucketKeyEnabled = b.sse.bucketKey
    p.BucketEncryption = { ServerSideEncryptionConfiguration: [rule] }
  }
  // CloudFormation cannot set MFA delete: `mfaDelete` has no spelling here.
  if (b.versioning) p.VersioningConfiguration = { Status: setting(b.versioning) }
  if (b.objectLock) {
    p.ObjectLockEnabled = true
    const lock: { [k: string]: Cfn } = { ObjectLockEnabled: 'Enabled' }
    if (b.objectLock.mode) lock.Rule = { DefaultRetention: { Mode: b.objectLock.mode, Days: b.objectLock.days! } }
    p.ObjectLockConfiguration = lock
  }
  if (b.logging) {
    // Without a destination, CloudFormation delivers the logs to the bucket itself.
    p.LoggingConfiguration =
      b.logging.target === 'self'
        ? { LogFilePrefix: b.logging.prefix }
        : { DestinationBucketName: bucketRef(c, b.logging.target), LogFilePrefix: b.logging.prefix }
  }
  if (b.lifecycle) {
    p.LifecycleConfiguration = {
      Rules: b.lifecycle.map((r, i) => {
        const rule: { [k: string]: Cfn } = { Id: `rule-${i}`, Status: r.disabled ? 'Disabled' : 'Enabled' }
        if (r.prefix !== undefined) rule.Prefix = r.prefix
        if (r.expirationDays !== undefined) rule.ExpirationInDays = r.expirationDays
        if (r.noncurrentDays !== undefined) rule.NoncurrentVersionExpiration = { NoncurrentDays: r.noncurrentDays }
        if (r.abortDays !== undefined) rule.AbortIncompleteMultipartUpload = { DaysAfterInitiation: r.abortDays }
        return rule
      }),
    }
  }
  if (b.replicationTo) {
    p.ReplicationConfiguration = {
      Role: REPLICATION_ROLE,
      Rules: [{ Id: 'all', Status: 'Enabled', Prefix: '', Destination: { Bucket: bucketArn(c, b.replicationTo) } }],
    }
  }
  if (b.notifyTopic || b.eventBridge) {
    const n: { [k: string]: Cfn } = {}
    if (b.notifyTopic) n.TopicConfigurations = [{ Event: 's3:ObjectCreated:*', Topic: ref(lid(b.notifyTopic)) }]
    if (b.eventBridge) n.EventBridgeConfiguration = { EventBridgeEnabled: true }
    p.NotificationConfiguration = n
  }
  if (b.website) p.WebsiteConfiguration = { IndexDocument: b.website.index }
  if (b.cors) p.CorsConfiguration = { CorsRules: [{ AllowedOrigins: b.cors.origins, AllowedMethods: b.cors.methods }] }
  return p
}

/** The case as CloudFormation resources; `sam` swaps topic notifications for a function's S3 event. */
export function cfnTemplate(c: ParityCase, sam = false): CfnTemplateSpec {
  const resources: CfnResourceSpec[] = []
  const conditions = new Map<string, { name: string; param: string; equals: string }>()
  for (const b of c.buckets) {
    if (isChoice(b.versioning)) {
      const name = conditionName(b.versioning.ifParam.param)
      conditions.set(name, { name, param: b.versioning.ifParam.param, equals: b.versioning.equals })
    }
    if (b.policyIf) {
      const name = conditionName(b.policyIf.param)
      conditions.set(name, { name, param: b.policyIf.param, equals: 'true' })
    }
    if (b.createIf) {
      const name = conditionName(b.createIf.param)
      conditions.set(name, { name, param: b.createIf.param, equals: 'true' })
    }
  }
  if (!sam)
    for (const t of c.topics ?? []) resources.push({ logicalId: lid(t), type: 'AWS::SNS::Topic', properties: {}, subject: `topic:${t}` })
  for (const b of c.buckets) {
    if (b.sse?.kmsKey === 'resource')
      resources.push({
        logicalId: `${lid(b.id)}Key`,
        type: 'AWS::KMS::Key',
        properties: { EnableKeyRotation: true },
        subject: `key:${b.id}`,
      })
    const properties = bucketProperties(c, b)
    // SAM: the function's S3 event stands for the topic (see below); EventBridge stays on the bucket.
    const n = properties.NotificationConfiguration as { [k: string]: Cfn } | undefined
    if (sam && n) {
      delete n.TopicConfigurations
      if (!Object.keys(n).length) delete properties.NotificationConfiguration
    }
    const createIf = b.createIf ? { condition: conditionName(b.createIf.param) } : {}
    resources.push({ logicalId: lid(b.id), type: 'AWS::S3::Bucket', properties, subject: b.id, ...createIf })
    if (b.policy) {
      resources.push({
        logicalId: `${lid(b.id)}Policy`,
        type: 'AWS::S3::BucketPolicy',
        properties: { Bucket: bucketRef(c, b.id), PolicyDocument: policyDocument(c, b.id, b.policy) },
        subject: b.id,
        ...(b.policyIf ? { condition: conditionName(b.policyIf.param) } : createIf),
      })
    }
  }
  if (c.trail) {
    const t = c.trail
    resources.push({
      logicalId: lid(t.id),
      type: 'AWS::CloudTrail::Trail',
      properties: {
        IsLogging: true,
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
        S3BucketName: bucketRef(c, t.bucket),
        EventSelectors: [
          {
            ReadWriteType: t.readWriteType ?? 'All',
            IncludeManagementEvents: true,
            DataResources: [
              {
                Type: 'AWS::S3::Object',
                Values: t.dataEventsFor === 'all' ? ['arn:aws:s3'] : t.dataEventsFor.map((id) => bucketArn(c, id, '/')),
              },
            ],
          },
        ],
      },
      subject: `trail:${t.id}`,
    })
  }
  if (sam) {
    const target = c.buckets.find((b) => b.notifyTopic) ?? c.buckets[c.buckets.length - 1]!
    const fn: { [k: string]: Cfn } = {
      Runtime: 'python3.12',
      Handler: 'index.handler',
      InlineCode: 'def handler(event, context):\n    return None\n',
      Policies: [{ S3ReadPolicy: { BucketName: ref(lid(target.id)) } }],
    }
    if (target.notifyTopic) {
      fn.Events = { Upload: { Type: 'S3', Properties: { Bucket: ref(lid(target.id)), Events: 's3:ObjectCreated:*' } } }
    }
    resources.push({ logicalId: 'Handler', type: 'AWS::Serverless::Function', properties: fn, subject: 'function:handler' })
  }
  return { parameters: paramsOf(c).map((p) => p.param), conditions: [...conditions.values()], resources }
}

// ----- serializers

type Plain = string | number | boolean | null | Plain[] | { [k: string]: Plain }

/** Intrinsics in their `Fn::` long form (JSON, long-form YAML). */
function longForm(v: Cfn): Plain {
  if (Array.isArray(v)) return v.map(longForm)
  if (isIntrinsic(v)) {
    if ('$ref' in v) return { Ref: v.$ref }
    if ('$getAtt' in v) return { 'Fn::GetAtt': [...v.$getAtt] }
    if ('$sub' in v) return { 'Fn::Sub': v.$sub }
    if ('$if' in v) return { 'Fn::If': [v.$if[0], longForm(v.$if[1]), longForm(v.$if[2])] }
    return { 'Fn::Equals': [longForm(v.$equals[0]), longForm(v.$equals[1])] }
  }
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, longForm(x)]))
  return v
}

const needsQuotes = (s: string) =>
  s === '' ||
  /^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$|: | #|:$/.test(s) ||
  /^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) ||
  !isNaN(Number(s)) ||
  s.includes('\n')
const yamlScalar = (v: string | number | boolean | null): string =>
  typeof v === 'string' ? (needsQuotes(v) ? JSON.stringify(v) : v) : v === null ? 'null' : String(v)

/** A tag and its argument on one line (`!Ref X`, `!If [C, a, b]`), or undefined for plain values. */
function shortTag(v: Cfn): string | undefined {
  if (!isIntrinsic(v)) return undefined
  const flow = (x: Cfn): string => shortTag(x) ?? yamlScalar(x as string)
  if ('$ref' in v) return `!Ref ${v.$ref}`
  if ('$getAtt' in v) return `!GetAtt ${v.$getAtt.join('.')}`
  if ('$sub' in v) return `!Sub ${JSON.stringify(v.$sub)}`
  if ('$if' in v) return `!If [${v.$if[0]}, ${flow(v.$if[1])}, ${flow(v.$if[2])}]`
  return `!Equals [${flow(v.$equals[0])}, ${flow(v.$equals[1])}]`
}

/** Block-style YAML lines for `v` at `indent`; `short` writes intrinsics as tags. */
function yamlLines(v: Cfn, indent: number, short: boolean): string[] {
  const pad = ' '.repeat(indent)
  const inline = (x: Cfn): string | undefined => {
    if (short && isIntrinsic(x)) return shortTag(x)
    if (x === null || typeof x !== 'object') return yamlScalar(x)
    if (Array.isArray(x) && x.length === 0) return '[]'
    if (!Array.isArray(x) && Object.keys(x).length === 0) return '{}'
    return undefined
  }
  const value = short ? v : (longForm(v) as Cfn)
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const one = inline(item)
      if (one !== undefined) return [`${pad}- ${one}`]
      const inner = yamlLines(item, indent + 2, short)
      return [`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1)]
    })
  }
  return Object.entries(value as Record<string, Cfn>).flatMap(([k, x]) => {
    const key = yamlScalar(k)
    if (typeof x === 'string' && x.includes('\n'))
      return [
        `${pad}${key}: |`,
        ...x
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => `${pad}  ${l}`),
      ]
    const one = inline(x)
    if (one !== undefined) return [`${pad}${key}: ${one}`]
    return [`${pad}${key}:`, ...yamlLines(x, indent + (Array.isArray(x) ? 2 : 2), short)]
  })
}

interface Chunk {
  text: string
  address?: string
}
function join(chunks: Chunk[]): { text: string; spans: Map<string, [number, number]> } {
  let text = ''
  const spans = new Map<string, [number, number]>()
  for (const c of chunks) {
    if (c.address) spans.set(c.address, [text.length, text.length + c.text.length])
    text += c.text
  }
  return { text, spans }
}

function yamlTemplate(t: CfnTemplateSpec, short: boolean, transform: boolean): { text: string; spans: Map<string, [number, number]> } {
  const chunks: Chunk[] = [{ text: 'AWSTemplateFormatVersion: "2010-09-09"\n' }]
  if (transform) chunks.push({ text: 'Transform: AWS::Serverless-2016-10-31\n' })
  if (t.parameters.length) chunks.push({ text: 'Parameters:\n' + t.parameters.map((p) => `  ${p}:\n    Type: String\n`).join('') })
  if (t.conditions.length) {
    const conds: { [k: string]: Cfn } = {}
    for (const c of t.conditions) conds[c.name] = { $equals: [ref(c.param), c.equals] }
    chunks.push({ text: 'Conditions:\n' + yamlLines(conds, 2, short).join('\n') + '\n' })
  }
  chunks.push({ text: 'Resources:\n' })
  for (const r of t.resources) {
    const body: { [k: string]: Cfn } = { Type: r.type }
    if (r.condition) body.Condition = r.condition
    if (Object.keys(r.properties).length) body.Properties = r.properties
    chunks.push({ text: yamlLines({ [r.logicalId]: body }, 2, short).join('\n') + '\n', address: r.logicalId })
  }
  return join(chunks)
}

function jsonTemplate(t: CfnTemplateSpec): { text: string; spans: Map<string, [number, number]> } {
  const chunks: Chunk[] = [{ text: '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n' }]
  const indent = (s: string, n: number) => s.replace(/\n/g, '\n' + ' '.repeat(n))
  if (t.parameters.length) {
    const params = Object.fromEntries(t.parameters.map((p) => [p, { Type: 'String' }]))
    chunks.push({ text: `  "Parameters": ${indent(JSON.stringify(params, null, 2), 2)},\n` })
  }
  if (t.conditions.length) {
    const conds = Object.fromEntries(t.conditions.map((c) => [c.name, longForm({ $equals: [ref(c.param), c.equals] })]))
    chunks.push({ text: `  "Conditions": ${indent(JSON.stringify(conds, null, 2), 2)},\n` })
  }
  chunks.push({ text: '  "Resources": {\n' })
  t.resources.forEach((r, i) => {
    const body: Record<string, Plain> = { Type: r.type }
    if (r.condition) body.Condition = r.condition
    if (Object.keys(r.properties).length) body.Properties = longForm(r.properties)
    chunks.push({ text: `    ${JSON.stringify(r.logicalId)}: ${indent(JSON.stringify(body, null, 2), 4)}`, address: r.logicalId })
    chunks.push({ text: i < t.resources.length - 1 ? ',\n' : '\n' })
  })
  chunks.push({ text: '  }\n}\n' })
  return join(chunks)
}

function subjectsOf(t: CfnTemplateSpec, address: (r: CfnResourceSpec) => string = (r) => r.logicalId): Map<string, string> {
  return new Map(t.resources.map((r) => [address(r), r.subject]))
}

export function renderYamlShort(c: ParityCase): Rendered {
  const t = cfnTemplate(c)
  const y = yamlTemplate(t, true, false)
  return { files: { 'template.yaml': y.text }, spans: { 'template.yaml': y.spans }, subjects: subjectsOf(t) }
}

export function renderYamlLong(c: ParityCase): Rendered {
  const t = cfnTemplate(c)
  const y = yamlTemplate(t, false, false)
  return { files: { 'template.yaml': y.text }, spans: { 'template.yaml': y.spans }, subjects: subjectsOf(t) }
}

export function renderJson(c: ParityCase): Rendered {
  const t = cfnTemplate(c)
  const j = jsonTemplate(t)
  return { files: { 'template.json': j.text }, spans: { 'template.json': j.spans }, subjects: subjectsOf(t) }
}

export function renderSam(c: ParityCase): Rendered {
  const t = cfnTemplate(c, true)
  const y = yamlTemplate(t, true, true)
  return { files: { 'template.yaml': y.text }, spans: { 'template.yaml': y.spans }, subjects: subjectsOf(t) }
}

// ----- CDK

export const CDK_STACK = 'ParityStack'

/**
 * Synthesises the case with aws-cdk-lib: every resource is an L1 `CfnResource` named `Resource`
 * inside a construct named after it, as L2 constructs lay them out, so logical ids are hashed
 * (`DataE3889A50`) and references are CDK tokens (`Fn::Join` for what `Fn::Sub` wrote).
 * Returns the files of `cdk.out` (relative to it) and each resource's construct path.
 */
export function synthCdk(c: ParityCase, outdir: string): { subjects: Map<string, string>; logicalIds: Map<string, string> } {
  const t = cfnTemplate(c)
  const app = new App({
    outdir,
    context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:version-reporting': false },
  })
  const stack = new Stack(app, CDK_STACK)
  const params = new Map(t.parameters.map((p) => [p, new CfnParameter(stack, p, { type: 'String' })]))
  const conditions = new Map<string, CfnCondition>()
  for (const cond of t.conditions) {
    conditions.set(
      cond.name,
      new CfnCondition(stack, cond.name, { expression: Fn.conditionEquals(params.get(cond.param)!.valueAsString, cond.equals) }),
    )
  }
  const made = new Map<string, CfnResource>()
  for (const r of t.resources) {
    const res = new CfnResource(new Construct(stack, r.logicalId), 'Resource', { type: r.type })
    if (r.condition) res.cfnOptions.condition = conditions.get(r.condition)
    made.set(r.logicalId, res)
  }
  const lidOf = (id: string): string => {
    const res = made.get(id)
    return res ? res.logicalId : id
  }
  const tokens = (v: Cfn): unknown => {
    if (Array.isArray(v)) return v.map(tokens)
    if (isIntrinsic(v)) {
      if ('$ref' in v) return { Ref: lidOf(v.$ref) }
      if ('$getAtt' in v) return { 'Fn::GetAtt': [lidOf(v.$getAtt[0]), v.$getAtt[1]] }
      if ('$if' in v) return { 'Fn::If': [v.$if[0], tokens(v.$if[1]), tokens(v.$if[2])] }
      if ('$equals' in v) return { 'Fn::Equals': [tokens(v.$equals[0]), tokens(v.$equals[1])] }
      // What CDK writes for `${bucket.bucketArn}/*`: a join of the attribute and the text.
      const parts: unknown[] = []
      let last = 0
      for (const m of v.$sub.matchAll(/\$\{([A-Za-z0-9]+)(?:\.([A-Za-z]+))?\}/g)) {
        if (m.index! > last) parts.push(v.$sub.slice(last, m.index))
        parts.push(m[2] ? { 'Fn::GetAtt': [lidOf(m[1]!), m[2]] } : { Ref: lidOf(m[1]!) })
        last = m.index! + m[0].length
      }
      if (last < v.$sub.length) parts.push(v.$sub.slice(last))
      return { 'Fn::Join': ['', parts] }
    }
    if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tokens(x)]))
    return v
  }
  for (const r of t.resources) if (Object.keys(r.properties).length) made.get(r.logicalId)!.addOverride('Properties', tokens(r.properties))
  app.synth()
  const subjects = new Map<string, string>()
  const logicalIds = new Map<string, string>()
  for (const r of t.resources) {
    const path = `${CDK_STACK}/${r.logicalId}/Resource`
    subjects.set(path, r.subject)
    logicalIds.set(stack.resolve(made.get(r.logicalId)!.logicalId) as string, path)
  }
  return { subjects, logicalIds }
}
