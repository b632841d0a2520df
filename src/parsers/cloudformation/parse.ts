/**
 * CloudFormation template text → source trees (one per YAML document), with every short-form
 * intrinsic (`!Ref`, `!Sub`, `!GetAtt` dotted or list, ...) rewritten to its long form.
 */
import type { Problem } from '../../engine/finding.js'
import type { Limits } from '../../limits.js'
import { parseJson } from '../shared/json-tree.js'
import { LineIndex } from '../shared/line-index.js'
import type { SEntry, SMap, SNode, SScalar, SSeq } from '../shared/source-tree.js'
import { get, getEntry } from '../shared/source-tree.js'
import { hasYaml11LineBreaks, parseYaml, type YamlDocuments, type YamlOptions } from '../shared/yaml-tree.js'

const SHORT_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!ForEach': 'Fn::ForEach',
}

function convertTag(tag: string, node: SNode): SNode | string {
  const fn = SHORT_TAGS[tag]
  if (!fn) return `unknown tag ${tag}; its value is read as written`
  let value = node
  if (fn === 'Fn::GetAtt' && node.kind === 'scalar' && typeof node.value === 'string') {
    // `!GetAtt Bucket.Arn` splits at the first dot only (attribute names may contain dots).
    const dot = node.value.indexOf('.')
    const valueStart = node.end - node.value.length
    const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)]
    value = {
      kind: 'seq',
      start: valueStart,
      end: node.end,
      items: parts.map((p, i) => ({
        kind: 'scalar' as const,
        value: p,
        quoted: true,
        start: i === 0 ? valueStart : valueStart + dot + 1,
        end: i === 0 ? valueStart + p.length : node.end,
      })),
    }
  }
  return {
    kind: 'map',
    start: node.start,
    end: node.end,
    shortTag: tag,
    entries: [{ key: fn, keyStart: node.start, keyEnd: node.start + tag.length, value }],
  }
}

export interface ParsedTemplateFile {
  /**
   * Roots of the documents that are CloudFormation templates, with the offset where the content
   * of each one's YAML document ends (its root is `resources` within it, for the Serverless Framework).
   */
  templates: {
    root: SMap
    index: number
    end: number
    serverless: boolean
    /** A service's `resources` as written (a list of maps the root merges), for fixes to place edits in the items. */
    written?: SNode
  }[]
  problems: Problem[]
  lines: LineIndex
  /** The text parsed but holds no template (a values file, a workflow...). */
  notATemplate: boolean
  /**
   * The documents as parsed, before a service's `resources` are merged: a node an alias shares
   * is reached twice from them (for fixes, which must not edit what other places repeat).
   */
  documents: (SNode | null)[]
  /** Read as JSON, which has no comments: any `# s3-gate:ignore` in it is text of a string. */
  json: boolean
  /** JSON naming `format_version` and `terraform_version` at its top: `terraform show -json` output. */
  planLike: boolean
}

