/** The Terraform examples read cleanly and say what their comments say. */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../../src/engine/evaluate.js'
import { linkModel } from '../../../src/model/link.js'
import { rules } from '../../../rules/index.js'
import { bucket, loadDir } from './helpers.js'

const EXAMPLES = path.resolve(__dirname, '../../../examples/terraform')
const loaded = loadDir(EXAMPLES, undefined, EXAMPLES)
const unit = (id: string) => {
  const u = loaded.units.find((x) => x.id === id)
  if (!u) throw new Error(`no unit ${id}`)
  return u.load
}
const findings = (id: string) => {
  const m = unit(id).models[0]!
  linkModel(m)
  return evaluateRules(m, rules).findings.map((f) => `${f.ruleId} ${f.resource} ${f.location.file}:${f.location.line}`)
}

describe('examples/terraform', () => {
  it('has one root module per directory, each read without problems or notes', () => {
    expect(loaded.units.map((u) => u.id)).toEqual(['local-module', 'policy-document', 'v3-inline', 'v4-split'])
    for (const u of loaded.units) {
      expect(u.load.problems).toEqual([])
      expect(u.load.notes).toEqual([])
    }
  })

  it('v4-split: the website bucket is public through its policy and ACL; the data bucket is not', () => {
    const f = findings('v4-split')
    expect(f.some((x) => x.startsWith('public-exposure aws_s3_bucket.site '))).toBe(true)
    expect(f).toContain('policy-wildcard-action aws_s3_bucket_policy.site v4-split/main.tf:166')
    expect(f.filter((x) => x.includes(' aws_s3_bucket.data ') && /^(public|block-public|policy|acl-public|tls)/.test(x))).toEqual([])
  })

  it('local-module: the scratch team bucket has versioning suspended, reported in the module', () => {
    const m = unit('local-module').models[0]!
    const b = bucket(m, 'module.team_bucket["scratch"].aws_s3_bucket.this')
    expect(b.versioning.status).toMatchObject({
      state: 'set',
      value: 'Suspended',
      at: { file: 'local-module/modules/private-bucket/main.tf', line: 18 },
    })
    expect(b.origin.related?.[0]?.at).toMatchObject({ file: 'local-module/main.tf', line: 17 })
    expect(findings('local-module')).toContain('block-public-access-incomplete module.legacy_exports local-module/main.tf:47')
  })

  it('policy-document: the organisation-only read is not public; the partner drop is', () => {
    const f = findings('policy-document')
    expect(f.some((x) => x.startsWith('policy-public') && x.includes('evidence'))).toBe(false)
    expect(f).toContain('policy-public-write aws_s3_bucket_policy.partner_drop policy-document/main.tf:85')
  })

  it('v3-inline: the legacy bucket is public-read; the reports bucket is hardened', () => {
    const f = findings('v3-inline')
    expect(f).toContain('acl-public-read aws_s3_bucket.legacy_uploads v3-inline/main.tf:21')
    expect(
      f.filter((x) => x.includes('aws_s3_bucket.reports ') && /^(versioning|tls-not|encryption-not|block-public|access-logging)/.test(x)),
    ).toEqual([])
  })
})
