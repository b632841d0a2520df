/**
 * Loads one Terraform root module: parses its files (and those of the local modules it calls, on
 * demand), evaluates, and builds the model. Every file read goes through `ctx.readFile`, which
 * refuses anything outside the scan roots (symlinks resolved).
 */
import fs from 'node:fs'
import path from 'node:path'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import type { LoadContext, ScanUnit, UnitLoad } from '../types.js'
import { Evaluator } from './eval/evaluate.js'
import { SourceFiles } from './eval/source-files.js'
import type { Origin } from './eval/value.js'
import type { Body, TemplateExpr } from './hcl/ast.js'
import { parseJsonConfig } from './hcl/json-config.js'
import { parseHcl, parseTemplateText, type SyntaxIssue } from './hcl/parse.js'
import { moduleParse } from './hcl/module-parses.js'
import { rememberJsonConfig, rememberParse } from './hcl/recent-parses.js'
import { CONFIG_FILE, isOverrideFile, READ_CONFIG_FILE, VARS_FILE, withoutShadowed } from './config-files.js'
import { buildModuleConfig, type ModuleConfig, type ParsedFile } from './module-config.js'
import { moduleConfigFilesInside } from './module-files.js'
import { credentialsIn, isInsideAny } from '../shared/inside.js'
import { looksLikeSecret } from '../shared/secret-text.js'
import { parseJson } from '../shared/json-tree.js'
import { ModuleInstance, type UnitContext } from './module-instance.js'
import type { TerraformUnitData } from './plan-units.js'
import { registryS3Kind } from './registry-s3-module.js'
import { rootVariables, type TfvarsFile } from './tfvars.js'
import { tfvarsIssues } from './tfvars-literals.js'
import { SensitiveTexts } from '../../sensitive-texts.js'
import { markDerived, markSensitive } from './eval/sensitive.js'
import { buildModel } from './to-model.js'

/** `ctx.readFile`, also when a host throws for a missing file instead of returning undefined. */
function readOptional(ctx: LoadContext, abs: string): string | undefined {
  try {
    return ctx.readFile(abs)
  } catch {
    return undefined
  }
}

export interface PreparedUnit {
  root: ModuleInstance
  ctx: UnitContext
  problems: Problem[]
  notes: string[]
  texts: Map<string, string>
}

export function loadTerraformUnit(unit: ScanUnit, ctx: LoadContext): UnitLoad {
  const { root, ctx: uctx, problems, notes, texts } = prepareTerraformUnit(unit, ctx)
  let built
  try {
    built = buildModel(root, uctx, unit.id)
  } catch (e) {
    if (!(e instanceof RangeError)) throw e
    // A stack overflow on pathological input: report it instead of failing the scan, at the
    // module's first file (a problem names a file, and the unit's id is its folder).
    problems.push({
      code: 'EVAL_LIMIT',
      file: unit.files[0]?.rel ?? unit.id,
      line: 1,
      column: 1,
      message: `Evaluation of this module was abandoned: ${e.message}`,
      level: 'error',
    })
    return { models: [], problems, notes, texts, sensitiveTexts: uctx.sensitive.texts }
  }
  appendAll(problems, built.problems)
  appendAll(notes, built.notes)
  return { models: [built.model], problems, notes: [...new Set(notes)], texts, sensitiveTexts: uctx.sensitive.texts }
}

