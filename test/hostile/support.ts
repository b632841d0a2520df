/** Helpers for the hostile-input tests: a scan in a memory-capped child process, and positions. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import type { ScanResult } from '../../src/scan-result.js'
import { CHILD_BUNDLE_ENV } from '../setup/child-bundle-env.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(here, '..', '..')

export interface ChildScan {
  ms: number
  /**
   * CPU time of the scan, all threads: what a bound on work should check. Wall-clock doubles or
   * triples when other test files share the cores, CPU time much less.
   */
  cpuMs: number
  maxRssMb: number
  files: number
  buckets: number
  findings: {
    ruleId: string
    file: string
    line: number
    column: number
    resourceChars: number
    messageChars: number
    suppressed: boolean
    /** Whether it carries a concrete edit (a suggestion). */
    edit: boolean
  }[]
  unknowns: number
  problems: { code: string; file: string; line: number; column: number; level: string; message: string }[]
}

/**
 * Scans `root` in a child process whose heap is capped at `heapMb`: a scan that needs more dies
 * (the promise rejects with its stderr), and one that runs longer than `timeoutMs` is killed.
 */
export function scanInChild(root: string, options: { heapMb: number; timeoutMs: number; limits?: object }): Promise<ChildScan> {
  return new Promise((resolve, reject) => {
    // The bundle the test run built (test/setup/child-bundle.ts), or the sources through tsx.
    const bundle = process.env[CHILD_BUNDLE_ENV]
    const script = bundle && fs.existsSync(bundle) ? [bundle] : ['--import', 'tsx', path.join(here, 'scan-in-child.ts')]
    const args = [`--max-old-space-size=${options.heapMb}`, ...script, root]
    if (options.limits) args.push(JSON.stringify(options.limits))
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve(JSON.parse(out) as ChildScan)
      else
        reject(
          new Error(
            `the scan ${signal === 'SIGKILL' ? `ran longer than ${options.timeoutMs} ms` : `died (exit ${code})`}: ${err.slice(-2000)}`,
          ),
        )
    })
  })
}

/** Every finding, unknown and problem names a file inside the root and a line and column ≥ 1. */
export function expectPositions(result: Pick<ScanResult, 'findings' | 'problems' | 'unknowns'>): void {
  const bad = [
    ...result.findings.map((f) => ({ what: f.ruleId, file: f.location.file, line: f.location.line, column: f.location.column })),
    ...result.unknowns.map((u) => ({ what: u.ruleId, file: u.location.file, line: u.location.line, column: u.location.column })),
    ...result.problems.map((p) => ({ what: p.code, file: p.file, line: p.line, column: p.column })),
  ].filter(
    (w) => !w.file || w.file === '.' || path.isAbsolute(w.file) || w.file.split('/').includes('..') || !(w.line >= 1) || !(w.column >= 1),
  )
  expect(bad).toEqual([])
}
