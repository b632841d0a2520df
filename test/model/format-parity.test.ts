/**
 * Format parity: the same bucket configuration must give the same findings whatever format it is
 * written in. Each case of `format-parity/cases.ts` is rendered as CloudFormation YAML (short tags
 * and `Fn::` long forms), JSON, SAM, CDK cloud assemblies (L1 resources, and L2 constructs where
 * L2 can say it), Terraform v4 and v3 `.tf` and `.tf.json`, and real `terraform show -json` plans
 * (with and without the `.tf` next to them), scanned with every rule, and compared per subject
 * (bucket or trail) as the set of (rule, fail with severity and message | unknown, and whether it
 * points at the resource itself or at a setting written in it). Every finding must point into a
 * resource of its own subject in its own file.
 *
 * A difference is allowed only when `INHERENT` lists it, with the reason. test/parsers/equivalence
 * compares models; this compares what users see.
 */
import { describe, expect, it } from 'vitest'
import { CASES, type BucketSpec, type ParityCase } from './format-parity/cases.js'
import { CFN_FAMILY, PLANS, planSource, scanVariant, VARIANTS, type Variant, type VariantScan } from './format-parity/scan-variants.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../setup/format-readers.js'

/**
 * `pass`, or each verdict with where it points: `@header` (the subject's own resource, for a
 * missing setting) or `@body` (the setting as written); a failure also with its severity and
 * message id, e.g. `fail[high noMfaDelete]@body`, `fail[low none]@header+unknown@body`.
 */
type Verdict = string

/** A difference that comes from the format itself: in `variants`, `rules` give `is` (where `applies`, or always). */
interface Inherent {
  rules: string[]
  variants: Variant[]
  /** The buckets (or trails) of a case it is about. */
  applies?: (b: BucketSpec | undefined, c: ParityCase) => boolean
  /** The verdict the rules give there, or one per rule. */
  is: Verdict | Record<string, Verdict>
  why: string
}

const PLANS_V4: Variant[] = ['plan-v4', 'plan-v4-alone']
const POLICY_RULES = [
  'policy-allow-not-action',
  'policy-allow-not-principal',
  'policy-cross-account-dangerous-actions',
  'policy-lockout',
  'policy-public-read',
  'policy-public-write',
  'policy-wildcard-action',
  'public-exposure',
  // A Deny in the bucket policy can refuse SSE-C uploads as BlockedEncryptionTypes does.
  'sse-c-not-blocked',
  'tls-min-version',
  'tls-not-enforced',
]
const hasPolicy = (b: BucketSpec | undefined) => !!b?.policy
/** A policy that names its bucket through `aws_s3_bucket.x.arn`, known only after apply. */
const policyOverArn = (b: BucketSpec | undefined, c: ParityCase) => hasPolicy(b) && !c.linkByName
/** A bucket other buckets (or itself) log to, or a trail writes to. */
const receivesLogs = (b: BucketSpec, c: ParityCase) =>
  c.trail?.bucket === b.id || c.buckets.some((x) => x.logging && (x.logging.target === b.id || (x === b && x.logging.target === 'self')))
/** An Allow to everyone without a condition that Block Public Access does not cancel. */
const openToAll = (b: BucketSpec | undefined) =>
  !b?.pab?.restrictPublicBuckets &&
  !!b?.policy?.some((st) => st.effect === 'Allow' && !st.condition && (st.principal === '*' || 'not' in st.principal))
const deployTimeVersioning = (b: BucketSpec | undefined) => typeof b?.versioning === 'object'

