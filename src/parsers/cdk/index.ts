/**
 * The AWS CDK format plugin: reads cloud assemblies (`cdk.out`), runs every stack template,
 * nested stacks included, through the CloudFormation loader, and moves each resource from the
 * generated template to the line of the app that created its construct. Nothing from the
 * scanned repository is executed: the assembly must have been synthesised by an earlier step.
 */
import { SensitiveTexts } from '../../sensitive-texts.js'
import path from 'node:path'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import type { S3Model } from '../../model/s3.js'
import { loadTemplateText } from '../cloudformation/index.js'
import { parseJson } from '../shared/json-tree.js'
import { LineIndex } from '../shared/line-index.js'
import type { CandidateFile, FormatPlugin, LoadContext, ScanUnit, UnitLoad } from '../types.js'
import { readAssembly, type Assembly, type StackTemplate } from './assembly.js'
import { forgetCdkFixCache, renderCdkFix, shareAppOverrides } from './fix.js'
import { ConstructCallIndex } from './construct-calls.js'
import { appDirOf, locateCall, locateConstruct, type LocateContext, type SourceHit } from './locate.js'
import { findNestedStacks } from './nested-stacks.js'
import { cdkPlanner, isFileAsset, type AssemblyUnitData } from './plan.js'
import { logicalIdOf, relocate } from './relocate.js'
import { subjectsOf } from '../../model/subjects.js'
import { indexSources } from './source-index.js'
import { SourceReader } from './source-reader.js'
import { constructPathsOf, knownStackPaths } from './stack-paths.js'
import { addSuppression, covers, readAcknowledgements, readStackSuppressions } from './suppressions.js'

export const cdkPlugin: FormatPlugin = {
  ...cdkPlanner,
  load: loadAssembly,
  renderFix: renderCdkFix,
  unitDone: forgetCdkFixCache,
}

const isTemplateFile = (f: CandidateFile) => f.abs.endsWith('.template.json')

