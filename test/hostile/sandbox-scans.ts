/** A sandbox root scanned in-process with every read watched: the file-system tests' shared set-up. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { expectReadsInside, expectSound, makeSandbox, scanRoot, spyOnReads, type ReadSpy, type Sandbox } from '../fuzz/support.js'
import { expectPositions } from './support.js'

/** A template with a public bucket, scanned beside every case: the rest of the scan goes on. */
export const GOOD =
  'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'

/** Registers the sandbox's hooks in the calling test file. */
export function sandboxScans() {
  const ctx = {} as { sandbox: Sandbox; spy: ReadSpy }
  const cleanups: (() => void)[] = []
  beforeAll(() => {
    ctx.sandbox = makeSandbox()
    ctx.spy = spyOnReads()
  })
  afterEach(() => cleanups.splice(0).forEach((c) => c()))
  afterAll(() => {
    ctx.spy?.restore()
    ctx.sandbox?.dispose()
  })

  /** Scans the sandbox root (after `setup` ran on it) and checks the invariants. */
  async function scanSandbox(files: Record<string, string | Buffer>, setup: (root: string) => void = () => {}) {
    ctx.sandbox.reset({ ...files, 'good/good.yaml': GOOD })
    setup(ctx.sandbox.root)
    ctx.spy.clear()
    const { result, ms } = await scanRoot(ctx.sandbox.root)
    expectSound(result, ms, ctx.sandbox)
    expectReadsInside(ctx.spy, ctx.sandbox)
    expectPositions(result)
    // The intact template is always scanned.
    expect(result.findings.filter((f) => f.location.file === 'good/good.yaml' && f.ruleId === 'acl-public-write')).toHaveLength(1)
    return result
  }

  return { ctx, cleanups, scanSandbox }
}
