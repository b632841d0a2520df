/**
 * Finds the line of the app's source that created a construct:
 * 1. from creation-stack traces: the resource's own trace first, then its parents' (whose traces
 *    may point at code that merely used the construct), skipping library frames and mapping the
 *    absolute paths of the synth machine to repository files by the longest matching suffix;
 * 2. else by looking up the construct id in the app's sources (`new s3.Bucket(this, 'Logs'`,
 *    `s3.Bucket(self, "Logs"`), deepest id first, so a construct made inside a library L3 lands
 *    on the line that created the L3.
 */
import path from 'node:path'
import type { SourceLocation } from '../../model/location.js'
import { findConstructCallOnLine, langOf, literalId, scanBudgetFor } from './call-syntax.js'
import { libraryClassKey, type ConstructCallIndex } from './construct-calls.js'
import type { ConstructMetadata } from './metadata.js'
import type { SourceIndex } from './source-index.js'
import { toSlash } from './source-index.js'
import type { SourceFile, SourceReader } from './source-reader.js'
import { mapTracePath } from './trace-paths.js'
import { userFrames, type TraceFrame } from './stack-trace.js'
import { classOf, type ConstructTree } from './tree.js'

export type Confidence = 'trace' | 'construct-id'

export interface SourceHit {
  abs: string
  at: SourceLocation
  confidence: Confidence
  /** Other user lines worth showing (the line that created the L3 the construct lives in). */
  related: { message: string; at: SourceLocation }[]
}

export interface LocateContext {
  metadata: ConstructMetadata
  tree?: ConstructTree
  sources: SourceIndex
  reader: SourceReader
  calls: ConstructCallIndex
  /** Folder of the app (the assembly's parent): its files win ties. */
  appDir: string
}

/** Library-made children that stand for their parent construct (`Bucket/Resource`). */
const DEFAULT_CHILDREN = ['Resource', 'Default']

export function locateConstruct(constructPath: string, stackPath: string, ctx: LocateContext): SourceHit | undefined {
  return locateByTrace(constructPath, stackPath, ctx) ?? locateByConstructId(constructPath, stackPath, ctx)
}

/** Paths whose traces may tell where `constructPath` was made, own path first, never the stack itself. */
export function tracePathsFor(constructPath: string, stackPath: string): string[] {
  const out: string[] = [constructPath]
  let p = constructPath
  for (;;) {
    const slash = p.lastIndexOf('/')
    if (slash <= 0) break
    p = p.slice(0, slash)
    if (stackPath && (p === stackPath || !p.startsWith(`${stackPath}/`))) break
    out.push(p)
    for (const c of DEFAULT_CHILDREN) if (`${p}/${c}` !== constructPath) out.push(`${p}/${c}`)
  }
  return [...new Set(out)]
}

function locateByTrace(constructPath: string, stackPath: string, ctx: LocateContext): SourceHit | undefined {
  // Frames the stack's own creation shares with every resource (`new StorageStack(app, ...)`):
  // reaching one means no frame specific to the resource was found.
  const stackTrace = stackPath ? ctx.metadata.traceOf(stackPath) : undefined
  const shared = new Set(userFrames(stackTrace?.trace ?? []).map(frameKey))
  for (const p of tracePathsFor(constructPath, stackPath)) {
    const t = ctx.metadata.traceOf(p)
    if (!t) continue
    const mapped: { frame: TraceFrame; abs: string }[] = []
    let skipped = false
    const pathIds = new Set(relativeIds(constructPath, stackPath))
    for (const frame of userFrames(t.trace)) {
      // After skipping unknown frames, the module's top level is the app entry, not the construct.
      if (shared.has(frameKey(frame)) || (skipped && isTopLevel(frame))) break
      const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir)
      if (!abs) {
        // The app ran from compiled JavaScript (`lib/stack.js`) whose TypeScript is in the repo:
        // its line numbers are not the TypeScript's, so look the id up in that file instead.
        const twin = typeScriptTwin(frame.file, ctx)
        if (twin) return mapped.length === 0 ? locateByConstructId(constructPath, stackPath, ctx, twin) : undefined
        // A frame outside the scan roots (a shared package): the next user line is the nearest.
        skipped = true
        continue
      }
      const file = ctx.reader.get(abs)
      const at = file?.fromRuntime(frame.line, frame.column)
      // A line that is gone or holds no call: the sources changed since synth; trust no frame.
      // The construct's own line that now makes a construct of another id (a line added or
      // removed above it since synth): the trace no longer holds, nor do the frames below it.
      if (!file || !at || !holdsCall(file, at.line) || (mapped.length === 0 && makesAnother(file, abs, at, pathIds))) {
        if (mapped.length === 0) return undefined
        break
      }
      mapped.push({ frame: { ...frame, ...at }, abs })
    }
    const first = mapped[0]
    if (!first) continue
    const at = lineAt(ctx, first.abs, first.frame.line, first.frame.column)
    const related: SourceHit['related'] = []
    const via = mapped[1]
    if (via && insideUserConstruct(constructPath, stackPath, ctx.tree)) {
      related.push({ message: 'the construct that created it', at: lineAt(ctx, via.abs, via.frame.line, via.frame.column) })
    }
    return { abs: first.abs, at, confidence: 'trace', related }
  }
  return undefined
}

/**
 * The app line a trace was recorded at (an acknowledgement, for instance): its first user frame
 * that maps to a repository file and holds a call.
 */
export function locateCall(trace: readonly string[] | undefined, ctx: LocateContext): SourceLocation | undefined {
  for (const frame of userFrames(trace ?? [])) {
    const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir)
    const file = abs ? ctx.reader.get(abs) : undefined
    const at = file?.fromRuntime(frame.line, frame.column)
    if (abs && at && holdsCall(file!, at.line)) return lineAt(ctx, abs, at.line, at.column)
  }
  return undefined
}