const INHERENT: Inherent[] = [
  {
    rules: ['mfa-delete-disabled'],
    variants: CFN_FAMILY,
    is: 'pass',
    why: 'CloudFormation has no property for MFA delete, so the rule does not apply (mfaDeleteConfigurable)',
  },
  {
    rules: ['bucket-policy-missing', 'tls-min-version', 'tls-not-enforced'],
    variants: ['cdk-l2'],
    applies: (b, c) => !!b && receivesLogs(b, c),
    is: { 'bucket-policy-missing': 'pass', 'tls-min-version': 'fail[low noTlsDeny]@body', 'tls-not-enforced': 'fail[medium noDeny]@body' },
    why: 'CDK gives a bucket that receives access logs or a trail a bucket policy for the delivering service, where the others write none',
  },
  {
    rules: ['policy-public-read', 'policy-public-write'],
    variants: PLANS_V4,
    applies: (b, c) => policyOverArn(b, c) && !!b?.pab?.restrictPublicBuckets,
    is: 'pass',
    why: 'the plan cannot read the v4 policy over aws_s3_bucket.x.arn (known after apply), and RestrictPublicBuckets voids any public policy, so there is nothing left to call unknown',
  },
  {
    rules: POLICY_RULES,
    variants: PLANS_V4,
    applies: policyOverArn,
    is: 'unknown@body',
    why: 'the v4 policy is jsonencode() over aws_s3_bucket.x.arn, which a plan of a new bucket knows only after apply',
  },
  {
    rules: POLICY_RULES,
    variants: ['plan-v3', 'plan-v3-alone'],
    applies: (b, c) => policyOverArn(b, c) && (!!b?.policyIf || b?.name === null),
    is: 'unknown@body',
    why: 'v3 code writes a policy resource over aws_s3_bucket.x.arn (known after apply) where an inline policy cannot do: count, a name AWS makes up',
  },
  {
    rules: ['bucket-policy-missing'],
    variants: PLANS,
    applies: (b) => !!b?.policyIf,
    is: 'pass',
    why: 'terraform plan needs a value for every variable (-var), so the plan knows the count the sources leave open',
  },
  {
    rules: ['access-logging-disabled'],
    variants: PLANS_V4,
    applies: (b, c) => policyOverArn(b, c) && openToAll(b),
    is: 'fail[medium noLogging]@header',
    why: 'the plan cannot tell that the policy over aws_s3_bucket.x.arn makes the bucket public, which raises a missing access log to high',
  },
  {
    rules: ['lifecycle-missing'],
    variants: PLANS,
    applies: deployTimeVersioning,
    is: 'fail[medium none]@header',
    why: 'the plan has a value for the versioning variable (-var): it knows the bucket is versioned, which raises missing lifecycle rules to medium (S3.10)',
  },
  {
    rules: ['versioning-disabled'],
    variants: PLANS,
    applies: deployTimeVersioning,
    is: 'pass',
    why: 'terraform plan needs a value for every variable (-var), so the plan knows the status the sources leave open',
  },
]

/** Entries that some comparison needed; an entry no case needs any more is stale. */
const usedInherent = new Set<Inherent>()
let comparedCases = 0

function inherentFor(c: ParityCase, subject: string, rule: string, variant: Variant): Inherent | undefined {
  const b = c.buckets.find((x) => x.id === subject)
  const found = INHERENT.find((i) => i.rules.includes(rule) && i.variants.includes(variant) && (!i.applies || i.applies(b, c)))
  if (found) usedInherent.add(found)
  return found
}

const onlyInOneFormat = (subject: string) => subject.startsWith('function:') || subject.startsWith('other:')

function verdicts(scan: VariantScan): Map<string, Verdict> {
  const sets = new Map<string, Set<string>>()
  for (const h of scan.hits) {
    const key = `${h.subject} ${h.ruleId}`
    const s = sets.get(key) ?? new Set()
    s.add(h.detail ? `${h.verdict}[${h.detail}]@${h.where}` : `${h.verdict}@${h.where}`)
    sets.set(key, s)
  }
  return new Map([...sets].map(([k, s]) => [k, [...s].sort().join('+')]))
}

