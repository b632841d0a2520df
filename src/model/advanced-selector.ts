/**
 * What a CloudTrail advanced event selector records of S3 object events, read the same way for
 * CloudFormation (`FieldSelectors`) and Terraform (`field_selector`). Only `Equals` and
 * `StartsWith` on `readOnly` and `resources.ARN` were read before: `readOnly NotEquals ["false"]`
 * (reads only) and an `eventName` filter (`Equals [GetObject]`) passed as recording everything.
 */
import type { SourceLocation } from './location.js'
import type { Tri } from './policy.js'
import type { DataEventSelector } from './s3.js'
import { defaultValue, setValue, unknownValue, type Value } from './value.js'
import type { Str } from './value.js'

export interface FieldSelector {
  field: string
  at: SourceLocation
  /** Each operator that is written, with its values (`Str` so an ARN may hold placeholders). */
  operators: Map<Operator, Value<Str[]>>
}

export type Operator = 'equals' | 'notEquals' | 'startsWith' | 'notStartsWith' | 'endsWith' | 'notEndsWith'

/** Each operator as CloudFormation (`NotStartsWith`) and Terraform (`not_starts_with`) write it. */
export const FIELD_OPERATORS: readonly { op: Operator; cloudformation: string; terraform: string }[] = (
  ['equals', 'notEquals', 'startsWith', 'notStartsWith', 'endsWith', 'notEndsWith'] as const
).map((op) => ({
  op,
  cloudformation: op[0]!.toUpperCase() + op.slice(1),
  terraform: op.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
}))

const texts = (v: Value<Str[]>): string[] | undefined =>
  v.state === 'unknown' ? undefined : v.value.every((s) => typeof s === 'string') ? (v.value as string[]) : undefined

export function advancedSelector(fields: readonly FieldSelector[], at: SourceLocation): DataEventSelector | undefined {
  let s3: boolean | { why: string; at: SourceLocation } = false
  let rw: Value<string> = defaultValue('All', at)
  let arns: Str[] = ['arn:aws:s3']
  let someEvents: { at: SourceLocation; field: string } | undefined
  let openFilter: { why: string; at: SourceLocation } | undefined
  for (const f of fields) {
    const op = (k: Operator) => f.operators.get(k)
    switch (f.field) {
      case 'eventCategory': {
        const eq = op('equals')
        const values = eq && texts(eq)
        // Management events only: no data events at all.
        if (values && !values.includes('Data')) return undefined
        break
      }
      case 'resources.type': {
        const eq = op('equals')
        if (!eq) break
        const values = texts(eq)
        if (values === undefined) s3 = { why: eq.state === 'unknown' ? eq.why : 'a resource type not known statically', at: f.at }
        else if (values.includes('AWS::S3::Object')) s3 = true
        break
      }
      case 'readOnly':
        rw = readOnlyType(f, rw)
        break
      case 'resources.ARN': {
        const starts = op('startsWith') ?? op('equals')
        if (starts?.state === 'unknown') arns = [{ parts: [{ kind: 'unknown', why: starts.why }] }]
        else if (starts?.value.length) arns = starts.value
        break
      }
      case 'eventSource':
        // Every S3 object event comes from s3.amazonaws.com: a filter that keeps it leaves all of them.
        const keeps = keepsValue(f, S3_EVENT_SOURCE)
        if (keeps === 'unknown') openFilter ??= { why: 'an eventSource filter not known statically', at: f.at }
        else if (!keeps) someEvents ??= { at: f.at, field: f.field }
        break
      // `eventName`, and every filter on what else an event says (`userIdentity.arn`, `eventType`,
      // `sessionCredentialFromConsole`, `errorCode`...), records some S3 object events and not others.
      default:
        if (f.operators.size > 0) someEvents ??= { at: f.at, field: f.field }
        break
    }
  }
  if (s3 === false) return undefined
  if (s3 !== true) return unknownSelector(s3.why, s3.at, at)
  if (openFilter && !someEvents) return unknownSelector(openFilter.why, openFilter.at, at)
  return {
    readWriteType: rw,
    s3Resources: arns,
    advanced: true,
    at,
    ...(someEvents ? { someEvents: someEvents.at, someEventsField: someEvents.field } : {}),
  }
}

const S3_EVENT_SOURCE = 's3.amazonaws.com'

/**
 * Does every operator of `f` let through events whose field holds `value`? `unknown` when a list
 * is only known at deploy time. Positive operators must name it (`Equals`, `StartsWith`,
 * `EndsWith`), negative ones must not (`NotEquals`, `NotStartsWith`, `NotEndsWith`).
 */
function keepsValue(f: FieldSelector, value: string): Tri {
  const tests: Record<Operator, (written: string) => boolean> = {
    equals: (w) => w === value,
    startsWith: (w) => value.startsWith(w),
    endsWith: (w) => value.endsWith(w),
    notEquals: (w) => w === value,
    notStartsWith: (w) => value.startsWith(w),
    notEndsWith: (w) => value.endsWith(w),
  }
  let keeps: Tri = true
  for (const [op, values] of f.operators) {
    const written = texts(values)
    if (written === undefined) {
      keeps = keeps === false ? false : 'unknown'
      continue
    }
    const hit = written.some(tests[op])
    if (op.startsWith('not') ? hit : !hit) keeps = false
  }
  return keeps
}

/**
 * A selector whose filters are not known statically: it may record every S3 object event or none,
 * so it is kept among the S3 ones (an empty resource list dropped it, and the trail read as
 * recording nothing).
 */
export function unknownSelector(why: string, whyAt: SourceLocation, at: SourceLocation): DataEventSelector {
  return { readWriteType: unknownValue(why, whyAt), s3Resources: [{ parts: [{ kind: 'unknown', why }] }], advanced: true, at }
}

/** `readOnly`: `Equals ["true"]` or `NotEquals ["false"]` reads only, the other way round writes only. */
function readOnlyType(f: FieldSelector, before: Value<string>): Value<string> {
  const eq = f.operators.get('equals')
  const ne = f.operators.get('notEquals')
  for (const v of [eq, ne]) if (v?.state === 'unknown') return unknownValue(v.why, f.at)
  const kept = new Set(['true', 'false'])
  const equals = eq && texts(eq)
  const notEquals = ne && texts(ne)
  if ((eq && !equals) || (ne && !notEquals)) return unknownValue('a readOnly value not known statically', f.at)
  if (equals) for (const v of [...kept]) if (!equals.includes(v)) kept.delete(v)
  if (notEquals) for (const v of notEquals) kept.delete(v)
  if (kept.size === 2) return before
  if (kept.size === 0) return setValue('None', f.at)
  return setValue(kept.has('true') ? 'ReadOnly' : 'WriteOnly', f.at)
}
