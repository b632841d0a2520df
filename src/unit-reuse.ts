/**
 * On a pull request the action scans two trees, the head and the merge base, and in a big
 * repository most units are the same in both. The head scan keeps each unit's result with what
 * the unit read (src/unit-inputs.ts); the base scan asks every one of those reads again in its
 * own tree and takes the head's result over when every answer is the same, instead of parsing
 * and evaluating the unit a second time. Asking again costs a read of each file, which is what
 * discovery and planning cost anyway: a tenth of processing the unit, or less.
 *
 * A unit is taken over only when nothing can tell the two scans apart for it: the same plan
 * (plugin, id, files and their sizes, planning data), the same settings (limits, severities,
 * rules, inline suppressions, date), the same scan roots relative to the working directory, and
 * the same answer to every read. Anything else is processed as usual.
 */
import path from 'node:path'
import type { ScanUnit } from './parsers/types.js'
import { indexSources } from './parsers/cdk/source-index.js'
import { moduleConfigFilesInside } from './parsers/terraform/module-files.js'
import { unitFileReader, type UnitJob, type UnitResult } from './process-unit.js'
import { listingDigest, relativePath, textDigest, type InputRecord } from './unit-inputs.js'
import { WireDecoder, WireEncoder, type WireResult } from './unit-wire.js'

/** Set to `1` and the action processes every unit of the merge base again (read by src/main.ts). */
export const NO_REUSE_ENV = 'S3_GATE_NO_REUSE'

interface KeptUnit {
  inputs: InputRecord[]
  take: () => UnitResult
}

/** What a scan does with a `UnitReuse`: keep its units' results, or take kept ones over. */
export interface ScanReuse {
  store: UnitReuse
  role: 'keep' | 'take'
}

export class UnitReuse {
  private readonly kept = new Map<string, KeptUnit>()
  private readonly encoder = new WireEncoder()
  // No pool: the head's findings hold these very strings until the action ends.
  private readonly decoder = new WireDecoder({ share: (s: string) => s })
  private context: string | undefined

  /** Units kept. */
  get size(): number {
    return this.kept.size
  }

  /**
   * Keeps the results of a scan's units (the scan ran with `job.recordInputs`), as rows over the
   * head's own strings: a full copy (`structuredClone` of the rows) took the 1,000-file monorepo's
   * pull request from 453 to 543 MB. A result without inputs (one that read something that cannot
   * be checked again, or a unit the scan did not report) is not kept.
   */
  keep(units: readonly ScanUnit[], results: readonly UnitResult[], job: UnitJob): void {
    this.context = contextKey(job)
    if (this.context === undefined) return
    units.forEach((unit, i) => {
      const result = results[i]
      const key = planKey(unit, job.cwd)
      if (!result?.inputs || key === undefined) return
      let wire: WireResult
      try {
        wire = this.encoder.encode(result)
      } catch {
        return
      }
      const take = this.decoder.receive(wire)
      try {
        // Its own copy of what a finding may share with the head's (related places, suppressions)
        // and of the rest of the result; the strings are immutable, and shared.
        wire.extras = structuredClone(wire.extras)
        wire.rest = structuredClone(wire.rest)
      } catch {
        return
      }
      this.kept.set(key, { inputs: result.inputs, take })
    })
  }

  /**
   * The kept results of `units` (by index) whose every input reads the same under `job`; each is
   * decoded afresh, so the caller may change it. Taken over at most once per kept unit.
   */
  takeOver(units: readonly ScanUnit[], job: UnitJob): Map<number, UnitResult> {
    const taken = new Map<number, UnitResult>()
    if (this.kept.size === 0 || this.context === undefined || contextKey(job) !== this.context) return taken
    const sources = lazySourceDigest(job)
    units.forEach((unit, i) => {
      const key = planKey(unit, job.cwd)
      const kept = key === undefined ? undefined : this.kept.get(key)
      if (!kept || !readsTheSame(kept.inputs, unit, job, sources)) return
      this.kept.delete(key!)
      const { findings, unknowns, inputs: _inputs, debug: _debug, ...rest } = kept.take()
      taken.set(i, { ...structuredClone(rest), debug: [], findings, unknowns })
    })
    return taken
  }
}

/** Findings and unknowns of results, counted as the scan's limit counts them. */
export function resultCount(results: readonly UnitResult[]): number {
  return results.reduce((n, r) => n + r.findings.length + r.unknowns.length, 0)
}

/** Does every read give the same answer for this unit under `job`? */
function readsTheSame(inputs: readonly InputRecord[], unit: ScanUnit, job: UnitJob, sources: () => string | undefined): boolean {
  let unreadable = false
  const read = unitFileReader(
    unit,
    job,
    () => {},
    () => void (unreadable = true),
  )
  for (const r of inputs) {
    const abs = path.resolve(job.cwd, r.path)
    const digest =
      r.kind === 'read'
        ? textDigest(read(abs))
        : r.kind === 'module-dir'
          ? listingDigest(moduleConfigFilesInside(abs, job.roots), job.cwd)
          : sources()
    if (unreadable || digest !== r.digest) return false
  }
  return true
}

/** The CDK source index of the scan, listed once and only when a unit asks for it. */
function lazySourceDigest(job: UnitJob): () => string | undefined {
  let digest: string | undefined | null = null
  return () => {
    if (digest === null) {
      const index = indexSources(job.roots)
      digest = index.truncated ? undefined : listingDigest(index.files, job.cwd)
    }
    return digest
  }
}

/**
 * Everything of a job a unit's result depends on besides its reads, with the roots relative to
 * the working directory; undefined when a root is outside it (it names another place from
 * another tree).
 */
function contextKey(job: UnitJob): string | undefined {
  const roots = job.roots.map((r) => relativePath(r, job.cwd))
  if (roots.some((r) => r === undefined)) return undefined
  const { roots: _roots, cwd: _cwd, recordInputs: _record, ...settings } = job
  return JSON.stringify({ roots, settings })
}

/**
 * The unit's plan, with absolute paths made relative to the working directory; undefined when
 * one is outside it. Planning's copies of the unit's texts (`data.texts` of a Terraform unit) are
 * left out: the unit logs them as reads when it takes them.
 */
function planKey(unit: ScanUnit, cwd: string): string | undefined {
  let outside = false
  const rel = (s: string) => {
    if (!path.isAbsolute(s)) return s
    const r = relativePath(s, cwd)
    if (r === undefined) outside = true
    return r ?? s
  }
  const plain = (v: unknown): unknown => {
    if (typeof v === 'string') return rel(v)
    if (Array.isArray(v)) return v.map(plain)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([k]) => k !== 'texts')
          .map(([k, x]) => [rel(k), plain(x)]),
      )
    return v
  }
  const key = JSON.stringify({
    plugin: unit.plugin,
    id: unit.id,
    shardKey: unit.shardKey,
    files: unit.files.map((f) => [rel(f.abs), f.rel, f.size]),
    data: plain(unit.data),
  })
  return outside ? undefined : key
}
