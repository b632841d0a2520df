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

  it('leave what an Fn::Transform among the properties of a resource may add unknown, never a finding', async () => {
    const include =
      '      Fn::Transform:\n        Name: AWS::Include\n        Parameters:\n          Location: s3://org/s3-hardening.yaml\n'
    const r = await scanFiles({
      'props.yaml': `Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: data\n${include}`,
      'policy.yaml':
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement: []\n' +
        include.replace(/^ {6}/gm, '        '),
    })
    expect(r.problems.filter((p) => p.code === 'TRANSFORM_NOT_EXPANDED').map((p) => [p.file, p.line, p.column])).toEqual([
      ['policy.yaml', 10, 9],
      ['props.yaml', 6, 7],
    ])
    const verdicts = (file: string, rule: string) => [
      ...r.findings.filter((f) => f.location.file === file && f.ruleId === rule).map(() => 'finding'),
      ...r.unknowns.filter((u) => u.location.file === file && u.ruleId === rule).map(() => 'unknown'),
    ]
    expect(verdicts('props.yaml', 'block-public-access-incomplete')).toEqual(['unknown'])
    expect(verdicts('props.yaml', 'versioning-disabled')).toEqual(['unknown'])
    expect(verdicts('policy.yaml', 'tls-not-enforced')).toEqual(['unknown'])
  })
})
