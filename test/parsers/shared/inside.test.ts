import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isInside, isInsideAny } from '../../../src/parsers/shared/inside.js'

describe('isInside', () => {
  const root = path.resolve('/repo/infra')
  it('takes the folder itself and anything under it, also a child named `..x`', () => {
    expect(isInside(root, root)).toBe(true)
    expect(isInside(path.join(root, 'a', 'b.tf'), root)).toBe(true)
    // `path.relative` gives `..x` for it, which a check for a leading `..` took for the parent.
    expect(isInside(path.join(root, '..x', 'main.tf'), root)).toBe(true)
  })

  it('refuses the parent, siblings sharing a prefix, and other roots', () => {
    expect(isInside(path.resolve('/repo'), root)).toBe(false)
    expect(isInside(path.resolve('/repo/infra-old/main.tf'), root)).toBe(false)
    expect(isInside(path.resolve('/repo/infra/../outside'), root)).toBe(false)
    expect(isInsideAny(path.resolve('/elsewhere/x'), [root, path.resolve('/repo/app')])).toBe(false)
    expect(isInsideAny(path.resolve('/repo/app/x'), [root, path.resolve('/repo/app')])).toBe(true)
  })
})
