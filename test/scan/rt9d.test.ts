import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { discover, resolveRoots } from '../../src/discovery.js'
import { silentLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'
import { scanFiles, writeTree } from '../helpers/scan-files.js'

const PUBLIC = `Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
`

const filesOf = (r: { findings: { location: { file: string } }[] }) => [...new Set(r.findings.map((f) => f.location.file))].sort()

describe('Python environments are not scanned', () => {
  it('a virtualenv (known by its pyvenv.cfg, whatever its name), tox and nox environments and site-packages are skipped', async () => {
    const r = await scanFiles({
      'infra/template.yaml': PUBLIC,
      '.venv/pyvenv.cfg': 'home = /usr/bin\n',
      '.venv/lib/python3.12/site-packages/checkov/tests/t.yaml': PUBLIC,
      'tools/py/pyvenv.cfg': 'home = /usr/bin\n',
      'tools/py/share/templates/t.yaml': PUBLIC,
      '.tox/py311/lib/python3.11/site-packages/cfnlint/t.yaml': PUBLIC,
      '.tox/py311/t.yaml': PUBLIC,
      '.nox/lint/t.yaml': PUBLIC,
      'vendor/lib/python3/site-packages/x/t.yaml': PUBLIC,
      'vendor/lib/python3/dist-packages/x/t.yaml': PUBLIC,
    })
    expect(filesOf(r)).toEqual(['infra/template.yaml'])
  })

  it('a folder named env or venv without pyvenv.cfg is scanned (an environment of the infrastructure)', async () => {
    const r = await scanFiles({ 'env/prod/template.yaml': PUBLIC, 'venv/template.yaml': PUBLIC })
    expect(filesOf(r)).toEqual(['env/prod/template.yaml', 'venv/template.yaml'])
  })

  it('a virtualenv reached through a symbolic link is skipped too', async () => {
    const dir = writeTree({ 'infra/template.yaml': PUBLIC, 'pyenv/pyvenv.cfg': 'home = /usr\n', 'pyenv/t.yaml': PUBLIC })
    fs.symlinkSync('../pyenv', path.join(dir, 'infra', 'env'))
    const r = await scan(makeScanOptions({ cwd: dir, paths: ['infra'], workers: 0 }), silentLogger)
    expect(filesOf(r)).toEqual(['infra/template.yaml'])
  })

  it('a virtualenv named as the path to scan is scanned', async () => {
    const r = await scanFiles({ '.venv/pyvenv.cfg': 'home = /usr\n', '.venv/fixtures/t.yaml': PUBLIC }, { paths: ['.venv'] })
    expect(filesOf(r)).toEqual(['.venv/fixtures/t.yaml'])
  })
})

describe('a file named as the path to scan through a symbolic link', () => {
  it('a link named like a template to a file that is not (template.yaml -> body.txt) is scanned under the link name, as in a folder scan', async () => {
    const dir = writeTree({ 'body.txt': PUBLIC })
    fs.symlinkSync('body.txt', path.join(dir, 'template.yaml'))
    const byName = await scan(makeScanOptions({ cwd: dir, paths: ['template.yaml'], workers: 0 }), silentLogger)
    const byFolder = await scan(makeScanOptions({ cwd: dir, paths: ['.'], workers: 0 }), silentLogger)
    expect(filesOf(byFolder)).toEqual(['template.yaml'])
    expect(filesOf(byName)).toEqual(['template.yaml'])
    expect(byName.problems.map((p) => p.code)).toEqual([])
    expect(byName.findings.length).toBe(byFolder.findings.length)
  })

  it('a link to a template is read under the template name, as in a folder scan, once however it is named', async () => {
    const dir = writeTree({ 'real/template.yaml': PUBLIC })
    fs.symlinkSync('real/template.yaml', path.join(dir, 'link.yaml'))
    const r = await scan(makeScanOptions({ cwd: dir, paths: ['link.yaml', '.'], workers: 0 }), silentLogger)
    expect(filesOf(r)).toEqual(['real/template.yaml'])
    expect(r.stats.files).toBe(1)
  })

  it('a link whose name s3-gate does not read is named as given in the warning', () => {
    const dir = writeTree({ 'body.txt': PUBLIC })
    fs.symlinkSync('body.txt', path.join(dir, 'stack.cfn'))
    const d = discover(resolveRoots(['stack.cfn'], dir), dir, 1 << 20, silentLogger)
    expect(d.files).toEqual([])
    expect(d.problems.map((p) => `${p.code} ${p.file}`)).toEqual(['UNREAD_FILE_NAME stack.cfn'])
  })
})

it.skipIf(process.platform === 'win32')(
  'a link to a named pipe named as the path to scan is said under the name given, and not read',
  () => {
    const dir = writeTree({})
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    fs.symlinkSync('pipe', path.join(dir, 'template.yaml'))
    const d = discover(resolveRoots(['template.yaml'], dir), dir, 1 << 20, silentLogger)
    expect(d.problems.map((p) => `${p.code} ${p.file}`)).toEqual(['NOT_A_FILE template.yaml'])
  },
)

describe('Git LFS pointers', () => {
  const pointer = (content: string) =>
    `version https://git-lfs.github.com/spec/v1\noid sha256:${createHash('sha256').update(content).digest('hex')}\nsize ${Buffer.byteLength(content)}\n`

  it('a pointer where a template should be (a checkout without LFS) is said, not passed in silence', async () => {
    const r = await scanFiles({ 'infra/template.yaml': pointer(PUBLIC), 'infra/main.tf': pointer('resource "aws_s3_bucket" "b" {}\n') })
    // A Terraform file is infrastructure: an error (a parse-error finding), as its pointer's HCL errors were.
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toEqual(['parse-error infra/main.tf'])
    expect(r.problems.map((p) => `${p.code} ${p.file} ${p.level}`).sort()).toEqual([
      'LFS_POINTER infra/main.tf error',
      'LFS_POINTER infra/template.yaml warning',
    ])
  })

  it('a file that starts as a pointer and goes on with a template is read (a pointer has only key-value lines)', async () => {
    const r = await scanFiles({
      't.tf': `${pointer('x')}resource "aws_s3_bucket_acl" "a" {\n  bucket = "b"\n  acl    = "public-read"\n}\n`,
    })
    expect(r.problems.map((p) => p.code)).not.toContain('LFS_POINTER')
  })

  it('a short template that only mentions LFS is read', async () => {
    const r = await scanFiles({ 't.yaml': `# version https://git-lfs.github.com/spec/v1\n${PUBLIC}` })
    expect(r.problems).toEqual([])
    expect(r.findings.length).toBeGreaterThan(0)
  })
})
