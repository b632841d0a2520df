/**
 * Hostile file names and files, and how they come out: a backslash in a name or message that
 * undid the markdown escaping, escape sequences in workflow-command annotations, and files too
 * large (or still growing) to be read whole.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli.js'
import { renderCheckAnnotations, renderWorkflowAnnotations } from '../../src/report/render/annotations.js'
import { printable } from '../../src/report/render/printable.js'
import { renderText } from '../../src/report/render/text.js'
import { renderReviewComment } from '../../src/report/render/review-comment.js'
import { LIMITS, renderSummaryMarkdown } from '../../src/report/render/summary-markdown.js'
import { readRegularFile } from '../../src/read-regular-file.js'
import { CTX, finding, report, scanResult } from '../report/pr-fixtures.js'
import { sandboxScans } from './sandbox-scans.js'

const { scanSandbox } = sandboxScans()

/** Markdown that links to `host`: a `](` closing link text, not itself escaped (an even run of backslashes before it). */
const linksTo = (host: string) => new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\]\\(https://${host.replace(/\./g, '\\.')}`)

describe('a backslash in a file name or a message, in markdown', () => {
  const EVIL = 'evil.example'

  it('does not close the link text of a location early, nor let the rest of the name become a link', () => {
    const file = `a\\](https://${EVIL})\\[x.yaml`
    const f = finding({ ruleId: 'x', line: 3, file })
    const problem = { code: 'NOT_SCANNED', file, line: 1, column: 1, message: 'm', level: 'error' as const }
    const md = renderSummaryMarkdown(report([f], [], {}, { problems: [problem] }), CTX, { surface: 'check', maxBytes: LIMITS.check })
    // Before: `[a\\](https://evil.example)\\[x.yaml:3](…)`, a link to evil.example.
    expect(md).not.toMatch(linksTo(EVIL))
    expect(md).toContain(`[a\\\\\\](https://${EVIL})\\\\\\[x.yaml:3](`)
  })

  it('shows emphasis and code marks of a file name as written', () => {
    const f = finding({ ruleId: 'x', line: 3, file: '*b*_c_~d~`e`.yaml' })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    expect(md).toContain('[\\*b\\*\\_c\\_\\~d\\~\\`e\\`.yaml:3](')
  })

  it('does not let a message (a for_each key) write a link in a table or a review comment', () => {
    const message = `Bucket aws_s3_bucket.b["\\[Approve\\](https://${EVIL})"] has no logging.`
    const f = finding({ ruleId: 'x', line: 1, message })
    const md = renderSummaryMarkdown(report([f], []), CTX, { surface: 'check', maxBytes: LIMITS.check })
    const comment = renderReviewComment(f, CTX, { kind: 'line' })
    for (const text of [md, comment]) {
      expect(text).not.toMatch(linksTo(EVIL))
      // The bare address is broken up too (`https\u200b://`), so GitHub does not link it on its own.
      expect(text).toContain(`aws_s3_bucket.b\\["\\\\\\[Approve\\\\\\](https\u200b://${EVIL})"\\]`)
    }
  })
})

describe('control, bidirectional and invisible characters in markdown', () => {
  it('are shown escaped in a location, a resource, a message and a review comment', () => {
    const f = finding({
      ruleId: 'x',
      line: 2,
      file: '\u202eevil\x1b[31m.yaml',
      resource: 'B\u202eX',
      message: 'Bucket B\u202eX\x1b[2J\u2028 is public.',
    })
    // As the real context does, the link target is percent-encoded.
    const linked = { ...CTX, sourceUrl: (file: string, line?: number) => CTX.sourceUrl(encodeURIComponent(file), line) }
    const unlinked = { ...CTX, sourceUrl: () => undefined }
    for (const c of [linked, unlinked]) {
      const md = renderSummaryMarkdown(report([f], []), c, { surface: 'check', maxBytes: LIMITS.check })
      const comment = renderReviewComment(f, c, { kind: 'line' })
      expect(md + comment).not.toMatch(/[\x1b\u202e\u2028]/)
      expect(md).toContain(c === linked ? '[\\\\u202eevil\\\\u001b\\[31m.yaml:2](' : '`\\u202eevil\\u001b[31m.yaml:2`')
      expect(md).toContain('| `B\\u202eX` |')
      expect(md).toContain('| Bucket B\\u202eX\\u001b\\[2J\\u2028 is public. |')
    }
  })
})

describe('a name that is not UTF-8 beside the valid name it reads as', () => {
  it('is reported, not scanned as its twin: a file and a folder', async () => {
    const PUBLIC_TF = 'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n'
    const r = await scanSandbox({ 'b\ufffd.tf': 'locals {}\n', 'd\ufffd/main.tf': 'locals {}\n' }, (root) => {
      // `b\xff.tf` reads as `b\ufffd.tf`, which opens the decoy beside it.
      const raw = (rel: string) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(rel, 'latin1')])
      fs.writeFileSync(raw('b\xff.tf'), PUBLIC_TF)
      fs.mkdirSync(raw('d\xff'))
      fs.writeFileSync(raw('d\xff/main.tf'), PUBLIC_TF)
    })
    expect(r.problems.filter((p) => p.code === 'NOT_SCANNED').map((p) => [p.file, p.level, p.message])).toEqual([
      ['b\ufffd.tf', 'error', "the file's name is not valid UTF-8, so s3-gate cannot open it; it was not scanned"],
      ['d\ufffd', 'error', "the folder's name is not valid UTF-8, so s3-gate cannot open it; it was not scanned"],
    ])
    // The decoys are scanned still, once each.
    expect(r.stats.files).toBe(3)
  })
})

