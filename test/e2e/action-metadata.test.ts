import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readActionInputs } from '../../src/report/github/inputs.js'
import { ROOT } from './harness.js'

interface ActionYml {
  runs: { using: string; main: string }
  inputs: Record<string, { default?: string; description: string }>
  outputs: Record<string, { description: string }>
}
const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml
/** Workflow YAML: any shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any
const workflow = (name: string) => parse(fs.readFileSync(path.join(ROOT, 'examples', 'workflows', name), 'utf8')) as Record<string, Loose>

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares every input the action reads, kebab-case, with the defaults the code assumes', () => {
    const read: string[] = []
    readActionInputs((name) => (read.push(name), ''))
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort())
    for (const name of Object.keys(action.inputs)) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    const fromDefaults = readActionInputs((name) => (name === 'github-token' ? '' : (action.inputs[name]?.default ?? '')))
    expect(fromDefaults).toMatchObject({
      failOn: 'high',
      commentOn: 'medium',
      scope: 'changed',
      maxComments: 25,
      mode: 'all',
      checkName: 's3-gate',
    })
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}')
  })

  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([
      'blocking',
      'conclusion',
      'critical',
      'findings',
      'high',
      'info',
      'low',
      'medium',
      'new-findings',
      'results-file',
      'sarif-file',
    ])
  })
})

describe('the README', () => {
  it('lists every input and output of action.yml in its tables', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('<!-- section:inputs -->'), readme.indexOf('<!-- /section:inputs -->'))
    const rows = new Set([...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]))
    for (const m of section.matchAll(/^\| (`[a-z]+`(?:, `[a-z]+`)+) \|/gm)) for (const n of m[1]!.matchAll(/`([a-z]+)`/g)) rows.add(n[1])
    expect([...Object.keys(action.inputs), ...Object.keys(action.outputs)].filter((n) => !rows.has(n))).toEqual([])
  })
})

describe('the example workflows', () => {
  it('scan fork pull requests without write permissions and hand the results over as an artifact', () => {
    const scan = workflow('s3-gate-scan.yml')
    expect(Object.keys(scan.on)).toEqual(['pull_request'])
    expect(scan.permissions).toEqual({ contents: 'read' })
    const steps = scan.jobs.scan.steps as Record<string, Loose>[]
    expect(steps.find((s) => String(s.uses).startsWith('s3-gate/'))!.with.mode).toBe('scan')
    expect(steps.some((s) => String(s.uses).startsWith('actions/upload-artifact'))).toBe(true)
  })

  it('publish from workflow_run without checking out or running pull-request code', () => {
    const pub = workflow('s3-gate-publish.yml')
    expect(pub.on.workflow_run.workflows).toEqual([workflow('s3-gate-scan.yml').name])
    const steps = pub.jobs.publish.steps as Record<string, Loose>[]
    expect(steps.some((s) => String(s.uses).startsWith('actions/checkout'))).toBe(false)
    expect(steps.some((s) => 'run' in s)).toBe(false)
    expect(steps.find((s) => String(s.uses).startsWith('s3-gate/'))!.with.mode).toBe('publish')
  })
})
