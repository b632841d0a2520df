import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

const BUCKET = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'

describe('template-wide transforms', () => {
  it('warn at each macro the template names, and still check the template as written', async () => {
    const r = await scanFiles({
      'one.yaml': `Transform: MyMacro\n${BUCKET}`,
      'list.yaml': `Transform:\n  - AWS::Serverless-2016-10-31\n  - Other::Macro\n${BUCKET}`,
      'aws.yaml': `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n${BUCKET}`,
    })
    expect(r.problems.filter((p) => p.code === 'TRANSFORM_NOT_EXPANDED').map((p) => [p.file, p.line, p.column, p.level])).toEqual([
      ['list.yaml', 3, 5, 'warning'],
      ['one.yaml', 1, 12, 'warning'],
    ])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.location.file)).toEqual([
      'aws.yaml',
      'list.yaml',
      'one.yaml',
    ])
  })
})
