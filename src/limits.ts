import { ConfigurationError } from './errors.js'

/**
 * Bounds that keep hostile input from hanging or exhausting the scan. Each one is configurable
 * (CLI `--max-…` flags, the action's `limits` input) and documented in the README's limits
 * section. Hitting one never stops the scan: the file or value concerned is reported with its
 * file and line (an error or an `unknown`), and everything else is scanned as usual.
 */
export interface Limits {
  /**
   * Files larger than this are skipped and reported (`FILE_TOO_LARGE`, an error, so the gate
   * does not pass silently). Also the largest file a `file()`/`templatefile()` call, a CDK
   * template or the merge-base scan reads.
   */
  maxFileBytes: number
  /**
   * Deepest YAML/JSON/HCL nesting accepted (`YAML_SYNTAX`/`JSON_SYNTAX`/`HCL_SYNTAX` beyond it),
   * so a deeply nested file cannot overflow the stack.
   */
  maxDepth: number
  /**
   * Total nodes a YAML document may expand to through aliases (`ALIAS_EXPANSION`, an error): the
   * "billion laughs" alias bomb. Aliases are shared, never copied, so this bounds the work of
   * everything that walks the document. It also bounds the nodes the copies of a template's
   * `Fn::ForEach` loop bodies may hold (`EVAL_LIMIT` warning, the rest not scanned).
   */
  maxAliasExpansion: number
  /**
   * Evaluation steps per unit (CloudFormation intrinsic functions; Terraform references,
   * function calls, template parts, elements built, and the elements a call walks). Beyond it the remaining values are
   * `unknown` and one `EVAL_LIMIT` warning names where it stopped.
   */
  maxEvalSteps: number
  /**
   * Instances created by one Terraform `count`/`for_each` before the rest is one unknown
   * instance (`[*]`); a note says so. A configuration (a root module with the modules it calls)
   * expands at most ten times this many in all, since nested `count`s multiply. Also the
   * resources all `Fn::ForEach` loops of one CloudFormation template may make.
   */
  maxInstances: number
  /**
   * Elements one Terraform `for` expression or function may produce; a bigger collection is
   * `unknown` with an `EVAL_LIMIT` warning. (Elements built also count as evaluation steps.)
   * Strings are bounded at 64 characters an element: Terraform templates, and the strings
   * CloudFormation intrinsics build (`Fn::Sub`, `Fn::Join`, `Fn::ToJsonString`).
   */
  maxCollectionSize: number
  /**
   * Findings and unknowns one unit (a template, a Terraform configuration, a plan) may yield.
   * Rules are not run further once it is reached, and a `FINDINGS_LIMIT` error (which fails the
   * gate) names the resource where they stopped. Real templates stay far below it (CloudFormation
   * allows 500 resources a template; the 5 MB template of the benchmark yields 18,465); a few
   * megabytes of bare buckets, 11 findings each, would otherwise hold gigabytes.
   */
  maxFindings: number
  /**
   * Findings and unknowns the whole scan may hold. Units are kept in scan order, the longest run
   * from the first that fits, whatever order workers finish in; each unit after it gets a
   * `SCAN_FINDINGS_LIMIT` error at its first file instead of its findings, and is no longer
   * processed once that is known (src/scan-findings-cap.ts). Many units each below
   * `maxFindings` would otherwise add up without bound: 9 MB of bare buckets in 30 files held
   * 3 million findings and 1.1 GB. Far above real scans (the benchmark's 137 MB CloudFormation
   * corpus yields 377,000; its 70 MB Terraform tree 386,000). 1 million took 490 MB and wrote 700 MB of JSON.
   */
  maxScanFindings: number
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDepth: 200,
  maxAliasExpansion: 1_000_000,
  maxEvalSteps: 5_000_000,
  maxInstances: 1000,
  maxCollectionSize: 100_000,
  maxFindings: 100_000,
  maxScanFindings: 500_000,
}

/**
 * The user-facing names of the limits (CLI flags without `--`, keys of the action's `limits`
 * input). `max-file-size` is in MiB; the others are counts.
 */
export const LIMIT_NAMES: Record<string, { key: keyof Limits; scale: number; min: number; max?: number }> = {
  'max-file-size': { key: 'maxFileBytes', scale: 1024 * 1024, min: 1 / 1024 },
  // The parsers and the evaluator recurse once per level: 2,000 overflowed the stack on Terraform.
  'max-depth': { key: 'maxDepth', scale: 1, min: 1, max: 1000 },
  'max-alias-expansion': { key: 'maxAliasExpansion', scale: 1, min: 1 },
  'max-eval-steps': { key: 'maxEvalSteps', scale: 1, min: 1 },
  'max-instances': { key: 'maxInstances', scale: 1, min: 1 },
  'max-collection-size': { key: 'maxCollectionSize', scale: 1, min: 1 },
  'max-findings': { key: 'maxFindings', scale: 1, min: 1 },
  'max-scan-findings': { key: 'maxScanFindings', scale: 1, min: 1 },
}

/** Parses one limit's value (`max-file-size` in MiB, may be fractional; the others whole numbers). */
export function parseLimit(name: string, value: string): Partial<Limits> {
  // Own names only: `constructor` is on every object, and `limits: constructor=5` was taken as a limit.
  const spec = Object.hasOwn(LIMIT_NAMES, name) ? LIMIT_NAMES[name] : undefined
  if (!spec) throw new ConfigurationError(`Unknown limit "${name}"; expected one of ${Object.keys(LIMIT_NAMES).join(', ')}.`)
  const n = Number(value.trim())
  const whole = spec.scale === 1
  // Written out in decimal only: `Number` also reads `0x10`, `1e2` and `0b11`, which nobody means as a limit.
  if (
    !(whole ? /^\d+$/ : /^(?:\d+(?:\.\d*)?|\.\d+)$/).test(value.trim()) ||
    !Number.isFinite(n) ||
    n < spec.min ||
    (spec.max !== undefined && n > spec.max) ||
    (whole && !Number.isInteger(n)) ||
    n * spec.scale > Number.MAX_SAFE_INTEGER
  ) {
    throw new ConfigurationError(
      `Expected \`${name}\` to be ${whole ? 'a whole number' : 'a number of MiB'} of at least ${whole ? spec.min : '1/1024'} and at most ${spec.max ?? Math.floor(Number.MAX_SAFE_INTEGER / spec.scale)}; got "${value}".`,
    )
  }
  return { [spec.key]: Math.round(n * spec.scale) }
}

/**
 * Parses the action's `limits` input: `name=value` pairs, one per line or comma-separated
 * (`max-file-size=64, max-eval-steps=10000000`). Empty: no overrides.
 */
export function parseLimitList(text: string): Partial<Limits> {
  const out: Partial<Limits> = {}
  for (const item of text.split(/[\n,]/)) {
    const t = item.trim()
    if (!t || t.startsWith('#')) continue
    const m = /^([a-z-]+)\s*[=:]\s*(.*)$/.exec(t)
    if (!m) throw new ConfigurationError(`Expected \`limits\` entries like "max-file-size=64"; got "${t}".`)
    const one = parseLimit(m[1]!, m[2]!)
    // `max-depth=50` on one line and `max-depth=500` further down: which one was meant is a guess.
    if (Object.keys(one).some((k) => Object.hasOwn(out, k))) throw new ConfigurationError(`\`limits\` sets "${m[1]}" twice; keep one.`)
    Object.assign(out, one)
  }
  return out
}
