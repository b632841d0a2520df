import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import type { Finding } from '../../src/engine/finding.js'
import { MAX_SARIF_RESULTS, renderSarif, sarifChunks, withinResultLimit } from '../../src/report/render/sarif.js'
import { rules } from '../../rules/index.js'
import { scanFiles } from '../helpers/scan-files.js'
import { finding, scanResult } from './pr-fixtures.js'

// The official SARIF 2.1.0 schema (rtm.5), copied from @microsoft/jest-sarif's package; it is
// draft-04, so its `id` becomes `$id` for ajv 8.
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
  delete schema.$schema
  schema.$id = schema.id
  delete schema.id
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('SARIF output', () => {
  it('validates against the official SARIF 2.1.0 schema, suppressed findings and parse errors included', async () => {
    const result = await scanFiles({
      'a.yaml':
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  # s3-gate:ignore versioning-disabled reason="scratch"\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n',
      'bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
      'dir with space/c.json': '{"Resources":{"B":{"Type":"AWS::S3::Bucket"}}}',
    })
    const sarif = JSON.parse(renderSarif(result, rules))
    const validate = sarifValidator()
    const ok = validate(sarif)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
    const results = sarif.runs[0].results
    expect(results.some((r: { suppressions?: unknown[] }) => r.suppressions?.length)).toBe(true)
    expect(results.some((r: { ruleId: string }) => r.ruleId === 'parse-error')).toBe(true)
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(rules.length)
  })

  it('links every rule descriptor, parse errors and unknowns included, to a page of this repository that exists', async () => {
    // parse-error, rule-error and could-not-evaluate linked rules/<id>.md, which no one writes.
    const result = await scanFiles({
      'a.yaml':
        'Parameters:\n  Acl:\n    Type: String\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: !Ref Acl\n',
      'bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
    })
    const sarif = JSON.parse(renderSarif(result, rules))
    const root = path.resolve(import.meta.dirname, '../..')
    const headings = (file: string) =>
      new Set(
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => /^#+ /.test(l))
          .map((l) =>
            l
              .replace(/^#+ /, '')
              .trim()
              .toLowerCase()
              .replace(/[^\w\- ]/g, '')
              .replace(/ /g, '-'),
          ),
      )
    const descriptors: { id: string; helpUri: string; help: { markdown: string } }[] = sarif.runs[0].tool.driver.rules
    expect(descriptors.map((d) => d.id)).toEqual(expect.arrayContaining(['parse-error', 'rule-error', 'could-not-evaluate']))
    for (const d of descriptors) {
      const links = [d.helpUri, ...[...d.help.markdown.matchAll(/\]\((https:[^)\s]+)\)/g)].map((m) => m[1]!)]
      for (const link of links) {
        const own = /^https:\/\/github\.com\/s3-gate\/s3-gate\/blob\/main\/([^#]+)(?:#(.+))?$/.exec(link)
        if (!own) {
          expect(link, d.id).toBe('https://github.com/s3-gate/s3-gate/issues')
          continue
        }
        const file = path.join(root, own[1]!)
        expect(fs.existsSync(file), `${d.id}: ${link}`).toBe(true)
        if (own[2]) expect(headings(file).has(own[2]), `${d.id}: ${link}`).toBe(true)
      }
    }
  })

  it('percent-encodes each path segment of a result URI, # and ? included', async () => {
    const result = await scanFiles({ 'dir with space/a#b%c?.json': '{"Resources":{"B":{"Type":"AWS::S3::Bucket"}}}' })
    const sarif = JSON.parse(renderSarif(result, rules))
    const uris = new Set(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    )
    expect([...uris]).toEqual(['dir%20with%20space/a%23b%25c%3F.json'])
    expect(decodeURIComponent(new URL([...uris][0] as string, 'file:///r/').pathname)).toBe('/r/dir with space/a#b%c?.json')
  })

  it('makes URIs relative to srcRoot when the scan ran in a subfolder, and absolute for a file outside it', () => {
    const result = scanResult(
      [
        finding({ ruleId: 'acl-public-write', line: 3, file: '../other/a b.yaml' }),
        finding({ ruleId: 'acl-public-write', line: 3, file: '../../x.yaml' }),
      ],
      { cwd: '/repo/sub' },
    )
    const sarif = JSON.parse(renderSarif(result, rules, { srcRoot: '/repo' }))
    const at = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation,
    )
    expect(at).toEqual([{ uri: 'other/a%20b.yaml', uriBaseId: '%SRCROOT%' }, { uri: 'file:///x.yaml' }])
    expect(sarif.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } })
    // Without a root, relative to the working directory, but never `../`: a file outside it is absolute.
    const plain = JSON.parse(renderSarif(result, rules)).runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation,
    )
    expect(plain).toEqual([{ uri: 'file:///repo/other/a%20b.yaml' }, { uri: 'file:///x.yaml' }])
    const inside = scanResult([finding({ ruleId: 'acl-public-write', line: 3, file: 'sub dir/./a.yaml' })], { cwd: '/repo/sub' })
    const within = JSON.parse(renderSarif(inside, rules)).runs[0]
    expect(within.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'sub%20dir/a.yaml', uriBaseId: '%SRCROOT%' })
    expect(within.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/sub/' } })
    // The base is a file: URI of the folder (pathToFileURL: `file:///C:/repo/` on Windows), escaped.
    const odd = JSON.parse(renderSarif(scanResult([], { cwd: '/work/my repo#2' }), rules)).runs[0]
    expect(odd.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/my%20repo%232/' } })
  })

  it('declares its columns as UTF-16 code units, which is what it counts (an emoji is two)', async () => {
    const result = await scanFiles({
      't.yaml':
        'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {Tags: [{Key: "😀日本", Value: x}], AccessControl: PublicRead}\n',
    })
    const run = JSON.parse(renderSarif(result, rules)).runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    const acl = run.results.find((r: { ruleId: string }) => r.ruleId === 'acl-public-read')
    const line = '    Properties: {Tags: [{Key: "😀日本", Value: x}], AccessControl: PublicRead}'
    expect(acl.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, startColumn: line.indexOf('AccessControl') + 1 })
  })

  it('never writes a line or column below 1, which code scanning rejects (a merged artifact may say 0)', () => {
    const result = scanResult([finding({ ruleId: 'acl-public-write', line: 0, file: 'a.yaml' })])
    const region = JSON.parse(renderSarif(result, rules)).runs[0].results[0].locations[0].physicalLocation.region
    expect(region.startLine).toBe(1)
    expect(region.startColumn).toBeGreaterThanOrEqual(1)
    expect(region.endLine).toBeGreaterThanOrEqual(1)
  })

  it('never writes an end column below 1 either, on a later end line too, and stays schema-valid', () => {
    const at = { file: 'a.yaml', path: '', line: 3, column: 5, endLine: 5, endColumn: 0 }
    const result = scanResult([finding({ ruleId: 'acl-public-write', line: 3, location: at })])
    const sarif = JSON.parse(renderSarif(result, rules))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 5,
      endColumn: 1,
    })
    const validate = sarifValidator()
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
  })

  it('lists what could not be evaluated after the findings, for review', async () => {
    const result = await scanFiles({
      't.yaml':
        'Parameters:\n  N:\n    Type: String\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      VersioningConfiguration:\n        Status: !Ref N\n',
    })
    expect(result.unknowns.length).toBeGreaterThan(0)
    const sarif = JSON.parse(renderSarif(result, rules))
    const validate = sarifValidator()
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
    const run = sarif.runs[0]
    const review = run.results.slice(result.findings.length)
    expect(run.results.slice(0, result.findings.length).map((r: { ruleId: string }) => r.ruleId)).toEqual(
      result.findings.map((f) => f.ruleId),
    )
    expect(review).toHaveLength(result.unknowns.length)
    const u = result.unknowns[0]!
    expect(review[0]).toMatchObject({
      ruleId: 'could-not-evaluate',
      level: 'note',
      message: { text: `${u.ruleId}: ${u.message}: ${u.why}` },
      partialFingerprints: { 's3-gate/v1': u.fingerprint },
      properties: { rule: u.ruleId, resource: u.resource },
    })
    expect(run.tool.driver.rules[review[0].ruleIndex].id).toBe('could-not-evaluate')
    expect(run.tool.driver.rules[review[0].ruleIndex].defaultConfiguration.level).toBe('note')
  })

  it('gives every result a fingerprint that does not depend on line numbers', async () => {
    const body = 'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
    const a = await scanFiles({ 't.yaml': body })
    const b = await scanFiles({ 't.yaml': '# moved down\n\n\n' + body })
    const fps = (r: typeof a) => r.findings.map((f) => `${f.ruleId}:${f.fingerprint}`).sort()
    expect(fps(b)).toEqual(fps(a))
  })
})

