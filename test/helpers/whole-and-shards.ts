/** A scan of a tree whole, and in two shards merged as a merge job reads them. */
import { expect } from 'vitest'
import { mergeScanResults } from '../../src/merge/merge-scans.js'
import { validateCliJson } from '../../src/merge/read-shards.js'
import { renderJson } from '../../src/report/render/json.js'
import { VERSION } from '../../src/version.js'
import { scanFiles } from './scan-files.js'

/**
 * Scans `files` whole and in two shards merged through the JSON a shard job uploads (validated as
 * untrusted input), and checks that both give the same findings, unknowns and counts.
 */
export async function scanWholeAndInShards(files: Record<string, string>) {
  const whole = await scanFiles(files)
  const parts = []
  for (const index of [1, 2]) {
    const r = await scanFiles(files, { shard: { index, count: 2 } })
    parts.push({ source: `s${index}.json`, result: validateCliJson(JSON.parse(renderJson(r))) })
  }
  const merged = mergeScanResults(parts, VERSION)
  const key = (x: { ruleId: string; location: { file: string; line: number }; fingerprint: string }) =>
    `${x.ruleId}@${x.location.file}:${x.location.line}:${x.fingerprint}`
  expect(merged.findings.map(key)).toEqual(whole.findings.map(key))
  expect(merged.unknowns.map(key)).toEqual(whole.unknowns.map(key))
  const counts = ({ stats: { files, bytes, units, buckets } }: { stats: typeof whole.stats }) => ({ files, bytes, units, buckets })
  expect(counts(merged)).toEqual(counts(whole))
  return { whole, parts, merged }
}
