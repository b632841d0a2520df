/**
 * A `terraform show -json` plan committed or generated next to its `.tf` sources is read twice:
 * once as the plan (findings mapped to the `.tf` lines) and once as the root module. Without this
 * a reviewer saw many findings twice, at two lines or in two wordings. Each knows something the
 * other does not: the plan has the values of the variables the run used, the sources keep the
 * references the plan turned into "known after apply" (a policy naming the bucket's new ARN).
 *
 * So, resource by resource, the reading that left fewer of the resource's checks unknown
 * speaks for it (the plan when both are equal): the other reading's unknowns about it go, and
 * so do its findings of every rule the chosen one also reports on that resource. A finding only
 * the other reading has stays, so a plan older than the pull request can never hide what the
 * sources show.
 */
import path from 'node:path'
import type { ScanUnit } from './parsers/types.js'
import type { UnitResult } from './process-unit.js'

/**
 * A plan goes to the shard of the root module in its folder, so that one shard holds both and
 * drops the duplicates; split, each shard would report its half and the merge both.
 */
export function shardPlansWithTheirSources(units: ScanUnit[]): void {
  const roots = new Set(units.filter((u) => u.plugin === 'terraform').map((u) => u.id))
  for (const u of units) {
    if (u.plugin !== 'terraform-plan') continue
    const dir = path.posix.dirname(u.id)
    if (roots.has(dir)) u.shardKey = dir
  }
}

/** Drops, in place, what each plan and the source unit it was mapped onto both report. */
export function dropSupersededBySourcesPlan(results: UnitResult[]): void {
  const sources = new Map<string, UnitResult>()
  for (const r of results) if (r.format === 'terraform') sources.set(r.unit, r)
  for (const plan of results) {
    if (!plan.covers) continue
    const source = sources.get(plan.covers.unit)
    if (source) dropDoubleReadings(plan, source, plan.covers.resources)
  }
}

function dropDoubleReadings(plan: UnitResult, source: UnitResult, resources: readonly string[]): void {
  // Findings about the whole unit (no trail logs data events) carry the unit as their resource.
  const resourceOf = (r: { resource: string }) => (r.resource === source.unit ? plan.unit : r.resource)
  const held = new Set(resources).add(plan.unit)
  // The sources read a `count`/`for_each` they could not evaluate as one `x[*]` instance; the plan
  // names the real ones. Such a resource is the plan's to speak for: it knows the instances.
  const planWildcards = wildcardsOf([...source.findings, ...source.unknowns].map(resourceOf), [...held])
  for (const w of planWildcards.keys()) held.add(w)
  const planSpeaks = new Set([...planWildcards.values()].flat().concat([...planWildcards.keys()]))
  const unknownsOf = (r: UnitResult) => {
    const n = new Map<string, number>()
    for (const u of r.unknowns) n.set(resourceOf(u), (n.get(resourceOf(u)) ?? 0) + 1)
    return n
  }
  const planUnknowns = unknownsOf(plan)
  const sourceUnknowns = unknownsOf(source)
  const sourceSpeaks = (resource: string) =>
    !planSpeaks.has(resource) && (sourceUnknowns.get(resource) ?? 0) < (planUnknowns.get(resource) ?? 0)
  const judged = (r: UnitResult) => new Set(r.findings.map((f) => `${f.ruleId}\u0000${resourceOf(f)}`))
  const planJudged = judged(plan)
  // The wildcards each instance stands under; one pass over the findings (a pass per wildcard was
  // quadratic: thousands of them over a plan of tens of thousands of findings).
  const wildcardsOfInstance = new Map<string, string[]>()
  for (const [wildcard, instances] of planWildcards)
    for (const i of instances) {
      const list = wildcardsOfInstance.get(i)
      if (list) list.push(wildcard)
      else wildcardsOfInstance.set(i, [wildcard])
    }
  for (const f of plan.findings) for (const w of wildcardsOfInstance.get(resourceOf(f)) ?? []) planJudged.add(`${f.ruleId}\u0000${w}`)
  const sourceJudged = judged(source)
  // What `r` keeps of a resource: everything where it speaks, else what the other did not judge.
  const keep = (r: UnitResult, speaks: (resource: string) => boolean, otherJudged: Set<string>) => {
    r.findings = r.findings.filter((f) => {
      const resource = resourceOf(f)
      return !held.has(resource) || speaks(resource) || !otherJudged.has(`${f.ruleId}\u0000${resource}`)
    })
    r.unknowns = r.unknowns.filter((u) => !held.has(resourceOf(u)) || speaks(resourceOf(u)))
  }
  keep(source, sourceSpeaks, planJudged)
  keep(plan, (resource) => !sourceSpeaks(resource), sourceJudged)
}

/** Each `[*]` address of `addresses` that some of `planned` instantiate (`x["a"]`, `module.m[0].x`), with those. */
function wildcardsOf(addresses: readonly string[], planned: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  // Only an address of the same shape (every instance key made `[*]`) can instantiate a wildcard:
  // tested against every planned address, thousands of wildcards took minutes.
  let byShape: Map<string, string[]> | undefined
  for (const address of new Set(addresses)) {
    if (!address.includes('[*]')) continue
    if (!byShape) {
      byShape = new Map()
      for (const p of planned) {
        const list = byShape.get(shapeOf(p))
        if (list) list.push(p)
        else byShape.set(shapeOf(p), [p])
      }
    }
    const pattern = new RegExp(`^${address.split('[*]').map(escapeRegExp).join(INSTANCE_KEY)}$`)
    const instances = (byShape.get(shapeOf(address)) ?? []).filter((p) => pattern.test(p))
    if (instances.length) out.set(address, instances)
  }
  return out
}

/** An address with each instance key, and each `[*]`, made `[*]`. */
const shapeOf = (address: string): string => address.replace(ANY_KEY, '[*]')

/** `[0]` or `["a key"]`, as Terraform writes instance keys in addresses. */
const INSTANCE_KEY = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`
/** An instance key or a `[*]`. */
const ANY_KEY = new RegExp(String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*"|\*)\]`, 'g')
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
