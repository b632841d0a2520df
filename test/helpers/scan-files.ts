import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeScanOptions, type ScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'
import { recordingLogger } from '../../src/logger.js'

/** Writes `files` (relative path → content) into a fresh temp dir. */
export function writeTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-test-'))
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel)
    fs.mkdirSync(path.dirname(abs), { recursive: true })
    fs.writeFileSync(abs, content)
  }
  return dir
}

/** Scans the given files in-process (no workers) with `cwd` at the temp dir. */
export async function scanFiles(
  files: Record<string, string | Buffer>,
  options: Partial<ScanOptions> = {},
): Promise<ScanResult & { dir: string }> {
  const dir = writeTree(files)
  const result = await scan(
    makeScanOptions({ cwd: dir, paths: ['.'], workers: 0, now: new Date('2026-11-28T00:00:00Z'), ...options }),
    recordingLogger(),
  )
  return { ...result, dir }
}

/** The active (unsuppressed) findings as `ruleId@line`, for compact assertions. */
export function hits(result: ScanResult, ruleId?: string): string[] {
  return result.findings.filter((f) => !f.suppressed && (!ruleId || f.ruleId === ruleId)).map((f) => `${f.ruleId}@${f.location.line}`)
}
