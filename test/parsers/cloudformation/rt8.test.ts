/**
 * CloudFormation templates found by an eighth round of probing.
 */
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { hits, scanFiles } from '../../helpers/scan-files.js'
import { expectPositions } from '../../hostile/support.js'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

async function scan(files: Record<string, string>) {
  const r = await scanFiles(files, { workers: 0 })
  dirs.push(r.dir)
  expectPositions(r)
  return r
}

describe('a parameter without a default whose AllowedValues lists one value', () => {
  // CloudFormation takes no other value for it: `Env` allowing only `prod` is `prod`. Read as a
  // parameter without a default, `!If [IsProd, PublicReadWrite, Private]` was unknown rather than
  // public, and a public bucket under `Condition: NotProd` (never deployed) was a finding.
  const template = [
    'Parameters:',
    '  Env:',
    '    Type: String',
    '    AllowedValues: [prod]',
    '  Acl:',
    '    Type: String',
    '    AllowedValues:',
    '      - PublicRead',
    'Conditions:',
    '  IsProd: !Equals [!Ref Env, prod]',
    '  NotProd: !Not [Condition: IsProd]',
    'Resources:',
    '  Chosen:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      AccessControl: !If [IsProd, PublicReadWrite, Private]',
    '  Never:',
    '    Type: AWS::S3::Bucket',
    '    Condition: NotProd',
    '    Properties:',
    '      AccessControl: PublicRead',
    '  Referenced:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      AccessControl: !Ref Acl',
    '',
  ].join('\n')

  it('decides the conditions on it and is the value of its Ref', async () => {
    const r = await scan({ 'template.yaml': template })
    expect(hits(r, 'acl-public-write')).toEqual(['acl-public-write@16'])
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@25'])
    expect(r.findings.some((f) => f.resource === 'Never')).toBe(false)
    expect(r.unknowns.filter((u) => u.ruleId.startsWith('acl-'))).toEqual([])
  })

  it('two allowed values still leave it unknown', async () => {
    const r = await scan({ 'template.yaml': template.replace('AllowedValues: [prod]', 'AllowedValues: [prod, dev]') })
    expect(hits(r, 'acl-public-write')).toEqual([])
    expect(r.unknowns.filter((u) => u.ruleId === 'acl-public-write').map((u) => u.resource)).toEqual(['Chosen'])
    // `Never` may be deployed (with Env=dev): its public ACL is reported.
    expect(hits(r, 'acl-public-read')).toEqual(['acl-public-read@21', 'acl-public-read@25'])
  })
})
