/**
 * `fs.mkdir(dir, { recursive: true })` without its endless loop. On Node 20 it never returns for a
 * folder the kernel refuses with ENOENT although its parent exists (anything under `/proc`):
 * `sarif-file: /proc/x/s3-gate.sarif` held the job, at full CPU, until its six-hour limit. Here
 * each missing folder is made once, from the top down, and the first refusal is thrown.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = []
  for (let d = path.resolve(dir); ;) {
    const stat = await fs.stat(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined
      throw e
    })
    if (stat) break
    missing.push(d)
    const parent = path.dirname(d)
    if (parent === d) break
    d = parent
  }
  for (const d of missing.reverse()) {
    // EEXIST: made meanwhile, or a link to nothing (the next folder then fails with ENOENT).
    await fs.mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e
    })
  }
}
