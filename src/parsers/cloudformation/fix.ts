/**
 * Turns a finding's fix intent into a local edit of the template, in the file's own dialect
 * (block YAML or JSON), so a reviewer can apply it with one click. When the change is not a
 * local edit (flow-style YAML, a value built by an intrinsic, a policy in another file), it
 * returns undefined and the comment shows the rule's fix snippet instead.
 */
import { MAX_EDIT_CHARS, type Finding, type TextEdit } from '../../engine/finding.js'
import { DEFAULT_LIMITS } from '../../limits.js'
import { detectStyle, type JsonData, type JsonStyle } from '../shared/json-edit.js'
import type { LineIndex } from '../shared/line-index.js'
import type { SEntry, SMap, SNode } from '../shared/source-tree.js'
import { get, getEntry } from '../shared/source-tree.js'
import { freeSid } from '../shared/tls-statement.js'
import { addMember, addTlsStatement, removeProperty, setMember, setProperty, statementDescription, type JsonTemplate } from './fix-json.js'
import { bucketCondition, freePolicyName, otherPolicyMayCover } from './fix-policy.js'
import { copyPattern, loopTemplates } from './for-each.js'
import { parseTemplateFile, type ParsedTemplateFile } from './parse.js'
import { noEchoLines } from './no-echo.js'
import { isIntrinsic } from './intrinsics.js'
import { partitionPoint } from '../../sorted-prefix.js'

interface Doc {
  text: string
  lines: string[]
  index: LineIndex
  json: boolean
  roots: SMap[]
  /** Per template: resources by logical id, and bucket policies by the bucket they `!Ref` (built once per file). */
  resources: Map<string, SEntry>[]
  policies: Map<string, SEntry>[]
  /** Per template: the entries a Serverless service's `resources` items write for a logical id, which the root merges into one. */
  pieces: Map<string, SEntry[]>[]
  /** The templates (documents of a multi-document file) that hold a logical id, in order. */
  templatesOf: Map<string, number[]>
  /** Per template: the resources `Fn::ForEach` loops write, their lines, and the ids their copies get. */
  loops: { entry: SEntry; firstLine: number; lastLine: number; pattern: ReturnType<typeof copyPattern> }[][]
  /** The one loop template whose ids can be a copy's, by copy id (worked out once per id). */
  onlyLoopFor: Map<string, { template: number; entry: SEntry } | undefined>
  /**
   * A line too long for any edit (a minified template): a suggestion replaces whole lines, so
   * JSON edits are not even worked out; each would rebuild the line and search it end to end.
   */
  longLine: boolean
  /** How a JSON file writes its JSON, read on its first fix. */
  style?: JsonStyle
  /** The lines of `NoEcho` parameters' declarations (their `Default`), which no suggestion may repeat. */
  hidden: { from: number; to: number }[]
  /** The documents as parsed (YAML), walked for `layout` on the first edit that needs it. */
  documents: (SNode | null)[]
  layout?: Layout
  aliases?: Set<string>
}

/**
 * What of a YAML file's layout block edits must keep out of. `flows`: the outermost flow
 * collections written over several lines (`Resources: {` … `}`), in file order, whose entries
 * stand on lines of their own and yet take no block lines. The lines of the nodes an alias
 * repeats elsewhere (written once, at their anchor): rewriting one rewrites every place that
 * repeats it, and deleting its anchor leaves those aliases naming nothing (the file no longer
 * parses). `sharedFrom` holds their first lines, ascending; `sharedReach` the furthest last line
 * of those up to each.
 */
interface Layout {
  flows: { start: number; end: number }[]
  sharedFrom: number[]
  sharedReach: number[]
  /**
   * The block collections among those nodes, by first line, with the column their entries or
   * items stand at: lines added inside one (an entry appended at that column or deeper) land in
   * every place that repeats it.
   */
  sharedBlocks: { from: number; to: number; col: number }[]
  /** The furthest last line of `sharedBlocks` up to each. */
  blockReach: number[]
}

/**
 * The findings of one file are rendered one after the other, right after it was parsed. Both are
 * dropped when the unit is done (`forgetFixCache`): a tree left here into the next units survived
 * scavenges and was promoted, only to be collected by the next full collection.
 */
let cached: { file: string; text: string; doc: Doc } | undefined
let primed: { file: string; text: string; parsed: ParsedTemplateFile } | undefined

export function forgetFixCache(): void {
  cached = undefined
  primed = undefined
}

/** Lets the loader hand over the tree it already built, so a fix never parses the file again. */
export function primeFixCache(file: string, text: string, parsed: ParsedTemplateFile): void {
  primed = { file, text, parsed }
}

