/**
 * Everything done for one scan unit, in whichever thread runs it: read and parse its files,
 * build and link the model, run the rules, apply inline suppressions, render local fixes.
 * Input and output are plain data so that the unit can run in a worker thread.
 */
import { maskSensitive } from './mask-sensitive.js'
import { appendAll } from './append.js'
import { joinLinks } from './cross-stack.js'
import { capRepeatedProblems } from './cap-problems.js'
import fs from 'node:fs'
import { evaluateRules, type RuleOutcome } from './engine/evaluate.js'
import { MAX_EDIT_CHARS, type Finding, type Problem, type UnknownResult } from './engine/finding.js'
import { fingerprint } from './engine/fingerprint.js'
import { compareSeverity, type Severity } from './engine/severity.js'
import { applyInlineSuppressions } from './engine/suppressions.js'
import { isInside, listFiles, toDisplayPath } from './discovery.js'
import type { Limits } from './limits.js'
import { decodeText, hasInvalidBytes } from './text-encoding.js'
import { readRegularFile } from './read-regular-file.js'
import { InputLog, type InputRecord } from './unit-inputs.js'
import { EditBudget } from './edit-budget.js'
import { EditLineEndings } from './edit-line-endings.js'
import { columnsPastByteOrderMark } from './byte-order-mark.js'
import { duplicateBucketNames } from './model/duplicate-names.js'
import { linkModel } from './model/link.js'
import type { Format, S3Model } from './model/s3.js'
import type { StackLinks } from './model/stack-links.js'
import { pluginByName } from './parsers/registry.js'
import { credentialsIn } from './parsers/shared/inside.js'
import type { FormatPlugin, LoadContext, NestedStackCall, PassedValue, PlanCover, ScanUnit } from './parsers/types.js'
import { rules, rulesById } from '../rules/index.js'

export interface UnitJob {
  roots: string[]
  cwd: string
  limits: Limits
  severity: Record<string, Severity>
  disabled: string[]
  enabled?: string[]
  allowInline: boolean
  /** ISO date. */
  now: string
  /** Log what each unit reads (`UnitResult.inputs`), so that another scan can take its result over. */
  recordInputs?: boolean
  /** What parent stacks pass to nested templates' parameters, by the template's display path. */
  passedParameters?: Record<string, [string, PassedValue][]>
  /** Root variables plans beside a root module were made with, by the module's unit id (`LoadContext.planVariables`). */
  planVariables?: Record<string, [string, string | null][]>
}

export interface UnitResult {
  unit: string
  format: Format
  findings: Finding[]
  unknowns: UnknownResult[]
  problems: Problem[]
  notes: string[]
  debug: string[]
  files: number
  bytes: number
  buckets: number
  /** A plan read with the `.tf` sources of a root module: the resources it judged there. */
  covers?: PlanCover
  /** Buckets other templates may attach a policy to, and policies for buckets of other templates. */
  stackLinks?: StackLinks
  /** With `UnitJob.recordInputs`: everything the unit read, unless some of it cannot be checked again. */
  inputs?: InputRecord[]
  /** Nested stacks its templates create from files of the scan (see `withParentParameters` in scan.ts). */
  nestedStacks?: NestedStackCall[]
  /** Files it read besides its own (called modules, `file()`), display path and size; `files` and `bytes` count only its own. */
  reads?: [file: string, bytes: number][]
}

export function parseErrorFinding(p: Problem, format: Format): Finding {
  const at = { file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: p.code }
  return {
    ruleId: 'parse-error',
    severity: 'high',
    messageId: 'parseError',
    message: `${p.code}: ${p.message}`,
    location: at,
    resource: p.file,
    format,
    related: [],
    fingerprint: fingerprint('parse-error', p.file, p.file, `${p.code}:${p.message}`),
    suppressed: false,
  }
}

/** A unit that read without a problem and yielded no model holds no infrastructure code. */
function heldNothing(load: { models: readonly unknown[]; problems: readonly unknown[] }): boolean {
  return load.models.length === 0 && load.problems.length === 0
}

/**
 * The model's links, with each bucket at its declaration as the model holds it now: a plugin may
 * have moved locations after the links were taken (CDK, to the app's source), and the bucket's
 * findings are reported there.
 */
function placedLinks(model: S3Model): StackLinks | undefined {
  const links = model.stackLinks
  if (!links) return undefined
  const byId = new Map(model.buckets.map((b) => [b.id, b.origin.at]))
  const buckets = links.buckets.map((l) => {
    const at = byId.get(l.bucket)
    return at ? { ...l, file: at.file, line: at.line } : l
  })
  return { ...links, buckets }
}