/** Rows `subject rule` whose verdict is not the same in every variant (inherent ones set apart). */
function disagreements(c: ParityCase, scans: VariantScan[]): string[] {
  scans = scans.filter((s) => !s.skipped)
  const byVariant = new Map(scans.map((s) => [s.variant, verdicts(s)]))
  const keys = new Set(scans.flatMap((s) => [...byVariant.get(s.variant)!.keys()]))
  const out: string[] = []
  for (const key of [...keys].sort()) {
    const [subject, rule] = key.split(' ') as [string, string]
    // Findings on resources that only one format has (a SAM function, CDK's notification handler) are not about the case.
    if (onlyInOneFormat(key)) continue
    const row = new Map<Variant, Verdict>()
    const wrongInherent: string[] = []
    for (const s of scans) {
      const v = byVariant.get(s.variant)!.get(key) ?? 'pass'
      const inh = inherentFor(c, subject, rule, s.variant)
      if (inh) {
        const is = typeof inh.is === 'string' ? inh.is : inh.is[rule]
        if (is !== v) wrongInherent.push(`${s.variant}=${v} (INHERENT says ${is})`)
        continue
      }
      row.set(s.variant, v)
    }
    const distinct = new Set(row.values())
    if (distinct.size > 1 || wrongInherent.length) {
      out.push(`${key}: ${[...row].map(([v, x]) => `${v}=${x}`).join(' ')}${wrongInherent.length ? ` | ${wrongInherent.join(' ')}` : ''}`)
    }
  }
  return out
}

describe.each(CASES.map((c) => [c.name, c] as const))('format parity: %s', (_, c) => {
  let scans: VariantScan[] | undefined
  const all = () => (scans ??= VARIANTS.map((v) => scanVariant(c, v)))

  it('the committed plans were made from what the Terraform renderers write today', () => {
    for (const v of ['v4', 'v3'] as const) {
      const { committed, rendered } = planSource(c, v)
      expect(committed, `test/fixtures/parity-plans/${c.name}/${v}: re-run scripts/gen-parity-plans.ts`).toBe(rendered)
    }
  })

  it('every format reads without errors', () => {
    expect(all().flatMap((s) => s.problems.map((p) => `${s.variant}: ${p}`))).toEqual([])
  })

  it('every format gives the same (rule, verdict) per bucket and trail', () => {
    if (process.env.PARITY_VERBOSE) {
      for (const s of all())
        for (const h of s.hits)
          console.log(
            `${c.name} ${s.variant} ${h.subject} ${h.ruleId} ${h.verdict} ${h.location.file}:${h.location.line}:${h.location.column} ${h.message}`,
          )
    }
    expect(disagreements(c, all())).toEqual([])
    comparedCases++
  })

  it('every finding points into a resource of its own subject, in its own file', () => {
    const misplaced = all().flatMap((s) =>
      s.hits
        .filter((h) => !h.placed && !onlyInOneFormat(h.subject))
        .map(
          (h) =>
            `${s.variant}: ${h.subject} ${h.ruleId} ${h.verdict} at ${h.location.file}:${h.location.line}:${h.location.column} (${h.resource})`,
        ),
    )
    expect(misplaced).toEqual([])
  })

  it('plans without their sources point into the plan, with them into the .tf', () => {
    for (const s of all().filter((x) => PLANS.includes(x.variant))) {
      const want = s.variant.endsWith('-alone') ? 'plan.json' : 'main.tf'
      expect(s.hits.filter((h) => h.location.file !== want).map((h) => `${s.variant} ${h.ruleId} ${h.location.file}`)).toEqual([])
    }
  })
})

describe('format parity: the list of inherent differences', () => {
  it('holds no entry that no case needs', () => {
    // Only meaningful after every case was compared (not under `-t` for one case).
    if (comparedCases < CASES.length) return
    expect(INHERENT.filter((i) => !usedInherent.has(i)).map((i) => i.why)).toEqual([])
  })
})
