/**
 * Runs scan units on worker threads when there is enough input to pay for them (each worker
 * loads the bundle once, ~50–100 ms). Works only from the bundled `.js` file, whose own module
 * doubles as the worker script; from TypeScript sources (tests) units run in-process.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'
import { isMainThread, parentPort, Worker, workerData, type ResourceLimits } from 'node:worker_threads'
import { processUnit, type UnitJob, type UnitResult } from './process-unit.js'
import type { ScanUnit } from './parsers/types.js'
import { ScanFindingsCap, unreportedUnit } from './scan-findings-cap.js'
import { formatOfPlugin, loadPlugins } from './parsers/registry.js'
import { shareStrings, StringPool } from './share-strings.js'
import { WireDecoder, WireEncoder, wireCount, type WireResult } from './unit-wire.js'
import { RowArena } from './row-arena.js'
import { COLLECT_AFTER_FINDINGS, collectGarbage } from './collect-garbage.js'

const ROLE = 's3-gate-worker'

/**
 * A worker needs a few tens of MB for a typical template and ~150 MB for a 5 MB one. Without a
 * cap, V8 sizes each worker's heap like a whole process's and collects garbage late, so two
 * workers held ~400 MB of mostly garbage. The old generation is capped at 256 MB unless the
 * largest unit needs more (`workerLimits`): under a lower cap V8 starts marking earlier, which
 * took the peak on the CloudFormation corpora from ~395 to ~360 MB (85 MB) and ~410 to ~375 MB
 * (137 MB) at the same speed, against a 1 GB cap. A unit that outgrows its worker runs again in
 * the main thread.
 * The young generation is pinned at 48 MB, Node 20's default: Node 24's V8 sizes it far larger,
 * which on the 137 MB benchmark corpus took peak RSS from ~550 to ~750 MB for ~15 % less time.
 * A 16 MB cap saved only ~20 MB more on Node 20 and cost ~15 % wall-clock in more scavenges.
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 }

/**
 * The main thread takes units below this size from the small end while the workers take the
 * largest first: its heap has no cap, so a big unit there could not be contained.
 */
const MAIN_UNIT_BYTES = 256 * 1024
/** The main thread yields this often, so that workers are fed and their results taken in. */
const MAIN_SLICE_MS = 10
/**
 * Units sent to a worker before it answers: two keep it busy while the main thread only files
 * results; six cover a main thread busy with a unit of its own.
 */
const IN_FLIGHT = 2
const IN_FLIGHT_WHILE_MAIN_HELPS = 6
/**
 * The old generation grows to 1.2× what survived the last full collection before the next one,
 * in every isolate of the process. V8's own factor for a heap without a cap (the main thread's)
 * goes up to 4×: with the main thread scanning too, its heap held ~120 MB of garbage at the peak.
 * Measured on the 98 MB memory probe, Node 20 (Node 24), main thread and one worker: peak
 * 397 → 324 MB (609 → 498 MB) for 9.5 → 9.7 s (6.9 → 7.1 s) at 1.3×. With pretenuring off (below)
 * a full collection finds far less garbage and costs less: 1.3× → 1.2× then took the probe from
 * 293–301 to 276–277 MB (Node 24: 428 → 409–412 MB) and the mixed 5,000-file monorepo from
 * 297–299 to 277–281 MB, at the same wall-clock within the noise of three alternating runs
 * (8.3–8.7 s against 8.6–9.3 s; CloudFormation 5,000 templates 10.9–11.8 s against 10.9–12.1 s).
 * The main thread scanning alone (Terraform on two cores) let ~300 MB of garbage pile up before
 * its first full collection: 40,000 `.tf` files (70 MB), Node 20, peak 742 → 415–433 MB at the same
 * wall-clock (35.9 against 36.6 s); 5,000 files, three alternating runs, 4.78–5.27 s against
 * 4.91–5.21 s and 169–172 MB against 176–180 MB.
 */
const HEAP_GROWING_PERCENT = 20

