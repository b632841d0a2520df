/**
 * Round 6 of the red team on `.s3-gate.yml`: settings that were read as something else than
 * written, without a word (tags, glob syntax s3-gate does not have, paths no finding can carry,
 * rules both on and off, two configuration files).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../../rules/index.js'
import { loadConfig, parseConfig } from '../../src/config/load.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseArgs } from '../../src/cli-args.js'

const known = new Set(rules.map((r) => r.id))
const parse = (text: string) => parseConfig(text, '.s3-gate.yml', known)

function errorOf(text: string): string {
  try {
    parse(text)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError)
    return (e as Error).message
  }
  throw new Error(`expected a configuration error for ${JSON.stringify(text)}`)
}

const exception = (field: string) => `exceptions:\n  - rule: website-enabled\n    reason: r\n    ${field}\n`

describe('a YAML tag in .s3-gate.yml', () => {
  it('is refused at its position, not dropped with the value read as the text it tags', () => {
    // `include: !!binary aGVsbG8=` included "aGVsbG8=", `profile: !Ref strict` ran strict.
    expect(errorOf('profile: !Ref strict\n')).toBe(
      '.s3-gate.yml:1:10: the YAML tag !Ref has no meaning in the configuration, which holds plain text, lists and mappings; remove it',
    )
    expect(errorOf('include: !!binary aGVsbG8=\n')).toMatch(/^\.s3-gate\.yml:1:10: the YAML tag !!binary /)
    expect(errorOf('disable:\n  - !!int "7"\n')).toMatch(/^\.s3-gate\.yml:2:5: the YAML tag !!int /)
    expect(errorOf(exception('expires: !!timestamp 2027-01-31'))).toMatch(/^\.s3-gate\.yml:4:14: the YAML tag !!timestamp /)
  })

  it('is accepted where it says what the value is anyway', () => {
    expect(parse('profile: !!str strict\ninclude: !!seq ["infra/**"]\n')).toMatchObject({ profile: 'strict', include: ['infra/**'] })
  })
})

describe('path globs no reported path can match', () => {
  it('are refused with what to write: a leading ./ or /, a trailing /, empty or dot folders', () => {
    // `exclude: ["./test/**"]` excluded nothing, `path: infra/site/` excepted nothing, in silence.
    expect(errorOf('exclude: ["./test/**"]\n')).toBe(
      '.s3-gate.yml:1:12: `exclude[0]`: "./test/**" starts with "./"; paths are written from the working directory without it (write "test/**").',
    )
    expect(errorOf('include: ["/infra/**"]\n')).toMatch(/`include\[0\]`: "\/infra\/\*\*" is an absolute path; .*\(write "infra\/\*\*"\)/)
    expect(errorOf(exception('path: infra/site/'))).toBe(
      '.s3-gate.yml:4:11: `exceptions[0].path`: "infra/site/" ends with "/"; for everything in the folder, write "infra/site/**".',
    )
    for (const glob of ['infra//*.tf', 'infra/./a.yaml', 'infra/../a.yaml'])
      expect(errorOf(`exclude: ["${glob}"]\n`)).toContain('has an empty, "." or ".." folder in it')
  })

  it('still takes the paths of files above the working directory', () => {
    expect(parse('include: ["../shared/**", "../../x/*.tf"]\n').include).toEqual(['../shared/**', '../../x/*.tf'])
  })
})

describe('glob syntax s3-gate does not have', () => {
  it('is refused rather than matched literally: {a,b}, [...] in paths, a leading !', () => {
    expect(errorOf('exclude: ["**/{test,spec}/**"]\n')).toBe(
      '.s3-gate.yml:1:12: `exclude[0]`: "**/{test,spec}/**" holds "{a,b}" alternatives, which s3-gate does not expand (only * ** and ? are wildcards); write one glob per alternative.',
    )
    expect(errorOf(exception('resource: "{Site,Logs}Bucket"'))).toMatch(
      /^\.s3-gate\.yml:4:16: `exceptions\[0\]\.resource`: .* "\{a,b\}" alternatives/,
    )
    expect(errorOf('include: ["envs/[ps]*/**"]\n')).toContain('holds a "[...]" character class')
    expect(errorOf('exclude: ["!infra/**"]\n')).toContain('starts with "!"; negated globs are not supported')
  })

  it('leaves brackets in resource globs and braces without a comma alone', () => {
    const c = parse(`${exception('resource: aws_s3_bucket.logs["eu"]')}include: ["\${var}/**"]\n`)
    expect(c.exceptions[0]!.resource).toBe('aws_s3_bucket.logs["eu"]')
    expect(c.include).toEqual(['${var}/**'])
  })
})

