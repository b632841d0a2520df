import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers.js'

const app = path.join(repoRoot, 'examples/cdk')

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')],
    )
    .sort()
}

/**
 * What may differ between machines: the absolute checkout path in creation traces (the scanner
 * maps those by suffix anyway). Asset hashes and file names are content hashes and must match.
 */
function normaliseAssemblyText(text: string): string {
  return text.replace(/(?:[A-Za-z]:)?[^\s"'()]*?[\\/]examples[\\/]cdk[\\/]/g, '<app>/').replace(/\r\n/g, '\n')
}

describe('the committed example assembly', () => {
  it('is what synthesising examples/cdk produces today (run `node examples/cdk/synth.mjs` if not)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-synth-'))
    execFileSync(process.execPath, [path.join(app, 'synth.mjs'), out], { cwd: repoRoot, stdio: 'pipe' })
    const committed = path.join(app, 'cdk.out')
    expect(listFiles(out)).toEqual(listFiles(committed))
    for (const f of listFiles(committed)) {
      const want = normaliseAssemblyText(fs.readFileSync(path.join(committed, f), 'utf8'))
      const got = normaliseAssemblyText(fs.readFileSync(path.join(out, f), 'utf8'))
      expect({ file: f, text: got }).toEqual({ file: f, text: want })
    }
    fs.rmSync(out, { recursive: true, force: true })
  })

  it('records creation traces and construct paths, which the source mapping needs', () => {
    const meta = fs.readFileSync(path.join(app, 'cdk.out/StorageStack.metadata.json'), 'utf8')
    expect(meta).toContain('"aws:cdk:creationStack"')
    expect(meta).toMatch(/lib\/storage-stack\.ts:\d+:\d+/)
    expect(fs.readFileSync(path.join(app, 'cdk.out/StorageStack.template.json'), 'utf8')).toContain('"aws:cdk:path"')
  })
})