/**
 * V8 pretenures an allocation site once most of its objects survive a scavenge: it then allocates
 * them straight in the old generation. A unit's model lives through the unit's rules, so its
 * sites (buckets, parse nodes, locations) qualify; but the next unit's models are garbage a few
 * milliseconds later, and the scavenger cannot see that an old object is dead, so everything young
 * they point to survives and is promoted in turn, until a full collection. Measured with
 * `--trace-gc-nvp` on the 3,583 templates of the memory probe under 256 KB, in process: 386 MB
 * promoted and 913 ms of scavenges with pretenuring, 33 MB and 286 ms without. Whole CLI, Node 20:
 * CloudFormation 5,000 templates 14.2–15.8 s and 332–343 MB → 10.8–11.2 s and 314–318 MB; memory
 * probe 9.5 → 8.1 s; Terraform 5,000 files 2.11–2.13 → 1.99–2.01 s; output identical. The flag is
 * process-wide (workers included) and read when V8 weighs the feedback, so setting it at run time
 * takes effect.
 */
function tuneCollector(mainScans: boolean): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring')
  if (mainScans) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

/**
 * Findings a scan on the main thread alone holds as they are before it keeps results as rows with
 * shared strings (`runInMainThread`). Sharing hashes every message and edit, which costs more than
 * the memory it saves on a scan of this size:
 * Terraform, 5,000 files, 44,600 findings, five alternating runs under load: fastest run
 * 2.73 → 2.43 s, median user CPU 3.93 → 3.59 s, peak RSS 157 → 168 MB.
 */
const SHARE_AFTER_FINDINGS = 100_000
/**
 * Input past which the main thread keeps results as rows from the first finding: the first
 * `SHARE_AFTER_FINDINGS` findings kept as objects held slices of their sources, and so the texts
 * of the first quarter of a 70 MB Terraform tree, until the scan ended.
 */
const SHARE_ALL_AFTER_BYTES = 32 * 1024 * 1024

const unitBytes = (u: ScanUnit) => u.files.reduce((n, f) => n + f.size, 0)

/**
 * Heap per MB of a unit's input, with room to spare: the 5 MB template peaks at ~145 MB of heap,
 * a 25 MB `terraform show -json` plan at ~800 MB.
 */
const HEAP_MB_PER_INPUT_MB = 48
const MAX_OLD_GENERATION_MB = 1024

/** `WORKER_LIMITS`, with room for the largest unit, so that a big file is not processed twice. */
export function workerLimits(units: readonly ScanUnit[]): ResourceLimits {
  const largestMb = units.reduce((n, u) => Math.max(n, unitBytes(u)), 0) / (1024 * 1024)
  const needed = Math.ceil(largestMb * HEAP_MB_PER_INPUT_MB)
  const old = Math.min(MAX_OLD_GENERATION_MB, Math.max(WORKER_LIMITS.maxOldGenerationSizeMb!, needed))
  return { ...WORKER_LIMITS, maxOldGenerationSizeMb: old }
}

/** True inside a worker started by this pool; the entry point must then call `serveUnits()`. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE
}

export function serveUnits(): void {
  const job = (workerData as { job: UnitJob }).job
  const encoder = new WireEncoder()
  // `processUnit` is synchronous: units never interleave, whichever reader they waited for.
  const serve = async (msg: { index: number; unit: ScanUnit }) => {
    let wire: WireResult
    try {
      await loadPlugins([msg.unit.plugin])
      wire = encoder.encode(processUnit(msg.unit, job))
    } catch (e) {
      parentPort!.postMessage({ index: msg.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) })
      return
    }
    parentPort!.postMessage({ index: msg.index, wire })
  }
  parentPort!.on('message', (msg: { index: number; unit: ScanUnit }) => void serve(msg))
}

/** A unit's result as held until the scan ends: decoded, or rows decoded on demand. */
type Held = UnitResult | (() => UnitResult)

/** A result kept, with its number of findings and unknowns. */
interface Kept {
  held: Held
  count: number
}

const keptAsIs = (r: UnitResult): Kept => ({ held: r, count: r.findings.length + r.unknowns.length })

