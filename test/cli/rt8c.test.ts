import { describe, expect, it } from 'vitest'
import { runCli, type CliIo } from '../../src/cli.js'
import { writeTree } from '../helpers/scan-files.js'

const PUBLIC =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

async function cli(args: string[], files: Record<string, string>) {
  const cwd = writeTree(files)
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, isTTY: false, env: {} }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

describe('a file named as a path to scan (red-team round 8c)', () => {
  it('whose name s3-gate does not read is said to be left out, not passed over in silence', async () => {
    const r = await cli(['scan', 'stack.cfn', 'ok.yaml', '--format', 'json', '--fail-on', 'none'], {
      'stack.cfn': PUBLIC,
      'ok.yaml': PUBLIC,
    })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.warnings).toEqual([
      expect.objectContaining({ file: 'stack.cfn', line: 1, code: 'UNREAD_FILE_NAME', message: expect.stringContaining('not scanned') }),
    ])
    expect(new Set(out.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['ok.yaml']))
  })

  it('whose name it reads is scanned as before, whatever the case of its extension', async () => {
    const r = await cli(['scan', 'STACK.YAML', '--format', 'json'], { 'STACK.YAML': PUBLIC })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).warnings).toEqual([])
  })

  it('is not warned about inside a folder: only what the command line names', async () => {
    const r = await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { 'README.md': '# x\n', 'a/notes.txt': 'Resources: x\n' })
    expect(JSON.parse(r.stdout).warnings).toEqual([])
  })
})
