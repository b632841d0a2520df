/**
 * Merges the action's per-shard results files (`mode: scan` with `shard: i/n`) into the one
 * results document an unsharded `mode: scan` would have written: the head findings of all shards,
 * the base findings of all shards (each shard scanned its part of the merge base too), so the
 * comparison with the base is redone over the whole repository, never per shard.
 */
import type { BaselineStatus } from '../baseline/gate.js'
import type { UnseenAtBase } from '../baseline/unseen-cdk.js'
import type { LineMapEntry, ResultsDocument } from '../report/github/results-file.js'
import type { Finding } from '../engine/finding.js'
import { joinLinks, linkForeignPolicies } from '../cross-stack.js'
import { compareFindings, dropDuplicates } from '../scan.js'
import { checkShards, mergeScanResults, MergeError, type ShardRun } from './merge-scans.js'
import type { ShardFile } from './read-shards.js'

export interface MergeExpectations {
  /** The merging s3-gate's version: shards from another version are refused. */
  version: string
  /** `owner/repo` of the workflow run. */
  repository?: string
  /** The commit this run reports on (the pull request head): stale shards are refused. */
  headSha?: string
  /** The pull request this run is for, if any. */
  pullNumber?: number
}

/** The run a results file was written for, as `checkShards` compares them. */
export function runOfDocument(document: ResultsDocument): ShardRun {
  return {
    repository: document.repository,
    headSha: document.headSha,
    ...(document.pullRequest ? { pullRequest: document.pullRequest.number } : {}),
    pathPrefix: document.pathPrefix,
    ...(document.checkout !== undefined ? { checkout: document.checkout } : {}),
  }
}

export function mergeResultsDocuments(files: readonly ShardFile[], expect: MergeExpectations): ResultsDocument {
  const notDocs = files.filter((f) => !f.document)
  if (notDocs.length > 0) {
    throw new MergeError(
      `${notDocs[0]!.source} is not an s3-gate results file (\`mode: scan\` writes them with \`results-file\`); the CLI's JSON output carries no commit to check it against.`,
    )
  }
  for (const f of files) {
    if (f.document!.tool.version !== expect.version)
      throw new MergeError(
        `${f.source} was written by s3-gate ${f.document!.tool.version}, but this is ${expect.version}; run the shards and the merge with the same version (the same action ref).`,
      )
  }
  const shards = checkShards(
    files.map((f) => ({ ...f, run: f.run ?? runOfDocument(f.document!) })),
    expect.version,
  ) as ShardFile[]
  const docs = shards.map((s) => s.document!)
  const first = docs[0]!
  const same = (what: string, value: (d: ResultsDocument) => unknown) => {
    const want = JSON.stringify(value(first))
    const other = shards.find((s) => JSON.stringify(value(s.document!)) !== want)
    if (other) throw new MergeError(`${other.source} and ${shards[0]!.source} differ in ${what}; they are not shards of one scan.`)
  }
  // The repository, commit, pull request and folders were compared by `checkShards` (`ShardPart.run`).
  same('the pull request', (d) => d.pullRequest ?? null)
  same('the scanned paths and config', (d) => ({ paths: d.policy.paths, config: d.policy.config ?? null }))
  same('the tool version', (d) => d.tool.version)
  if (expect.repository && first.repository.toLowerCase() !== expect.repository.toLowerCase()) {
    throw new MergeError(`The shard results are for ${first.repository}, not ${expect.repository}; refusing to merge them.`)
  }
  if (expect.headSha && first.headSha !== expect.headSha) {
    throw new MergeError(
      `The shard results are for commit ${first.headSha.slice(0, 7)}, but this run is for ${expect.headSha.slice(0, 7)}; refusing to merge stale results.`,
    )
  }
  if (expect.pullNumber !== undefined && first.pullRequest && first.pullRequest.number !== expect.pullNumber) {
    throw new MergeError(
      `The shard results name pull request #${first.pullRequest.number}, not #${expect.pullNumber}; refusing to merge them.`,
    )
  }

  const baseline = mergeBaselines(docs.map((d) => d.baseline))
  const compared = baseline.state === 'compared'
  const unseen = docs.map((d) => d.unseenAtBase).filter((u): u is UnseenAtBase => u !== undefined)
  const lineMaps = mergeLineMaps(shards)
  return {
    schema: first.schema,
    tool: first.tool,
    repository: first.repository,
    headSha: first.headSha,
    ...(first.pullRequest ? { pullRequest: first.pullRequest } : {}),
    pathPrefix: first.pathPrefix,
    ...(first.checkout !== undefined ? { checkout: first.checkout } : {}),
    policy: first.policy,
    baseline,
    head: mergeScanResults(shards, expect.version),
    ...(compared ? { baseFindings: mergeBaseFindings(shards) } : {}),
    ...(compared && unseen.length
      ? {
          unseenAtBase: {
            changed: unseen.flatMap((u) => u.changed),
            unchanged: unseen.flatMap((u) => u.unchanged),
            untraced: unseen.flatMap((u) => u.untraced),
          },
        }
      : {}),
    ...(lineMaps.length ? { lineMaps } : {}),
  }
}

