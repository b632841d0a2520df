/**
 * The AWS CDK format plugin: reads cloud assemblies (`cdk.out`), runs every stack template,
 * nested stacks included, through the CloudFormation loader, and moves each resource from the
 * generated template to the line of the app that created its construct. Nothing from the
 * scanned repository is executed: the assembly must have been synthesised by an earlier step.
 */
import path from 'node:path'
import type { Problem } from '../../engine/finding.js'
import type { S3Model } from '../../model/s3.js'
import { loadTemplateText } from '../cloudformation/index.js'
import { parseJson } from '../shared/json-tree.js'
import { LineIndex } from '../shared/line-index.js'
import { get } from '../shared/source-tree.js'
import type { FormatPlugin, LoadContext, ScanUnit, UnitLoad } from '../types.js'
import { readAssembly, type StackTemplate } from './assembly.js'
import { renderCdkFix } from './fix.js'
import { scalarString } from './json-file.js'
import { appDirOf, ConstructCallIndex, locateConstruct, mapTracePath, SourceReader, type LocateContext, type SourceHit } from './locate.js'
import { LOGICAL_ID, nestedStackPathFromResource, TEMPLATE_FILE } from './metadata.js'
import { findNestedStacks, templateResources } from './nested-stacks.js'
import { planAssemblies, type AssemblyUnitData } from './plan.js'
import { logicalIdOf, relocate, subjectsOf } from './relocate.js'
import { indexSources } from './source-index.js'
import { userFrames } from './stack-trace.js'
import { addSuppression, covers, readAcknowledgements, readStackSuppressions } from './suppressions.js'

export const cdkPlugin: FormatPlugin = {
  name: 'cdk',
  format: 'cdk',
  plan(files, ctx) {
    return planAssemblies(files, ctx.debug)
  },
  load: loadAssembly,
  renderFix: renderCdkFix,
}

export function loadAssembly(unit: ScanUnit, ctx: LoadContext): UnitLoad {
  const data = unit.data as AssemblyUnitData | undefined
  const manifest = data?.manifest ?? unit.files.find((f) => path.basename(f.abs) === 'manifest.json')?.abs
  const problems: Problem[] = []
  const models: S3Model[] = []
  const notes: string[] = []
  const texts = new Map<string, string>()
  if (!manifest) return { models, problems, notes, texts }

  const asm = readAssembly(manifest, ctx)
  problems.push(...asm.problems)
  let stacks = asm.stacks
  if (!asm.usable) {
    // No usable manifest: still scan the templates the folder holds, without construct paths,
    // rather than let a broken assembly pass the gate silently.
    stacks = unit.files
      .filter((f) => f.abs.endsWith('.template.json'))
      .map((f) => ({
        abs: f.abs,
        file: f.rel,
        stackName: path.basename(f.abs).replace(/\.(nested\.)?template\.json$/, ''),
        stackPath: '',
        declaredAt: { file: f.rel, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
        assemblyDir: path.dirname(f.abs),
        nested: f.abs.endsWith('.nested.template.json'),
      }))
  }

  const rootDir = path.dirname(manifest)
  const appDir = appDirOf(rootDir)
  const sources = indexSources(ctx.roots)
  const reader = new SourceReader((abs) => ctx.readFile(abs), (abs) => ctx.displayPath(abs))
  const lctx: LocateContext = {
    metadata: asm.metadata,
    tree: asm.tree,
    sources,
    reader,
    calls: new ConstructCallIndex(sources, (abs) => ctx.readFile(abs), appDir),
    appDir,
  }
  const stackPaths = knownStackPaths(asm.metadata, stacks)
  const acknowledgements = readAcknowledgements(asm.metadata, (trace) => {
    for (const frame of userFrames(trace ?? [])) {
      const abs = mapTracePath(frame.file, sources, appDir)
      const f = abs ? reader.get(abs) : undefined
      if (abs && f && frame.line <= f.lineCount) {
        const column = Math.max(1, frame.column)
        return { file: ctx.displayPath(abs), line: frame.line, column, endLine: frame.line, endColumn: column, path: '' }
      }
    }
    return undefined
  })
  const usedSources = new Set<string>()
  const seenTemplates = new Set<string>()
  let mapped = 0
  let byId = 0
  let unmapped = 0

  const queue = [...stacks]
  while (queue.length > 0) {
    const st = queue.shift()!
    if (seenTemplates.has(st.abs)) continue
    seenTemplates.add(st.abs)
    const text = ctx.readFile(st.abs)
    if (text === undefined) {
      problems.push({
        code: 'CDK_TEMPLATE_MISSING',
        file: st.declaredAt.file,
        line: st.declaredAt.line,
        column: st.declaredAt.column,
        message: `the template of ${st.nested ? 'nested stack' : 'stack'} ${st.stackName} (${st.file}) is missing or unreadable; the stack was not scanned, re-run \`cdk synth\``,
        level: 'error',
      })
      continue
    }
    texts.set(st.file, text)
    const root = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false }).root
    const resources = root ? templateResources(root) : []
    const pathByLogicalId = new Map<string, string>()
    for (const r of resources) {
      const p = scalarString(get(get(r.node, 'Metadata'), 'aws:cdk:path'))
      if (p) pathByLogicalId.set(r.logicalId, p)
    }
    const stackPath = settleStackPath(st, pathByLogicalId, asm.metadata)
    for (const [lid, p] of logicalIdsOf(asm.metadata, stackPath, stackPaths)) if (!pathByLogicalId.has(lid)) pathByLogicalId.set(lid, p)
    if (root) {
      for (const child of findNestedStacks({ ...st, stackPath }, root, text, (lid) => pathByLogicalId.get(lid), asm.metadata, ctx, (p) => problems.push(p))) {
        queue.push(child)
      }
    }

    const loaded = loadTemplateText(text, st.file, ctx.limits, { format: 'cdk', addressOf: (lid) => pathByLogicalId.get(lid) ?? lid, debug: ctx.debug })
    problems.push(...loaded.problems)
    if (!loaded.isTemplate) {
      ctx.debug(`${st.file}: holds no CloudFormation resources`)
      continue
    }

    const hits = new Map<string, SourceHit | null>()
    const hitFor = (lid: string): SourceHit | undefined => {
      let h = hits.get(lid)
      if (h === undefined) {
        const p = pathByLogicalId.get(lid)
        h = (p ? locateConstruct(p, stackPath, lctx) : undefined) ?? null
        hits.set(lid, h)
        if (h) usedSources.add(h.abs)
      }
      return h ?? undefined
    }
    const stackSuppressions = root ? readStackSuppressions(root, { file: st.file, lines: new LineIndex(text) }) : []

    for (const model of loaded.models) {
      const origins = new Map(subjectsOf(model).map((s) => [s, s.origin.at]))
      relocate(model, st.file, (lid) => hitFor(lid)?.at)
      for (const [s, templateAt] of origins) {
        const lid = logicalIdOf(templateAt)
        const constructPath = lid === undefined ? undefined : pathByLogicalId.get(lid)
        const hit = lid === undefined ? undefined : hitFor(lid)
        if (constructPath) {
          s.origin.cdk = { stack: st.stackName, constructPath, confidence: hit?.confidence ?? 'none' }
          if (hit) (hit.confidence === 'trace' ? mapped++ : byId++)
          else unmapped++
        }
        if (hit) {
          s.origin.related = [
            ...(s.origin.related ?? []),
            { message: `synthesised template (logical id ${lid})`, at: templateAt },
            ...hit.related,
          ]
        }
        const list = s.suppressions
        if (!list) continue
        for (const sup of stackSuppressions) addSuppression(list, sup)
        if (constructPath) for (const a of acknowledgements) if (covers(a.scope, constructPath)) addSuppression(list, a.suppression)
      }
      models.push(model)
    }
  }

  for (const abs of usedSources) {
    const f = reader.get(abs)
    if (f) texts.set(ctx.displayPath(abs), f.text)
  }
  for (const a of acknowledgements) if (a.suppression.at.file !== '' && !texts.has(a.suppression.at.file)) {
    const abs = sources.files.find((f) => ctx.displayPath(f) === a.suppression.at.file)
    const f = abs ? reader.get(abs) : undefined
    if (f) texts.set(a.suppression.at.file, f.text)
  }
  ctx.debug(`cdk: ${unit.id}: ${models.length} stack models; resources mapped by trace ${mapped}, by construct id ${byId}, not mapped ${unmapped}`)
  if (unmapped > 0 && mapped + byId === 0) {
    notes.push(`${unit.id}: no resource could be mapped to the CDK app's source (no creation traces and no matching construct ids under the scan roots); findings point at the synthesised templates`)
  }
  return { models, problems, notes, texts }
}

