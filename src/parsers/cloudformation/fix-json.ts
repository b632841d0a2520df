/**
 * Fix edits of CloudFormation JSON templates: the YAML writer's intents as small JSON edits in
 * the template's own layout (indentation, spacing, line endings, objects kept on one line). A
 * value built by an intrinsic where the edit would go gets no edit.
 */
import type { TextEdit } from '../../engine/finding.js'
import { FileEdits } from '../shared/file-edits.js'
import { addMembers, appendItem, removeMember, replaceValue, type JsonData, type JsonStyle, type Splice } from '../shared/json-edit.js'
import type { LineIndex } from '../shared/line-index.js'
import { get, getEntry, type SEntry, type SMap, type SNode } from '../shared/source-tree.js'
import { TLS_STATEMENT, tlsPolicyStatement } from '../shared/tls-statement.js'
import { bucketCondition, freePolicyName, otherPolicyMayCover } from './fix-policy.js'

/** One template of a JSON file, as a fix sees it. */
export interface JsonTemplate {
  file: string
  text: string
  lines: LineIndex
  style: JsonStyle
  /** The template's `Resources` object. */
  resources: SMap
  /** Bucket policies by the bucket they `Ref`. */
  policies: Map<string, SEntry>
}

type TlsKind = keyof typeof TLS_STATEMENT

export function statementDescription(kind: TlsKind): string {
  return kind === 'deny-insecure-transport' ? 'deny plain-HTTP requests to the bucket and its objects' : 'deny TLS versions below 1.2'
}

function toEdit(t: JsonTemplate, splice: Splice | undefined, description: string): TextEdit | undefined {
  if (!splice) return undefined
  const edits = new FileEdits(t.text, t.lines)
  edits.replace(splice.start, splice.end, splice.text)
  return edits.toTextEdit(t.file, description)
}

/** `{"Ref": …}`, `{"Fn::…": …}`: a value CloudFormation computes, not an object to edit. */
function isIntrinsic(n: SNode): boolean {
  return n.kind === 'map' && n.entries.length === 1 && (n.entries[0]!.key === 'Ref' || n.entries[0]!.key.startsWith('Fn::'))
}

/**
 * An object to edit: not an intrinsic, nor one holding an intrinsic's key beside others
 * (`{"BucketName": …, "Fn::Transform": …}`: the macro makes the properties from what is beside it,
 * and CloudFormation rejects any other function with siblings).
 */
function plainMap(n: SNode | undefined): SMap | undefined {
  return n?.kind === 'map' && !isIntrinsic(n) && !n.entries.some((e) => e.key === 'Ref' || e.key.startsWith('Fn::')) ? n : undefined
}

/** Sets property `key` of a resource: rewrites its value, or adds it (and `Properties` when missing). */
export function setProperty(t: JsonTemplate, resource: SEntry, key: string, value: JsonData, description: string): TextEdit | undefined {
  const body = plainMap(resource.value)
  if (!body) return undefined
  const props = getEntry(body, 'Properties')
  if (!props) return toEdit(t, addMembers(t.text, body, [['Properties', { [key]: value }]], t.style), description)
  const map = plainMap(props.value)
  if (!map) return undefined
  const existing = getEntry(map, key)
  if (existing) return setMember(t, existing, value, description)
  return toEdit(t, addMembers(t.text, map, [[key, value]], t.style), description)
}

/** Adds `key` to an object that does not have it yet (a sibling of ServerSideEncryptionByDefault). */
export function addMember(t: JsonTemplate, node: SNode, key: string, value: JsonData, description: string): TextEdit | undefined {
  const map = plainMap(node)
  if (!map || getEntry(map, key)) return undefined
  return toEdit(t, addMembers(t.text, map, [[key, value]], t.style), description)
}

export function setMember(t: JsonTemplate, entry: SEntry, value: JsonData, description: string): TextEdit | undefined {
  return toEdit(t, replaceValue(t.text, entry, value, t.style), description)
}

export function removeProperty(t: JsonTemplate, resource: SEntry, key: string, description: string): TextEdit | undefined {
  const props = plainMap(get(resource.value, 'Properties'))
  return props && toEdit(t, removeMember(t.text, props, key), description)
}

/** A bucket's ARN and its objects, written like the template writes them elsewhere. */
type ArnStyle = { literal: string } | { getAtt: 'list' | 'string' }

