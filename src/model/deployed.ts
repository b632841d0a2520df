/**
 * Resources that may not be deployed (`ResourceOrigin.maybe`) and the conditions they share.
 *
 * A resource behind conditions C is surely deployed whenever one behind conditions S is when every
 * condition of C is in S: the subject being deployed means every condition of S holds. So a trail,
 * its metric filter and its alarm behind the same CloudFormation `Condition` (or the same Terraform
 * `count` expression in one module) make a chain that is complete whenever the trail exists, while
 * the same chain behind a condition does not complete a trail that always exists.
 */
import type { ResourceOrigin } from './s3.js'

/** More conditions than this on one subject are compared one member at a time (2^n subsets). */
const MAX_SUBSET_CONDITIONS = 10

const signature = (conditions: readonly string[]) => JSON.stringify([...new Set(conditions)].sort())

/** Whether `member` is deployed whenever `subject` is (an undefined subject: whenever the code is deployed). */
export function deployedWhenever(member: ResourceOrigin, subject: ResourceOrigin | undefined): boolean {
  const m = member.maybe
  if (!m) return true
  const s = subject?.maybe
  // A reason without named conditions cannot be matched with anything.
  if (!s?.conditions || !m.conditions?.length) return false
  const held = new Set(s.conditions)
  return m.conditions.every((c) => held.has(c))
}

/**
 * Whether some member is deployed whenever a subject is, for many members and many subjects
 * (20,000 trails, each asking about the others) without comparing every pair.
 */
export class DeployedWith<T> {
  private readonly always: boolean
  private readonly bySignature = new Map<string, T>()
  private readonly conditional: T[] = []

  constructor(
    private readonly members: readonly T[],
    private readonly originOf: (member: T) => ResourceOrigin,
  ) {
    this.always = members.some((m) => !originOf(m).maybe)
    for (const m of members) {
      const c = originOf(m).maybe?.conditions
      if (!c?.length) continue
      this.conditional.push(m)
      const key = signature(c)
      if (!this.bySignature.has(key)) this.bySignature.set(key, m)
    }
  }

  /** The first member, if any (one that may not be deployed, when `find` found none). */
  any(): T | undefined {
    return this.members[0]
  }

  /** A member deployed whenever `subject` is; `true` when one is deployed in any case. */
  find(subject: ResourceOrigin): T | true | undefined {
    if (this.always) return true
    const held = subject.maybe?.conditions
    if (!held?.length || !this.conditional.length) return undefined
    const conditions = [...new Set(held)].sort()
    if (conditions.length > MAX_SUBSET_CONDITIONS) return this.conditional.find((m) => deployedWhenever(this.originOf(m), subject))
    // Every non-empty subset of the subject's conditions, looked up by its signature.
    for (let mask = 1; mask < 1 << conditions.length; mask++) {
      const found = this.bySignature.get(JSON.stringify(conditions.filter((_, i) => mask & (1 << i))))
      if (found !== undefined) return found
    }
    return undefined
  }
}
