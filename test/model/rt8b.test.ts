/**
 * Red-team round 8, second pass (model): ACL grantees only known at deploy time, and group URIs
 * S3 does not define, are unknown to the public-ACL reading, not skipped.
 */
import { describe, expect, it } from 'vitest'
import { newBucket } from '../../src/model/defaults.js'
import { publicAclGrants } from '../../src/model/exposure.js'
import type { SourceLocation } from '../../src/model/location.js'
import type { AclGrant } from '../../src/model/s3.js'

const at: SourceLocation = { file: 'main.tf', line: 3, column: 1, endLine: 3, endColumn: 2, path: 'x' }
const grantAt: SourceLocation = { ...at, line: 9 }

function withGrant(grantee: AclGrant['grantee']) {
  const b = newBucket('aws_s3_bucket.a', { format: 'terraform', type: 'aws_s3_bucket', address: 'aws_s3_bucket.a', at })
  b.acl.grants = { state: 'set', value: [{ grantee, permission: { state: 'set', value: 'READ', at: grantAt }, at: grantAt }], at: grantAt }
  return publicAclGrants(b)
}

describe('publicAclGrants', () => {
  it('a grantee that may be a group is unknown, at the grant', () => {
    const r = withGrant({ type: 'unknown', why: 'var.uri is only known at deploy time', mayBeGroup: true })
    expect(r.grants).toEqual([])
    expect(r.unknown?.at.line).toBe(9)
    expect(r.unknown?.why).toContain('var.uri')
  })

  it("an account's id known only at deploy time opens nothing", () => {
    expect(withGrant({ type: 'unknown', why: 'the owner id is only known at deploy time' })).toEqual({ grants: [], unknown: undefined })
  })

  it('a group URI S3 does not define is unknown; LogDelivery is no public grant', () => {
    expect(withGrant({ type: 'group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers/' }).unknown?.why).toContain(
      'none of the groups S3 defines',
    )
    expect(withGrant({ type: 'group', uri: 'LogDelivery' })).toEqual({ grants: [], unknown: undefined })
    expect(withGrant({ type: 'group', uri: 'AllUsers' }).grants).toHaveLength(1)
  })
})
