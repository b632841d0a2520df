/**
 * What `npm pack` puts in the package a user installs: the bundles, the rule pages and the config
 * schema the README points to, and nothing of the development tree (tests, benchmarks, sources).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'

const root = path.resolve(import.meta.dirname, '../..')

interface PackedFile {
  path: string
  mode: number
}

function packedFiles(): PackedFile[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })
  return (JSON.parse(out) as { files: PackedFile[] }[])[0]!.files
}

describe('the npm package', () => {
  const files = packedFiles()
  const paths = files.map((f) => f.path)

  it('holds the bundles, an executable bin with a shebang, the rule pages and the config schema', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }
    for (const p of ['dist/index.js', 'dist/main.js', 'dist/cli/index.js', 'dist/cli/main.js', 'README.md', 'package.json'])
      expect(paths).toContain(p)
    for (const r of rules) expect(paths).toContain(`rules/${r.id}.md`)
    expect(paths).toContain('rules/README.md')
    expect(paths).toContain('schema/s3-gate.schema.json')
    const bin = files.find((f) => f.path === pkg.bin['s3-gate'])!
    expect(bin.mode & 0o111, 'bin is executable').not.toBe(0)
    expect(fs.readFileSync(path.join(root, bin.path), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('holds every chunk the CLI bundle imports, statically or when a scan reads a format', () => {
    const imported = new Set<string>()
    const visit = (rel: string) => {
      if (imported.has(rel)) return
      imported.add(rel)
      const text = fs.readFileSync(path.join(root, rel), 'utf8')
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)"(\.{1,2}\/[^"]+)"/g))
        visit(path.posix.join(path.posix.dirname(rel), m[1]!))
    }
    visit('dist/cli/main.js')
    // The readers of the four formats at least, each in a chunk of its own.
    expect([...imported].filter((p) => p.startsWith('dist/cli/chunks/')).length).toBeGreaterThanOrEqual(4)
    for (const p of imported) expect(paths).toContain(p)
  })

  it('leaves out the development tree', () => {
    const dev = paths.filter((p) => /^(test|bench|scripts|src|examples|\.ci)\//.test(p) || /\.ts$/.test(p) || /^[^/]*\.config\./.test(p))
    expect(dev).toEqual([])
  })

  it('installs no runtime dependencies: the bundles carry everything they use', () => {
    // `npm install s3-gate` pulled 44 packages (the GitHub client among them) that the bundles never load.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object }
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([])
  })
})
