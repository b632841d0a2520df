/** Bounds that keep hostile input from hanging or exhausting the scan. All configurable. */
export interface Limits {
  /** Files larger than this are reported (`FILE_TOO_LARGE`) and skipped. */
  maxFileBytes: number
  /** Deepest YAML/JSON/HCL nesting accepted. */
  maxDepth: number
  /** Total nodes a YAML document may expand to through aliases. */
  maxAliasExpansion: number
  /** Evaluation steps per unit (references, function calls, template parts). */
  maxEvalSteps: number
  /** Instances created by one `count`/`for_each` before the rest is one unknown instance. */
  maxInstances: number
  /** Elements one `for` expression or function may produce. */
  maxCollectionSize: number
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDepth: 200,
  maxAliasExpansion: 1_000_000,
  maxEvalSteps: 5_000_000,
  maxInstances: 1000,
  maxCollectionSize: 100_000,
}
