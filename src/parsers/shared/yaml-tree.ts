/**
 * YAML → SNode with source offsets, built from js-yaml's event stream (`parseEvents`), which
 * measured 17–28 MB/s here against 1.9 MB/s for the `yaml` package (see bench/README.md).
 * Aliases are shared, never copied, and their expanded size is bounded so that an alias bomb is
 * an error instead of an out-of-memory crash.
 */
import { EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml'
import { exactSize, type SEntry, type SMap, type SNode, type SScalar, type SSeq } from './source-tree.js'

export interface YamlIssue {
  code: 'YAML_SYNTAX' | 'DUPLICATE_KEY' | 'ALIAS_EXPANSION' | 'COMPLEX_KEY' | 'UNKNOWN_TAG'
  offset: number
  /** Set when the parser reported a position itself (0-based). */
  line?: number
  column?: number
  message: string
  level: 'error' | 'warning'
}

export interface YamlOptions {
  maxDepth: number
  maxAliasExpansion: number
  /** Rewrites a tagged node (e.g. CloudFormation `!Ref`); return a string to reject the tag. */
  convertTag?: (tag: string, node: SNode) => SNode | string
  /** Read U+0085, U+2028 and U+2029 outside quotes as line breaks, as YAML 1.1 does (see `withYaml11LineBreaks`). */
  yaml11LineBreaks?: boolean
}

export interface YamlDocuments {
  documents: (SNode | null)[]
  issues: YamlIssue[]
}

interface Frame {
  node: SMap | SSeq | null
  /** A pending mapping key waiting for its value (null: the next node is a key). Held as
   * fields, not an object, as a big file has hundreds of thousands of keys. */
  key: string | null
  keyStart: number
  keyEnd: number
  keyIsMerge: boolean
  /** Index of each key in a big map's entries (null while the map is small). */
  keyIndex: Map<string, number> | null
  /** Keys that came in through a merge key `<<`, which a key of the map itself overrides. */
  merged: Set<string> | null
  size: number
  tag: string | null
  anchor: string | null
  root: SNode | null
}

/**
 * The line breaks of YAML 1.1 that YAML 1.2, and js-yaml, read as characters: next line (U+0085),
 * line separator (U+2028), paragraph separator (U+2029).
 */
const YAML_11_BREAKS = /[\u0085\u2028\u2029]/g

export function hasYaml11LineBreaks(text: string): boolean {
  YAML_11_BREAKS.lastIndex = 0
  return YAML_11_BREAKS.test(text)
}

/**
 * `text` as a YAML 1.1 reader sees it (PyYAML, SnakeYAML: CloudFormation and cfn-lint), where
 * U+0085, U+2028 and U+2029 outside quoted scalars end a line as a line feed does: each becomes
 * a line feed, one character for one, so offsets (and lines, counted in the file as written)
 * stay those of `text`. Read as js-yaml reads them, `# note\u2028  Site:\u2028    Type: …` hid a
 * bucket CloudFormation creates in a comment, and a block scalar hid one the same way. Inside
 * quotes they stay (YAML 1.1 keeps U+2028 and U+2029 there; a line feed would also make a quoted
 * line js-yaml finds under-indented where PyYAML does not). The quoted scalars are those of the
 * text as written; when it does not parse, every one is replaced.
 */
function withYaml11LineBreaks(text: string, maxDepth: number): string {
  const quoted: number[] = []
  try {
    for (const ev of parseEvents(text, { maxDepth }))
      if (ev.type === EVENT_ID.SCALAR && (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED))
        quoted.push(ev.valueStart, ev.valueEnd)
  } catch {
    quoted.length = 0
  }
  let out = ''
  let from = 0
  let q = 0
  YAML_11_BREAKS.lastIndex = 0
  for (let m = YAML_11_BREAKS.exec(text); m; m = YAML_11_BREAKS.exec(text)) {
    const at = m.index
    while (q < quoted.length && quoted[q + 1]! <= at) q += 2
    if (q < quoted.length && quoted[q]! <= at) continue
    out += text.slice(from, at) + '\n'
    from = at + 1
  }
  return out + text.slice(from)
}

export function parseYaml(text: string, options: YamlOptions): YamlDocuments {
  let events: Event[] | undefined
  let parsed = options.yaml11LineBreaks && hasYaml11LineBreaks(text) ? withYaml11LineBreaks(text, options.maxDepth) : text
  for (let attempt = 0; !events; attempt++) {
    try {
      events = parseEvents(parsed, { maxDepth: options.maxDepth })
    } catch (e) {
      const relaxed = (attempt + 2) * text.length <= MAX_RELAXED_PARSE_CHARS ? relaxFlowCloser(parsed, e) : undefined
      if (relaxed === undefined) return { documents: [], issues: [syntaxIssue(e)] }
      parsed = relaxed
    }
  }
  try {
    // Same offsets and tokens as `text`: only separation before a flow closer was blanked out.
    return build(parsed, events, options)
  } catch (e) {
    if (e instanceof BuildError) return { documents: [], issues: [e.issue] }
    throw e
  }
}

/**
 * Reparsing after each relaxed closer costs a parse of the whole file: all attempts together read
 * at most this many characters (a template of 100 KB may relax 160 closers, one of 8 MB one).
 */
const MAX_RELAXED_PARSE_CHARS = 16 * 1024 * 1024

/**
 * JSON written as YAML closes a flow collection under its key:
 *
 *     Resource:
 *       Fn::Join: [
 *         "", ["arn:aws:s3:::", !Ref Site, "/*"]
 *       ]
 *
 * YAML wants flow content indented past the key, and js-yaml rejects the `]` ("deficient
 * indentation"), but CloudFormation, cfn-lint and the Serverless Framework read it, and the
 * Serverless docs teach it. The separation before the closer (line breaks, blank and comment-only
 * lines) is blanked out with spaces, so that the closer continues the last line of content: every
 * offset stays the same, so positions still point at the file as written. `undefined` for any
 * other error, or when the line before might end inside a comment or a quoted string.
 */
function relaxFlowCloser(text: string, e: unknown): string | undefined {
  const err = e as { reason?: string; mark?: { position?: unknown } }
  const pos = err.mark?.position
  if (err.reason !== 'deficient indentation' || typeof pos !== 'number') return undefined
  if (text[pos] !== ']' && text[pos] !== '}') return undefined
  let lineStart = text.lastIndexOf('\n', pos - 1) + 1
  if (!/^ *$/.test(text.slice(lineStart, pos))) return undefined
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1
    const line = text.slice(prevStart, lineStart - 1).replace(/\r$/, '')
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) {
      lineStart = prevStart
      continue
    }
    if (line.includes('#') || line.includes('\r') || oddCount(line, '"') || oddCount(line, "'")) return undefined
    const contentEnd = prevStart + line.trimEnd().length
    return text.slice(0, contentEnd) + ' '.repeat(pos - contentEnd) + text.slice(pos)
  }
  return undefined
}