describe('SARIF written a result at a time', () => {
  it('is exactly JSON.stringify(log, null, 2), with findings (related locations, suppressions) and with none', async () => {
    const result = await scanFiles({
      'a.yaml':
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  # s3-gate:ignore versioning-disabled reason="scratch"\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/*"\n',
      'bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
    })
    const related = {
      ...result,
      findings: result.findings.map((f, i) => (i ? f : { ...f, related: [{ message: 'module call', at: f.location }] })),
    }
    expect(result.findings.some((f) => f.suppressed)).toBe(true)
    for (const r of [related, { ...result, findings: [] }]) {
      const chunks = [...sarifChunks(r, rules)]
      const text = chunks.join('')
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
      expect(JSON.parse(text).runs[0].results).toHaveLength(r.findings.length)
      expect(chunks.length).toBe(r.findings.length + 2)
    }
  })
})

describe('SARIF within code scanning limits', () => {
  it('keeps active findings before suppressed ones and the most severe first, in their own order', () => {
    const f = (ruleId: string, severity: Finding['severity'], suppressed = false) => ({
      ...finding({ ruleId, line: 1, severity }),
      suppressed,
    })
    const findings = [f('a', 'low'), f('b', 'critical', true), f('c', 'high'), f('d', 'info'), f('e', 'low'), f('g', 'medium')]
    const { kept, omitted } = withinResultLimit(findings, 4)
    expect(kept.map((k) => k.ruleId)).toEqual(['a', 'c', 'e', 'g'])
    expect(omitted).toBe(2)
  })

  it('writes at most 25,000 results, which code scanning accepts, and says how many were left out', () => {
    const many = Array.from({ length: MAX_SARIF_RESULTS + 3 }, (_, i) =>
      finding({ ruleId: 'versioning-disabled', line: i + 1, severity: i < 3 ? 'info' : 'high' }),
    )
    const run = JSON.parse(renderSarif(scanResult(many), rules)).runs[0]
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS)
    expect(run.results.some((r: { level: string }) => r.level === 'note')).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      expect.stringMatching(/^RESULTS_OMITTED: 3 less severe findings/),
    ])
  })
})

