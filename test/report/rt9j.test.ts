import fs from 'node:fs'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { renderJson } from '../../src/report/render/json.js'
import { printable, printableLines, showsNothing } from '../../src/report/render/printable.js'
import { renderSarif } from '../../src/report/render/sarif.js'
import { renderText } from '../../src/report/render/text.js'
import { rules } from '../../rules/index.js'
import { scanFiles } from '../helpers/scan-files.js'
import { finding, scanResult } from './pr-fixtures.js'

/**
 * The Actions runner takes a line of a step's output for a workflow command when it starts with
 * `::` once leading white space is trimmed (ActionCommand.TryParseV2), or when `##[` stands
 * anywhere in it (the legacy ActionCommand.TryParse): `##[stop-commands]x` mid-line silences
 * every later command of the step.
 */
const commandLines = (text: string) => text.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))

const HOSTILE =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  "Site##[error]forged ##[stop-commands]tok":\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'

function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))
  delete schema.$schema
  schema.$id = schema.id
  delete schema.id
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('workflow commands in names from the scanned files (red-team round 9j)', () => {
  it('shows the [ of a legacy ##[ command and the second : of a leading :: escaped, and leaves other colons alone', () => {
    expect(printable('::error::x.yaml')).toBe(':\\u003aerror::x.yaml')
    expect(printable(' \u00a0::add-mask::y')).toBe(' \u00a0:\\u003aadd-mask::y')
    expect(printable('Bucket B##[error]forged')).toBe('Bucket B##\\u005berror]forged')
    expect(printable('AWS::S3::Bucket a::b')).toBe('AWS::S3::Bucket a::b')
    expect(printableLines('first\n  ::warning::second ##[group]')).toBe('first\n  :\\u003awarning::second ##\\u005bgroup]')
  })

  it('writes no line a runner reads as a command in the text output, a file named ::error:: included', async () => {
    const result = await scanFiles({ '::error::x.yaml': HOSTILE, 'dir/##[warning]y.yaml': HOSTILE })
    expect(result.findings.length).toBeGreaterThan(0)
    const text = renderText(result, { color: false, verbose: true })
    expect(text).toContain(':\\u003aerror::x.yaml')
    expect(commandLines(text)).toEqual([])
  })

  it('writes ##[ as ##\\u005b in JSON and SARIF, which parse to the same names, and SARIF stays valid', async () => {
    const result = await scanFiles({ 'a.yaml': HOSTILE, '##[error]b.yaml': HOSTILE })
    const json = renderJson(result)
    expect(commandLines(json)).toEqual([])
    const doc = JSON.parse(json) as { findings: { resource: string; file: string }[] }
    expect(doc.findings.map((f) => f.resource)).toContain('Site##[error]forged ##[stop-commands]tok')
    expect(doc.findings.map((f) => f.file)).toContain('##[error]b.yaml')
    const sarifText = renderSarif(result, rules)
    expect(commandLines(sarifText)).toEqual([])
    const sarif = JSON.parse(sarifText)
    const validate = sarifValidator()
    expect(validate(sarif)).toBe(true)
    const resources = sarif.runs[0].results.map((r: { properties: { resource: string } }) => r.properties.resource)
    expect(resources).toContain('Site##[error]forged ##[stop-commands]tok')
  })
})

describe('showsNothing', () => {
  it('is true of white space, zero-width and bidirectional characters only, and false once anything shows', () => {
    for (const blank of ['', ' ', '\u200b', '\u200b\u202e\u00a0', '\u2060\ufeff\t']) expect(showsNothing(blank)).toBe(true)
    for (const text of ['x', '\u200bx', 'é', '—']) expect(showsNothing(text)).toBe(false)
  })
})

describe('SARIF URIs of paths that are not well-formed UTF-16 (red-team round 9j)', () => {
  it('writes half a surrogate pair as U+FFFD instead of crashing the output (a merged shard may hold one)', () => {
    const result = scanResult([finding({ ruleId: 'acl-public-read', line: 3, file: 'infra/x\ud800.yaml' })], {
      problems: [{ code: 'PARSE_ERROR', file: 'y\udfff/z.yaml', line: 1, column: 1, message: 'broken', level: 'error' }],
    })
    const sarif = JSON.parse(renderSarif(result, rules, { srcRoot: '/repo' }))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('infra/x%EF%BF%BD.yaml')
    const notification = sarif.runs[0].invocations[0].toolExecutionNotifications[0]
    expect(notification.locations[0].physicalLocation.artifactLocation.uri).toBe('y%EF%BF%BD/z.yaml')
    // A pair stays the character it makes.
    const emoji = JSON.parse(renderSarif(scanResult([finding({ ruleId: 'acl-public-read', line: 3, file: '\u{1f600}.yaml' })]), rules))
    expect(emoji.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('%F0%9F%98%80.yaml')
  })
})
