/**
 * Red team, sixth Terraform round, end to end: a bucket whose ACL hangs on a function over an
 * element not known statically passed as private in silence, under `try()`.
 */
import { describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../helpers/scan-files.js'

const bucketWithAcl = (acl: string) =>
  `variable "n" {\n  type = number\n}\nvariable "b" {\n  type = bool\n}\nvariable "s" {\n  type = string\n}\n\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n  acl    = ${acl}\n}\n`

describe('red team: Terraform, round 6', () => {
  it.each([
    'try(sum([1, var.n]) > 1 ? "public-read" : "private", "private")',
    'anytrue([var.b, false]) ? "public-read" : "private"',
    'try(index(["x", var.s], "y") == 1 ? "public-read" : "private", "private")',
    'length(setintersection(["a"], [var.s])) > 0 ? "public-read" : "private"',
  ])('leaves acl = %s unknown, not private', async (acl) => {
    const r = await scanFiles({ 'main.tf': bucketWithAcl(acl) })
    expect(hits(r, 'acl-public-read')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read')).toHaveLength(1)
  })

  it('leaves an ACL built by format() with a billion digits unknown, and quickly', async () => {
    // `%.999999999f` was written out digit by digit: minutes, then the heap was gone.
    const t0 = performance.now()
    const r = await scanFiles({ 'main.tf': bucketWithAcl('format("%.999999999f", 1.5) == "1" ? "public-read" : "private"') })
    expect(performance.now() - t0).toBeLessThan(20_000)
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-read')).toHaveLength(1)
    expect(r.problems.map((p) => p.code)).toEqual(['EVAL_LIMIT'])
  })
})
