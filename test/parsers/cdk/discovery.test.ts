import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cdkPlugin } from '../../../src/parsers/cdk/index.js'
import { candidates, repoRoot, tempCopy, writeFiles, removeTemps } from './helpers.js'

afterAll(removeTemps)

const exampleOut = path.join(repoRoot, 'examples/cdk/cdk.out')

function monorepo(): string {
  const dir = tempCopy()
  fs.cpSync(exampleOut, path.join(dir, 'packages/web/cdk.out'), { recursive: true })
  // Same assembly under a name that is not `cdk.out`: found by content.
  fs.cpSync(exampleOut, path.join(dir, 'services/api/synth-output'), { recursive: true })
  writeFiles(dir, {
    '.gitignore': 'cdk.out/\nsynth-output/\n',
    'public/manifest.json': '{ "version": "1.0.0", "name": "web app manifest", "icons": [] }\n',
    'infra/template.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
  })
  return dir
}

describe('cloud assembly discovery', () => {
  it('finds every assembly of a monorepo by content, whatever its folder is called', () => {
    const dir = monorepo()
    const files = candidates([dir], dir)
    const units = cdkPlugin.plan(files, { roots: [dir], cwd: dir, debug: () => {} })
    expect(units.map((u) => u.id)).toEqual(['packages/web/cdk.out', 'services/api/synth-output'])
    expect(units.every((u) => u.plugin === 'cdk')).toBe(true)
  })

  it('reads git-ignored assembly folders (discovery walks the disk, not git)', () => {
    const dir = monorepo()
    const units = cdkPlugin.plan(candidates([dir], dir), { roots: [dir], cwd: dir, debug: () => {} })
    expect(units).toHaveLength(2)
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toContain('cdk.out/')
  })

  it('claims every file under an assembly, so the CloudFormation plugin does not read its templates again', () => {
    const dir = monorepo()
    const files = candidates([dir], dir)
    const units = cdkPlugin.plan(files, { roots: [dir], cwd: dir, debug: () => {} })
    const claimed = units.flatMap((u) => u.files.map((f) => f.rel))
    expect(claimed).toContain('packages/web/cdk.out/StorageStack.template.json')
    expect(claimed).toContain('packages/web/cdk.out/assembly-Prod/ProdDataAnalytics269EE93A.nested.template.json')
    expect(files.map((f) => f.rel).sort()).toEqual(['infra/template.yaml', 'public/manifest.json'])
  })

  it('reads a Stage assembly through its parent rather than as a unit of its own', () => {
    const dir = monorepo()
    const units = cdkPlugin.plan(candidates([dir], dir), { roots: [dir], cwd: dir, debug: () => {} })
    expect(units.map((u) => u.id)).not.toContain('packages/web/cdk.out/assembly-Prod')
    expect(units[0]!.files.map((f) => f.rel)).toContain('packages/web/cdk.out/assembly-Prod/manifest.json')
  })

  it('finds an assembly when the scan root is the assembly folder itself', () => {
    const dir = monorepo()
    const root = path.join(dir, 'packages/web/cdk.out')
    const units = cdkPlugin.plan(candidates([root], dir), { roots: [root], cwd: dir, debug: () => {} })
    expect(units.map((u) => u.id)).toEqual(['packages/web/cdk.out'])
  })
})