/** The error that says a unit yielded `max` findings and unknowns, and where the rules stopped. */
function findingsLimit(max: number, stopped: NonNullable<RuleOutcome['stopped']>): Problem {
  return {
    code: 'FINDINGS_LIMIT',
    file: stopped.at.file,
    line: stopped.at.line,
    column: stopped.at.column,
    message:
      `this template or configuration yielded ${max} findings and unknowns, as many as limits.maxFindings (--max-findings) allows: ` +
      `rule ${stopped.ruleId} stopped at ${stopped.resource}, and the rules after it did not run`,
    level: 'error',
  }
}

const rulesBefore = (rules: readonly { id: string }[], id: string) =>
  new Set(
    rules
      .slice(
        0,
        Math.max(
          0,
          rules.findIndex((r) => r.id === id),
        ),
      )
      .map((r) => r.id),
  )

export function processUnit(unit: ScanUnit, job: UnitJob): UnitResult {
  const plugin = pluginByName(unit.plugin)
  try {
    return processWith(plugin, unit, job)
  } finally {
    plugin.unitDone?.()
  }
}

/**
 * `LoadContext.readFile` for one unit: inside the roots only (symlinks resolved), regular files
 * up to the size limit. The unit's own files were found on disk: one that then cannot be read (or
 * is gone) may hold a public bucket, so it is an error, not a skip. `ownReplacement` hears of a
 * file that is valid UTF-8 and holds U+FFFD of its own, which the parsers would otherwise take
 * for invalid bytes replaced.
 */
export function unitFileReader(
  unit: ScanUnit,
  job: UnitJob,
  debug: (m: string) => void,
  unreadable: (p: Problem) => void,
  readBesides?: (abs: string, bytes: number) => void,
  ownReplacement?: (abs: string) => void,
): (abs: string) => string | undefined {
  const knownReal = new Set(unit.files.map((f) => f.abs))
  return (abs) => {
    try {
      // Discovery already resolved the unit's own files; other paths (file(), modules) are resolved here.
      // Optional files are often missing (`.terraform/modules/modules.json` in a root never
      // `terraform init`-ed): look first, as a failing realpath throws and builds an error.
      if (!knownReal.has(abs) && !fs.existsSync(abs)) return undefined
      const real = knownReal.has(abs) ? abs : fs.realpathSync.native(abs)
      if (!isInside(real, job.roots)) {
        debug(`refused to read ${abs}: outside the scanned paths`)
        return undefined
      }
      // Both sides of a link: `file(".git/config")`, and `leak.txt` linked to it.
      if (credentialsIn(abs, job.roots) || credentialsIn(real, job.roots)) {
        debug(`refused to read ${abs}: under .git/ or a credentials file`)
        return undefined
      }
      // Not a stat then a read: a named pipe put there meanwhile would block the read for ever.
      const r = readRegularFile(real, job.limits.maxFileBytes)
      if (!('bytes' in r)) {
        const why = 'notAFile' in r ? 'not a regular file' : 'larger than limits.maxFileBytes'
        // The unit's own file was a regular one when discovery looked: an error, as below.
        if (knownReal.has(abs)) throw new Error(why)
        debug(`refused to read ${abs}: ${why}`)
        return undefined
      }
      if (!knownReal.has(abs)) readBesides?.(real, r.bytes.length)
      const text = decodeText(r.bytes)
      if (ownReplacement && text.includes('\ufffd') && !hasInvalidBytes(r.bytes)) ownReplacement(abs)
      return text
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      // A unit's own file was there when discovery listed it: gone now (a build step deleting
      // while the scan runs), it is said, never a silent pass.
      if (knownReal.has(abs))
        unreadable({
          code: 'NOT_SCANNED',
          file: toDisplayPath(abs, job.cwd),
          line: 1,
          column: 1,
          message:
            code === 'ENOENT'
              ? 'the file was removed after the scan found it; it was not scanned'
              : `the file cannot be read (${code ?? (e as Error).message}); it was not scanned`,
          level: 'error',
        })
      return undefined
    }
  }
}