describe('workflow-command annotations', () => {
  it('show the escape sequences of a resource name escaped, which @actions/core passes to the log as they are', () => {
    const f = finding({ ruleId: 'x', line: 1, message: 'Bucket B\x1b[31mred\x1b[0m\u202eevil has no logging.', file: 'a\x1b[2Jb.yaml' })
    const [a] = renderWorkflowAnnotations(report([f], []), CTX).annotations
    expect(a!.message).toMatch(/^Bucket B\\u001b\[31mred\\u001b\[0m\\u202eevil has no logging\./)
    expect(a!.message + a!.properties.title).not.toMatch(/[\x1b\u202e]/)
    // The file stays exact, or the annotation lands nowhere; @actions/core escapes its separators.
    expect(a!.properties.file).toBe('a\x1b[2Jb.yaml')
  })

  it('and so do check-run annotations, plain text on the pull request page, their path kept exact', () => {
    const f = finding({ ruleId: 'x', line: 1, message: 'Bucket B\u202eX has no logging.', resource: 'B\u202eX', file: '\u202eb.yaml' })
    const [a] = renderCheckAnnotations(report([f], []), CTX).annotations
    expect(a!.message).toMatch(/^Bucket B\\u202eX has no logging\./)
    expect(a!.raw_details).toMatch(/^Resource: B\\u202eX\n/)
    expect(a!.path).toBe('\u202eb.yaml')
  })
})

describe('invisible characters in a file name on a terminal', () => {
  it('are shown escaped: tag characters (hidden ASCII), word joiners, fillers and interlinear marks', () => {
    const hidden = [...'rm -rf'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('')
    const file = `t.yaml${hidden}\u2060\u3164\ufff9`
    const text = renderText(scanResult([finding({ ruleId: 'x', line: 1, file })]), { color: false })
    expect(text.split('\n')[0]).toBe('t.yaml\\u{e0072}\\u{e006d}\\u{e0020}\\u{e002d}\\u{e0072}\\u{e0066}\\u2060\\u3164\\ufff9')
    // What was escaped before still is, the same way.
    expect(printable('a\u001b[2Jb\n\u202e\u200b\u061c\ufeff')).toBe('a\\u001b[2Jb\\n\\u202e\\u200b\\u061c\\ufeff')
  })
})

describe('files too large to be read whole', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })))
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt5-'))
    dirs.push(d)
    return d
  }

  it('says a file is too large when it is larger than a string can hold, rather than throw', () => {
    const file = path.join(tempDir(), 'big.yaml')
    // Sparse: 3 GiB that take no room on disk.
    fs.writeFileSync(file, '')
    fs.truncateSync(file, 3 * 1024 ** 3)
    expect(readRegularFile(file)).toEqual({ tooLarge: 3 * 1024 ** 3 })
  })

  it('refuses a 3 GiB .s3-gate.yml with a configuration error instead of crashing', async () => {
    const dir = tempDir()
    fs.writeFileSync(path.join(dir, 't.yaml'), 'Resources: {}\n')
    fs.writeFileSync(path.join(dir, '.s3-gate.yml'), '')
    fs.truncateSync(path.join(dir, '.s3-gate.yml'), 3 * 1024 ** 3)
    let stderr = ''
    const code = await runCli(['scan', '.', '--quiet'], {
      stdout: () => {},
      stderr: (s) => void (stderr += s),
      cwd: dir,
      isTTY: false,
      env: {},
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^error: \.s3-gate\.yml: the configuration is 3072\.0 MiB; s3-gate reads at most 1 MiB of it/)
    expect(stderr).not.toContain('crashed')
  })

  it.runIf(process.platform === 'linux')('reads no more than the limit of a file larger than its size said (a file of /proc)', () => {
    // fstat says 0 bytes; the read went on to the end, however far.
    expect(fs.statSync('/proc/self/status').size).toBe(0)
    expect(readRegularFile('/proc/self/status', 16)).toMatchObject({ tooLarge: 17 })
    const whole = readRegularFile('/proc/self/status')
    expect('bytes' in whole && whole.bytes.toString('utf8')).toMatch(/^Name:/)
  })
})

