import { describe, expect, it } from 'vitest'
import { DeployedWith, deployedWhenever } from '../../src/model/deployed.js'
import type { ResourceOrigin } from '../../src/model/s3.js'

const at = { file: 'main.tf', line: 1, column: 1, endLine: 1, endColumn: 2, path: 'x' }
const origin = (address: string, conditions?: string[] | null): ResourceOrigin => {
  const o: ResourceOrigin = { format: 'terraform', type: 'aws_cloudtrail', address, at }
  if (conditions !== undefined) o.maybe = conditions === null ? { why: 'unnamed', at } : { why: conditions.join(' and '), at, conditions }
  return o
}

describe('resources deployed together', () => {
  it('count a member as deployed with a subject when its conditions are all among the subject’s', () => {
    expect(deployedWhenever(origin('m'), origin('s'))).toBe(true)
    expect(deployedWhenever(origin('m'), undefined)).toBe(true)
    expect(deployedWhenever(origin('m', ['a']), origin('s', ['a']))).toBe(true)
    expect(deployedWhenever(origin('m', ['a']), origin('s', ['b', 'a']))).toBe(true)
    expect(deployedWhenever(origin('m', ['a', 'b']), origin('s', ['a']))).toBe(false)
    expect(deployedWhenever(origin('m', ['a']), origin('s'))).toBe(false)
    expect(deployedWhenever(origin('m', ['a']), undefined)).toBe(false)
    // A reason without named conditions matches nothing, not even itself.
    const unnamed = origin('m', null)
    expect(deployedWhenever(unnamed, unnamed)).toBe(false)
  })

  it('find a member deployed with a subject through its index, as the pairwise test does', () => {
    const members = [origin('ab', ['a', 'b']), origin('c', ['c']), origin('unnamed', null)]
    const index = new DeployedWith(members, (o) => o)
    const subjects = [
      origin('none'),
      origin('a', ['a']),
      origin('ba', ['b', 'a']),
      origin('abc', ['a', 'b', 'c']),
      origin('cd', ['d', 'c']),
      origin('unnamed', null),
      // Past the subset limit the members are compared one by one.
      origin('many', [...'bcdefghijklm']),
      origin('many-a', [...'abdefghijklm']),
    ]
    for (const s of subjects) {
      const expected = members.find((m) => deployedWhenever(m, s))
      expect(index.find(s), s.address).toBe(expected)
    }
    expect(new DeployedWith([...members, origin('always')], (o) => o).find(origin('none'))).toBe(true)
    expect(new DeployedWith([], (o: ResourceOrigin) => o).find(origin('a', ['a']))).toBeUndefined()
  })
})