/** Module top-level code: `Object.<anonymous>` (CommonJS), `<anonymous>` (ESM), `<module>` (Python). */
function isTopLevel(f: TraceFrame): boolean {
  return f.fn === '' || f.fn === '<anonymous>' || f.fn === 'Object.<anonymous>' || f.fn === '<module>'
}

function frameKey(f: TraceFrame): string {
  return `${f.file}:${f.line}:${f.column}`
}

/** `…/lib/stack.ts` in the repository for a trace frame in `…/lib/stack.js`. */
function typeScriptTwin(file: string, ctx: LocateContext): string | undefined {
  if (!/\.(m|c)?js$/.test(file)) return undefined
  for (const ext of ['.ts', '.tsx', '.mts', '.cts']) {
    const twin = mapTracePath(file.replace(/\.(m|c)?js$/, ext), ctx.sources, ctx.appDir)
    if (twin) return twin
  }
  return undefined
}

/** Does the path pass through a construct that is neither the stack nor an aws-cdk-lib class (an L3)? */
function insideUserConstruct(constructPath: string, stackPath: string, tree: ConstructTree | undefined): boolean {
  const rel = relativeIds(constructPath, stackPath)
  let p = stackPath
  for (const id of rel.slice(0, -1)) {
    p = p ? `${p}/${id}` : id
    const fqn = tree?.get(p)?.fqn
    if (fqn === undefined) return rel.length > 2
    if (!fqn.startsWith('aws-cdk-lib.')) return true
  }
  return false
}

/** Does line `line` exist and hold a call (where a trace frame must point)? */
function holdsCall(file: SourceFile, line: number): boolean {
  if (line < 1 || line > file.lineCount) return false
  const start = file.lines.lineStart(line)
  const end = file.text.indexOf('\n', start)
  return file.text.slice(start, end < 0 ? undefined : end).includes('(')
}

/**
 * Whether the construct call at a trace's first user position passes, as a string literal, an id
 * that no construct on the path has (`new s3.Bucket(this, 'Logs')` for `Stack/Data/Resource`).
 * An id that is not a literal (`name`, a template with `${}`), or a line holding no construct
 * call (`bucket.addToResourcePolicy(...)` made the policy), proves nothing.
 */
function makesAnother(file: SourceFile, abs: string, at: { line: number; column: number }, ids: ReadonlySet<string>): boolean {
  const lang = langOf(abs)
  if (!lang) return false
  const start = file.lines.lineStart(at.line)
  const nl = file.text.indexOf('\n', start)
  file.budget ??= scanBudgetFor(file.text)
  const call = findConstructCallOnLine(file.text, start, nl < 0 ? file.text.length : nl, at.column, lang, file.budget, ids)
  const id = call && literalId(file.text, call)
  // The construct library writes a `/` in an id as `--` in its path.
  return id !== undefined && !ids.has(id.replaceAll('/', '--'))
}

function lineAt(ctx: LocateContext, abs: string, line: number, column: number): SourceLocation {
  const col = Math.max(1, column)
  return { file: ctx.reader.displayPath(abs), line, column: col, endLine: line, endColumn: col, path: '' }
}

/** Construct ids below the stack: `Prod/Data/Analytics/Results/Resource` under `Prod/Data/Analytics` → `[Results, Resource]`. */
export function relativeIds(constructPath: string, stackPath: string): string[] {
  const rel = stackPath && constructPath.startsWith(`${stackPath}/`) ? constructPath.slice(stackPath.length + 1) : constructPath
  return rel.split('/').filter((s) => s !== '')
}

/**
 * Looks the construct's ids up in the app's sources, deepest id first. An id found exactly once
 * (after preferring calls of the class tree.json names) is the answer; an ambiguous or missing
 * id moves the search to its parent, whose line is then the nearest certain one.
 */
export function locateByConstructId(constructPath: string, stackPath: string, ctx: LocateContext, only?: string): SourceHit | undefined {
  const ids = relativeIds(constructPath, stackPath)
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i]!
    if (DEFAULT_CHILDREN.includes(id) && i === ids.length - 1) continue
    // `Analytics.NestedStack`: a name the CDK made, not one the app wrote.
    if (id.includes('.NestedStack')) continue
    const pathHere = [stackPath, ...ids.slice(0, i + 1)].filter((s) => s !== '').join('/')
    const fqn = ctx.tree?.get(pathHere)?.fqn
    const cls = classOf(fqn)
    let calls = ctx.calls.calls(id)
    if (only !== undefined) calls = calls.filter((c) => c.abs === only)
    // A call of another CDK library class (`new sqs.Queue(this, 'Data')` for a bucket `Data`)
    // did not make this construct, however unique its id.
    if (fqn !== undefined) calls = calls.filter((c) => c.libraryFqn === undefined || libraryClassKey(c.libraryFqn) === libraryClassKey(fqn))
    if (cls && calls.length > 1) {
      const byClass = calls.filter((c) => c.callee === cls || c.callee.endsWith(`.${cls}`))
      if (byClass.length > 0) calls = byClass
    }
    if (calls.length !== 1) continue
    const c = calls[0]!
    ctx.reader.get(c.abs)
    return { abs: c.abs, at: lineAt(ctx, c.abs, c.line, c.column), confidence: 'construct-id', related: [] }
  }
  return undefined
}

/** The folder a cloud assembly's app lives in: the assembly's parent (nested assemblies: the root's). */
export function appDirOf(assemblyDir: string): string {
  return toSlash(path.dirname(assemblyDir))
}
