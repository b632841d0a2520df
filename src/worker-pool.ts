/**
 * Runs scan units on worker threads when there is enough input to pay for them (each worker
 * loads the bundle once, ~50–100 ms). Works only from the bundled `.js` file, whose own module
 * doubles as the worker script; from TypeScript sources (tests) units run in-process.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData, type ResourceLimits } from 'node:worker_threads'
import { processUnit, type UnitJob, type UnitResult } from './process-unit.js'
import type { ScanUnit } from './parsers/types.js'
import { shareStrings, StringPool } from './share-strings.js'

const ROLE = 's3-gate-worker'

/**
 * A worker needs a few tens of MB for a typical template and ~150 MB for a 5 MB one. Without a
 * cap, V8 sizes each worker's heap like a whole process's and collects garbage late, so two
 * workers held ~400 MB of mostly garbage. A unit that needs more runs again in the main thread.
 * The young generation is pinned at 48 MB, Node 20's default: Node 24's V8 sizes it far larger,
 * which on the 137 MB benchmark corpus took peak RSS from ~550 to ~750 MB for ~15 % less time.
 * A 16 MB cap saved only ~20 MB more on Node 20 and cost ~15 % wall-clock in more scavenges.
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 48 }

/** True inside a worker started by this pool; the entry point must then call `serveUnits()`. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE
}

export function serveUnits(): void {
  const job = (workerData as { job: UnitJob }).job
  parentPort!.on('message', (msg: { index: number; unit: ScanUnit }) => {
    let result: UnitResult
    try {
      result = processUnit(msg.unit, job)
    } catch (e) {
      parentPort!.postMessage({ index: msg.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) })
      return
    }
    parentPort!.postMessage({ index: msg.index, result })
  })
}

export function autoWorkerCount(units: readonly ScanUnit[], entryUrl: string | undefined): number {
  if (!entryUrl || !entryUrl.endsWith('.js')) return 0
  const bytes = units.reduce((n, u) => n + u.files.reduce((m, f) => m + f.size, 0), 0)
  if (units.length < 8 || bytes < 4 * 1024 * 1024) return 0
  return Math.max(0, Math.min(os.availableParallelism(), 4, units.length))
}

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
  workers: number,
  entryUrl: string | undefined,
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<UnitResult[]> {
  const pool = new StringPool()
  const inProcess = (unit: ScanUnit) => shareStrings(processUnit(unit, job), pool)
  if (workers <= 0 || !entryUrl) return units.map(inProcess)
  const results: UnitResult[] = new Array(units.length)
  const order = units.map((u, i) => ({ i, bytes: u.files.reduce((n, f) => n + f.size, 0) })).sort((a, b) => b.bytes - a.bytes)
  let next = 0
  const script = fileURLToPath(entryUrl)
  // `failedStarts`: workers in a row in this slot that died before finishing a unit.
  const slot = (failedStarts: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(script, { workerData: { role: ROLE, job }, resourceLimits: limits })
      let current: number | undefined
      let done = 0
      let gone = false
      const feed = () => {
        const item = order[next++]
        current = item?.i
        if (!item) {
          gone = true
          void w.terminate().then(() => resolve())
          return
        }
        w.postMessage({ index: item.i, unit: units[item.i] })
      }
      const died = (why: string, outOfMemory = false) => {
        if (gone) return
        gone = true
        try {
          if (current !== undefined) {
            const r = inProcess(units[current]!)
            r.debug.push(`worker ${why} on ${units[current]!.id}; processed in the main thread instead`)
            results[current] = r
          }
          // Out of memory is the unit's doing, not a sign that workers cannot start.
          const failed = done === 0 && !outOfMemory ? failedStarts + 1 : 0
          if (failed >= 2) {
            for (let item = order[next++]; item; item = order[next++]) results[item.i] = inProcess(units[item.i]!)
            resolve()
          } else if (next >= order.length) resolve()
          else slot(failed).then(resolve, reject)
        } catch (e) {
          reject(e)
        }
      }
      w.on('message', (msg: { index: number; result?: UnitResult; error?: string }) => {
        try {
          // A throw in one unit must not lose the others: run it again in-process for a proper error.
          results[msg.index] = msg.error ? inProcess(units[msg.index]!) : shareStrings(msg.result!, pool)
        } catch (e) {
          gone = true
          void w.terminate()
          reject(e)
          return
        }
        done++
        feed()
      })
      w.on('error', (e: Error & { code?: string }) =>
        e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? died('ran out of memory', true) : died(`failed (${e.message})`),
      )
      w.on('exit', (code) => died(`exited with code ${code}`))
      feed()
    })
  await Promise.all(Array.from({ length: workers }, () => slot(0)))
  return results
}