function docFor(file: string, text: string): Doc {
  if (cached && cached.file === file && cached.text === text) return cached.doc
  const parsed = primed && primed.file === file && primed.text === text ? primed.parsed : parseTemplateFile(text, file, DEFAULT_LIMITS)
  const roots = parsed.templates.map((t) => t.root)
  // A service's resource written in several items of its `resources` list: each item's entry for it.
  const pieces = parsed.templates.map((t) => {
    const out = new Map<string, SEntry[]>()
    if (t.written?.kind !== 'seq') return out
    for (const item of t.written.items) {
      const res = get(item, 'Resources')
      if (res?.kind === 'map') for (const e of res.entries) out.set(e.key, [...(out.get(e.key) ?? []), e])
    }
    return out
  })
  const loops = roots.map((root) => {
    const res = get(root, 'Resources')
    if (res?.kind !== 'map') return []
    return loopTemplates(res).map((entry) => ({
      entry,
      firstLine: parsed.lines.position(entry.keyStart).line,
      lastLine: lastLineOf(text, parsed.lines, entry.value.end),
      pattern: copyPattern(entry.key),
    }))
  })
  const resources = roots.map((root, i) => {
    const res = get(root, 'Resources')
    const byId = new Map(res?.kind === 'map' ? res.entries.map((e) => [e.key, e] as const) : [])
    // A loop's resources under their written ids (`Data${T}`): a policy in the loop `Ref`s those.
    for (const { entry } of loops[i]!) if (!byId.has(entry.key)) byId.set(entry.key, entry)
    return byId
  })
  const policies = resources.map((byId) => {
    const out = new Map<string, SEntry>()
    for (const e of byId.values()) {
      const t = get(e.value, 'Type')
      const ref = get(get(get(e.value, 'Properties'), 'Bucket'), 'Ref')
      if (
        t?.kind === 'scalar' &&
        t.value === 'AWS::S3::BucketPolicy' &&
        ref?.kind === 'scalar' &&
        typeof ref.value === 'string' &&
        !out.has(ref.value)
      )
        out.set(ref.value, e)
    }
    return out
  })
  const lines = text.split('\n')
  // As the file was read: JSON text read as YAML (`{Resources: {…},}`, a `#` comment) has a YAML
  // tree, which ends a flow collection before its bracket and a quoted scalar before its quote,
  // and JSON edits placed by that tree cut into what they keep.
  const json = parsed.json
  const longLine = parsed.lines.hasLineLongerThan(MAX_EDIT_CHARS)
  const templatesOf = new Map<string, number[]>()
  resources.forEach((byId, template) => {
    for (const id of byId.keys()) {
      const list = templatesOf.get(id)
      if (list) list.push(template)
      else templatesOf.set(id, [template])
    }
  })
  const doc: Doc = {
    text,
    lines,
    index: parsed.lines,
    json,
    longLine,
    roots,
    resources,
    policies,
    templatesOf,
    pieces,
    loops,
    onlyLoopFor: new Map(),
    hidden: roots.flatMap((root) => noEchoLines(root, parsed.lines)),
    documents: parsed.json ? [] : parsed.documents,
  }
  cached = { file, text, doc }
  return doc
}

const lineOf = (doc: Doc, offset: number) => doc.index.position(offset).line
/**
 * The line a node ends on. A block scalar (`Resource: |`) ends after its line break, at the start
 * of the next line: taken as its last line, that was the next resource's key, and a statement
 * appended "after the policy" went into the next resource.
 */
const endLineOf = (doc: Doc, end: number) => lastLineOf(doc.text, doc.index, end)
function lastLineOf(text: string, index: LineIndex, end: number): number {
  return index.position(end > 0 && text[end - 1] === '\n' ? end - 1 : end).line
}
const indentOf = (line: string) => /^\s*/.exec(line)![0]

/** Property blocks (YAML) and JSON objects for the model fields a fix may set. */
const BLOCKS: Record<string, { key: string; yaml: string[]; json: JsonData }> = {
  publicAccessBlock: {
    key: 'PublicAccessBlockConfiguration',
    yaml: [
      'PublicAccessBlockConfiguration:',
      '  BlockPublicAcls: true',
      '  BlockPublicPolicy: true',
      '  IgnorePublicAcls: true',
      '  RestrictPublicBuckets: true',
    ],
    json: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
  },
  ownership: {
    key: 'OwnershipControls',
    yaml: ['OwnershipControls:', '  Rules:', '    - ObjectOwnership: BucketOwnerEnforced'],
    json: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
  },
  'versioning.status': {
    key: 'VersioningConfiguration',
    yaml: ['VersioningConfiguration:', '  Status: Enabled'],
    json: { Status: 'Enabled' },
  },
  encryption: {
    key: 'BucketEncryption',
    yaml: [
      'BucketEncryption:',
      '  ServerSideEncryptionConfiguration:',
      '    - ServerSideEncryptionByDefault:',
      '        SSEAlgorithm: aws:kms',
      '      BucketKeyEnabled: true',
    ],
    json: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true }] },
  },
  'encryption.blockedEncryptionTypes': {
    key: 'BucketEncryption',
    yaml: [
      'BucketEncryption:',
      '  ServerSideEncryptionConfiguration:',
      '    - ServerSideEncryptionByDefault:',
      '        SSEAlgorithm: AES256',
      '      BlockedEncryptionTypes:',
      '        EncryptionType: [SSE-C]',
    ],
    json: {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } },
      ],
    },
  },
  'objectLock.enabled': { key: 'ObjectLockEnabled', yaml: ['ObjectLockEnabled: true'], json: true },
  logFileValidation: { key: 'EnableLogFileValidation', yaml: ['EnableLogFileValidation: true'], json: true },
  isMultiRegion: { key: 'IsMultiRegionTrail', yaml: ['IsMultiRegionTrail: true'], json: true },
}

/** What a block's description adds: a KMS switch uses the AWS managed key until a key is named. */
const BLOCK_PURPOSE: Record<string, string> = {
  publicAccessBlock: ' to block all public access',
  encryption: ' to SSE-KMS with the S3 Bucket Key (the AWS managed key until KMSMasterKeyID names yours)',
}

