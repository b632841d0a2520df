import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { tracePathsFor } from '../../../src/parsers/cdk/locate.js'
import { mapTracePath } from '../../../src/parsers/cdk/trace-paths.js'
import { indexSources } from '../../../src/parsers/cdk/source-index.js'
import { isLibraryFrame, parseFrame, userFrames } from '../../../src/parsers/cdk/stack-trace.js'
import { bucketAt, editJson, lineOf, repoRoot, scanDir, tempCopy, writeFiles, removeTemps } from './helpers.js'

afterAll(removeTemps)

const legacy = path.join(repoRoot, 'test/fixtures/cdk/legacy-v1')
const python = path.join(repoRoot, 'test/fixtures/cdk/python-app')

describe('creation-stack frames', () => {
  it('reads the frame shapes CDK versions and languages write', () => {
    expect(parseFrame('new StorageStack (/home/runner/work/app/app/lib/storage.ts:28:5)')).toEqual({
      fn: 'new StorageStack',
      file: '/home/runner/work/app/app/lib/storage.ts',
      line: 28,
      column: 5,
    })
    expect(parseFrame('    at new StorageStack (/w/lib/storage.ts:28:32)')).toMatchObject({
      file: '/w/lib/storage.ts',
      line: 28,
      column: 32,
    })
    expect(parseFrame('<anonymous> (file:///home/me/my%20app/bin/app.ts:9:1)')).toMatchObject({
      file: '/home/me/my app/bin/app.ts',
      line: 9,
    })
    expect(parseFrame('new Stack (C:\\Users\\dev\\app\\lib\\stack.ts:12:7)')).toMatchObject({
      file: 'C:/Users/dev/app/lib/stack.ts',
      line: 12,
    })
    expect(parseFrame('__init__ (/home/runner/work/py/py/stacks/storage_stack.py:13)')).toMatchObject({ line: 13, column: 0 })
    expect(parseFrame('/srv/app/lib/x (copy).ts:4:2')).toMatchObject({ file: '/srv/app/lib/x (copy).ts', line: 4 })
    expect(parseFrame('new X (/srv/app (old)/lib/x.ts:4:2)')).toMatchObject({ file: '/srv/app (old)/lib/x.ts' })
  })

  it('skips collapsed library runs, notes and runtime frames', () => {
    for (const s of [
      '...new Bucket2 in aws-cdk-lib...',
      '...node internals...',
      '(no user code in 10 frames, use --stack-trace-limit to capture more)',
      'Promise.all (index 0)',
    ]) {
      expect(parseFrame(s)).toBeUndefined()
    }
    const frames = userFrames([
      'new CfnBucket (/w/node_modules/aws-cdk-lib/aws-s3/lib/s3.generated.js:1:2)',
      'Module._compile (node:internal/modules/cjs/loader:1105:14)',
      'new Site (/w/node_modules/@acme/site/lib/index.js:3:4)',
      'new Bucket (/venv/lib/python3.12/site-packages/aws_cdk/__init__.py:9)',
      'new AppStack (/w/lib/app-stack.ts:7:5)',
    ])
    expect(frames.map((f) => f.file)).toEqual(['/w/lib/app-stack.ts'])
    expect(isLibraryFrame({ fn: '', file: '/tmp/jsii-kernel-abc/node_modules/aws-cdk-lib/x.js', line: 1, column: 1 })).toBe(true)
  })

  it('prefers the resource’s own trace, then its parents’ and their default children, never the stack’s', () => {
    expect(tracePathsFor('App/Uploads/Policy/Resource', 'App')).toEqual([
      'App/Uploads/Policy/Resource',
      'App/Uploads/Policy',
      'App/Uploads/Policy/Default',
      'App/Uploads',
      'App/Uploads/Resource',
      'App/Uploads/Default',
    ])
  })
})

