/** The CloudFormation format plugin: YAML/JSON templates (SAM included), recognised by content. */
import { SensitiveTexts } from '../../sensitive-texts.js'
import { appendAll } from '../../append.js'
import type { Problem } from '../../engine/finding.js'
import type { Limits } from '../../limits.js'
import type { Format, S3Model } from '../../model/s3.js'
import { findCommentSuppressions } from '../shared/comment-suppressions.js'
import type { SNode } from '../shared/source-tree.js'
import type { FormatPlugin, LoadContext, UnitLoad } from '../types.js'
import { cloudFormationPlanner } from './plan.js'
import { forgetFixCache, primeFixCache, renderCloudFormationFix } from './fix.js'
import { looksLikeTemplateText, parseTemplateFile, type ParsedTemplateFile } from './parse.js'
import type { PassedParameters } from './stack-parameters.js'
import { templateToModel, type TemplateModel } from './to-model.js'

export interface LoadedTemplate {
  notes: string[]
  /** The parsed file, when it parsed (fix rendering reuses it). */
  parsed?: ParsedTemplateFile
  models: S3Model[]
  problems: Problem[]
  templates: TemplateModel[]
  /** False when the file parsed but is not a CloudFormation template. */
  isTemplate: boolean
}

/**
 * Parses one template file and builds a model per template document. Exposed for the CDK plugin,
 * which reads stack templates through the same code.
 */
export function loadTemplateText(
  text: string,
  file: string,
  limits: Limits,
  options: {
    format?: Format
    addressOf?: (logicalId: string) => string
    debug?: (m: string) => void
    passed?: PassedParameters
    nestedTemplates?: ReadonlyMap<string, string>
    /** Where `NoEcho` parameters' texts are registered, to be masked in what the unit reports. */
    sensitive?: SensitiveTexts
    /** Whether U+FFFD in `text` stands for invalid bytes (`LoadContext.replacedBytes`); else whether it holds any. */
    replacedBytes?: boolean
  } = {},
): LoadedTemplate {
  const problems: Problem[] = []
  if (text.includes('\u0000')) {
    // UTF-16 without a byte order mark, or UTF-32, has a NUL beside every ASCII character: a
    // template all the same, which CloudFormation would not read as such, and skipped it would pass.
    if (looksLikeTemplateText(text) || looksLikeTemplateText(text.replace(/\u0000/g, '')))
      problems.push({
        code: 'BINARY_FILE',
        file,
        line: 1,
        column: 1,
        message: 'the file holds binary data (NUL bytes; UTF-16 or UTF-32 without a byte order mark?)',
        level: 'error',
      })
    else options.debug?.(`${file}: skipped, binary content`)
    return { notes: [], models: [], problems, templates: [], isTemplate: problems.length > 0 }
  }
  const bad = options.replacedBytes === false ? -1 : text.indexOf('\ufffd')
  if (bad >= 0 && looksLikeTemplateText(text)) {
    const line = text.slice(0, bad).split('\n').length
    problems.push({
      code: 'INVALID_UTF8',
      file,
      line,
      column: 1,
      message: 'the file is not valid UTF-8; invalid bytes were replaced',
      level: 'warning',
    })
  }
  const parsed = parseTemplateFile(text, file, limits)
  const hasErrors = parsed.problems.some((p) => p.level === 'error')
  if (parsed.templates.length === 0) {
    // A service without `resources` is still scanned when the framework makes buckets for it
    // (`events: - s3:`), each a warning: skipped, the file passed as "no infrastructure files".
    if ((hasErrors && looksLikeTemplateText(text)) || parsed.problems.some((p) => p.code === 'SERVERLESS_BUCKET_NOT_CHECKED'))
      return { notes: [], models: [], problems: [...problems, ...parsed.problems], templates: [], isTemplate: true }
    if (parsed.planLike) {
      // Recognised by its first 4 KiB, which here are white space: skipped, it would be a silent pass.
      const at = parsed.lines.position(text.search(/\S/))
      problems.push({
        code: 'PLAN_NOT_READ',
        file,
        line: at.line,
        column: at.column,
        message:
          'this is `terraform show -json` output, but s3-gate tells plans by their first 4 KiB, which are white space here: it was not scanned; remove the white space before `{`',
        level: 'error',
      })
      return { notes: [], models: [], problems, templates: [], isTemplate: true }
    }
    options.debug?.(`${file}: skipped, ${hasErrors ? 'does not parse and does not look like a template' : 'not a CloudFormation template'}`)
    return { notes: [], models: [], problems: [], templates: [], isTemplate: false }
  }
  appendAll(problems, parsed.problems)
  const templates: TemplateModel[] = []
  const comments = commentsPerTemplate(outsideStrings(findCommentSuppressions(text, file), parsed, text), parsed)
  parsed.templates.forEach((t, i) => {
    const unit = parsed.templates.length > 1 ? `${file}#${t.index + 1}` : file
    const format = options.format ?? 'cloudformation'
    const tm = templateToModel(
      {
        root: t.root,
        text,
        file,
        lines: parsed.lines,
        unit,
        format,
        addressOf: options.addressOf,
        comments: comments[i],
        frameworkNames: t.serverless,
        ...(options.passed ? { passed: options.passed } : {}),
        ...(options.nestedTemplates ? { nestedTemplates: options.nestedTemplates } : {}),
        ...(options.sensitive ? { sensitive: options.sensitive } : {}),
      },
      limits,
    )
    templates.push(tm)
    appendAll(problems, tm.problems)
  })
  return { parsed, notes: templates.flatMap((t) => t.notes), models: templates.map((t) => t.model), problems, templates, isTemplate: true }
}

