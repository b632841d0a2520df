/**
 * Red team: `fs.mkdir(…, { recursive: true })` never returns on Node 20 for a folder under /proc,
 * and the action made the SARIF and results files' folders with it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeFolders } from '../../src/make-folders.js'

describe('makeFolders', () => {
  it('makes the missing folders of a path, and takes one that exists', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-make-folders-'))
    await makeFolders(path.join(dir, 'a', 'b', 'c'))
    expect(fs.statSync(path.join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true)
    await makeFolders(path.join(dir, 'a', 'b', 'c'))
    await makeFolders(dir)
    fs.writeFileSync(path.join(dir, 'file'), '')
    await expect(makeFolders(path.join(dir, 'file', 'x'))).rejects.toMatchObject({ code: 'ENOTDIR' })
    fs.symlinkSync(path.join(dir, 'nowhere', 'deeper'), path.join(dir, 'dangling'))
    await expect(makeFolders(path.join(dir, 'dangling', 'x'))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it.runIf(process.platform === 'linux')('refuses a folder under /proc at once instead of spinning for ever', async () => {
    const t0 = Date.now()
    await expect(makeFolders('/proc/s3-gate-nope/deeper')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(Date.now() - t0).toBeLessThan(5_000)
  })
})
