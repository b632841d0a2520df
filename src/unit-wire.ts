/**
 * How a worker sends a unit's result to the main thread. A structured clone of the findings
 * copies every property name and every string of every finding, and the main thread then spent
 * about as long again looking each string up in a pool to drop the copies: for 370,000 findings,
 * ~1.7 s of workers' time and ~2 s of the main thread's, taken from the two cores the workers
 * need. Instead a finding travels as a row of numbers (string and location indexes), and each
 * distinct string and location once per message:
 * - the vocabulary (rule ids, severities, fix texts: a few thousand strings in any scan) is
 *   numbered once per worker, and the main thread keeps one copy of each;
 * - the rest (messages, files, logical paths, resources) is numbered per message, and so is each
 *   location, so the findings of one unit share them just as they did in the worker.
 * What is rare (related places, suppressions) travels as it is.
 *
 * One encoder per worker and one decoder per worker on the main side: messages on one port
 * arrive in order, so both vocabularies grow in step. A new worker starts both afresh.
 */
import { NO_RELATED, type Finding, type FixIntent, type Suppression, type UnknownResult } from './engine/finding.js'
import type { SourceLocation } from './model/location.js'
import type { UnitResult } from './process-unit.js'
import type { StringPool } from './share-strings.js'
import type { RowArena } from './row-arena.js'

/**
 * Past this many vocabulary strings a worker numbers further ones per message: fix texts that
 * embed a name would otherwise grow its table (and the main thread's) without bound.
 */
export const VOCABULARY_LIMIT = 20_000

/** String references in rows: `>= 0` the vocabulary, `-1` none, `<= -2` the message's own strings. */
const NONE = -1
const localRef = (k: number) => -2 - k
const localIndex = (ref: number) => -2 - ref

/** Columns of one location's row. */
const enum L {
  file,
  line,
  column,
  endLine,
  endColumn,
  path,
  stride,
}

/** Columns of one finding's row. */
const enum F {
  ruleId,
  severity,
  messageId,
  message,
  location,
  resource,
  format,
  suppressed,
  /** The fix intent as JSON text. */
  fix,
  editFile,
  editStartLine,
  editEndLine,
  editReplacement,
  editDescription,
  /** Index into `extras`, or -1. */
  extra,
  stride,
}

/** Columns of one unknown's row. */
const enum U {
  ruleId,
  message,
  why,
  location,
  resource,
  stride,
}

interface Extra {
  related?: Finding['related']
  suppression?: Suppression
}

export interface WireResult {
  /** Everything but the findings and unknowns, as it is. */
  rest: Omit<UnitResult, 'findings' | 'unknowns'>
  /** Vocabulary first used by this message, appended to the worker's in this order. */
  vocabulary: string[]
  /** This message's own strings. */
  strings: string[]
  locations: Int32Array
  findings: Int32Array
  unknowns: Int32Array
  /** Findings' fingerprints, then unknowns' (unique by design, so never numbered): see `Fingerprints`. */
  fingerprints: Fingerprints
  extras: Extra[]
}

/** Findings and unknowns a message holds, without decoding it. */
export function wireCount(wire: WireResult): number {
  return wire.findings.length / F.stride + wire.unknowns.length / U.stride
}

export class WireEncoder {
  private readonly vocabulary = new Map<string, number>()
  private fresh: string[] = []

  /** `arena`: where the rows go, when results are kept in this thread until the scan ends. */
  constructor(
    private readonly limit = VOCABULARY_LIMIT,
    private readonly arena?: RowArena,
  ) {}

  ints(n: number): Int32Array {
    return this.arena ? this.arena.ints(n) : new Int32Array(n)
  }

  encode(result: UnitResult): WireResult {
    const { findings, unknowns, ...rest } = result
    try {
      return new MessageEncoder(this).build(rest, findings, unknowns)
    } catch (e) {
      // Words numbered for a message that is never sent must not stay numbered.
      for (const w of this.fresh) this.vocabulary.delete(w)
      this.fresh = []
      throw e
    }
  }

  /** The word's number, or undefined once the vocabulary is full. */
  word(text: string): number | undefined {
    const known = this.vocabulary.get(text)
    if (known !== undefined || this.vocabulary.size >= this.limit) return known
    const i = this.vocabulary.size
    this.vocabulary.set(text, i)
    this.fresh.push(text)
    return i
  }

  takeFresh(): string[] {
    const fresh = this.fresh
    this.fresh = []
    return fresh
  }
}

class MessageEncoder {
  private readonly local = new Map<string, number>()
  private readonly strings: string[] = []
  private readonly locationIndex = new Map<SourceLocation, number>()
  private readonly locations: number[] = []

  constructor(private readonly worker: WireEncoder) {}

