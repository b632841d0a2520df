/** A module source that leads back to its own folder through a symbolic link is a cycle, as `./` is. */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanFiles, writeTree } from '../../helpers/scan-files.js'

describe('module cycles through symbolic links', () => {
  it('are a MODULE_CYCLE at each call, and the module is read once', async () => {
    const dir = writeTree({
      'main.tf':
        'module "a" {\n  source = "./loop"\n}\nmodule "b" {\n  source = "./loop/loop"\n}\n' +
        'resource "aws_s3_bucket" "b" {\n  acl = "public-read"\n}\n',
    })
    try {
      fs.symlinkSync('.', path.join(dir, 'loop'))
      const r = await scanFiles({}, { cwd: dir })
      expect(r.problems.map((p) => `${p.code} ${p.file}:${p.line} ${p.level}`)).toEqual([
        'MODULE_CYCLE main.tf:1 error',
        'MODULE_CYCLE main.tf:4 error',
      ])
      expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => `${f.location.file}:${f.location.line}`)).toEqual([
        'main.tf:8',
      ])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
