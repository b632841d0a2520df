import { describe, expect, it } from 'vitest'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { rules } from '../../rules/index.js'
import { scanFiles, writeTree } from '../helpers/scan-files.js'

const known = new Set(rules.map((r) => r.id))
const parse = (text: string) => parseConfig(text, '.s3-gate.yml', known)
const failure = (text: string) => {
  try {
    parse(text)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    return (e as Error).message
  }
  throw new Error('accepted')
}

describe('an exception whose reason shows nothing (red-team round 9j)', () => {
  it('is refused at the reason: a zero-width space, a bidirectional mark or a word joiner is no reason', () => {
    for (const reason of ['"\\u200b"', '"\\u200e\\u202e "', '"\\u2060\\u00a0\\ufeff"'])
      expect(failure(`exceptions:\n  - rule: acl-public-read\n    reason: ${reason}\n`)).toBe(
        '.s3-gate.yml:3:14: `exceptions[0].reason` shows nothing (only invisible characters): every exception must say why it is accepted.',
      )
    // The column is the text's first character, inside the quotes; written as the characters themselves, at the value.
    expect(failure('exceptions:\n  - rule: acl-public-read\n    reason: \u200b\u200b\n')).toMatch(/^\.s3-gate\.yml:3:13: .*shows nothing/)
  })

  it('keeps a reason that says something, whatever script it is written in', () => {
    for (const reason of ['ok', '"\\u200bpublic site"', 'サイト', '"— see PLAT-1"'])
      expect(parse(`exceptions:\n  - rule: acl-public-read\n    reason: ${reason}\n`).exceptions).toHaveLength(1)
  })
})

describe('a rule that rules: switches off while enable lists it (red-team round 9j)', () => {
  it('is refused at the rules entry: off won, and enable: [x] beside rules: { x: off } ran no rule at all', () => {
    expect(failure('enable: [acl-public-read]\nrules:\n  acl-public-read: off\n')).toBe(
      '.s3-gate.yml:3:3: `rules` switches off acl-public-read, but `enable` lists it; keep one of the two',
    )
    expect(failure('rules:\n  versioning-disabled: false\nenable:\n  - acl-public-read\n  - versioning-disabled\n')).toMatch(
      /^\.s3-gate\.yml:2:3: `rules` switches off versioning-disabled/,
    )
  })

  it('keeps a rule rules: switches off that enable leaves out, and one rules: turns on that enable lists', () => {
    const c = parse('enable: [acl-public-read]\nrules:\n  versioning-disabled: off\n  acl-public-read: critical\n')
    expect(c.enable).toEqual(['acl-public-read'])
    expect(c.severity).toEqual({ 'acl-public-read': 'critical' })
  })
})

describe('a configuration file s3-gate does not read, by its name (red-team round 9j)', () => {
  const PUBLIC =
    'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'

  it('is named by a warning at its first line: the scan ran on the defaults, its settings dropped without a word', async () => {
    for (const name of ['s3-gate.yml', 's3-gate.yaml', '.s3gate.yml', '.s3_gate.yaml', '.s3-gate.json', 'S3-Gate.YAML']) {
      const cwd = writeTree({ [name]: 'profile: strict\n', 'stack.yaml': PUBLIC })
      const config = loadConfig(undefined, cwd, known)
      expect(config.unread).toBe(name)
      const result = await scanFiles({ 'stack.yaml': PUBLIC }, { config })
      expect(result.problems.filter((p) => p.code === 'CONFIG_NOT_READ')).toEqual([
        expect.objectContaining({
          file: name,
          line: 1,
          column: 1,
          level: 'warning',
          message: expect.stringContaining('ran on the defaults'),
        }),
      ])
    }
  })

  it('is not looked for beside a configuration s3-gate reads, nor is any other file', () => {
    expect(loadConfig(undefined, writeTree({ '.s3-gate.yml': 'profile: strict\n', 's3-gate.yml': 'x: 1\n' }), known).unread).toBeUndefined()
    expect(loadConfig(undefined, writeTree({ 'gate.yml': 'x: 1\n', 's3-gates.yml': 'x\n', 'a.yaml': 'x\n' }), known).unread).toBeUndefined()
  })
})
