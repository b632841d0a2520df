import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Tests make hundreds of temporary trees (and end-to-end runs make repositories and clones).
// Pointing TMPDIR at one folder per test run, removed at the end, keeps a CI runner or a
// developer's /tmp from collecting tens of thousands of them; child processes inherit it.
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-tests-'))
  const previous = process.env.TMPDIR
  process.env.TMPDIR = root
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    if (!process.env.S3_GATE_KEEP_TEST_TMP) fs.rmSync(root, { recursive: true, force: true })
  }
}
