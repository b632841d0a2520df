/**
 * `s3-gate rules --format json` must cover every concept of the shared corpus: each key of
 * concepts.md that applies to S3, and each `other:` concept the peers' expectations use.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { corpusDir, hasCorpus } from './helpers.js'

const covered = new Set(rules.flatMap((r) => r.meta.concepts))

describe.skipIf(!hasCorpus)('the rule catalogue', () => {
  it('covers every concept key of concepts.md', () => {
    const text = fs.readFileSync(path.join(corpusDir, 'concepts.md'), 'utf8')
    const keys = [...text.matchAll(/^\| ([a-z0-9-]+) \|/gm)].map((m) => m[1]!).filter((k) => k !== 'key')
    expect(keys.length).toBeGreaterThan(20)
    expect(keys.filter((k) => !covered.has(k))).toEqual([])
  })

  it("covers every other: concept the peers' expectations use", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as {
      expect: { concept: string }[]
      expect_absent?: string[]
    }[]
    const others = new Set(
      manifest.flatMap((c) => [...c.expect.map((e) => e.concept), ...(c.expect_absent ?? [])]).filter((c) => c.startsWith('other:')),
    )
    expect([...others].filter((c) => !covered.has(c))).toEqual([])
  })
})
