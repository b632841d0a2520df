/**
 * A logical id written as a YAML alias is placed where the alias is, and a Serverless Framework
 * service whose `Resources` can never deploy is reported as a template's would be.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../helpers/scan-files.js'

type Result = Awaited<ReturnType<typeof scanFiles>>

const at = (r: Result) =>
  r.findings.map((f) => `${f.ruleId} ${f.resource} ${f.location.file}:${f.location.line}:${f.location.column}`).sort()

const problemsOf = (r: Result) => r.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, column: p.column, level: p.level }))

const PLAIN = `AWSTemplateFormatVersion: '2010-09-09'
Metadata:
  Name: DataBucket
Resources:
  DataBucket :
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: {Status: Enabled}
`

describe('a logical id written as a YAML alias', () => {
  it('puts the bucket findings on the line of the alias key, as for a plain key', async () => {
    const aliased = PLAIN.replace('Name: DataBucket', 'Name: &nm DataBucket').replace('DataBucket :', '*nm :')
    const r = await scanFiles({ 't.yaml': aliased })
    const plain = await scanFiles({ 't.yaml': PLAIN })
    expect(r.problems).toEqual([])
    expect(r.findings.length).toBeGreaterThan(0)
    expect(at(r)).toEqual(at(plain))
    expect(new Set(r.findings.map((f) => `${f.location.file}:${f.location.line}:${f.location.column}`))).toEqual(new Set(['t.yaml:5:3']))
    // The suggested fixes already edited the lines of the resource, and still do.
    const edits = (x: Result) => x.findings.map((f) => `${f.ruleId} ${f.edit ? `${f.edit.startLine}-${f.edit.endLine}` : '-'}`).sort()
    expect(edits(r)).toEqual(edits(plain))
    expect(edits(r)).toContain('encryption-missing 7-7')
  })

  it('reports an alias of a map used as a key where the alias is', async () => {
    const r = await scanFiles({
      't.yaml': `${PLAIN.replace('Name: DataBucket', 'Name: {a: &m {b: 1}}')}  *m : x
`,
    })
    expect(problemsOf(r)).toEqual([
      { code: 'COMPLEX_KEY', file: 't.yaml', line: 9, column: 3, level: 'error' },
      { code: 'RESOURCE_TYPE_INVALID', file: 't.yaml', line: 9, column: 3, level: 'error' },
    ])
  })

  it('reads an aliased value as before, at the key that holds it', async () => {
    const r = await scanFiles({
      't.yaml': `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: &acl PublicRead\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: *acl\n`,
    })
    expect(
      r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.resource} ${f.location.line}:${f.location.column}`),
    ).toEqual(['Logs 5:7', 'Site 9:7'])
  })
})

const SERVICE = 'service: x\nprovider: {name: aws}\n'

describe('a Serverless Framework service whose Resources can never deploy', () => {
  it('reports RESOURCES_INVALID at the Resources of serverless.yml, as for a template', async () => {
    const r = await scanFiles({ 'serverless.yml': `${SERVICE}resources:\n  Resources: [1,2]\n` })
    expect(problemsOf(r)).toEqual([{ code: 'RESOURCES_INVALID', file: 'serverless.yml', line: 4, column: 14, level: 'error' }])
    expect(r.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
      'serverless.yml:4',
    ])
  })

  it('reports a value that is neither a map nor a framework variable', async () => {
    const r = await scanFiles({
      'a/serverless.yml': `${SERVICE}resources:\n  Resources: hello\n`,
      'b/serverless.yml': `${SERVICE}resources:\n  Resources:\n    - Bucket:\n        Type: AWS::S3::Bucket\n`,
      'c/serverless.yml': `${SERVICE}resources:\n  Resources: 5\n`,
    })
    expect(problemsOf(r).sort((x, y) => x.file.localeCompare(y.file))).toEqual([
      { code: 'RESOURCES_INVALID', file: 'a/serverless.yml', line: 4, column: 14, level: 'error' },
      { code: 'RESOURCES_INVALID', file: 'b/serverless.yml', line: 5, column: 5, level: 'error' },
      { code: 'RESOURCES_INVALID', file: 'c/serverless.yml', line: 4, column: 14, level: 'error' },
    ])
  })

  it('reports it in an item of a resources list, and where a later item cannot make it a map again', async () => {
    const r = await scanFiles({
      'a/serverless.yml': `${SERVICE}resources:\n  - Resources: [1,2]\n`,
      // lodash merge keeps the list and merges the later map into it, which CloudFormation rejects.
      'b/serverless.yml': `${SERVICE}resources:\n  - Resources: [1,2]\n  - Resources:\n      A:\n        Type: AWS::S3::Bucket\n`,
      // A later value replaces the merged resources.
      'c/serverless.yml': `${SERVICE}resources:\n  - Resources:\n      A:\n        Type: AWS::S3::Bucket\n  - \${file(more.yml)}\n  - Resources: oops\n`,
    })
    // The item the framework fills in is a warning of its own (test/hostile/red-team-cfn-4.test.ts).
    const notVariables = problemsOf(r).filter((p) => p.code !== 'SERVERLESS_VARIABLE')
    expect(notVariables.sort((x, y) => x.file.localeCompare(y.file))).toEqual([
      { code: 'RESOURCES_INVALID', file: 'a/serverless.yml', line: 4, column: 16, level: 'error' },
      { code: 'RESOURCES_INVALID', file: 'b/serverless.yml', line: 4, column: 16, level: 'error' },
      { code: 'RESOURCES_INVALID', file: 'c/serverless.yml', line: 8, column: 16, level: 'error' },
    ])
    expect(r.stats.buckets).toBe(0)
  })

  it('keeps variables, file references and empty Resources working, and a later map replacing a value', async () => {
    const bucket = '      A:\n        Type: AWS::S3::Bucket\n        Properties:\n          AccessControl: PublicRead\n'
    const r = await scanFiles({
      'file/serverless.yml': `${SERVICE}resources:\n  Resources: \${file(resources/s3.yml)}\n`,
      'whole/serverless.yml': `${SERVICE}resources: \${file(resources.yml)}\n`,
      'empty/serverless.yml': `${SERVICE}resources:\n  Resources:\n  Outputs: {}\n`,
      'none/serverless.yml': `${SERVICE}resources:\n  Resources: false\n`,
      'list/serverless.yml': `${SERVICE}resources:\n  - \${file(a.yml)}\n  - Resources: \${file(b.yml):Resources}\n  - Resources:\n${bucket}`,
      'later/serverless.yml': `${SERVICE}resources:\n  - Resources: oops\n  - Resources:\n${bucket}`,
    })
    // Only the warnings that the framework fills in items and sections (test/hostile/red-team-cfn-4.test.ts).
    expect(r.problems.map((p) => [p.code, p.file, p.line, p.column])).toEqual([
      ['SERVERLESS_VARIABLE', 'list/serverless.yml', 4, 5],
      ['SERVERLESS_VARIABLE', 'list/serverless.yml', 5, 16],
    ])
    expect(at(r).filter((x) => x.startsWith('acl-public-read'))).toEqual([
      'acl-public-read A later/serverless.yml:9:11',
      'acl-public-read A list/serverless.yml:10:11',
    ])
  })
})