describe('the CLI output file', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

  const cli = async (cwd: string, args: string[]) => {
    let stderr = ''
    const code = await runCli(args, { stdout: () => {}, stderr: (s) => void (stderr += s), cwd, isTTY: false, env: {} })
    return { code, stderr }
  }

  it('is not written through a link the checkout holds out of the repository or into .git/', async () => {
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt5-'))
    dirs.push(top)
    const repo = path.join(top, 'repo')
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true })
    fs.writeFileSync(path.join(repo, 't.yaml'), 'Resources: {}\n')
    fs.writeFileSync(path.join(top, 'victim'), 'precious')
    fs.writeFileSync(path.join(repo, '.git', 'config'), '[core]\n')
    fs.symlinkSync('../victim', path.join(repo, 'out.sarif'))
    fs.symlinkSync('.git/config', path.join(repo, 'git.json'))
    for (const [out, why] of [
      ['out.sarif', 'leads out of it through a symbolic link'],
      ['git.json', 'leads into .git/'],
    ] as const) {
      const r = await cli(repo, ['scan', '.', '--quiet', '--format', 'sarif', '--output', out, '--fail-on', 'none'])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(
        `Cannot write \`--output\` "${out}": it ${why === 'leads into .git/' ? '' : 'is inside the repository but '}${why}`,
      )
    }
    // From a folder of the repository, a path above it is still the repository's.
    fs.mkdirSync(path.join(repo, 'infra'))
    fs.writeFileSync(path.join(repo, 'infra', 't.yaml'), 'Resources: {}\n')
    const up = await cli(path.join(repo, 'infra'), ['scan', '.', '--quiet', '--output', '../out.sarif'])
    expect(up.code).toBe(2)
    expect(up.stderr).toContain('leads out of it through a symbolic link')
    expect(fs.readFileSync(path.join(top, 'victim'), 'utf8')).toBe('precious')
    expect(fs.readFileSync(path.join(repo, '.git', 'config'), 'utf8')).toBe('[core]\n')
    // A link that stays inside, and a path outside asked for as such, are written.
    fs.mkdirSync(path.join(repo, 'build'))
    fs.writeFileSync(path.join(repo, 'build', 'in.json'), '')
    fs.symlinkSync('build/in.json', path.join(repo, 'in.json'))
    expect((await cli(repo, ['scan', '.', '--quiet', '--format', 'json', '--output', 'in.json'])).code).toBe(0)
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'build', 'in.json'), 'utf8'))).toHaveProperty('stats')
    expect((await cli(repo, ['scan', '.', '--quiet', '--format', 'json', '--output', '../victim'])).code).toBe(0)
  })
})
