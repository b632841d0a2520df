import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'

const known = new Set(rules.map((r) => r.id))
const parse = (text: string) => parseConfig(text, '.s3-gate.yml', known)

/** The `file:line:column` prefix of the error, and whether the message contains `fragment`. */
function errorOf(text: string): { where: string; message: string } {
  try {
    parse(text)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    const m = /^(\S+:\d+:\d+): (.*)$/s.exec((e as Error).message)
    expect(m, (e as Error).message).not.toBeNull()
    return { where: m![1]!, message: m![2]! }
  }
  throw new Error('expected a configuration error')
}

describe('reading .s3-gate.yml', () => {
  it('reads every setting of a complete configuration', () => {
    const c = parse(`profile: strict
rules:
  object-lock-disabled: off
  access-logging-disabled: high
  tls-min-version: on
disable: [replication-missing]
include: ["infra/**"]
exclude:
  - "**/test/**"
inline-suppressions: refuse
exceptions:
  - rule: access-logging-disabled
    resource: "aws_s3_bucket.logs*"
    path: "infra/**"
    reason: the log bucket cannot log to itself
    expires: 2027-01-31
`)
    expect(c.profile).toBe('strict')
    expect(c.disable).toEqual(['object-lock-disabled', 'replication-missing'])
    expect(c.on).toEqual(['access-logging-disabled', 'tls-min-version'])
    expect(c.severity).toEqual({ 'access-logging-disabled': 'high' })
    expect(c.include).toEqual(['infra/**'])
    expect(c.exclude).toEqual(['**/test/**'])
    expect(c.allowInlineSuppressions).toBe(false)
    expect(c.exceptions).toEqual([
      {
        rule: 'access-logging-disabled',
        resource: 'aws_s3_bucket.logs*',
        path: 'infra/**',
        reason: 'the log bucket cannot log to itself',
        expires: '2027-01-31',
        line: 12,
        column: 5,
      },
    ])
  })

  it('refuses an enable list with no rule in it: it would run none', () => {
    expect(() => parse('enable: []\n')).toThrow(
      '.s3-gate.yml:1:9: `enable` lists no rule, so no rule would run; name the rules to run, or remove `enable` to run the profile',
    )
  })

  it('refuses a rule turned on in rules that enable leaves out: it would never run', () => {
    expect(() => parse('enable: [tls-not-enforced]\nrules:\n  versioning-disabled: high\n')).toThrow(
      '.s3-gate.yml:3:3: `rules` turns on versioning-disabled, but `enable` runs only the rules it lists; add versioning-disabled to `enable`, or remove it from `rules`',
    )
    // Turned off, or listed in both, is no contradiction.
    expect(parse('enable: [tls-not-enforced]\nrules:\n  versioning-disabled: off\n').enable).toEqual(['tls-not-enforced'])
    expect(parse('enable: [tls-not-enforced]\nrules:\n  tls-not-enforced: critical\n').severity).toEqual({ 'tls-not-enforced': 'critical' })
  })

  it('treats an empty file as no configuration', () => {
    const c = parse('# nothing yet\n')
    expect(c.profile).toBeUndefined()
    expect(c.exceptions).toEqual([])
    expect(c.allowInlineSuppressions).toBe(true)
  })

  it('names the file, line and column of an unknown setting and suggests the right one', () => {
    const e = errorOf('profile: strict\nexclude: ["a"]\ninline-supressions: refuse\n')
    expect(e.where).toBe('.s3-gate.yml:3:1')
    expect(e.message).toContain('"inline-supressions"')
    expect(e.message).toContain('did you mean "inline-suppressions"')
  })

  it('names the line of an unknown rule in rules, with a suggestion', () => {
    const e = errorOf('rules:\n  tls-not-enforced: high\n  versioning-disabld: off\n')
    expect(e.where).toBe('.s3-gate.yml:3:3')
    expect(e.message).toContain('unknown rule "versioning-disabld"')
    expect(e.message).toContain('did you mean "versioning-disabled"')
  })

  it('names a __proto__ key as the unknown rule it is, not the keys under it', () => {
    const e = errorOf('rules:\n  __proto__:\n    severity: low\n')
    expect(e.where).toBe('.s3-gate.yml:2:3')
    expect(e.message).toContain('unknown rule "__proto__"')
  })

  it('rejects a rule setting that is neither on, off nor a severity', () => {
    const e = errorOf('rules:\n  tls-not-enforced: hgih\n')
    expect(e.where).toBe('.s3-gate.yml:2:21')
    expect(e.message).toMatch(/one of on, off, critical, high, medium, low, info; got "hgih"/)
  })

  it('says a rule setting or profile is a mapping or a list, not "[object Object]"', () => {
    expect(errorOf('rules:\n  tls-not-enforced: { severity: high }\n')).toEqual({
      where: '.s3-gate.yml:2:21',
      message: 'Expected `rules.tls-not-enforced` to be one of on, off, critical, high, medium, low, info; got a mapping.',
    })
    expect(errorOf('profile: [strict]\n').message).toBe('Expected `profile` to be one of baseline, default, strict; got a list.')
  })

  it('says an exception rule given as a list is not a rule id, rather than suggest the id it holds', () => {
    // It said: unknown rule "tls-not-enforced" (did you mean "tls-not-enforced"?).
    expect(errorOf('exceptions:\n  - rule: [tls-not-enforced]\n    reason: legacy\n')).toEqual({
      where: '.s3-gate.yml:2:11',
      message: 'Expected `exceptions[0].rule` to be a rule id; got a list.',
    })
  })

  it('rejects an unknown profile', () => {
    const e = errorOf('profile: paranoid\n')
    expect(e.where).toBe('.s3-gate.yml:1:10')
    expect(e.message).toContain('baseline, default, strict')
  })

  it('requires a reason on every exception and points at the exception', () => {
    const e = errorOf('exceptions:\n  - rule: tls-not-enforced\n    resource: Logs\n')
    expect(e.where).toBe('.s3-gate.yml:2:5')
    expect(e.message).toContain('needs `reason`')
  })

  it('rejects an exception whose reason is blank', () => {
    const e = errorOf('exceptions:\n  - rule: tls-not-enforced\n    reason: "  "\n')
    expect(e.where).toBe('.s3-gate.yml:3:14')
    expect(e.message).toContain('every exception must say why')
  })

  it('rejects an expiry that is not a YYYY-MM-DD date', () => {
    const e = errorOf('exceptions:\n  - rule: tls-not-enforced\n    reason: legacy\n    expires: 31/01/2027\n')
    expect(e.where).toBe('.s3-gate.yml:4:14')
    expect(e.message).toContain('"31/01/2027" is not a date (YYYY-MM-DD)')
  })

  it('rejects an expiry that is shaped like a date but does not exist', () => {
    const e = errorOf('exceptions:\n  - rule: tls-not-enforced\n    reason: legacy\n    expires: 2027-02-30\n')
    expect(e.where).toBe('.s3-gate.yml:4:14')
    expect(e.message).toBe('`exceptions[0].expires`: "2027-02-30" is not a date (YYYY-MM-DD).')
  })

  it('refuses a path glob written with backslashes, which no path matches, and says how to write it', () => {
    // Findings' paths use "/" on every system: `infra\cfn\**` included nothing and the gate passed.
    const inc = errorOf('include:\n  - "infra/**"\n  - infra\\cfn\\**\n')
    expect(inc.where).toBe('.s3-gate.yml:3:5')
    expect(inc.message).toBe('`include[1]`: "infra\\cfn\\**" contains "\\"; paths are matched with "/" (write "infra/cfn/**").')
    expect(errorOf("exclude: 'test\\**'\n")).toMatchObject({
      where: '.s3-gate.yml:1:11',
      message: expect.stringMatching(/^`exclude`: .* \(write "test\/\*\*"\)\.$/),
    })
    const ex = errorOf('exceptions:\n  - rule: tls-not-enforced\n    reason: legacy\n    path: "infra\\\\site\\\\*"\n')
    expect(ex).toMatchObject({
      where: '.s3-gate.yml:4:12',
      message: expect.stringMatching(/^`exceptions\[0\]\.path`: .* \(write "infra\/site\/\*"\)\.$/),
    })
    // Resource globs are not paths: a Terraform key may hold a backslash.
    expect(
      parse('exceptions:\n  - rule: tls-not-enforced\n    reason: legacy\n    resource: \'b["a\\b"]\'\n').exceptions[0]!.resource,
    ).toBe('b["a\\b"]')
  })

  it('keeps where each include glob is written, for the warning about one that matches nothing', () => {
    expect(parse('include: ["infra/**", "modules/**"]\n').includeAt).toEqual([
      { line: 1, column: 12 },
      { line: 1, column: 24 },
    ])
    expect(parse('include: infra/**\n').includeAt).toEqual([{ line: 1, column: 10 }])
  })

  it('rejects an exception for an unknown rule', () => {
    const e = errorOf('exceptions:\n  - rule: no-such-rule\n    reason: legacy\n')
    expect(e.where).toBe('.s3-gate.yml:2:11')
    expect(e.message).toContain('unknown rule "no-such-rule"')
  })

  it('rejects an unknown field in an exception', () => {
    const e = errorOf('exceptions:\n  - rule: tls-not-enforced\n    reason: legacy\n    until: 2027-01-01\n')
    expect(e.where).toBe('.s3-gate.yml:4:5')
    expect(e.message).toContain('did you mean "expires"')
  })

  it('rejects exceptions that are not a list', () => {
    const e = errorOf('exceptions:\n  rule: tls-not-enforced\n')
    expect(e.where).toBe('.s3-gate.yml:2:3')
    expect(e.message).toContain('to be a list')
  })

  it('rejects an unknown rule in disable', () => {
    const e = errorOf('disable:\n  - tls-not-enforced\n  - bogus\n')
    expect(e.where).toBe('.s3-gate.yml:3:5')
    expect(e.message).toContain('unknown rule "bogus"')
  })

  it('reports broken YAML with its position', () => {
    const e = errorOf('rules:\n  tls-not-enforced: [high\n')
    expect(e.where).toMatch(/^\.s3-gate\.yml:\d+:\d+$/)
  })

  it('refuses a configuration over 1 MiB with an error naming the file, not a crash', () => {
    // 35 MB of globs crashed the run ("document too large to convert").
    const e = errorOf(`exclude:\n${Array.from({ length: 100_000 }, (_, i) => `  - "x${i}/**"\n`).join('')}`)
    expect(e.where).toBe('.s3-gate.yml:1:1')
    expect(e.message).toMatch(/^the configuration is 1\.\d MiB; s3-gate reads at most 1 MiB of it$/)
  })

  it('refuses a configuration file too large to read by its size, without reading it', () => {
    // Sparse: 600 MB that take no room. Past the longest string Node can hold it was called "not a
    // regular file"; a few megabytes were read whole before being refused.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-'))
    try {
      for (const mb of [600, 5]) {
        const file = path.join(dir, '.s3-gate.yml')
        fs.writeFileSync(file, '')
        fs.truncateSync(file, mb * 1024 * 1024)
        expect(() => loadConfig(undefined, dir, known)).toThrow(
          `.s3-gate.yml: the configuration is ${mb}.0 MiB; s3-gate reads at most 1 MiB of it`,
        )
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a .s3-gate.yml linked to a file that is gone, rather than scanning on the defaults', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-'))
    try {
      fs.symlinkSync('ci/removed.yml', path.join(dir, '.s3-gate.yml'))
      expect(() => loadConfig(undefined, dir, known)).toThrow('Config file ".s3-gate.yml" is a symbolic link that leads nowhere (ENOENT).')
      fs.writeFileSync(path.join(dir, '.s3-gate.yaml'), 'profile: strict\n')
      expect(() => loadConfig(undefined, dir, known)).toThrow(ConfigurationError)
      fs.rmSync(path.join(dir, '.s3-gate.yml'))
      fs.symlinkSync('gone.yaml', path.join(dir, 'linked.yaml'))
      expect(() => loadConfig('linked.yaml', dir, known)).toThrow(
        'Config file "linked.yaml" is a symbolic link that leads nowhere (ENOENT).',
      )
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a configuration that is not a mapping', () => {
    const e = errorOf('- profile: strict\n')
    expect(e.where).toBe('.s3-gate.yml:1:1')
    expect(e.message).toContain('to be a mapping')
  })

  it('finds .s3-gate.yml in the working directory and reports a missing explicit file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-'))
    try {
      expect(loadConfig(undefined, dir, known).source).toBeUndefined()
      fs.writeFileSync(path.join(dir, '.s3-gate.yml'), 'profile: baseline\n')
      const c = loadConfig(undefined, dir, known)
      expect(c.profile).toBe('baseline')
      expect(c.source).toBe('.s3-gate.yml')
      expect(() => loadConfig('missing.yml', dir, known)).toThrow(ConfigurationError)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads a .s3-gate.yml that Windows PowerShell wrote as UTF-16, with either byte order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-'))
    const text = 'profile: strict\ndisable:\n  - versioning-disabled\n'
    try {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      fs.writeFileSync(path.join(dir, '.s3-gate.yml'), le)
      const fromLe = loadConfig(undefined, dir, known)
      expect(fromLe.profile).toBe('strict')
      expect(fromLe.disable).toEqual(['versioning-disabled'])
      fs.writeFileSync(path.join(dir, '.s3-gate.yml'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))
      expect(loadConfig(undefined, dir, known).disable).toEqual(['versioning-disabled'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a .s3-gate.yml linked out of the repository or into .git/, and never prints a file whole', () => {
    const parent = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-')))
    const dir = path.join(parent, 'repo')
    const secret = `profile: ${'s3cr3t-'.repeat(40)}\n`
    try {
      fs.mkdirSync(path.join(dir, '.git'), { recursive: true })
      fs.mkdirSync(path.join(dir, 'ci'))
      fs.writeFileSync(path.join(parent, 'outside.yml'), secret)
      fs.writeFileSync(path.join(dir, '.git', 'config'), secret)
      fs.writeFileSync(path.join(dir, 'ci', 'shared.yml'), 'profile: strict\n')
      const linked = (target: string) => {
        fs.rmSync(path.join(dir, '.s3-gate.yml'), { force: true })
        fs.symlinkSync(target, path.join(dir, '.s3-gate.yml'))
        return () => loadConfig(undefined, dir, known)
      }
      expect(linked('../outside.yml')).toThrow('Config file ".s3-gate.yml" is a symbolic link to a file outside the repository; refused.')
      expect(linked('.git/config')).toThrow('Config file ".s3-gate.yml" is a symbolic link to a file under .git/; refused.')
      // A credentials file an earlier step left: its start (the token) was quoted in the error.
      fs.writeFileSync(path.join(dir, '.npmrc'), '//registry.npmjs.org/:_authToken=npm_TokenSecret\n')
      expect(linked('.npmrc')).toThrow('Config file ".s3-gate.yml" is a symbolic link to a credentials file; refused.')
      expect(linked('ci')).toThrow('Config file ".s3-gate.yml" is not a regular file.')
      expect(linked('ci/shared.yml')().profile).toBe('strict')
      // A file asked for by a path outside the repository is read, but its values are cut short in errors.
      let message = ''
      try {
        loadConfig('../outside.yml', dir, known)
      } catch (e) {
        message = (e as Error).message
      }
      expect(message).toMatch(/got "(s3cr3t-){8}s…"\.$/)
      expect(message.length).toBeLessThan(200)
      // Red team: asked for by a path above the working directory but inside the repository
      // (`cd infra && s3-gate scan --config ../.s3-gate.yml`), a link was followed anywhere.
      fs.mkdirSync(path.join(dir, 'infra'))
      const fromBelow = (target: string) => {
        fs.rmSync(path.join(dir, '.s3-gate.yml'), { force: true })
        fs.symlinkSync(target, path.join(dir, '.s3-gate.yml'))
        return () => loadConfig('../.s3-gate.yml', path.join(dir, 'infra'), known)
      }
      expect(fromBelow('.git/config')).toThrow('Config file "../.s3-gate.yml" is a symbolic link to a file under .git/; refused.')
      expect(fromBelow('../outside.yml')).toThrow(
        'Config file "../.s3-gate.yml" is a symbolic link to a file outside the repository; refused.',
      )
      expect(fromBelow('ci/shared.yml')().profile).toBe('strict')
    } finally {
      fs.rmSync(parent, { recursive: true, force: true })
    }
  })
})