describe('mapping trace paths to repository files', () => {
  const dir = tempCopy()
  writeFiles(dir, {
    'services/a/lib/stack.ts': 'a',
    'services/b/lib/stack.ts': 'b',
    'infra/bin/app.ts': 'app',
  })
  const sources = indexSources([dir])

  it('maps a path from the synth machine by its longest matching suffix', () => {
    expect(mapTracePath('/home/runner/work/mono/mono/services/b/lib/stack.ts', sources, dir)).toBe(`${dir}/services/b/lib/stack.ts`)
    expect(mapTracePath('/build/infra/bin/app.ts', sources, dir)).toBe(`${dir}/infra/bin/app.ts`)
  })

  it('maps a Windows path from the synth machine', () => {
    expect(mapTracePath('C:/Users/Dev/Mono/Services/A/lib/stack.ts', sources, dir)).toBe(`${dir}/services/a/lib/stack.ts`)
  })

  it('gives no answer when two files share the longest suffix and neither is in the app folder', () => {
    expect(mapTracePath('/elsewhere/lib/stack.ts', sources, dir)).toBeUndefined()
    expect(mapTracePath('/elsewhere/lib/stack.ts', sources, `${dir}/services/a`)).toBe(`${dir}/services/a/lib/stack.ts`)
    expect(mapTracePath('/elsewhere/lib/other.ts', sources, dir)).toBeUndefined()
  })
})

