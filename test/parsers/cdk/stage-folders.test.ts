/**
 * A Stage's assembly is read through the manifest that names it, whatever its folder is called:
 * planned as a unit of its own as well, its templates were read once per assembly around it.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { cdkPlugin } from '../../../src/parsers/cdk/index.js'
import { candidates, removeTemps, tempCopy, writeFiles } from './helpers.js'

afterAll(removeTemps)

const manifest = (artifacts: object) => JSON.stringify({ version: '36.0.0', artifacts }, null, 1)
const stack = (templateFile: string) => ({ type: 'aws:cloudformation:stack', properties: { templateFile } })
const stage = (directoryName: string) => ({ type: 'cdk:cloud-assembly', properties: { directoryName } })

function plan(files: Record<string, string>) {
  const dir = tempCopy()
  writeFiles(dir, files)
  const units = cdkPlugin.plan(candidates([dir], dir), { roots: [dir], cwd: dir, debug: () => {} })
  return units.map((u) => ({ id: u.id, files: u.files.map((f) => f.rel).sort() }))
}

describe('Stage folders while planning cloud assemblies', () => {
  it('plans Stages whose folders are not called assembly-* as part of the outermost assembly', () => {
    const units = plan({
      'cdk.out/manifest.json': manifest({ S0: stack('S0.template.json'), St: stage('a') }),
      'cdk.out/S0.template.json': '{}',
      'cdk.out/a/manifest.json': manifest({ S1: stack('S1.template.json'), St: stage('a') }),
      'cdk.out/a/S1.template.json': '{}',
      'cdk.out/a/a/manifest.json': manifest({ S2: stack('S2.template.json') }),
      'cdk.out/a/a/S2.template.json': '{}',
    })
    expect(units).toEqual([
      {
        id: 'cdk.out',
        files: [
          'cdk.out/S0.template.json',
          'cdk.out/a/S1.template.json',
          'cdk.out/a/a/S2.template.json',
          'cdk.out/a/a/manifest.json',
          'cdk.out/a/manifest.json',
          'cdk.out/manifest.json',
        ],
      },
    ])
  })

  it('follows a directoryName of more than one folder, and keeps an assembly it passes on the way in the same unit', () => {
    // The outer manifest reads `copy/sub` itself; `copy` on its own would read it a second time.
    const units = plan({
      'cdk.out/manifest.json': manifest({ St: stage('copy/sub') }),
      'cdk.out/copy/manifest.json': manifest({ St: stage('sub') }),
      'cdk.out/copy/sub/manifest.json': manifest({ S: stack('S.template.json') }),
      'cdk.out/copy/sub/S.template.json': '{}',
    })
    expect(units.map((u) => u.id)).toEqual(['cdk.out'])
  })

  it('still plans an assembly copied into another one, which no manifest names, as a unit of its own', () => {
    const units = plan({
      'cdk.out/manifest.json': manifest({ S: stack('S.template.json'), St: stage('assembly-Prod') }),
      'cdk.out/S.template.json': '{}',
      'cdk.out/assembly-Prod/manifest.json': manifest({ P: stack('P.template.json') }),
      'cdk.out/assembly-Prod/P.template.json': '{}',
      'cdk.out/backup/manifest.json': manifest({ S: stack('S.template.json') }),
      'cdk.out/backup/S.template.json': '{}',
    })
    expect(units).toEqual([
      { id: 'cdk.out/backup', files: ['cdk.out/backup/S.template.json', 'cdk.out/backup/manifest.json'] },
      {
        id: 'cdk.out',
        files: [
          'cdk.out/S.template.json',
          'cdk.out/assembly-Prod/P.template.json',
          'cdk.out/assembly-Prod/manifest.json',
          'cdk.out/manifest.json',
        ],
      },
    ])
  })

  it('leaves in its own unit an assembly that a directoryName leading out of the naming folder points at', () => {
    // The loader refuses `../copy` (CDK_ARTIFACT_INVALID), so `copy` is read only by its own unit.
    const units = plan({
      'cdk.out/manifest.json': manifest({ S: stack('S.template.json') }),
      'cdk.out/S.template.json': '{}',
      'cdk.out/inner/manifest.json': manifest({ Up: stage('../copy'), Gone: stage('nothing-here'), St: stage('x') }),
      'cdk.out/inner/x/manifest.json': manifest({}),
      'cdk.out/copy/manifest.json': manifest({ S: stack('S.template.json') }),
      'cdk.out/copy/S.template.json': '{}',
    })
    expect(units.map((u) => u.id)).toEqual(['cdk.out/copy', 'cdk.out/inner', 'cdk.out'])
  })
})