/** Scalars a fix can set in place when the key is already written. */
const SCALARS: Record<string, { path: string[]; value: string }> = {
  'versioning.status': { path: ['VersioningConfiguration', 'Status'], value: 'Enabled' },
  ownership: { path: ['OwnershipControls', 'Rules', '0', 'ObjectOwnership'], value: 'BucketOwnerEnforced' },
  logFileValidation: { path: ['EnableLogFileValidation'], value: 'true' },
  isMultiRegion: { path: ['IsMultiRegionTrail'], value: 'true' },
  'encryption.bucketKeyEnabled': {
    path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0', 'BucketKeyEnabled'],
    value: 'true',
  },
  'objectLock.enabled': { path: ['ObjectLockEnabled'], value: 'true' },
}

function resourceEntry(doc: Doc, finding: Finding): { template: number; entry: SEntry } | undefined {
  const contains = (entry: SEntry) =>
    lineOf(doc, entry.keyStart) <= finding.location.line && finding.location.line <= endLineOf(doc, entry.value.end)
  // Only the documents that hold the id, and of those (in file order) the last that starts at or
  // before the finding's line: asking every document of a file of 20,000 took minutes.
  const holders = doc.templatesOf.get(finding.resource)
  if (holders) {
    const entryIn = (template: number) => doc.resources[template]!.get(finding.resource)!
    let lo = 0
    for (let hi = holders.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1
      if (lineOf(doc, entryIn(holders[mid]!).keyStart) <= finding.location.line) lo = mid
      else hi = mid - 1
    }
    const template = contains(entryIn(holders[lo]!)) ? holders[lo]! : holders[0]!
    return { template, entry: entryIn(template) }
  }
  // A copy a loop made: the fix edits the loop's template, which every copy shares. The template
  // holding the finding's line, else the only one whose ids can be the copy's. Lines first: every
  // finding tested against every loop's ids took minutes with 20,000 loops and 1,000 copies.
  const line = finding.location.line
  for (let template = 0; template < doc.loops.length; template++)
    for (const l of doc.loops[template]!)
      if (l.firstLine <= line && line <= l.lastLine && l.pattern.test(finding.resource)) return { template, entry: l.entry }
  if (!doc.onlyLoopFor.has(finding.resource)) doc.onlyLoopFor.set(finding.resource, onlyLoopFor(doc, finding.resource))
  return doc.onlyLoopFor.get(finding.resource)
}

function onlyLoopFor(doc: Doc, id: string): { template: number; entry: SEntry } | undefined {
  let only: { template: number; entry: SEntry } | undefined
  for (let template = 0; template < doc.loops.length; template++)
    for (const l of doc.loops[template]!) {
      if (!l.pattern.test(id)) continue
      if (only) return undefined
      only = { template, entry: l.entry }
    }
  return only
}

function at(node: SNode | undefined, path: string[]): { node: SNode; entry?: SEntry } | undefined {
  let cur: SNode | undefined = node
  let entry: SEntry | undefined
  for (const p of path) {
    if (!cur) return undefined
    if (cur.kind === 'seq') {
      cur = cur.items[Number(p)]
      entry = undefined
    } else {
      entry = getEntry(cur, p)
      cur = entry?.value
    }
  }
  return cur ? { node: cur, entry } : undefined
}

