import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LAUNCHED_ENV, launchPlan, NO_RELAUNCH_ENV, runLaunched } from '../../src/launch/relaunch.js'

describe('launchPlan', () => {
  it('caps the young generation from Node 22 on and runs Node 20 in the same process', () => {
    expect(launchPlan('v24.21.0', [], {})?.execArgv).toEqual(['--max-semi-space-size=4'])
    expect(launchPlan('v22.0.0', [], {})?.execArgv).toEqual(['--max-semi-space-size=4'])
    expect(launchPlan('v20.19.0', [], {})).toBeUndefined()
  })

  it('on Node 20, when asked (the CLI), launches a child with one malloc arena and the young generation left alone', () => {
    const plan = launchPlan('v20.19.0', ['--cpu-prof'], { PATH: '/bin' }, 'one-arena')!
    expect(plan.execArgv).toEqual(['--no-turbo-inlining', '--interrupt-budget=264000', '--cpu-prof'])
    expect(plan.env).toMatchObject({ PATH: '/bin', [LAUNCHED_ENV]: '1', MALLOC_ARENA_MAX: '1' })
    expect(launchPlan('v20.19.0', [], { MALLOC_ARENA_MAX: '2' }, 'one-arena')!.env.MALLOC_ARENA_MAX).toBe('2')
    expect(launchPlan('v20.19.0', [], { [LAUNCHED_ENV]: '1' }, 'one-arena')).toBeUndefined()
    expect(launchPlan('v20.19.0', [], { [NO_RELAUNCH_ENV]: '1' }, 'one-arena')).toBeUndefined()
    // Node 22+ is unchanged by the option.
    expect(launchPlan('v24.1.0', [], {}, 'one-arena')?.execArgv).toEqual(['--max-semi-space-size=4'])
  })

  it('on Node 20 only, optimizes less, unless the user sets either flag', () => {
    expect(launchPlan('v20.20.2', [], {}, 'one-arena')?.execArgv).toEqual(['--no-turbo-inlining', '--interrupt-budget=264000'])
    // Node 21's V8 and later ones were not measured; Node 22's no longer knows --interrupt-budget.
    expect(launchPlan('v21.7.3', [], {}, 'one-arena')?.execArgv).toEqual([])
    expect(launchPlan('v22.0.0', [], {}, 'one-arena')?.execArgv).toEqual(['--max-semi-space-size=4'])
    expect(launchPlan('v20.20.2', ['--turbo-inlining'], {}, 'one-arena')?.execArgv).toEqual(['--turbo-inlining'])
    expect(launchPlan('v20.20.2', [], { NODE_OPTIONS: '--interrupt_budget=1000' }, 'one-arena')?.execArgv).toEqual([])
  })

  it("puts the user's own node options after its own, so that theirs win", () => {
    expect(launchPlan('v24.1.0', ['--cpu-prof', '--max-old-space-size=4096'], {})?.execArgv).toEqual([
      '--max-semi-space-size=4',
      '--cpu-prof',
      '--max-old-space-size=4096',
    ])
  })

  it('leaves the young generation alone when the user sizes it, on the command line or in NODE_OPTIONS', () => {
    expect(launchPlan('v24.1.0', ['--max-semi-space-size=32'], {})?.execArgv).toEqual(['--max-semi-space-size=32'])
    expect(launchPlan('v24.1.0', [], { NODE_OPTIONS: '--trace-warnings --max-semi-space-size=64' })?.execArgv).toEqual([])
  })

  it('marks the child, uses one malloc arena unless the user chose, and keeps the rest of the environment', () => {
    const env = launchPlan('v24.0.0', [], { GITHUB_TOKEN: 't', PATH: '/bin' })!.env
    expect(env).toMatchObject({ GITHUB_TOKEN: 't', PATH: '/bin', [LAUNCHED_ENV]: '1', MALLOC_ARENA_MAX: '1' })
    expect(launchPlan('v24.0.0', [], { MALLOC_ARENA_MAX: '4' })!.env.MALLOC_ARENA_MAX).toBe('4')
  })

  it('never launches from a launched child, nor when turned off', () => {
    expect(launchPlan('v24.1.0', [], { [LAUNCHED_ENV]: '1' })).toBeUndefined()
    expect(launchPlan('v24.1.0', [], { [NO_RELAUNCH_ENV]: '1' })).toBeUndefined()
    expect(launchPlan('v24.1.0', [], { [NO_RELAUNCH_ENV]: '0' })).toBeDefined()
  })
})

describe('runLaunched', () => {
  const script = (body: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-launch-'))
    const file = path.join(dir, 'child.mjs')
    fs.writeFileSync(file, body)
    return { dir, file }
  }

  it('passes the options, arguments and environment to the child and returns its exit code', async () => {
    const { dir, file } = script(
      `import fs from 'node:fs'\n` +
        `import v8 from 'node:v8'\n` +
        `fs.writeFileSync(new URL('./seen.json', import.meta.url), JSON.stringify({ argv: process.argv.slice(2), execArgv: process.execArgv, launched: process.env.${LAUNCHED_ENV}, young: v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size }))\n` +
        `process.exitCode = 19\n`,
    )
    const plan = launchPlan('v24.0.0', [], { ...process.env })!
    const end = await runLaunched(file, ['scan', '--fail-on', 'none'], plan)
    expect(end).toEqual({ code: 19 })
    const seen = JSON.parse(fs.readFileSync(path.join(dir, 'seen.json'), 'utf8'))
    expect(seen).toMatchObject({ argv: ['scan', '--fail-on', 'none'], execArgv: ['--max-semi-space-size=4'], launched: '1' })
    // One semi-space of the new space is what V8 reports as its size; 4 MB is the cap.
    expect(seen.young).toBeLessThanOrEqual(4 * 1024 * 1024)
  })

  it.runIf(process.versions.node.startsWith('20.'))('starts a Node 20 child with the tiering flags this V8 accepts', async () => {
    const { dir, file } = script(
      `import fs from 'node:fs'\nfs.writeFileSync(new URL('./seen.json', import.meta.url), JSON.stringify(process.execArgv))\n`,
    )
    const end = await runLaunched(file, [], launchPlan(process.version, [], { ...process.env }, 'one-arena')!)
    expect(end).toEqual({ code: 0 })
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'seen.json'), 'utf8'))).toEqual(['--no-turbo-inlining', '--interrupt-budget=264000'])
  })

  it('reports a child ended by a signal as that signal', async () => {
    const { file } = script(`process.kill(process.pid, 'SIGTERM')\nsetTimeout(() => {}, 10_000)\n`)
    expect(await runLaunched(file, [], launchPlan('v24.0.0', [], { ...process.env })!)).toEqual({ signal: 'SIGTERM' })
  })
})