function oddCount(line: string, quote: string): boolean {
  return line.split(quote).length % 2 === 0
}

class BuildError extends Error {
  constructor(readonly issue: YamlIssue) {
    super(issue.message)
  }
}

function syntaxIssue(e: unknown): YamlIssue {
  const err = e as { reason?: string; mark?: { line: number; column: number; position: number }; message?: string }
  const issue: YamlIssue = {
    code: 'YAML_SYNTAX',
    offset: err.mark?.position ?? 0,
    message: err.reason ?? err.message ?? String(e),
    level: 'error',
  }
  // js-yaml counts a lone carriage return as a line break, as YAML does; positions are placed by
  // offset instead, on lines as GitHub numbers them (see LineIndex), like every other position.
  if (err.mark && typeof err.mark.position !== 'number') {
    issue.line = err.mark.line
    issue.column = err.mark.column
  }
  return issue
}

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:'

/**
 * A node's tag as written (`!Ref`, `!!str`, `!<!Ref>`, `!x!Ref` under `%TAG !x! !`), spelled as its
 * readers know it: `!name` for a local tag, `!!name` for a YAML one, `!<uri>` for any other. YAML
 * makes `!<!Ref>` and `!x!Ref` the very tag `!Ref` is (and `!<tag:yaml.org,2002:str>` `!!str`);
 * taken as written, `AccessControl: !<!Ref> Acl` was read as the text "Acl", an unknown tag.
 */