/** A worker's result, still as rows; moved into `arena` when given (see src/row-arena.ts). */
function keptWire(wire: WireResult, decoder: WireDecoder, arena?: RowArena): Kept {
  if (arena) {
    wire.locations = arena.copy(wire.locations)
    wire.findings = arena.copy(wire.findings)
    wire.unknowns = arena.copy(wire.unknowns)
    wire.fingerprints.words = arena.copy(wire.fingerprints.words)
  }
  return { held: decoder.receive(wire), count: wireCount(wire) }
}

const NO_ROWS = new Int32Array(0)

/**
 * A copy of the message's strings and objects, its rows shared: `structuredClone` of a view into
 * an arena chunk copies the whole chunk.
 */
function copyStrings(wire: WireResult): WireResult {
  const { locations, findings, unknowns } = wire
  const words = wire.fingerprints.words
  const copy = structuredClone({
    ...wire,
    locations: NO_ROWS,
    findings: NO_ROWS,
    unknowns: NO_ROWS,
    fingerprints: { ...wire.fingerprints, words: NO_ROWS },
  })
  return { ...copy, locations, findings, unknowns, fingerprints: { ...copy.fingerprints, words } }
}

/**
 * A unit the main thread scanned is kept the workers' way too: as rows, and copied, so that no
 * string of it keeps its unit's whole source text alive (a name sliced from a template holds all
 * of it). A result that cannot be encoded (a worker's would have come back as an error and been
 * rerun in the main thread) is kept as it is; one that cannot be copied, uncopied, since the
 * decoder must still take in the words the encoder numbered for it.
 */
export function keepMainThreadResult(result: UnitResult, encoder: WireEncoder, decoder: WireDecoder, pool: StringPool): () => UnitResult {
  return keepMainThread(result, encoder, decoder, pool).held as () => UnitResult
}

function keepMainThread(result: UnitResult, encoder: WireEncoder, decoder: WireDecoder, pool: StringPool): Kept {
  let wire: WireResult
  try {
    wire = encoder.encode(result)
  } catch {
    const kept = shareStrings(result, pool)
    return { held: () => kept, count: keptAsIs(kept).count }
  }
  let copy = wire
  try {
    copy = copyStrings(wire)
  } catch {
    // Kept uncopied.
  }
  return keptWire(copy, decoder)
}

/**
 * The results of a scan's units as they come in, any order, under `limits.maxScanFindings`
 * (src/scan-findings-cap.ts): a unit let go is replaced at once by its unreported stand-in, so
 * that its findings are garbage.
 */
class HeldResults {
  private readonly results: (Held | undefined)[]
  private readonly cap: ScanFindingsCap
  private readonly unreported: (i: number) => void
  /** Findings and unknowns put, whether or not let go since. */
  private count = 0

  constructor(units: readonly ScanUnit[], max: number) {
    this.results = new Array(units.length)
    this.unreported = (i) => void (this.results[i] = unreportedUnit(units[i]!, formatOfPlugin(units[i]!.plugin), max))
    this.cap = new ScanFindingsCap(max, this.unreported)
  }

  put(i: number, kept: Kept): void {
    this.results[i] = kept.held
    this.count += kept.count
    this.cap.admit(i, kept.count)
  }

  /**
   * False, with the unit's result already in place, for a unit planned after one whose findings are
   * not reported: it would not be reported either, so it is not processed.
   */
  wanted(i: number): boolean {
    if (!this.cap.past(i)) return true
    this.unreported(i)
    return false
  }

  /** Every result, decoded in place, so that each message is garbage as soon as its unit is decoded. */
  take(): UnitResult[] {
    const results = this.results
    // The scanning's garbage gone first, the decoded findings take its room instead of new pages;
    // then the rows' (see src/collect-garbage.ts).
    const large = this.count > COLLECT_AFTER_FINDINGS
    if (large) collectGarbage()
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!
      if (typeof r === 'function') results[i] = r()
    }
    if (large) collectGarbage()
    return results as UnitResult[]
  }
}

/**
 * Every unit in the main thread, in order. Past `rowsAfter` findings, results are kept as rows and
 * copied, as the main thread's are beside workers: as decoded objects, their messages were ropes
 * over names sliced from the source and kept every file's text alive. 40,000 `.tf` files (70 MB),
 * 386,000 findings: live heap after the scan 245 → 190 MB.
 */
