/**
 * FULL_CONTROL includes WRITE_ACP. An ACL lists it for its owner, so an individual's FULL_CONTROL
 * alone is no finding, but a group's is, and so is FULL_CONTROL to two different canonical users:
 * one ACL has one owner.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const grant = (grantee: string, permission: string) => `    grant {
      grantee {
${grantee}
      }
      permission = "${permission}"
    }
`
const OWNER = '        type = "CanonicalUser"\n        id   = data.aws_canonical_user_id.current.id'
const literal = (id: string) => `        type = "CanonicalUser"\n        id   = "${id}"`
const LOG_DELIVERY = '        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"'
const A = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
const B = '1111111111111111111111111111111111111111111111111111111111111111'

const config = (grants: string, ownership = 'BucketOwnerPreferred') => `data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "${ownership}"
  }
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  access_control_policy {
${grants}    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}
`

const verdict = async (grants: string, ownership?: string) => {
  const result = await scanFiles({ 'main.tf': config(grants, ownership) })
  const found = findingsOf(result, 'acl-write-acp-grant')
  if (found.length) return found.map((f) => `${f.messageId}@${f.location.line}`).join(' ')
  return result.unknowns.some((u) => u.ruleId === 'acl-write-acp-grant') ? 'unknown' : 'pass'
}

describe('FULL_CONTROL in a bucket ACL', () => {
  it('reports FULL_CONTROL to a group, which is never the owner', async () => {
    expect(await verdict(grant(OWNER, 'FULL_CONTROL') + grant(LOG_DELIVERY, 'FULL_CONTROL'))).toBe('fullControl@24')
  })

  it('reports FULL_CONTROL to two different canonical ids written out', async () => {
    expect(await verdict(grant(literal(A), 'FULL_CONTROL') + grant(literal(B), 'FULL_CONTROL'))).toBe('fullControlOthers@24')
  })

  it('leaves the owner grant alone, alone or repeated', async () => {
    expect(await verdict(grant(OWNER, 'FULL_CONTROL'))).toBe('pass')
    expect(await verdict(grant(literal(A), 'FULL_CONTROL') + grant(literal(A), 'FULL_CONTROL'))).toBe('pass')
    expect(await verdict(grant(OWNER, 'FULL_CONTROL') + grant(LOG_DELIVERY, 'WRITE') + grant(LOG_DELIVERY, 'READ_ACP'))).toBe('pass')
  })

  it('cannot tell when one of two ids is a reference that may be the other', async () => {
    expect(await verdict(grant(OWNER, 'FULL_CONTROL') + grant(literal(A), 'FULL_CONTROL'))).toBe('unknown')
  })

  it('reports nothing when ACLs are disabled', async () => {
    expect(await verdict(grant(OWNER, 'FULL_CONTROL') + grant(LOG_DELIVERY, 'FULL_CONTROL'), 'BucketOwnerEnforced')).toBe('pass')
  })
})
