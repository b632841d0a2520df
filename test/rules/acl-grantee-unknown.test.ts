/**
 * Terraform ACL grants whose grantee is only known at deploy time, or names a group by a URI S3
 * does not accept: the grant may open the bucket to everyone, so whether it does is unknown. They
 * were skipped (a silent pass), and `https://` or another path was read as the group it resembles.
 */
import { describe, expect, it } from 'vitest'
import { findingsOf, scanFiles } from './helpers.js'

const acl = (grantee: string, variables = '') => `${variables}
resource "aws_s3_bucket" "b" {
  bucket = "b"
}

resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  access_control_policy {
    owner {
      id = "abc123"
    }
    grant {
      grantee {
${grantee}
      }
      permission = "READ"
    }
  }
}
`

const verdict = async (text: string) => {
  const r = await scanFiles({ 'main.tf': text })
  return {
    findings: findingsOf(r, 'acl-public-read').map((f) => f.location.line),
    unknowns: r.unknowns.filter((u) => u.ruleId === 'acl-public-read').map((u) => u.location.line),
  }
}

describe('a Terraform ACL grantee S3 cannot be told from AllUsers statically', () => {
  it('is unknown when its group URI is a variable', async () => {
    const text = acl('        type = "Group"\n        uri  = var.uri', 'variable "uri" {\n  type = string\n}\n')
    expect(await verdict(text)).toEqual({ findings: [], unknowns: [15] })
  })

  it('is unknown when its type is a variable', async () => {
    const text = acl(
      '        type = var.grantee_type\n        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"',
      'variable "grantee_type" {\n  type = string\n}\n',
    )
    expect(await verdict(text)).toEqual({ findings: [], unknowns: [15] })
  })

  it('is unknown when the URI is not exactly one S3 defines', async () => {
    for (const uri of ['https://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/s3/AllUsers'])
      expect(await verdict(acl(`        type = "Group"\n        uri  = "${uri}"`)), uri).toEqual({ findings: [], unknowns: [12] })
  })

  it('is AllUsers at its exact URI, and an account id only known at deploy time opens nothing', async () => {
    expect(await verdict(acl('        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"'))).toEqual({
      findings: [12],
      unknowns: [],
    })
    const owner = acl('        type = "CanonicalUser"\n        id   = var.owner', 'variable "owner" {\n  type = string\n}\n')
    expect(await verdict(owner)).toEqual({ findings: [], unknowns: [] })
  })
})
