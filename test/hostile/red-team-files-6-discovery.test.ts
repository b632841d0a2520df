/** Round 6 of the red team on the paths given to scan. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveRoots } from '../../src/discovery.js'
import { ConfigurationError } from '../../src/errors.js'

describe('a scanned path that cannot be resolved', () => {
  it('says it is a loop of links, not that it does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-rt6-roots-'))
    try {
      fs.symlinkSync('b', path.join(dir, 'a'))
      fs.symlinkSync('a', path.join(dir, 'b'))
      expect(() => resolveRoots(['a'], dir)).toThrow(
        new ConfigurationError('Path "a" is a symbolic link that leads round a loop of links.'),
      )
      expect(() => resolveRoots(['gone'], dir)).toThrow(new ConfigurationError('Path "gone" does not exist.'))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