function processWith(plugin: FormatPlugin, unit: ScanUnit, job: UnitJob): UnitResult {
  const debug: string[] = []
  const unreadable: Problem[] = []
  const readsBesides = new Map<string, number>()
  const ownReplacement = new Set<string>()
  const readFile = unitFileReader(
    unit,
    job,
    (m) => void debug.push(m),
    (p) => void unreadable.push(p),
    (abs, bytes) => void readsBesides.set(toDisplayPath(abs, job.cwd), bytes),
    (abs) => void ownReplacement.add(abs),
  )
  const inputs = job.recordInputs ? new InputLog(job.cwd) : undefined
  const ctx: LoadContext = {
    roots: job.roots,
    cwd: job.cwd,
    limits: job.limits,
    debug: (m) => void debug.push(m),
    readFile: inputs
      ? (abs) => {
          const text = readFile(abs)
          inputs.read(abs, text)
          return text
        }
      : readFile,
    displayPath: (abs) => toDisplayPath(abs, job.cwd),
    replacedBytes: (abs, text) => text.includes('\ufffd') && !ownReplacement.has(abs),
    listFiles: (dir, filter) => {
      inputs?.untracked()
      return listFiles(dir, job.roots, job.cwd, filter)
    },
    ...(inputs ? { inputs } : {}),
    ...(job.passedParameters
      ? {
          passedParameters: (file: string) =>
            Object.hasOwn(job.passedParameters!, file) ? new Map(job.passedParameters![file]) : undefined,
        }
      : {}),
    ...(job.planVariables
      ? { planVariables: (id: string) => (Object.hasOwn(job.planVariables!, id) ? new Map(job.planVariables![id]) : undefined) }
      : {}),
  }
  const result: UnitResult = {
    unit: unit.id,
    format: plugin.format,
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    debug,
    files: unit.files.length,
    bytes: unit.files.reduce((n, f) => n + f.size, 0),
    buckets: 0,
  }
  let load
  try {
    load = plugin.load(unit, ctx)
  } catch (e) {
    const p: Problem = {
      code: 'INTERNAL_ERROR',
      file: unit.id,
      line: 1,
      column: 1,
      message: `s3-gate failed to read this ${plugin.name} input: ${e instanceof Error ? e.message : String(e)}. This is a bug; please report it.`,
      level: 'error',
    }
    result.problems.push(p)
    result.findings.push(parseErrorFinding(p, plugin.format))
    return result
  }
  appendAll(result.problems, unreadable)
  appendAll(result.problems, load.problems)
  appendAll(result.notes, load.notes)
  if (load.covers) result.covers = load.covers
  if (load.nestedStacks) result.nestedStacks = load.nestedStacks
  if (heldNothing(load)) {
    // Content sniffing let in a file that only mentions `AWS::` (a JSON or YAML document, an
    // earlier s3-gate JSON output): counted, it would hide "no infrastructure files found".
    result.files = 0
    result.bytes = 0
  }
  const active = rules.filter((r) => !job.disabled.includes(r.id) && (!job.enabled || job.enabled.includes(r.id)))
  const now = new Date(job.now)
  const activeIds = new Set(active.map((r) => r.id))
  const lineEndings = new EditLineEndings(load.texts)
  const editBudget = new EditBudget(load.texts)
  for (const model of load.models) {
    if (model.stackLinks) result.stackLinks = joinLinks([result.stackLinks, placedLinks(model)])
    linkModel(model)
    appendAll(result.problems, duplicateBucketNames(model))
    result.buckets += model.buckets.length
    const budget = job.limits.maxFindings - result.findings.length - result.unknowns.length
    const outcome = evaluateRules(model, active, job.severity, budget)
    if (outcome.stopped) result.problems.push(findingsLimit(job.limits.maxFindings, outcome.stopped))
    // Rules cut short by the limit may have left a suppression unmatched: only those that ran whole count.
    const ranWhole = outcome.stopped ? rulesBefore(active, outcome.stopped.ruleId) : activeIds
    appendAll(
      result.problems,
      applyInlineSuppressions(outcome.findings, model, { now, allowInline: job.allowInline, rulesById, active: ranWhole }),
    )
    if (plugin.renderFix) {
      // Most severe first, so that a file's edit budget goes to the findings that matter most.
      const fixable = outcome.findings.filter((f) => f.fix).sort((a, b) => compareSeverity(a.severity, b.severity))
      for (const f of fixable) {
        try {
          const edit = plugin.renderFix(f, load.texts)
          if (edit && lineEndings.landsOnLoneCr(edit))
            debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: ${edit.file} has carriage returns without line feeds there`)
          else if (edit && edit.replacement.length > MAX_EDIT_CHARS)
            debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: it would replace more than ${MAX_EDIT_CHARS} characters`)
          else if (edit && !editBudget.take(edit))
            debug.push(
              `fix for ${f.ruleId} on ${f.resource} not offered: the edits into ${edit.file} already carry far more text than the file holds`,
            )
          else if (edit) f.edit = lineEndings.inFileLineEndings(edit)
        } catch (e) {
          debug.push(`fix for ${f.ruleId} on ${f.resource} not rendered: ${e instanceof Error ? e.message : String(e)}`)
        }
      }
    }
    appendAll(result.findings, outcome.findings)
    appendAll(result.unknowns, outcome.unknowns)
    if (outcome.stopped) break
  }
  result.problems = capRepeatedProblems(result.problems)
  columnsPastByteOrderMark(load.texts, result)
  for (const p of result.problems) if (p.level === 'error') result.findings.push(parseErrorFinding(p, plugin.format))
  // A file that could not be read may read at the other tree: its unit is not taken over.
  const records = unreadable.length ? undefined : inputs?.records()
  if (records) result.inputs = records
  // Rules read too: a policy's file() is read when a rule first looks at the policy.
  if (result.files && readsBesides.size) result.reads = [...readsBesides]
  if (load.sensitiveTexts) maskSensitive(result, load.sensitiveTexts)
  return result
}
