/**
 * Writes one parity case in every format to its own directory, scans each with every rule, and
 * reduces the result to what must not depend on the format: per subject (a bucket or trail of the
 * case), which rules fail and which could not decide, and where each of those findings points.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseJson } from '../../../src/parsers/shared/json-tree.js'
import { get, type SNode } from '../../../src/parsers/shared/source-tree.js'
import { processUnit } from '../../../src/process-unit.js'
import type { SourceLocation } from '../../../src/model/location.js'
import { planUnits } from '../../helpers/plan-units.js'
import { pascal, type ParityCase } from './cases.js'
import { L2_STACK, l2Unsupported, synthL2 } from './cdk-l2.js'
import { renderJson, renderSam, renderYamlLong, renderYamlShort, synthCdk, type Rendered } from './cloudformation.js'
import { renderV3, renderV3Json, renderV4, renderV4Json, v3Hcl, v4Hcl } from './terraform.js'

export const VARIANTS = [
  'cfn-yaml',
  'cfn-yaml-long',
  'cfn-json',
  'sam',
  'cdk',
  'cdk-l2',
  'tf-v4',
  'tf-v3',
  'tf-json',
  'tf-json-v3',
  'plan-v4',
  'plan-v4-alone',
  'plan-v3',
  'plan-v3-alone',
] as const
export type Variant = (typeof VARIANTS)[number]
export const CFN_FAMILY: Variant[] = ['cfn-yaml', 'cfn-yaml-long', 'cfn-json', 'sam', 'cdk', 'cdk-l2']
export const TF_FAMILY: Variant[] = ['tf-v4', 'tf-v3', 'tf-json', 'tf-json-v3', 'plan-v4', 'plan-v4-alone', 'plan-v3', 'plan-v3-alone']
export const PLANS: Variant[] = ['plan-v4', 'plan-v4-alone', 'plan-v3', 'plan-v3-alone']

export const PLANS_DIR = path.resolve(__dirname, '../../fixtures/parity-plans')

export interface Hit {
  ruleId: string
  verdict: 'fail' | 'unknown'
  subject: string
  location: SourceLocation
  /** Whether the location lies in a resource of the same subject. */
  placed: boolean
  /**
   * `header` when the location is the subject's own resource header (a missing setting), `body`
   * when it is a place inside one of the subject's resources (the setting that was written).
   */
  where: 'header' | 'body' | 'elsewhere'
  resource: string
  message: string
  /** `severity messageId` of a failure (what a reviewer sees), empty for an unknown. */
  detail: string
}

export interface VariantScan {
  variant: Variant
  /** Why the case has no rendering in this variant (e.g. a setting L2 constructs cannot write). */
  skipped?: string
  hits: Hit[]
  problems: string[]
  files: Record<string, string>
}

function offsetOf(text: string, line: number, column: number): number {
  let off = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off)
    if (nl < 0) return text.length
    off = nl + 1
  }
  return off + column - 1
}

/**
 * Where a resource's header ends: its first line, or in a one-line plan the `"address"` entry
 * that the plan reader points at for the resource itself.
 */
function headerEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start)
  if (nl >= 0 && nl < end) return nl
  const m = /^\{"address":"[^"]*"/.exec(text.slice(start, end))
  return m ? start + m[0].length : end
}

/** Spans of `Resources.<id>` entries of a template (CDK output), by logical id. */
function templateSpans(text: string): Map<string, [number, number]> {
  const root = parseJson(text, { maxDepth: 200 }).root
  const out = new Map<string, [number, number]>()
  const res = get(root ?? undefined, 'Resources')
  if (res?.kind === 'map') for (const e of res.entries) out.set(e.key, [e.keyStart, e.value.end])
  return out
}

/** Construct path (`aws:cdk:path`) of each resource of a template, by logical id. */
function templatePaths(text: string): Map<string, string> {
  const root = parseJson(text, { maxDepth: 200 }).root
  const out = new Map<string, string>()
  const res = get(root ?? undefined, 'Resources')
  if (res?.kind !== 'map') return out
  for (const e of res.entries) {
    const p = get(get(e.value, 'Metadata'), 'aws:cdk:path')
    if (p?.kind === 'scalar' && typeof p.value === 'string') out.set(e.key, p.value)
  }
  return out
}

/** Spans of the resources of a plan's `planned_values`, by address. */
function planSpans(text: string): Map<string, [number, number]> {
  const root = parseJson(text, { maxDepth: 200 }).root
  const out = new Map<string, [number, number]>()
  const walk = (m: SNode | undefined) => {
    const list = get(m, 'resources')
    if (list?.kind === 'seq') {
      for (const r of list.items) {
        const a = get(r, 'address')
        if (a?.kind === 'scalar' && typeof a.value === 'string') out.set(a.value, [r.start, r.end])
      }
    }
    const kids = get(m, 'child_modules')
    if (kids?.kind === 'seq') kids.items.forEach(walk)
  }
  walk(get(get(root ?? undefined, 'planned_values'), 'root_module'))
  return out
}

/** Subject of a construct path of the L2 app: the bucket, trail or key its top construct is named after. */
function l2Subject(c: ParityCase, constructPath: string): string {
  const top = constructPath.split('/')[1] ?? ''
  for (const b of c.buckets) {
    if (top === pascal(b.id)) return b.id
    if (top === `${pascal(b.id)}Key`) return `key:${b.id}`
  }
  if (c.trail && top === pascal(c.trail.id)) return `trail:${c.trail.id}`
  return `other:${top}`
}