  build(rest: WireResult['rest'], findings: Finding[], unknowns: UnknownResult[]): WireResult {
    const word = (text: string) => this.worker.word(text) ?? this.text(text)
    const text = (t: string) => this.text(t)
    const at = (l: SourceLocation) => this.location(l)
    const rows = this.worker.ints(findings.length * F.stride)
    const fingerprints = new FingerprintWriter(this.worker.ints((findings.length + unknowns.length) * 3))
    const extras: Extra[] = []
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!
      const o = i * F.stride
      rows[o + F.ruleId] = word(f.ruleId)
      rows[o + F.severity] = word(f.severity)
      rows[o + F.messageId] = word(f.messageId)
      rows[o + F.message] = text(f.message)
      rows[o + F.location] = at(f.location)
      rows[o + F.resource] = text(f.resource)
      rows[o + F.format] = word(f.format)
      rows[o + F.suppressed] = f.suppressed ? 1 : 0
      rows[o + F.fix] = f.fix ? word(JSON.stringify(f.fix)) : NONE
      const edit = f.edit
      rows[o + F.editFile] = edit ? text(edit.file) : NONE
      if (edit) {
        rows[o + F.editStartLine] = edit.startLine
        rows[o + F.editEndLine] = edit.endLine
        rows[o + F.editReplacement] = word(edit.replacement)
        rows[o + F.editDescription] = word(edit.description)
      }
      if (f.related.length || f.suppression) {
        rows[o + F.extra] = extras.length
        extras.push(f.suppression ? { related: f.related, suppression: f.suppression } : { related: f.related })
      } else rows[o + F.extra] = NONE
      fingerprints.add(i, f.fingerprint)
    }
    const unknownRows = this.worker.ints(unknowns.length * U.stride)
    for (let i = 0; i < unknowns.length; i++) {
      const u = unknowns[i]!
      const o = i * U.stride
      unknownRows[o + U.ruleId] = word(u.ruleId)
      unknownRows[o + U.message] = word(u.message)
      unknownRows[o + U.why] = text(u.why)
      unknownRows[o + U.location] = at(u.location)
      unknownRows[o + U.resource] = text(u.resource)
      fingerprints.add(findings.length + i, u.fingerprint)
    }
    return {
      rest,
      vocabulary: this.worker.takeFresh(),
      strings: this.strings,
      locations: this.locationRows(),
      findings: rows,
      unknowns: unknownRows,
      fingerprints: fingerprints.done(),
      extras,
    }
  }

  private locationRows(): Int32Array {
    const rows = this.worker.ints(this.locations.length)
    rows.set(this.locations)
    return rows
  }

  private text(t: string): number {
    let k = this.local.get(t)
    if (k === undefined) {
      k = this.strings.length
      this.local.set(t, k)
      this.strings.push(t)
    }
    return localRef(k)
  }

  /** By identity: a location object the unit shared between findings stays shared. */
  private location(l: SourceLocation): number {
    let k = this.locationIndex.get(l)
    if (k === undefined) {
      k = this.locations.length / L.stride
      this.locationIndex.set(l, k)
      this.locations.push(this.text(l.file), l.line, l.column, l.endLine, l.endColumn, this.text(l.path))
    }
    return k
  }
}

export class WireDecoder {
  private readonly vocabulary: string[] = []
  /** One frozen fix object per distinct fix: findings share them rather than each holding a copy. */
  private readonly fixes = new Map<string, FixIntent>()

  /**
   * `pool` keeps one copy of a message's strings that other units repeat: templates that share
   * logical ids share their messages and paths, ~30 MB of copies on a 5,000-template scan.
   */
  constructor(private readonly pool: Pick<StringPool, 'share'>) {}

  /**
   * Takes in a message's strings, in the order messages arrive; `decode` may come later. A
   * received message holds ~100 bytes per finding where the decoded objects take ~400, so the
   * pool decodes only when the workers are gone and their heaps with them.
   */
  receive(wire: WireResult): () => UnitResult {
    for (const w of wire.vocabulary) this.vocabulary.push(this.pool.share(w))
    wire.vocabulary = []
    const strings = wire.strings
    for (let i = 0; i < strings.length; i++) strings[i] = this.pool.share(strings[i]!)
    this.shareRest(wire.rest)
    return () => this.decode(wire)
  }

  /**
   * The file and unit names that problems and cross-stack links repeat, as the findings' are: a
   * copied message holds a string of its own for each (the 40,000-file Terraform tree's 44,000
   * linkable buckets and 23,000 problems held ≈ 8 MB of copies until the scan ended).
   */
  private shareRest(rest: WireResult['rest']): void {
    const share = (s: string) => this.pool.share(s)
    for (const p of rest.problems) {
      p.code = share(p.code)
      p.file = share(p.file)
      p.level = share(p.level) as typeof p.level
    }
    for (const b of rest.stackLinks?.buckets ?? []) {
      b.unit = share(b.unit)
      b.file = share(b.file)
    }
    for (const p of rest.stackLinks?.policies ?? []) {
      p.unit = share(p.unit)
      p.file = share(p.file)
    }
  }