describe('SARIF result limit with unknowns', () => {
  it('fills only the room the findings leave with unknowns, and says how many were left out', () => {
    const many = Array.from({ length: MAX_SARIF_RESULTS - 1 }, (_, i) =>
      finding({ ruleId: 'versioning-disabled', line: i + 1, severity: 'info' }),
    )
    const unknown = (i: number) => ({
      ruleId: 'versioning-disabled',
      message: 'cannot tell',
      why: 'no default',
      location: many[0]!.location,
      resource: 'B',
      fingerprint: `u${i}`,
    })
    const run = JSON.parse(renderSarif(scanResult(many, { unknowns: [unknown(1), unknown(2), unknown(3)] }), rules)).runs[0]
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS)
    expect(run.results.filter((r: { ruleId: string }) => r.ruleId === 'could-not-evaluate')).toHaveLength(1)
    expect(run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text)).toEqual([
      expect.stringMatching(/^UNKNOWNS_OMITTED: 2 results that could not be evaluated/),
    ])
  })
})

describe('SARIF invocation', () => {
  const invocation = (r: Parameters<typeof renderSarif>[0]) => {
    const sarif = JSON.parse(renderSarif(r, rules))
    const validate = sarifValidator()
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
    return sarif.runs[0].invocations[0]
  }

  it('is unsuccessful when a rule failed, with a notification saying so', () => {
    const inv = invocation(scanResult([finding({ ruleId: 'rule-error', line: 2 }), finding({ ruleId: 'versioning-disabled', line: 3 })]))
    expect(inv.executionSuccessful).toBe(false)
    expect(inv.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: expect.stringMatching(/^RULE_ERROR: a rule failed 1 time \(see the rule-error results\)/) } },
    ])
  })

  it('is unsuccessful when s3-gate failed to read an input, and successful otherwise', () => {
    const problem = { code: 'INTERNAL_ERROR', file: 'a.yaml', line: 1, column: 1, message: 'boom', level: 'error' as const }
    expect(invocation(scanResult([], { problems: [problem] })).executionSuccessful).toBe(false)
    const syntax = { ...problem, code: 'YAML_SYNTAX' }
    expect(invocation(scanResult([finding({ ruleId: 'parse-error', line: 1 })], { problems: [syntax] })).executionSuccessful).toBe(true)
  })
})

describe('SARIF rule descriptors', () => {
  it('carry the severity the configuration gives a rule, which code scanning ranks alerts by', async () => {
    const config = parseConfig('rules:\n  access-logging-disabled: critical\n', '.s3-gate.yml', new Set(rules.map((r) => r.id)))
    const result = await scanFiles({ 't.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' }, { config })
    const driver = JSON.parse(renderSarif(result, rules)).runs[0].tool.driver
    const rule = (id: string) => driver.rules.find((r: { id: string }) => r.id === id)
    expect(rule('access-logging-disabled').properties['security-severity']).toBe('9.5')
    expect(rule('access-logging-disabled').defaultConfiguration.level).toBe('error')
    expect(rule('versioning-disabled').properties['security-severity']).toBe('5.5')
  })

  it('keep the metadata severity of a rule whose findings differ', () => {
    const f = (severity: Finding['severity'], line: number) => finding({ ruleId: 'access-logging-disabled', line, severity })
    const driver = JSON.parse(renderSarif(scanResult([f('high', 1), f('medium', 2)]), rules)).runs[0].tool.driver
    expect(driver.rules.find((r: { id: string }) => r.id === 'access-logging-disabled').properties['security-severity']).toBe('5.5')
  })
})