function replaceScalar(doc: Doc, file: string, node: SNode, value: string, description: string): TextEdit | undefined {
  if (node.kind !== 'scalar') return undefined
  const line = lineOf(doc, node.start)
  if (line !== endLineOf(doc, node.end)) return undefined
  const text = doc.lines[line - 1]!
  const lineStart = doc.index.lineStart(line)
  const quoted =
    node.quoted && doc.text[node.start - 1] === (doc.json ? '"' : doc.text[node.start - 1]) && /["']/.test(doc.text[node.start - 1] ?? '')
  const from = node.start - lineStart - (quoted ? 1 : 0)
  const to = node.end - lineStart + (quoted ? 1 : 0)
  const literal = doc.json ? (value === 'true' || value === 'false' ? value : JSON.stringify(value)) : value
  return { file, startLine: line, endLine: line, replacement: text.slice(0, from) + literal + text.slice(to), description }
}

/** Inserts YAML property lines as the first entries of the resource's Properties (creating it if needed). */
function insertProperty(doc: Doc, file: string, resource: SEntry, block: string[], description: string): TextEdit | undefined {
  const props = getEntry(resource.value, 'Properties')
  if (props) {
    if (props.value.kind !== 'map' || props.value.entries.length === 0) return undefined
    // `Fn::If:` (or `Fn::Transform:`) written as a key: the properties are what it computes, and a
    // key added beside it makes a map CloudFormation rejects (or hands the macro something new).
    if (props.value.entries.some((e) => INTRINSIC_KEY.test(e.key))) return undefined
    // Indented like the entries written in it: one a merge key (`<<: *base`) brings in is written
    // at its anchor, at that map's indentation, and the block went in beside `Properties`.
    const first = writtenIn(props.value)[0]
    if (!first) return undefined
    const firstLine = lineOf(doc, first.keyStart)
    const propsLine = lineOf(doc, props.keyStart)
    // Flow style (`Properties: {…}`, or a `{` that opens on that line or the next): block lines
    // inserted into it would not parse.
    if (firstLine === propsLine || !BARE_KEY_LINE.test(doc.lines[propsLine - 1]!) || !ownsLines(doc, first)) return undefined
    const indent = indentOf(doc.lines[firstLine - 1]!)
    const replacement = lineThen(
      doc.lines[propsLine - 1]!,
      block.map((l) => indent + l),
    )
    if (replacement === undefined) return undefined
    return { file, startLine: propsLine, endLine: propsLine, replacement, description }
  }
  const type = getEntry(resource.value, 'Type')
  if (!type || resource.value.kind !== 'map') return undefined
  const typeLine = lineOf(doc, type.keyStart)
  const indent = indentOf(doc.lines[typeLine - 1]!)
  if (endLineOf(doc, type.value.end) !== typeLine || !ownsLines(doc, type)) return undefined
  const replacement = lineThen(doc.lines[typeLine - 1]!, [`${indent}Properties:`, ...block.map((l) => `${indent}  ${l}`)])
  if (replacement === undefined) return undefined
  return {
    file,
    startLine: typeLine,
    endLine: typeLine,
    replacement,
    description,
  }
}

/** The entries written in a map itself, not brought in by a merge key from an anchor before it. */
function writtenIn(map: SMap): SEntry[] {
  return map.entries.filter((e) => e.keyStart >= map.start && e.keyStart < map.end)
}

/**
 * A line with lines added after it, for an edit that replaces the line; undefined when the line
 * alone is longer than an edit may be (a template in flow style is one long line, and each fix
 * copied it whole before the edit was refused: 8,000 buckets on one line, 7.7 s).
 */
function lineThen(line: string, more: readonly string[]): string | undefined {
  return line.length > MAX_EDIT_CHARS ? undefined : [line, ...more].join('\n')
}

/** A key that makes its map a function CloudFormation evaluates (`Fn::If`, `Fn::Transform`, `Ref`). */
const INTRINSIC_KEY = /^(?:Ref|Fn::.*)$/s

/** `Key:` alone on its line (a comment may follow): its value is on the lines below, in block style. */
const BARE_KEY_LINE = /^[\s-]*(?:[\w:]+|"[^"]*"|'[^']*')\s*:\s*(?:#.*)?$/

/**
 * Is `line` the last line of what it belongs to, at `indent`? The next line with content must not
 * be indented deeper: a `]` or `}` there closes a flow collection that the tree ends on an earlier
 * line (before its closing bracket), and lines inserted before it would land inside it.
 */
function nothingOpenAfter(doc: Doc, line: number, indent: number): boolean {
  for (let l = line + 1; l <= doc.lines.length; l++) {
    const text = doc.lines[l - 1]!
    if (/^\s*(?:#.*)?$/.test(text)) continue
    return indentOf(text).length <= indent
  }
  return true
}

/**
 * Does the entry stand on lines of its own, as in block YAML? In a flow collection
 * (`{A: 1, B: 2}`) it shares them with its neighbours, which an edit of whole lines would
 * replace or delete along with it (the whole bucket, when it is written on one line).
 */
function ownsLines(doc: Doc, entry: SEntry): boolean {
  if (!standsInBlock(doc, entry)) return false
  const endLine = endLineOf(doc, entry.value.end)
  // The tree ends a flow collection before its closing bracket and a quoted scalar before its
  // quote, so the end line is read instead: it must close what it opens and nothing more.
  const from = Math.max(entry.keyStart, doc.index.lineStart(endLine))
  return closesOnItsOwn(doc.text, from, doc.index.lineStart(endLine) + doc.lines[endLine - 1]!.length)
}

/**
 * Does the entry's key open its line (`- Key: …` opens a sequence item), in a block collection?
 * An entry of a flow collection written over several lines (`Resources: {` … `}`) may stand on a
 * line of its own too, and block lines added beside it do not parse (or, after `{Data: …}` on the
 * top line, declared a new top-level section rather than a resource).
 */
function standsInBlock(doc: Doc, entry: SEntry): boolean {
  const start = doc.index.lineStart(lineOf(doc, entry.keyStart))
  return /^[\s-]*$/.test(doc.text.slice(start, entry.keyStart)) && !insideFlow(doc, entry.keyStart)
}

function insideFlow(doc: Doc, offset: number): boolean {
  const { flows } = layoutOf(doc)
  const lo = partitionPoint(flows.length, (i) => flows[i]!.start < offset)
  return lo > 0 && offset < flows[lo - 1]!.end
}

/**
 * Walks the documents once per file (iteratively: a deep one must not overflow the stack). An
 * entry a merge key brings in (`<<: *props`, written at its anchor) is not followed: a resource
 * that merges another's properties takes them as its defaults, by design.
 */
function layoutOf(doc: Doc): Layout {
  if (doc.layout) return doc.layout
  const flows: Layout['flows'] = []
  const spans: { from: number; to: number }[] = []
  const blocks: Layout['sharedBlocks'] = []
  const seen = new Set<SNode>()
  const repeated = new Set<SNode>()
  const stack: { node: SNode; inFlow: boolean }[] = []
  for (const d of doc.documents) if (d) stack.push({ node: d, inFlow: false })
  while (stack.length > 0) {
    const { node, inFlow } = stack.pop()!
    if (seen.has(node)) {
      // Reached again: through an alias. Its children go with it.
      if (!repeated.has(node)) {
        repeated.add(node)
        const span = { from: lineOf(doc, node.start), to: endLineOf(doc, node.end) }
        spans.push(span)
        const col = entryColumn(doc, node)
        if (col !== undefined) blocks.push({ ...span, col })
      }
      continue
    }
    seen.add(node)
    if (node.kind === 'scalar') continue
    const flow = doc.text[node.start] === '{' || doc.text[node.start] === '['
    if (flow && !inFlow && lineOf(doc, node.start) !== endLineOf(doc, node.end)) flows.push({ start: node.start, end: node.end })
    // Merged entries are written at their anchor, before the map (a map's `end` is its last
    // value's, which for an alias is at its anchor: not a bound to test keys against).
    const children = node.kind === 'map' ? node.entries.filter((e) => e.keyStart >= node.start).map((e) => e.value) : node.items
    for (const child of children) stack.push({ node: child, inFlow: inFlow || flow })
  }
  flows.sort((a, b) => a.start - b.start)
  spans.sort((a, b) => a.from - b.from)
  const sharedReach: number[] = []
  for (const n of spans) sharedReach.push(Math.max(n.to, sharedReach[sharedReach.length - 1] ?? 0))
  blocks.sort((a, b) => a.from - b.from)
  const blockReach: number[] = []
  for (const n of blocks) blockReach.push(Math.max(n.to, blockReach[blockReach.length - 1] ?? 0))
  doc.layout = { flows, sharedFrom: spans.map((n) => n.from), sharedReach, sharedBlocks: blocks, blockReach }
  return doc.layout
}

/**
 * Whether an edit rewrites or deletes lines of a node an alias repeats, or drops an anchor that an
 * alias or a merge key names. Lines the edit only copies (the line a block is added after, the
 * line before an entry it deletes) change nothing.
 */
function touchesShared(doc: Doc, edit: TextEdit): boolean {
  const same = (a: string, b: string) => a.replace(/\r$/, '') === b.replace(/\r$/, '')
  const old = doc.lines.slice(edit.startLine - 1, edit.endLine)
  const now = edit.replacement.split('\n')
  let p = 0
  while (p < old.length && p < now.length && same(old[p]!, now[p]!)) p++
  let q = 0
  while (q < old.length - p && q < now.length - p && same(old[old.length - 1 - q]!, now[now.length - 1 - q]!)) q++
  const from = edit.startLine + p
  const to = edit.endLine - q
  if (from > to) return insertsIntoShared(doc, from - 1, now.slice(p, now.length - q))
  // An anchor the edit drops that an alias or a merge key (`<<: *pab`) names: it no longer parses.
  const kept = new Set(anchorsIn(now.slice(p, now.length - q).join('\n')))
  if (anchorsIn(old.slice(p, old.length - q).join('\n')).some((a) => !kept.has(a) && aliasNames(doc).has(a))) return true
  const { sharedFrom, sharedReach } = layoutOf(doc)
  // Does a shared node that starts at or before `to` reach `from`? Searched, not scanned: a file
  // of thousands of anchors has as many findings.
  const lo = partitionPoint(sharedFrom.length, (i) => sharedFrom[i]! <= to)
  return lo > 0 && sharedReach[lo - 1]! >= from
}

/** Shared block collections looked at, at most, for one inserted line; past them the edit is refused. */
const SHARED_LOOKUPS = 1_000

/**
 * Whether lines added after line `after` go inside a block collection an alias repeats: an entry
 * appended to `Statement: &statements`, which another policy's `Statement: *statements` repeats,
 * would land in that policy too (naming this bucket, a resource S3 refuses in another bucket's policy).
 */
function insertsIntoShared(doc: Doc, after: number, added: readonly string[]): boolean {
  const first = added.find((l) => l.trim() !== '')
  if (first === undefined) return false
  const indent = first.length - first.trimStart().length
  const { sharedBlocks, blockReach } = layoutOf(doc)
  const lo = partitionPoint(sharedBlocks.length, (i) => sharedBlocks[i]!.from <= after)
  // Back from the last block starting at or before `after`, while an earlier one still reaches it.
  for (let i = lo - 1, looked = 0; i >= 0 && blockReach[i]! >= after; i--, looked++) {
    if (looked === SHARED_LOOKUPS) return true
    const b = sharedBlocks[i]!
    if (b.to >= after && indent >= b.col) return true
  }
  return false
}

/** The column a block collection's entries (map) or items' dashes (sequence) stand at; undefined for a flow one or a scalar. */
function entryColumn(doc: Doc, node: SNode): number | undefined {
  if (node.kind === 'scalar' || doc.text[node.start] === '{' || doc.text[node.start] === '[') return undefined
  const at = node.kind === 'map' ? node.entries.find((e) => e.keyStart >= node.start)?.keyStart : node.items[0]?.start
  if (at === undefined) return undefined
  const lineStart = doc.index.lineStart(lineOf(doc, at))
  if (node.kind === 'map') return at - lineStart
  const dash = doc.text.lastIndexOf('-', at)
  return dash >= lineStart ? dash - lineStart : undefined
}

/** `&name` as YAML writes an anchor (text of a string or comment too: it only costs a suggestion). */
const ANCHOR = /(?:^|[\s[{,])&([^\s,[\]{}]+)/g
const ALIAS = /(?:^|[\s[{,])\*([^\s,[\]{}]+)/g
const anchorsIn = (text: string) => [...text.matchAll(ANCHOR)].map((m) => m[1]!)

/** The names the file's aliases use, read once per file. */
function aliasNames(doc: Doc): Set<string> {
  return (doc.aliases ??= new Set([...doc.text.matchAll(ALIAS)].map((m) => m[1]!)))
}

/**
 * Does `text[from, to)` close every bracket it opens, and no other, with no sibling after a
 * comma? Quoted scalars and a trailing comment are skipped. A bracket opened on an earlier line
 * makes it answer no, which only costs that entry its suggestion.
 */
function closesOnItsOwn(text: string, from: number, to: number): boolean {
  let depth = 0
  for (let i = from; i < to; i++) {
    const c = text[i]!
    const prev = i > from ? text[i - 1]! : ' '
    if ((c === '"' || c === "'") && /[\s:[{,]/.test(prev)) i = quotedEnd(text, i, to)
    else if (c === '#' && /\s/.test(prev)) break
    else if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') {
      if (--depth < 0) return false
    } else if (c === ',' && depth === 0) return false
  }
  return depth === 0
}

/** The offset of the quote closing the scalar that opens at `start` (`''` and `\"` escape). */
function quotedEnd(text: string, start: number, to: number): number {
  const q = text[start]
  for (let i = start + 1; i < to; i++) {
    if (q === '"' && text[i] === '\\') i++
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++
      else return i
    }
  }
  return to
}

/** Replaces a whole YAML property block (key line to last line) with `block`. */
function replaceBlock(doc: Doc, file: string, entry: SEntry, block: string[], description: string): TextEdit | undefined {
  if (doc.json || !ownsLines(doc, entry)) return undefined
  const start = lineOf(doc, entry.keyStart)
  const end = endLineOf(doc, entry.value.end)
  const indent = indentOf(doc.lines[start - 1]!)
  return { file, startLine: start, endLine: end, replacement: block.map((l) => indent + l).join('\n'), description }
}

function deleteLines(doc: Doc, file: string, entry: SEntry, description: string): TextEdit | undefined {
  const start = lineOf(doc, entry.keyStart)
  const end = endLineOf(doc, entry.value.end)
  if (doc.json || !ownsLines(doc, entry)) return undefined
  // A suggestion cannot delete to nothing: keep the line before and drop the entry.
  if (start < 2) return undefined
  return { file, startLine: start - 1, endLine: end, replacement: doc.lines[start - 2]!, description }
}

/**
 * Removes the only property: `Properties: {}`. Its lines deleted alone left `Properties:` with no
 * value, a null, and CloudFormation rejects a template with a null in it.
 */
function emptyProperties(doc: Doc, file: string, props: SEntry, only: SEntry, description: string): TextEdit | undefined {
  const start = lineOf(doc, props.keyStart)
  const end = endLineOf(doc, only.value.end)
  const line = doc.lines[start - 1]!.replace(/\r$/, '')
  if (!BARE_KEY_LINE.test(line) || !ownsLines(doc, props) || !ownsLines(doc, only) || end <= start) return undefined
  return { file, startLine: start, endLine: end, replacement: line.replace(/:\s*(?:#.*)?$/, ': {}'), description }
}

/** Appends lines as new entries at the end of a block mapping (e.g. a sibling of ServerSideEncryptionByDefault). */
function appendToMap(doc: Doc, file: string, map: SNode, lines: string[], description: string): TextEdit | undefined {
  if (doc.json || map.kind !== 'map' || map.entries.some((e) => INTRINSIC_KEY.test(e.key))) return undefined
  const own = writtenIn(map)
  const first = own[0]
  const last = own[own.length - 1]
  // The last entry's value an alias (`BucketKeyEnabled: *on`): it ends at its anchor, lines away.
  if (!first || !last || last.value.end < last.keyStart) return undefined
  const firstLine = lineOf(doc, first.keyStart)
  if (!ownsLines(doc, first) || !ownsLines(doc, last)) return undefined // flow style
  const indent = ' '.repeat(doc.index.position(first.keyStart).column - 1)
  const endLine = endLineOf(doc, last.value.end)
  if (firstLine > endLine) return undefined
  const replacement = lineThen(
    doc.lines[endLine - 1]!,
    lines.map((l) => indent + l),
  )
  if (replacement === undefined) return undefined
  return { file, startLine: endLine, endLine, replacement, description }
}

/** Settings that live inside the first server-side encryption rule. */
const RULE_SIBLINGS: Record<string, { key: string; yaml: string[]; json: JsonData }> = {
  'encryption.bucketKeyEnabled': { key: 'BucketKeyEnabled', yaml: ['BucketKeyEnabled: true'], json: true },
  'encryption.blockedEncryptionTypes': {
    key: 'BlockedEncryptionTypes',
    yaml: ['BlockedEncryptionTypes:', '  EncryptionType: [SSE-C]'],
    json: { EncryptionType: ['SSE-C'] },
  },
}

const DENY_STATEMENTS = {
  'deny-insecure-transport': (bucket: string) => [
    '- Sid: DenyInsecureTransport',
    '  Effect: Deny',
    '  Principal: "*"',
    '  Action: "s3:*"',
    '  Resource:',
    `    - !GetAtt ${bucket}.Arn`,
    `    - !Sub "\${${bucket}.Arn}/*"`,
    '  Condition:',
    '    Bool:',
    '      aws:SecureTransport: false',
  ],
  'deny-old-tls': (bucket: string) => [
    '- Sid: DenyOutdatedTLS',
    '  Effect: Deny',
    '  Principal: "*"',
    '  Action: "s3:*"',
    '  Resource:',
    `    - !GetAtt ${bucket}.Arn`,
    `    - !Sub "\${${bucket}.Arn}/*"`,
    '  Condition:',
    '    NumericLessThan:',
    '      s3:TlsVersion: 1.2',
  ],
}

function addStatement(
  doc: Doc,
  file: string,
  template: number,
  resource: SEntry,
  kind: keyof typeof DENY_STATEMENTS,
): TextEdit | undefined {
  const lines = DENY_STATEMENTS[kind](resource.key)
  const description = statementDescription(kind)
  const policy = doc.policies[template]!.get(resource.key)
  if (policy) {
    const statement = at(policy.value, ['Properties', 'PolicyDocument', 'Statement'])
    if (!statement || statement.node.kind !== 'seq' || statement.node.items.length === 0) return undefined
    // S3 rejects a policy whose Sids repeat (a narrowed statement the rule reported may hold ours).
    const taken = new Set(
      statement.node.items.flatMap((s) => {
        const sid = get(s, 'Sid')
        return sid?.kind === 'scalar' ? [String(sid.value)] : []
      }),
    )
    lines[0] = `- Sid: ${freeSid(lines[0]!.slice('- Sid: '.length), taken)}`
    const last = statement.node.items[statement.node.items.length - 1]!
    const lastLine = endLineOf(doc, last.end)
    const firstItemLine = doc.lines[lineOf(doc, statement.node.items[0]!.start) - 1]!
    // A block sequence, whose first item's line opens with its dash: in a flow sequence written
    // over several lines (`Statement: [` … `]`) the first `-` was one inside a value (`Sid:
    // read-all`), and the statement was written out after `{Sid: read` on every line.
    const dash = /^[ \t]*-(?=[ \t]|$)/.exec(firstItemLine)?.[0].length
    if (
      dash === undefined ||
      doc.text[statement.node.start] === '[' ||
      lineOf(doc, statement.node.start) === endLineOf(doc, statement.node.end)
    )
      return undefined
    const indent = firstItemLine.slice(0, dash - 1)
    if (!nothingOpenAfter(doc, lastLine, indent.length)) return undefined
    const replacement = lineThen(
      doc.lines[lastLine - 1]!,
      lines.map((l) => indent + l),
    )
    if (replacement === undefined) return undefined
    return {
      file,
      startLine: lastLine,
      endLine: lastLine,
      replacement,
      description,
    }
  }
  const byId = doc.resources[template]!
  const declared = (id: string) => byId.has(id)
  if (otherPolicyMayCover(byId, declared, resource.key)) return undefined
  // A resource of a flow mapping (`Resources: {Data: {…}}`): the policy's block lines after it
  // would be a top-level section, or not parse.
  if (!standsInBlock(doc, resource)) return undefined
  const endLine = endLineOf(doc, resource.value.end)
  const indent = indentOf(doc.lines[lineOf(doc, resource.keyStart) - 1]!)
  if (!nothingOpenAfter(doc, endLine, indent.length)) return undefined
  const condition = bucketCondition(resource)
  if (condition === null) return undefined
  const policyLines = [
    `${freePolicyName(resource.key, declared)}:`,
    '  Type: AWS::S3::BucketPolicy',
    ...(condition === undefined ? [] : [`  Condition: ${/^[A-Za-z0-9]+$/.test(condition) ? condition : JSON.stringify(condition)}`]),
    '  Properties:',
    `    Bucket: !Ref ${resource.key}`,
    '    PolicyDocument:',
    '      Version: "2012-10-17"',
    '      Statement:',
    ...lines.map((l) => `        ${l}`),
  ]
  const replacement = lineThen(
    doc.lines[endLine - 1]!,
    policyLines.map((l) => indent + l),
  )
  if (replacement === undefined) return undefined
  return { file, startLine: endLine, endLine, replacement, description: `add a bucket policy that will ${description}` }
}

/** The template as the JSON writer sees it; undefined when it has no `Resources` object. */
function jsonTemplate(doc: Doc, file: string, template: number): JsonTemplate | undefined {
  const resources = get(doc.roots[template], 'Resources')
  if (resources?.kind !== 'map') return undefined
  doc.style ??= detectStyle(doc.text, doc.roots[template]!)
  return { file, text: doc.text, lines: doc.index, style: doc.style, resources, policies: doc.policies[template]! }
}

export function renderCloudFormationFix(finding: Finding, texts: Map<string, string>): TextEdit | undefined {
  const file = finding.location.file
  const text = texts.get(file)
  if (!finding.fix || text === undefined) return undefined
  const doc = docFor(file, text)
  const edit = templateEdit(doc, finding)
  return edit && rewritesHiddenLines(doc, edit) ? undefined : edit
}

/**
 * Whether an edit replaces a line of a `NoEcho` parameter's declaration. The suggestion repeats
 * the lines it replaces, so it would quote the hidden default (a one-line JSON template is all
 * one line); the finding then goes without one.
 */
function rewritesHiddenLines(doc: Doc, edit: TextEdit): boolean {
  return doc.hidden.some((h) => h.from <= edit.endLine && h.to >= edit.startLine)
}

function templateEdit(doc: Doc, finding: Finding): TextEdit | undefined {
  const found = resourceEntry(doc, finding)
  if (!found) return undefined
  const edit = resourceEdit(doc, finding, found.template, found.entry)
  if (!edit || doc.json) return edit
  // A YAML value may be an alias (`Status: *off`), a key merged in (`<<: *props`) or a resource
  // written elsewhere: its edit lands on the anchor, lines away, and changes every place that
  // uses it (another resource's property, another bucket), or spans lines from the key back up
  // to the anchor. Only an edit inside the resource it is for (its policy, for a statement) is one.
  // A Serverless service may write one resource in several items of `resources`, merged into one.
  const owner = (finding.fix?.kind === 'add-policy-statement' && doc.policies[found.template]!.get(found.entry.key)) || found.entry
  const inside = (e: SEntry) => lineOf(doc, e.keyStart) <= edit.startLine && edit.endLine <= endLineOf(doc, Math.max(e.value.end, e.keyEnd))
  if (edit.startLine > edit.endLine) return undefined
  if (!inside(owner) && !(doc.pieces[found.template]!.get(owner.key) ?? []).some(inside)) return undefined
  return touchesShared(doc, edit) ? undefined : edit
}

function resourceEdit(doc: Doc, finding: Finding, template: number, entry: SEntry): TextEdit | undefined {
  const fix = finding.fix
  const file = finding.location.file
  if (!fix) return undefined
  if (doc.json && doc.longLine) return undefined
  const json = doc.json ? jsonTemplate(doc, file, template) : undefined
  if (doc.json && !json) return undefined
  const props = getEntry(entry.value, 'Properties')?.value
  if (fix.kind === 'add-policy-statement') {
    return json ? addTlsStatement(json, entry, fix.statement) : addStatement(doc, file, template, entry, fix.statement)
  }
  if (fix.kind === 'remove') {
    const key = fix.field === 'acl.canned' ? 'AccessControl' : fix.field === 'website' ? 'WebsiteConfiguration' : undefined
    const e = key ? getEntry(props, key) : undefined
    if (!e || !key) return undefined
    if (json) return removeProperty(json, entry, key, `remove ${key}`)
    const propsEntry = propertiesHolding(doc, template, entry, e)
    if (!propsEntry) return undefined
    return propsEntry.value.kind === 'map' && propsEntry.value.entries.length === 1
      ? emptyProperties(doc, file, propsEntry, e, `remove ${key}`)
      : deleteLines(doc, file, e, `remove ${key}`)
  }
  if (fix.field === 'objectLock.enabled' && !versioningMayStayOn(props)) return undefined
  const scalar = SCALARS[fix.field]
  if (scalar) {
    const hit = at(props, scalar.path)
    if (hit)
      return replaceScalar(
        doc,
        file,
        hit.node,
        scalar.value,
        `set ${scalar.path.filter((p) => !/^\d+$/.test(p)).join('.')} to ${scalar.value}`,
      )
  }
  const sibling = RULE_SIBLINGS[fix.field]
  const rule = sibling && at(props, ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0'])
  if (sibling && rule && isIntrinsic(rule.node)) return undefined
  if (sibling && rule) {
    const description = `add ${sibling.key} to the encryption rule`
    // Written already but not as the rule wants it (`EncryptionType: [NONE]`): replaced, never repeated.
    const written = getEntry(rule.node, sibling.key)
    if (json)
      return written
        ? setMember(json, written, sibling.json, description)
        : addMember(json, rule.node, sibling.key, sibling.json, description)
    if (written) return replaceBlock(doc, file, written, sibling.yaml, description)
    return appendToMap(doc, file, rule.node, sibling.yaml, description)
  }
  const block = BLOCKS[fix.field]
  if (!block) return undefined
  const existing = getEntry(props, block.key)
  // Encryption that CloudFormation computes somewhere inside (`!If [IsProd, {aws:kms,
  // KMSMasterKeyID: …}, {AES256}]`) holds choices a whole new block would throw away, the
  // production key with them. (A public access block or versioning block written anew is the fix.)
  if (existing && block.key === 'BucketEncryption' && holdsIntrinsic(existing.value)) return undefined
  const description = `set ${block.key}${BLOCK_PURPOSE[fix.field] ?? ''}`
  if (json) return setProperty(json, entry, block.key, block.json, description)
  if (existing) return replaceBlock(doc, file, existing, block.yaml, description)
  return insertProperty(doc, file, entry, block.yaml, description)
}

/**
 * The `Properties` entry whose own map holds `e` (its key and its value). A Serverless service may
 * write one resource in several items of `resources`: the merged map counts the entries of them
 * all, so deleting the only line of a later item's `Properties:` left that item's `Properties`
 * null, which CloudFormation rejects. An entry a later item overrides (its key in one item, its
 * value in another) is held by none: no edit.
 */
function propertiesHolding(doc: Doc, template: number, entry: SEntry, e: SEntry): SEntry | undefined {
  const pieces = doc.pieces[template]!.get(entry.key) ?? []
  for (const r of pieces.length > 0 ? pieces : [entry]) {
    const p = getEntry(r.value, 'Properties')
    if (p?.value.kind !== 'map') continue
    const own = p.value.entries.find((x) => x.keyStart === e.keyStart)
    if (own) return own.value === e.value ? p : undefined
  }
  return undefined
}

/**
 * Whether the bucket's own versioning lets Object Lock be turned on: none written (S3 turns it on
 * with Object Lock), or `Status: Enabled`. S3 refuses to suspend versioning on a bucket with Object
 * Lock, so `ObjectLockEnabled: true` beside `Status: Suspended` (or a status only known at deploy
 * time) is a template whose deployment fails: no edit then.
 */
function versioningMayStayOn(props: SNode | undefined): boolean {
  const v = getEntry(props, 'VersioningConfiguration')
  if (!v) return true
  const status = at(v.value, ['Status'])?.node
  return status?.kind === 'scalar' && status.value === 'Enabled'
}

function holdsIntrinsic(node: SNode): boolean {
  if (isIntrinsic(node)) return true
  if (node.kind === 'map') return node.entries.some((e) => holdsIntrinsic(e.value))
  if (node.kind === 'seq') return node.items.some(holdsIntrinsic)
  return false
}