describe('a rule both switched off and on', () => {
  it('is refused at the disable entry: off won, and enable plus disable of one rule ran none', () => {
    expect(errorOf('enable: [website-enabled]\ndisable: [website-enabled]\n')).toBe(
      '.s3-gate.yml:2:11: `disable` switches off website-enabled, but `enable` lists it; keep one of the two',
    )
    expect(errorOf('rules:\n  website-enabled: high\ndisable:\n  - versioning-disabled\n  - website-enabled\n')).toBe(
      '.s3-gate.yml:5:5: `disable` switches off website-enabled, but `rules` turns it on; keep one of the two',
    )
    expect(parse('rules:\n  website-enabled: off\ndisable: [website-enabled]\n').disable).toEqual(['website-enabled', 'website-enabled'])
  })
})

describe('finding the configuration file', () => {
  it('refuses .s3-gate.yml beside .s3-gate.yaml, rather than ignore one of them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-config-rt6-'))
    try {
      fs.writeFileSync(path.join(dir, '.s3-gate.yml'), 'profile: default\n')
      fs.writeFileSync(path.join(dir, '.s3-gate.yaml'), 'profile: strict\n')
      expect(() => loadConfig(undefined, dir, known)).toThrow(/^Both \.s3-gate\.yml and \.s3-gate\.yaml are in the working directory/)
      expect(loadConfig('.s3-gate.yaml', dir, known).profile).toBe('strict')
      fs.rmSync(path.join(dir, '.s3-gate.yml'))
      expect(loadConfig(undefined, dir, known).profile).toBe('strict')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the command line', () => {
  const refused = (argv: string[]) => {
    try {
      parseArgs(argv)
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError)
      return (e as Error).message
    }
    throw new Error(`expected ${argv.join(' ')} to be refused`)
  }

  it('refuses a value given to an option that takes none, rather than switching it on', () => {
    expect(refused(['scan', '--verbose=false'])).toBe('--verbose takes no value; got "--verbose=false".')
    expect(refused(['scan', '--no-color=0'])).toBe('--no-color takes no value; got "--no-color=0".')
  })

  it('refuses an option given twice, rather than keep the last', () => {
    expect(refused(['scan', '--config', 'a.yml', '.', '--config=b.yml'])).toBe('--config is given twice; keep one.')
    expect(refused(['scan', '--max-depth', '10', '--max-depth', '20'])).toBe('--max-depth is given twice; keep one.')
  })

  it('refuses an option where a value should be, rather than take it for the value', () => {
    // `--output --format json` wrote the report to a file named `--format` and scanned `json`.
    expect(refused(['scan', '--output', '--format', 'json'])).toBe('--output needs a value; got the option --format.')
    expect(refused(['scan', '--config', '--fail-on=none'])).toBe('--config needs a value; got the option --fail-on=none.')
    // A value that only looks like one is still a value: `=` says so, and a number is no option.
    expect(parseArgs(['scan', '--output=--format', '--max-depth', '-1']).flags).toEqual(
      new Map([
        ['--output', '--format'],
        ['--max-depth', '-1'],
      ]),
    )
  })
})
