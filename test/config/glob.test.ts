import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileGlob, GlobBudgetExceeded } from '../../src/config/glob.js'

/** The RegExp translation the matcher replaced: the oracle for what each pattern means. */
function oracle(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++
        // `**/` is whole folders or none: `**/test/**` does not cover `latest/`.
        if (glob[i + 1] === '/') {
          re += '(?:.*/)?'
          i++
        } else re += '.*'
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

describe('configuration globs', () => {
  it('match like their RegExp translation: ** crosses directories, * and ? do not', () => {
    const g = (p: string) => compileGlob(p)
    expect(g('infra/**/*.yaml').test('infra/a/b/c.yaml')).toBe(true)
    expect(g('infra/**/*.yaml').test('infra/c.yaml')).toBe(true)
    expect(g('infra/*.yaml').test('infra/a/c.yaml')).toBe(false)
    expect(g('aws_s3_bucket.logs[?]').test('aws_s3_bucket.logs[0]')).toBe(true)
    expect(g('a.b').test('aXb')).toBe(false)
    const part = fc.constantFrom('a', 'b', '/', '.', '*', '**', '**/', '?', '[', '(')
    const text = fc.constantFrom('a', 'b', '/', '.', '[', '(')
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.array(text, { maxLength: 12 }), (p, s) => {
        const glob = p.join('')
        const subject = s.join('')
        expect(compileGlob(glob).test(subject)).toBe(oracle(glob).test(subject))
      }),
      { seed: 7, numRuns: 20_000 },
    )
  })

  it('match `**/` to whole folders only, so `**/test/**` does not exclude `latest/`', () => {
    const g = (p: string) => compileGlob(p)
    expect(g('**/test/**').test('latest/bucket.yaml')).toBe(false)
    expect(g('**/test/**').test('test/bucket.yaml')).toBe(true)
    expect(g('**/test/**').test('a/b/test/bucket.yaml')).toBe(true)
    expect(g('**/main.tf').test('amain.tf')).toBe(false)
    expect(g('**/main.tf').test('main.tf')).toBe(true)
    expect(g('**/main.tf').test('envs/prod/main.tf')).toBe(true)
    expect(g('a/**/b').test('a/xb')).toBe(false)
    expect(g('a/**/b').test('a/b')).toBe(true)
    expect(g('a/**/b').test('a/x/y/b')).toBe(true)
    expect(g('infra/**').test('infra/a/b.tf')).toBe(true)
  })

  it('cannot be made to backtrack: patterns that keep a RegExp busy for hours finish (within the test timeout)', () => {
    const subject = 'a'.repeat(2000)
    expect(compileGlob(`${'**a'.repeat(30)}**b`).test(subject)).toBe(false)
    expect(compileGlob(`${'*a'.repeat(30)}*b`).test(subject)).toBe(false)
    expect(compileGlob(`${'?*'.repeat(30)}b`).test(subject)).toBe(false)
  })

  it('turns away subjects without the literal start or end before walking the pattern', () => {
    // 5,000 exceptions, each for one file, over a 5,000-file tree took 70 s: every pattern walked
    // over every path. Now a path without the pattern's literal ending is refused at once.
    const globs = Array.from({ length: 2000 }, (_, i) => compileGlob(`${'**/'.repeat(30)}x${i}.tf`))
    const paths = Array.from({ length: 2000 }, (_, i) => `infra/envs/prod/x${i}.tf`)
    const t0 = performance.now()
    let hits = 0
    for (const g of globs) for (const p of paths) if (g.test(p)) hits++
    expect(hits).toBe(2000)
    expect(performance.now() - t0).toBeLessThan(10_000)
    expect(compileGlob('infra/?/*.tf').test('infra/a/b.tf')).toBe(true)
    expect(compileGlob('infra/?/*.tf').test('infra//b.tf')).toBe(false)
    expect(compileGlob('x**').test('x')).toBe(true)
    expect(compileGlob('é*🙂').test('éa🙂')).toBe(true)
  })

  it('spend a shared budget by the pattern positions they follow, so a costly configuration stops', () => {
    const paths = Array.from({ length: 2000 }, (_, i) => `infra/envs/platform/audit-staging/s3-stream-${i}.tf`)
    // Usual globs follow two or three positions a character: 2,000 paths cost a few hundred thousand.
    const usual = { left: 1_000_000 }
    for (const p of ['infra/**/*.tf', '**/test/**', 'infra/envs/*/audit-*/**']) for (const path of paths) compileGlob(p, usual).test(path)
    expect(usual.left).toBeGreaterThan(0)
    // 2,000 globs that keep a dozen positions alive over every path: 112 s before, now refused.
    const costly = { left: 5_000_000 }
    const run = () => {
      for (let i = 0; i < 2000; i++) {
        const g = compileGlob(`**a**b**c**d**e**f**g**h**i**j**k**l**m${i}**`, costly)
        for (const path of paths) g.test(path)
      }
    }
    expect(run).toThrow(GlobBudgetExceeded)
  })
})