  private decode(wire: WireResult): UnitResult {
    const fingerprint = fingerprintReader(wire.fingerprints)
    const vocabulary = this.vocabulary
    const strings = wire.strings
    const str = (ref: number) => (ref >= 0 ? vocabulary[ref]! : strings[localIndex(ref)]!)
    const lrows = wire.locations
    const locations: SourceLocation[] = new Array(lrows.length / L.stride)
    for (let i = 0, o = 0; o < lrows.length; i++, o += L.stride) {
      locations[i] = {
        file: str(lrows[o + L.file]!),
        line: lrows[o + L.line]!,
        column: lrows[o + L.column]!,
        endLine: lrows[o + L.endLine]!,
        endColumn: lrows[o + L.endColumn]!,
        path: str(lrows[o + L.path]!),
      }
    }
    const rows = wire.findings
    const findings: Finding[] = new Array(rows.length / F.stride)
    for (let i = 0, o = 0; o < rows.length; i++, o += F.stride) {
      const extra = rows[o + F.extra]! >= 0 ? wire.extras[rows[o + F.extra]!]! : undefined
      const editFile = rows[o + F.editFile]!
      findings[i] = {
        ruleId: str(rows[o + F.ruleId]!),
        severity: str(rows[o + F.severity]!) as Finding['severity'],
        messageId: str(rows[o + F.messageId]!),
        message: str(rows[o + F.message]!),
        location: locations[rows[o + F.location]!]!,
        resource: str(rows[o + F.resource]!),
        format: str(rows[o + F.format]!) as Finding['format'],
        related: extra?.related?.length ? extra.related : NO_RELATED,
        fix: rows[o + F.fix] !== NONE ? this.fix(str(rows[o + F.fix]!)) : undefined,
        edit:
          editFile !== NONE
            ? {
                file: str(editFile),
                startLine: rows[o + F.editStartLine]!,
                endLine: rows[o + F.editEndLine]!,
                replacement: str(rows[o + F.editReplacement]!),
                description: str(rows[o + F.editDescription]!),
              }
            : undefined,
        fingerprint: fingerprint(i),
        suppressed: rows[o + F.suppressed] === 1,
        suppression: extra?.suppression,
      }
    }
    const urows = wire.unknowns
    const unknowns: UnknownResult[] = new Array(urows.length / U.stride)
    for (let i = 0, o = 0; o < urows.length; i++, o += U.stride) {
      unknowns[i] = {
        ruleId: str(urows[o + U.ruleId]!),
        message: str(urows[o + U.message]!),
        why: str(urows[o + U.why]!),
        location: locations[urows[o + U.location]!]!,
        resource: str(urows[o + U.resource]!),
        fingerprint: fingerprint(findings.length + i),
      }
    }
    return { ...wire.rest, findings, unknowns }
  }

  private fix(json: string): FixIntent {
    let fix = this.fixes.get(json)
    if (fix === undefined) {
      fix = deepFreeze(JSON.parse(json) as FixIntent)
      this.fixes.set(json, fix)
    }
    return fix
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/**
 * A fingerprint is 24 hex digits (src/engine/fingerprint.ts): three 32-bit words here instead of a
 * string of ~40 bytes and its slot. The main thread holds every finding's until the workers are
 * done, 262,000 of them on the 98 MB memory probe. Anything else travels as text, by index.
 */
export interface Fingerprints {
  words: Int32Array
  other: [number, string][]
}

const FINGERPRINT = /^[0-9a-f]{24}$/

class FingerprintWriter {
  private readonly words: Int32Array
  private readonly other: [number, string][] = []

  /** `words`: three per fingerprint, zeroed. */
  constructor(words: Int32Array) {
    this.words = words
  }

  add(i: number, fingerprint: string): void {
    if (!FINGERPRINT.test(fingerprint)) {
      this.other.push([i, fingerprint])
      return
    }
    for (let k = 0; k < 3; k++) this.words[i * 3 + k] = Number.parseInt(fingerprint.slice(k * 8, k * 8 + 8), 16) | 0
  }

  done(): Fingerprints {
    return { words: this.words, other: this.other }
  }
}

function fingerprintReader({ words, other }: Fingerprints): (i: number) => string {
  const text = new Map(other)
  // One flat string: three joined pieces would make a rope that outweighs the text it holds.
  const bytes = Buffer.allocUnsafe(12)
  return (i) => {
    const known = text.get(i)
    if (known !== undefined) return known
    for (let k = 0; k < 3; k++) bytes.writeInt32BE(words[i * 3 + k]!, k * 4)
    return bytes.toString('hex')
  }
}
