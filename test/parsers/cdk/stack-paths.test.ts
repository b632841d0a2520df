/**
 * Each stack of an assembly takes the `aws:cdk:logicalId` entries under its construct path and
 * under no deeper stack. Found by a binary search in the entries sorted by path; checked against
 * the plain definition (every entry, every stack path) on random assemblies.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locationAt } from '../../../src/model/location.js'
import { ConstructMetadata, LOGICAL_ID } from '../../../src/parsers/cdk/metadata.js'
import { logicalIdsOf } from '../../../src/parsers/cdk/stack-paths.js'

const at = locationAt('manifest.json', 1, 1, '')

/** The definition: every entry in the metadata's own order (`ofType`), the first of an id winning. */
function plainLogicalIds(metadata: ConstructMetadata, stackPath: string, stackPaths: Set<string>): Map<string, string> {
  const deeper = [...stackPaths].filter((s) => s !== stackPath && (stackPath === '' || s.startsWith(`${stackPath}/`)))
  const out = new Map<string, string>()
  for (const [p, e] of metadata.ofType(LOGICAL_ID)) {
    const id = e.data as string
    if (out.has(id)) continue
    if (stackPath !== '' && !p.startsWith(`${stackPath}/`)) continue
    if (deeper.some((d) => p.startsWith(`${d}/`))) continue
    out.set(id, p)
  }
  return out
}

describe('logicalIdsOf', () => {
  it('gives each stack the same ids, in the same order, as going through every entry', () => {
    const segment = fc.constantFrom('A', 'B', 'AB', 'A.B', 'a-b', 'Nested.NestedStack')
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(path, fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5')), { maxLength: 40 }),
        fc.uniqueArray(fc.oneof(path, fc.constant('')), { maxLength: 6 }),
        (entries, stacks) => {
          const metadata = new ConstructMetadata()
          for (const [p, id] of entries) metadata.add(p, { type: LOGICAL_ID, data: id, at })
          metadata.add('Other', { type: 'aws:cdk:warning', data: 'x', at })
          const stackPaths = new Set(stacks)
          for (const s of stacks) {
            const got = logicalIdsOf(metadata, s, stackPaths)
            expect([...got]).toEqual([...plainLogicalIds(metadata, s, stackPaths)])
          }
        },
      ),
      { seed: 20261129, numRuns: 400 },
    )
  })
})
