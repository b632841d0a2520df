import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli.js'
import { rules } from '../../rules/index.js'
import { writeTree } from '../helpers/scan-files.js'

async function cli(args: string[], files: Record<string, string> = { 'x.txt': 'x\n' }) {
  const cwd = writeTree(files)
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, isTTY: false, env: {} }
  const code = await runCli(args, io)
  return { code, stdout, stderr, cwd }
}

describe('s3-gate rules (red-team round 9j)', () => {
  it('writes the list to --output, as scan and merge do, rather than print it and write no file', async () => {
    const r = await cli(['rules', '--format', 'json', '--output', 'rules.json'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const listed = JSON.parse(fs.readFileSync(path.join(r.cwd, 'rules.json'), 'utf8')) as { id: string }[]
    expect(listed.map((x) => x.id)).toEqual(rules.map((x) => x.id))
    const text = await cli(['rules', '--output', 'rules.txt'])
    expect(fs.readFileSync(path.join(text.cwd, 'rules.txt'), 'utf8').split('\n')[0]).toMatch(
      /^access-logging-disabled\s+medium\s+S3 bucket/,
    )
  })

  it("refuses a scan's options and paths, which it dropped without a word", async () => {
    for (const args of [
      ['rules', '--fail-on', 'high'],
      ['rules', '--config', 'nope.yml'],
      ['rules', '--max-depth', '10'],
      ['rules', '--shard', '1/2'],
    ]) {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(`error: ${args[1]} applies to \`scan\`, not \`rules\`.\n`)
      expect(r.stdout).toBe('')
    }
    const paths = await cli(['rules', 'infra'])
    expect(paths.code).toBe(2)
    expect(paths.stderr).toContain('`s3-gate rules` takes no paths; got "infra"')
  })

  it('still lists the rules on stdout, and refuses a format it does not write', async () => {
    const r = await cli(['rules', '--no-color'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(rules.length)
    expect((await cli(['rules', '--format', 'sarif'])).code).toBe(2)
    const missing = await cli(['rules', '--output', 'no/such/folder/rules.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('its folder does not exist')
  })
})

describe('a name shaped like a workflow command, printed by the CLI (red-team round 9j)', () => {
  it('never starts a line of the text output with :: nor holds ##[, on stdout or stderr', async () => {
    const template =
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  "B##[stop-commands]tok":\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli(['scan', '.', '--format', format, '--fail-on', 'none', '--verbose'], {
        '::error::forged.yaml': template,
        '::warning::bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n',
      })
      expect(r.code).toBe(0)
      const lines = `${r.stdout}\n${r.stderr}`.split('\n')
      expect(lines.filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([])
    }
  })
})
