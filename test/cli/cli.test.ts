import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Writable } from 'node:stream'
import { drained, runCli, type CliIo } from '../../src/cli.js'
import { writeTree } from '../helpers/scan-files.js'

const PUBLIC =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'
const LOW_ONLY = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n'

async function cli(args: string[], files: Record<string, string> = { 'stack.yaml': PUBLIC }) {
  const cwd = writeTree(files)
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, isTTY: false, env: {} }
  const code = await runCli(args, { ...io })
  return { code, stdout, stderr, cwd }
}

describe('s3-gate CLI', () => {
  it('says how many units a shard took of how many', async () => {
    const r = await cli(['scan', '.', '--shard', '1/4', '--fail-on', 'none'])
    expect(r.stderr).toMatch(/^shard 1\/4: [01] of 1 unit$/m)
  })

  it('exits 1 when a finding is at or above --fail-on and 0 otherwise', async () => {
    expect((await cli(['scan', '.'])).code).toBe(1)
    expect((await cli(['scan', '.', '--fail-on', 'none'])).code).toBe(0)
    expect((await cli(['scan', '.'], { 'q.yaml': LOW_ONLY })).code).toBe(0)
  })

  it('exits 2 on a usage or configuration error with a clear message', async () => {
    const bad = await cli(['scan', '--fail-on', 'hgih'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Expected `fail-on` to be one of critical, high, medium, low, info, none; got "hgih".')
    expect((await cli(['scan', '--bogus'])).code).toBe(2)
    expect((await cli(['frobnicate'])).code).toBe(2)
    // No command: options alone would otherwise pass a gate that scanned nothing.
    expect((await cli(['--fail-on', 'high'])).code).toBe(2)
    expect((await cli([])).code).toBe(2)
    expect((await cli(['--help'])).code).toBe(0)
    expect((await cli(['scan', 'does-not-exist'])).code).toBe(2)
    const cfg = await cli(['scan', '.'], { 'stack.yaml': PUBLIC, '.s3-gate.yml': 'rules:\n  no-such-rule: off\n' })
    expect(cfg.code).toBe(2)
    expect(cfg.stderr).toMatch(/\.s3-gate\.yml:2:3/)
  })

  it('prints control characters from the scanned code escaped, so they cannot forge workflow commands or terminal output', async () => {
    const hostile =
      'Resources:\n  "B\\n::warning::forged\\r\\n::add-mask::x\\e[2J\\u202e\\u200e\\u200b":\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'
    const r = await cli(['scan', '.', '--fail-on', 'none', '--verbose'], {
      'a\n::error::name.yaml': hostile,
      'bad\r.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  X: [\n',
    })
    const lines = `${r.stdout}${r.stderr}`.split('\n')
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([])
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\u200e\u200b]/)
    expect(r.stdout).toContain('Bucket B\\n::warning::forged\\r\\n::add-mask::x\\u001b[2J\\u202e\\u200e\\u200b grants READ')
    expect(r.stdout).toContain('a\\n::error::name.yaml')
    expect(r.stdout).toContain('bad\\r.yaml')
  })

  it('prints only the requested format on stdout and logs to stderr', async () => {
    const r = await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'])
    const out = JSON.parse(r.stdout)
    expect(out.findings.length).toBeGreaterThan(0)
    expect(r.stderr).toMatch(/^scanned 1 file \(1 unit, 1 bucket\) in \d+ ms \(discovery \d+ ms\); \d+ findings$/m)
  })

  it('has every flag of --help documented in the README, and every command of the README in --help', async () => {
    const help = (await cli(['--help'])).stdout
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    const flags = [...new Set([...help.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]))]
    expect(flags.length).toBeGreaterThan(10)
    // --no-color and --version were in --help only.
    expect(flags.filter((f) => !new RegExp(`(?<![\\w-])${f}(?![\\w-])`).test(readme))).toEqual([])
    for (const command of readme.matchAll(/^npx s3-gate ([a-z]+) /gm)) expect(help).toContain(`s3-gate ${command[1]} `)
  })

  it('starts every usage error with "error:" on one line, a bad flag as much as a bad value', async () => {
    for (const args of [
      ['scan', '--bogus'],
      ['scan', '--format'],
      ['scan', '--format', 'xml'],
      ['scan', '-x'],
    ]) {
      const r = await cli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toMatch(/^error: [^\n]+\n$/)
    }
  })

  // Red team: `--shard=` (an empty matrix variable) scanned everything unsharded, `--output=` wrote
  // to stdout, `--workers=` read as 0 and `--workers 0x10` as 16.
  it('refuses an empty flag value and a worker count that is not plain digits', async () => {
    for (const args of [
      ['scan', '.', '--shard='],
      ['scan', '.', '--shard', ''],
      ['scan', '.', '--output='],
      ['scan', '.', '--workers='],
      ['scan', '.', '--workers', '0x10'],
      ['scan', '.', '--workers', '1e1'],
      ['scan', '.', '--config='],
    ]) {
      const r = await cli(args)
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: '' })
      expect(r.stderr, args.join(' ')).toMatch(/^error: [^\n]+\n$/)
    }
    expect((await cli(['scan', '.', '--workers', '0', '--fail-on', 'none'])).code).toBe(0)
  })

  it('emits JSON findings with file relative to the working directory, line, resource and fingerprint', async () => {
    const r = await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'], { 'infra/stack.yaml': PUBLIC })
    const f = JSON.parse(r.stdout).findings.find((x: { ruleId: string }) => x.ruleId === 'acl-public-write')
    expect(f).toMatchObject({ file: 'infra/stack.yaml', line: 6, column: 7, resource: 'Site', suppressed: false, severity: 'critical' })
    expect(f.fingerprint).toMatch(/^[0-9a-f]{24}$/)
  })

  it('reports parse errors in errors and as parse-error findings', async () => {
    const r = await cli(['scan', '.', '--format', 'json', '--fail-on', 'none'], {
      'bad.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B: [\n',
    })
    const out = JSON.parse(r.stdout)
    expect(out.errors).toEqual([expect.objectContaining({ file: 'bad.yaml', code: 'YAML_SYNTAX' })])
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('parse-error')
  })

  it('writes the output to --output instead of stdout', async () => {
    const r = await cli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif', '--fail-on', 'none'])
    expect(r.stdout).toBe('')
    expect(JSON.parse(fs.readFileSync(path.join(r.cwd, 'out.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('writes SARIF URIs from the enclosing git work tree, whatever folder it runs in; JSON keeps cwd-relative paths', async () => {
    const root = writeTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'other/t.yaml': PUBLIC, 'sub/.keep': '' })
    const outside = writeTree({ 'o.yaml': PUBLIC })
    let stdout = ''
    const io: CliIo = { stdout: (s) => void (stdout += s), stderr: () => {}, cwd: path.join(root, 'sub'), isTTY: false, env: {} }
    await runCli(['scan', '../other', outside, '--format', 'sarif', '--fail-on', 'none'], io)
    const run = JSON.parse(stdout).runs[0]
    const at = (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) =>
      JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation)
    const uris = [...new Set(run.results.map(at))].map((s) => JSON.parse(s as string))
    expect(uris).toHaveLength(2)
    expect(uris).toEqual(
      expect.arrayContaining([{ uri: 'other/t.yaml', uriBaseId: '%SRCROOT%' }, { uri: pathToFileURL(path.join(outside, 'o.yaml')).href }]),
    )
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(root).href}/`)
    stdout = ''
    await runCli(['scan', '../other', '--format', 'json', '--fail-on', 'none'], io)
    expect(JSON.parse(stdout).findings[0].file).toBe('../other/t.yaml')
  })

  it('writes --output without colours even when stdout is a terminal', async () => {
    const cwd = writeTree({ 'stack.yaml': PUBLIC })
    const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd, isTTY: true, env: {} }
    await runCli(['scan', '.', '--output', 'out.txt', '--quiet'], io)
    const text = fs.readFileSync(path.join(cwd, 'out.txt'), 'utf8')
    expect(text).toContain('stack.yaml')
    expect(text).not.toContain('\x1b[')
  })

  it('exits 2 with a clear message when --output cannot be written, instead of crashing', async () => {
    for (const output of ['missing/out.sarif', '.']) {
      const r = await cli(['scan', '.', '--format', 'sarif', '--output', output])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`error: Cannot write \`--output\` "${output}"`)
      expect(r.stderr).not.toContain('please report')
      // Refused before the scan, not after minutes of it.
      expect(r.stderr).not.toContain('scanned')
    }
    const merge = await cli(['merge', 'shard-1.json', '--output', 'missing/merged.json'])
    expect(merge.code).toBe(2)
    expect(merge.stderr).toBe('error: Cannot write `--output` "missing/merged.json": its folder does not exist.\n')
  })

  it.runIf(fs.existsSync('/dev/full'))('exits 2 with a clear message when writing --output fails (a full disk)', async () => {
    const r = await cli(['scan', '.', '--output', '/dev/full'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('error: Cannot write `--output` "/dev/full": ENOSPC')
    expect(r.stderr).not.toContain('crashed')
  })

  it("stops quietly with the gate's exit code when stdout is closed early (s3-gate scan | head)", async () => {
    const cwd = writeTree(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`s${i}.yaml`, PUBLIC])))
    const cli = path.resolve('src/cli.ts')
    // Loaded by path: the scanned folder has no node_modules to resolve `tsx` from.
    const tsx = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href
    const child = spawn(process.execPath, ['--import', tsx, cli, 'scan', '.', '--format', 'json', '--fail-on', 'none', '--quiet'], {
      cwd,
    })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => void (stderr += d))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).not.toMatch(/EPIPE|Unhandled/)
    expect(code).toBe(0)
  })

  it('renders the next bytes for stdout only once the reader has taken the last (a slow pipe)', async () => {
    const cwd = writeTree(Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`s${i}.yaml`, PUBLIC])))
    const taken: Uint8Array[] = []
    let reading = false
    let overlapped = false
    const io: CliIo = {
      stdout: () => {},
      stdoutBytes: (b) => {
        if (reading) overlapped = true
        taken.push(b)
        reading = true
        return new Promise<void>((resolve) => setTimeout(() => ((reading = false), resolve()), 2))
      },
      stderr: () => {},
      cwd,
      isTTY: false,
      env: {},
    }
    expect(await runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], io)).toBe(0)
    expect(taken.length).toBeGreaterThan(2)
    expect(overlapped).toBe(false)
    const json = JSON.parse(Buffer.concat(taken).toString('utf8')) as { findings: unknown[] }
    expect(json.findings.length).toBeGreaterThan(200)
  })

  it('waits for stdout to drain, and never past its end (closed, broken pipe)', async () => {
    let callback: () => void = () => {}
    const slow = new Writable({ highWaterMark: 4, write: (_chunk, _enc, cb) => void (callback = cb) })
    expect(slow.write(Buffer.alloc(16))).toBe(false)
    let done = false
    const wait = drained(slow).then(() => (done = true))
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(done).toBe(false)
    callback()
    await wait
    expect(slow.listenerCount('drain') + slow.listenerCount('close') + slow.listenerCount('error')).toBe(0)

    const broken = new Writable({ highWaterMark: 4, write: () => {} })
    broken.on('error', () => {})
    broken.write(Buffer.alloc(16))
    const ends = drained(broken)
    broken.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    await ends
    await drained(broken)
  })

  it('refuses a shard count merge could never take', async () => {
    const r = await cli(['scan', '.', '--shard', '1/257'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Expected `shard` i\/n with n at most 256; got "1\/257"/)
  })

  it('merges shards written into the scanned folder, as the README loop does, into what one scan gives', async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`s${i}.yaml`, PUBLIC]))
    const cwd = writeTree(files)
    const io = (out: string[]): CliIo => ({ stdout: (s) => void out.push(s), stderr: () => {}, cwd, isTTY: false, env: {} })
    const whole: string[] = []
    await runCli(['scan', '.', '--format', 'json'], io(whole))
    for (const i of [1, 2, 3]) await runCli(['scan', '.', '--shard', `${i}/3`, '--format', 'json', '--output', `shard-${i}.json`], io([]))
    const merged: string[] = []
    await runCli(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--format', 'json', '--quiet'], io(merged))
    const stats = (out: string[]) => ({ ...JSON.parse(out.join('')).stats, durationMs: 0 })
    expect(stats(merged)).toEqual(stats(whole))
    expect(stats(merged)).toMatchObject({ files: 6, units: 6 })
  })

  it('places merged shards in the folder they scanned, wherever in the repository (or outside it) the merge runs', async () => {
    const repo = writeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'infra/a.yaml': PUBLIC,
      'infra/b.yaml': PUBLIC,
      'infra/c.yaml': PUBLIC,
      'other/d.yaml': PUBLIC,
    })
    const io = (cwd: string, out: string[] = [], err: string[] = []): CliIo => ({
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      cwd,
      isTTY: false,
      env: {},
    })
    const infra = path.join(repo, 'infra')
    const uris = (out: string[]) =>
      JSON.parse(out.join('')).runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation,
      )
    const whole: string[] = []
    await runCli(['scan', '.', '--format', 'sarif', '--fail-on', 'none'], io(infra, whole))
    expect(uris(whole)).toContainEqual({ uri: 'infra/a.yaml', uriBaseId: '%SRCROOT%' })
    for (const i of [1, 2]) {
      await runCli(['scan', '.', '--shard', `${i}/2`, '--format', 'json', '--output', `../shard-${i}.json`, '--fail-on', 'none'], io(infra))
      expect(JSON.parse(fs.readFileSync(path.join(repo, `shard-${i}.json`), 'utf8')).shard.folder).toBe('infra')
    }
    const outside = writeTree({ 'x.txt': '' })
    for (const [cwd, shards] of [
      [repo, ['shard-1.json', 'shard-2.json']],
      [path.join(repo, 'other'), ['../shard-1.json', '../shard-2.json']],
      [infra, ['../shard-1.json', '../shard-2.json']],
      [outside, [path.join(repo, 'shard-1.json'), path.join(repo, 'shard-2.json')]],
    ] as const) {
      const merged: string[] = []
      expect(await runCli(['merge', ...shards, '--format', 'sarif', '--quiet', '--fail-on', 'none'], io(cwd, merged))).toBe(0)
      expect(uris(merged)).toEqual(uris(whole))
    }
    // Shards of two folders name different files by the same path: refused.
    await runCli(['scan', '.', '--shard', '2/2', '--format', 'json', '--output', 'shard-2.json', '--fail-on', 'none'], io(repo))
    const err: string[] = []
    expect(await runCli(['merge', 'shard-1.json', 'shard-2.json', '--quiet'], io(repo, [], err))).toBe(2)
    expect(err.join('')).toMatch(/were scanned in different folders of the repository \(the root and "infra"\)/)
  })

  it('lists rules with their concepts as JSON', async () => {
    const r = await cli(['rules', '--format', 'json'])
    const rules = JSON.parse(r.stdout)
    const tls = rules.find((x: { id: string }) => x.id === 'tls-not-enforced')
    expect(tls).toMatchObject({ severity: 'medium' })
    expect(tls.concepts).toContain('tls-not-enforced')
    expect(r.code).toBe(0)
  })

  it('says so when there is nothing to scan', async () => {
    const r = await cli(['scan', '.'], { 'README.md': '# nothing' })
    expect(r.stdout).toMatch(/No infrastructure files found/)
  })

  it('says so too when the only YAML and JSON files are not templates (a workflow, a document naming AWS::)', async () => {
    const r = await cli(['scan', '.', '--format', 'json'], {
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n',
      'notes.json': '{"notes": "Resources are declared as AWS::S3::Bucket"}',
    })
    expect(JSON.parse(r.stdout).stats).toMatchObject({ files: 0, byFormat: {} })
    expect((await cli(['scan', '.'], { 'ci.yml': 'on: push\njobs: {}\n' })).stdout).toMatch(/No infrastructure files found/)
  })
})
