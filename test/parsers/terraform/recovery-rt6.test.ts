/**
 * Red team, sixth Terraform round: an error inside an object (`tags = { a = "x" b = 1 }`) was
 * recovered from as if no bracket were open, so the object's `}` closed the block around it. The
 * block's next arguments were lost (a public ACL passed unseen beside the syntax error) and a
 * second, wrong error ("Unexpected }") was reported.
 */
import { describe, expect, it } from 'vitest'
import { parseHcl } from '../../../src/parsers/terraform/hcl/parse.js'
import { hits, scanFiles } from '../../helpers/scan-files.js'

const lineOf = (src: string, offset: number) => src.slice(0, offset).split('\n').length

describe('recovery from an error inside brackets', () => {
  it.each([
    ['two elements on one line', '  tags = { a = "x" b = 1 }\n'],
    ['a missing value before the closing brace', '  tags = {\n    a = "x"\n    c =\n  }\n'],
    ['a broken list inside an object', '  tags = { a = [1 2] }\n'],
  ])('keeps the rest of the block after %s', async (_, broken) => {
    const src = `resource "aws_s3_bucket" "b" {\n  bucket = "b"\n${broken}  acl    = "public-read-write"\n}\n`
    const r = parseHcl(src, { maxDepth: 200 })
    expect(r.issues).toHaveLength(1)
    expect(lineOf(src, r.issues[0]!.offset)).toBeGreaterThanOrEqual(3)
    const block = r.body.blocks[0]!
    expect(block.body.attributes.map((a) => a.name)).toContain('acl')
    expect(r.body.attributes).toEqual([])

    const scan = await scanFiles({ 'main.tf': src })
    expect(hits(scan, 'acl-public-write')).toHaveLength(1)
    expect(scan.problems.map((p) => p.code)).toEqual(['HCL_SYNTAX'])
  })

  it('still stops at the next item when the bracket is never closed', () => {
    const src = 'resource "aws_s3_bucket" "b" {\n  tags = { a = "x" b = 1\n  acl = "private"\n}\n'
    const r = parseHcl(src, { maxDepth: 200 })
    expect(r.body.blocks).toHaveLength(1)
    expect(r.body.blocks[0]!.body.attributes.map((a) => a.name)).toContain('acl')
  })
})
