import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runsInProcess } from '../../src/launch/small-scan.js'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-small-scan-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

/** A folder under the test root with `files` files of `bytes` bytes each (and optional extras). */
function tree(name: string, files: number, bytes: number, extra: (dir: string) => void = () => {}): string {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `t${i}.yaml`), 'x'.repeat(bytes))
  extra(dir)
  return dir
}

describe('runsInProcess: when the launcher skips its child', () => {
  it('runs a scan of a few small files in its own process, named or found in the working directory', () => {
    const dir = tree('few', 3, 200)
    expect(runsInProcess(['scan'], dir)).toBe(true)
    expect(runsInProcess(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir)).toBe(true)
    expect(runsInProcess(['scan', 't0.yaml', 't1.yaml'], dir)).toBe(true)
    expect(runsInProcess(['scan', '--config=none.yml', path.join(dir, 't2.yaml')], root)).toBe(true)
  })

  it('launches the child for a scan of many files, of large files, or of many folder entries', () => {
    expect(runsInProcess(['scan'], tree('many', 65, 10))).toBe(false)
    expect(runsInProcess(['scan'], tree('large', 1, 4 * 1024 * 1024 + 1))).toBe(false)
    const wide = tree('wide', 0, 0, (dir) => {
      for (let i = 0; i < 600; i++) fs.mkdirSync(path.join(dir, `d${i}`))
    })
    expect(runsInProcess(['scan'], wide)).toBe(false)
  })

  it('counts files in nested folders, but not in the folders discovery skips', () => {
    const nested = tree('nested', 1, 10, (dir) => {
      for (let i = 0; i < 70; i++) {
        const sub = path.join(dir, 'infra', `m${i}`)
        fs.mkdirSync(sub, { recursive: true })
        fs.writeFileSync(path.join(sub, 'main.tf'), '')
      }
    })
    expect(runsInProcess(['scan'], nested)).toBe(false)
    const skipped = tree('skipped', 1, 10, (dir) => {
      for (const folder of ['node_modules', '.git', '.terraform'])
        for (let i = 0; i < 70; i++) {
          fs.mkdirSync(path.join(dir, folder, `p${i}`), { recursive: true })
          fs.writeFileSync(path.join(dir, folder, `p${i}`, 'x.json'), '{}')
        }
    })
    expect(runsInProcess(['scan'], skipped)).toBe(true)
  })

  it('reads the value of an option as a value, not as a path to scan', () => {
    const dir = tree('values', 1, 10)
    const big = tree('big-output', 70, 10)
    // `--output` names a file to write, `--config` one to read: neither is scanned.
    expect(runsInProcess(['scan', '--output', big, '--config', big], dir)).toBe(true)
    expect(runsInProcess(['scan', big, '--output', path.join(dir, 't0.yaml')], dir)).toBe(false)
  })

  it('takes the child when it cannot tell: a missing path, a symbolic link', () => {
    const dir = tree('unsure', 1, 10)
    expect(runsInProcess(['scan', 'missing'], dir)).toBe(false)
    fs.symlinkSync(path.join(root, 'many'), path.join(dir, 'link'))
    expect(runsInProcess(['scan'], dir)).toBe(false)
  })

  it('runs commands that scan nothing in its own process, and gives `merge` the child', () => {
    const dir = tree('commands', 0, 0)
    expect(runsInProcess(['rules'], dir)).toBe(true)
    expect(runsInProcess(['--help'], dir)).toBe(true)
    expect(runsInProcess([], dir)).toBe(true)
    expect(runsInProcess(['scan', '--no-such-option'], dir)).toBe(true)
    expect(runsInProcess(['merge', 'a.json', 'b.json'], dir)).toBe(false)
  })
})
