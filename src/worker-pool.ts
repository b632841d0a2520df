/**
 * Runs scan units on worker threads when there is enough input to pay for them (each worker
 * loads the bundle once, ~50–100 ms). Works only from the bundled `.js` file, whose own module
 * doubles as the worker script; from TypeScript sources (tests) units run in-process.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { processUnit, type UnitJob, type UnitResult } from './process-unit.js'
import type { ScanUnit } from './parsers/types.js'

const ROLE = 's3-gate-worker'

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
 * template does not finish last on an otherwise idle pool.
 */
export async function runUnits(units: ScanUnit[], job: UnitJob, workers: number, entryUrl: string | undefined): Promise<UnitResult[]> {
  if (workers <= 0 || !entryUrl) return units.map((u) => processUnit(u, job))
  const results: UnitResult[] = new Array(units.length)
  const order = units.map((u, i) => ({ i, bytes: u.files.reduce((n, f) => n + f.size, 0) })).sort((a, b) => b.bytes - a.bytes)
  let next = 0
  const script = fileURLToPath(entryUrl)
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(script, { workerData: { role: ROLE, job } })
          const feed = () => {
            const item = order[next++]
            if (!item) {
              void w.terminate().then(() => resolve())
              return
            }
            w.postMessage({ index: item.i, unit: units[item.i] })
          }
          w.on('message', (msg: { index: number; result?: UnitResult; error?: string }) => {
            if (msg.error) {
              // A crash in one unit must not lose the others: run it again in-process for a proper error.
              try {
                results[msg.index] = processUnit(units[msg.index]!, job)
              } catch (e) {
                reject(e)
                return
              }
            } else results[msg.index] = msg.result!
            feed()
          })
          w.on('error', reject)
          feed()
        }),
    ),
  )
  return results
}
