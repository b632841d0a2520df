import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { EMPTY_CONFIG } from '../../src/config/types.js'
import type { Finding, UnknownResult } from '../../src/engine/finding.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import type { ScanUnit } from '../../src/parsers/types.js'
import { scan } from '../../src/scan.js'
import { shardNestedStacksWithParents } from '../../src/shard-nested-stacks.js'
import { nestedTemplatePaths } from '../../src/parsers/cloudformation/nested-template-file.js'
import { DEFAULT_LIMITS } from '../../src/limits.js'

const CHILD = `Parameters:
  Acl:
    Type: String
    Default: Private
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
`
const parent = (child: string, acl: string) =>
  `Resources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${child}\n      Parameters:\n        Acl: ${acl}\n`

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-shard-nested-'))
  dirs.push(dir)
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    fs.writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const scanOf = (cwd: string, shard?: { index: number; count: number }) =>
  scan(
    makeScanOptions({
      cwd,
      paths: ['.'],
      config: EMPTY_CONFIG,
      workers: 0,
      now: new Date('2026-11-28T00:00:00Z'),
      ...(shard ? { shard } : {}),
    }),
    silentLogger,
  )
const key = (f: Finding | UnknownResult) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.resource} ${f.message}`

describe('shards and nested stacks', () => {
  it('give every shard count the findings of one scan: a nested template goes to its parent’s shard', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 6; i++) {
      // Parents in CloudFormation YAML and JSON, a grandchild, and SAM's `Location`.
      files[`app${i}/parent.yaml`] = parent(`./stacks/child.yaml`, 'PublicReadWrite')
      files[`app${i}/stacks/child.yaml`] =
        `${CHILD}  Inner:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ../inner/grandchild.json\n      Parameters:\n        Acl: !Ref Acl\n`
      files[`app${i}/inner/grandchild.json`] = JSON.stringify({
        Parameters: { Acl: { Type: 'String', Default: 'Private' } },
        Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: { Ref: 'Acl' } } } },
      })
      files[`sam${i}/template.yaml`] =
        `Transform: AWS::Serverless-2016-10-31\nResources:\n  App:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location: "nested/app.yaml"\n      Parameters:\n        Acl: PublicRead\n`
      files[`sam${i}/nested/app.yaml`] = CHILD
    }
    const cwd = tree(files)
    const whole = await scanOf(cwd)
    // The children are public because of what their parents pass: the case a split shard misses;
    // the grandchildren because the children pass it on (`Acl: !Ref Acl`).
    const publicChildren = whole.findings.filter((f) => /^acl-public-(read|write)$/.test(f.ruleId)).map((f) => f.location.file)
    expect(new Set(publicChildren).size).toBe(18)
    expect(new Set(publicChildren.filter((f) => f.endsWith('grandchild.json'))).size).toBe(6)
    for (const count of [2, 3, 4, 5, 7]) {
      const findings: string[] = []
      const unknowns: string[] = []
      for (let index = 1; index <= count; index++) {
        const part = await scanOf(cwd, { index, count })
        findings.push(...part.findings.map(key))
        unknowns.push(...part.unknowns.map(key))
      }
      expect(findings.sort()).toEqual(whole.findings.map(key).sort())
      expect(unknowns.sort()).toEqual(whole.unknowns.map(key).sort())
    }
  })

  it('keeps a child with its parent however the parent writes its path (as the scan reads it, not as the text looks)', async () => {
    const stackWith = (url: string) =>
      `Resources:\n  S:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${url}\n      Parameters:\n        Acl: PublicReadWrite\n`
    const files: Record<string, string | Buffer> = {}
    const forms: Record<string, [string, string | Buffer]> = {
      space: ['my child.yaml', stackWith('"my child.yaml"')],
      folded: ['child.yaml', stackWith('>-\n        child.yaml')],
      tagged: ['child.yaml', stackWith('!!str child.yaml')],
      comment: ['child.yaml', stackWith('# the child\n        child.yaml')],
      hash: ['child#1.yaml', stackWith("'child#1.yaml'")],
      json: [
        'sub/child.yaml',
        '{"Resources": {"S": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "sub\\/child\\u002eyaml", "Parameters": {"Acl": "PublicReadWrite"}}}}}',
      ],
      utf16: ['child.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(stackWith('child.yaml'), 'utf16le')])],
    }
    for (const [name, [child, parentText]] of Object.entries(forms)) {
      files[`${name}/${name === 'json' ? 'parent.json' : 'parent.yaml'}`] = parentText
      files[`${name}/${child}`] = CHILD
    }
    const cwd = tree(files)
    const whole = await scanOf(cwd)
    const publicWrite = whole.findings.filter((f) => f.ruleId === 'acl-public-write').map((f) => f.location.file)
    expect(publicWrite.sort()).toEqual(
      Object.entries(forms)
        .map(([name, [child]]) => `${name}/${child}`)
        .sort(),
    )
    for (const count of [2, 3, 4, 5, 7]) {
      const findings: string[] = []
      for (let index = 1; index <= count; index++) findings.push(...(await scanOf(cwd, { index, count })).findings.map(key))
      expect(findings.sort()).toEqual(whole.findings.map(key).sort())
    }
  })

  it('keys each group by its smallest template, whatever order the links come in, and leaves the rest alone', () => {
    const unit = (id: string): ScanUnit => ({ plugin: 'cloudformation', id, files: [{ abs: `/r/${id}`, rel: id, size: 1, head: '' }] })
    const stack = (id: string, type: string, property: string, url: string) =>
      `  ${id}:\n    Type: ${type}\n    Properties:\n      ${property}: ${url}\n`
    const texts: Record<string, string> = {
      'z/parent.yaml':
        'Resources:\n' +
        stack('Child', 'AWS::CloudFormation::Stack', 'TemplateURL', '../a/child.yaml') +
        stack('App', 'AWS::Serverless::Application', 'Location', 'https://example.com/x.yaml'),
      'a/child.yaml': '{"Resources": {"Grand": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "../m/grand.json"}}}}',
      'm/grand.json': '{}',
      'solo.yaml':
        'Resources:\n' +
        stack('Abs', 'AWS::Serverless::Application', 'Location', '/abs/path.yaml') +
        stack('Missing', 'AWS::CloudFormation::Stack', 'TemplateURL', 'missing.yaml') +
        stack('Self', 'AWS::CloudFormation::Stack', 'TemplateURL', 'solo.yaml'),
    }
    const units = Object.keys(texts).map(unit)
    const tf: ScanUnit = { plugin: 'terraform', id: 'z', files: [] }
    shardNestedStacksWithParents(
      [...units, tf],
      (text, file) => nestedTemplatePaths(text, file, DEFAULT_LIMITS),
      (abs) => texts[abs.slice('/r/'.length)],
    )
    expect(Object.fromEntries(units.map((u) => [u.id, u.shardKey]))).toEqual({
      'z/parent.yaml': 'a/child.yaml',
      'a/child.yaml': undefined,
      'm/grand.json': 'a/child.yaml',
      'solo.yaml': undefined,
    })
    expect(tf.shardKey).toBeUndefined()
  })
})
