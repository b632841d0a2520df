/**
 * A nested stack whose template is not in the scan is said where its parent names it, also when
 * that parent is itself a nested template read again with what its own parent passes: the
 * warning went with the result the second reading replaced.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  return r
}

const missing = (r: Awaited<ReturnType<typeof scan>>) =>
  r.problems.filter((p) => p.code === 'NESTED_TEMPLATE_MISSING').map((p) => [p.file, p.line, p.column, p.level])
const findings = (r: Awaited<ReturnType<typeof scan>>, ruleId: string) =>
  r.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.location.file}:${f.location.line}`)

/** Nests `../outside-or-missing.yaml` at line 8, column 20; its bucket's ACL is the parameter `Acl`. */
const CHILD = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Acl: {Type: String, Default: Private}
Resources:
  Grandchild:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ../outside-or-missing.yaml
  Bkt:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
`
const parent = (parameters: string) =>
  `Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./a.yaml\n${parameters}`

describe('a nested template that is not in the scan', () => {
  it('is warned about in a child read again with the parameters its parent passes', async () => {
    const r = await scan({ 'app/p.yaml': parent('      Parameters: {Acl: PublicRead}\n'), 'app/a.yaml': CHILD })
    // Read again: the bucket is public as the parent deploys it.
    expect(findings(r, 'acl-public-read')).toEqual(['app/a.yaml:12'])
    expect(missing(r)).toEqual([['app/a.yaml', 8, 20, 'warning']])
  })

  it('is warned about as before in a child whose parent passes nothing', async () => {
    const r = await scan({ 'app/p.yaml': parent(''), 'app/a.yaml': CHILD })
    expect(findings(r, 'acl-public-read')).toEqual([])
    expect(missing(r)).toEqual([['app/a.yaml', 8, 20, 'warning']])
  })

  it('is warned about once in a template that nests itself with parameters', async () => {
    const self = CHILD.replace(
      'Resources:\n',
      'Resources:\n  Self:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ./a.yaml\n      Parameters: {Acl: PublicRead}\n',
    )
    const r = await scan({ 'app/a.yaml': self })
    expect(missing(r)).toEqual([['app/a.yaml', 13, 20, 'warning']])
  })
})
