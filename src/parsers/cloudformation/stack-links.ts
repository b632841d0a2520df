/**
 * What another template may link to here (buckets this one exports or names) and what this one
 * links to elsewhere (bucket policies for a bucket it does not define): see `src/cross-stack.ts`.
 */
import { ANY_NAME, patternOf } from '../../cross-stack.js'
import { nestedParameter, type ForeignPolicy, type LinkableBucket, type NamePattern, type StackLinks } from '../../model/stack-links.js'
import type { SourceLocation } from '../../model/location.js'
import type { Bucket } from '../../model/s3.js'
import { refOf, strParts, type Str, type Value } from '../../model/value.js'
import type { SMap } from '../shared/source-tree.js'
import { get } from '../shared/source-tree.js'
import type { Cur, TemplateReader } from './reader.js'

/** A policy whose `Bucket` names no bucket of its template, as `externalFor` found it. */
export interface PendingForeign {
  policy: string
  ref: Cur
  /** The policy is deployed only maybe (a condition not known statically). */
  maybe?: boolean
  /** What `Bucket` may be (`!If [C, !Ref BucketName, …]` on a condition not known statically). */
  choices?: Cur[]
}

/** A bucket this template passes by name to a parameter of a nested template. */
export interface PassedBucket {
  bucket: Bucket
  /** Display path of the nested template. */
  template: string
  parameter: string
  /** The nested stack is deployed only maybe (a condition not known statically). */
  maybe: boolean
}

export function templateLinks(
  root: SMap,
  r: TemplateReader,
  unit: string,
  buckets: readonly Bucket[],
  logicalToBucket: ReadonlyMap<string, Bucket>,
  foreign: readonly PendingForeign[],
  passed: readonly PassedBucket[] = [],
): StackLinks {
  const policies = foreign.flatMap((p) => foreignPolicies(r, unit, p))
  const passedTo = new Map<Bucket, NamePattern[]>()
  for (const p of passed) {
    const list = passedTo.get(p.bucket) ?? []
    const name = nestedParameter(p.template, p.parameter)
    list.push(p.maybe ? [name, ''] : [name])
    passedTo.set(p.bucket, list)
  }
  const exportsOf = new Map<Bucket, NamePattern[]>()
  const outputs = get(root, 'Outputs')
  if (outputs?.kind === 'map') {
    for (const entry of outputs.entries) {
      const out: Cur = { node: entry.value, path: `Outputs.${entry.key}`, keyStart: entry.keyStart }
      const name = r.child(r.child(out, 'Export'), 'Name')
      if (!name) continue
      const bucket = exportedBucket(r, r.child(out, 'Value'), logicalToBucket)
      if (!bucket) continue
      const pattern = nameOf(r.str(name, r.loc(out)), unit)
      const list = exportsOf.get(bucket) ?? []
      list.push(pattern)
      exportsOf.set(bucket, list)
    }
  }
  const linkable: LinkableBucket[] = []
  for (const b of buckets) {
    if (!b.managed) continue
    const exports = exportsOf.get(b) ?? []
    const nested = passedTo.get(b)
    // Only a name the template writes: a generated one (`stack-data-1a2b3c`) is nobody's to name.
    const name = b.name.state === 'set' && b.name.value !== null ? patternOf(b.name.value, unit) : undefined
    if (exports.length === 0 && !name && !nested) continue
    const at = b.origin.at
    linkable.push({
      bucket: b.id,
      unit,
      file: at.file,
      line: at.line,
      exports,
      ...(name ? { name } : {}),
      ...(nested ? { passedTo: nested } : {}),
    })
  }
  return { buckets: linkable, policies }
}

/** The bucket an output's value is: its name (`!Ref`) or ARN (`!GetAtt B.Arn`), and nothing around it. */
function exportedBucket(r: TemplateReader, value: Cur | undefined, logicalToBucket: ReadonlyMap<string, Bucket>): Bucket | undefined {
  if (!value) return undefined
  const v = r.str(value, r.loc(value))
  if (v.state === 'unknown' || v.value === null) return undefined
  const parts = strParts(v.value)
  const only = parts.length === 1 ? parts[0] : undefined
  if (!only || typeof only === 'string' || only.kind !== 'bucket' || only.attr === 'domain') return undefined
  return logicalToBucket.get(only.id)
}

function foreignPolicies(r: TemplateReader, unit: string, p: PendingForeign): ForeignPolicy[] {
  const at = r.loc(p.ref)
  const value = r.str(p.ref, at)
  const parameter = wholeParameter(value)
  const byParameter = (parameter: string, maybe: boolean): ForeignPolicy => {
    // `Bucket: !Ref BucketName`: the bucket of each parent that passes one by name (`!Ref Data`).
    const name = nestedParameter(at.file, parameter)
    return { policy: p.policy, unit, file: at.file, line: at.line, via: 'parameter', name: maybe ? [name, ''] : [name] }
  }
  if (parameter !== undefined) return [byParameter(parameter, !!p.maybe)]
  // `!If [C, !Ref BucketName, …]`: the policy of a parent's bucket passed as `BucketName` only maybe.
  const chosen = value.state === 'unknown' ? (p.choices ?? []).map((c) => wholeParameter(r.str(c, r.loc(c)))) : []
  const parameters = [...new Set(chosen.filter((x) => x !== undefined))]
  if (parameters.length) return parameters.map((x) => byParameter(x, true))
  return [foreignPolicy(r, unit, p, at)]
}

function foreignPolicy(r: TemplateReader, unit: string, p: PendingForeign, at: SourceLocation): ForeignPolicy {
  const n = p.ref.node
  const imported = n.kind === 'map' && n.entries.length === 1 && n.entries[0]!.key === 'Fn::ImportValue'
  const named: Cur = imported ? { node: n.entries[0]!.value, path: `${p.ref.path}.Fn::ImportValue` } : p.ref
  const name = nameOf(r.str(named, at), unit)
  return { policy: p.policy, unit, file: at.file, line: at.line, via: imported ? 'import' : 'name', name }
}

/** The parameter a value is as a whole (`!Ref BucketName`, passed by a parent or without a default). */
function wholeParameter(v: Value<Str | null>): string | undefined {
  const ref = refOf(v)
  const parts = ref === undefined ? [] : strParts(ref)
  const only = parts.length === 1 ? parts[0] : undefined
  const key = only !== undefined && typeof only !== 'string' && only.kind === 'unknown' ? only.key : undefined
  return key?.startsWith('parameter:') ? key.slice('parameter:'.length) : undefined
}

/** A name read from the template as a pattern; one not known at all is any name. */
function nameOf(v: Value<Str | null>, unit: string): NamePattern {
  return v.state === 'unknown' || v.value === null ? ANY_NAME : patternOf(v.value, unit)
}