/**
 * The base findings one scan of the whole merge base gives, from each shard's slice of it: a module
 * that root modules in two shards call gives each shard the same finding (once, not a second copy
 * that the head lacks and so reads as fixed), and a bucket policy of one shard's template takes
 * the "no policy" findings of another shard's bucket, as the base scan's own linking does (the
 * head's are linked by `mergeScanResults`). Without it, every such finding of an unchanged tree
 * was listed as fixed, and one the pull request brings back by deleting the policy counted as
 * pre-existing rather than new.
 */
function mergeBaseFindings(shards: readonly ShardFile[]): Finding[] {
  const all: Finding[] = []
  for (const s of shards) for (const f of s.document!.baseFindings ?? []) all.push(f)
  const links = joinLinks(shards.map((s) => s.baseLinks))
  // The unknowns linking makes of the base findings are not kept: the base is compared by findings.
  const { findings } = linkForeignPolicies(dropDuplicates(all), [], links, (id) => id)
  return findings.sort(compareFindings)
}

/**
 * Each shard mapped the lines of the files it has findings in. A file two shards share (a local
 * Terraform module) was mapped from the same two commits, so both maps must agree.
 */
function mergeLineMaps(shards: readonly ShardFile[]): LineMapEntry[] {
  const byFile = new Map<string, { entry: LineMapEntry; source: string }>()
  for (const s of shards) {
    for (const entry of s.document!.lineMaps ?? []) {
      const known = byFile.get(entry.file)
      if (!known) byFile.set(entry.file, { entry, source: s.source })
      else if (JSON.stringify(known.entry) !== JSON.stringify(entry))
        throw new MergeError(`${s.source} and ${known.source} map the lines of ${entry.file} differently; they are not shards of one scan.`)
    }
  }
  return [...byFile.values()].map((v) => v.entry)
}

/**
 * Every shard compared with the same base, or the merged result is not compared at all: a base
 * seen by some shards only would make the others' findings look new.
 */
function mergeBaselines(list: BaselineStatus[]): BaselineStatus {
  const unavailable = list.find((b) => b.state === 'unavailable')
  if (unavailable) return unavailable
  const compared = list.filter((b): b is Extract<BaselineStatus, { state: 'compared' }> => b.state === 'compared')
  if (compared.length === list.length) {
    if (compared.every((b) => b.commit === compared[0]!.commit)) return compared[0]!
    return { state: 'unavailable', reason: 'the shards compared with different base commits' }
  }
  if (compared.length > 0) return { state: 'unavailable', reason: 'only some shards could compare with the merge base' }
  return list[0]!
}