export function runInMainThread(
  units: readonly ScanUnit[],
  job: UnitJob,
  pool: StringPool,
  rowsAfter = SHARE_AFTER_FINDINGS,
): UnitResult[] {
  let held = 0
  const encoder = new WireEncoder(undefined, new RowArena())
  const decoder = new WireDecoder(pool)
  const results = new HeldResults(units, job.limits.maxScanFindings)
  units.forEach((unit, i) => {
    if (!results.wanted(i)) return
    const result = processUnit(unit, job)
    held += result.findings.length
    results.put(i, held > rowsAfter ? keepMainThread(result, encoder, decoder, pool) : keptAsIs(result))
  })
  return results.take()
}

/**
 * How many worker threads to start, and whether the main thread scans too. On two cores the main
 * thread and one worker beat two workers with an idle main thread on both counts: fewer isolates
 * whose heaps and collector threads compete for the same memory and cores (CloudFormation memory
 * probe, 98 MB, alternating runs: 11.7–12.2 s and 351–367 MB against 10.7–11.5 s and 294–317 MB
 * on Node 20; 8.0–8.6 s and 511–518 MB against 7.2–7.7 s and 478–492 MB on Node 24).
 *
 * Terraform source on two cores is the exception: the main thread scans it alone. Its evaluation
 * keeps V8's collector threads busy on the second core, so a second thread does not pay, and a
 * worker costs more than it gives: its start, its own heap, and sending every result across.
 * 5,000 `.tf` files (8.5 MB), three runs each, one worker against the main thread alone: Node 20
 * 3.13–3.20 s and 184–198 MB against 2.10–2.32 s and 182–202 MB; Node 24 2.51–2.94 s and
 * 245–262 MB against 2.19–2.45 s and 314–357 MB (Node 24 gives the main thread a young generation
 * of up to 128 MB). With more cores Terraform counts like the rest.
 */
export function autoPool(units: readonly ScanUnit[], entryUrl: string | undefined, cores = os.availableParallelism()): PoolSize {
  if (!entryUrl || !entryUrl.endsWith('.js')) return { workers: 0, mainHelps: false }
  const large = (some: readonly ScanUnit[]) => some.length >= 8 && some.reduce((n, u) => n + unitBytes(u), 0) >= 4 * 1024 * 1024
  if (!large(units)) return { workers: 0, mainHelps: false }
  if (cores <= 2 && !large(units.filter((u) => u.plugin !== 'terraform'))) return { workers: 0, mainHelps: false }
  return { workers: Math.max(1, Math.min(cores - 1, 4, units.length)), mainHelps: true }
}

export interface PoolSize {
  workers: number
  /** The main thread scans small units while the workers scan the large ones. */
  mainHelps: boolean
}

/** The most worker threads a scan starts, whatever `--workers` asks for. */
export const MAX_WORKERS = 64

/**
 * Processes every unit; results come back in input order. Largest units go first so that one big
 * template does not finish last on an otherwise idle pool. A worker that dies (out of memory on a
 * huge file, say) costs only its current unit a rerun in the main thread; a fresh worker takes
 * its place. Should two workers in a row die before finishing anything (and not for lack of
 * memory), that slot's share runs in the main thread rather than starting a worker per unit.
 */
