/** Runs the real scan on files written to a temporary directory, the way the CLI does. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { EMPTY_CONFIG, type GateConfig } from '../../src/config/types.js'
import type { Finding } from '../../src/engine/finding.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { plugins } from '../../src/parsers/registry.js'
import { scan } from '../../src/scan.js'
import type { ScanResult } from '../../src/scan-result.js'

/** The file an example of each format is written to. */
export const EXAMPLE_FILE: Record<string, string> = { cloudformation: 'template.yaml', terraform: 'main.tf' }

/** Formats whose plugin is registered, so that their examples can run. */
export function registeredFormats(): string[] {
  return [...new Set(plugins.map((p) => p.format))].filter((f) => f in EXAMPLE_FILE)
}

export interface ScanTextOptions {
  config?: Partial<GateConfig>
  now?: Date
}

/** Writes `files` (relative path → text) to a fresh directory and scans it. */
export async function scanFiles(files: Record<string, string>, options: ScanTextOptions = {}): Promise<ScanResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rules-'))
  try {
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(dir, rel)
      fs.mkdirSync(path.dirname(abs), { recursive: true })
      fs.writeFileSync(abs, text)
    }
    const config: GateConfig = { ...EMPTY_CONFIG, profile: 'strict', ...options.config }
    return await scan(
      makeScanOptions({ cwd: dir, paths: ['.'], config, workers: 0, now: options.now ?? new Date('2026-06-01T00:00:00Z') }),
      silentLogger,
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export function findingsOf(result: ScanResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId)
}

/** The shape tests assert: message id, line and column, never prose. */
export function shape(f: Finding): { messageId: string; line: number; column: number; resource: string } {
  return { messageId: f.messageId, line: f.location.line, column: f.location.column, resource: f.resource }
}