describe('source lines of constructs', () => {
  it('maps a trace written on another machine to the repository file by longest suffix', () => {
    const s = scanDir(legacy)
    const logs = bucketAt(s, 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.at.column]).toEqual(['lib/legacy-stack.ts', 9, 5])
    expect(logs.origin.cdk?.confidence).toBe('trace')
  })

  it('maps a bucket made inside a library L3 to the user line that created the L3', () => {
    const s = scanDir(legacy)
    const site = bucketAt(s, 'LegacyStack/Site/SiteBucket/Resource')
    expect([site.origin.at.file, site.origin.at.line]).toEqual([
      'lib/legacy-stack.ts',
      lineOf('lib/legacy-stack.ts', "new StaticSite(this, 'Site'", legacy),
    ])
    expect(site.origin.cdk?.confidence).toBe('trace')
  })

  it('falls back to the construct id in the sources when there are no traces, and says so', () => {
    const dir = tempCopy(legacy)
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => delete json.artifacts.LegacyStack.metadata)
    const s = scanDir(dir)
    const logs = bucketAt(s, 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.cdk?.confidence]).toEqual(['lib/legacy-stack.ts', 9, 'construct-id'])
    // `SiteBucket` is an id inside the library: the search moves up to `Site`, the user's line.
    const site = bucketAt(s, 'LegacyStack/Site/SiteBucket/Resource')
    expect([site.origin.at.line, site.origin.cdk?.confidence]).toEqual([
      lineOf('lib/legacy-stack.ts', "new StaticSite(this, 'Site'", dir),
      'construct-id',
    ])
  })

  it('finds Python constructs by id, and moves up from an id that is ambiguous', () => {
    const s = scanDir(python)
    const at = (p: string) => {
      const b = bucketAt(s, p)
      return [b.origin.at.file, b.origin.at.line, b.origin.cdk?.confidence]
    }
    const stack = 'stacks/storage_stack.py'
    expect(at('PyStorage/Uploads/Resource')).toEqual([stack, lineOf(stack, 's3.Bucket(self, "Uploads"', python), 'construct-id'])
    expect(at('PyStorage/Exports/Resource')).toEqual([stack, lineOf(stack, 's3.Bucket(\n', python), 'construct-id'])
    // "Bucket" is the id in two classes; the parent ids are unique.
    expect(at('PyStorage/Reports/Bucket/Resource')).toEqual([stack, lineOf(stack, 'SecureBucket(self, "Reports")', python), 'construct-id'])
    expect(at('PyStorage/Backups/Bucket/Resource')).toEqual([stack, lineOf(stack, 'SecureBucket(self, "Backups")', python), 'construct-id'])
  })

  it('maps to the L3’s own bucket line when its construct id is unique', () => {
    const dir = tempCopy(python)
    fs.rmSync(path.join(dir, 'stacks/audit.py'))
    const s = scanDir(dir)
    const b = bucketAt(s, 'PyStorage/Reports/Bucket/Resource')
    expect([b.origin.at.file, b.origin.at.line]).toEqual([
      'stacks/secure_bucket.py',
      lineOf('stacks/secure_bucket.py', 's3.Bucket(self, "Bucket"', dir),
    ])
  })

  it('leaves a resource on the template, with confidence none, when neither traces nor ids lead to a source', () => {
    const dir = tempCopy(legacy)
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => delete json.artifacts.LegacyStack.metadata)
    fs.rmSync(path.join(dir, 'lib'), { recursive: true })
    const s = scanDir(dir)
    const logs = bucketAt(s, 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.cdk?.confidence]).toEqual([
      'cdk.out/LegacyStack.template.json',
      lineOf('cdk.out/LegacyStack.template.json', '"LogsBucket9C4D8843": {', dir),
      'none',
    ])
    expect(s.loads[0]!.notes.join('\n')).toContain('no resource could be mapped')
  })

  it('places a trace into a source with old Mac line endings on the line GitHub numbers, which counts no lone CR', () => {
    const dir = tempCopy(legacy)
    const file = path.join(dir, 'lib/legacy-stack.ts')
    // Node.js counts a lone CR as a line break, so the trace still says line 9, column 5; GitHub
    // counts only line feeds, three fewer above it, so `new Bucket(this, 'Logs'` is on its line 6.
    const text = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, text.replace('\n', '\r').replace('\n\n', '\r\r'))
    const logs = bucketAt(scanDir(dir), 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.at.column, logs.origin.cdk?.confidence]).toEqual([
      'lib/legacy-stack.ts',
      6,
      5,
      'trace',
    ])
  })

  it('ignores a trace line past the end of the file (sources changed since synth) and uses the construct id', () => {
    const dir = tempCopy(legacy)
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => {
      const e = json.artifacts.LegacyStack.metadata['/LegacyStack/Logs/Resource'][0]
      e.trace = e.trace.map((t: string) => t.replace('legacy-stack.ts:9:5', 'legacy-stack.ts:900:5'))
    })
    const logs = bucketAt(scanDir(dir), 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.line, logs.origin.cdk?.confidence]).toEqual([9, 'construct-id'])
  })

  it('looks the id up in the TypeScript source when the trace names compiled JavaScript next to it', () => {
    const dir = tempCopy(legacy)
    writeFiles(dir, { 'lib/legacy-stack.js': 'exports.x = require("y");\n'.repeat(30) + "        new aws_s3_1.Bucket(this, 'Logs', {\n" })
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => {
      const e = json.artifacts.LegacyStack.metadata['/LegacyStack/Logs/Resource'][0]
      e.trace = e.trace.map((t: string) => t.replace('legacy-stack.ts:9:5', 'legacy-stack.js:31:9'))
    })
    const logs = bucketAt(scanDir(dir), 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.cdk?.confidence]).toEqual(['lib/legacy-stack.ts', 9, 'construct-id'])
  })

  it('does not take the app entry for the construct when the creating frame is outside the scan roots', () => {
    const dir = tempCopy(legacy)
    editJson(path.join(dir, 'cdk.out/manifest.json'), (json) => {
      const e = json.artifacts.LegacyStack.metadata['/LegacyStack/Logs/Resource'][0]
      e.trace = e.trace.map((t: string) => t.replace('/lib/legacy-stack.ts:9:5', '/shared/constructs/logs.ts:9:5'))
    })
    const logs = bucketAt(scanDir(dir), 'LegacyStack/Logs/Resource')
    expect([logs.origin.at.file, logs.origin.at.line, logs.origin.cdk?.confidence]).toEqual(['lib/legacy-stack.ts', 9, 'construct-id'])
  })

  it('does not take the app’s bundled asset copies or dependencies for its sources', () => {
    const dir = tempCopy(python)
    writeFiles(dir, {
      'cdk.out/asset.0123abcd/handler.py': 's3.Bucket(self, "Uploads")\n',
      '.venv/lib/python3.12/site-packages/x/y.py': 's3.Bucket(self, "Uploads")\n',
      'node_modules/z/index.js': 'new s3.Bucket(this, "Uploads")\n',
    })
    const b = bucketAt(scanDir(dir), 'PyStorage/Uploads/Resource')
    expect([b.origin.at.file, b.origin.cdk?.confidence]).toEqual(['stacks/storage_stack.py', 'construct-id'])
  })
})