export async function runUnits(
  units: ScanUnit[],
  job: UnitJob,
  requestedWorkers: number,
  entryUrl: string | undefined,
  limits: ResourceLimits = workerLimits(units),
  mainHelps = false,
): Promise<UnitResult[]> {
  // A worker beyond one per unit would only start and stop, and `--workers 100000` started them
  // all: minutes and a gigabyte before the first unit was scanned.
  const workers = Math.min(requestedWorkers, units.length, MAX_WORKERS)
  tuneCollector(mainHelps || workers <= 0 || !entryUrl)
  const pool = new StringPool()
  const inProcess = (unit: ScanUnit) => shareStrings(processUnit(unit, job), pool)
  if (workers <= 0 || !entryUrl)
    return runInMainThread(units, job, pool, units.reduce((n, u) => n + unitBytes(u), 0) > SHARE_ALL_AFTER_BYTES ? 0 : SHARE_AFTER_FINDINGS)
  const script = fileURLToPath(entryUrl)
  // Results stay as received until every worker is done (see WireDecoder.receive).
  const results = new HeldResults(units, job.limits.maxScanFindings)
  const arena = new RowArena()
  const order = units
    .map((u, i) => ({ i, bytes: unitBytes(u) }))
    .sort((a, b) => b.bytes - a.bytes)
    .map((o) => o.i)
  // Workers take from the front of `order`, the main thread from the back.
  let next = 0
  let last = order.length - 1
  // Units a dead worker had been sent but not started: the next worker takes them first.
  const returned: number[] = []
  const takeAny = (): number | undefined => returned.pop() ?? (next <= last ? order[next++] : undefined)
  const take = (): number | undefined => {
    for (let i = takeAny(); i !== undefined; i = takeAny()) if (results.wanted(i)) return i
    return undefined
  }
  const takeSmall = (): number | undefined => {
    while (next <= last && unitBytes(units[order[last]!]!) < MAIN_UNIT_BYTES) {
      const i = order[last--]!
      if (results.wanted(i)) return i
    }
    return undefined
  }
  const remaining = () => returned.length > 0 || next <= last
  const inFlightTarget = mainHelps ? IN_FLIGHT_WHILE_MAIN_HELPS : IN_FLIGHT
  // `failedStarts`: workers in a row in this slot that died before finishing a unit.
  const slot = (failedStarts: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData: { role: ROLE, job }, resourceLimits: limits })
      const decoder = new WireDecoder(pool)
      // Units sent and not yet answered, so that a worker starts its next unit while the main
      // thread still receives the last one's findings (or scans a unit of its own).
      const inFlight = new Set<number>()
      let done = 0
      let gone = false
      const feed = () => {
        const i = take()
        if (i !== undefined) {
          inFlight.add(i)
          w.postMessage({ index: i, unit: units[i] })
        } else if (inFlight.size === 0) {
          gone = true
          void w.terminate().then(() => resolve())
        }
      }
      const died = (why: string, outOfMemory = false) => {
        if (gone) return
        gone = true
        try {
          // A worker takes its messages in order: the first unit in flight is the one it died on.
          const [current, ...queued] = inFlight
          if (current !== undefined && results.wanted(current)) {
            const r = inProcess(units[current]!)
            r.debug.push(`worker ${why} on ${units[current]!.id}; processed in the main thread instead`)
            results.put(current, keptAsIs(r))
          }
          returned.push(...queued.reverse())
          // Out of memory is the unit's doing, not a sign that workers cannot start.
          const failed = done === 0 && !outOfMemory ? failedStarts + 1 : 0
          if (failed >= 2) {
            for (let i = take(); i !== undefined; i = take()) results.put(i, keptAsIs(inProcess(units[i]!)))
            resolve()
          } else if (!remaining()) resolve()
          else slot(failed).then(resolve, reject)
        } catch (e) {
          reject(e)
        }
      }
      w.on('message', (msg: { index: number; wire?: WireResult; error?: string }) => {
        inFlight.delete(msg.index)
        done++
        feed()
        try {
          // A throw in one unit must not lose the others: run it again in-process for a proper error.
          results.put(msg.index, msg.error ? keptAsIs(inProcess(units[msg.index]!)) : keptWire(msg.wire!, decoder, arena))
        } catch (e) {
          gone = true
          void w.terminate()
          reject(e)
        }
      })
      w.on('error', (e: Error & { code?: string }) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? died('ran out of memory', true) : died(`failed (${e.message})`),
      )
      w.on('exit', (code) => died(`exited with code ${code}`))
      for (let k = 0; k < inFlightTarget; k++) feed()
    })
  const helpInMainThread = async () => {
    const encoder = new WireEncoder(undefined, arena)
    const decoder = new WireDecoder(pool)
    for (;;) {
      const until = performance.now() + MAIN_SLICE_MS
      do {
        const i = takeSmall()
        if (i === undefined) return
        results.put(i, keepMainThread(processUnit(units[i]!, job), encoder, decoder, pool))
      } while (performance.now() < until)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  await Promise.all([...Array.from({ length: workers }, () => slot(0)), ...(mainHelps ? [helpInMainThread()] : [])])
  return results.take()
}
