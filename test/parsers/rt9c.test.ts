import { describe, expect, it } from 'vitest'
import { scanFiles } from '../helpers/scan-files.js'

const BUCKET = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'

type Scan = Awaited<ReturnType<typeof scanFiles>>
const verdicts = (r: Scan, file: string, rule: string) => [
  ...r.findings.filter((f) => f.location.file === file && f.ruleId === rule).map((f) => `finding@${f.location.line}`),
  ...r.unknowns.filter((u) => u.location.file === file && u.ruleId === rule).map((u) => `unknown@${u.location.line}`),
]

describe('a macro the template-wide Transform names (red-team round 9c)', () => {
  it('leaves the bucket policy unknown, as an Fn::Transform among the resources does, and still reports what is written', async () => {
    const r = await scanFiles({
      'one.yaml': `Transform: MyMacro\n${BUCKET}`,
      'list.yaml': `Transform:\n  - AWS::Serverless-2016-10-31\n  - Other::Macro\n${BUCKET}`,
      'include.yaml': `Transform:\n  Name: AWS::Include\n  Parameters:\n    Location: s3://org/snippet.yaml\n${BUCKET}`,
      'aws.yaml': `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n${BUCKET}`,
      'none.yaml': BUCKET,
    })
    // What a macro may add (a policy enforcing TLS, say) is unknown at the Transform entry.
    expect(verdicts(r, 'one.yaml', 'tls-not-enforced')).toEqual(['unknown@1'])
    expect(verdicts(r, 'one.yaml', 'bucket-policy-missing')).toEqual(['unknown@1'])
    expect(verdicts(r, 'list.yaml', 'tls-not-enforced')).toEqual(['unknown@3'])
    expect(verdicts(r, 'include.yaml', 'bucket-policy-missing')).toEqual(['unknown@2'])
    // AWS's transforms s3-gate reads, and no transform at all, change nothing.
    expect(verdicts(r, 'aws.yaml', 'tls-not-enforced')).toEqual(['finding@6'])
    expect(verdicts(r, 'none.yaml', 'bucket-policy-missing')).toEqual(['finding@2'])
    // The template is still checked as written.
    for (const [file, line] of [
      ['one.yaml', 6],
      ['list.yaml', 8],
      ['include.yaml', 9],
      ['aws.yaml', 6],
    ] as const)
      expect(verdicts(r, file, 'acl-public-read')).toEqual([`finding@${line}`])
    expect(r.problems.filter((p) => p.code === 'TRANSFORM_NOT_EXPANDED').map((p) => [p.file, p.line])).toEqual([
      ['include.yaml', 2],
      ['list.yaml', 3],
      ['one.yaml', 1],
    ])
  })

  it('does the same in the resources of a serverless.yml', async () => {
    const r = await scanFiles({
      'serverless.yml': `service: svc\nprovider:\n  name: aws\nresources:\n  Transform: MyMacro\n${BUCKET.replace(/^/gm, '  ')}`,
    })
    expect(verdicts(r, 'serverless.yml', 'tls-not-enforced')).toEqual(['unknown@5'])
    expect(verdicts(r, 'serverless.yml', 'acl-public-read')).toEqual(['finding@10'])
  })
})

describe('buckets the Serverless Framework makes for s3 events (red-team round 9c)', () => {
  const service = (functions: string, rest = '') =>
    `service: svc\nprovider:\n  name: aws\n  s3:\n    photos:\n      accessControl: PublicReadWrite\nfunctions:\n${functions}${rest}`

  it('are a warning at the event, not a file passed as holding no infrastructure', async () => {
    const r = await scanFiles({
      'serverless.yml': service(
        '  resize:\n    handler: h.h\n    events:\n      - s3: photos\n      - s3:\n          bucket: uploads\n          event: s3:ObjectCreated:*\n  again:\n    handler: h.h\n    events:\n      - s3: photos\n',
      ),
    })
    expect(r.problems.filter((p) => p.code === 'SERVERLESS_BUCKET_NOT_CHECKED').map((p) => [p.file, p.line, p.level])).toEqual([
      ['serverless.yml', 11, 'warning'],
      ['serverless.yml', 13, 'warning'],
    ])
    expect(r.problems.find((p) => p.line === 11)?.message).toContain('provider.s3.photos')
    expect(r.stats.files).toBe(1)
  })

  it('are not warned about where the event attaches to an existing bucket, and leave other YAML files alone', async () => {
    const r = await scanFiles({
      'serverless.yml': service(
        '  resize:\n    handler: h.h\n    events:\n      - s3:\n          bucket: photos\n          existing: true\n',
      ),
      'ci.yml': 'name: CI\non: push\njobs:\n  build:\n    events:\n      - s3: photos\n',
    })
    expect(r.problems).toEqual([])
    expect(r.stats.files).toBe(0)
  })

  it('are warned about beside the resources of the service, which are still checked', async () => {
    const r = await scanFiles({
      'serverless.yml': service(
        '  resize:\n    handler: h.h\n    events:\n      - s3: photos\n',
        'resources:\n  Resources:\n    Data:\n      Type: AWS::S3::Bucket\n      Properties:\n        AccessControl: PublicRead\n',
      ),
    })
    expect(r.problems.filter((p) => p.code === 'SERVERLESS_BUCKET_NOT_CHECKED').map((p) => p.line)).toEqual([11])
    expect(verdicts(r, 'serverless.yml', 'acl-public-read')).toEqual(['finding@17'])
  })
})