type FileComments = ReturnType<typeof findCommentSuppressions>

/**
 * The suppression comments that are comments: not text of a string (a block scalar, a quoted
 * string over several lines, any JSON string) or of a key, anchor or tag, which the search by
 * line cannot tell apart. Four `# s3-gate:ignore` lines in a `Metadata.Notes: |` block silenced a
 * public bucket's findings.
 */
function outsideStrings(comments: FileComments, parsed: ParsedTemplateFile, text: string): FileComments {
  if (!comments.found.length && !comments.problems.length) return comments
  if (parsed.json) return { found: [], problems: [] }
  const ranges: [number, number][] = []
  const stack: SNode[] = parsed.templates.map((t) => t.root)
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.kind === 'map')
      for (const e of n.entries) {
        stack.push(e.value)
        // A key is text too (`'# s3-gate:ignore … reason="…"': x`, `a#s3-gate:ignore …:`, a `? |`
        // block key), and no node is built for it: its own range, or it silenced a public bucket.
        // A short form's key is its tag (`!Sub`), at the start of its value's range: ranges must not nest.
        if (!n.shortTag && e.keyEnd > e.keyStart) ranges.push([contentStart(text, e.keyStart, e.keyEnd), e.keyEnd])
      }
    else if (n.kind === 'seq') for (const x of n.items) stack.push(x)
    else if (typeof n.value === 'string' && n.end > n.start) ranges.push([contentStart(text, n.start, n.end), n.end])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const inString = (line: number, column: number) => {
    const at = parsed.lines.lineStart(line) + column - 1
    // YAML starts a comment at a `#` after white space or at the start of a line, never at `//`:
    // any other (`&n#s3-gate:ignore …`, an anchor's name) is text that no string range covers.
    if (text[at] !== '#' || (at > 0 && !/[ \t\r\n\ufeff]/.test(text[at - 1]!))) return true
    if (!ranges.length) return false
    // The last range starting at or before `at`; ranges do not nest (scalars are leaves).
    let lo = 0
    let hi = ranges.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (ranges[mid]![0] <= at) lo = mid
      else hi = mid - 1
    }
    const r = ranges[lo]!
    return r[0] <= at && at < r[1]
  }
  return {
    found: comments.found.filter((c) => !inString(c.line, c.suppression.at.column)),
    problems: comments.problems.filter((p) => !inString(p.line, p.column)),
  }
}

/** Where a scalar's text starts: a tagged block scalar's (`!Sub |`) after its header line, whose comment is one. */
function contentStart(text: string, start: number, end: number): number {
  let i = start
  if (text[i] === '!') {
    while (i < end && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n') i++
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++
  }
  if (text[i] !== '|' && text[i] !== '>') return start
  const eol = text.indexOf('\n', i)
  return eol < 0 || eol >= end ? start : eol + 1
}

/**
 * The file's suppression comments split among its template documents: each takes those after the
 * end of the one before it, up to the line its own document ends on, and the last takes the rest.
 * So each comment is placed, or reported as applying to nothing, once: given to every document,
 * it was reported by each document it is not in (D×C problems: 5,000 documents took 3 GB).
 */
function commentsPerTemplate(comments: FileComments, parsed: ParsedTemplateFile): FileComments[] {
  const lastLines = parsed.templates.map((t, i) => (i === parsed.templates.length - 1 ? Infinity : parsed.lines.position(t.end).line))
  const found = splitByLine(comments.found, lastLines)
  const problems = splitByLine(comments.problems, lastLines)
  return lastLines.map((_, i) => ({ found: found[i]!, problems: problems[i]! }))
}

/** `items` (in line order) split into runs: run `i` ends with the last item on or before `lastLines[i]`. */
function splitByLine<T extends { line: number }>(items: T[], lastLines: number[]): T[][] {
  const runs: T[][] = lastLines.map(() => [])
  let run = 0
  for (const item of items) {
    while (item.line > lastLines[run]!) run++
    runs[run]!.push(item)
  }
  return runs
}

export const cloudFormationPlugin: FormatPlugin = {
  ...cloudFormationPlanner,
  load(unit, ctx: LoadContext): UnitLoad {
    const f = unit.files[0]!
    const text = ctx.readFile(f.abs)
    const texts = new Map<string, string>()
    if (text === undefined) return { models: [], problems: [], notes: [], texts }
    const passed = ctx.passedParameters?.(f.rel)
    const sensitive = new SensitiveTexts()
    const loaded = loadTemplateText(text, f.rel, ctx.limits, {
      debug: ctx.debug,
      sensitive,
      replacedBytes: ctx.replacedBytes?.(f.abs, text),
      ...(passed ? { passed } : {}),
    })
    if (loaded.isTemplate) texts.set(f.rel, text)
    if (loaded.parsed) primeFixCache(f.rel, text, loaded.parsed)
    const nestedStacks = loaded.templates.flatMap((t) => t.nestedStacks ?? [])
    return {
      models: loaded.models,
      problems: loaded.problems,
      notes: loaded.notes,
      texts,
      sensitiveTexts: sensitive.texts,
      ...(nestedStacks.length ? { nestedStacks } : {}),
    }
  },
  renderFix: renderCloudFormationFix,
  unitDone: forgetFixCache,
}