export function resolveTag(raw: string, handles: ReadonlyMap<string, string>): string {
  let full: string
  if (raw.startsWith('!<') && raw.endsWith('>')) full = decodeTag(raw.slice(2, -1))
  else {
    const handle = /^!(?:[0-9A-Za-z-]*!)?/.exec(raw)?.[0]
    if (handle === undefined) return raw
    const prefix = handles.get(handle) ?? (handle === '!' ? '!' : handle === '!!' ? CORE_TAG_PREFIX : undefined)
    if (prefix === undefined || raw.length === handle.length) return raw
    full = prefix + decodeTag(raw.slice(handle.length))
  }
  if (full.startsWith(CORE_TAG_PREFIX)) return `!!${full.slice(CORE_TAG_PREFIX.length)}`
  return full.startsWith('!') ? full : `!<${full}>`
}

/** A tag's `%XX` escapes decoded (`!R%65f` is `!Ref`); as written when they are not UTF-8. */
function decodeTag(s: string): string {
  if (!s.includes('%')) return s
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL'])
const TRUES = new Set(['true', 'True', 'TRUE'])
const FALSES = new Set(['false', 'False', 'FALSE'])
const INT = /^[-+]?[0-9]+$/
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/

/** YAML 1.2 core schema for plain scalars; numbers only when they round-trip (account ids keep their zeros). */
function resolvePlain(s: string): string | number | boolean | null {
  if (NULLS.has(s)) return null
  if (TRUES.has(s)) return true
  if (FALSES.has(s)) return false
  if (INT.test(s) || FLOAT.test(s)) {
    const n = Number(s)
    if (Number.isFinite(n) && String(n) === s) return n
  }
  return s
}

function nextNonBlank(text: string, from: number): number {
  let i = from
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i++
  return i
}

/** What a consumed event is replaced with (a shared placeholder keeps the array's element kind). */
const RELEASED = { type: -1 } as unknown as Event

function build(text: string, events: Event[], options: YamlOptions): YamlDocuments {
  const documents: (SNode | null)[] = []
  const issues: YamlIssue[] = []
  const anchors = new Map<string, { node: SNode; size: number }>()
  /** The `%TAG` handles of the document being read. */
  let handles = new Map<string, string>()
  const tagOf = (ev: { tagStart: number; tagEnd: number }) =>
    ev.tagStart >= 0 ? resolveTag(text.slice(ev.tagStart, ev.tagEnd), handles) : null
  const stack: Frame[] = []
  let docSize = 0
  /** The furthest offset the events have reached, for placing empty scalars. */
  let parsedTo = 0

  const frame = (node: SMap | SSeq | null, tag: string | null, anchor: string | null): Frame => ({
    node,
    key: null,
    keyStart: 0,
    keyEnd: 0,
    keyIsMerge: false,
    keyIndex: null,
    merged: null,
    size: 1,
    tag,
    anchor,
    root: null,
  })

  const attach = (node: SNode, size: number) => {
    const parent = stack[stack.length - 1]!
    parent.size += size
    if (parent.node === null) {
      parent.root = node
      return
    }
    if (parent.node.kind === 'seq') {
      parent.node.items.push(node)
      if (node.end > parent.node.end) parent.node.end = node.end
      return
    }
    const map = parent.node
    if (parent.key === null) {
      if (node.kind !== 'scalar') {
        issues.push({ code: 'COMPLEX_KEY', offset: node.start, message: 'a mapping key must be a plain value', level: 'error' })
        setKey(parent, '<complex key>', node.start, node.end, false)
        return
      }
      const key = node.value === null ? '' : String(node.value)
      setKey(parent, key, node.start, node.end, key === '<<' && !node.quoted)
      return
    }
    const key = parent.key
    parent.key = null
    if (parent.keyIsMerge) {
      mergeInto(map, parent, node)
      return
    }
    addEntry(map, parent, { key, keyStart: parent.keyStart, keyEnd: parent.keyEnd, value: node })
  }

  const setKey = (f: Frame, key: string, start: number, end: number, isMerge: boolean) => {
    f.key = key
    f.keyStart = start
    f.keyEnd = end
    f.keyIsMerge = isMerge
  }

  const indexOf = (map: SMap, f: Frame, key: string): number => {
    // A Map only once the map is big enough to matter; small maps stay a linear scan.
    if (f.keyIndex === null && map.entries.length >= 8) f.keyIndex = new Map(map.entries.map((e, i) => [e.key, i]))
    return f.keyIndex ? (f.keyIndex.get(key) ?? -1) : map.entries.findIndex((e) => e.key === key)
  }

  /**
   * Adds an entry written in the map (`merged` false) or brought in by `<<`. The map's own keys
   * override merged ones wherever the `<<` stands, and earlier merges override later ones (the
   * YAML merge key), so only two keys written in the map itself are a duplicate.
   */
  const addEntry = (map: SMap, f: Frame, entry: SEntry, merged = false) => {
    const i = indexOf(map, f, entry.key)
    if (i < 0) {
      f.keyIndex?.set(entry.key, map.entries.length)
      map.entries.push(entry)
      if (merged) (f.merged ??= new Set()).add(entry.key)
    } else if (merged) {
      return
    } else {
      if (!f.merged?.delete(entry.key)) {
        issues.push({
          code: 'DUPLICATE_KEY',
          offset: entry.keyStart,
          message: `duplicate key "${entry.key}"`,
          level: 'error',
        })
      }
      map.entries[i] = entry
    }
    if (entry.value.end > map.end) map.end = entry.value.end
  }

  const mergeInto = (map: SMap, f: Frame, src: SNode) => {
    const sources = src.kind === 'seq' ? src.items : [src]
    for (const s of sources) {
      if (s.kind !== 'map') continue
      for (const e of s.entries) addEntry(map, f, e, true)
    }
  }

  /** `added`: nodes an alias adds to the expanded document (fresh nodes are bounded by the file size). */
  const finish = (node: SNode, size: number, tag: string | null, anchor: string | null, added: number) => {
    let out = node
    if (tag !== null && options.convertTag) {
      const converted = options.convertTag(tag, node)
      if (typeof converted === 'string') {
        issues.push({ code: 'UNKNOWN_TAG', offset: node.start, message: converted, level: 'warning' })
      } else out = converted
    }
    docSize += added
    if (docSize > options.maxAliasExpansion) {
      throw new BuildError({
        code: 'ALIAS_EXPANSION',
        offset: node.start,
        message: `aliases expand the document by more than ${options.maxAliasExpansion} nodes (limits.maxAliasExpansion); is it an alias bomb?`,
        level: 'error',
      })
    }
    if (anchor !== null) anchors.set(anchor, { node: out, size })
    attach(out, size)
  }

  // Each event is dropped once read, so that on a large file the events already turned into
  // nodes are collectable while the rest of the tree is built: the two never peak together.
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!
    events[i] = RELEASED
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        handles = new Map(ev.directives.flatMap((d) => (d.kind === 'tag' ? [[d.handle, d.prefix] as const] : [])))
        anchors.clear()
        docSize = 0
        stack.push(frame(null, null, null))
        break
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const start = ev.tagStart >= 0 ? Math.min(ev.tagStart, ev.start) : ev.start
        parsedTo = Math.max(parsedTo, ev.start, ev.tagEnd, ev.anchorEnd)
        const node: SMap | SSeq =
          ev.type === EVENT_ID.MAPPING
            ? { kind: 'map', entries: [], start, end: ev.start + 1 }
            : { kind: 'seq', items: [], start, end: ev.start + 1 }
        // `!!map` on a mapping, `!!seq` on a sequence (and `!`) say what it is already: no tag to convert.
        const tag = tagOf(ev)
        const plain = tag === '!' || tag === (ev.type === EVENT_ID.MAPPING ? '!!map' : '!!seq')
        stack.push(frame(node, plain ? null : tag, ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null))
        break
      }
      case EVENT_ID.SCALAR: {
        const raw = getScalarValue(text, ev)
        const tag = tagOf(ev)
        const quoted = ev.style !== SCALAR_STYLE.PLAIN || tag !== null
        // An empty value (`a:`, `a: !Tag`, an empty key) has no valueStart (-1): place it at its
        // tag or anchor, else at the next non-blank character after what was parsed so far.
        const start =
          ev.valueStart >= 0
            ? ev.tagStart >= 0
              ? Math.min(ev.tagStart, ev.valueStart)
              : ev.valueStart
            : ev.tagStart >= 0
              ? ev.tagStart
              : ev.anchorStart >= 0
                ? ev.anchorStart
                : nextNonBlank(text, parsedTo)
        parsedTo = Math.max(parsedTo, ev.valueEnd, ev.tagEnd, ev.anchorEnd)
        const value = quoted ? raw : resolvePlain(raw)
        const end = Math.max(ev.valueEnd, start)
        const top = stack[stack.length - 1]!
        if (top.key === null && top.node?.kind === 'map' && tag === null && ev.anchorStart < 0) {
          // A plain mapping key: no node is built for it, only the entry's key fields.
          const key = value === null ? '' : String(value)
          top.size += 1
          // A quoted key starts at its quote: its column, and the line prefix an edit of its line keeps.
          const quote = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0
          setKey(top, key, start - (quote && (text[start - 1] === '"' || text[start - 1] === "'") ? 1 : 0), end, key === '<<' && !quoted)
          break
        }
        const node: SScalar = { kind: 'scalar', value, quoted, start, end }
        finish(
          node,
          1,
          tag === '!' || tag === '!!str' ? null : tag,
          ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null,
          0,
        )
        break
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd)
        const target = anchors.get(name)
        parsedTo = Math.max(parsedTo, ev.anchorEnd)
        if (!target) {
          issues.push({ code: 'YAML_SYNTAX', offset: ev.anchorStart, message: `unknown alias *${name}`, level: 'error' })
          const node: SScalar = { kind: 'scalar', value: null, quoted: false, start: ev.anchorStart, end: ev.anchorEnd }
          attach(node, 1)
          break
        }
        const top = stack[stack.length - 1]!
        // An alias used as a mapping key (`*id :`) is placed where the alias is written, not at its
        // anchor: a key's position is where findings on its entry point. The copy lives only as
        // long as the key is read, so values stay shared.
        const node =
          top.key === null && top.node?.kind === 'map' ? { ...target.node, start: ev.anchorStart - 1, end: ev.anchorEnd } : target.node
        finish(node, target.size, null, null, target.size)
        break
      }
      case EVENT_ID.POP: {
        const f = stack.pop()!
        if (f.node === null) {
          documents.push(f.root)
          break
        }
        if (f.node.kind === 'map') f.node.entries = exactSize(f.node.entries)
        else f.node.items = exactSize(f.node.items)
        finish(f.node, f.size, f.tag, f.anchor, 0)
        break
      }
    }
  }
  return { documents, issues }
}
