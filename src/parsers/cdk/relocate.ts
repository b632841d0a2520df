/**
 * Moves a stack model from the synthesised template to the app's source: every location inside
 * a resource the CDK made (`Resources.<logicalId>...`) moves to the line that created the
 * construct, keeping its logical path (so fingerprints do not depend on lines). The template is
 * generated; the `.ts`/`.py` line is what a reviewer edits, so findings and their defaults land
 * there, and the template location is kept as a related location of the resource.
 */
import type { SourceLocation } from '../../model/location.js'
import type { S3Model } from '../../model/s3.js'
import { subjectsOf } from '../../model/subjects.js'

const RESOURCE_PATH = /^Resources\.([^.[\]]+)/

/** Logical id a location belongs to, from its logical path (`Resources.Logs.Properties...` → `Logs`). */
export function logicalIdOf(at: SourceLocation): string | undefined {
  return RESOURCE_PATH.exec(at.path)?.[1]
}

function isLocation(v: unknown): v is SourceLocation {
  if (v === null || typeof v !== 'object') return false
  const o = v as Record<string, unknown>
  return (
    typeof o.file === 'string' &&
    typeof o.line === 'number' &&
    typeof o.column === 'number' &&
    typeof o.path === 'string' &&
    typeof o.endLine === 'number'
  )
}

/**
 * Replaces, in place, every location of `templateFile` whose resource `target` maps elsewhere.
 * Location objects are replaced, never mutated, so callers may keep the originals.
 */
export function relocate(model: S3Model, templateFile: string, target: (logicalId: string) => SourceLocation | undefined): void {
  const memo = new Map<SourceLocation, SourceLocation>()
  const seen = new WeakSet<object>()
  const move = (at: SourceLocation): SourceLocation => {
    const done = memo.get(at)
    if (done) return done
    let out = at
    if (at.file === templateFile) {
      const id = logicalIdOf(at)
      const to = id === undefined ? undefined : target(id)
      if (to) out = { file: to.file, line: to.line, column: to.column, endLine: to.endLine, endColumn: to.endColumn, path: at.path }
    }
    memo.set(at, out)
    return out
  }
  const visit = (o: Record<string, unknown> | unknown[], depth: number): void => {
    if (depth > 80 || seen.has(o)) return
    seen.add(o)
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v = o[i]
        if (isLocation(v)) o[i] = move(v)
        else if (v !== null && typeof v === 'object') visit(v as Record<string, unknown>, depth + 1)
      }
      return
    }
    for (const k of Object.keys(o)) {
      const v = o[k]
      if (isLocation(v)) o[k] = move(v)
      else if (v !== null && typeof v === 'object') visit(v as Record<string, unknown>, depth + 1)
    }
  }
  for (const s of subjectsOf(model)) visit(s as unknown as Record<string, unknown>, 0)
}
