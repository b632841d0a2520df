export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]
/** `none` as a threshold means "never". */
export type Threshold = Severity | 'none'

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

export function severityRank(s: Severity): number {
  return RANK[s]
}
/** Is `s` at or above `threshold`? */
export function meetsThreshold(s: Severity, threshold: Threshold): boolean {
  return threshold !== 'none' && RANK[s] >= RANK[threshold]
}
export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s)
}
export function isThreshold(s: unknown): s is Threshold {
  return s === 'none' || isSeverity(s)
}
/** Highest first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a]
}
