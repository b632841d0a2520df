import { describe, expect, it } from 'vitest'
import type { Problem } from '../../src/engine/finding.js'
import { capRepeatedProblems, MAX_PROBLEMS_PER_CODE } from '../../src/cap-problems.js'
import { hits, scanFiles } from '../helpers/scan-files.js'

const problem = (file: string, code: string, line: number, level: Problem['level'] = 'error'): Problem => ({
  code,
  file,
  line,
  column: 1,
  message: `${code} at ${line}`,
  level,
})

describe('capRepeatedProblems', () => {
  it('lists the first problems of one code per file and sums up the rest at the first left out', () => {
    const many = Array.from({ length: MAX_PROBLEMS_PER_CODE + 5 }, (_, i) => problem('a.yaml', 'DUPLICATE_KEY', i + 1))
    const other = [
      problem('b.yaml', 'DUPLICATE_KEY', 1),
      problem('a.yaml', 'YAML_SYNTAX', 9),
      problem('a.yaml', 'DUPLICATE_KEY', 99, 'warning'),
    ]
    const out = capRepeatedProblems([...many, ...other])
    expect(out.slice(0, MAX_PROBLEMS_PER_CODE)).toEqual(many.slice(0, MAX_PROBLEMS_PER_CODE))
    expect(out.slice(MAX_PROBLEMS_PER_CODE, -1)).toEqual(other)
    expect(out.at(-1)).toEqual({
      ...problem('a.yaml', 'DUPLICATE_KEY', MAX_PROBLEMS_PER_CODE + 1),
      message: `DUPLICATE_KEY at ${MAX_PROBLEMS_PER_CODE + 1} (and 4 more DUPLICATE_KEY further on in this file, not listed one by one)`,
    })
  })

  it('leaves a list within the cap as it is, and one extra problem unchanged', () => {
    const list = Array.from({ length: MAX_PROBLEMS_PER_CODE + 1 }, (_, i) => problem('a.tf', 'HCL_SYNTAX', i + 1))
    expect(capRepeatedProblems(list.slice(0, MAX_PROBLEMS_PER_CODE))).toEqual(list.slice(0, MAX_PROBLEMS_PER_CODE))
    expect(capRepeatedProblems(list)).toEqual(list)
  })

  it('keeps a template with 50,000 duplicate keys to a readable report that still fails', async () => {
    const template = `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${'  B:\n    Type: AWS::S3::Bucket\n'.repeat(50_000)}`
    const r = await scanFiles({ 'dup.yaml': template })
    const dup = r.problems.filter((p) => p.code === 'DUPLICATE_KEY')
    expect(dup).toHaveLength(MAX_PROBLEMS_PER_CODE + 1)
    expect(dup.at(-1)!.message).toMatch(/and 49978 more DUPLICATE_KEY further on in this file/)
    expect(hits(r, 'parse-error')).toHaveLength(MAX_PROBLEMS_PER_CODE + 1)
  })
})