/** Parses the unit's files and sets up evaluation (exposed for tests of the evaluator). */
export function prepareTerraformUnit(unit: ScanUnit, ctx: LoadContext): PreparedUnit {
  const problems: Problem[] = []
  const notes: string[] = []
  const texts = new Map<string, string>()
  // Discovery already computed the display paths of the unit's own files.
  const knownDisplay = new Map(unit.files.map((cf) => [cf.abs, cf.rel]))
  const data = unit.data as TerraformUnitData | undefined
  /** A text planning read already (discovery checked the file: inside the roots, not too large). */
  const takePlannedText = (abs: string): string | undefined => {
    const planned = data?.texts
    if (!planned || !Object.hasOwn(planned, abs)) return undefined
    const text = planned[abs]
    delete planned[abs]
    ctx.inputs?.read(abs, text)
    return text
  }
  const files = new SourceFiles()
  const seen = new Set<string>()
  const problem = (code: string, at: Origin, message: string, level: 'error' | 'warning') => {
    const file = files.get(at.f)
    const pos = file.lines.position(at.s)
    const key = `${code}:${file.display}:${pos.line}:${pos.column}`
    if (seen.has(key)) return
    seen.add(key)
    problems.push({ code, file: file.display, line: pos.line, column: pos.column, message, level })
  }
  const syntax = (f: number, issues: SyntaxIssue[], code: string) => {
    for (const i of issues) problem(code, { f, s: i.offset, e: i.offset }, i.message, 'error')
  }

  /** Reads and registers a file; undefined when it cannot be read. */
  const read = (abs: string): { f: number; text: string } | undefined => {
    // Read once: `[for i in range(1000) : file("big.json")]` read and kept it 1,000 times (gigabytes).
    const known = files.find(abs)
    if (known !== undefined) return { f: known, text: files.get(known).text }
    const text = takePlannedText(abs) ?? readOptional(ctx, abs)
    if (text === undefined) return undefined
    const display = knownDisplay.get(abs) ?? ctx.displayPath(abs)
    const f = files.add(abs, display, text)
    texts.set(display, text)
    // A binary file (BINARY_FILE when parsed) is not text whose bytes were replaced: one problem, not two.
    const bad = ctx.replacedBytes?.(abs, text) === false || text.includes('\u0000') ? -1 : text.indexOf('\ufffd')
    if (bad >= 0) problem('INVALID_UTF8', { f, s: bad, e: bad }, 'the file is not valid UTF-8; invalid bytes were replaced', 'warning')
    return { f, text }
  }

  /** `shared`: a called module's file, whose parse other root modules may reuse. */
  const parseFile = (abs: string, shared: boolean): ParsedFile | undefined => {
    const r = read(abs)
    if (!r) {
      ctx.debug(`${abs}: not read (outside the scanned paths, unreadable or too large)`)
      return undefined
    }
    if (r.text.includes('\u0000')) {
      problem('BINARY_FILE', { f: r.f, s: 0, e: 0 }, 'the file holds binary data (NUL bytes); it was not parsed', 'error')
      return undefined
    }
    const maxDepth = ctx.limits.maxDepth
    if (/\.json$/i.test(abs)) {
      let p: { body: Body; issues: SyntaxIssue[] }
      if (shared) {
        // Kept across units (module-parses.ts), so without the JSON tree: a fix there parses the file itself.
        p = moduleParse(abs, r.text, true, maxDepth, () => {
          const { root: _root, ...parsed } = parseJsonConfig(r.text, { maxDepth })
          return { ...parsed, comments: [] }
        })
      } else {
        const own = parseJsonConfig(r.text, { maxDepth })
        rememberJsonConfig(r.text, own)
        p = own
      }
      syntax(r.f, p.issues, 'JSON_SYNTAX')
      return { f: r.f, body: p.body, comments: [], json: true, override: isOverrideFile(path.basename(abs)) }
    }
    const hcl = () => parseHcl(r.text, { maxDepth })
    const p = shared ? moduleParse(abs, r.text, false, maxDepth, hcl) : hcl()
    rememberParse(r.text, p)
    syntax(r.f, p.issues, 'HCL_SYNTAX')
    return { f: r.f, body: p.body, comments: p.comments, json: false, override: isOverrideFile(path.basename(abs)) }
  }

  const rootDir = data?.dir ?? path.dirname(unit.files[0]!.abs)
  const realDirs = new Map<string, string>()
  const configs = new Map<string, ModuleConfig | undefined>()
  const loadDir = (dir: string, paths: string[]): ModuleConfig => {
    const listed = paths.filter((p) => CONFIG_FILE.test(p))
    for (const p of listed)
      if (!READ_CONFIG_FILE.test(p))
        notes.push(
          `${knownDisplay.get(p) ?? ctx.displayPath(p)} was not read: Terraform reads only file names ending in lower-case .tf or .tf.json (OpenTofu: .tofu, .tofu.json)`,
        )
    const parsed = withoutShadowed(listed.filter((p) => READ_CONFIG_FILE.test(p)).sort())
      .map((p) => parseFile(p, dir !== rootDir))
      .filter((p): p is ParsedFile => p !== undefined)
    return buildModuleConfig(dir, parsed)
  }
  const root = loadDir(
    rootDir,
    unit.files.map((f) => f.abs),
  )
  configs.set(rootDir, root)

  const templates = new Map<number, TemplateExpr>()
  const sensitive = new SensitiveTexts()
  const ev = new Evaluator(files, ctx.limits, problem, {
    files,
    markSensitive: (v, what, at) => markSensitive(sensitive, v, what, at),
    markDerived: (args, v, what, at) => markDerived(sensitive, args, v, what, at),
    loadFile: (abs, at) => {
      if (!isInsideAny(abs, ctx.roots)) {
        problem('FILE_OUTSIDE_ROOT', at, `${ctx.displayPath(abs)} is outside the scanned paths; it was not read`, 'warning')
        return `${ctx.displayPath(abs)} is outside the scanned paths`
      }
      const secret = credentialsIn(abs, ctx.roots)
      if (secret) {
        const what = secret === 'git' ? 'is under .git/, where a checkout keeps its credentials' : 'is a credentials file by its name'
        problem(
          secret === 'git' ? 'FILE_IN_GIT_FOLDER' : 'FILE_CREDENTIALS',
          at,
          `${ctx.displayPath(abs)} ${what}; it was not read`,
          'warning',
        )
        return `${ctx.displayPath(abs)} ${secret === 'git' ? 'is under .git/' : 'is a credentials file'}`
      }
      const r = read(abs)
      if (!r)
        return `${ctx.displayPath(abs)} could not be read: missing, not a file, larger than limits.maxFileBytes, or a link out of the scanned paths, into .git/ or to a credentials file`
      // A credentials file by another name: its value would be quoted in findings (see looksLikeSecret).
      if (looksLikeSecret(r.text)) {
        problem(
          'FILE_SECRET',
          at,
          `${ctx.displayPath(abs)} looks like it holds a secret (a private key, token or access key); its content was not used`,
          'warning',
        )
        return `${ctx.displayPath(abs)} looks like it holds a secret`
      }
      return r
    },
    parseTemplate: (f) => {
      let t = templates.get(f)
      if (!t) {
        const r = parseTemplateText(files.get(f).text, { maxDepth: ctx.limits.maxDepth })
        syntax(f, r.issues, 'HCL_SYNTAX')
        t = r.expr
        templates.set(f, t)
      }
      return t
    },
  })

  const tfvars: TfvarsFile[] = []
  for (const cf of unit.files) {
    if (!VARS_FILE.test(cf.abs)) continue
    const r = read(cf.abs)
    if (!r) continue
    // Below the root (`envs/prod.tfvars`, see `varFilesBelow`) a file is one `-var-file` may pass,
    // never one Terraform loads by itself: named by its path, which `isAutoTfvars` never takes.
    const name = path.dirname(cf.abs) === rootDir ? path.basename(cf.abs) : path.relative(rootDir, cf.abs).split(path.sep).join('/')
    if (/\.json$/i.test(name)) {
      // Terraform rejects a variable set twice; read as JSON, the last would win without a word.
      // It rejects a file that is not one JSON object too: read, such a file set nothing, so its
      // variables kept their defaults and the buckets they configure passed without a word.
      const parsed = parseJson(r.text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: true })
      for (const i of parsed.issues) syntax(r.f, [i], i.code)
      if (parsed.root && parsed.root.kind !== 'map')
        syntax(r.f, [{ offset: parsed.root.start, message: 'A .tfvars.json file must contain a JSON object' }], 'JSON_SYNTAX')
      tfvars.push({ f: r.f, name, jsonText: r.text })
    } else {
      const p = parseHcl(r.text, { maxDepth: ctx.limits.maxDepth })
      syntax(r.f, p.issues, 'HCL_SYNTAX')
      const refused = tfvarsIssues(p.body)
      syntax(r.f, refused, 'HCL_SYNTAX')
      const unusable = new Map<string, string>()
      for (const i of refused) if (i.variable !== undefined) unusable.set(i.variable, i.message)
      tfvars.push({ f: r.f, name, body: p.body, unusable })
    }
  }

  // `terraform init` records where it put each remote module; use them when they are in the scan.
  const vendored = new Map<string, string>()
  const manifest = readOptional(ctx, path.join(rootDir, '.terraform', 'modules', 'modules.json'))
  if (manifest) {
    try {
      const parsed = JSON.parse(manifest) as { Modules?: { Key?: unknown; Dir?: unknown }[] }
      for (const m of parsed.Modules ?? []) {
        if (typeof m.Key === 'string' && m.Key && typeof m.Dir === 'string') vendored.set(m.Key, path.resolve(rootDir, m.Dir))
      }
    } catch {
      ctx.debug(`${rootDir}/.terraform/modules/modules.json is not valid JSON; remote modules are not scanned`)
    }
  }

  const uctx: UnitContext = {
    ev,
    files,
    sensitive,
    limits: ctx.limits,
    problem,
    note: (m) => notes.push(m),
    rootDir,
    config: (dir) => {
      if (configs.has(dir)) return configs.get(dir)
      const paths = moduleConfigFilesInside(dir, ctx.roots)
      ctx.inputs?.moduleDir(dir, paths)
      const c = paths.length ? loadDir(dir, paths) : undefined
      configs.set(dir, c)
      return c
    },
    insideRoots: (dir) => isInsideAny(dir, ctx.roots),
    realDir: (dir) => {
      let real = realDirs.get(dir)
      if (real === undefined) {
        try {
          real = fs.realpathSync.native(dir)
        } catch {
          real = dir
        }
        realDirs.set(dir, real)
      }
      return real
    },
    rootVariable: rootVariables(tfvars, ev, rootDir, ctx.planVariables?.(unit.id)),
    vendoredModule: (key) => vendored.get(key),
    classifySource: (source) => {
      if (source === undefined) return 'other'
      if (source.startsWith('./') || source.startsWith('../')) return 'local'
      return registryS3Kind(source) ?? 'other'
    },
  }

  return { root: new ModuleInstance(uctx, root, ''), ctx: uctx, problems, notes, texts }
}