export function looksLikeTemplateText(text: string): boolean {
  return (
    text.includes('AWSTemplateFormatVersion') ||
    (/\bResources\b/.test(text) && /\b(AWS|Custom)::/.test(text)) ||
    // Cut off before its first `Type` (`{"Resources": {"Data": `): a template all the same, and so
    // is one whose `Resources` follows a `Description` (or whose types are written with escapes).
    /^\s*\{\s*"Resources"\s*:/.test(text) ||
    /"Resources"\s*:\s*\{/.test(text) ||
    /^Resources:[ \t]*(?:#.*)?\r?$/m.test(text)
  )
}

/**
 * A document is a template when it says so, its Resources carry `AWS::`/`Custom::` types, or they
 * are `Fn::ForEach` loops (which make the typed resources).
 */
/**
 * A template read as CloudFormation reads YAML, version 1.1, where U+0085, U+2028 and U+2029 break
 * lines (see `yaml11LineBreaks`); a `serverless.yml` as the Serverless Framework reads it, with
 * js-yaml, where they are characters like any other.
 */
function parseTemplateYaml(text: string, options: YamlOptions): YamlDocuments {
  const asWritten = parseYaml(text, options)
  if (!hasYaml11LineBreaks(text) || asWritten.documents.some((d) => !isTemplate(d) && serverlessResources(d))) return asWritten
  return parseYaml(text, { ...options, yaml11LineBreaks: true })
}

export function isTemplate(root: SNode | null): root is SMap {
  if (!root || root.kind !== 'map') return false
  if (get(root, 'AWSTemplateFormatVersion') !== undefined) return true
  const res = get(root, 'Resources')
  if (!res || res.kind !== 'map') return false
  return res.entries.some((e) => {
    if (e.key.startsWith('Fn::ForEach::')) return true
    const t = get(e.value, 'Type')
    return t?.kind === 'scalar' && typeof t.value === 'string' && /^(AWS|Custom|Alexa)::/.test(t.value)
  })
}

/**
 * The CloudFormation a Serverless Framework service declares under `resources`: a map with
 * `Resources` (and `Outputs`, `Conditions`...), or a list of such maps, whose sections are merged
 * as the framework merges them. Its nodes keep their offsets in `serverless.yml`. A section the
 * merge leaves a list or a value (`Description`, or a `Resources: [...]` to report as invalid)
 * is that node; one that is a variable or empty keeps the maps merged so far.
 */
export function serverlessResources(root: SNode | null): SMap | undefined {
  if (!root || root.kind !== 'map' || !get(root, 'service') || !get(root, 'provider')) return undefined
  const res = get(root, 'resources')
  if (res?.kind === 'map') return withExtensions(res)
  if (res?.kind !== 'seq') return undefined
  return withExtensions(mergedItems(res))
}

const EXTENSIONS = 'extensions'

/**
 * `resources.extensions` applied as the framework applies it to the template it deploys: each
 * entry changes the resource of that name, its `Properties` and `Metadata` key by key (a shallow
 * merge), any other attribute replaced whole (`DependsOn`, which it appends to, reads no bucket). Not read, `extensions: {Data: {Properties: {AccessControl:
 * PublicRead}}}` made a private bucket public without a word. An entry naming no resource of
 * `Resources` changes one the framework makes: kept as written, without a `Type`, so that it is
 * reported as such.
 */
function withExtensions(res: SMap): SMap {
  const ext = get(res, EXTENSIONS)
  if (ext?.kind !== 'map' || ext.entries.length === 0) return res
  const resources = getEntry(res, 'Resources')
  if (resources && resources.value.kind !== 'map') return res
  const list = resources?.value.kind === 'map' ? resources.value.entries.slice() : []
  const index = new Map(list.map((e, i) => [e.key, i]))
  for (const x of ext.entries) {
    const i = index.get(x.key)
    if (i === undefined) {
      index.set(x.key, list.length)
      list.push(x)
      continue
    }
    const target = list[i]!
    if (target.value.kind !== 'map' || x.value.kind !== 'map') continue
    const attrs = target.value.entries.slice()
    for (const a of x.value.entries) {
      const j = attrs.findIndex((t) => t.key === a.key)
      const before = j < 0 ? undefined : attrs[j]!
      let next = a
      if ((a.key === 'Properties' || a.key === 'Metadata') && before?.value.kind === 'map' && a.value.kind === 'map') {
        const added = a.value
        const kept = before.value.entries.filter((p) => getEntry(added, p.key) === undefined)
        next = { ...before, value: { ...before.value, entries: [...kept, ...added.entries] } }
      }
      if (j < 0) attrs.push(next)
      else attrs[j] = next
    }
    list[i] = { ...target, value: { ...target.value, entries: attrs } }
  }
  const extEntry = getEntry(res, EXTENSIONS)!
  const base = resources ?? { ...extEntry, key: 'Resources' }
  const merged: SEntry = { ...base, value: { kind: 'map', start: base.value.start, end: base.value.end, entries: list } }
  const entries = res.entries.filter((e) => e.key !== EXTENSIONS).map((e) => (e.key === 'Resources' ? merged : e))
  return { ...res, entries: resources ? entries : [...entries, merged] }
}

function mergedItems(res: SSeq): SMap {
  const sections = new Map<string, Section>()
  for (const part of res.items) {
    if (part.kind !== 'map') continue
    for (const e of part.entries) {
      let section = sections.get(e.key)
      if (!section) sections.set(e.key, (section = { first: undefined, entries: [], index: new Map(), shape: 'absent', whole: undefined }))
      const before = section.shape
      section.shape = mergedShape(before, e.value)
      // Lists merge index by index: the section stays placed where the first one was written.
      if (section.shape !== 'list' && section.shape !== 'scalar') section.whole = undefined
      else if (before !== 'list' || section.shape !== 'list') section.whole = e
      if (e.value.kind !== 'map') continue
      section.first ??= e
      // A loop, not push(...entries): a section may hold more entries than a call takes arguments.
      for (const x of e.value.entries) {
        const at = section.index.get(x.key)
        // The framework merges the items deeply (lodash `merge`): a resource written again in a later
        // item (a stage's override of its Properties) is the same resource with those changes.
        if (at !== undefined) section.entries[at] = { ...section.entries[at]!, value: deepMerge(section.entries[at]!.value, x.value, 0) }
        else {
          section.index.set(x.key, section.entries.length)
          section.entries.push(x)
        }
      }
    }
  }
  const entries: SEntry[] = []
  for (const [key, { first, entries: merged, whole }] of sections) {
    if (whole) entries.push(whole)
    else if (first) entries.push({ ...first, key, value: { kind: 'map', start: first.value.start, end: first.value.end, entries: merged } })
  }
  return { kind: 'map', start: res.start, end: res.end, entries }
}

interface Section {
  /** The first entry that wrote the section as a map: where the merged section is placed. */
  first: SEntry | undefined
  entries: SEntry[]
  index: Map<string, number>
  shape: Shape
  /** Set while the merge leaves the section a list or a value: the entry that made it so. */
  whole: SEntry | undefined
}

/**
 * What a section of `resources` is after lodash `merge` of the items so far. A later map merges
 * into an earlier list, which stays a list, and replaces an earlier value; a later list or value
 * replaces whatever was there (only a list merges into a list).
 */
type Shape = 'absent' | 'map' | 'list' | 'scalar' | 'empty' | 'variable'

function mergedShape(before: Shape, value: SNode): Shape {
  if (value.kind === 'seq') return 'list'
  if (value.kind === 'map') return before === 'list' ? 'list' : before === 'variable' ? 'variable' : 'map'
  if (isFrameworkVariable(value)) return 'variable'
  return value.value ? 'scalar' : 'empty'
}

/**
 * Items of a service's `resources` list, and `Resources` sections in them, that are framework
 * variables (`- ${file(s3-overrides.yml)}`): merged with the resources written beside them when
 * the framework deploys, so a hardened bucket may come out public, and nothing said it was not read.
 */
function unreadResources(root: SNode | null): SScalar[] {
  const res = root ? get(root, 'resources') : undefined
  const out: SScalar[] = []
  const add = (n: SNode | undefined) => {
    if (n?.kind === 'scalar' && isFrameworkVariable(n)) out.push(n)
  }
  if (res?.kind === 'seq')
    for (const item of res.items) {
      add(item)
      if (item.kind === 'map') add(get(item, 'Resources'))
    }
  return out
}

/**
 * The buckets a Serverless Framework service has the framework make for its functions' `s3`
 * events (`- s3: photos`, `- s3: {bucket: photos}`, configured under `provider.s3.photos`): one
 * event per bucket name, where first named. Not those it only attaches to (`existing: true`).
 * They are not in `resources`, and s3-gate does not model them: unread, a public-read-write
 * `provider.s3` bucket passed with "no infrastructure files found".
 */
function frameworkEventBuckets(root: SNode | null): { name: string; at: SNode; configured: boolean }[] {
  if (!root || root.kind !== 'map' || !get(root, 'service') || !get(root, 'provider')) return []
  const configured = get(get(root, 'provider'), 's3')
  const functions = get(root, 'functions')
  const fns = functions?.kind === 'map' ? functions.entries.map((e) => e.value) : functions?.kind === 'seq' ? functions.items : []
  // `functions` may also be a list of maps of functions.
  const all = fns.flatMap((f) => (functions?.kind === 'seq' && f.kind === 'map' ? f.entries.map((e) => e.value) : [f]))
  const out: { name: string; at: SNode; configured: boolean }[] = []
  const seen = new Set<string>()
  for (const fn of all) {
    const events = get(fn, 'events')
    if (events?.kind !== 'seq') continue
    for (const ev of events.items) {
      const s3 = get(ev, 's3')
      if (!s3) continue
      const bucket = s3.kind === 'map' ? get(s3, 'bucket') : s3
      const existing = s3.kind === 'map' ? get(s3, 'existing') : undefined
      if (existing?.kind === 'scalar' && (existing.value === true || existing.value === 'true')) continue
      if (bucket?.kind !== 'scalar' || bucket.value === null) continue
      const name = String(bucket.value)
      if (seen.has(name)) continue
      seen.add(name)
      out.push({ name, at: bucket, configured: configured?.kind === 'map' && get(configured, name) !== undefined })
    }
  }
  return out
}

/** `${file(s3.yml)}`, `${self:custom.resources}`: resolved by the framework, perhaps to a map. */
function isFrameworkVariable(node: SNode): boolean {
  return node.kind === 'scalar' && typeof node.value === 'string' && node.value.includes('${')
}

/**
 * A service's `Resources` that the framework can never deploy: a list, or a value other than a
 * variable. An empty one (null, `false`) is replaced with `{}` by the framework, and deploys.
 */
function hasInvalidResources(resources: SMap): boolean {
  const r = get(resources, 'Resources')
  if (!r || r.kind === 'map') return false
  return r.kind === 'seq' || (!isFrameworkVariable(r) && Boolean(r.value))
}

/** A service's `Resources` holding a resource written without a `Type` (a change to one the framework makes). */
function hasUntypedResources(resources: SMap): boolean {
  const r = get(resources, 'Resources')
  return r?.kind === 'map' && r.entries.some((e) => e.value.kind === 'map' && get(e.value, 'Type') === undefined)
}

/**
 * lodash `merge`, as the Serverless Framework merges `resources` items: maps key by key, lists
 * index by index, anything else replaced by the later value. Each entry keeps the place that
 * wrote it. Depth is bounded by the parser's nesting limit; past 1,000 the later value wins.
 */
function deepMerge(a: SNode, b: SNode, depth: number): SNode {
  if (depth > 1000) return b
  if (a.kind === 'map' && b.kind === 'map' && !isIntrinsicNode(a) && !isIntrinsicNode(b)) {
    const entries = a.entries.slice()
    const index = new Map(entries.map((e, i) => [e.key, i]))
    for (const e of b.entries) {
      const i = index.get(e.key)
      if (i === undefined) {
        index.set(e.key, entries.length)
        entries.push(e)
      } else {
        // A value the later item replaces is placed where that item writes it (its key too).
        const value = deepMerge(entries[i]!.value, e.value, depth + 1)
        entries[i] = value === e.value ? e : { ...entries[i]!, value }
      }
    }
    return { ...a, entries }
  }
  if (a.kind === 'seq' && b.kind === 'seq') {
    const items = a.items.slice()
    b.items.forEach((x, i) => (items[i] = i < items.length ? deepMerge(items[i]!, x, depth + 1) : x))
    return { ...a, items }
  }
  return b
}

/** `{Ref: X}`, `{Fn::GetAtt: …}`: a value, replaced whole rather than merged with another map. */
function isIntrinsicNode(n: SMap): boolean {
  return (
    n.entries.length === 1 && (n.entries[0]!.key === 'Ref' || n.entries[0]!.key === 'Condition' || n.entries[0]!.key.startsWith('Fn::'))
  )
}

function isJsonText(text: string): boolean {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text[i]!
    if (c === '{' || c === '[') return true
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\ufeff') return false
  }
  return false
}

export function parseTemplateFile(text: string, file: string, limits: Limits): ParsedTemplateFile {
  const lines = new LineIndex(text)
  const problems: Problem[] = []
  const problem = (code: string, offset: number, message: string, level: 'error' | 'warning', line?: number, column?: number) => {
    const pos = line !== undefined ? { line: line + 1, column: (column ?? 0) + 1 } : lines.position(offset)
    const why = code === 'DUPLICATE_KEY' ? ' (CloudFormation rejects templates with duplicate keys)' : ''
    problems.push({ code, file, line: pos.line, column: pos.column, message: message + why, level })
  }
  let roots: (SNode | null)[] = []
  let parsedAsJson = false
  let readAsYaml = false
  if (isJsonText(text)) {
    const r = parseJson(text, { maxDepth: limits.maxDepth })
    if (r.root || r.issues.every((i) => i.code !== 'JSON_SYNTAX')) {
      parsedAsJson = true
      roots = [r.root]
      for (const i of r.issues) problem(i.code, i.offset, i.message, i.level)
    } else if (file.endsWith('.json')) {
      // CloudFormation reads a template body that is not JSON as YAML, whatever the file is called:
      // `{Resources: {...},}` (a trailing comma, unquoted keys) deploys. Read so when YAML takes it
      // for a template; otherwise the JSON error is what says where the file went wrong.
      const y = parseTemplateYaml(text, { maxDepth: limits.maxDepth, maxAliasExpansion: limits.maxAliasExpansion, convertTag })
      const yamlTemplate = y.issues.every((i) => i.level !== 'error') && y.documents.some((d) => isTemplate(d) || serverlessResources(d))
      if (yamlTemplate) {
        roots = y.documents
        readAsYaml = true
        const first = r.issues.find((i) => i.code === 'JSON_SYNTAX')!
        problem(
          'JSON_READ_AS_YAML',
          first.offset,
          `the file is not valid JSON (${first.message}); it was read as YAML, as CloudFormation reads it`,
          'warning',
        )
        for (const i of y.issues) problem(i.code, i.offset, i.message, i.level, i.line, i.column)
      } else for (const i of r.issues) problem(i.code, i.offset, i.message, i.level)
      parsedAsJson = !yamlTemplate
    }
  }
  if (!parsedAsJson && !readAsYaml) {
    const r = parseTemplateYaml(text, { maxDepth: limits.maxDepth, maxAliasExpansion: limits.maxAliasExpansion, convertTag })
    roots = r.documents
    for (const i of r.issues) problem(i.code, i.offset, i.message, i.level, i.line, i.column)
  }
  const templates: ParsedTemplateFile['templates'] = []
  let frameworkBuckets = 0
  roots.forEach((root, index) => {
    for (const b of frameworkEventBuckets(root)) {
      frameworkBuckets++
      problem(
        'SERVERLESS_BUCKET_NOT_CHECKED',
        b.at.start,
        `the Serverless Framework makes the bucket ${b.name} for this s3 event${b.configured ? ` (with the settings under provider.s3.${b.name})` : ''}; s3-gate does not model the buckets the framework makes, so it was not checked`,
        'warning',
      )
    }
    const serverless = !isTemplate(root)
    const template = serverless ? serverlessResources(root) : (root as SMap)
    // A service's invalid `Resources` holds no typed resources, and is reported as a template's.
    // So are resources written without a `Type`, which change those the framework makes.
    if (!template || !(isTemplate(template) || (serverless && (hasInvalidResources(template) || hasUntypedResources(template))))) return
    const written = serverless ? get(root!, 'resources') : undefined
    templates.push({ root: template, index, end: root!.end, serverless, ...(written ? { written } : {}) })
    for (const v of serverless ? unreadResources(root) : [])
      problem(
        'SERVERLESS_VARIABLE',
        v.start,
        `the Serverless Framework puts ${String(v.value)} into \`resources\` when it deploys; what it adds or changes there was not read`,
        'warning',
      )
  })
  if (templates.length > 1) {
    problem(
      'MULTI_DOCUMENT',
      0,
      `the file holds ${roots.length} YAML documents; each is scanned as a template, but CloudFormation itself rejects such a file`,
      'warning',
    )
  }
  const hasErrors = problems.some((p) => p.level === 'error')
  // Past 4 KiB of white space JSON is read as YAML, of which it is a part.
  const root = roots.length === 1 ? roots[0] : undefined
  const planLike = root?.kind === 'map' && get(root, 'format_version') !== undefined && get(root, 'terraform_version') !== undefined
  return {
    templates,
    problems,
    lines,
    notATemplate: templates.length === 0 && !hasErrors && frameworkBuckets === 0,
    json: parsedAsJson,
    planLike,
    documents: roots,
  }
}