/** Renders `variant` of `c` into `dir`; returns what the findings are checked against. */
function render(c: ParityCase, variant: Variant, dir: string): Rendered {
  const write = (r: Rendered): Rendered => {
    for (const [f, t] of Object.entries(r.files)) fs.writeFileSync(path.join(dir, f), t)
    return r
  }
  switch (variant) {
    case 'cfn-yaml':
      return write(renderYamlShort(c))
    case 'cfn-yaml-long':
      return write(renderYamlLong(c))
    case 'cfn-json':
      return write(renderJson(c))
    case 'sam':
      return write(renderSam(c))
    case 'cdk': {
      const out = path.join(dir, 'cdk.out')
      const { subjects, logicalIds } = synthCdk(c, out)
      const file = 'cdk.out/ParityStack.template.json'
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      const spans = new Map([...templateSpans(text)].map(([lid, span]) => [logicalIds.get(lid) ?? lid, span]))
      return { files: { [file]: text }, spans: { [file]: spans }, subjects }
    }
    case 'cdk-l2': {
      synthL2(c, path.join(dir, 'cdk.out'))
      const file = `cdk.out/${L2_STACK}.template.json`
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      const paths = templatePaths(text)
      const spans = new Map([...templateSpans(text)].map(([lid, span]) => [paths.get(lid) ?? lid, span]))
      return { files: { [file]: text }, spans: { [file]: spans }, subjects: new Map([...paths.values()].map((p) => [p, l2Subject(c, p)])) }
    }
    case 'tf-v4':
      return write(renderV4(c))
    case 'tf-v3':
      return write(renderV3(c))
    case 'tf-json':
      return write(renderV4Json(c))
    case 'tf-json-v3':
      return write(renderV3Json(c))
    default: {
      const v = variant.startsWith('plan-v4') ? 'v4' : 'v3'
      const src = (v === 'v4' ? renderV4 : renderV3)(c)
      const planDir = path.join(PLANS_DIR, c.name, v)
      const plan = fs.readFileSync(path.join(planDir, 'plan.json'), 'utf8')
      fs.writeFileSync(path.join(dir, 'plan.json'), plan)
      const files: Record<string, string> = { 'plan.json': plan }
      const spans: Rendered['spans'] = { 'plan.json': planSpans(plan) }
      if (!variant.endsWith('-alone')) {
        fs.writeFileSync(path.join(dir, 'main.tf'), src.files['main.tf']!)
        files['main.tf'] = src.files['main.tf']!
        spans['main.tf'] = src.spans['main.tf']!
      }
      return { files, spans, subjects: src.subjects }
    }
  }
}

/** The `.tf` a committed plan was made from, and what the renderer writes today. */
export function planSource(c: ParityCase, v: 'v4' | 'v3'): { committed: string | undefined; rendered: string } {
  const f = path.join(PLANS_DIR, c.name, v, 'main.tf')
  return { committed: fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined, rendered: (v === 'v4' ? v4Hcl : v3Hcl)(c) }
}

export function scanVariant(c: ParityCase, variant: Variant): VariantScan {
  const skipped = variant === 'cdk-l2' ? l2Unsupported(c) : undefined
  if (skipped) return { variant, skipped, hits: [], problems: [], files: {} }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `s3-gate-parity-${variant}-`))
  try {
    const rendered = render(c, variant, dir)
    const { units, job } = planUnits(dir)
    // A plan and its `.tf` sources are two units; the sources alone are the `tf-*` variants.
    const mine = PLANS.includes(variant) ? units.filter((u) => u.plugin === 'terraform-plan') : units
    const results = mine.map((u) => processUnit(u, job))
    const problems = results.flatMap((r) =>
      r.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line} ${p.code} ${p.message}`),
    )
    const hits: Hit[] = []
    // `aws_s3_bucket_policy.data[0]` (count) is the resource the renderer wrote as `aws_s3_bucket_policy.data`.
    const unindexed = (address: string) => address.replace(/\[[^\]]*\]$/, '')
    const subjectOf = (resource: string) => rendered.subjects.get(unindexed(resource)) ?? `?${resource}`
    const primary = new Map<string, string>()
    for (const [address, subject] of rendered.subjects) if (!primary.has(subject)) primary.set(subject, address)
    const place = (subject: string, at: SourceLocation): Pick<Hit, 'placed' | 'where'> => {
      const text = rendered.files[at.file]
      const spans = rendered.spans[at.file]
      if (text === undefined || !spans) return { placed: false, where: 'elsewhere' }
      const off = offsetOf(text, at.line, at.column)
      for (const [address, [s, e]] of spans) {
        if (off < s || off >= e || subjectOf(address) !== subject) continue
        return { placed: true, where: unindexed(address) === primary.get(subject) && off < headerEnd(text, s, e) ? 'header' : 'body' }
      }
      return { placed: false, where: 'elsewhere' }
    }
    for (const r of results) {
      for (const f of r.findings) {
        if (f.suppressed) continue
        const subject = subjectOf(f.resource)
        hits.push({
          ruleId: f.ruleId,
          verdict: 'fail',
          subject,
          location: f.location,
          ...place(subject, f.location),
          resource: f.resource,
          message: f.message,
          detail: `${f.severity} ${f.messageId}`,
        })
      }
      for (const u of r.unknowns) {
        const subject = subjectOf(u.resource)
        hits.push({
          ruleId: u.ruleId,
          verdict: 'unknown',
          subject,
          location: u.location,
          ...place(subject, u.location),
          resource: u.resource,
          message: `${u.message} (${u.why})`,
          detail: '',
        })
      }
    }
    return { variant, hits, problems, files: rendered.files }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
