import { describe, expect, it } from 'vitest'
import { planAssemblies } from '../../../src/parsers/cdk/plan.js'
import { claimFiles } from '../../../src/parsers/shared/claim-files.js'
import type { CandidateFile } from '../../../src/parsers/types.js'

const file = (rel: string, head = ''): CandidateFile => ({ abs: `/repo/${rel}`, rel, size: 1, head })

describe('claimFiles', () => {
  it('takes the wanted files out, keeping both lists in their order', () => {
    const files = ['a.tf', 'b.yaml', 'c.tf', 'd.json', 'e.tf'].map((r) => file(r))
    const claimed = claimFiles(files, (f) => f.rel.endsWith('.tf'))
    expect(claimed.map((f) => f.rel)).toEqual(['a.tf', 'c.tf', 'e.tf'])
    expect(files.map((f) => f.rel)).toEqual(['b.yaml', 'd.json'])
  })

  it('claims interleaved files of a large repository in one pass', () => {
    const files = Array.from({ length: 200_000 }, (_, i) => file(i % 2 ? `m${i}/main.tf` : `t${i}.yaml`))
    const claimed = claimFiles(files, (f) => f.rel.endsWith('.tf'))
    expect(claimed).toHaveLength(100_000)
    expect(files).toHaveLength(100_000)
    expect(claimed[0]!.rel).toBe('m1/main.tf')
    expect(files.at(-1)!.rel).toBe('t199998.yaml')
  })
})

describe('planAssemblies', () => {
  it('gives each file to the assembly folder it sits in, and leaves the rest', () => {
    const manifest = '{ "version": "36.0.0", "artifacts": {} }'
    const files = [
      file('app/cdk.out/manifest.json', manifest),
      file('app/cdk.out/App.template.json'),
      file('app/cdk.out/assembly-Prod/manifest.json', manifest),
      file('app/cdk.out/assembly-Prod/Prod.template.json'),
      file('app/cdk.outside/x.template.json'),
      file('web/out/manifest.json', manifest),
      file('web/out/Web.template.json'),
      file('templates/bucket.yaml'),
    ]
    const units = planAssemblies(files)
    expect(units.map((u) => [u.id, u.files.map((f) => f.rel)])).toEqual([
      [
        'app/cdk.out',
        [
          'app/cdk.out/manifest.json',
          'app/cdk.out/App.template.json',
          'app/cdk.out/assembly-Prod/manifest.json',
          'app/cdk.out/assembly-Prod/Prod.template.json',
        ],
      ],
      ['web/out', ['web/out/manifest.json', 'web/out/Web.template.json']],
    ])
    expect(files.map((f) => f.rel)).toEqual(['app/cdk.outside/x.template.json', 'templates/bucket.yaml'])
  })
})