/** Construct paths of every stack and nested stack the metadata knows of. */
function knownStackPaths(metadata: LocateContext['metadata'], stacks: StackTemplate[]): Set<string> {
  const out = new Set<string>()
  for (const s of stacks) if (s.stackPath) out.add(s.stackPath)
  for (const [p] of metadata.ofType(TEMPLATE_FILE)) out.add(p)
  for (const [p] of metadata.ofType(LOGICAL_ID)) {
    const nested = nestedStackPathFromResource(p)
    if (nested) out.add(nested)
  }
  return out
}

/**
 * The `aws:cdk:logicalId` entries of one stack: those whose path is under `stackPath` and under
 * no deeper (nested) stack. Logical ids are unique only within a template, so a nested stack's
 * ids must not leak into its parent's.
 */
function logicalIdsOf(metadata: LocateContext['metadata'], stackPath: string, stackPaths: Set<string>): Map<string, string> {
  const deeper = [...stackPaths].filter((s) => s !== stackPath && (stackPath === '' || s.startsWith(`${stackPath}/`)))
  const out = new Map<string, string>()
  for (const [p, e] of metadata.ofType(LOGICAL_ID)) {
    if (typeof e.data !== 'string' || out.has(e.data)) continue
    if (stackPath !== '' && !p.startsWith(`${stackPath}/`)) continue
    if (deeper.some((d) => p.startsWith(`${d}/`))) continue
    out.set(e.data, p)
  }
  return out
}

/**
 * The stack's construct path. Current manifests say it (`aws:cdk:templateFile`, display name);
 * for older ones it is the artifact id (top-level stacks of CDK v1) or the first segment all the
 * template's `aws:cdk:path` values share.
 */
function settleStackPath(st: StackTemplate, fromTemplate: Map<string, string>, metadata: LocateContext['metadata']): string {
  if (st.stackPath) return st.stackPath
  const paths = [...fromTemplate.values()]
  if (st.artifactId) {
    const prefix = `${st.artifactId}/`
    if (paths.some((p) => p.startsWith(prefix))) return st.artifactId
    for (const [p] of metadata.ofType(LOGICAL_ID)) if (p.startsWith(prefix)) return st.artifactId
  }
  const first = paths[0]?.split('/')[0]
  return first && paths.every((p) => p.startsWith(`${first}/`)) ? first : ''
}