/** A template read without a manifest: no construct paths, named after its file. */
function plainStack(f: CandidateFile): StackTemplate {
  return {
    abs: f.abs,
    file: f.rel,
    stackName: path.basename(f.abs).replace(/\.(nested\.)?template\.json$/, ''),
    stackPath: '',
    declaredAt: { file: f.rel, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
    assemblyDir: path.dirname(f.abs),
    nested: f.abs.endsWith('.nested.template.json'),
  }
}

export function loadAssembly(unit: ScanUnit, ctx: LoadContext): UnitLoad {
  const data = unit.data as AssemblyUnitData | undefined
  const manifest = data?.manifest ?? unit.files.find((f) => path.basename(f.abs) === 'manifest.json')?.abs
  const problems: Problem[] = []
  const models: S3Model[] = []
  const notes: string[] = []
  const texts = new Map<string, string>()
  if (!manifest) return { models, problems, notes, texts }
  const sensitive = new SensitiveTexts()

  const rootDir = path.dirname(manifest)
  const appDir = appDirOf(rootDir)
  const sources = indexSources(ctx.roots)
  if (sources.truncated) ctx.inputs?.untracked()
  else ctx.inputs?.cdkSources(sources.files)
  const reader = new SourceReader(
    (abs) => ctx.readFile(abs),
    (abs) => ctx.displayPath(abs),
  )
  const calls = new ConstructCallIndex(sources, (abs) => ctx.readFile(abs), appDir)
  shareAppOverrides(texts, sources.files, !sources.truncated, (abs) => ctx.readFile(abs))
  const seenManifests = new Set<string>()
  const seenTemplates = new Set<string>()
  let mapped = 0
  let byId = 0
  let unmapped = 0

  const scanStacks = (asm: Assembly, stacks: StackTemplate[]) => {
    const lctx: LocateContext = { metadata: asm.metadata, tree: asm.tree, sources, reader, calls, appDir }
    const stackPaths = knownStackPaths(asm.metadata, stacks)
    const acknowledgements = readAcknowledgements(asm.metadata, (trace) => locateCall(trace, lctx))
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
      // The loader below parses the template again for the model; this parse reads CDK metadata.
      const root = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false }).root
      const { stackPath, pathByLogicalId } = constructPathsOf(st, root, asm.metadata, stackPaths)
      const nestedTemplates = new Map<string, string>()
      if (root) {
        for (const child of findNestedStacks(
          { ...st, stackPath },
          root,
          text,
          (lid) => pathByLogicalId.get(lid),
          asm.metadata,
          ctx,
          (p) => problems.push(p),
        )) {
          queue.push(child)
          if (child.resource !== undefined) nestedTemplates.set(child.resource, child.file)
        }
      }

      const loaded = loadTemplateText(text, st.file, ctx.limits, {
        format: 'cdk',
        addressOf: (lid) => pathByLogicalId.get(lid) ?? lid,
        debug: ctx.debug,
        sensitive,
        replacedBytes: ctx.replacedBytes?.(st.abs, text),
        ...(st.passed ? { passed: st.passed } : {}),
        ...(nestedTemplates.size ? { nestedTemplates } : {}),
      })
      appendAll(problems, loaded.problems)
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
            if (hit?.confidence === 'trace') mapped++
            else if (hit) byId++
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
  }

  const asm = readAssembly(manifest, ctx, seenManifests)
  appendAll(problems, asm.problems)
  // No usable manifest: still scan the templates the folder holds, without construct paths,
  // rather than let a broken assembly pass the gate silently.
  scanStacks(asm, asm.usable ? asm.stacks : unit.files.filter(isTemplateFile).map(plainStack))
  // Assemblies in the unit's folders that the root's manifest does not lead to.
  for (const other of data?.manifests ?? []) {
    if (seenManifests.has(other)) continue
    const more = readAssembly(other, ctx, seenManifests)
    appendAll(problems, more.problems)
    scanStacks(more, more.usable ? more.stacks : [])
  }
  // A template no manifest names (left over from an earlier synth, or put there by hand) is not
  // deployed by `cdk deploy`, but it is still a template in the pull request: scan it.
  for (const f of unit.files) {
    if (!isTemplateFile(f) || seenTemplates.has(f.abs)) continue
    problems.push({
      code: 'CDK_TEMPLATE_UNLISTED',
      file: f.rel,
      line: 1,
      column: 1,
      message:
        'no manifest of the cloud assembly names this template (a leftover of an earlier synth?); it was scanned as a plain template',
      level: 'warning',
    })
    scanStacks(asm, [plainStack(f)])
  }
  // A file asset that is a template (a Service Catalog product's `CloudFormationTemplate.fromAsset`)
  // is deployed as a stack of its own, though no manifest names it as one.
  for (const f of unit.files) {
    if (!isFileAsset(f.abs, rootDir) || seenTemplates.has(f.abs)) continue
    seenTemplates.add(f.abs)
    const text = ctx.readFile(f.abs)
    if (text === undefined) {
      problems.push({
        code: 'CDK_ASSET_UNREAD',
        file: f.rel,
        line: 1,
        column: 1,
        message: 'this asset of the cloud assembly could not be read; if it is a CloudFormation template, its buckets were not scanned',
        level: 'warning',
      })
      continue
    }
    // A copy of a repository file the scan reads on its own (`fromAsset('product.yaml')`): its
    // buckets are reported there, at the lines the pull request edits, not a second time here.
    const twin = data?.assetTwins?.[f.abs]?.find((abs) => ctx.readFile(abs) === text)
    if (twin !== undefined) {
      ctx.debug(`${f.rel}: an asset with the content of ${ctx.displayPath(twin)}, which is scanned on its own`)
      continue
    }
    const loaded = loadTemplateText(text, f.rel, ctx.limits, {
      debug: ctx.debug,
      sensitive,
      replacedBytes: ctx.replacedBytes?.(f.abs, text),
    })
    appendAll(problems, loaded.problems)
    appendAll(notes, loaded.notes)
    if (!loaded.isTemplate) {
      ctx.debug(`${f.rel}: an asset that is no CloudFormation template`)
      continue
    }
    ctx.debug(`${f.rel}: an asset that is a CloudFormation template, scanned as one`)
    texts.set(f.rel, text)
    appendAll(models, loaded.models)
  }

  // The sources findings and suppressions now point at, for inline suppressions and fixes.
  for (const [file, text] of reader.texts()) texts.set(file, text)
  ctx.debug(
    `cdk: ${unit.id}: ${models.length} stack models; resources mapped by trace ${mapped}, by construct id ${byId}, not mapped ${unmapped}`,
  )
  if (unmapped > 0 && mapped + byId === 0) {
    notes.push(
      `${unit.id}: no resource could be mapped to the CDK app's source, so findings point at the synthesised templates; scan the app's folder (not only the assembly) and synthesise with creation traces (\`cdk synth --debug\` on older aws-cdk-lib)`,
    )
  }
  return { models, problems, notes, texts, sensitiveTexts: sensitive.texts }
}
