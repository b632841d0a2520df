/** Reads cases of the shared peer corpus (../shared/corpus) and scans them with the real scan. */
import fs from 'node:fs'
import path from 'node:path'
import { plugins } from '../../src/parsers/registry.js'
import type { ScanResult } from '../../src/scan-result.js'
import { scanFiles } from '../rules/helpers.js'

export const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus')
export const hasCorpus = fs.existsSync(path.join(corpusDir, 'manifest.json'))
export const hasTerraform = plugins.some((p) => p.format === 'terraform')

export interface CorpusCase {
  id: string
  format: 'cloudformation' | 'terraform'
  files: string[]
  expect: { concept: string; resource: string; line: number | null }[]
  notes?: string[]
}

let manifest: CorpusCase[] | undefined
export function corpusCase(id: string): CorpusCase {
  manifest ??= JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as CorpusCase[]
  const c = manifest.find((x) => x.id === id)
  if (!c) throw new Error(`no corpus case ${id}`)
  return c
}

/** Scans one case's files (copied with their corpus paths), under the default profile unless told. */
export async function scanCase(id: string, profile: 'baseline' | 'default' | 'strict' = 'default'): Promise<ScanResult> {
  const c = corpusCase(id)
  const files: Record<string, string> = {}
  for (const f of c.files) files[f] = fs.readFileSync(path.join(corpusDir, f), 'utf8')
  return scanFiles(files, { config: { profile } })
}

/** `ruleId resource line` of the unsuppressed findings of the given rules, sorted. */
export function summary(result: ScanResult, ...ruleIds: string[]): string[] {
  return result.findings
    .filter((f) => !f.suppressed && ruleIds.includes(f.ruleId))
    .map((f) => `${f.ruleId} ${f.resource} ${f.location.line}`)
    .sort()
}