function strings(n: SNode, out: string[] = []): string[] {
  if (n.kind === 'scalar') {
    if (typeof n.value === 'string') out.push(n.value)
  } else for (const c of n.kind === 'map' ? n.entries.map((e) => e.value) : n.items) strings(c, out)
  return out
}

/**
 * The literal ARN when the policy already names the bucket by its literal name
 * (`arn:aws:s3:::data/*`); else `Fn::GetAtt`, as a string (`"Data.Arn"`) when the policy writes
 * it so. Anything else (the name in a `Fn::Sub`, a `Fn::Join`) still means the same bucket.
 */
function arnStyle(bucket: SEntry, statements: SNode[]): ArnStyle {
  const resources = statements.flatMap((s) => ['Resource', 'NotResource'].map((k) => get(s, k)).filter((r) => r !== undefined))
  const name = get(get(bucket.value, 'Properties'), 'BucketName')
  if (name?.kind === 'scalar' && typeof name.value === 'string' && name.value) {
    const prefix = resources
      .flatMap((r) => strings(r))
      // `s`: without it a line break made `(.*?)(\/.*)?$` retry from every slash (12 s on 40,000).
      .map((s) => /^(arn:aws[a-z-]*:s3:::)(.*?)(\/.*)?$/s.exec(s))
      .find((m) => m?.[2] === name.value)
    if (prefix) return { literal: prefix[1]! + name.value }
  }
  const getAtts = resources.flatMap((r) => (r.kind === 'seq' ? r.items : [r])).map((r) => get(r, 'Fn::GetAtt'))
  return { getAtt: getAtts.some((g) => g?.kind === 'scalar') ? 'string' : 'list' }
}

function arns(id: string, style: ArnStyle): JsonData[] {
  if ('literal' in style) return [style.literal, `${style.literal}/*`]
  return [{ 'Fn::GetAtt': style.getAtt === 'list' ? [id, 'Arn'] : `${id}.Arn` }, { 'Fn::Sub': `\${${id}.Arn}/*` }]
}

/**
 * Appends the TLS statement to the bucket's policy, or declares a policy right after the bucket
 * when it has none. A document or statement list built by an intrinsic, a single statement
 * object, or another policy that may be about this bucket (not by `Ref`) gets no edit.
 */
export function addTlsStatement(t: JsonTemplate, bucket: SEntry, kind: TlsKind): TextEdit | undefined {
  const description = statementDescription(kind)
  const policy = t.policies.get(bucket.key)
  if (policy) {
    const document = plainMap(get(get(policy.value, 'Properties'), 'PolicyDocument'))
    const list = get(document, 'Statement')
    if (list?.kind !== 'seq' || list.items.length === 0 || !list.items.every((s) => plainMap(s))) return undefined
    const taken = new Set(list.items.map((s) => get(s, 'Sid')).flatMap((s) => (s?.kind === 'scalar' ? [String(s.value)] : [])))
    const statement = tlsPolicyStatement(kind, arns(bucket.key, arnStyle(bucket, list.items)), taken)
    return toEdit(t, appendItem(t.text, list, statement, t.style), description)
  }
  const ids = declaredIds(t.resources)
  const declared = (id: string) => ids.has(id)
  if (otherPolicyMayCover(t.resources, declared, bucket.key)) return undefined
  const name = freePolicyName(bucket.key, declared)
  const condition = bucketCondition(bucket)
  if (condition === null) return undefined
  const added: JsonData = {
    Type: 'AWS::S3::BucketPolicy',
    ...(condition === undefined ? {} : { Condition: condition }),
    Properties: {
      Bucket: { Ref: bucket.key },
      PolicyDocument: { Version: '2012-10-17', Statement: [tlsPolicyStatement(kind, arns(bucket.key, { getAtt: 'list' }), new Set())] },
    },
  }
  const splice = addMembers(t.text, t.resources, [[name, added]], t.style, bucket)
  return toEdit(t, splice, `add a bucket policy that will ${description}`)
}

/** The logical ids of a template, once per template rather than a search of them per question. */
const idsOf = new WeakMap<SMap, Set<string>>()
function declaredIds(resources: SMap): Set<string> {
  let ids = idsOf.get(resources)
  if (!ids) idsOf.set(resources, (ids = new Set(resources.entries.map((e) => e.key))))
  return ids
}
