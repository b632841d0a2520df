import { describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'

const PUBLIC = `Transform: AWS::Serverless-2016-10-31
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
`

describe('folders discovery skips', () => {
  it('reads a SAM template once, not again in the copy `sam build` left in .aws-sam', async () => {
    const r = await scanFiles({
      'app/template.yaml': PUBLIC,
      'app/.aws-sam/build/template.yaml': PUBLIC.replace('Transform: AWS::Serverless-2016-10-31\n', ''),
      'app/.aws-sam/cache/x/template.yaml': PUBLIC,
    })
    expect([...new Set(r.findings.map((f) => f.location.file))]).toEqual(['app/template.yaml'])
    expect(r.findings.some((f) => f.ruleId === 'acl-public-read')).toBe(true)
  })

  it('reads a Serverless service once, not again in the templates `serverless package` left in .serverless', async () => {
    const service = `service: site\nprovider:\n  name: aws\nresources:\n  ${PUBLIC.split('\n').slice(1).join('\n  ')}`
    const packaged = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: { Site: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } },
    })
    const r = await scanFiles({
      'svc/serverless.yml': service,
      'svc/.serverless/cloudformation-template-create-stack.json': packaged,
      'svc/.serverless/cloudformation-template-update-stack.json': packaged,
    })
    expect([...new Set(r.findings.map((f) => f.location.file))]).toEqual(['svc/serverless.yml'])
    expect(r.findings.some((f) => f.ruleId === 'acl-public-read')).toBe(true)
  })

  it('scans such a folder when it is named as the path to scan', async () => {
    const r = await scanFiles(
      { 'app/.aws-sam/build/template.yaml': PUBLIC, 'node_modules/x/template.yaml': PUBLIC },
      { paths: ['app/.aws-sam/build', '.'] },
    )
    expect([...new Set(r.findings.map((f) => f.location.file))]).toEqual(['app/.aws-sam/build/template.yaml'])
  })
})
