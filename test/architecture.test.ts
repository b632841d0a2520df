import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '..')
function filesUnder(dir: string): string[] {
  const abs = path.join(root, dir)
  if (!fs.existsSync(abs)) return []
  return fs
    .readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f))
}
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8')
/** Source without comments and string literals: what the code does, not what it says. */
function code(f: string): string {
  const src = read(f)
  let out = ''
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    const next = src[i + 1]
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++
      out += '\n'
    } else if (c === '/' && next === '*') {
      i = src.indexOf('*/', i + 2) + 1
      if (i === 0) break
    } else if (c === "'" || c === '"' || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++
      out += '""'
    } else out += c
  }
  return out
}

describe('module boundaries', () => {
  it('keeps @actions/* out of everything but src/main.ts and src/report/github/', () => {
    const offenders = filesUnder('src')
      .concat(filesUnder('rules'))
      .filter((f) => f !== path.join('src', 'main.ts') && !f.startsWith(path.join('src', 'report', 'github')))
      .filter((f) => /from ['"]@actions\//.test(read(f)))
    expect(offenders).toEqual([])
  })

  it('keeps format names out of rules, the engine and the model', () => {
    const formatWords = /AWS::S3::|aws_s3_bucket|AWS::CloudTrail|aws_cloudtrail/
    const offenders = [...filesUnder('rules'), ...filesUnder('src/engine'), ...filesUnder('src/model')].filter((f) =>
      formatWords.test(code(f)),
    )
    expect(offenders).toEqual([])
  })

  it('lists every rule file in rules/index.ts', () => {
    const ids = fs
      .readdirSync(path.join(root, 'rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
    const index = read('rules/index.ts')
    for (const id of ids) expect(index).toContain(`./${id}.js`)
  })

  it('keeps process.env and network access out of the pure core', () => {
    const core = [
      'src/scan.ts',
      'src/process-unit.ts',
      ...filesUnder('src/engine'),
      ...filesUnder('src/model'),
      ...filesUnder('src/parsers'),
    ]
    expect(core.filter((f) => /process\.env|fetch\(/.test(code(f)) || /from ['"]node:https?['"]/.test(read(f)))).toEqual([])
  })
})
